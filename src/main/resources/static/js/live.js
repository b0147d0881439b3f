// The signed-in user's live notifications: keep the bell's count current and tell the page
// (htmx listens for 'safeward:notification' on body, e.g. the guard's task list).
(function () {
  function start() {
    const bell = document.querySelector('a.bell');
    if (!bell || !window.EventSource) return;
    const source = new EventSource(bell.dataset.stream);
    source.addEventListener('notification', function (message) {
      const event = JSON.parse(message.data);
      let count = document.getElementById('unread-count');
      if (!count) {
        count = document.createElement('span');
        count.className = 'count';
        count.id = 'unread-count';
        bell.appendChild(count);
      }
      count.textContent = event.unread;
      count.hidden = event.unread === 0;
      bell.title = event.title;
      document.body.dispatchEvent(new CustomEvent('safeward:notification', { detail: event }));
    });
  }
  // Print buttons (the report form): CSP allows no inline handlers.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('button.print')) window.print();
  });
  // Phones: the menu opens and closes with its button.
  document.addEventListener('click', function (event) {
    const toggle = event.target.closest && event.target.closest('.menu-toggle');
    if (!toggle) return;
    const bar = toggle.closest('.topbar');
    const open = bar.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
  });

  // A long pick list (places) narrows to the options containing what is typed above it.
  document.addEventListener('input', function (event) {
    const search = event.target.closest && event.target.closest('input[data-filters]');
    if (!search) return;
    const select = document.querySelector(search.dataset.filters);
    const words = search.value.trim().toLowerCase();
    let first = null;
    Array.from(select.options).forEach(function (option) {
      const shown = !option.value || words === '' || option.textContent.toLowerCase().includes(words);
      option.hidden = !shown;
      if (shown && option.value && !first) first = option;
    });
    const current = select.selectedOptions[0];
    if (words && first && (!current || current.hidden || !current.value)) select.value = first.value;
  });

  // Phones show a table's rows as cards: each value keeps its column's label.
  function labelCells(root) {
    root.querySelectorAll('table.list').forEach(function (table) {
      const headers = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
      if (!headers.length) return;
      table.querySelectorAll('tbody tr').forEach(function (row) {
        let column = 0;
        Array.from(row.children).forEach(function (cell) {
          if (cell.tagName === 'TD' && headers[column] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headers[column]);
          }
          column += cell.colSpan || 1;
        });
      });
    });
  }

  // Deadlines count down where they are shown (reports due, the home's nearest deadline).
  function duration(ms, english) {
    const minutes = Math.max(1, Math.round(Math.abs(ms) / 60000));
    const days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
    const parts = english
      ? [days && days + ' d', hours && hours + ' h', !days && mins + ' min']
      : [days && days + '天', hours && hours + '小时', !days && mins + '分'];
    return parts.filter(Boolean).join(english ? ' ' : '');
  }
  function countDown(root) {
    const english = document.documentElement.lang === 'en';
    root.querySelectorAll('time.countdown[datetime]').forEach(function (time) {
      const left = new Date(time.getAttribute('datetime')).getTime() - Date.now();
      const template = left >= 0 ? time.dataset.left : time.dataset.late;
      time.textContent = (template || '{0}').replace('{0}', duration(left, english));
      time.classList.toggle('late', left < 0);
      time.classList.toggle('soon', left >= 0 && left < 3600000);
      const row = time.closest('tr');
      if (row) row.classList.toggle('soon', left < 3600000);
    });
  }

  // The home's small charts, drawn with ECharts from the table that stays for screen readers.
  function drawCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll('figure.chart').forEach(function (figure) {
      const canvas = figure.querySelector('.chart-canvas');
      const rows = Array.from(figure.querySelectorAll('.chart-data tr'));
      if (!canvas || !rows.length) return;
      const chart = window.echarts.init(canvas, null, { renderer: 'svg', height: 180 });
      // bars by default; data-kind="line": a score over months (0–100, gaps where nothing was judged)
      const line = figure.dataset.kind === 'line';
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.cells[0].textContent; }),
                 axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0, fontSize: 11 } },
        yAxis: line ? { type: 'value', min: 0, max: 100 } : { type: 'value', minInterval: 1 },
        series: [{ type: line ? 'line' : 'bar',
                   data: rows.map(function (r) { const v = r.cells[1].textContent.trim(); return v === '' ? null : Number(v); }),
                   itemStyle: { color: '#0b5cad' } }]
      });
      figure.classList.add('drawn');
    });
  }

  function enhance(root) {
    labelCells(root);
    countDown(root);
    drawCharts(root);
  }
  setInterval(function () { countDown(document); }, 30000);
  document.addEventListener('htmx:afterSettle', function (event) { enhance(event.target); });
  window.addEventListener('load', function () { drawCharts(document); });

  function ready() {
    start();
    labelCells(document);
    countDown(document);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
