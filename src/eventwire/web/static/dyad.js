/* Dyad timeline: QuadClass bars per period and the mean Goldstein line; click a bar to list
   its events with their evidence sentences. */
"use strict";
(function () {
  var d = EW.pageData();
  var box = document.getElementById("timeline");
  var list = document.getElementById("period-events");
  var heading = document.getElementById("period-title");
  var base = "/api/dyads/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b);
  function listEvents(p) {
    heading.textContent = p.period + ": " + p.events + " events";
    EW.clear(list);
    var q = new URLSearchParams({actor: d.a, partner: d.b, since: p.since, until: p.until, limit: "200"});
    EW.getJSON("/api/events?" + q.toString()).then(function (body) {
      body.items.forEach(function (row) {
        var e = row.event;
        var li = EW.html("li", {"class": "q" + (e.quad_class || 0)}, null, list);
        EW.html("b", {}, e.type, li);
        EW.html("span", {}, " " + (e.source.map(function (m) { return m.actor_code || m.name; }).join(", ") || "?") +
                " → " + (e.target.map(function (m) { return m.actor_code || m.name; }).join(", ") || "?") +
                " (" + (e.date && e.date.value ? e.date.value : (row.published || "")) + ", Goldstein " + e.goldstein + ")", li);
        EW.html("p", {"class": "sentence"}, e.sentence.text, li);
        EW.html("a", {href: "/articles/" + encodeURIComponent(row.article_id)}, "evidence in " + (row.title || row.article_id), li);
      });
    }).catch(function (err) { EW.html("li", {"class": "error"}, err.message, list); });
  }
  function draw(t) {
    EW.clear(box);
    var periods = t.periods;
    if (!periods.length) {
      EW.html("p", {"class": "empty"}, "No dated events between " + t.a + " and " + t.b + " (" + t.undated + " undated).", box);
      return;
    }
    var W = 900, H = 260, left = 40, right = 40, bottom = 50, top = 10;
    var max = 1;
    periods.forEach(function (p) { max = Math.max(max, p.events); });
    var step = (W - left - right) / periods.length, bw = Math.max(3, Math.min(48, step - 4));
    var ih = H - bottom - top;
    var chart = EW.svg("svg", {viewBox: "0 0 " + W + " " + H, "class": "svgchart"}, box);
    EW.svg("line", {x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, "class": "axis"}, chart);
    EW.svg("line", {x1: left, y1: top + ih / 2, x2: W - right, y2: top + ih / 2, "class": "zero"}, chart);
    EW.svg("text", {x: 2, y: top + 10, "class": "tick"}, chart).textContent = String(max);
    EW.svg("text", {x: W - right + 4, y: top + 10, "class": "tick"}, chart).textContent = "+10";
    EW.svg("text", {x: W - right + 4, y: H - bottom, "class": "tick"}, chart).textContent = "-10";
    var line = [];
    periods.forEach(function (p, i) {
      var x = left + i * step + (step - bw) / 2, y = H - bottom;
      var g = EW.svg("g", {"class": "period", "data-period": p.period, tabindex: 0}, chart);
      [1, 2, 3, 4].forEach(function (q) {
        var n = p.quad_class[String(q)] || 0;
        if (!n) return;
        var h = n / max * ih;
        y -= h;
        EW.title(EW.svg("rect", {x: x, y: y, width: bw, height: h, fill: EW.QUAD[q], "class": "bar q" + q}, g),
                 p.period + ": " + n + " events in QuadClass " + q);
      });
      var rest = p.events - [1, 2, 3, 4].reduce(function (s, q) { return s + (p.quad_class[String(q)] || 0); }, 0);
      if (rest > 0) {
        var h = rest / max * ih; y -= h;
        EW.svg("rect", {x: x, y: y, width: bw, height: h, fill: "#aaa", "class": "bar q0"}, g);
      }
      EW.svg("rect", {x: left + i * step, y: top, width: step, height: ih, "class": "hit"}, g);
      g.addEventListener("click", function () { listEvents(p); });
      if (periods.length <= 24 || i % Math.ceil(periods.length / 24) === 0) {
        var tx = x + bw / 2, ty = H - bottom + 12;
        EW.svg("text", {x: tx, y: ty, "class": "tick", transform: "rotate(40 " + tx + " " + ty + ")"}, chart).textContent = p.period;
      }
      if (p.mean_goldstein !== null) line.push([x + bw / 2, top + ih / 2 - p.mean_goldstein / 10 * ih / 2, p]);
    });
    if (line.length) {
      EW.svg("polyline", {points: line.map(function (pt) { return pt[0] + "," + pt[1]; }).join(" "), "class": "goldstein"}, chart);
      line.forEach(function (pt) {
        EW.title(EW.svg("circle", {cx: pt[0], cy: pt[1], r: 3, "class": "gdot"}, chart), pt[2].period + ": mean Goldstein " + pt[2].mean_goldstein);
      });
    }
    if (t.undated) EW.html("p", {"class": "hint"}, t.undated + " events without a date are not drawn.", box);
  }
  EW.getJSON(base + "/timeline?interval=" + encodeURIComponent(d.interval)).then(draw).catch(function (err) {
    EW.html("p", {"class": "error"}, err.message, box);
  });
})();
