// The dashboard's router: #/country/CAN, #/compare/CAN/USA, #/scenarios, #/news.
// Each page module exports render(view, params) returning a promise that resolves
// when its charts are drawn (as SVG at first); the body then gets data-ready="<page>".
// Once that is on screen, Plotly.js loads and the charts become interactive; the body
// then gets data-interactive="<page>" (or "<page>:static" if Plotly.js did not load).
// window.__renderedAt and window.__interactiveAt keep the two times (benchmark).

import {el, errorBox, replace} from "./dom.js";
import {forget, getToken, setToken} from "./api.js";
import {chartsUpgraded, loadPlotly} from "./charts.js";

const PAGES = {
  country: () => import("./pages/country.js"),
  compare: () => import("./pages/compare.js"),
  scenarios: () => import("./pages/scenarios.js"),
  news: () => import("./pages/news.js"),
};

function parse(hash) {
  const parts = (hash || "").replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const page = PAGES[parts[0]] ? parts[0] : "country";
  const args = PAGES[parts[0]] ? parts.slice(1) : [];
  if (page === "country" && !args.length) args.push("CAN");
  return {page, args};
}

let current = 0;

/** Resolves after the next frame is painted (or soon, if the tab draws no frames). */
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
}

/** Run `fn` when the main thread is idle (Plotly.js takes a while to parse). */
function whenIdle(fn) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(fn, {timeout: 200});
  else setTimeout(fn, 0);
}

async function upgrade(page, token) {
  await afterPaint();
  if (token !== current) return;
  window.__renderedAt = performance.now();
  whenIdle(loadPlotly);
  const withPlotly = await chartsUpgraded();
  if (token !== current) return;
  document.body.dataset.interactive = withPlotly ? page : `${page}:static`;
  window.__interactiveAt = performance.now();
}

async function route() {
  const view = document.getElementById("view");
  const {page, args} = parse(window.location.hash);
  const token = ++current;
  document.body.dataset.ready = "";
  document.body.dataset.interactive = "";
  document.body.dataset.page = page;
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === page);
  }
  replace(view, el("p", {class: "loading"}, "Loading…"));
  try {
    const mod = await PAGES[page]();
    if (token !== current) return;
    await mod.render(view, args, () => token !== current);
    if (token !== current) return;
    document.body.dataset.ready = page;
  } catch (err) {
    if (token !== current) return;
    replace(view, errorBox(err));
    document.body.dataset.ready = `${page}:error`;
  }
  upgrade(page, token);
}

function setupToken() {
  const form = document.getElementById("token-form");
  const input = document.getElementById("token-input");
  const state = document.getElementById("token-state");
  const show = () => { state.textContent = getToken() ? "saved" : "none"; };
  show();
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setToken(input.value.trim());
    input.value = "";
    forget();
    show();
  });
}

window.addEventListener("hashchange", route);
setupToken();
route();
