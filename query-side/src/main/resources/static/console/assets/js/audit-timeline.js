// The recorded-before timeline (GET /api/v1/audit/referrals/{id}/timeline?recordedBefore=, docs/api.md §6.4): a
// referral's timeline built only from the events recorded before the chosen date and time (UTC), what the system
// knew then; events left out as unreadable are listed as violations.
import { shell } from './shell.js';
import { json } from './api.js';
import { table } from './table.js';

await shell();
const form = document.getElementById('filters');
const status = document.getElementById('status');
const params = new URLSearchParams(window.location.search);
form.elements.referral.value = params.get('referral') || '';
form.elements.recordedBefore.value = params.get('recordedBefore') || new Date().toISOString().substring(0, 19);

function instant(local) {
  // datetime-local gives YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS; the page reads it as UTC
  return `${local.length === 16 ? `${local}:00` : local}Z`;
}

function windowsText(timeline) {
  return (timeline.windows || []).map((w) => `${w.days} days: ends ${w.endsOn}, ${w.state}`).join('; ');
}

async function show(referralId, before) {
  status.textContent = 'Reading…';
  document.getElementById('table').replaceChildren();
  let timeline;
  try {
    timeline = await json(`/api/v1/audit/referrals/${encodeURIComponent(referralId)}/timeline?${new URLSearchParams({ recordedBefore: instant(before) })}`);
  } catch (e) {
    status.textContent = `Could not read the timeline: ${e.message}`;
    return;
  }
  const parts = [];
  if (timeline.events) {
    parts.push(table(`Events recorded before ${instant(before)}`, [
      { heading: 'Sequence', kind: 'key', value: (e) => String(e.sequence) },
      { heading: 'Type', kind: 'text', value: (e) => e.type },
      { heading: 'Date', kind: 'text', value: (e) => e.date },
      { heading: 'Outcome, stage, kind or reason', kind: 'text', value: (e) => e.outcome || e.stage || e.kind || e.reason || '' },
      { heading: 'Recorded at', kind: 'text', value: (e) => e.recordedAt },
    ], timeline.events));
    parts.push(table('The referral then', [
      { heading: 'What', kind: 'key', value: (r) => r.what },
      { heading: 'Value', kind: 'text', value: (r) => r.value },
    ], [
      { what: 'Status', value: timeline.status },
      { what: 'Referred on', value: timeline.referredOn },
      { what: 'Reasonable grounds', value: timeline.reasonableGrounds?.firstDecidedOn ? `${timeline.reasonableGrounds.outcome} on ${timeline.reasonableGrounds.firstDecidedOn}` : 'not decided' },
      { what: 'Conclusive grounds', value: timeline.conclusiveGrounds?.firstDecidedOn ? `${timeline.conclusiveGrounds.outcome} on ${timeline.conclusiveGrounds.firstDecidedOn}` : 'not decided' },
      { what: 'Windows', value: windowsText(timeline) },
    ]));
  }
  if (timeline.violations && timeline.violations.length) {
    parts.push(table('Events left out: they cannot be read', [
      { heading: 'Sequence', kind: 'key', value: (v) => String(v.sequence) },
      { heading: 'Problem', kind: 'text', value: (v) => v.problem },
    ], timeline.violations));
  }
  document.getElementById('table').replaceChildren(...parts);
  status.textContent = `Showing what was recorded before ${instant(before)}: ${(timeline.events || []).length} events.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const referral = form.elements.referral.value.trim();
  const before = form.elements.recordedBefore.value;
  if (!referral || !before) {
    status.textContent = 'Enter a referral id and a date and time.';
    return;
  }
  window.history.replaceState(null, '', `?${new URLSearchParams({ referral, recordedBefore: before })}`);
  show(referral, before);
});
if (form.elements.referral.value) {
  show(form.elements.referral.value.trim(), form.elements.recordedBefore.value);
}
