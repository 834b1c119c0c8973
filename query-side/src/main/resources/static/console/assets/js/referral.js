// One referral of the provider's (docs/api.md §4.1): what it is, its timeline drawn (events, the recovery period,
// the windows and today), its events as a table with what was corrected or retracted, and the forms to record an
// event (§3.2), correct or retract one (§2.1) and erase its personal data (§3.4). After a write the page reads
// again at the write's position, so it shows what was just recorded.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { shell } from './shell.js';
import { json } from './api.js';
import { table } from './table.js';
import { postingForm, value } from './forms.js';
import { timelineChart } from './timeline-chart.js';
import { detailOf, eventFields, fitFields, readable } from './event-fields.js';
import { amendmentForm } from './amendment.js';

const referralId = window.location.pathname.split('/').pop();
const amendments = amendmentForm(document.getElementById('amendment'), referralId, (answer) => show(answer.position));
const status = document.getElementById('referral-status');
const chartElement = document.getElementById('chart');
const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());

function summaryRow(key, text) {
  const row = document.createElement('div');
  row.className = 'govuk-summary-list__row';
  const dt = document.createElement('dt');
  dt.className = 'govuk-summary-list__key';
  dt.textContent = key;
  const dd = document.createElement('dd');
  dd.className = 'govuk-summary-list__value';
  dd.textContent = text;
  row.append(dt, dd);
  return row;
}

/** What corrected or retracted the event, if anything: the amendment's sequence and reason. */
function amendedBy(event) {
  const by = event.retractedBy || event.correctedBy;
  return by ? `${event.retractedBy ? 'Retracted' : 'Corrected'} by ${by.sequence}: ${readable(by.reason)}` : '';
}

async function show(minPosition) {
  status.textContent = 'Loading…';
  try {
    const query = minPosition ? `?minPosition=${encodeURIComponent(minPosition)}` : '';
    const timeline = await json(`/api/v1/referrals/${encodeURIComponent(referralId)}/timeline${query}`);
    document.getElementById('title').textContent = `Referral ${timeline.subjectRef || ''}`.trim();
    document.getElementById('summary').replaceChildren(
      summaryRow('Your reference', timeline.personalDataErased ? 'Erased' : (timeline.subjectRef || 'None')),
      summaryRow('Referral id', timeline.referralId),
      summaryRow('Status', readable(timeline.status)),
      summaryRow('Referred on', timeline.referredOn),
      summaryRow('Recovery period ends', timeline.recoveryPeriod.endsOn || 'Not started (no positive reasonable-grounds decision)'),
      ...timeline.windows.map((window) => summaryRow(`${window.days}-day window`,
        window.endsOn ? `${readable(window.state)}, ends ${window.endsOn}` : readable(window.state))));
    const drawn = timelineChart(timeline);
    chart.setOption(drawn.option, true);
    chartElement.setAttribute('aria-label', `Chart: ${drawn.caption}. The events are in the table below.`);
    document.getElementById('events').replaceChildren(table('Events', [
      { heading: 'Event', kind: 'key', value: (event) => readable(event.type) },
      { heading: 'Date', kind: 'text', value: (event) => event.date },
      { heading: 'Detail', kind: 'text', value: (event) => readable(detailOf(event)) },
      { heading: 'Recorded at', kind: 'text', value: (event) => event.recordedAt },
      { heading: 'Amended', kind: 'text', value: amendedBy },
    ], timeline.events.map((event) => ({ suppressed: false, ...event }))));
    const retracted = timeline.status === 'RETRACTED';
    document.getElementById('recording').classList.toggle('console-hidden', retracted);
    amendments.show(timeline);
    status.textContent = `Status: ${readable(timeline.status)}.`;
  } catch (error) {
    status.textContent = error.status === 404 ? 'No referral of your organisation has this id.'
      : `Could not load the referral: ${error.message}`;
  }
}

const eventForm = document.getElementById('event');
const fitDetail = () => fitFields(eventForm.elements.namedItem('type').value, {
  date: eventForm.elements.namedItem('date'),
  detail: eventForm.elements.namedItem('detail'),
  group: document.getElementById('detail-group'),
  label: document.getElementById('detail-label'),
});
eventForm.elements.namedItem('type').addEventListener('change', fitDetail);
fitDetail();

postingForm(eventForm, {
  path: () => `/console/api/v1/referrals/${encodeURIComponent(referralId)}/events`,
  body: (f) => {
    const type = value(f, 'type');
    return { type, ...eventFields(type, value(f, 'date'), value(f, 'detail')) };
  },
  then: (answer) => show(answer.position),
});
postingForm(document.getElementById('erasure'), {
  path: () => `/console/api/v1/referrals/${encodeURIComponent(referralId)}/erasure`,
  body: (f) => ({ reason: value(f, 'reason') }),
  then: (answer) => show(answer.position),
});

await shell();
await show(new URLSearchParams(window.location.search).get('minPosition'));
