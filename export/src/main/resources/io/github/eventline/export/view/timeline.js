(function () {
  'use strict';
  var SVG = 'http:' + '//www.w3.org/2000/svg';
  var COLOURS = {
    corroborated: '#1a7f37', uncontested: '#0969da', unverified: '#6e7781',
    contested: '#bc4c00', refuted: '#cf222e', superseded: '#8250df'
  };
  var DAY = 86400, YEAR = 365.2425 * DAY;
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var events = data.events;
  events.forEach(function (e, i) { e.index = i; });
  var symbols = {};
  data.statuses.forEach(function (s) { symbols[s.name] = s.symbol; });
  var svg = document.getElementById('timeline');
  var relationsBox = document.getElementById('relations');
  var info = document.getElementById('view-info');
  var LANE = 22, AXIS = 28, PAD = 8, FONT = '11px system-ui, sans-serif';

  var lo = Infinity, hi = -Infinity;
  events.forEach(function (e) {
    lo = Math.min(lo, e.es);
    hi = Math.max(hi, e.le === null ? e.es : e.le);
  });
  if (!isFinite(lo)) { lo = 0; hi = 1; }
  if (hi <= lo) { hi = lo + DAY; }

  // The axis: time is mapped to a position u by pieces, so that a long empty stretch between the
  // events (over a quarter of the whole span) takes a twentieth of the time drawn, shown as a break.
  var segments = compress();
  function compress() {
    var spans = events.map(function (e) { return [e.es, e.le === null ? e.es : e.le]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var covered = [];
    spans.forEach(function (s) {
      var last = covered[covered.length - 1];
      if (last && s[0] <= last[1]) { last[1] = Math.max(last[1], s[1]); } else { covered.push([s[0], s[1]]); }
    });
    var total = hi - lo, gaps = [], kept = total;
    for (var k = 1; k < covered.length; k++) {
      if (covered[k][0] - covered[k - 1][1] > total / 4) {
        gaps.push(k);
        kept -= covered[k][0] - covered[k - 1][1];
      }
    }
    // A break is as wide as a twentieth of the time drawn, and never wider than the gap itself.
    var pieces = [], u = 0, t = lo;
    gaps.forEach(function (i) {
      var from = covered[i - 1][1], to = covered[i][0], gapWidth = Math.min(to - from, Math.max(kept, DAY) / 20);
      pieces.push({ t0: t, t1: from, u0: u, u1: u + (from - t), gap: false });
      u += from - t;
      pieces.push({ t0: from, t1: to, u0: u, u1: u + gapWidth, gap: true });
      u += gapWidth;
      t = to;
    });
    pieces.push({ t0: t, t1: hi, u0: u, u1: u + (hi - t), gap: false });
    return pieces;
  }
  function toU(t) {
    var s = segments[0];
    if (t <= s.t0) { return s.u0 - (s.t0 - t); }
    for (var i = 0; i < segments.length; i++) {
      s = segments[i];
      if (t <= s.t1) { return s.u0 + (s.t1 === s.t0 ? 0 : (t - s.t0) / (s.t1 - s.t0) * (s.u1 - s.u0)); }
    }
    return s.u1 + (t - s.t1);
  }
  function fromU(u) {
    var s = segments[0];
    if (u <= s.u0) { return s.t0 - (s.u0 - u); }
    for (var i = 0; i < segments.length; i++) {
      s = segments[i];
      if (u <= s.u1) { return s.t0 + (s.u1 === s.u0 ? 0 : (u - s.u0) / (s.u1 - s.u0) * (s.t1 - s.t0)); }
    }
    return s.t1 + (u - s.u1);
  }
  var uHi = segments[segments.length - 1].u1;
  var margin = uHi * 0.02;
  var full = [-margin, uHi + margin];
  var view = full.slice();

  var measure = document.createElement('canvas').getContext('2d');
  measure.font = FONT;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function width() { return svg.clientWidth || 1200; }
  function x(t) { return (toU(t) - view[0]) / (view[1] - view[0]) * width(); }
  function end(e) { return e.le === null ? fromU(full[1]) : e.le; }

  // Ticks: calendar boundaries at one step for the whole view, chosen so that about eight fit; so
  // they are unique, evenly spaced (to the calendar) and labelled at the step's precision.
  var STEPS = [
    [1, 'second'], [15, 'second'], [1, 'minute'], [15, 'minute'], [1, 'hour'], [6, 'hour'],
    [1, 'day'], [2, 'day'], [7, 'day'], [1, 'month'], [3, 'month'], [6, 'month'],
    [1, 'year'], [2, 'year'], [5, 'year'], [10, 'year'], [20, 'year'], [50, 'year'], [100, 'year'],
    [200, 'year'], [500, 'year'], [1000, 'year']];
  var LENGTH = { second: 1, minute: 60, hour: 3600, day: DAY, month: YEAR / 12, year: YEAR };
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function yearText(y) { return y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0'); }
  // Ticks fall on the calendar of the display zone, at its offset in the middle of the timeline.
  var OFFSET = data.axisOffset || 0;
  function floorTo(t, n, unit) {
    return floorUtc(t + OFFSET, n, unit) - OFFSET;
  }
  function next(t, n, unit) {
    return nextUtc(t + OFFSET, n, unit) - OFFSET;
  }
  function floorUtc(t, n, unit) {
    var d = new Date(t * 1000);
    if (unit === 'year') { return Date.UTC(Math.floor(d.getUTCFullYear() / n) * n, 0, 1) / 1000; }
    if (unit === 'month') { return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1) / 1000; }
    return Math.floor(t / (n * LENGTH[unit])) * n * LENGTH[unit];
  }
  function nextUtc(t, n, unit) {
    var d = new Date(t * 1000);
    if (unit === 'year') { return Date.UTC(d.getUTCFullYear() + n, 0, 1) / 1000; }
    if (unit === 'month') { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1) / 1000; }
    return t + n * LENGTH[unit];
  }
  function tickLabel(t, unit) {
    var d = new Date((t + OFFSET) * 1000), y = yearText(d.getUTCFullYear());
    if (unit === 'year') { return y; }
    if (unit === 'month') { return y + '-' + two(d.getUTCMonth() + 1); }
    var day = y + '-' + two(d.getUTCMonth() + 1) + '-' + two(d.getUTCDate());
    if (unit === 'day') { return day; }
    var hm = two(d.getUTCHours()) + ':' + two(d.getUTCMinutes());
    return unit === 'second' ? hm + ':' + two(d.getUTCSeconds()) : day + ' ' + hm;
  }
  function ticks() {
    var shownTime = 0;
    segments.forEach(function (s) {
      if (!s.gap) { shownTime += Math.max(0, Math.min(s.u1, view[1]) - Math.max(s.u0, view[0])); }
    });
    shownTime = Math.max(shownTime, 1);
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (STEPS[i][0] * LENGTH[STEPS[i][1]] >= shownTime / 8) { step = STEPS[i]; break; }
    }
    var out = [], seen = {};
    segments.forEach(function (s) {
      if (s.gap) { return; }
      var a = Math.max(s.t0, fromU(view[0])), b = Math.min(s.t1, fromU(view[1])), found = false;
      if (a > b) { return; }
      for (var t = floorTo(a, step[0], step[1]); t <= b && out.length < 200; t = next(t, step[0], step[1])) {
        var label = tickLabel(t, step[1]);
        var beforeBreak = t >= s.t1 && s !== segments[segments.length - 1];
        if (t >= a && !beforeBreak && !seen[label]) { seen[label] = true; out.push({ t: t, label: label }); found = true; }
      }
      // A stretch between breaks too short for a step boundary still says where it lies.
      var first = floorTo(a, step[0], step[1]), firstLabel = tickLabel(first, step[1]);
      if (!found && !seen[firstLabel]) { seen[firstLabel] = true; out.push({ t: a, label: firstLabel }); }
    });
    return out;
  }

  function axis(height) {
    var g = el('g', { 'class': 'axis' }, svg);
    segments.forEach(function (s) {
      if (s.gap && s.u1 > view[0] && s.u0 < view[1]) {
        var a = x(s.t0), b = x(s.t1), years = (s.t1 - s.t0) / YEAR;
        var br = el('g', { 'class': 'break' }, g);
        el('rect', { x: a, y: 0, width: Math.max(b - a, 1), height: height }, br);
        el('path', { d: 'M' + ((a + b) / 2 - 10) + ',' + (height - 4) + ' l4,-6 l4,12 l4,-12 l4,12 l4,-6' }, br);
        el('title', {}, br).textContent = 'break: ' + (years >= 1 ? Math.round(years) + ' years' :
          Math.round((s.t1 - s.t0) / DAY) + ' days') + ' without events';
      }
    });
    var lastEnd = -Infinity;
    ticks().forEach(function (tick) {
      var px = x(tick.t);
      el('line', { x1: px, x2: px, y1: 0, y2: height }, g);
      var w = measure.measureText(tick.label).width;
      if (px + 3 > lastEnd + 4 && px + 3 + w <= width()) {
        var text = el('text', { x: px + 3, y: 14 }, g);
        text.textContent = tick.label;
        lastEnd = px + 3 + w;
      }
    });
  }

  function visible() {
    return events.filter(function (e) { return end(e) >= fromU(view[0]) && e.es <= fromU(view[1]); });
  }

  function drawDensity(shown) {
    var w = width(), bins = Math.max(1, Math.floor(w / 4)), counts = new Array(bins).fill(0);
    shown.forEach(function (e) {
      var a = Math.max(0, Math.floor(x(e.es) / w * bins));
      var b = Math.min(bins - 1, Math.floor(x(end(e)) / w * bins));
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

  // Lays the shown events out in lanes by what they take on screen, bar and label: each, by its
  // left edge, takes the first lane free there, so that no two labels or bars overlap. A label that
  // would pass the right edge ends at it instead.
  function layout(shown) {
    var w = width(), laneEnds = [], placed = [];
    shown.slice().sort(function (a, b) { return x(a.es) - x(b.es) || a.index - b.index; }).forEach(function (e) {
      var x0 = x(e.es), x1 = Math.max(x(end(e)), x0 + 2);
      var labelWidth = 14 + measure.measureText(e.summary).width;
      var lx = Math.max(x0, 0);
      if (lx + labelWidth > w) { lx = Math.max(0, w - labelWidth - 2); }
      var left = Math.min(Math.max(x0, 0), lx), right = Math.max(Math.min(x1, w), lx + labelWidth) + 6;
      var lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > left) { lane++; }
      laneEnds[lane] = right;
      placed.push({ e: e, lane: lane, x0: x0, x1: x1, lx: lx });
    });
    return { placed: placed, lanes: Math.max(laneEnds.length, 1) };
  }

  function drawEvents(shown) {
    var laid = layout(shown);
    svg.setAttribute('height', AXIS + laid.lanes * LANE + PAD);
    axis(AXIS + laid.lanes * LANE);
    var byId = {};
    laid.placed.forEach(function (p) {
      var e = p.e, y = AXIS + p.lane * LANE + 3, colour = COLOURS[e.status];
      var g = el('g', { 'class': 'event status-' + e.status, 'data-id': e.id }, svg);
      el('rect', { 'class': 'outer', x: p.x0, y: y, width: p.x1 - p.x0, height: LANE - 6, fill: colour }, g);
      if (e.ls !== null && e.ee !== null && e.ls < e.ee) {
        var c0 = x(e.ls), c1 = Math.max(x(e.ee), c0 + 2);
        el('rect', { 'class': 'core', x: c0, y: y + 3, width: c1 - c0, height: LANE - 12, fill: colour }, g);
      }
      var sym = el('text', { 'class': 'symbol', x: p.lx + 2, y: y + 12, fill: colour }, g);
      sym.textContent = symbols[e.status];
      var text = el('text', { 'class': 'label', x: p.lx + 14, y: y + 12 }, g);
      text.textContent = e.summary;
      el('title', {}, g).textContent = e.summary + '\n' + e.when + ' \u00b7 ' + e.statusText
        + (e.values.length ? '\n' + e.values.join('\n') : '')
        + (e.sources.length ? '\n' + e.sources.join('\n') : '');
      g.addEventListener('click', function () { details(e, g); });
      byId[e.index] = { x0: p.x0, x1: p.x1, y: y + (LANE - 6) / 2 };
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
    document.getElementById('details-when').textContent = e.when + ' \u00b7 ' + e.statusText;
    var values = document.getElementById('details-values');
    values.textContent = '';
    e.values.forEach(function (v) {
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
    var u = view[0] + (ev.clientX - rect.left) / width() * (view[1] - view[0]);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, u);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, view: view.slice() }; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (ev) {
    if (drag) {
      var du = (ev.clientX - drag.x) / width() * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - du, drag.view[1] - du];
      draw();
    }
  });
  window.addEventListener('resize', draw);
  draw();
}());
