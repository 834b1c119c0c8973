// The backlog over time (docs/console.md): referrals awaiting a reasonable- or conclusive-grounds decision at each
// month or quarter end, and how many have waited beyond each window; GET /api/v1/statistics/backlog-series, each
// point what /backlog answers for that date (docs/api.md §5).
import { analysisPage, withFigures, keyText, tooltip } from './page.js';
import { table } from './table.js';

function url(params) {
  const today = new Date().toISOString().substring(0, 10);
  const api = new URLSearchParams({
    from: params.get('from') || `${Number(today.substring(0, 4)) - 3}-01-01`,
    to: params.get('to') || today,
    interval: params.get('interval') || 'MONTH',
  });
  if (params.get('dimension')) {
    api.set('groupBy', params.get('dimension'));
  }
  if (params.has('windows')) {
    api.set('windows', params.get('windows'));
  }
  return `/api/v1/statistics/backlog-series?${api}`;
}

function draw(answer) {
  const rows = answer.points.flatMap((point) => point.groups.map((group) => ({ ...group, asOf: point.asOf })));
  const dates = answer.points.map((point) => point.asOf);
  const keys = [...new Set(rows.map(keyText))];
  const windows = rows.length ? rows[0].beyondWindow.map((w) => w.days) : [];
  const measures = [
    { name: 'Awaiting RG', value: (g) => g.awaitingReasonableGrounds },
    { name: 'Awaiting CG', value: (g) => g.awaitingConclusiveGrounds },
    ...windows.map((days, i) => ({ name: `Beyond ${days} days`, value: (g) => g.beyondWindow[i].count })),
  ];
  const series = keys.flatMap((key) => measures.map((measure) => ({
    name: keys.length > 1 ? `${key}: ${measure.name}` : measure.name,
    type: 'line',
    data: dates.map((date) => {
      const group = rows.find((g) => g.asOf === date && keyText(g) === key);
      return group && !group.suppressed ? measure.value(group) : null;
    }),
  })));
  const columns = [
    { heading: 'As of', kind: 'key', value: (g) => g.asOf },
    ...(keys.length > 1 || (keys[0] && keys[0] !== 'All referrals') ? [{ heading: 'Group', kind: 'text', value: keyText }] : []),
    ...measures.map((m) => ({ heading: m.name, kind: 'count', value: m.value })),
  ];
  const caption = 'Referrals awaiting a decision at each date';
  return {
    caption,
    rows: rows.length,
    tables: [table(caption, columns, rows)],
    option: {
      aria: { enabled: true },
      tooltip,
      legend: { type: 'scroll', bottom: 0 },
      grid: { bottom: 60 },
      xAxis: { type: 'category', data: dates, name: 'As of', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', name: 'Referrals' },
      series: withFigures(series),
    },
  };
}

analysisPage({ url, draw, file: 'backlog-over-time.csv' });
