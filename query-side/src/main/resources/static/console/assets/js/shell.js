// What every page shares: the navigation the signed-in person's scopes allow, sign-out, and GOV.UK Frontend's
// behaviour. Part 2 adds providers', auditors' and administrators' pages here, each under the scope it needs.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { json, signOut } from './api.js';

export const PAGES = [
  { path: '/analysis/waits', title: 'Waits against the windows', scope: 'statistics:read' },
  { path: '/analysis/survival', title: 'Time to a conclusive decision', scope: 'statistics:read' },
  { path: '/analysis/backlog', title: 'Backlog over time', scope: 'statistics:read' },
  { path: '/analysis/decisions', title: 'Decisions per quarter', scope: 'statistics:read' },
  { path: '/audit/events', title: 'Events as stored', scope: 'audit:read' },
  { path: '/audit/integrity', title: 'Integrity check', scope: 'audit:read' },
  { path: '/audit/timeline', title: 'Timeline as recorded before', scope: 'audit:read' },
  { path: '/admin/read-models', title: 'Read models', scope: 'admin' },
];

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
  const allowed = PAGES.filter((page) => person.scopes.includes(page.scope));
  document.getElementById('navigation').replaceChildren(...allowed.map(link));
  document.getElementById('person').textContent = `Signed in as ${person.name}`;
  document.getElementById('sign-out').addEventListener('click', signOut);
  return { person, allowed };
}
