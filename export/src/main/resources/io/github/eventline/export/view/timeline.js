(function () {
  'use strict';
  var SVG = 'http:' + '//www.w3.org/2000/svg';
  var COLOURS = {
    corroborated: '#1a7f37', uncontested: '#0969da', unverified: '#6e7781',
    contested: '#bc4c00', refuted: '#cf222e', superseded: '#8250df'
  };
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var events = data.events;
  events.forEach(function (e, i) { e.index = i; });
  var symbols = {};
  data.statuses.forEach(function (s) { symbols[s.name] = s.symbol; });
  var svg = document.getElementById('timeline');
  var relationsBox = document.getElementById('relations');
  var info = document.getElementById('view-info');
  var LANE = 22, AXIS = 28, PAD = 8;

  var lo = Infinity, hi = -Infinity;
  events.forEach(function (e) {
    lo = Math.min(lo, e.es);
    hi = Math.max(hi, e.le === null ? e.es : e.le);
  });
  if (!isFinite(lo)) { lo = 0; hi = 1; }
  if (hi <= lo) { hi = lo + 86400; }
  var margin = (hi - lo) * 0.02;
  var full = [lo - margin, hi + margin];
  var view = full.slice();
  var lanes = 0;
  events.forEach(function (e) { lanes = Math.max(lanes, e.lane + 1); });

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function width() { return svg.clientWidth || 1200; }
  function x(t) { return (t - view[0]) / (view[1] - view[0]) * width(); }
  function end(e) { return e.le === null ? full[1] : e.le; }

  function label(t, span) {
    var d = new Date(t * 1000);
    var y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    var ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
    if (span > 3 * 365 * 86400) { return ys; }
    if (span > 60 * 86400) { return ys + '-' + two(m); }
    if (span > 2 * 86400) { return ys + '-' + two(m) + '-' + two(day); }
    return ys + '-' + two(m) + '-' + two(day) + ' ' + two(d.getUTCHours()) + ':' + two(d.getUTCMinutes());
  }

  function axis(height) {
    var g = el('g', { 'class': 'axis' }, svg);
    var span = view[1] - view[0];
    for (var i = 0; i <= 8; i++) {
      var t = view[0] + span * i / 8;
      var px = x(t);
      el('line', { x1: px, x2: px, y1: 0, y2: height }, g);
      var text = el('text', { x: px + 3, y: 14 }, g);
      text.textContent = label(t, span);
    }
  }

  function visible() {
    return events.filter(function (e) { return end(e) >= view[0] && e.es <= view[1]; });
  }

  function drawDensity(shown) {
    var w = width(), bins = Math.max(1, Math.floor(w / 4)), counts = new Array(bins).fill(0);
    var span = view[1] - view[0];
    shown.forEach(function (e) {
      var a = Math.max(0, Math.floor((e.es - view[0]) / span * bins));
      var b = Math.min(bins - 1, Math.floor((end(e) - view[0]) / span * bins));
      for (var i = a; i <= b; i++) { counts[i]++; }
    });
    var max = Math.max.apply(null, counts) || 1, height = 180;
    svg.setAttribute('height', AXIS + height + PAD);
    axis(AXIS + height);
    var g = el('g', { 'class': 'density' }, svg);
    counts.forEach(function (c, i) {
      if (c > 0) {
        var h = c / max * height;
        var r = el('rect', { x: i * w / bins, y: AXIS + height - h, width: w / bins, height: h }, g);
        el('title', {}, r).textContent = c + ' events';
      }
    });
    info.textContent = shown.length + ' events in view: density shown, zoom in to see events';
  }

  function drawEvents(shown) {
    svg.setAttribute('height', AXIS + lanes * LANE + PAD);
    axis(AXIS + lanes * LANE);
    var byId = {};
    shown.forEach(function (e) {
      var y = AXIS + e.lane * LANE + 3, colour = COLOURS[e.status];
      var g = el('g', { 'class': 'event status-' + e.status, 'data-id': e.id }, svg);
      var x0 = x(e.es), x1 = Math.max(x(end(e)), x0 + 2);
      el('rect', { 'class': 'outer', x: x0, y: y, width: x1 - x0, height: LANE - 6, fill: colour }, g);
      if (e.ls !== null && e.ee !== null && e.ls < e.ee) {
        var c0 = x(e.ls), c1 = Math.max(x(e.ee), c0 + 2);
        el('rect', { 'class': 'core', x: c0, y: y + 3, width: c1 - c0, height: LANE - 12, fill: colour }, g);
      }
      var sym = el('text', { 'class': 'symbol', x: Math.max(x0, 0) + 2, y: y + 12, fill: colour }, g);
      sym.textContent = symbols[e.status];
      var text = el('text', { 'class': 'label', x: Math.max(x0, 0) + 14, y: y + 12 }, g);
      text.textContent = e.summary;
      el('title', {}, g).textContent = e.summary + '\n' + e.when + ' \u00b7 ' + e.status
        + (e.values.length ? '\n' + e.values.join('\n') : '')
        + (e.sources.length ? '\n' + e.sources.join('\n') : '');
      g.addEventListener('click', function () { details(e, g); });
      byId[e.index] = { x0: x0, x1: x1, y: y + (LANE - 6) / 2 };
    });
    if (relationsBox.checked) {
      data.relations.forEach(function (r, i) {
        var a = byId[r[0]], b = byId[r[1]];
        if (a && b) {
          var mid = (a.x1 + b.x0) / 2;
          var p = el('path', { 'class': 'relation',
            d: 'M' + a.x1 + ',' + a.y + ' C' + mid + ',' + a.y + ' ' + mid + ',' + b.y + ' ' + b.x0 + ',' + b.y }, svg);
          el('title', {}, p).textContent = events[r[0]].summary + ' \u2192 ' + data.relationLabels[i]
            + ' \u2192 ' + events[r[1]].summary;
        }
      });
    }
    info.textContent = shown.length + ' of ' + events.length + ' events in view';
  }

  function details(e, g) {
    Array.prototype.forEach.call(svg.querySelectorAll('.event.selected'), function (n) {
      n.classList.remove('selected');
    });
    g.classList.add('selected');
    document.getElementById('details').hidden = false;
    document.getElementById('details-title').textContent = symbols[e.status] + ' ' + e.summary;
    document.getElementById('details-when').textContent = e.when + ' \u00b7 ' + e.status;
    var values = document.getElementById('details-values');
    values.textContent = '';
    (e.values || []).forEach(function (v) {
      var li = document.createElement('li');
      li.textContent = v;
      values.appendChild(li);
    });
    var list = document.getElementById('details-sources');
    list.textContent = '';
    e.sources.forEach(function (s) {
      var li = document.createElement('li');
      li.textContent = s;
      list.appendChild(li);
    });
  }

  function draw() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    svg.setAttribute('width', svg.parentNode.clientWidth ? Math.min(svg.parentNode.clientWidth, 4000) : 1200);
    var shown = visible();
    if (shown.length > data.densityThreshold) { drawDensity(shown); } else { drawEvents(shown); }
  }

  function zoom(factor, centre) {
    var c = centre === undefined ? (view[0] + view[1]) / 2 : centre;
    var span = Math.max((view[1] - view[0]) * factor, 1);
    view = [c - (c - view[0]) * span / (view[1] - view[0]), c + (view[1] - c) * span / (view[1] - view[0])];
    draw();
  }

  document.getElementById('zoom-in').addEventListener('click', function () { zoom(0.5); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(2); });
  document.getElementById('zoom-reset').addEventListener('click', function () { view = full.slice(); draw(); });
  relationsBox.addEventListener('change', draw);
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect();
    var t = view[0] + (ev.clientX - rect.left) / width() * (view[1] - view[0]);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, t);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, view: view.slice() }; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (ev) {
    if (drag) {
      var dt = (ev.clientX - drag.x) / width() * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - dt, drag.view[1] - dt];
      draw();
    }
  });
  window.addEventListener('resize', draw);
  draw();
}());
