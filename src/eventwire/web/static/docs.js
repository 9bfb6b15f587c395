/* API docs from /openapi.json: every GET route with a form to try it. */
"use strict";
(function () {
  var box = document.getElementById("api-docs");
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    Object.keys(spec.paths).forEach(function (path) {
      var ops = spec.paths[path];
      Object.keys(ops).forEach(function (method) {
        var op = ops[method];
        var sec = EW.html("section", {"class": "endpoint"}, null, box);
        var h = EW.html("h3", {}, null, sec);
        EW.html("code", {"class": "method"}, method.toUpperCase(), h);
        EW.html("code", {}, " " + path, h);
        EW.html("p", {}, op.summary || "", sec);
        if (method !== "get") return;
        var form = EW.html("form", {"class": "filters"}, null, sec);
        (op.parameters || []).forEach(function (p) {
          var label = EW.html("label", {title: p.description || ""}, p.name + (p.required ? "*" : "") + " ", form);
          EW.html("input", {name: p.name, "data-in": p.in}, null, label);
        });
        EW.html("button", {type: "submit"}, "Try", form);
        var out = EW.html("pre", {"class": "out"}, null, sec);
        form.addEventListener("submit", function (ev) {
          ev.preventDefault();
          var url = path, q = new URLSearchParams();
          Array.prototype.forEach.call(form.querySelectorAll("input"), function (i) {
            if (!i.value) return;
            if (i.getAttribute("data-in") === "path") url = url.replace("{" + i.name + "}", encodeURIComponent(i.value));
            else q.set(i.name, i.value);
          });
          fetch(url + (q.toString() ? "?" + q.toString() : "")).then(function (r) { return r.text(); }).then(function (t) {
            try { out.textContent = JSON.stringify(JSON.parse(t), null, 2).slice(0, 20000); } catch (e) { out.textContent = t.slice(0, 20000); }
          });
        });
      });
    });
  });
})();
