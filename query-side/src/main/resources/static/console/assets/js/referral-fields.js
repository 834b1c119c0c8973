// A referral's fields (docs/api.md §3.1) as form inputs, in one place for the two forms that have them: the page
// that records a referral, and the correction of a referral (§2.1), whose inputs name `replacement.<field>` so the
// API's problems land beside them.

import { value } from './forms.js';

const CHOICES = {
  jurisdiction: [['ENGLAND_AND_WALES', 'England and Wales'], ['SCOTLAND', 'Scotland'], ['NORTHERN_IRELAND', 'Northern Ireland']],
  firstResponderType: [['POLICE', 'Police'], ['LOCAL_AUTHORITY', 'Local authority'], ['GOVERNMENT_AGENCY', 'Government agency'],
    ['NGO', 'NGO'], ['OTHER', 'Other']],
  ageAtExploitation: [['ADULT', 'Adult'], ['CHILD', 'Child'], ['NOT_SPECIFIED', 'Not specified']],
  gender: [['FEMALE', 'Female'], ['MALE', 'Male'], ['OTHER', 'Other'], ['NOT_SPECIFIED', 'Not specified']],
  location: [['UK', 'UK'], ['OVERSEAS', 'Overseas'], ['UK_AND_OVERSEAS', 'UK and overseas'], ['NOT_SPECIFIED', 'Not specified']],
};

/** Each input: its name, the API's field it fills, its label, and what the timeline (§4.1) shows of it. */
const FIELDS = [
  { name: 'referredOn', field: 'referredOn', label: 'Referred on', kind: 'date', shown: (t) => t.referredOn },
  { name: 'jurisdiction', field: 'jurisdiction', label: 'Jurisdiction', kind: 'select', shown: (t) => t.jurisdiction },
  { name: 'firstResponderType', field: 'firstResponder.type', label: 'First responder', kind: 'select',
    shown: (t) => t.firstResponderType },
  { name: 'firstResponderOrganisation', field: 'firstResponder.organisation', kind: 'text', width: 20,
    label: 'First responder’s organisation (optional)', shown: (t) => t.firstResponderOrganisation },
  { name: 'subjectRef', field: 'survivor.subjectRef', kind: 'text', width: 20, personal: true,
    label: 'Your reference for the person (optional; never a name)', shown: (t) => t.subjectRef },
  { name: 'ageAtExploitation', field: 'survivor.ageAtExploitation', label: 'Age at exploitation', kind: 'select',
    shown: (t) => t.ageAtExploitation },
  { name: 'gender', field: 'survivor.gender', label: 'Gender', kind: 'select', shown: (t) => t.gender },
  { name: 'nationalities', field: 'survivor.nationalities', kind: 'text', width: 10,
    label: 'Nationalities (ISO 3166-1 alpha-3 codes, comma-separated)', shown: (t) => t.nationalities.join(', ') },
  { name: 'exploitationTypes', field: 'exploitation.types', kind: 'text', width: 20, initial: 'LABOUR',
    label: 'Exploitation types (comma-separated: LABOUR, SEXUAL, CRIMINAL, DOMESTIC_SERVITUDE, ORGAN_HARVESTING, NOT_SPECIFIED)',
    shown: (t) => t.exploitationTypes.join(', ') },
  { name: 'location', field: 'exploitation.location', label: 'Where', kind: 'select', shown: (t) => t.exploitationLocation },
  { name: 'countyLines', field: 'exploitation.countyLines', label: 'County lines', kind: 'checkbox', shown: (t) => t.countyLines },
];

const idOf = (prefix, name) => (prefix ? `${prefix}-${name}` : name);
const list = (text) => String(text || '').split(',').map((one) => one.trim()).filter((one) => one !== '');

function group(prefix, spec) {
  const id = idOf(prefix, spec.name);
  const element = document.createElement('div');
  element.className = 'govuk-form-group';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  let input;
  if (spec.kind === 'select') {
    input = document.createElement('select');
    input.className = 'govuk-select';
    input.append(...CHOICES[spec.name].map(([code, text]) => new Option(text, code)));
  } else {
    input = document.createElement('input');
    input.type = spec.kind;
  }
  input.id = id;
  input.name = id;
  input.dataset.field = prefix ? `${prefix}.${spec.field}` : spec.field;
  if (spec.kind === 'checkbox') {
    input.className = 'govuk-checkboxes__input';
    input.value = 'true';
    label.className = 'govuk-label govuk-checkboxes__label';
    const item = document.createElement('div');
    item.className = 'govuk-checkboxes__item';
    item.append(input, label);
    const boxes = document.createElement('div');
    boxes.className = 'govuk-checkboxes govuk-checkboxes--small';
    boxes.append(item);
    element.append(boxes);
    return element;
  }
  label.className = 'govuk-label';
  if (spec.kind !== 'select') {
    input.className = `govuk-input govuk-input--width-${spec.width || 10}`;
  }
  if (spec.personal) {
    input.autocomplete = 'off';
    input.spellcheck = false;
  }
  if (spec.initial) {
    input.value = spec.initial;
  }
  element.append(label, input);
  return element;
}

/** Appends the inputs to {@code container}; with a prefix their ids are `<prefix>-<name>`, their fields `<prefix>.…`. */
export function referralFields(container, prefix = '') {
  container.append(...FIELDS.map((spec) => group(prefix, spec)));
}

/** Sets the inputs to the referral as its timeline shows it, as in effect. */
export function fillReferral(form, timeline, prefix = '') {
  for (const spec of FIELDS) {
    const input = form.elements.namedItem(idOf(prefix, spec.name));
    const shown = spec.shown(timeline);
    if (spec.kind === 'checkbox') {
      input.checked = Boolean(shown);
    } else {
      input.value = shown === undefined || shown === null ? '' : shown;
    }
  }
}

/** The referral the inputs give, as the API's JSON; an empty input is left out, so the API names it as missing. */
export function referralBody(form, prefix = '') {
  const given = (name) => value(form, idOf(prefix, name));
  return {
    referredOn: given('referredOn'),
    jurisdiction: given('jurisdiction'),
    firstResponder: { type: given('firstResponderType'), organisation: given('firstResponderOrganisation') },
    survivor: {
      subjectRef: given('subjectRef'),
      ageAtExploitation: given('ageAtExploitation'),
      gender: given('gender'),
      nationalities: list(given('nationalities')).map((code) => code.toUpperCase()),
    },
    exploitation: {
      types: list(given('exploitationTypes')).map((type) => type.toUpperCase()),
      location: given('location'),
      countyLines: form.elements.namedItem(idOf(prefix, 'countyLines')).checked,
    },
  };
}
