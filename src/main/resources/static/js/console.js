// Monitoring-center console: listen to the alarm stream, refresh the open-alarm list when it
// changes, and sound and highlight new alarms. A burst of changes is one refresh at a time (a
// change during a refresh asks for one more afterwards), so the list is never replaced by an
// older answer and a burst does not cost the node a list per alarm. Served from 'self' (CSP
// allows no inline script).
(function () {
  const root = document.getElementById('console');
  if (!root) return;
  const state = document.getElementById('live-state');
  let audio;

  const FLASH_MS = 4000; // .alarm.new flashes 4 × 1 s (app.css)
  const flashing = new Map(); // alarm id → when its flash started
  let lastBeep = 0;

  function beep() {
    const now = Date.now();
    if (now - lastBeep < 1500) return; // one sound for a burst, not one per alarm
    lastBeep = now;
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      [0, 0.35, 0.7].forEach(function (start) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain).connect(audio.destination);
        osc.start(audio.currentTime + start);
        osc.stop(audio.currentTime + start + 0.2);
      });
    } catch (e) { /* no audio device: the highlight still shows */ }
  }

  // Restarts the flash of an alarm, or continues it where it was after the list was replaced.
  function flash(id, restart) {
    const el = document.getElementById('alarm-' + id);
    if (!el) return;
    const now = Date.now();
    if (restart || !flashing.has(id)) flashing.set(id, now);
    el.classList.remove('new');
    void el.offsetWidth; // restart the animation
    el.style.animationDelay = (flashing.get(id) - now) + 'ms';
    el.classList.add('new');
  }

  let refreshing = false;
  let again = false;

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    again = false;
    fetch(root.dataset.list, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        document.getElementById('alarm-list').outerHTML = html;
        const now = Date.now();
        flashing.forEach(function (started, id) {
          if (now - started >= FLASH_MS) flashing.delete(id); else flash(id, false);
        });
      })
      .catch(function () { /* the next change, or the next reconnect, refreshes again */ })
      .finally(function () {
        refreshing = false;
        if (again) refresh();
      });
  }

  const source = new EventSource(root.dataset.stream);
  let opened = false;
  source.onopen = function () {
    state.textContent = state.dataset.live || '● 实时';
    state.classList.add('live');
    // The stream does not replay what was sent while it was down: after a reconnect, read the list again.
    if (opened) refresh();
    opened = true;
  };
  source.onerror = function () { state.textContent = state.dataset.lost || '连接中断，正在重连…'; state.classList.remove('live'); };
  // WL-3: a listed person was screened at this hospital: sound, and a banner linking to the match.
  source.addEventListener('watchlist', function (message) {
    const event = JSON.parse(message.data);
    const box = document.getElementById('watchlist-alerts');
    if (!box) return;
    beep();
    const item = document.createElement('p');
    item.className = 'alert-box watchlist-alert';
    item.id = 'screening-' + event.screeningId;
    const link = document.createElement('a');
    link.href = event.link;
    link.textContent = (event.outcome === 'EXACT' ? box.dataset.exact : box.dataset.possible)
      + ' · ' + (box.dataset['risk' + event.riskLevel.charAt(0) + event.riskLevel.slice(1).toLowerCase()] || event.riskLevel);
    item.appendChild(link);
    box.prepend(item);
  });
  source.addEventListener('alarm', function (message) {
    const event = JSON.parse(message.data);
    if (event.change === 'RAISED' || event.change === 'ESCALATED') beep();
    if (event.change === 'RAISED') flashing.set(event.alarm.id, Date.now());
    refresh();
  });
  // INC-1: alarms nobody has acknowledged yet sound again and flash (nothing else about them changed).
  source.addEventListener('realert', function (message) {
    const event = JSON.parse(message.data);
    beep();
    event.alarmIds.forEach(function (id) { flash(id, true); });
  });
})();
