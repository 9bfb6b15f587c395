/* Map: an equirectangular projection with a graticule and every country's outline (Natural
   Earth 1:110m, shipped with eventwire and served by /api/basemap; no tiles), and the events
   at their places. */
"use strict";
(function () {
  var box = document.getElementById("map"), form = document.getElementById("map-form");
  var detail = document.getElementById("map-detail"), err = document.getElementById("map-error");
  var W = 1000, H = 500;
  function xy(lat, lon) { return [(lon + 180) / 360 * W, (90 - lat) / 180 * H]; }
  var basemap = null;
  function ringPath(ring) {
    return ring.map(function (pt, i) { var p = xy(pt[1], pt[0]); return (i ? "L" : "M") + p[0].toFixed(1) + " " + p[1].toFixed(1); }).join("") + "Z";
  }
  function draw(body) {
    EW.clear(box);
    var chart = EW.svg("svg", {viewBox: "0 0 " + W + " " + H, "class": "svgchart map"}, box);
    EW.svg("rect", {x: 0, y: 0, width: W, height: H, "class": "sea"}, chart);
    for (var lon = -180; lon <= 180; lon += 30) { var a = xy(90, lon), b = xy(-90, lon); EW.svg("line", {x1: a[0], y1: a[1], x2: b[0], y2: b[1], "class": "grat"}, chart); }
    for (var lat = -60; lat <= 60; lat += 30) { var c = xy(lat, -180), d = xy(lat, 180); EW.svg("line", {x1: c[0], y1: c[1], x2: d[0], y2: d[1], "class": "grat"}, chart); }
    basemap.countries.forEach(function (c) {
      var shape = EW.svg("path", {d: c.rings.map(ringPath).join(""), "class": "land"}, chart);
      EW.title(shape, c.name + (c.iso3 ? " (" + c.iso3 + ")" : ""));
    });
    var seen = {};
    body.points.forEach(function (pt) {
      var p = xy(pt.lat, pt.lon), key = Math.round(p[0]) + ":" + Math.round(p[1]);
      seen[key] = (seen[key] || 0) + 1;
      var dot = EW.svg("circle", {cx: p[0], cy: p[1], r: 3 + Math.min(6, seen[key]), fill: EW.QUAD[pt.event.quad_class] || "#555", "class": "event"}, chart);
      EW.title(dot, pt.event.type + " at " + pt.place);
      dot.addEventListener("click", function () {
        EW.clear(detail);
        EW.html("h3", {}, pt.event.type + ": " + pt.event.trigger + " — " + (pt.place || "") + " (" + (pt.country || "") + ")", detail);
        EW.html("p", {"class": "sentence"}, pt.event.sentence, detail);
        EW.html("a", {href: "/articles/" + encodeURIComponent(pt.article_id)}, "evidence in " + (pt.title || pt.article_id), detail);
      });
    });
    EW.html("p", {"class": "hint"}, body.points.length + " events with coordinates.", box);
  }
  function load() {
    err.hidden = true;
    var shapes = basemap ? Promise.resolve(basemap) : EW.getJSON("/api/basemap");
    shapes.then(function (b) { basemap = b; return EW.getJSON("/api/map?" + EW.formQuery(form).toString()); }).then(draw).catch(function (e) {
      err.hidden = false; err.textContent = e.message;
    });
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  load();
})();
