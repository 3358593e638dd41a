// Comparison view: two countries side by side, and their trends on shared charts.

import {get} from "../api.js";
import {draw, hhiTrace, layout, PALETTE, shareTrace, thinYears} from "../charts.js";
import {el, replace} from "../dom.js";
import {Footnotes, num, pct} from "../format.js";
import {BILATERAL, domainCards} from "./country.js";

function column(report, notes) {
  const milex = report.domains.military_expenditure;
  return el("section", {class: "card compare-col", dataset: {country: report.country}},
    el("h2", {}, `${report.country_name || report.country} (${report.country})`, " ",
      el("span", {class: "muted"}, String(report.year ?? "no data"))),
    el("div", {class: "grid"}, domainCards(report, notes)),
    milex ? el("p", {class: "milex"}, "Military expenditure: ",
      notes.figure(el("b", {}, milex.share_of_gdp == null ? "n/a" : `${num(milex.share_of_gdp, 2)}% of GDP`),
        milex.sources, milex.share_of_gdp_year)) : null,
    (report.notes || []).length ? el("ul", {class: "muted"}, report.notes.map((n) => el("li", {}, n))) : null);
}

async function trendCharts(box, a, b, name, notes, stale) {
  replace(box, el("p", {class: "loading"}, "Loading series…"));
  const [sa, sb] = await Promise.all([get(`/series/${a}/${name}`), get(`/series/${b}/${name}`)]);
  if (stale()) return;
  [...sa.sources, ...sb.sources].forEach((s) => notes.number(s));
  const usa = el("div", {class: "chart", id: "compare-blocs"});
  const hhi = el("div", {class: "chart", id: "compare-hhi"});
  replace(box, el("div", {class: "grid two"}, el("div", {class: "card"}, usa), el("div", {class: "card"}, hhi)));
  const traces = [];
  [[a, sa, 0], [b, sb, 1]].forEach(([code, s, i]) => {
    const thin = thinYears(s);
    for (const bloc of s.blocs.filter((x) => x.partner === "USA" || x.partner === "EU27")) {
      traces.push(shareTrace(`${code}: ${bloc.partner}`, bloc.points, s.sources,
        {line: {color: PALETTE[i], dash: bloc.partner === "USA" ? "solid" : "dot"}}, thin));
    }
  });
  await Promise.all([
    draw(usa, traces, layout(`${sa.label}: shares of the USA and the EU27`, "share", {yaxis: {tickformat: ".0%"}})),
    draw(hhi, [hhiTrace(sa, `${a} HHI`, {line: {color: PALETTE[0]}}), hhiTrace(sb, `${b} HHI`, {line: {color: PALETTE[1]}})],
      layout(`${sa.label}: concentration (HHI)`, "HHI (0–1)")),
  ]);
}

function summaryTable(ra, rb, notes) {
  const names = BILATERAL.filter((n) => ra.domains[n] || rb.domains[n]);
  const cell = (r, n, f) => {
    const d = r.domains[n];
    return d ? el("td", {title: notes.title(d.sources, d.year)}, f(d)) : el("td", {}, "n/a");
  };
  return el("div", {class: "table-wrap"}, el("table", {id: "compare-table"},
    el("thead", {}, el("tr", {}, el("th", {}, "domain"),
      el("th", {}, `${ra.country} top`), el("th", {}, `${rb.country} top`),
      el("th", {}, `${ra.country} USA`), el("th", {}, `${rb.country} USA`),
      el("th", {}, `${ra.country} HHI`), el("th", {}, `${rb.country} HHI`))),
    el("tbody", {}, names.map((n) => el("tr", {dataset: {domain: n}},
      el("td", {class: "text"}, (ra.domains[n] || rb.domains[n]).label || n),
      cell(ra, n, (d) => `${d.top_partner} ${pct(d.top_share)}`), cell(rb, n, (d) => `${d.top_partner} ${pct(d.top_share)}`),
      cell(ra, n, (d) => pct(d.bloc_shares.USA)), cell(rb, n, (d) => pct(d.bloc_shares.USA)),
      cell(ra, n, (d) => num(d.hhi, 3)), cell(rb, n, (d) => num(d.hhi, 3)))))));
}

export async function render(view, args, stale) {
  const a = (args[0] || "CAN").toUpperCase();
  const b = (args[1] || (a === "USA" ? "CAN" : "USA")).toUpperCase();
  const [ra, rb, countries] = await Promise.all([get(`/report/${a}`), get(`/report/${b}`), get("/countries", {limit: 500})]);
  if (stale()) return;
  const notes = new Footnotes("cmp");
  const picker = (id, value, other, first) => el("select", {id, "aria-label": id,
    onchange: (ev) => {
      window.location.hash = first ? `#/compare/${ev.target.value}/${other}` : `#/compare/${other}/${ev.target.value}`;
    }}, countries.items.map((c) => el("option", {value: c.iso3, selected: c.iso3 === value ? true : null}, `${c.name} (${c.iso3})`)));
  const shared = BILATERAL.filter((n) => ra.domains[n] && rb.domains[n]);
  const tabs = el("div", {class: "tabs", role: "group", "aria-label": "domain"});
  const charts = el("div", {id: "compare-charts"});
  const notesBox = el("div", {id: "sources"});
  const select = async (name) => {
    for (const t of tabs.children) t.setAttribute("aria-pressed", String(t.dataset.domain === name));
    await trendCharts(charts, a, b, name, notes, stale);
    replace(notesBox, notes.render());
  };
  shared.forEach((n) => tabs.append(el("button", {type: "button", dataset: {domain: n}, onclick: () => select(n)},
    ra.domains[n].label || n)));
  const table = summaryTable(ra, rb, notes);
  replace(view,
    el("h1", {}, `${ra.country_name} vs ${rb.country_name}`),
    el("div", {class: "controls"}, el("label", {}, "first", picker("compare-a", a, b, true)),
      el("label", {}, "second", picker("compare-b", b, a, false))),
    table,
    el("div", {class: "compare-cols"}, column(ra, notes), column(rb, notes)),
    shared.length ? el("h2", {}, "Trends") : el("p", {class: "muted"}, "No domain has data for both countries."),
    tabs, charts, el("h2", {}, "Sources"), notesBox);
  replace(notesBox, notes.render());
  if (shared.length) await select(shared[0]);
}
