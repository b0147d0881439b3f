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
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
