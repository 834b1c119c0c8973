// Waits against the windows by referral quarter (docs/console.md): median and 90th percentile of the days from
// referral to the reasonable-grounds decision and from a positive one to the conclusive decision, the windows'
// lines, and the share of windows met; GET /api/v1/statistics/referral-cohorts (docs/api.md §5.1).
import { analysisPage, withFigures, windowLines, tooltip } from './page.js';
import { table } from './table.js';

const MEASURES = [
  { name: 'Median days, referral to RG', value: (g) => g.reasonableGrounds.days.median, kind: 'days' },
  { name: '90th percentile, referral to RG', value: (g) => g.reasonableGrounds.days.p90, kind: 'days' },
  { name: 'Median days, positive RG to CG', value: (g) => g.conclusiveGrounds.daysFromReasonableGrounds.median, kind: 'days' },
  { name: '90th percentile, positive RG to CG', value: (g) => g.conclusiveGrounds.daysFromReasonableGrounds.p90, kind: 'days' },
];

function url(params) {
  const api = new URLSearchParams({ groupBy: ['REFERRAL_QUARTER', params.get('dimension')].filter(Boolean).join(',') });
  for (const name of ['referredFrom', 'referredTo', 'windows']) {
    if (params.has(name)) {
      api.set(name, params.get(name));
    }
  }
  return `/api/v1/statistics/referral-cohorts?${api}`;
}

const rest = (group) => Object.entries(group.key).filter(([d]) => d !== 'REFERRAL_QUARTER').map(([, v]) => v).join(', ');

function draw(answer) {
  const quarters = [...new Set(answer.groups.map((g) => g.key.REFERRAL_QUARTER))];
  const subgroups = [...new Set(answer.groups.map(rest))];
  const series = [];
  for (const subgroup of subgroups) {
    for (const measure of MEASURES) {
      series.push({
        name: subgroup ? `${subgroup}: ${measure.name}` : measure.name,
        type: 'line',
        connectNulls: false,
        data: quarters.map((quarter) => {
          const group = answer.groups.find((g) => g.key.REFERRAL_QUARTER === quarter && rest(g) === subgroup);
          return group && !group.suppressed ? measure.value(group) : null;
        }),
      });
    }
  }
  for (const subgroup of subgroups) {
    answer.windows.forEach((days, i) => series.push({
      name: `${subgroup ? `${subgroup}: ` : ''}${days}-day windows met`,
      type: 'bar',
      yAxisIndex: 1,
      data: quarters.map((quarter) => {
        const group = answer.groups.find((g) => g.key.REFERRAL_QUARTER === quarter && rest(g) === subgroup);
        return group && !group.suppressed ? group.windows[i].metRate : null;
      }),
    }));
  }
  const drawn = withFigures(series);
  if (drawn.length) {
    drawn[0].markLine = windowLines(answer.windows);
  }
  const columns = [
    { heading: 'Referral quarter', kind: 'key', value: (g) => g.key.REFERRAL_QUARTER },
    ...(subgroups.some(Boolean) ? [{ heading: 'Group', kind: 'text', value: rest }] : []),
    { heading: 'Referrals', kind: 'count', value: (g) => g.referrals },
    ...MEASURES.map((m) => ({ heading: m.name, kind: m.kind, value: m.value })),
    ...answer.windows.map((days, i) => ({ heading: `${days}-day windows met`, kind: 'rate', value: (g) => g.windows[i].metRate })),
  ];
  const caption = 'Days waited by referral quarter, against the windows';
  return {
    caption,
    rows: answer.groups.length,
    tables: [table(caption, columns, answer.groups)],
    option: {
      aria: { enabled: true },
      tooltip,
      legend: { type: 'scroll', bottom: 0 },
      grid: { bottom: 60 },
      xAxis: { type: 'category', data: quarters, name: 'Referral quarter', nameLocation: 'middle', nameGap: 30 },
      yAxis: [{ type: 'value', name: 'Days' }, { type: 'value', name: 'Windows met', min: 0, max: 1 }],
      series: drawn,
    },
  };
}

analysisPage({ url, draw, file: 'waits-by-referral-quarter.csv' });
