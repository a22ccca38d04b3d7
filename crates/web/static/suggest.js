// Suggestions while typing: fills a <datalist> for inputs marked data-suggest="q|near".
// The forms work without it; nothing is sent anywhere but this site's own API.
(function () {
  'use strict';
  var lang = document.documentElement.getAttribute('lang') || 'de';
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.createElement('datalist');
    list.id = input.id + '-suggestions';
    input.after(list);
    input.setAttribute('list', list.id);
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) return;
        last = q;
        var url = '/api/v1/suggest?field=' + encodeURIComponent(input.dataset.suggest) +
          '&lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q);
        fetch(url, { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.suggestions.forEach(function (s) {
              var option = document.createElement('option');
              option.value = s;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  });
  // The handout's print button: shown only where a script can print.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  // "Near me": the browser's location, rounded to about a hundred metres (enough to
  // find services nearby, and it says less), put in the place field, and the search sent.
  if (navigator.geolocation) {
    document.querySelectorAll('[data-near-me]').forEach(function (button) {
      var input = document.getElementById(button.dataset.nearMe);
      if (!input) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        button.disabled = true;
        navigator.geolocation.getCurrentPosition(function (pos) {
          input.value = pos.coords.latitude.toFixed(3) + ',' + pos.coords.longitude.toFixed(3);
          button.disabled = false;
          if (input.form) input.form.requestSubmit();
        }, function () {
          button.disabled = false;
        }, { timeout: 10000, maximumAge: 600000 });
      });
    });
  }
})();
