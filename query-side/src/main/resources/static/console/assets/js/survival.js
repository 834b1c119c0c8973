// Kaplan–Meier curves of the wait from a positive reasonable-grounds decision to the conclusive one (docs/console.md),
// one per group, with their 95% confidence limits (dashed), censoring marks and each median with its interval;
// GET /api/v1/statistics/conclusive-grounds-survival (docs/api.md §5).
import { analysisPage, keyText, tooltip } from './page.js';
import { table } from './table.js';

const TICK = 'path://M0 0H1V10H0Z';
const COLOURS = ['#1d70b8', '#00703c', '#d53880', '#f47738', '#4c2c92', '#28a197', '#6f72af', '#b58840'];

function url(params) {
  const api = new URLSearchParams();
  if (params.get('dimension')) {
    api.set('groupBy', params.get('dimension'));
  }
  for (const name of ['referredFrom', 'referredTo']) {
    if (params.has(name)) {
      api.set(name, params.get(name));
    }
  }
  return `/api/v1/statistics/conclusive-grounds-survival?${api}`;
}

function windowsOf() {
  const field = document.getElementById('windows');
  return (field.value || '45,90').split(',').map(Number).filter((days) => days > 0);
}

function curves(group, index) {
  const color = COLOURS[index % COLOURS.length];
  const start = [[0, 1]];
  const name = keyText(group);
  const steps = group.steps;
  return [
    { name, color, type: 'line', step: 'end', symbol: 'none', data: start.concat(steps.map((s) => [s.days, s.survival])) },
    { name: `${name}: lower 95%`, color, type: 'line', step: 'end', symbol: 'none', lineStyle: { type: 'dashed', width: 1 },
      data: start.concat(steps.map((s) => [s.days, s.lower95])) },
    { name: `${name}: upper 95%`, color, type: 'line', step: 'end', symbol: 'none', lineStyle: { type: 'dashed', width: 1 },
      data: start.concat(steps.map((s) => [s.days, s.upper95])) },
    { name: `${name}: censored`, color, type: 'scatter', symbol: TICK, symbolSize: [2, 10],
      data: steps.filter((s) => s.censored > 0).map((s) => [s.days, s.survival]) },
  ];
}

function draw(answer) {
  const shown = answer.groups.filter((g) => !g.suppressed);
  const series = shown.flatMap(curves);
  if (series.length) {
    series[0].markLine = { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#d4351c' },
      label: { formatter: '{c}', position: 'end' }, data: windowsOf().map((days) => ({ xAxis: days })) };
  }
  const caption = 'Median days from a positive reasonable-grounds decision to the conclusive one';
  const summary = table(caption, [
    { heading: 'Group', kind: 'key', value: keyText },
    { heading: 'Referrals', kind: 'count', value: (g) => g.n },
    { heading: 'Conclusive decisions', kind: 'count', value: (g) => g.events },
    { heading: 'Median days', kind: 'days', value: (g) => g.median },
    { heading: 'Lower 95% limit', kind: 'days', value: (g) => g.medianLower95 },
    { heading: 'Upper 95% limit', kind: 'days', value: (g) => g.medianUpper95 },
  ], answer.groups);
  const details = shown.map((group) => {
    const element = document.createElement('details');
    element.className = 'govuk-details';
    const summaryText = document.createElement('summary');
    summaryText.className = 'govuk-details__summary';
    summaryText.textContent = `Every step of the curve: ${keyText(group)}`;
    const text = document.createElement('div');
    text.className = 'govuk-details__text';
    text.append(table(`Kaplan–Meier steps: ${keyText(group)}`, [
      { heading: 'Days', kind: 'key', value: (s) => String(s.days) },
      { heading: 'At risk', kind: 'count', value: (s) => s.atRisk },
      { heading: 'Decided', kind: 'count', value: (s) => s.events },
      { heading: 'Censored', kind: 'count', value: (s) => s.censored },
      { heading: 'Still waiting', kind: 'rate', value: (s) => s.survival },
      { heading: 'Lower 95%', kind: 'rate', value: (s) => s.lower95 },
      { heading: 'Upper 95%', kind: 'rate', value: (s) => s.upper95 },
    ], group.steps));
    element.append(summaryText, text);
    return element;
  });
  return {
    caption: 'Share still waiting for a conclusive decision, by days since the positive reasonable-grounds decision',
    rows: answer.groups.length,
    tables: [summary, ...details],
    option: {
      aria: { enabled: true },
      tooltip: { ...tooltip, trigger: 'item' },
      legend: { type: 'scroll', bottom: 0, data: shown.map(keyText) },
      grid: { bottom: 60 },
      xAxis: { type: 'value', name: 'Days since positive RG', nameLocation: 'middle', nameGap: 30, min: 0 },
      yAxis: { type: 'value', name: 'Still waiting', min: 0, max: 1 },
      series,
    },
  };
}

analysisPage({ url, draw, file: 'conclusive-grounds-survival.csv' });
