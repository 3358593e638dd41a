// The dashboard's router: #/country/CAN, #/compare/CAN/USA, #/scenarios, #/news.
// Each page module exports render(view, params) returning a promise that resolves
// when its charts are drawn; the body then gets data-ready="<page>".

import {el, errorBox, replace} from "./dom.js";
import {forget, getToken, setToken} from "./api.js";

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

async function route() {
  const view = document.getElementById("view");
  const {page, args} = parse(window.location.hash);
  const token = ++current;
  document.body.dataset.ready = "";
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
    window.__renderedAt = performance.now();
  } catch (err) {
    if (token !== current) return;
    replace(view, errorBox(err));
    document.body.dataset.ready = `${page}:error`;
  }
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
