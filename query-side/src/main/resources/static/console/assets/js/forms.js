// The providers' forms: each posts its fields as the API's JSON to the console's writes (docs/console.md,
// "Writes"), and shows the API's problem+json beside the fields it names (`errors[].field`, a JSON path), or in the
// error summary at the top when it names none (a 409 or 422 about the referral's state or dates).
import { call, ApiError } from './api.js';

function clearErrors(form) {
  form.querySelectorAll('.govuk-error-message').forEach((element) => element.remove());
  form.querySelectorAll('.govuk-form-group--error').forEach((group) => group.classList.remove('govuk-form-group--error'));
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.govuk-error-summary');
  if (summary) {
    summary.remove();
  }
}

/** The input a problem's field names: the element with data-field equal to the path, or to its first part. */
function inputFor(form, field) {
  const path = String(field || '').replace(/\[\d+\]/g, '');
  return form.querySelector(`[data-field="${CSS.escape(path)}"]`)
    || form.querySelector(`[data-field="${CSS.escape(path.split('.')[0])}"]`);
}

function showErrors(form, error) {
  const problem = error instanceof ApiError && error.problem ? error.problem : { detail: error.message };
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  const title = document.createElement('h2');
  title.className = 'govuk-error-summary__title';
  title.textContent = problem.title || 'There is a problem';
  const body = document.createElement('div');
  body.className = 'govuk-error-summary__body';
  const list = document.createElement('ul');
  list.className = 'govuk-list govuk-error-summary__list';
  const errors = Array.isArray(problem.errors) && problem.errors.length > 0 ? problem.errors : [{ message: problem.detail }];
  for (const one of errors) {
    const item = document.createElement('li');
    const input = inputFor(form, one.field);
    if (input) {
      const message = document.createElement('p');
      message.className = 'govuk-error-message';
      message.id = `${input.id}-error`;
      message.textContent = `${one.field}: ${one.message}`;
      input.closest('.govuk-form-group').classList.add('govuk-form-group--error');
      input.before(message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = message.textContent;
      item.append(link);
    } else {
      item.textContent = one.field ? `${one.field}: ${one.message}` : (one.message || problem.detail);
    }
    list.append(item);
  }
  body.append(list);
  summary.append(title, body);
  form.prepend(summary);
  summary.focus();
}

/**
 * Posts what body(form) builds to path(form) when the form is sent; then(answer) on success. A request keeps its
 * Idempotency-Key while its outcome is unknown (a 5xx, no answer), so sending it again records it at most once;
 * after a definite answer (a success or a 4xx, which the API remembers under the key) the next one gets a new key.
 */
export function postingForm(form, { path, body, then }) {
  let key = crypto.randomUUID();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const answer = await call(path(form), { method: 'POST', body: body(form), headers: { 'Idempotency-Key': key } });
      key = crypto.randomUUID();
      await then(await answer.json(), answer);
    } catch (error) {
      if (error instanceof ApiError && error.status < 500) {
        key = crypto.randomUUID();
      }
      showErrors(form, error);
    } finally {
      button.disabled = false;
    }
  });
}

/** The form's value of a named field, or undefined when it is empty (so the API names it as missing). */
export function value(form, name) {
  const element = form.elements.namedItem(name);
  const text = element ? String(element.value).trim() : '';
  return text === '' ? undefined : text;
}
