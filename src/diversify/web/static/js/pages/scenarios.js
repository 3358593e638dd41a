// Scenario page: pick or edit a scenario, run it, see before and after; stored runs
// and the comparison of two of them.
//   #/scenarios[/example-name]   #/scenarios/run/<id>   #/scenarios/compare/<a>/<b>

import {get, getFresh, post} from "../api.js";
import {draw} from "../charts.js";
import {el, errorBox, plotlyText, replace} from "../dom.js";
import {Footnotes, num} from "../format.js";

const DEFAULT_EXAMPLE = "us_tariff_25_10";

function fmt(v) {
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 10000) return String(v);
  if (typeof v === "number") return Math.abs(v) >= 1000 ? num(v, 0) : num(v, Math.abs(v) < 1 ? 4 : 2);
  if (v === null || v === undefined) return "n/a";
  return String(v);
}

function sourcesNote(run) {
  return run.sources && run.sources.length
    ? `Model result (${run.kind}) from the scenario's stated assumptions and data from: ${run.sources.map((s) => s.publisher).join("; ")}`
    : `Model result (${run.kind}) from the scenario's stated assumptions (see its TOML)`;
}

const cls = (v) => (typeof v === "number" ? null : "text");

function summaryTable(run) {
  const title = sourcesNote(run);
  return el("div", {class: "table-wrap"}, el("table", {id: "run-summary"},
    el("thead", {}, el("tr", {}, el("th", {}, "result"), el("th", {}, "value"))),
    el("tbody", {}, Object.entries(run.summary).map(([k, v]) => el("tr", {dataset: {field: k}},
      el("td", {class: "text"}, k), el("td", {title, class: cls(v)}, fmt(v)))))));
}

const MAX_BAND_ROWS = 40;

function bandsSection(run) {
  const bands = run.bands || [];
  const u = (run.results || {}).uncertainty;
  if (!bands.length || !u) return [];
  const head = `Uncertainty: ${u.draws} draws, seed ${u.seed ?? "replayed draws"}, ${u.failed} failed`
    + (u.feasible_share !== undefined && u.feasible_share !== null ? `, feasible in ${num(100 * u.feasible_share, 0)}%` : "");
  const title = `Band over the trials that solved: median [5th, 95th percentile]; ${sourcesNote(run)}`;
  return [
    el("h3", {}, "Uncertainty bands"),
    el("p", {class: "muted", id: "run-bands-note"}, head,
      bands.length > MAX_BAND_ROWS ? ` (first ${MAX_BAND_ROWS} of ${bands.length} bands; all in the JSON)` : ""),
    el("div", {class: "table-wrap"}, el("table", {id: "run-bands"},
      el("thead", {}, el("tr", {}, ...["item", "quantity", "5%", "median", "95%", "std"].map((h) => el("th", {}, h)))),
      el("tbody", {}, bands.slice(0, MAX_BAND_ROWS).map((r) => el("tr", {dataset: {item: r.item, quantity: r.quantity}},
        el("td", {class: "text"}, r.item), el("td", {class: "text"}, r.quantity),
        ...["p5", "p50", "p95", "std"].map((k) => el("td", {title}, fmt(r[k])))))))),
  ];
}

function overlapNote(c) {
  const bands = c.bands || [];
  if (!bands.length) return null;
  const apart = bands.filter((r) => r.overlap === false);
  return el("p", {class: "muted", id: "compare-bands"},
    `Bands: ${bands.length - apart.length} of ${bands.length} overlap (5-95%)`
    + (apart.length ? `; apart: ${apart.slice(0, 12).map((r) => `${r.item ? `${r.item} ` : ""}${r.quantity}`).join(", ")}${apart.length > 12 ? " …" : ""}` : "."));
}

async function showRun(box, run) {
  const notes = new Footnotes("run");
  (run.sources || []).forEach((s) => notes.number(s));
  const charts = run.figures.map((f) => el("div", {class: "chart", dataset: {figure: f.id}}));
  replace(box,
    el("h2", {}, `Run ${run.id ?? "(not stored)"}: ${run.name}`),
    run.description ? el("p", {class: "muted"}, run.description) : null,
    el("p", {class: "muted"}, `Inputs hash ${run.inputs_hash.slice(0, 16)}… · ${run.created_at || ""}`),
    el("div", {class: "grid two", id: "run-charts"}, charts.map((c) => el("div", {class: "card"}, c))),
    el("p", {class: "muted"}, `Before/after figures: ${sourcesNote(run)}. `, ...notes.refs(run.sources)),
    el("h3", {}, "Summary"), summaryTable(run),
    ...bandsSection(run),
    el("h3", {}, "Sources"), notes.render());
  await Promise.all(run.figures.map((f, i) => {
    const text = ((f.layout.title || {}).text || "").replace(`${run.name}: `, "");
    const lay = {...f.layout, autosize: true, height: f.layout.height || 340,
      title: {...(f.layout.title || {}), text: plotlyText(text), font: {size: 12}}};
    return draw(charts[i], f.data, lay);
  }));
}

