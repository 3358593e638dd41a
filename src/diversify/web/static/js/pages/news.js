// News page: event timeline, claims with their verdicts beside the data, the pivot
// (dyad) index, and the stored articles. Article text, titles, URLs and publishers
// are untrusted: they go in as text nodes and checked links only.
//   #/news[/<actor>]

import {get, getFresh, post, forget} from "../api.js";
import {draw} from "../charts.js";
import {el, errorBox, replace} from "../dom.js";
import {Footnotes, num} from "../format.js";

const ACTORS = ["CAN", "USA", "EU", "CHN", "MEX", "NATO", "GBR", "FRA", "DEU", "UKR"];

function articleLink(title, url) {
  const label = title || url || "untitled article";
  return url ? el("a", {href: url, rel: "noopener noreferrer nofollow", target: "_blank"}, label) : el("span", {}, label);
}

function claimValue(c) {
  if (c.unit === "percent") return `${num(c.quantity, 1)}%`;
  if (c.unit === "percent_gdp") return `${num(c.quantity, 2)}% of GDP`;
  return `${num(c.quantity, c.quantity % 1 ? 2 : 0)} ${c.unit}`;
}

function dataValue(c) {
  if (c.data_value === null || c.data_value === undefined) return "—";
  const unit = (c.unit === "percent_gdp") ? "% of GDP" : (c.unit === "percent" ? "%" : ` ${c.unit}`);
  return `${num(c.data_value, 1)}${unit}${c.data_year ? ` (${c.data_year})` : ""}`;
}

function claimsTable(claims, notes) {
  return el("div", {class: "table-wrap"}, el("table", {id: "claims"},
    el("thead", {}, el("tr", {}, el("th", {class: "text"}, "the news says"), el("th", {}, "claim"),
      el("th", {}, "verdict"), el("th", {}, "the data say"), el("th", {class: "text"}, "article"))),
    el("tbody", {}, claims.slice().sort((a, b) => (VERDICT_ORDER[a.verdict] ?? 5) - (VERDICT_ORDER[b.verdict] ?? 5)).map((c) => {
      const src = c.data_source ? [{id: `data:${c.data_source}`, citation: c.data_source, publisher: c.data_source}] : [];
      return el("tr", {dataset: {verdict: c.verdict}},
        el("td", {class: "text quote"}, `“${c.text}” `, el("span", {class: "muted"}, c.subject)),
        el("td", {title: `Source: the article${c.published ? `, published ${c.published}` : ""}`}, claimValue(c)),
        el("td", {}, el("span", {class: `verdict ${c.verdict}`, title: c.note || ""}, c.verdict.replace("_", " "))),
        el("td", {class: "data", title: c.data_source ? `Source: ${c.data_source}${c.data_year ? `; data year ${c.data_year}` : ""}` : "no data"},
          dataValue(c), ...notes.refs(src)),
        el("td", {class: "text article"}, articleLink(c.article_title, c.article_url)));
    }))));
}

const VERDICT_ORDER = {contradicted: 0, supported: 1, not_comparable: 2, unverifiable: 3, unchecked: 4};
const TIMELINE_SHOWN = 40;

function timelineList(events) {
  // newest dated events first, undated ones last
  const dated = events.filter((e) => e.date).reverse();
  const ordered = [...dated, ...events.filter((e) => !e.date)];
  const list = el("ol", {class: "articles", id: "timeline"});
  const show = (n) => replace(list, ordered.slice(0, n).map(timelineItem));
  show(TIMELINE_SHOWN);
  const more = ordered.length > TIMELINE_SHOWN
    ? el("button", {type: "button", class: "secondary", id: "timeline-all",
      onclick: (ev) => { show(ordered.length); ev.target.remove(); }}, `Show all ${ordered.length} events`)
    : null;
  return el("div", {}, list, more);
}

function timelineItem(e) {
  return el("li", {dataset: {type: e.type}},
    el("div", {}, el("b", {}, `${e.date || "undated"} · ${e.source} ${e.type} ${e.target || ""}`),
      el("span", {class: "muted", title: "Cooperation (+) or conflict (-), -10..+10"}, ` weight ${e.weight > 0 ? "+" : ""}${e.weight}`)),
    el("div", {class: "text evidence"}, e.evidence),
    el("div", {class: "muted"}, `Source: story ${e.story}, ${e.articles} article${e.articles === 1 ? "" : "s"}`));
}

function articleList(items) {
  return el("ul", {class: "articles", id: "article-list"}, items.map((a) => el("li", {dataset: {article: a.article_id}},
    el("div", {class: "title"}, articleLink(a.title, a.url)),
    el("div", {class: "muted"}, [a.published || "undated", a.source || "", `${a.events} events, ${a.claims} claims`].filter(Boolean).join(" · ")),
    el("div", {class: "text"}, a.text))));
}

