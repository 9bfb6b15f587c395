/* Actor network: actors on a circle (size: events), dyads as edges (width: events,
   colour: mean Goldstein). */
"use strict";
(function () {
  var box = document.getElementById("network"), form = document.getElementById("net-form");
  var err = document.getElementById("net-error");
  function draw(net) {
    EW.clear(box);
    var nodes = net.nodes.slice(0, 60), W = 900, H = 640, cx = W / 2, cy = H / 2, R = 250;
    if (!nodes.length) { EW.html("p", {}, "No coded dyads match.", box); return; }
    var pos = {}, maxN = 1, maxE = 1;
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / nodes.length - Math.PI / 2;
      pos[n.code] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
      maxN = Math.max(maxN, n.events);
    });
    net.edges.forEach(function (e) { maxE = Math.max(maxE, e.events); });
    var chart = EW.svg("svg", {viewBox: "0 0 " + W + " " + H, "class": "svgchart"}, box);
    net.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      EW.title(EW.svg("line", {x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: EW.goldColour(e.mean_goldstein),
                               "stroke-width": 1 + 7 * e.events / maxE, "class": "edge"}, chart),
               e.source + " → " + e.target + ": " + e.events + " events, mean Goldstein " + e.mean_goldstein);
    });
    nodes.forEach(function (n) {
      var p = pos[n.code];
      var g = EW.svg("g", {"class": "node"}, chart);
      EW.title(EW.svg("circle", {cx: p[0], cy: p[1], r: 5 + 15 * Math.sqrt(n.events / maxN)}, g),
               (n.name || n.code) + ": " + n.events + " events");
      var label = EW.svg("text", {x: p[0], y: p[1] - 22, "text-anchor": "middle", "class": "label"}, g);
      label.textContent = n.code;
    });
    if (net.truncated) EW.html("p", {"class": "hint"}, "Drawn from the first " + net.events_read + " events; narrow the dates to see the rest.", box);
  }
  function load() {
    err.hidden = true;
    EW.getJSON("/api/network?" + EW.formQuery(form).toString()).then(draw).catch(function (e) {
      err.hidden = false; err.textContent = e.message;
    });
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  load();
})();
