// The two-tap report page (/concern): when a notification arrives (security acknowledged, a guard
// was sent or is there), show the reports' new state. live.js raises 'safeward:notification'.
(function () {
  if (!document.getElementById('concern-page')) return;
  // Tap a place, then confirm it in the dialog (without script the tap reports at once).
  const dialog = document.getElementById('concern-confirm');
  document.querySelectorAll('#place-buttons form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!dialog || !dialog.showModal) return;
      event.preventDefault();
      document.getElementById('confirm-area').value = form.querySelector('input[name=areaId]').value;
      document.getElementById('confirm-place').textContent = form.querySelector('button').dataset.place;
      dialog.showModal();
    });
  });
  const cancel = document.getElementById('confirm-cancel');
  if (cancel) cancel.addEventListener('click', function () { dialog.close(); });
  // Search the places by any part of their name.
  const search = document.getElementById('place-search');
  if (search) search.addEventListener('input', function () {
    const words = search.value.trim().toLowerCase();
    document.querySelectorAll('#place-buttons form').forEach(function (form) {
      form.hidden = words !== '' && !form.querySelector('button').dataset.place.toLowerCase().includes(words);
    });
  });
  document.body.addEventListener('safeward:notification', function () {
    fetch(window.location.pathname, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('own-reports');
        const current = document.getElementById('own-reports');
        if (fresh && current) current.replaceWith(fresh);
        else if (fresh) document.getElementById('concern-page').appendChild(fresh);
      })
      .catch(function () { /* the next notification tries again */ });
  });
})();
