// Static SVG charts from the same traces and layout the dashboard gives Plotly: lines,
// stacked areas, bands, markers, vertical and horizontal (grouped or stacked) bars.
// They are drawn at once, without Plotly.js, and stay when it cannot load. Hover
// titles (<title>) carry the text of Plotly's hover, so every number names its source.
// Labels go in as text nodes only; Plotly-escaped strings are unescaped for that.

const NS = "http://www.w3.org/2000/svg";
// Plotly's default colours, so a chart keeps its colours when Plotly takes over
const COLORWAY = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
  "#7f7f7f", "#bcbd22", "#17becf"];
const CHAR = 6.3;  // rough width of a character at 11px, for margins and the legend
const DASH = {dot: "2 3", dash: "6 4", longdash: "10 4", dashdot: "6 3 2 3"};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = 864e5;
const STACKED_BARS = ["stack", "relative"];

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

const title = (text) => svg("title", {}, text);

/** Plain text of a Plotly label: <br> as a new line, other tags dropped, entities decoded. */
export function plain(s) {
  return String(s ?? "").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"")
    .replace(/&#x?0*27;/gi, "'").replace(/&amp;/g, "&");
}

const at = (v, i) => (Array.isArray(v) ? v[i] : v);
const num = (v) => (v === null || v === undefined || v === "" || !Number.isFinite(Number(v)) ? null : Number(v));

/** A number in a d3-format spec of the kind the dashboard uses: ".1%", "+.2f", ".3f", ",.0f". */
export function formatNumber(v, spec = "") {
  const x = num(v);
  if (x === null) return String(v ?? "");
  const m = /^([+-])?(,)?(?:\.(\d+))?([%f])?$/.exec(spec);
  if (!m) return String(x);
  const digits = m[3] === undefined ? (m[4] ? 6 : null) : Number(m[3]);
  const scaled = m[4] === "%" ? 100 * x : x;
  let out = digits === null ? String(scaled)
    : scaled.toLocaleString("en", {minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: !!m[2]});
  if (m[1] === "+" && scaled >= 0) out = `+${out}`;
  return m[4] === "%" ? `${out}%` : out;
}

const compact = new Intl.NumberFormat("en", {notation: "compact", maximumFractionDigits: 2});

/**
 * The hover text of point i from the trace's hovertemplate, as Plotly shows it:
 * {body, name}, or null for a trace without hover.
 */
export function hoverText(tr, i, percent = false) {
  if (tr.hoverinfo === "skip" || tr.hoverinfo === "none") return null;
  const field = (key, spec) => {
    const v = {x: at(tr.x, i), y: at(tr.y, i), customdata: at(tr.customdata, i), text: at(tr.text, i),
      "fullData.name": tr.name}[key];
    return spec ? formatNumber(v, spec) : String(v ?? "");
  };
  const fill = (s) => plain(s.replace(/%\{([^}:]+)(?::([^}]*))?\}/g, (_, key, spec) => field(key, spec)));
  if (!tr.hovertemplate) {
    const v = num(at(tr.orientation === "h" ? tr.x : tr.y, i));
    return {body: percent ? formatNumber(v, ".1%") : compact.format(v), name: plain(tr.name)};
  }
  let extra = null;
  const body = tr.hovertemplate.replace(/<extra>([\s\S]*?)<\/extra>/, (_, e) => { extra = e; return ""; });
  return {body: fill(body), name: extra === null ? plain(tr.name) : fill(extra)};
}

/** About n round tick values from lo to hi, the first at or below lo and the last at or above hi. */
export function niceTicks(lo, hi, n = 5) {
  if (!(hi > lo)) hi = lo + (Math.abs(lo) || 1);
  const raw = (hi - lo) / Math.max(n, 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw * (1 - 1e-9));
  const ticks = [];
  for (let t = Math.floor(lo / step + 1e-9) * step; ; t += step) {
    ticks.push(Number(t.toPrecision(12)));
    if (t >= hi - step * 1e-9) break;
  }
  return {ticks, step};
}

