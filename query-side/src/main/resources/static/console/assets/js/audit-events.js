// A referral's events exactly as stored (GET /api/v1/audit/referrals/{id}/events, docs/api.md §6.1), each hash
// recomputed in this browser and marked verified or not, whatever the server's own check says (§6.2).
import { shell } from './shell.js';
import { json } from './api.js';
import { table } from './table.js';
import { ChainFollower } from './hashchain.js';

await shell();
const form = document.getElementById('filters');
const status = document.getElementById('status');
const params = new URLSearchParams(window.location.search);
form.elements.referral.value = params.get('referral') || '';

async function show(referralId) {
  status.textContent = 'Reading the stored events…';
  document.getElementById('table').replaceChildren();
  let records;
  try {
    records = await json(`/api/v1/audit/referrals/${encodeURIComponent(referralId)}/events`);
  } catch (e) {
    status.textContent = `Could not read the events: ${e.message}`;
    return;
  }
  const chain = new ChainFollower();
  for (const record of records) {
    record.problem = await chain.check(record, referralId);
  }
  const columns = [
    { heading: 'Sequence', kind: 'key', value: (r) => String(r.sequence) },
    { heading: 'Type', kind: 'text', value: (r) => r.type },
    { heading: 'In this browser', kind: 'text', value: (r) => (r.problem ? `Not verified: ${r.problem}` : 'Verified') },
    { heading: 'Recorded at and by', kind: 'text', value: (r) => `${r.recordedAt} by ${r.recordedBy ?? '–'}` },
    { heading: 'Stored hash', kind: 'text', value: (r) => r.hash },
    { heading: 'Payload', kind: 'text', value: (r) => (typeof r.payload === 'string' ? r.payload : JSON.stringify(r.payload)) },
  ];
  const wrapper = table(`Events of referral ${referralId}`, columns, records);
  wrapper.querySelectorAll('tbody tr').forEach((row, i) => {
    row.dataset.verified = String(!records[i].problem);
    row.children[2].classList.add(records[i].problem ? 'console-failed' : 'console-verified');
  });
  wrapper.classList.add('console-stored');
  document.getElementById('table').replaceChildren(wrapper);
  const failed = records.filter((r) => r.problem).length;
  status.textContent = failed === 0
    ? `Showing ${records.length} events: every hash verified in this browser.`
    : `Showing ${records.length} events: ${failed} failed verification in this browser.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const referral = form.elements.referral.value.trim();
  if (!referral) {
    status.textContent = 'Enter a referral id.';
    form.elements.referral.focus();
    return;
  }
  window.history.replaceState(null, '', `?${new URLSearchParams({ referral })}`);
  show(referral);
});
if (form.elements.referral.value) {
  show(form.elements.referral.value.trim());
}
