// One analysts' page (a provider's too, counting its own referrals): its filters, as the address's query string too (a page can be bookmarked and shared); the
// API's answer for them; a chart; the same numbers as a table; the CSV of the same request.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { shell } from './shell.js';
import { json, downloadCsv } from './api.js';

export const DIMENSIONS = {
  '': 'Nothing more',
  JURISDICTION: 'Jurisdiction',
  AGE_AT_EXPLOITATION: 'Age at exploitation',
  GENDER: 'Gender',
  NATIONALITY: 'Nationality',
  EXPLOITATION_TYPE: 'Exploitation type',
  EXPLOITATION_LOCATION: 'Exploitation location',
  FIRST_RESPONDER_TYPE: 'First responder type',
};

export const keyText = (group) => Object.values(group.key).join(', ') || 'All referrals';

function filters(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim() !== '') {
      params.set(name, String(value).trim());
    }
  }
  return params;
}

function fillForm(form) {
  const params = new URLSearchParams(window.location.search);
  for (const element of form.elements) {
    if (element.name && params.has(element.name)) {
      element.value = params.get(element.name);
    }
  }
}

function fillDimensions(form) {
  const select = form.elements.namedItem('dimension');
  if (select && select.options.length === 0) {
    for (const [value, label] of Object.entries(DIMENSIONS)) {
      select.append(new Option(label, value));
    }
  }
}

/**
 * @param page {url: params => API path, draw: answer => {option, caption, columns, rows}, file: CSV file name}
 */
export async function analysisPage(page) {
  const { person } = await shell();
  const form = document.getElementById('filters');
  if (!person.scopes.includes('statistics:read')) {
    // a provider's statistics count its own organisation's referrals only (docs/api.md §5)
    const scope = document.createElement('p');
    scope.className = 'govuk-inset-text';
    scope.id = 'scope';
    scope.textContent = `These figures count only ${person.organisation || 'your organisation'}’s referrals; `
      + 'groups of fewer than 10 are suppressed, as for everyone.';
    form.before(scope);
  }
  const status = document.getElementById('status');
  const chartElement = document.getElementById('chart');
  const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
  window.addEventListener('resize', () => chart.resize());
  fillDimensions(form);
  fillForm(form);

  async function show() {
    const params = filters(form);
    history.replaceState(null, '', `${window.location.pathname}?${params}`);
    status.textContent = 'Loading…';
    try {
      const drawn = page.draw(await json(page.url(params)));
      chart.setOption(drawn.option, true);
      chartElement.setAttribute('aria-label', `Chart: ${drawn.caption}. The same figures are in the table below.`);
      document.getElementById('table').replaceChildren(...drawn.tables);
      status.textContent = `Showing ${drawn.rows} ${drawn.rows === 1 ? 'row' : 'rows'}.`;
    } catch (error) {
      status.textContent = `Could not load the figures: ${error.message}`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  document.getElementById('download').addEventListener('click', () =>
    downloadCsv(page.url(filters(form)), page.file).catch((error) => {
      status.textContent = `Could not download the CSV: ${error.message}`;
    }));
  await show();
}

/** The windows' reference lines on a chart of days. */
export function windowLines(windows) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed', color: '#d4351c' },
    label: { formatter: '{c} days' },
    data: windows.map((days) => ({ yAxis: days })),
  };
}

export const tooltip = { trigger: 'axis', renderMode: 'richText' };

/** Series with at least one figure: a group suppressed throughout has no line, not a line at zero. */
export const withFigures = (series) => series.filter((one) => one.data.some((value) => value !== null));