function tickLabel(v, step, percent) {
  if (percent) {
    const d = Math.max(0, Math.ceil(-Math.log10(step * 100) - 1e-9));
    return `${(100 * v).toFixed(d)}%`;
  }
  for (const [size, suffix] of [[1e9, "B"], [1e6, "M"], [1e3, "k"]]) {
    if (Math.abs(step) >= size) return `${Number((v / size).toPrecision(6))}${suffix}`;
  }
  const d = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return v.toFixed(Math.min(d, 6));
}

/** Month (or day, or year) ticks over a span of dates in ms. */
function dateTicks(t0, t1, n) {
  const span = (t1 - t0) / DAY;
  const ticks = [];
  if (span <= 45) {
    const step = [1, 2, 5, 7, 14].find((s) => span / s <= n) || 14;
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) ticks.push(t);
    return ticks.map((t) => [t, `${MONTHS[new Date(t).getUTCMonth()]} ${new Date(t).getUTCDate()}`]);
  }
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => span / 30.44 / s <= n) || 240;
  const d = new Date(t0);
  let m = Math.ceil((d.getUTCFullYear() * 12 + d.getUTCMonth() + (d.getUTCDate() > 1 ? 1 : 0)) / step) * step;
  for (; Date.UTC(Math.floor(m / 12), m % 12, 1) <= t1; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    ticks.push([t, step >= 12 ? String(Math.floor(m / 12)) : `${MONTHS[m % 12]} ${Math.floor(m / 12)}`]);
  }
  return ticks;
}

const DATE = /^\d{4}-\d{2}(-\d{2})?([ T][\d:.]+)?$/;

/** How the base axis (x, or y for horizontal bars) places its values: number, date or category. */
function baseScale(traces, axis) {
  const values = traces.flatMap((t) => t.base);
  const type = axis.type && axis.type !== "-" ? axis.type
    : traces.some((t) => t.kind === "bar") ? "category"
      : values.every((v) => typeof v === "number") ? "linear"
        : values.every((v) => DATE.test(String(v))) ? "date" : "category";
  if (type === "category") {
    const cats = [...new Set(values.map(String))];
    return {type, cats, pos: (v) => cats.indexOf(String(v)), lo: -0.5, hi: cats.length - 0.5};
  }
  const pos = type === "date" ? (v) => Date.parse(String(v).length === 7 ? `${v}-01` : v) : Number;
  const ps = values.map(pos).filter(Number.isFinite);
  const [lo, hi] = [Math.min(...ps), Math.max(...ps)];
  const pad = hi > lo ? 0 : type === "date" ? DAY : 1;  // a single value sits in the middle
  return {type, pos, lo: lo - pad, hi: hi + pad};
}

/**
 * Traces as series of points {base, lo, hi, tip, source}: a bar or an area spans lo..hi
 * on the value axis (stacks accumulated), a point of a line is at hi.
 */
function series(traces, layout, percent) {
  const stacks = new Map();
  return traces.map((tr, i) => {
    const kind = tr.type === "bar" ? "bar" : "scatter";
    const horizontal = kind === "bar" && tr.orientation === "h";
    const base = (horizontal ? tr.y : tr.x) || [];
    const values = ((horizontal ? tr.x : tr.y) || []).map(num);
    const line = tr.line || {};
    const color = line.color || (typeof (tr.marker || {}).color === "string" && tr.marker.color)
      || COLORWAY[i % COLORWAY.length];
    const group = kind === "bar" ? (STACKED_BARS.includes(layout.barmode) ? "bars" : null) : tr.stackgroup;
    if (group && !stacks.has(group)) stacks.set(group, new Map());
    const points = base.map((b, j) => {
      const v = values[j];
      if (v === null) return null;
      let lo = kind === "bar" ? 0 : v;
      let hi = v;
      if (group) {
        const key = `${String(b)}|${v < 0 ? "-" : "+"}`;
        lo = stacks.get(group).get(key) || 0;
        hi = lo + v;
        stacks.get(group).set(key, hi);
      }
      // an error bar (Plotly's error_y: array above, arrayminus below) around the bar's end
      const err = tr.error_y || {};
      const up = num(at(err.array, j));
      const down = num(at(err.arrayminus || err.array, j));
      const whisker = up === null && down === null ? null : {lo: hi - (down || 0), hi: hi + (up || 0)};
      return {base: b, lo, hi, whisker, tip: hoverText(tr, j, percent), source: at(tr.customdata, j)};
    });
    const mode = tr.mode || "lines";
    return {tr, kind, horizontal, points, color, name: plain(tr.name), dash: DASH[line.dash] || null,
      stacked: !!group && kind !== "bar",
      lines: kind === "scatter" && mode.includes("lines") && (line.width ?? 2) > 0,
      markers: kind === "scatter" && mode.includes("markers"),
      fill: kind === "scatter" && (group || tr.fill === "tonexty") ? (tr.fillcolor || color) : null,
      legend: tr.showlegend !== false && !!tr.name};
  });
}

