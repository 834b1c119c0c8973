// The figures as an accessible table beneath each chart: one row per group, a header cell per column, the key's
// dimensions as row headers. Each value cell keeps the API's number in data-value; a suppressed group shows
// "suppressed" in every value cell, never a zero (docs/api.md §5).

const DAYS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

export function format(value, kind) {
  if (value === null || value === undefined) {
    return '–';
  }
  return kind === 'rate' ? PERCENT.format(value) : DAYS.format(value);
}

function cell(tag, text, className) {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * @param columns [{heading, kind: 'key'|'count'|'days'|'rate'|'text', value: row => value}]
 * @param rows    objects with `suppressed` (boolean) and whatever the columns read
 */
export function table(caption, columns, rows) {
  const element = document.createElement('table');
  element.className = 'govuk-table';
  element.append(cell('caption', caption, 'govuk-table__caption govuk-table__caption--m'));
  const head = document.createElement('thead');
  const headings = document.createElement('tr');
  headings.className = 'govuk-table__row';
  for (const column of columns) {
    const th = cell('th', column.heading, 'govuk-table__header');
    th.scope = 'col';
    if (column.kind !== 'key' && column.kind !== 'text') {
      th.classList.add('govuk-table__header--numeric');
    }
    headings.append(th);
  }
  head.append(headings);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.className = 'govuk-table__row';
    if (row.suppressed) {
      tr.dataset.suppressed = 'true';
    }
    for (const column of columns) {
      const value = column.value(row);
      if (column.kind === 'key' || column.kind === 'text') {
        const th = cell(column.kind === 'key' ? 'th' : 'td', value ?? '', column.kind === 'key' ? 'govuk-table__header' : 'govuk-table__cell');
        if (column.kind === 'key') {
          th.scope = 'row';
        }
        tr.append(th);
      } else if (row.suppressed) {
        const td = cell('td', 'suppressed', 'govuk-table__cell govuk-table__cell--numeric console-suppressed');
        td.dataset.value = 'suppressed';
        tr.append(td);
      } else {
        const td = cell('td', format(value, column.kind), 'govuk-table__cell govuk-table__cell--numeric');
        td.dataset.value = value === null || value === undefined ? '' : String(value);
        tr.append(td);
      }
    }
    body.append(tr);
  }
  element.append(head, body);
  const wrapper = document.createElement('div');
  wrapper.className = 'console-table-wrapper';
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', caption);
  wrapper.append(element);
  return wrapper;
}