async function runsTable(box) {
  const page = await getFresh("/scenarios/runs", {limit: 20});
  if (!page.items.length) { replace(box, el("p", {class: "muted"}, "No stored runs yet.")); return page; }
  const pick = (id) => el("select", {id, "aria-label": id}, page.items.map((r) => el("option", {value: r.id}, `#${r.id} ${r.name}`)));
  const a = pick("compare-run-a");
  const b = pick("compare-run-b");
  if (page.items.length > 1) b.selectedIndex = 1;
  replace(box,
    el("div", {class: "table-wrap"}, el("table", {id: "runs"},
      el("thead", {}, el("tr", {}, el("th", {}, "run"), el("th", {class: "text"}, "scenario"), el("th", {}, "kind"), el("th", {}, "when"))),
      el("tbody", {}, page.items.map((r) => el("tr", {dataset: {run: r.id}},
        el("td", {}, el("a", {href: `#/scenarios/run/${r.id}`}, `#${r.id}`)),
        el("td", {class: "text"}, r.name), el("td", {}, r.kind), el("td", {}, r.created_at || "")))))),
    el("div", {class: "controls"}, el("label", {}, "run A", a), el("label", {}, "run B", b),
      el("button", {type: "button", id: "compare-runs", class: "secondary",
        onclick: () => { window.location.hash = `#/scenarios/compare/${a.value}/${b.value}`; }}, "Compare")));
  return page;
}

async function showCompare(box, a, b) {
  const c = await get("/scenarios/compare", {a, b});
  const notes = new Footnotes("cmp");
  (c.sources || []).forEach((s) => notes.number(s));
  const title = `Model results of runs #${a} and #${b}; data from ${(c.sources || []).map((s) => s.publisher).join("; ") || "the scenarios' assumptions"}`;
  replace(box,
    el("h2", {}, `Run #${a} vs run #${b} (${c.kind})`),
    el("p", {class: "muted"}, c.same_inputs ? "Same inputs." : "Different inputs.", " ", ...notes.refs(c.sources)),
    overlapNote(c),
    el("div", {class: "table-wrap"}, el("table", {id: "compare-summary"},
      el("thead", {}, el("tr", {}, el("th", {}, "result"), el("th", {}, `#${a}`), el("th", {}, `#${b}`), el("th", {}, "difference"))),
      el("tbody", {}, c.summary.map((r) => el("tr", {dataset: {field: r.field}},
        el("td", {class: "text"}, r.field), el("td", {title, class: cls(r.a)}, fmt(r.a)),
        el("td", {title, class: cls(r.b)}, fmt(r.b)),
        el("td", {title, class: "diff"}, r.difference === null ? "" : fmt(r.difference))))))),
    el("h3", {}, "Sources"), notes.render());
}

export async function render(view, args, stale) {
  const examples = await get("/scenarios/examples");
  if (stale()) return;
  const mode = args[0] || "";
  const result = el("div", {id: "scenario-result"});
  const runsBox = el("div", {id: "scenario-runs"});
  const status = el("div", {id: "run-status", role: "status"});
  const chosen = examples.find((e) => e.name === mode) || examples.find((e) => e.name === DEFAULT_EXAMPLE) || examples[0];
  const editor = el("textarea", {id: "scenario-toml", spellcheck: "false", "aria-label": "scenario TOML"});
  const desc = el("p", {class: "muted", id: "scenario-description"});
  let fileName = null;
  const load = async (name) => {
    const ex = await get(`/scenarios/examples/${encodeURIComponent(name)}`);
    editor.value = ex.toml;
    fileName = ex.file_name;
    desc.textContent = `${ex.title} (${ex.kind}). ${ex.description}`;
  };
  const picker = el("select", {id: "scenario-picker", "aria-label": "example scenario",
    onchange: (ev) => load(ev.target.value)},
  examples.map((e) => el("option", {value: e.name, selected: chosen && e.name === chosen.name ? true : null}, `${e.title} (${e.kind})`)));
  const runButton = el("button", {type: "button", id: "run-scenario"}, "Run scenario");
  runButton.addEventListener("click", async () => {
    runButton.disabled = true;
    replace(status, el("p", {class: "loading"}, "Running…"));
    try {
      const run = await post("/scenarios/run", editor.value, "application/toml", fileName ? {file_name: fileName} : {});
      replace(status);
      await showRun(result, run);
      await runsTable(runsBox);
      document.body.dataset.ran = String(run.id);
    } catch (err) {
      replace(status, errorBox(err));
      document.body.dataset.ran = "error";
    } finally {
      runButton.disabled = false;
    }
  });
  replace(view,
    el("h1", {}, "Scenarios"),
    el("div", {class: "grid two"},
      el("section", {class: "card"},
        el("h2", {}, "Pick or edit a scenario"),
        el("div", {class: "controls"}, el("label", {}, "example", picker), runButton),
        desc, editor,
        el("p", {class: "muted"}, "Runs need the API token (top right). Relative file names resolve beside the shipped examples."),
        status),
      el("section", {class: "card"}, el("h2", {}, "Stored runs"), runsBox)),
    result);
  if (chosen) await load(chosen.name);
  await runsTable(runsBox);
  if (stale()) return;
  try {
    if (mode === "run" && args[1]) {
      await showRun(result, await get(`/scenarios/runs/${encodeURIComponent(args[1])}`));
    } else if (mode === "compare" && args[1] && args[2]) {
      await showCompare(result, args[1], args[2]);
    }
  } catch (err) {
    replace(result, errorBox(err));  // the editor and the stored runs stay usable
  }
}
