// The API, same origin, with the signed-in session's cookie: the tokens stay on the server (docs/console.md).
// A 401 means the session ended: sign in again and come back to this page.

const SIGN_IN = '/console/sign-in/nrm-console';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export async function call(path, { method = 'GET', accept = 'application/json', body, headers: more = {} } = {}) {
  const headers = { Accept: accept, ...more };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const sent = body === undefined ? undefined : JSON.stringify(body);
  const answer = await fetch(path, { method, headers, body: sent, credentials: 'same-origin', redirect: 'error' });
  if (answer.status === 401) {
    window.location.assign(SIGN_IN);
    throw new ApiError(401, null);
  }
  if (!answer.ok) {
    const problem = (answer.headers.get('Content-Type') || '').includes('json') ? await answer.json() : null;
    throw new ApiError(answer.status, problem);
  }
  return answer;
}

export async function json(path) {
  return (await call(path)).json();
}

/** Downloads what the API answers as CSV for the same request, as a file. */
export async function downloadCsv(path, fileName) {
  const blob = await (await call(path, { accept: 'text/csv' })).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export async function signOut() {
  await call('/console/sign-out', { method: 'POST', accept: 'text/html' }).catch(() => {});
  window.location.assign('/console/signed-out');
}
