/* Article evidence view: hovering or clicking a highlight shows the records it belongs to. */
"use strict";
(function () {
  var cards = EW.pageData().cards || {};
  var panel = document.getElementById("record");
  var text = document.getElementById("article-text");
  var pinned = null;
  function show(span) {
    EW.clear(panel);
    (span.getAttribute("data-keys") || "").split(" ").forEach(function (key) {
      var card = cards[key];
      if (!card) return;
      var box = EW.html("div", {"class": "card-rec k-" + card.kind, "data-key": key}, null, panel);
      EW.html("h3", {}, card.title, box);
      var dl = EW.html("dl", {}, null, box);
      card.rows.forEach(function (row) { EW.html("dt", {}, row[0], dl); EW.html("dd", {}, row[1], dl); });
      EW.html("p", {"class": "sentence"}, card.sentence, box);
    });
  }
  text.addEventListener("mouseover", function (ev) {
    var span = ev.target.closest(".hl");
    if (span && !pinned) show(span);
  });
  text.addEventListener("click", function (ev) {
    var span = ev.target.closest(".hl");
    if (!span) return;
    if (pinned) pinned.classList.remove("selected");
    pinned = span === pinned ? null : span;
    if (pinned) { pinned.classList.add("selected"); show(pinned); }
  });
  text.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.classList.contains("hl")) ev.target.click();
  });
  Array.prototype.forEach.call(document.querySelectorAll("input.toggle"), function (box) {
    box.addEventListener("change", function () { text.classList.toggle("hide-" + box.value, !box.checked); });
  });
})();
