// Country page: dependency by domain, USA vs EU27 vs rest over time, concentration
// trend, partner table, military expenditure and the sources of every figure.

import {get} from "../api.js";
import {blocArea, COLORS, draw, hhiTrace, layout, partnerLines, pointSources} from "../charts.js";
import {el, plotlyText, replace} from "../dom.js";
import {amount, Footnotes, num, pct, shortSource} from "../format.js";

export const BILATERAL = ["goods_exports", "goods_imports", "energy_exports", "energy_imports",
  "arms_imports", "arms_exports"];

/** Cards of the bilateral domains of a report: top partner, blocs, HHI. */
export function domainCards(report, notes) {
  return Object.entries(report.domains).filter(([name]) => BILATERAL.includes(name)).map(([name, d]) => {
    const b = d.bloc_shares || {};
    const when = d.window ? `${d.window[0]}–${d.window[1]}` : String(d.year);
    return el("div", {class: "card domain", dataset: {domain: name}},
      el("h3", {}, d.label || name, " ", el("span", {class: "muted"}, when)),
      el("div", {class: "kpi"},
        el("div", {class: "fig"}, el("span", {class: "label"}, "top partner"),
          notes.figure(el("b", {class: "top-share"}, `${d.top_partner} ${pct(d.top_share)}`), d.sources, d.year)),
        el("div", {class: "fig"}, el("span", {class: "label"}, "HHI"),
          notes.figure(el("b", {class: "hhi"}, num(d.hhi, 3)), d.sources, d.year)),
        el("div", {class: "fig"}, el("span", {class: "label"}, "effective partners"),
          notes.figure(el("b", {}, num(d.effective_partners, 1)), d.sources, d.year)),
        el("div", {class: "fig"}, el("span", {class: "label"}, "total"),
          notes.figure(el("b", {}, amount(d.total, d.unit)), d.sources, d.year))),
      blocBar(b, notes.title(d.sources, d.year)),
      el("div", {class: "legend"},
        ...["USA", "EU27", "other"].map((g) => el("span", {class: `bloc-${g.toLowerCase()}`, title: notes.title(d.sources, d.year)},
          el("i", {style: `background:${COLORS[g]}`}), `${g === "other" ? "rest" : g} ${pct(b[g])}`))));
  });
}

export function blocBar(shares, title) {
  return el("div", {class: "bar", title, role: "img",
    "aria-label": `USA ${pct(shares.USA)}, EU27 ${pct(shares.EU27)}, rest ${pct(shares.other)}`},
  ...["USA", "EU27", "other"].map((g) => el("span", {class: g.toLowerCase(), style: `width:${(100 * (shares[g] || 0)).toFixed(2)}%`})));
}

function milexCard(d, notes) {
  return el("div", {class: "card domain", dataset: {domain: "military_expenditure"}},
    el("h3", {}, d.label || "Military expenditure"),
    el("div", {class: "kpi"},
      el("div", {class: "fig"}, el("span", {class: "label"}, `share of GDP, ${d.share_of_gdp_year ?? ""}`),
        notes.figure(el("b", {class: "milex-share"}, d.share_of_gdp == null ? "n/a" : `${num(d.share_of_gdp, 2)}%`),
          d.sources, d.share_of_gdp_year)),
      el("div", {class: "fig"}, el("span", {class: "label"}, `constant US$, ${d.constant_usd_year ?? ""}`),
        notes.figure(el("b", {}, amount(d.constant_usd, "USD")), d.sources, d.constant_usd_year)),
      el("div", {class: "fig"}, el("span", {class: "label"}, "gap to NATO 2%"),
        notes.figure(el("b", {}, d.nato_2pct_gap_points == null ? "n/a" : `${num(d.nato_2pct_gap_points, 2)} pts`),
          d.sources, d.share_of_gdp_year))));
}

