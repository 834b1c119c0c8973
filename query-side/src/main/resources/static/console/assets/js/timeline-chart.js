// A referral's timeline as a chart: one row for its events, one for the minimum recovery period, one per window,
// each period drawn from its start to its end, and a line where today falls (docs/api.md §4.1).

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

function period(name, row, from, to, colour) {
  return {
    name,
    type: 'line',
    data: from && to ? [[from, row], [to, row]] : [],
    lineStyle: { width: 12, color: colour },
    itemStyle: { color: colour },
    symbolSize: 8,
  };
}

/** The chart's option and a caption that says what it shows. */
export function timelineChart(timeline) {
  // as in effect (docs/api.md §2.1): a retracted event never happened; a corrected one is drawn as corrected
  const events = timeline.events.filter((event) => !event.retractedBy);
  const start = timeline.recoveryPeriod.startsOn;
  const rows = ['Events', 'Recovery period', ...timeline.windows.map((window) => `${window.days}-day window`)];
  const series = [
    {
      name: 'Events',
      type: 'scatter',
      symbolSize: 14,
      data: events.map((event) => ({ value: [event.date, 'Events'], name: event.type })),
      label: { show: true, position: 'top', formatter: (item) => item.name.split('_')[0] },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: '#d4351c', type: 'dashed' },
        label: { formatter: 'Today' },
        data: [{ xAxis: today() }],
      },
    },
    period('Recovery period', 'Recovery period', start, timeline.recoveryPeriod.endsOn, '#00703c'),
    ...timeline.windows.map((window) => period(`${window.days}-day window`, `${window.days}-day window`,
      start, window.endsOn, window.state === 'MISSED' ? '#d4351c' : '#1d70b8')),
  ];
  const ends = timeline.windows.map((window) => `${window.days}-day window ends ${window.endsOn || 'not yet started'}`);
  return {
    option: {
      animation: false,
      grid: { left: 140, right: 40 },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      xAxis: { type: 'time', max: (range) => Math.max(range.max, Date.parse(today())) },
      yAxis: { type: 'category', data: rows.slice().reverse() },
      series,
    },
    caption: `${events.length} events from ${timeline.referredOn}; recovery period `
      + `${start ? `from ${start} to ${timeline.recoveryPeriod.endsOn}` : 'not started'}; ${ends.join('; ')}; today ${today()}`,
  };
}
