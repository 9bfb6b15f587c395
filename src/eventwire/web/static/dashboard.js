/* Dashboard: events by PLOVER type per month, stacked bars. */
"use strict";
(function () {
  var rows = EW.pageData().events_by_month || [];
  var box = document.getElementById("type-chart");
  if (!rows.length) { EW.html("p", {}, "No dated events yet.", box); return; }
  var totals = {}, months = [];
  rows.forEach(function (r) {
    totals[r.type] = (totals[r.type] || 0) + r.events;
    if (months.indexOf(r.month) < 0) months.push(r.month);
  });
  months.sort();
  var top = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a]; }).slice(0, 7);
  var palette = ["#3b6ea8", "#c0392b", "#4e9a62", "#e0a030", "#8e5ea2", "#3fa7a0", "#b5651d", "#999"];
  var byMonth = {};
  rows.forEach(function (r) {
    var key = top.indexOf(r.type) >= 0 ? r.type : "other";
    byMonth[r.month] = byMonth[r.month] || {};
    byMonth[r.month][key] = (byMonth[r.month][key] || 0) + r.events;
  });
  var keys = top.concat(["other"]);
  var max = 1;
  months.forEach(function (m) {
    var s = 0; keys.forEach(function (k) { s += byMonth[m][k] || 0; }); max = Math.max(max, s);
  });
  var W = 900, H = 220, left = 36, bottom = 40, bw = Math.max(4, Math.min(40, (W - left) / months.length - 4));
  var chart = EW.svg("svg", {viewBox: "0 0 " + W + " " + (H + 30), "class": "svgchart"}, box);
  EW.svg("line", {x1: left, y1: H - bottom, x2: W, y2: H - bottom, "class": "axis"}, chart);
  EW.svg("text", {x: 4, y: 12, "class": "tick"}, chart).textContent = String(max);
  months.forEach(function (m, i) {
    var x = left + i * (bw + 4), y = H - bottom;
    keys.forEach(function (k, j) {
      var n = byMonth[m][k] || 0;
      if (!n) return;
      var h = n / max * (H - bottom - 10);
      y -= h;
      EW.title(EW.svg("rect", {x: x, y: y, width: bw, height: h, fill: palette[j], "class": "bar"}, chart),
               m + " " + k + ": " + n);
    });
    if (months.length < 30 || i % Math.ceil(months.length / 30) === 0) {
      EW.svg("text", {x: x, y: H - bottom + 12, "class": "tick", transform: "rotate(45 " + x + " " + (H - bottom + 12) + ")"},
             chart).textContent = m;
    }
  });
  var legend = EW.html("p", {"class": "legend"}, null, box);
  keys.forEach(function (k, j) {
    EW.html("span", {"class": "sw"}, "", legend).setAttribute("data-colour", palette[j]);
    EW.html("span", {}, " " + k + " ", legend);
  });
  Array.prototype.forEach.call(legend.querySelectorAll(".sw"), function (s) { s.style.background = s.getAttribute("data-colour"); });
})();