function dyadTable(d) {
  const title = `Source: ${d.sources.map((s) => s.citation).join("; ")}`;
  return el("div", {class: "table-wrap"}, el("table", {id: "dyads"},
    el("thead", {}, el("tr", {}, el("th", {}, "pair"), el("th", {}, "months"), el("th", {}, "events"),
      el("th", {}, "cooperative"), el("th", {}, "conflictual"), el("th", {}, "index"))),
    el("tbody", {}, d.totals.map((t) => el("tr", {dataset: {dyad: t.dyad}},
      el("td", {}, t.dyad), el("td", {}, t.month), el("td", {title}, t.events), el("td", {title}, t.cooperative),
      el("td", {title}, t.conflictual), el("td", {title, class: "index"}, `${t.index > 0 ? "+" : ""}${num(t.index, 2)}`))))));
}

function uploadForm(onDone) {
  const file = el("input", {type: "file", id: "news-file", accept: ".jsonl,.ndjson,.html,.htm,.xml,.rss,.atom,.txt"});
  const status = el("div", {id: "upload-status", role: "status"});
  const button = el("button", {type: "submit"}, "Upload articles");
  const form = el("form", {id: "news-upload", class: "controls"}, el("label", {}, "articles (JSONL, HTML, feed, text)", file), button, status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!file.files.length) { replace(status, errorBox("choose a file first")); return; }
    const body = new FormData();
    body.append("file", file.files[0]);
    button.disabled = true;
    try {
      const r = await post("/news/articles", body);
      replace(status, el("span", {class: "muted"}, `${r.articles} added, ${r.skipped} already stored; ${r.events} events, ${r.claims} claims`));
      forget();
      document.body.dataset.uploaded = String(r.articles);
      await onDone();
    } catch (err) {
      replace(status, errorBox(err));
      document.body.dataset.uploaded = "error";
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function render(view, args, stale) {
  const actor = (args[0] || "CAN").toUpperCase();
  const [d, claims, articles] = await Promise.all([
    getFresh(`/news/dyads/${encodeURIComponent(actor)}`),
    getFresh("/news/claims", {limit: 200}),
    getFresh("/news/articles", {limit: 50}),
  ]);
  if (stale()) return;
  const notes = new Footnotes("news");
  d.sources.forEach((s) => notes.number(s));
  const picker = el("select", {id: "actor-picker", "aria-label": "actor",
    onchange: (ev) => { window.location.hash = `#/news/${ev.target.value}`; }},
  [...new Set([actor, ...ACTORS])].map((a) => el("option", {value: a, selected: a === actor ? true : null}, a)));
  const dyadChart = el("div", {class: "chart", id: "chart-dyads"});
  const timelineChart = el("div", {class: "chart", id: "chart-timeline"});
  const counts = claims.items.reduce((acc, c) => ({...acc, [c.verdict]: (acc[c.verdict] || 0) + 1}), {});
  replace(view,
    el("h1", {}, `News: ${actor}`),
    el("div", {class: "controls"}, el("label", {}, "actor", picker)),
    uploadForm(async () => { window.dispatchEvent(new HashChangeEvent("hashchange")); }),
    articles.total === 0 ? el("p", {class: "note"}, "No articles stored yet: upload some (JSONL, HTML, RSS/Atom or text).") : null,
    el("h2", {}, "Pivot index"),
    el("p", {class: "muted"}, "Monthly mean weight of the events between each pair (−10 conflict … +10 cooperation), each event counted once per story.", " ", ...notes.refs(d.sources)),
    el("div", {class: "card"}, dyadChart),
    d.totals.length ? dyadTable(d) : el("p", {class: "muted"}, `No dated events involve ${actor}.`),
    d.undated_events ? el("p", {class: "muted"}, `${d.undated_events} undated events left out.`) : null,
    el("h2", {}, "Event timeline"),
    el("div", {class: "card"}, timelineChart),
    timelineList(d.timeline),
    el("h2", {}, "Claims beside the data"),
    el("p", {class: "muted", id: "verdict-counts"}, Object.entries(counts).map(([k, v]) => `${v} ${k.replace("_", " ")}`).join(" · ") || "no claims"),
    claims.items.length ? claimsTable(claims.items, notes) : null,
    el("h2", {}, `Articles (${articles.total})`),
    articleList(articles.items),
    el("h2", {}, "Sources"), notes.render());
  const work = [];
  if (d.figure.data.length) work.push(draw(dyadChart, d.figure.data, {...d.figure.layout, autosize: true, height: 360, margin: {l: 60, r: 12, t: 40, b: 60}}));
  else dyadChart.textContent = "No dated events to chart.";
  if (d.timeline_figure.data.length) work.push(draw(timelineChart, d.timeline_figure.data, {...d.timeline_figure.layout, autosize: true, height: 340, margin: {l: 60, r: 12, t: 40, b: 50}}));
  else timelineChart.textContent = "No dated events to chart.";
  await Promise.all(work);
}
