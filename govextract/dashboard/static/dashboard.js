// Charts from the JSON each page embeds, and the page viewer that shows where a cell was read.
(function () {
  "use strict";
  const palette = ["#1f5fa8", "#e07b39", "#3a9d5d", "#c0392b", "#7d5ba6", "#8c6d31", "#2b9bb0", "#b85c8a", "#6b7a8f"];

  function drawCharts(root) {
    root.querySelectorAll("script.chart-data").forEach(function (el) {
      const spec = JSON.parse(el.textContent);
      const canvas = el.previousElementSibling;
      if (!canvas || canvas.dataset.drawn || !window.Chart || !canvas.offsetParent) return;
      canvas.dataset.drawn = "1";
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, i) {
            return Object.assign({ backgroundColor: palette[i % palette.length] }, d);
          }),
        },
        options: {
          responsive: true, maintainAspectRatio: true, animation: false,
          scales: spec.stacked ? { x: { stacked: true }, y: { stacked: true } } : {},
        },
      });
    });
  }

  function showCell(td) {
    const body = td.closest(".report-body");
    const viewer = body && body.querySelector(".viewer");
    if (!viewer || !td.dataset.src) return;
    body.querySelectorAll("td.selected").forEach(function (c) { c.classList.remove("selected"); });
    td.classList.add("selected");
    const img = viewer.querySelector("img");
    const box = viewer.querySelector(".box");
    const bbox = JSON.parse(td.dataset.bbox);
    viewer.hidden = false;
    viewer.querySelector(".viewer-caption").textContent =
      td.dataset.key + " · 第 " + td.dataset.page + " 页 page " + td.dataset.page;
    function place() {
      // The image is `scale` px per PDF point; the box is placed in percent of it, so it
      // stays on the cell however the image is fitted to the frame.
      const s = parseFloat(img.dataset.scale);
      const pct = function (v, size) { return v * s / size * 100 + "%"; };
      box.style.left = pct(bbox[0], img.naturalWidth);
      box.style.top = pct(bbox[1], img.naturalHeight);
      box.style.width = pct(bbox[2] - bbox[0], img.naturalWidth);
      box.style.height = pct(bbox[3] - bbox[1], img.naturalHeight);
      box.dataset.placed = td.dataset.key;
      box.scrollIntoView({ block: "nearest" });
    }
    if (img.getAttribute("src") === td.dataset.src && img.complete) place();
    else { img.onload = place; img.src = td.dataset.src; }
  }

  document.addEventListener("click", function (e) {
    const td = e.target.closest("td[data-src]");
    if (td) showCell(td);
    if (e.target.closest(".viewer .close")) e.target.closest(".viewer").hidden = true;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.matches("td[data-src]")) showCell(e.target);
  });
  // In the single-file export only the page named in the address is visible: draw it when shown.
  drawCharts(document);
  window.addEventListener("hashchange", function () { drawCharts(document); });
})();
