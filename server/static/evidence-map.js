// The evidence map's edge details on focus, tap or hover: the entry of the focused edge in the
// list of connections is copied into the panel under the map and marked. Without this script an
// edge's link still leads to that entry.
"use strict";
(function () {
  const panel = document.getElementById("map-detail");
  // Two drawings, wide and narrow (for phones): the page's style shows one.
  const maps = document.querySelectorAll("svg.evidence-map");
  if (!panel || !maps.length) return;
  let current = null;

  function show(link) {
    const entry = document.getElementById(link.getAttribute("data-edge"));
    if (!entry) return;
    if (current) current.classList.remove("current");
    current = entry;
    entry.classList.add("current");
    // The list names the source once above its connections; the panel says it in full.
    const from = entry.parentElement.closest("li.from");
    const source = from ? from.querySelector("a").textContent : "";
    panel.textContent = (source + " " + entry.textContent).replace(/\s+/g, " ").trim();
    panel.hidden = false;
  }

  for (const link of document.querySelectorAll("svg.evidence-map a.edge-link")) {
    link.addEventListener("focus", () => show(link));
    link.addEventListener("mouseenter", () => show(link));
  }
})();
