// Charts. Every trace carries the source of each point in `customdata`, shown on
// hover, so a number on a chart names its source like any other. A chart is drawn
// at once as SVG (svgchart.js) and becomes an interactive Plotly chart once Plotly.js
// (4.8 MB) has loaded, which it does only after the page's first render.

import {clear, plotlyText, replace} from "./dom.js";
import {shortSource} from "./format.js";
import {svgChart} from "./svgchart.js";

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

const PLOTLY_SRC = "/static/vendor/plotly.min.js";
let plotlyLoading = null;
let requestPlotly;
const plotlyRequested = new Promise((resolve) => { requestPlotly = resolve; });
const upgrades = new Set();

/**
 * Load Plotly.js (once) by adding its <script>; resolves to Plotly, or null when it
 * cannot load. The router calls this after a page's first render is on screen, so
 * parsing it never delays the first charts.
 */
export function loadPlotly() {
  if (!plotlyLoading) {
    plotlyLoading = window.Plotly ? Promise.resolve(window.Plotly) : new Promise((resolve) => {
      const tag = document.createElement("script");
      tag.src = PLOTLY_SRC;
      tag.id = "plotly-js";
      tag.async = true;
      tag.addEventListener("load", () => resolve(window.Plotly || null));
      tag.addEventListener("error", () => resolve(null));
      document.head.append(tag);
    });
    requestPlotly(plotlyLoading);
  }
  return plotlyLoading;
}

/**
 * Resolves once Plotly.js has loaded (or failed to) and every chart drawn so far is
 * interactive: true with Plotly, false without.
 */
export function chartsUpgraded() {
  return plotlyRequested
    .then(() => Promise.all([...upgrades]))
    .then(() => !!window.Plotly);
}

/** The SVG drawing, in the chart's place: shown until Plotly takes over, and kept if it never does. */
function preview(node, traces, lay) {
  try {
    replace(node, svgChart(traces, lay, node.clientWidth));
    node.dataset.drawn = "svg";
  } catch (err) {
    console.error("SVG chart", err);  // the Plotly chart still comes
    replace(node, "Loading chart…");
  }
}

function interactive(Plotly, node, traces, lay) {
  if (!node.isConnected) return Promise.resolve(null);
  // keep the chart's height while Plotly replaces the drawing
  node.style.minHeight = `${node.offsetHeight || lay.height || 320}px`;
  clear(node);
  return new Promise((resolve) => { resolve(Plotly.newPlot(node, traces, lay, CONFIG)); }).then(() => {
    node.dataset.drawn = "true";
    node.style.minHeight = "";
    return node;
  }).catch((err) => {
    console.error("Plotly chart", err);
    try { Plotly.purge(node); } catch (_) { /* nothing drawn to remove */ }
    preview(node, traces, lay);
    return null;
  });
}

/**
 * Draw a chart: as SVG at once, then as a Plotly chart when Plotly.js is there
 * (data-drawn="svg", then "true"). Resolves when the chart is on screen; with Plotly
 * already loaded that is the Plotly chart, else the SVG drawing.
 */
export function draw(node, traces, lay) {
  let upgrade;
  if (window.Plotly) {
    upgrade = interactive(window.Plotly, node, traces, lay);
  } else {
    preview(node, traces, lay);
    upgrade = plotlyRequested
      .then((Plotly) => (Plotly ? interactive(Plotly, node, traces, lay) : null));
  }
  upgrades.add(upgrade);
  upgrade.finally(() => upgrades.delete(upgrade));
  return window.Plotly ? upgrade : Promise.resolve(node);
}

/** Source label of each point, from the ids on the point and the series' source list. */
export function pointSources(points, sourceList) {
  const byId = new Map((sourceList || []).map((s) => [s.id, s]));
  return points.map((p) => plotlyText((p.sources || []).map((id) => shortSource(byId.get(id) || {publisher: id})).join("; ")));
}

/**
 * The years of a series whose partner flows cover too little of the national total (the
 * API marks them `thin`); charts leave them blank, a gap in the line.
 */
export function thinYears(series) {
  return new Set((series.concentration || []).filter((c) => c.thin).map((c) => c.year));
}

export function shareTrace(name, points, sourceList, extra = {}, thin = new Set()) {
  return {
    type: "scatter", mode: "lines", name: plotlyText(name),
    x: points.map((p) => p.year), y: points.map((p) => (thin.has(p.year) ? null : p.share)),
    customdata: pointSources(points, sourceList),
    hovertemplate: "%{y:.1%} (source: %{customdata})",
    ...extra,
  };
}

/** USA vs EU27 vs rest of the world as a stacked area of shares. */
export function blocArea(series) {
  const thin = thinYears(series);
  return series.blocs
    .filter((b) => ["USA", "EU27", "other"].includes(b.partner))
    .map((b) => shareTrace(b.partner === "other" ? "rest of the world" : b.partner, b.points, series.sources,
      {stackgroup: "blocs", line: {color: COLORS[b.partner], width: 1}}, thin));
}

export function partnerLines(series) {
  const thin = thinYears(series);
  return series.partners.map((p, i) => shareTrace(`${p.partner} ${p.name}`, p.points, series.sources,
    {line: {color: PALETTE[i % PALETTE.length], width: 1.6}}, thin));
}

export function hhiTrace(series, name = "HHI", extra = {}) {
  const pts = series.concentration;
  const thin = thinYears(series);
  return {
    type: "scatter", mode: "lines", name: plotlyText(name),
    x: pts.map((p) => p.year), y: pts.map((p) => (thin.has(p.year) ? null : p.hhi)),
    customdata: pointSources(pts, series.sources),
    hovertemplate: "HHI %{y:.3f} (source: %{customdata})",
    ...extra,
  };
}

export {PALETTE};
