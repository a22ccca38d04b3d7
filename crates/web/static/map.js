// The optional map of a results page: a button shows the hits on a map (Leaflet, served
// by this site; tiles from the server the operator configured). The list stays the page.
(function () {
  'use strict';
  var box = document.getElementById('map');
  if (!box || !window.L) return;
  var points = JSON.parse(box.dataset.points || '[]');
  if (!points.length) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.id = 'map-toggle';
  button.setAttribute('aria-controls', 'map');
  button.setAttribute('aria-expanded', 'false');
  button.textContent = box.dataset.show;
  box.before(button);
  var map = null;
  button.addEventListener('click', function () {
    var open = box.hidden;
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? box.dataset.hide : box.dataset.show;
    if (!open || map) return;
    L.Icon.Default.imagePath = '/static/leaflet/images/';
    map = L.map(box);
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 18 }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var link = document.createElement('a');
      link.href = p.href;
      link.textContent = p.name;
      L.marker([p.lat, p.lon], { title: p.name, alt: p.name }).addTo(map).bindPopup(link);
      bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  });
})();