/** Horizontal stacked bars: each domain's USA / EU27 / rest split in the report year. */
function domainBars(report) {
  const rows = Object.entries(report.domains).filter(([name]) => BILATERAL.includes(name));
  const labels = rows.map(([name, d]) => plotlyText(d.label || name));
  return ["USA", "EU27", "other"].map((g) => ({
    type: "bar", orientation: "h", name: g === "other" ? "rest of the world" : g,
    y: labels, x: rows.map(([, d]) => (d.bloc_shares || {})[g] || 0),
    marker: {color: COLORS[g]},
    customdata: rows.map(([, d]) => plotlyText(`${(d.sources || []).map(shortSource).join("; ")}, ${d.window ? d.window.join("–") : d.year}`)),
    hovertemplate: "%{x:.1%} (source: %{customdata})",
  }));
}

export function partnerTable(d, notes, limit = 15) {
  const title = notes.title(d.sources, d.year);
  return el("div", {class: "table-wrap"}, el("table", {class: "partners"},
    el("thead", {}, el("tr", {}, el("th", {}, "partner"), el("th", {}, `value (${d.unit})`), el("th", {}, "share"))),
    el("tbody", {}, (d.partners || []).slice(0, limit).map((p) => el("tr", {dataset: {partner: p.partner}},
      el("td", {class: "text"}, `${p.partner} `, el("span", {class: "muted"}, p.name || "")),
      el("td", {title}, num(p.value, 0)),
      el("td", {title, class: "share"}, pct(p.share)))))));
}

async function timeCharts(box, iso3, name, notes, stale) {
  replace(box, el("p", {class: "loading"}, "Loading series…"));
  const s = await get(`/series/${iso3}/${name}`);
  if (stale()) return;
  s.sources.forEach((src) => notes.number(src));
  const area = el("div", {class: "chart", id: "chart-blocs"});
  const conc = el("div", {class: "chart", id: "chart-hhi"});
  const parts = el("div", {class: "chart", id: "chart-partners"});
  const unitNote = s.units.length > 1
    ? el("p", {class: "muted"}, `Values change unit over the years (${s.units.join(", ")}) as sources change; shares stay comparable.`)
    : null;
  replace(box, el("div", {class: "grid two"}, el("div", {class: "card"}, area), el("div", {class: "card"}, conc)),
    el("div", {class: "card"}, parts), unitNote,
    el("p", {class: "muted"}, s.window > 1 ? `Each point sums ${s.window} years ending that year.` : "",
      " Sources: ", ...notes.refs(s.sources)));
  await Promise.all([
    draw(area, blocArea(s), layout(`${s.label}: USA vs EU27 vs rest`, "share", {yaxis: {tickformat: ".0%", range: [0, 1]}})),
    draw(conc, [hhiTrace(s)], layout(`${s.label}: concentration (HHI)`, "HHI (0–1)")),
    draw(parts, partnerLines(s), layout(`${s.label}: top partners`, "share", {yaxis: {tickformat: ".0%"}})),
  ]);
}

async function milexChart(node, iso3) {
  const list = await get(`/national/${iso3}`, {indicator: "milex_share_gdp"});
  const s = list.find((x) => x.indicator === "milex_share_gdp");
  if (!s || !s.points.length) { node.textContent = "No SIPRI share-of-GDP series."; return; }
  const pts = s.points;
  await draw(node, [
    {type: "scatter", mode: "lines", name: "share of GDP (%)", x: pts.map((p) => p.year), y: pts.map((p) => p.value),
      customdata: pointSources(pts, s.sources), line: {color: COLORS.USA},
      hovertemplate: "%{y:.2f}% of GDP (source: %{customdata})"},
    {type: "scatter", mode: "lines", name: "NATO 2% guideline", x: [pts[0].year, pts[pts.length - 1].year], y: [2, 2],
      line: {dash: "dot", color: "#b3261e"}, hoverinfo: "skip"},
  ], layout("Military expenditure, % of GDP", "% of GDP"));
}

