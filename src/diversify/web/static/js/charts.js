// Plotly charts. Every trace carries the source of each point in `customdata`,
// shown on hover, so a number on a chart names its source like any other.

import {plotlyText} from "./dom.js";
import {shortSource} from "./format.js";

export const COLORS = {USA: "#1f4e79", EU27: "#f2b01e", other: "#9aa5b1"};
const PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d", "#d35400"];

const CONFIG = {responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"]};

export function layout(title, yTitle, extra = {}) {
  return {
    title: {text: plotlyText(title), font: {size: 14}},
    margin: {l: 52, r: 12, t: 40, b: 36},
    legend: {orientation: "h", y: -0.18},
    yaxis: {title: {text: plotlyText(yTitle)}, automargin: true, ...(extra.yaxis || {})},
    xaxis: {automargin: true, ...(extra.xaxis || {})},
    hovermode: extra.hovermode || "x unified",
    autosize: true,
    height: extra.height || 320,
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "#fff",
    ...(extra.rest || {}),
  };
}

// Plotly.js arrives by an async <script>; charts wait for it, everything else does not.
const plotlyReady = new Promise((resolve) => {
  if (window.Plotly) { resolve(window.Plotly); return; }
  const tag = document.getElementById("plotly-js");
  if (!tag) { resolve(null); return; }
  tag.addEventListener("load", () => resolve(window.Plotly || null));
  tag.addEventListener("error", () => resolve(null));
  // loaded between the check above and the listeners: poll briefly, then give up
  let tries = 0;
  const poll = setInterval(() => {
    if (window.Plotly || ++tries > 600) { clearInterval(poll); resolve(window.Plotly || null); }
  }, 50);
});

/** Draw and resolve when drawn; without Plotly (a blocked asset) say so in the chart's place. */
export function draw(node, traces, lay) {
  return plotlyReady.then((Plotly) => {
    if (!Plotly) {
      node.textContent = "Charts need Plotly.js (/static/vendor/plotly.min.js), which did not load.";
      return null;
    }
    return Plotly.newPlot(node, traces, lay, CONFIG).then(() => {
      node.dataset.drawn = "true";
      return node;
    });
  });
}

/** Source label of each point, from the ids on the point and the series' source list. */
export function pointSources(points, sourceList) {
  const byId = new Map((sourceList || []).map((s) => [s.id, s]));
  return points.map((p) => plotlyText((p.sources || []).map((id) => shortSource(byId.get(id) || {publisher: id})).join("; ")));
}

export function shareTrace(name, points, sourceList, extra = {}) {
  return {
    type: "scatter", mode: "lines", name: plotlyText(name),
    x: points.map((p) => p.year), y: points.map((p) => p.share),
    customdata: pointSources(points, sourceList),
    hovertemplate: "%{y:.1%} (source: %{customdata})",
    ...extra,
  };
}

/** USA vs EU27 vs rest of the world as a stacked area of shares. */
export function blocArea(series) {
  return series.blocs
    .filter((b) => ["USA", "EU27", "other"].includes(b.partner))
    .map((b) => shareTrace(b.partner === "other" ? "rest of the world" : b.partner, b.points, series.sources,
      {stackgroup: "blocs", line: {color: COLORS[b.partner], width: 1}}));
}

export function partnerLines(series) {
  return series.partners.map((p, i) => shareTrace(`${p.partner} ${p.name}`, p.points, series.sources,
    {line: {color: PALETTE[i % PALETTE.length], width: 1.6}}));
}

export function hhiTrace(series, name = "HHI", extra = {}) {
  const pts = series.concentration;
  return {
    type: "scatter", mode: "lines", name: plotlyText(name),
    x: pts.map((p) => p.year), y: pts.map((p) => p.hhi),
    customdata: pointSources(pts, series.sources),
    hovertemplate: "HHI %{y:.3f} (source: %{customdata})",
    ...extra,
  };
}

export {PALETTE};