/** A series' name with the sources of its points, for the title of its line and legend entry. */
function sourcesOf(s) {
  const list = [...new Set(s.points.filter((p) => p && p.source).map((p) => plain(p.source)))];
  return list.length ? `${s.name} (source: ${list.join("; ")})` : s.name;
}

const textOf = (t) => plain(t && typeof t === "object" ? t.text : t);
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const f1 = (x) => x.toFixed(1);

/** Legend entries in rows that fit the width: [[series, x offset, width], ...]. */
function legendRows(entries, width) {
  const rows = [];
  let row = [];
  let used = 0;
  for (const s of entries) {
    const w = 36 + CHAR * Math.min(s.name.length, 40);
    if (row.length && used + w > width - 16) { rows.push(row); row = []; used = 0; }
    row.push([s, used, w]);
    used += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

/**
 * An <svg> drawing of a Plotly chart.
 *
 * @param {object[]} traces  Plotly traces: scatter (lines, markers, stackgroup, fill
 *                           "tonexty") and bar (vertical or horizontal)
 * @param {object} layout    Plotly layout: title, height, xaxis/yaxis (title, range, type,
 *                           tickformat), barmode, hovermode, showlegend
 * @param {number} width     width in px; the drawing then scales with its box
 */
export function svgChart(traces, layout = {}, width = 640) {
  const W = Math.max(Math.round(width) || 640, 240);
  const H = layout.height || 320;
  const horizontal = traces.some((t) => t.type === "bar" && t.orientation === "h");
  const baseAxis = (horizontal ? layout.yaxis : layout.xaxis) || {};
  const valueAxis = (horizontal ? layout.xaxis : layout.yaxis) || {};
  // percent ticks on a share axis: its tick format says so, or every hover shows a percentage
  const percent = /%/.test(valueAxis.tickformat || "")
    || (!valueAxis.tickformat && traces.every((t) => /%\{[xy]:[^}]*%\}/.test(t.hovertemplate || "")));
  const all = series(traces, layout, percent);
  const head = textOf(layout.title);
  const root = svg("svg", {class: "sc", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img",
    "aria-label": head || "chart", "font-size": 11}, title(head || "chart"));
  if (head) root.append(svg("text", {x: W / 2, y: 18, "text-anchor": "middle", class: "sc-title"}, head));
  const points = all.flatMap((s) => s.points.filter(Boolean));
  if (!points.length) {
    root.append(svg("text", {x: W / 2, y: H / 2, "text-anchor": "middle", class: "sc-muted"}, "no data"));
    return root;
  }

  // the value axis: the layout's range, or round ticks around the data (from 0 for bars and areas)
  let lo = Math.min(...points.map((p) => Math.min(p.lo, p.hi, p.whisker ? p.whisker.lo : Infinity)));
  let hi = Math.max(...points.map((p) => Math.max(p.lo, p.hi, p.whisker ? p.whisker.hi : -Infinity)));
  if (all.some((s) => s.kind === "bar" || s.stacked)) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
  const range = Array.isArray(valueAxis.range) && valueAxis.range.length === 2 ? valueAxis.range.map(Number) : null;
  const vt = niceTicks(...(range || [lo, hi]), 5);
  const [v0, v1] = range || [vt.ticks[0], vt.ticks[vt.ticks.length - 1]];
  const valueTicks = vt.ticks.filter((t) => t >= v0 - 1e-9 && t <= v1 + 1e-9).map((t) => [t, tickLabel(t, vt.step, percent)]);
  const scale = baseScale(all.map((s) => ({kind: s.kind, base: s.points.filter(Boolean).map((p) => p.base)})), baseAxis);

  // margins: tick labels and axis title on the left; labels, axis title and legend below
  const rows = layout.showlegend ?? all.filter((s) => s.legend).length > 1
    ? legendRows(all.filter((s) => s.legend), W) : [];
  const leftTitle = textOf((horizontal ? baseAxis : valueAxis).title);
  const lowTitle = textOf((horizontal ? valueAxis : baseAxis).title);
  const leftLabels = horizontal ? scale.cats.map((c) => cut(plain(c), 28)) : valueTicks.map(([, l]) => l);
  const L = Math.round((leftTitle ? 18 : 0) + 10 + CHAR * Math.max(...leftLabels.map((l) => l.length), 1));
  const T = head ? 34 : 12;
  const B = 22 + (lowTitle ? 16 : 0) + rows.length * 17 + (rows.length ? 6 : 0);
  const R = 20;  // room for half a tick label at the right end
  const f = {W, H, L, T, pw: Math.max(W - L - R, 40), ph: Math.max(H - T - B, 40), horizontal, scale,
    layout, percent, leftTitle, lowTitle, valueTicks};
  f.onBase = (v) => (horizontal ? T + (1 - (v - scale.lo) / (scale.hi - scale.lo)) * f.ph
    : L + (v - scale.lo) / (scale.hi - scale.lo) * f.pw);
  f.onValue = (v) => (horizontal ? L + (v - v0) / (v1 - v0) * f.pw : T + (1 - (v - v0) / (v1 - v0)) * f.ph);
  f.xy = (b, v) => (horizontal ? [f.onValue(v), f.onBase(b)] : [f.onBase(b), f.onValue(v)]);
  f.pos = (p) => scale.pos(p.base);
  f.baseLabel = (v) => (scale.type === "category" ? plain(v) : String(v));

  root.append(axes(f, v0), plot(f, all), hoverTargets(f, all), legend(f, rows));
  return root;
}

/** Grid lines, tick labels and axis titles. */
function axes(f, v0) {
  const {L, T, pw, ph, horizontal, scale} = f;
  const g = svg("g", {class: "sc-axes"});
  // labels along the value axis, and the base axis (left for horizontal bars, else below)
  const valueLabel = (p, label) => (horizontal ? svg("text", {x: f1(p), y: T + ph + 15, "text-anchor": "middle"}, label)
    : svg("text", {x: L - 6, y: f1(p + 4), "text-anchor": "end"}, label));
  const baseLabel = (p, label) => (horizontal ? svg("text", {x: L - 6, y: f1(p + 4), "text-anchor": "end"}, label)
    : svg("text", {x: f1(p), y: T + ph + 15, "text-anchor": "middle"}, label));
  for (const [t, label] of f.valueTicks) {
    const p = f.onValue(t);
    const cls = Math.abs(t) < 1e-12 && v0 < 0 ? "sc-zero" : "sc-grid";
    g.append(horizontal ? svg("line", {x1: f1(p), x2: f1(p), y1: T, y2: T + ph, class: cls})
      : svg("line", {x1: L, x2: L + pw, y1: f1(p), y2: f1(p), class: cls}), valueLabel(p, label));
  }
  let ticks;
  if (scale.type === "category") {
    const labels = scale.cats.map((c) => cut(plain(c), 28));
    const room = horizontal ? ph / 14 : pw / (CHAR * Math.max(...labels.map((l) => l.length)) + 8);
    const every = Math.max(1, Math.ceil(labels.length / Math.max(room, 1)));
    ticks = labels.map((l, i) => [i, l]).filter(([i]) => i % every === 0);
  } else if (scale.type === "date") {
    ticks = dateTicks(scale.lo, scale.hi, Math.max(2, Math.floor(pw / 90)));
  } else {
    const bt = niceTicks(scale.lo, scale.hi, Math.max(2, Math.floor(pw / 55)));
    ticks = bt.ticks.filter((t) => t >= scale.lo - 1e-9 && t <= scale.hi + 1e-9).map((t) => [t, tickLabel(t, bt.step, false)]);
  }
  for (const [t, label] of ticks) g.append(baseLabel(f.onBase(t), label));
  g.append(horizontal ? svg("line", {x1: L, x2: L, y1: T, y2: T + ph, class: "sc-axis"})
    : svg("line", {x1: L, x2: L + pw, y1: T + ph, y2: T + ph, class: "sc-axis"}));
  if (f.leftTitle) {
    const y = f1(T + ph / 2);
    g.append(svg("text", {x: 12, y, "text-anchor": "middle", transform: `rotate(-90 12 ${y})`, class: "sc-muted"},
      f.leftTitle));
  }
  if (f.lowTitle) {
    g.append(svg("text", {x: L + pw / 2, y: T + ph + 31, "text-anchor": "middle", class: "sc-muted"}, f.lowTitle));
  }
  return g;
}

/** The data: bars, filled areas and bands, lines, markers. */
function plot(f, all) {
  const g = svg("g", {class: "sc-plot"});
  const bars = all.filter((s) => s.kind === "bar");
  const stacked = STACKED_BARS.includes(f.layout.barmode);
  const band = (f.horizontal ? f.ph : f.pw) / Math.max(f.scale.cats ? f.scale.cats.length : 1, 1);
  const barWidth = 0.8 * band / (stacked ? 1 : Math.max(bars.length, 1));
  let previous = [];
  for (const s of all) {
    const pts = s.points.filter((p) => p && Number.isFinite(f.pos(p)));
    if (s.kind === "bar") {
      // side by side within a category, or one on top of the other
      const offset = stacked ? -barWidth / 2 : -0.4 * band + bars.indexOf(s) * barWidth;
      for (const p of pts) {
        const c = f.onBase(f.pos(p)) + (f.horizontal ? -offset - barWidth : offset);
        const [a, b] = [f.onValue(p.lo), f.onValue(p.hi)].sort((m, n) => m - n);
        g.append(svg("rect", f.horizontal
          ? {x: f1(a), y: f1(c), width: f1(b - a), height: f1(barWidth), fill: s.color}
          : {x: f1(c), y: f1(a), width: f1(barWidth), height: f1(b - a), fill: s.color},
        p.tip ? title(`${p.tip.name ? `${p.tip.name}, ` : ""}${f.baseLabel(p.base)}: ${p.tip.body}`) : null));
        if (p.whisker) {
          const [w0, w1] = [f.onValue(p.whisker.lo), f.onValue(p.whisker.hi)];
          const mid = c + barWidth / 2;
          const stroke = {stroke: (s.tr.error_y || {}).color || "#52606d", "stroke-width": 1.2, class: "sc-whisker"};
          const seg = (x1, y1, x2, y2) => g.append(svg("line", f.horizontal
            ? {x1: f1(y1), y1: f1(x1), x2: f1(y2), y2: f1(x2), ...stroke}
            : {x1: f1(x1), y1: f1(y1), x2: f1(x2), y2: f1(y2), ...stroke}));
          seg(mid, w0, mid, w1);
          seg(mid - 3, w0, mid + 3, w0);
          seg(mid - 3, w1, mid + 3, w1);
        }
      }
      continue;
    }
    const line = pts.map((p) => f.xy(f.pos(p), p.hi));
    if (s.fill) {
      // a stacked area down to the one below it; a band down to the previous trace
      const under = s.stacked ? pts.map((p) => f.xy(f.pos(p), p.lo)) : previous.map((p) => f.xy(f.pos(p), p.hi));
      if (line.length && under.length) {
        g.append(svg("polygon", {points: [...line, ...under.reverse()].map((q) => q.map(f1).join(",")).join(" "),
          fill: s.fill, "fill-opacity": s.tr.fillcolor ? 1 : 0.5}));
      }
    }
    if (s.lines) {
      // a gap where a value is missing, as Plotly draws it
      const d = s.points.map((p) => (p && Number.isFinite(f.pos(p)) ? f.xy(f.pos(p), p.hi) : null))
        .map((q, j, qs) => (q ? `${j && qs[j - 1] ? "L" : "M"}${f1(q[0])},${f1(q[1])}` : "")).join("");
      g.append(svg("path", {d, fill: "none", stroke: s.color, "stroke-width": (s.tr.line || {}).width ?? 2,
        "stroke-dasharray": s.dash, class: "sc-line"}, title(sourcesOf(s))));
    }
    if (s.markers) {
      pts.forEach((p, j) => {
        const size = num(at((s.tr.marker || {}).size, s.points.indexOf(p))) ?? 6;
        g.append(svg("circle", {cx: f1(line[j][0]), cy: f1(line[j][1]), r: size / 2, fill: s.color, "fill-opacity": 0.8},
          p.tip ? title(`${p.tip.name ? `${p.tip.name}\n` : ""}${p.tip.body}`) : null));
      });
    }
    previous = pts;
  }
  return g;
}

/**
 * Hover targets of lines (bars and markers carry their own titles): with "unified" hover
 * one column per x listing every series there, as Plotly's hover box does; else each point.
 */
function hoverTargets(f, all) {
  const g = svg("g", {class: "sc-hover"});
  const lines = all.filter((s) => s.kind === "scatter" && !s.markers && s.points.some((p) => p && p.tip));
  if (lines.length && /unified/.test(f.layout.hovermode || "") && !f.horizontal) {
    const xs = [...new Set(lines.flatMap((s) => s.points.filter(Boolean).map(f.pos)))].sort((a, b) => a - b);
    const edge = (j) => (j <= 0 ? f.L : j >= xs.length ? f.L + f.pw : (f.onBase(xs[j - 1]) + f.onBase(xs[j])) / 2);
    xs.forEach((x, j) => {
      const here = lines.map((s) => [s, s.points.find((p) => p && p.tip && f.pos(p) === x)]).filter(([, p]) => p);
      if (!here.length) return;
      const text = [f.baseLabel(here[0][1].base), ...here.map(([s, p]) => `${s.name}: ${p.tip.body}`)].join("\n");
      g.append(svg("rect", {x: f1(edge(j)), y: f.T, width: f1(Math.max(edge(j + 1) - edge(j), 1)), height: f1(f.ph)},
        title(text)));
    });
    return g;
  }
  for (const s of lines) {
    for (const p of s.points.filter((q) => q && q.tip && Number.isFinite(f.pos(q)))) {
      const [x, y] = f.xy(f.pos(p), p.hi);
      g.append(svg("circle", {cx: f1(x), cy: f1(y), r: 5},
        title(`${p.tip.name ? `${p.tip.name}, ` : ""}${f.baseLabel(p.base)}: ${p.tip.body}`)));
    }
  }
  return g;
}

/** The legend below the plot, each row centred; each entry's title names its sources. */
function legend(f, rows) {
  const g = svg("g", {class: "sc-legend"});
  rows.forEach((row, r) => {
    const y = f.H - (rows.length - r) * 17 + 4;
    const used = row.reduce((sum, [, , w]) => sum + w, 0);
    const x0 = Math.max(8, (f.W - used) / 2);
    for (const [s, dx] of row) {
      const x = x0 + dx;
      const swatch = s.lines && !s.fill
        ? svg("line", {x1: x, x2: x + 18, y1: y - 4, y2: y - 4, stroke: s.color, "stroke-width": 2.5,
          "stroke-dasharray": s.dash})
        : s.markers && !s.lines ? svg("circle", {cx: x + 9, cy: y - 4, r: 4, fill: s.color})
          : svg("rect", {x: x + 3, y: y - 9, width: 12, height: 10, fill: s.fill || s.color});
      g.append(svg("g", {}, title(sourcesOf(s)), swatch, svg("text", {x: x + 24, y}, cut(s.name, 40))));
    }
  });
  return g;
}
