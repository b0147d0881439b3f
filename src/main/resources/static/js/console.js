// Monitoring-center console: listen to the alarm stream, refresh the open-alarm list on every
// change, and sound and highlight new alarms. Served from 'self' (CSP allows no inline script).
(function () {
  const root = document.getElementById('console');
  if (!root) return;
  const state = document.getElementById('live-state');
  let audio;

  function beep() {
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

  function refresh(highlightId) {
    fetch(root.dataset.list, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        document.getElementById('alarm-list').outerHTML = html;
        if (highlightId) {
          const el = document.getElementById('alarm-' + highlightId);
          if (el) el.classList.add('new');
        }
      });
  }

  const source = new EventSource(root.dataset.stream);
  source.onopen = function () { state.textContent = state.dataset.live || '● 实时'; state.classList.add('live'); };
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
    refresh(event.change === 'RAISED' ? event.alarm.id : null);
  });
  // INC-1: alarms nobody has acknowledged yet sound again and flash (nothing else about them changed).
  source.addEventListener('realert', function (message) {
    const event = JSON.parse(message.data);
    beep();
    event.alarmIds.forEach(function (id) {
      const el = document.getElementById('alarm-' + id);
      if (!el) return;
      el.classList.remove('new');
      void el.offsetWidth; // restart the flash animation
      el.classList.add('new');
    });
  });
})();
