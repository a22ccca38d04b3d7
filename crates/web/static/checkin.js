// The check-in desk: sends codes without reloading, keeps them in a queue while the
// network is down (sent when it returns), refreshes the counts, and reads QR codes with
// the camera where the browser can (BarcodeDetector). Without this script the page is a
// plain form and works the same.
(function () {
  'use strict';
  var form = document.getElementById('checkin-form');
  if (!form || !window.fetch || !window.localStorage) return;
  var out = document.getElementById('checkin-result');
  var pending = document.getElementById('checkin-pending');
  var key = 'beratungsnetz-checkin:' + form.getAttribute('action');

  function queue() {
    try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { return []; }
  }
  function save(q) { localStorage.setItem(key, JSON.stringify(q)); }
  function showPending() {
    var n = queue().length;
    pending.hidden = n === 0;
    pending.textContent = pending.getAttribute('data-label').replace('%n', String(n));
  }
  function show(kind, message) {
    out.className = 'notice ' + kind;
    out.textContent = '';
    var p = document.createElement('p');
    p.dir = 'auto';
    p.textContent = message;
    out.appendChild(p);
  }
  function counts(c) {
    var rows = document.querySelectorAll('#counts tbody tr');
    rows.forEach(function (row) {
      var id = row.getAttribute('data-session');
      var arrived = c.arrived, confirmed = c.confirmed;
      if (id) {
        var w = (c.workshops || []).find(function (x) { return x[0] === id; });
        arrived = w ? w[2] : 0; confirmed = w ? w[1] : 0;
      }
      row.querySelector('.arrived').textContent = String(arrived);
      row.querySelector('.confirmed').textContent = String(confirmed);
    });
  }
  // Resolves with the server's answer; rejects only when the server was not reached.
  function send(code) {
    var body = new URLSearchParams();
    body.set('csrf', form.elements.csrf.value);
    body.set('code', code);
    return fetch(form.getAttribute('action'), {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (r) {
      if (r.headers.get('content-type') && r.headers.get('content-type').indexOf('json') >= 0) return r.json();
      throw new Error('no answer');
    });
  }
  var flushing = false;
  function flush() {
    if (flushing || !navigator.onLine) return;
    var q = queue();
    if (!q.length) return;
    flushing = true;
    send(q[0]).then(function (answer) {
      save(queue().slice(1));
      show(answer.result, answer.message);
      counts(answer);
      flushing = false;
      showPending();
      flush();
    }, function () { flushing = false; showPending(); });
  }
  function admit(code) {
    code = code.replace(/[\s-]/g, '').toUpperCase();
    if (!code) return;
    send(code).then(function (answer) {
      show(answer.result, answer.message);
      counts(answer);
    }, function () {
      var q = queue();
      q.push(code);
      save(q);
      show('warn', form.getAttribute('data-queued'));
      showPending();
    });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var input = form.elements.code;
    admit(input.value);
    input.value = '';
    input.focus();
  });
  window.addEventListener('online', flush);
  setInterval(function () {
    flush();
    if (!navigator.onLine) return;
    fetch(form.getAttribute('data-counts'), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) { if (c) counts(c); }, function () {});
  }, 10000);
  showPending();
  flush();

  // The camera, where the browser reads QR codes itself.
  var button = document.getElementById('camera');
  var video = document.getElementById('camera-view');
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices) return;
  button.hidden = false;
  var last = '';
  button.addEventListener('click', function () {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      button.hidden = true;
      (function scan() {
        detector.detect(video).then(function (codes) {
          var code = codes.length ? codes[0].rawValue : '';
          if (code && code !== last) { last = code; admit(code); }
          setTimeout(scan, 400);
        }, function () { setTimeout(scan, 1000); });
      })();
    }, function () { button.hidden = true; });
  });
})();
