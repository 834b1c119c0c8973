// The console's start page: a link to each page the signed-in person's scopes allow.
import { shell } from './shell.js';

const { allowed } = await shell();
document.getElementById('pages').replaceChildren(...allowed.map((page) => {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'govuk-link';
  link.href = page.path;
  link.textContent = page.title;
  item.append(link);
  return item;
}));
if (allowed.length === 0) {
  document.getElementById('status').textContent = 'Your account has no scope that a console page needs yet.';
}
