// The integrity check over every stream (docs/api.md §6.2): the server's (POST /api/v1/audit/integrity-checks),
// and the same chains followed in this browser over the global stream (GET /api/v1/audit/events, §6.3) page by
// page, with its progress; and the global stream downloaded as a file.
import { shell } from './shell.js';
import { call } from './api.js';
import { table } from './table.js';
import { ChainFollower } from './hashchain.js';

const PAGE = 1000;
await shell();
const status = document.getElementById('status');
const progress = document.getElementById('progress');
const check = document.getElementById('check');

async function lines(after) {
  const answer = await call(`/api/v1/audit/events?after=${after}&limit=${PAGE}`, { accept: 'application/x-ndjson' });
  const head = Number(answer.headers.get('NRM-Position')) || 0;
  const text = await answer.text();
  return { head, records: text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)) };
}

async function inThisBrowser() {
  const chain = new ChainFollower();
  const violations = [];
  let after = 0;
  let events = 0;
  for (;;) {
    const { head, records } = await lines(after);
    for (const record of records) {
      const problem = await chain.check(record, record.referralId);
      if (problem) {
        violations.push({ referralId: record.referralId, sequence: record.sequence, problem });
      }
      after = record.position;
      events += 1;
    }
    progress.max = Math.max(head, after, 1);
    progress.value = after;
    status.textContent = `Checked ${events} events in this browser…`;
    if (records.length < PAGE) {
      progress.value = progress.max;
      return { streams: chain.heads.size, events, violations };
    }
  }
}

function report(caption, result) {
  const columns = [
    { heading: 'Referral', kind: 'key', value: (v) => v.referralId },
    { heading: 'Sequence', kind: 'text', value: (v) => String(v.sequence) },
    { heading: 'Problem', kind: 'text', value: (v) => v.problem },
  ];
  const count = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const wrapper = table(`${caption}: ${count(result.streams, 'stream')}, ${count(result.events, 'event')}, `
    + `${count(result.violations.length, 'violation')}`,
    columns, result.violations);
  wrapper.dataset.violations = String(result.violations.length);
  return wrapper;
}

check.addEventListener('click', async () => {
  check.disabled = true;
  progress.value = 0;
  document.getElementById('table').replaceChildren();
  try {
    status.textContent = 'The server is checking every stream…';
    const server = await (await call('/api/v1/audit/integrity-checks', { method: 'POST' })).json();
    const browser = await inThisBrowser();
    const serverTable = report('The server\'s check', server);
    serverTable.id = 'server-check';
    const browserTable = report('In this browser', browser);
    browserTable.id = 'browser-check';
    document.getElementById('table').replaceChildren(serverTable, browserTable);
    const found = server.violations.length + browser.violations.length;
    status.textContent = found === 0 ? `Checked ${browser.streams} streams and ${browser.events} events: no violation.`
      : `Checked ${browser.streams} streams and ${browser.events} events: violations found (${server.violations.length} by the server, ${browser.violations.length} in this browser).`;
  } catch (e) {
    status.textContent = `Could not check: ${e.message}`;
  } finally {
    check.disabled = false;
  }
});

document.getElementById('export').addEventListener('click', async () => {
  status.textContent = 'Downloading the global stream…';
  try {
    const blob = await (await call('/api/v1/audit/events', { accept: 'application/x-ndjson' })).blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'audit-events.ndjson';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status.textContent = 'Downloaded the global stream as audit-events.ndjson (verify it with ops/verify-audit.py).';
  } catch (e) {
    status.textContent = `Could not download: ${e.message}`;
  }
});
