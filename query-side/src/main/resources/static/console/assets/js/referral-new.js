// Records a referral (docs/api.md §3.1) through the console's writes; then opens its page.
import { shell } from './shell.js';
import { postingForm } from './forms.js';
import { referralBody, referralFields } from './referral-fields.js';

const form = document.getElementById('referral');
referralFields(document.getElementById('fields'));
await shell();
postingForm(form, {
  path: () => '/console/api/v1/referrals',
  body: (f) => referralBody(f),
  then: (answer) => window.location.assign(`/referrals/${answer.referralId}?minPosition=${answer.position}`),
});
