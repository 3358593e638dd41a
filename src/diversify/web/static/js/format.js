// Numbers for people, and the footnotes that say where each comes from.

import {el} from "./dom.js";

// ids of loaded files (dataset key and hash); other notes cite a text only
const WAREHOUSE_ID = /^[a-z][a-z0-9_]*:[0-9a-f]{12}$/;

export function pct(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return "n/a";
  return `${(100 * x).toFixed(digits)}%`;
}

export function num(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return "n/a";
  return Number(x).toLocaleString("en", {maximumFractionDigits: digits, minimumFractionDigits: digits});
}

const UNIT_LABEL = {
  CAD: "CAD", USD: "US$", USD_millions: "US$ m", USD_thousands: "US$ k", TIV_millions: "TIV m",
  USD_constant: "constant US$", percent: "%",
};

/** An amount with its unit, compact: "CAD 780.8 bn". */
export function amount(x, unit) {
  if (x === null || x === undefined || Number.isNaN(x)) return "n/a";
  const label = UNIT_LABEL[unit] || unit || "";
  let scale = 1;
  if (unit === "USD_millions" || unit === "TIV_millions") scale = 1e6;
  if (unit === "USD_thousands") scale = 1e3;
  if (unit === "TIV_millions") return `${num(x, 0)} ${label}`;
  const v = x * scale;
  const base = unit && unit.startsWith("USD") ? "US$" : (UNIT_LABEL[unit] || unit || "");
  if (Math.abs(v) >= 1e9) return `${base} ${num(v / 1e9, 1)} bn`;
  if (Math.abs(v) >= 1e6) return `${base} ${num(v / 1e6, 1)} m`;
  return `${label} ${num(x, 0)}`;
}

/** Publisher and version only, for chart hovers. */
export function shortSource(s) {
  if (!s) return "unknown";
  return `${s.publisher || s.citation || s.id}${s.version ? ` (${s.version})` : ""}`;
}

export function sourceLabel(s) {
  if (!s) return "source unknown";
  const parts = [s.publisher, s.dataset].filter(Boolean).join(", ");
  const version = s.version ? ` (${s.version})` : "";
  return `${parts || s.citation}${version}`;
}

/**
 * Numbered source notes of one page. ref(sources, year) returns the tooltip text
 * and a superscript link to the note; render() lists the notes.
 */
export class Footnotes {
  constructor(prefix = "src") {
    this.prefix = prefix;
    this.order = [];
    this.byId = new Map();
  }

  number(source) {
    if (!this.byId.has(source.id)) {
      this.order.push(source);
      this.byId.set(source.id, this.order.length);
    }
    return this.byId.get(source.id);
  }

  /** Tooltip text for a figure from `sources` in `year`. */
  title(sources, year) {
    const list = (sources || []).map(sourceLabel).join("; ");
    return `Source: ${list || "unknown"}${year ? `; data year ${year}` : ""}`;
  }

  /** Superscript links [n] to the notes of `sources`. */
  refs(sources) {
    return (sources || []).map((s) => {
      const n = this.number(s);
      return el("a", {class: "src-ref", href: `#${this.prefix}-${n}`, title: sourceLabel(s),
        onclick: (ev) => { ev.preventDefault(); jumpTo(`${this.prefix}-${n}`); }}, `[${n}]`);
    });
  }

  /** A figure with its tooltip and note references. */
  figure(text, sources, year, tag = "span") {
    return el(tag, {title: this.title(sources, year), class: "figure"}, text, ...this.refs(sources));
  }

  render() {
    return el("ol", {class: "sources"}, this.order.map((s, i) => el("li", {id: `${this.prefix}-${i + 1}`},
      `${s.citation}`, s.version ? `, ${s.version}` : "", " ",
      WAREHOUSE_ID.test(s.id) ? el("a", {href: `/api/sources/${encodeURIComponent(s.id)}`, title: "full provenance"},
        el("code", {}, s.id)) : null)));
  }
}

function jumpTo(id) {
  const target = document.getElementById(id);
  if (target) target.scrollIntoView({behavior: "smooth", block: "center"});
}
