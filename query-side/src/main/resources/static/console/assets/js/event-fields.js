// Each event type's fields as the API names them (docs/api.md §3.2): its date and its one other field with the
// values it takes. The form that records an event and the one that corrects it both read them from here.

export const EVENT_FIELDS = {
  REASONABLE_GROUNDS_DECISION: { date: 'decidedOn', detail: 'outcome', values: ['POSITIVE', 'NEGATIVE'] },
  CONCLUSIVE_GROUNDS_DECISION: { date: 'decidedOn', detail: 'outcome', values: ['POSITIVE', 'NEGATIVE'] },
  RECONSIDERATION_REQUESTED: { date: 'requestedOn', detail: 'stage', values: ['REASONABLE_GROUNDS', 'CONCLUSIVE_GROUNDS'] },
  SUPPORT_STARTED: { date: 'startedOn', detail: 'kind', values: ['ACCOMMODATION', 'OUTREACH'] },
  SUPPORT_ENDED: { date: 'endedOn', detail: 'reason', values: ['MOVED_ON', 'NEGATIVE_DECISION', 'WITHDREW', 'LOST_CONTACT', 'LEFT_UK', 'OTHER'] },
  WITHDRAWN: { date: 'withdrawnOn' },
};

/** A code as words: NEGATIVE_DECISION → "Negative decision". */
export const readable = (code) => (code ? code.charAt(0).toUpperCase() + code.slice(1).toLowerCase().replaceAll('_', ' ') : '');

/** The event's other field as the timeline shows it (§4.1), whatever its type calls it. */
export const detailOf = (event) => event.outcome || event.stage || event.kind || event.reason;

/**
 * Fits a date input and a detail select (and its group and label) to an event type: their data-field become
 * `<prefix><field>` so that the API's problems land beside them, and the select offers the type's values.
 */
export function fitFields(type, { date, detail, group, label }, prefix = '') {
  const fields = EVENT_FIELDS[type];
  date.dataset.field = `${prefix}${fields.date}`;
  group.classList.toggle('console-hidden', !fields.detail);
  label.textContent = readable(fields.detail || 'detail');
  detail.dataset.field = `${prefix}${fields.detail || 'detail'}`;
  detail.replaceChildren(...(fields.values || []).map((code) => new Option(readable(code), code)));
}

/** The event's fields as the API's JSON, from the date and detail the inputs give (undefined when empty). */
export function eventFields(type, date, detail) {
  const fields = EVENT_FIELDS[type];
  const body = { [fields.date]: date };
  if (fields.detail) {
    body[fields.detail] = detail;
  }
  return body;
}
