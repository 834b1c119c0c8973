// What every page shares: the navigation the signed-in person's scopes allow, sign-out, and GOV.UK Frontend's
// behaviour. Each page names the scope it needs, or the scopes any of which lets it in.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { json, signOut } from './api.js';

export const PAGES = [
  { path: '/analysis/waits', title: 'Waits against the windows', scope: ['statistics:read', 'referrals:write'] },
  { path: '/analysis/survival', title: 'Time to a conclusive decision', scope: ['statistics:read', 'referrals:write'] },
  { path: '/analysis/backlog', title: 'Backlog over time', scope: ['statistics:read', 'referrals:write'] },
  { path: '/analysis/decisions', title: 'Decisions per quarter', scope: ['statistics:read', 'referrals:write'] },
  { path: '/caseload', title: 'Caseload', scope: 'referrals:write' },
  { path: '/referrals/new', title: 'Record a referral', scope: 'referrals:write' },
  { path: '/audit/events', title: 'Events as stored', scope: 'audit:read' },
  { path: '/audit/integrity', title: 'Integrity check', scope: 'audit:read' },
  { path: '/audit/timeline', title: 'Timeline as recorded before', scope: 'audit:read' },
  { path: '/admin/read-models', title: 'Read models', scope: 'admin' },
];

/** Whether the person holds the scope the page needs, or one of them. */
const mayOpen = (person, page) => [].concat(page.scope).some((scope) => person.scopes.includes(scope));

function link(page) {
  const item = document.createElement('li');
  item.className = 'govuk-service-navigation__item';
  const anchor = document.createElement('a');
  anchor.className = 'govuk-service-navigation__link';
  anchor.href = page.path;
  anchor.textContent = page.title;
  if (window.location.pathname === page.path) {
    item.classList.add('govuk-service-navigation__item--active');
    anchor.setAttribute('aria-current', 'page');
  }
  item.append(anchor);
  return item;
}

/** Draws the navigation for the signed-in person and answers who they are. */
export async function shell() {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  initAll();
  const person = await json('/console/session');
  const allowed = PAGES.filter((page) => mayOpen(person, page));
  document.getElementById('navigation').replaceChildren(...allowed.map(link));
  document.getElementById('person').textContent = `Signed in as ${person.name}`;
  document.getElementById('sign-out').addEventListener('click', signOut);
  return { person, allowed };
}
