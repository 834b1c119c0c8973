// Decisions per quarter with their positive rates, counted as the published Home Office tables count them: each
// decision in the quarter it was made (docs/console.md); GET /api/v1/statistics/decisions (docs/api.md §5.2).
import { analysisPage, withFigures, tooltip } from './page.js';
import { table } from './table.js';

function url(params) {
  const api = new URLSearchParams({
    stage: params.get('stage') || 'REASONABLE_GROUNDS',
    groupBy: ['DECISION_QUARTER', params.get('dimension')].filter(Boolean).join(','),
  });
  for (const name of ['decidedFrom', 'decidedTo']) {
    if (params.has(name)) {
      api.set(name, params.get(name));
    }
  }
  return `/api/v1/statistics/decisions?${api}`;
}

const rest = (group) => Object.entries(group.key).filter(([d]) => d !== 'DECISION_QUARTER').map(([, v]) => v).join(', ');

function draw(answer) {
  const quarters = [...new Set(answer.groups.map((g) => g.key.DECISION_QUARTER))];
  const subgroups = [...new Set(answer.groups.map(rest))];
  const find = (quarter, subgroup) => answer.groups.find((g) => g.key.DECISION_QUARTER === quarter && rest(g) === subgroup);
  const value = (quarter, subgroup, read) => {
    const group = find(quarter, subgroup);
    return group && !group.suppressed ? read(group) : null;
  };
  const series = subgroups.flatMap((subgroup) => {
    const label = (name) => (subgroup ? `${subgroup}: ${name}` : name);
    return [
      { name: label('Positive'), type: 'bar', stack: subgroup || 'all', data: quarters.map((q) => value(q, subgroup, (g) => g.positive)) },
      { name: label('Negative'), type: 'bar', stack: subgroup || 'all', data: quarters.map((q) => value(q, subgroup, (g) => g.negative)) },
      { name: label('Positive rate'), type: 'line', yAxisIndex: 1, data: quarters.map((q) => value(q, subgroup, (g) => g.positiveRate)) },
    ];
  });
  const columns = [
    { heading: 'Decision quarter', kind: 'key', value: (g) => g.key.DECISION_QUARTER },
    ...(subgroups.some(Boolean) ? [{ heading: 'Group', kind: 'text', value: rest }] : []),
    { heading: 'Decisions', kind: 'count', value: (g) => g.decided },
    { heading: 'Positive', kind: 'count', value: (g) => g.positive },
    { heading: 'Negative', kind: 'count', value: (g) => g.negative },
    { heading: 'Positive rate', kind: 'rate', value: (g) => g.positiveRate },
  ];
  const stage = answer.stage === 'CONCLUSIVE_GROUNDS' ? 'Conclusive-grounds' : 'Reasonable-grounds';
  const caption = `${stage} decisions per quarter`;
  return {
    caption,
    rows: answer.groups.length,
    tables: [table(caption, columns, answer.groups)],
    option: {
      aria: { enabled: true },
      tooltip,
      legend: { type: 'scroll', bottom: 0 },
      grid: { bottom: 60 },
      xAxis: { type: 'category', data: quarters, name: 'Decision quarter', nameLocation: 'middle', nameGap: 30 },
      yAxis: [{ type: 'value', name: 'Decisions' }, { type: 'value', name: 'Positive rate', min: 0, max: 1 }],
      series: withFigures(series),
    },
  };
}

analysisPage({ url, draw, file: 'decisions-per-quarter.csv' });
