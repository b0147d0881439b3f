// The two-tap report page (/concern): when a notification arrives (security acknowledged, a guard
// was sent or is there), show the reports' new state. live.js raises 'safeward:notification'.
(function () {
  if (!document.getElementById('concern-page')) return;
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
