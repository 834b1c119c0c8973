// A provider's caseload (docs/api.md §4.3): its open referrals whose next deadline falls within the days ahead,
// filtered by status and sorted by deadline; and the search of its referrals by its own reference (§4.2).
import { shell } from './shell.js';
import { json } from './api.js';
import { table } from './table.js';

const STATUS = {
  AWAITING_REASONABLE_GROUNDS: 'Awaiting reasonable grounds',
  NEGATIVE_REASONABLE_GROUNDS: 'Negative reasonable grounds',
  AWAITING_CONCLUSIVE_GROUNDS: 'Awaiting conclusive grounds',
  POSITIVE_CONCLUSIVE_GROUNDS: 'Positive conclusive grounds',
  NEGATIVE_CONCLUSIVE_GROUNDS: 'Negative conclusive grounds',
  WITHDRAWN: 'Withdrawn',
};
const DEADLINE = { RECOVERY_PERIOD: 'Recovery period ends', WINDOW: 'Window ends' };

/** The referral's link, named by the provider's reference where it has one. */
function referralLink(referral) {
  const link = document.createElement('a');
  link.className = 'govuk-link';
  link.href = `/referrals/${referral.referralId}`;
  link.textContent = referral.subjectRef || referral.referralId;
  return link;
}

function withLinks(element, referrals) {
  element.querySelectorAll('tbody tr').forEach((row, index) => {
    row.firstElementChild.replaceChildren(referralLink(referrals[index]));
  });
  return element;
}

const { person } = await shell();
const form = document.getElementById('filters');
const status = document.getElementById('caseload-status');
const params = new URLSearchParams(window.location.search);
for (const name of ['within', 'windows', 'status', 'order']) {
  if (params.has(name)) {
    form.elements.namedItem(name).value = params.get(name);
  }
}

async function showCaseload() {
  const within = form.elements.namedItem('within').value.trim();
  const windows = form.elements.namedItem('windows').value.trim();
  const wanted = form.elements.namedItem('status').value;
  const order = form.elements.namedItem('order').value;
  history.replaceState(null, '', `/caseload?${new URLSearchParams({ within, windows, status: wanted, order })}`);
  status.textContent = 'Loading…';
  try {
    const answer = await json(`/api/v1/caseload?${new URLSearchParams({ within, windows })}`);
    let referrals = answer.referrals.filter((referral) => wanted === '' || referral.status === wanted);
    if (order === 'furthest') {
      referrals = referrals.slice().reverse();
    }
    const rows = referrals.map((referral) => ({ suppressed: false, ...referral }));
    document.getElementById('caseload').replaceChildren(withLinks(table(
      `${person.organisation || 'Your organisation'}: deadlines within ${answer.within} days of ${answer.asOf}`, [
        { heading: 'Referral', kind: 'key', value: (row) => row.subjectRef || row.referralId },
        { heading: 'Status', kind: 'text', value: (row) => STATUS[row.status] || row.status },
        { heading: 'Referred on', kind: 'text', value: (row) => row.referredOn },
        { heading: 'Days waiting', kind: 'count', value: (row) => row.daysWaiting },
        { heading: 'Next deadline', kind: 'text', value: (row) => `${DEADLINE[row.nextDeadline.kind]} (${row.nextDeadline.days} days)` },
        { heading: 'Ends on', kind: 'text', value: (row) => row.nextDeadline.endsOn },
        { heading: 'Days left', kind: 'count', value: (row) => row.nextDeadline.daysLeft },
      ], rows), referrals));
    status.textContent = `${referrals.length} ${referrals.length === 1 ? 'referral' : 'referrals'} with a deadline coming up.`;
  } catch (error) {
    status.textContent = `Could not load the caseload: ${error.message}`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  showCaseload();
});

const search = document.getElementById('search');
search.addEventListener('submit', async (event) => {
  event.preventDefault();
  const found = document.getElementById('found');
  const searchStatus = document.getElementById('search-status');
  const subjectRef = search.elements.namedItem('subjectRef').value;
  try {
    const page = await json(`/api/v1/referrals?${new URLSearchParams({ subjectRef, size: '50' })}`);
    const list = document.createElement('ul');
    list.className = 'govuk-list';
    for (const referral of page.content) {
      const item = document.createElement('li');
      item.append(referralLink(referral), ` – referred on ${referral.referredOn}, ${STATUS[referral.status] || referral.status}`);
      list.append(item);
    }
    found.replaceChildren(list);
    searchStatus.textContent = page.totalElements === 0 ? 'No referral of yours has this reference.'
      : `${page.totalElements} ${page.totalElements === 1 ? 'referral' : 'referrals'} found.`;
  } catch (error) {
    found.replaceChildren();
    searchStatus.textContent = `Could not search: ${error.message}`;
  }
});

await showCaseload();
