// The form that corrects or retracts one of a referral's events (docs/api.md §2.1): the event chosen from its
// timeline, its fields filled as they stand (as corrected), and a reason from the API's list, never free text.
// What is recorded is an event of its own; the page then reads the timeline again at its position.
import { postingForm, value } from './forms.js';
import { detailOf, eventFields, fitFields, readable } from './event-fields.js';
import { fillReferral, referralBody, referralFields } from './referral-fields.js';

/** The events that may be amended: originals, neither retracted nor the erasure, which is final. */
const amendable = (timeline) => timeline.events.filter((event) => !event.retractedBy && event.type !== 'PERSONAL_DATA_ERASED');

function describe(event) {
  const what = event.type === 'REFERRED' ? 'The referral itself' : readable(event.type);
  return `${event.sequence}: ${what}, ${event.date}${event.correctedBy ? ' (corrected)' : ''}`;
}

/**
 * @param form       the amendment form of referral.html
 * @param referralId the referral's id
 * @param recorded   called with the API's answer once a correction or retraction is recorded
 * @returns {{show: function(timeline)}} to be called with each timeline the page reads
 */
export function amendmentForm(form, referralId, recorded) {
  const element = (id) => document.getElementById(id);
  const event = form.elements.namedItem('amended');
  referralFields(element('replacement-referral'), 'replacement');
  let timeline = null;

  const chosen = () => timeline && timeline.events.find((one) => String(one.sequence) === event.value);
  const correcting = () => form.elements.namedItem('action').value === 'correct';

  function fit() {
    const target = chosen();
    event.dataset.field = correcting() ? 'corrects' : 'retracts';
    element('amendment-submit').textContent = correcting() ? 'Record the correction'
      : target && target.sequence === 0 ? 'Retract the whole referral' : 'Record the retraction';
    const referral = Boolean(target) && target.type === 'REFERRED';
    element('replacement-event').classList.toggle('console-hidden', !target || referral || !correcting());
    element('replacement-referral').classList.toggle('console-hidden', !referral || !correcting());
    if (!target) {
      return;
    }
    if (referral) {
      fillReferral(form, timeline, 'replacement');
      // an erased reference can never be given again (§3.4): the API would set it aside
      form.elements.namedItem('replacement-subjectRef').closest('.govuk-form-group')
        .classList.toggle('console-hidden', Boolean(timeline.personalDataErased));
      return;
    }
    fitFields(target.type, {
      date: element('replacement-date'),
      detail: element('replacement-detail'),
      group: element('replacement-detail-group'),
      label: element('replacement-detail-label'),
    }, 'replacement.');
    element('replacement-date').value = target.date;
    element('replacement-detail').value = detailOf(target) || '';
  }

  event.addEventListener('change', fit);
  form.querySelectorAll('input[name="action"]').forEach((radio) => radio.addEventListener('change', fit));

  postingForm(form, {
    path: () => `/console/api/v1/referrals/${encodeURIComponent(referralId)}/events`,
    body: (f) => {
      const target = chosen();
      const sequence = target ? target.sequence : undefined;
      const reason = value(f, 'amendment-reason');
      if (!correcting()) {
        return { type: 'EVENT_RETRACTED', retracts: sequence, reason };
      }
      const replacement = !target ? undefined : target.type === 'REFERRED' ? referralBody(f, 'replacement')
        : eventFields(target.type, value(f, 'replacement-date'), value(f, 'replacement-detail'));
      return { type: 'EVENT_CORRECTED', corrects: sequence, replacement, reason };
    },
    then: (answer) => {
      // back to correcting: a retraction left chosen could take out the next event chosen, or the referral
      element('action-correct').checked = true;
      return recorded(answer);
    },
  });

  return {
    show(shown) {
      timeline = shown;
      const kept = event.value;
      const events = shown.status === 'RETRACTED' ? [] : amendable(shown);
      event.replaceChildren(...events.map((one) => new Option(describe(one), String(one.sequence))));
      if (events.some((one) => String(one.sequence) === kept)) {
        event.value = kept;
      }
      form.classList.toggle('console-hidden', events.length === 0);
      fit();
    },
  };
}
