// Records a referral (docs/api.md §3.1) through the console's writes; then opens its page.
import { shell } from './shell.js';
import { postingForm, value } from './forms.js';

const list = (text) => (text === undefined ? [] : text.split(',').map((one) => one.trim()).filter((one) => one !== ''));

await shell();
const form = document.getElementById('referral');
postingForm(form, {
  path: () => '/console/api/v1/referrals',
  body: (f) => ({
    referredOn: value(f, 'referredOn'),
    jurisdiction: value(f, 'jurisdiction'),
    firstResponder: { type: value(f, 'firstResponderType'), organisation: value(f, 'firstResponderOrganisation') },
    survivor: {
      subjectRef: value(f, 'subjectRef'),
      ageAtExploitation: value(f, 'ageAtExploitation'),
      gender: value(f, 'gender'),
      nationalities: list(value(f, 'nationalities')).map((code) => code.toUpperCase()),
    },
    exploitation: {
      types: list(value(f, 'exploitationTypes')).map((type) => type.toUpperCase()),
      location: value(f, 'location'),
      countyLines: f.elements.namedItem('countyLines').checked,
    },
  }),
  then: (answer) => window.location.assign(`/referrals/${answer.referralId}?minPosition=${answer.position}`),
});
