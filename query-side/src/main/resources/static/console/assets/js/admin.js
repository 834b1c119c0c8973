// The administrators' page (docs/api.md §7): start a projection rebuild and follow it with a progress bar
// (POST /api/v1/admin/projection-rebuilds, then its Location until it ends), and each read model's position and
// lag (GET /api/v1/admin/read-models).
import { shell } from './shell.js';
import { call, json, ApiError } from './api.js';
import { table } from './table.js';

await shell();
const status = document.getElementById('status');
const progress = document.getElementById('progress');
const rebuild = document.getElementById('rebuild');

async function readModels() {
  try {
    const answer = await json('/api/v1/admin/read-models');
    const wrapper = table(`Read models: the event store's newest position is ${answer.head}`, [
      { heading: 'Processor', kind: 'key', value: (p) => p.processor },
      { heading: 'Position', kind: 'count', value: (p) => p.position },
      { heading: 'Events behind', kind: 'count', value: (p) => p.eventsBehind },
    ], answer.processors);
    document.getElementById('table').replaceChildren(wrapper);
  } catch (e) {
    document.getElementById('table').textContent = `Could not read the read models' positions: ${e.message}`;
  }
}

function shown(rebuildStatus) {
  progress.max = Math.max(rebuildStatus.eventsTotal || 0, 1);
  progress.value = rebuildStatus.state === 'COMPLETED' ? progress.max : rebuildStatus.eventsProcessed || 0;
  progress.dataset.state = rebuildStatus.state;
  if (rebuildStatus.state === 'RUNNING') {
    const left = rebuildStatus.estimatedSecondsRemaining;
    status.textContent = `Rebuilding: ${rebuildStatus.eventsProcessed} of ${rebuildStatus.eventsTotal} events`
      + (left === null || left === undefined ? '.' : `, about ${Math.ceil(left)} s left.`);
  } else if (rebuildStatus.state === 'COMPLETED') {
    status.textContent = `Rebuild completed: ${rebuildStatus.eventsProcessed} events, `
      + `${rebuildStatus.differences} referrals differ from the old read models.`;
  } else {
    status.textContent = 'The rebuild failed: the live read models stay as they were (see the runbook).';
  }
}

async function follow(location) {
  for (;;) {
    const rebuildStatus = await json(location);
    shown(rebuildStatus);
    if (rebuildStatus.state !== 'RUNNING') {
      return;
    }
    await new Promise((resolve) => { setTimeout(resolve, 500); });
  }
}

rebuild.addEventListener('click', async () => {
  rebuild.disabled = true;
  try {
    const answer = await call('/api/v1/admin/projection-rebuilds', { method: 'POST' });
    await follow(answer.headers.get('Location'));
    await readModels();
  } catch (e) {
    status.textContent = e instanceof ApiError && e.status === 409
      ? 'Another rebuild is running; try again when it has ended.' : `Could not rebuild: ${e.message}`;
  } finally {
    rebuild.disabled = false;
  }
});
document.getElementById('refresh').addEventListener('click', readModels);
readModels();