export async function render(view, args, stale) {
  const iso3 = (args[0] || "CAN").toUpperCase();
  const year = args[1] && /^\d{4}$/.test(args[1]) ? Number(args[1]) : null;
  const [report, countries] = await Promise.all([
    get(`/report/${iso3}`, {year}),
    get("/countries", {limit: 500}),
  ]);
  if (stale()) return;
  const notes = new Footnotes("src");
  const picker = el("select", {id: "country-picker", "aria-label": "country",
    onchange: (ev) => { window.location.hash = `#/country/${ev.target.value}`; }},
  countries.items.some((c) => c.iso3 === iso3) ? null
    : el("option", {value: iso3, selected: true}, `${report.country_name || iso3} (${iso3}), no data`),
  countries.items.map((c) => el("option", {value: c.iso3, selected: c.iso3 === iso3 ? true : null}, `${c.name} (${c.iso3})`)));
  const yearBox = el("input", {id: "year-input", type: "number", min: 1900, max: 2100, value: year ?? "", placeholder: "latest",
    onchange: (ev) => { window.location.hash = `#/country/${iso3}${ev.target.value ? `/${ev.target.value}` : ""}`; }});
  const q = year ? `?year=${year}` : "";
  const bilateral = Object.keys(report.domains).filter((n) => BILATERAL.includes(n));
  let selected = bilateral[0];
  const tabs = el("div", {class: "tabs", role: "group", "aria-label": "domain"});
  const charts = el("div", {id: "time-charts"});
  const tableBox = el("div", {id: "partner-table"});
  const selectDomain = async (name) => {
    selected = name;
    for (const b of tabs.children) b.setAttribute("aria-pressed", String(b.dataset.domain === name));
    replace(tableBox, el("h3", {}, `${report.domains[name].label}: partners, ${report.domains[name].year}`),
      partnerTable(report.domains[name], notes));
    await timeCharts(charts, iso3, name, notes, stale);
    renderNotes();
  };
  bilateral.forEach((name) => tabs.append(el("button", {type: "button", dataset: {domain: name},
    onclick: () => selectDomain(name)}, report.domains[name].label || name)));

  const byDomain = el("div", {class: "chart", id: "chart-domains"});
  const milex = report.domains.military_expenditure;
  const milexNode = el("div", {class: "chart", id: "chart-milex"});
  const notesBox = el("div", {id: "sources"});
  const renderNotes = () => replace(notesBox, notes.render());

  replace(view,
    el("h1", {}, `${report.country_name || iso3} (${report.country})`, " ",
      el("span", {class: "muted", id: "report-year"}, `dependency report, ${report.year ?? "no data"}`)),
    el("div", {class: "controls"},
      el("label", {}, "country", picker), el("label", {}, "year", yearBox),
      el("a", {href: `/api/report/${iso3}${q}`}, "JSON"),
      el("a", {href: `/api/report/${iso3}/html${q}`}, "HTML report"),
      el("a", {href: `/api/report/${iso3}/pdf${q}`}, "PDF report"),
      el("a", {href: `#/compare/${iso3}/${iso3 === "USA" ? "CAN" : "USA"}`}, "compare…")),
    (report.notes || []).length ? el("div", {class: "note", id: "notes"}, el("b", {}, "What is missing or old"),
      el("ul", {}, report.notes.map((n) => el("li", {}, n)))) : null,
    el("h2", {}, "Dependency by domain"),
    el("div", {class: "grid", id: "domain-cards"}, domainCards(report, notes), milex ? milexCard(milex, notes) : null),
    bilateral.length ? el("div", {class: "card"}, byDomain) : null,
    bilateral.length ? el("h2", {}, "Over time") : null, tabs, charts,
    bilateral.length ? el("h2", {}, "Partners") : null, tableBox,
    milex ? el("h2", {}, "Military expenditure") : null, milex ? el("div", {class: "card"}, milexNode) : null,
    el("h2", {}, "Sources"), notesBox);
  window.__contentAt = window.__contentAt || performance.now();  // figures on screen (bench)
  const work = [];
  if (bilateral.length) {
    work.push(draw(byDomain, domainBars(report), layout(`USA vs EU27 vs rest by domain, ${report.year}`, "",
      {xaxis: {tickformat: ".0%", range: [0, 1]}, rest: {barmode: "stack"}, height: 300, hovermode: "y unified"})));
    work.push(selectDomain(selected));
  }
  if (milex) work.push(milexChart(milexNode, iso3));
  renderNotes();
  await Promise.all(work);
  renderNotes();
}
