// Monitoring-center console (and the police's and regulators' view of it, TEC-7): listen to the
// alarm stream, refresh the open-alarm list when it changes, and sound and highlight new alarms.
// The stream starts at the frame the page's list was read at (?lastEventId=); after a lost
// connection the browser sends Last-Event-ID and the server replays what was missed, or sends
// 'reset' when that is too old, and the list is read again. Regulators hear nothing unless they
// turn the sound on. A burst of changes is one refresh at a time (a
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
  let sound = root.dataset.sound === 'true';
  const toggle = document.getElementById('sound-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      sound = !sound;
      toggle.textContent = sound ? toggle.dataset.off : toggle.dataset.on;
    });
  }

  function beep() {
    if (!sound) return;
    root.dataset.lastSound = String(Date.now()); // what a test (or a curious operator) can see
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
    // alarms by id, staff reports as 'r' + incident id
    const el = document.getElementById(String(id).charAt(0) === 'r' ? 'report-' + String(id).slice(1) : 'alarm-' + id);
    if (!el) return;
    const now = Date.now();
    if (restart || !flashing.has(id)) flashing.set(id, now);
    el.classList.remove('new');
    void el.offsetWidth; // restart the animation
    el.style.animationDelay = (flashing.get(id) - now) + 'ms';
    el.classList.add('new');
  }

  // APPOINTMENT → Appointment, VISITOR_CHECKIN → VisitorCheckin (the data-* attribute names)
  function camel(name) {
    return String(name).toLowerCase().split('_').map(function (part) {
      return part.charAt(0).toUpperCase() + part.slice(1);
    }).join('');
  }

  let refreshing = false;
  let again = false;

  // What the operator is typing or choosing (a reset note, a guard) survives the list being replaced.
  function key(field) {
    return field.form ? field.form.getAttribute('action') + '|' + field.name : null;
  }

  function typedValues() {
    const values = new Map();
    document.querySelectorAll('#alarm-list input[name], #alarm-list select[name]').forEach(function (field) {
      if (field.value && key(field)) values.set(key(field), field.value);
    });
    const focused = document.activeElement && document.activeElement.closest('#alarm-list') ? key(document.activeElement) : null;
    return { values: values, focused: focused };
  }

  function restore(typed) {
    document.querySelectorAll('#alarm-list input[name], #alarm-list select[name]').forEach(function (field) {
      const k = key(field);
      if (k && typed.values.has(k)) field.value = typed.values.get(k);
      if (k && k === typed.focused) field.focus();
    });
  }

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    again = false;
    fetch(root.dataset.list, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        const typed = typedValues();
        document.getElementById('alarm-list').outerHTML = html;
        restore(typed);
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
  source.onopen = function () {
    state.textContent = state.dataset.live || '● 实时';
    state.classList.add('live');
  };
  // What was missed is older than the server keeps: read the open alarms again.
  source.addEventListener('reset', function () { refresh(); });
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
    // where (the desk or ward that screened) and when, so a guard knows where to go
    const where = [box.dataset['context' + camel(event.context)] || event.context, event.department]
      .filter(Boolean).join(' ');
    const when = event.at ? new Date(event.at).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit',
      timeZone: 'Asia/Shanghai' }) : '';
    link.textContent = (event.outcome === 'EXACT' ? box.dataset.exact : box.dataset.possible)
      + ' · ' + (box.dataset['risk' + camel(event.riskLevel)] || event.riskLevel)
      + ' · ' + where + (when ? ' · ' + when : '');
    item.appendChild(link);
    box.prepend(item);
  });
  source.addEventListener('alarm', function (message) {
    const event = JSON.parse(message.data);
    if (event.change === 'RAISED' || event.change === 'ESCALATED') beep();
    if (event.change === 'RAISED') flashing.set(event.alarm.id, Date.now());
    refresh();
  });
  // 上报警情: an incident staff reported arrives like an alarm, with sound; its later steps refresh the list.
  source.addEventListener('incident', function (message) {
    const event = JSON.parse(message.data);
    if (event.change === 'REPORTED') {
      beep();
      flashing.set('r' + event.incidentId, Date.now());
    }
    refresh();
  });
  // INC-1: alarms nobody has acknowledged yet sound again and flash (nothing else about them changed).
  source.addEventListener('realert', function (message) {
    const event = JSON.parse(message.data);
    beep();
    event.alarmIds.forEach(function (id) { flash(id, true); });
  });
})();
