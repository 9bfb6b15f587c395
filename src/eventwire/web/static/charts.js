/* Small drawing helpers shared by the pages. Every string goes in as text, never as HTML. */
"use strict";
var EW = (function () {
  var NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function html(tag, attrs, text, parent) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (parent) parent.appendChild(node);
    return node;
  }
  function title(node, text) { svg("title", {}, node).textContent = String(text); return node; }
  function pageData() {
    var block = document.getElementById("page-data");
    return block ? JSON.parse(block.textContent) : {};
  }
  function getJSON(url) {
    return fetch(url, {headers: {"accept": "application/json"}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
        return body;
      });
    });
  }
  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim()) params.set(k, String(v).trim()); });
    return params;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  var QUAD = {1: "#4e9a62", 2: "#1f6f3f", 3: "#e0a030", 4: "#c0392b"};
  function goldColour(g) {
    if (g === null || g === undefined) return "#888";
    var t = Math.max(-1, Math.min(1, g / 10));
    return t < 0 ? "rgb(" + Math.round(160 + 60 * -t) + ",60,50)" : "rgb(40," + Math.round(110 + 60 * t) + ",70)";
  }
  return {svg: svg, html: html, title: title, pageData: pageData, getJSON: getJSON, formQuery: formQuery,
          clear: clear, QUAD: QUAD, goldColour: goldColour};
})();
