"""PDF report: the HTML report printed by WeasyPrint, charts drawn as SVG.

WeasyPrint runs no JavaScript, so the Plotly figures of the HTML report
(:func:`diversify.report.charts.report_figures`) are drawn here as static SVG
line, stacked-area and bar charts, in place of their ``<div class="chart">``
placeholders. Everything else (figures, tables, methods and sources) is the
HTML report as it is. Works offline.
"""

from __future__ import annotations

import math
import re
from html import escape
from typing import Any

from diversify.errors import require

W, H = 520, 280
PAD_L, PAD_R, PAD_T, PAD_B = 56, 14, 34, 58
PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d", "#d35400"]

PRINT_CSS = """
@page { size: A4; margin: 14mm 12mm 16mm;
        @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #52606d; } }
body { max-width: none; font-size: 9.5pt; padding: 0; }
h2 { break-after: avoid; } section { break-inside: auto; }
.charts { display: block; } .chart { display: inline-block; width: 49%; vertical-align: top; break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
table { font-size: 8.5pt; }
"""


def _num(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    t = math.floor(lo / step) * step
    ticks = [round(t, 12)]
    while ticks[-1] < hi - step * 1e-9:  # the last tick at or above the highest value
        t += step
        ticks.append(round(t, 12))
    return ticks


def _fmt(v: float, percent: bool) -> str:
    if percent:
        return f"{100 * v:.0f}%"
    if abs(v) >= 1e9:
        return f"{v / 1e9:g}bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:g}m"
    if abs(v) >= 1e3:
        return f"{v / 1e3:g}k"
    return f"{v:g}"


def _title(layout: dict[str, Any], key: str = "title") -> str:
    t = layout.get(key)
    if isinstance(t, dict):
        t = t.get("text")
    return re.sub(r"<[^>]*>", "", str(t or ""))


def _series(fig: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """Traces as {name, kind, xs, ys, color, dash}, stacked areas accumulated."""
    out = []
    stacks: dict[str, dict[Any, float]] = {}
    categorical = False
    for i, tr in enumerate(fig.get("data", [])):
        kind = tr.get("type", "scatter")
        horizontal = kind == "bar" and tr.get("orientation") == "h"
        xs = list(tr.get("y" if horizontal else "x") or [])
        ys = [_num(v) for v in (tr.get("x" if horizontal else "y") or [])]
        if any(not isinstance(x, int | float) for x in xs):
            categorical = True
        line = tr.get("line") or {}
        color = line.get("color") or (tr.get("marker") or {}).get("color") or PALETTE[i % len(PALETTE)]
        group = tr.get("stackgroup")
        base: list[float] = []
        if group is not None:
            acc = stacks.setdefault(group, {})
            base = [acc.get(x, 0.0) for x in xs]
            ys = [b + (y or 0.0) for b, y in zip(base, ys, strict=False)]
            for x, y in zip(xs, ys, strict=False):
                acc[x] = y or 0.0
        err = tr.get("error_y") or {}
        up = [_num(v) for v in (err.get("array") or [])]
        down = [_num(v) for v in (err.get("arrayminus") or err.get("array") or [])]
        out.append({"name": str(tr.get("name") or ""), "kind": kind, "xs": xs, "ys": ys,
                    "base": base, "color": str(color), "dash": line.get("dash"),
                    "stacked": group is not None, "up": up, "down": down,
                    "err_color": str(err.get("color") or "#52606d")})
    return out, categorical


def figure_svg(fig: dict[str, Any]) -> str:
    """One Plotly figure dict (lines, stacked areas, bars) as a standalone SVG element."""
    layout = fig.get("layout", {})
    traces, categorical = _series(fig)
    percent = "%" in str((layout.get("yaxis") or {}).get("tickformat", "")) or \
        "%" in str((layout.get("xaxis") or {}).get("tickformat", ""))
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" '
              f'font-family="DejaVu Sans, sans-serif" font-size="10">'),
             (f'<text x="{W / 2}" y="16" text-anchor="middle" font-size="11.5" '
              f'font-weight="bold">{escape(_title(layout))}</text>')]
    points = [(x, y) for t in traces for x, y in zip(t["xs"], t["ys"], strict=False) if y is not None]
    if not points:
        parts.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" fill="#52606d">no data'
                     "</text></svg>")
        return "".join(parts)
    cats: list[Any] = []
    if categorical:
        for t in traces:
            for x in t["xs"]:
                if x not in cats:
                    cats.append(x)
    xvals = [cats.index(x) if categorical else float(x) for x, _ in points]
    x0, x1 = (-0.5, len(cats) - 0.5) if categorical else (min(xvals), max(xvals))
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    ys = [y for _, y in points]
    for t in traces:  # error bars widen the range
        for y, u, d in zip(t["ys"], t["up"], t["down"], strict=False):
            if y is not None:
                ys += [y + (u or 0.0), y - (d or 0.0)]
    lo, hi = min(0.0, min(ys)), max(ys)
    ticks = _nice_ticks(lo, hi)
    lo, hi = ticks[0], ticks[-1]
    pw, ph = W - PAD_L - PAD_R, H - PAD_T - PAD_B

    def sx(x: Any) -> float:
        v = cats.index(x) if categorical else float(x)
        return PAD_L + (v - x0) / (x1 - x0) * pw

    def sy(y: float) -> float:
        return PAD_T + (1 - (y - lo) / (hi - lo)) * ph

    for tick in ticks:
        y = sy(tick)
        parts.append(f'<line x1="{PAD_L}" x2="{W - PAD_R}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e7ec"/>'
                     f'<text x="{PAD_L - 4}" y="{y + 3:.1f}" text-anchor="end">{_fmt(tick, percent)}</text>')
    if categorical:
        for c in cats:
            parts.append(f'<text x="{sx(c):.1f}" y="{H - PAD_B + 13}" text-anchor="middle" '
                         f'font-size="8.5">{escape(str(c))[:18]}</text>')
    else:
        for tick in _nice_ticks(x0, x1, 6):
            if x0 <= tick <= x1:
                parts.append(f'<text x="{sx(tick):.1f}" y="{H - PAD_B + 13}" text-anchor="middle">'
                             f"{tick:g}</text>")
    parts.append(f'<line x1="{PAD_L}" x2="{W - PAD_R}" y1="{sy(lo):.1f}" y2="{sy(lo):.1f}" '
                 'stroke="#52606d"/>')
    bars = [t for t in traces if t["kind"] == "bar"]
    for i, t in enumerate(traces):
        pts = [(sx(x), sy(y)) for x, y in zip(t["xs"], t["ys"], strict=False) if y is not None]
        if not pts:
            continue
        color = escape(t["color"])
        if t["kind"] == "bar":
            width = pw / max(len(cats) or len(pts), 1) * 0.8 / max(len(bars), 1)
            k = bars.index(t)
            kept = [j for j, v in enumerate(t["ys"]) if v is not None]
            for (x, y), j in zip(pts, kept, strict=False):
                yv = t["ys"][j]
                x_left = x - width * len(bars) / 2 + k * width
                top, base = min(y, sy(0)), abs(sy(0) - y)
                parts.append(f'<rect x="{x_left:.1f}" y="{top:.1f}" width="{width:.1f}" '
                             f'height="{base:.1f}" fill="{color}"><title>{yv}</title></rect>')
                if j < len(t["up"]) and (t["up"][j] is not None or t["down"][j] is not None):
                    high = sy(yv + (t["up"][j] or 0.0))
                    low = sy(yv - (t["down"][j] or 0.0))
                    mid = x_left + width / 2
                    stroke = f'stroke="{escape(t["err_color"])}" stroke-width="1.2"'
                    parts.append(
                        f'<line x1="{mid:.1f}" x2="{mid:.1f}" y1="{high:.1f}" y2="{low:.1f}" {stroke}/>'
                        f'<line x1="{mid - 3:.1f}" x2="{mid + 3:.1f}" y1="{high:.1f}" y2="{high:.1f}" {stroke}/>'
                        f'<line x1="{mid - 3:.1f}" x2="{mid + 3:.1f}" y1="{low:.1f}" y2="{low:.1f}" {stroke}/>'
                    )
            continue
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        if t["stacked"]:
            under = [(sx(x), sy(b)) for x, b in zip(t["xs"], t["base"], strict=False)]
            poly = line + " " + " ".join(f"{x:.1f},{y:.1f}" for x, y in reversed(under))
            parts.append(f'<polygon points="{poly}" fill="{color}" fill-opacity="0.75" stroke="none"/>')
        dash = ' stroke-dasharray="4 3"' if t["dash"] else ""
        parts.append(f'<polyline points="{line}" fill="none" stroke="{color}" stroke-width="1.5"{dash}/>')
    lx: float = PAD_L
    ly: float = H - PAD_B + 30
    for t in traces:
        label = escape(t["name"])[:28]
        step = 22 + 6.4 * len(label)
        if lx + step > W - PAD_R:
            lx, ly = PAD_L, ly + 13
        parts.append(f'<rect x="{lx}" y="{ly - 8}" width="9" height="9" fill="{escape(t["color"])}"/>'
                     f'<text x="{lx + 12}" y="{ly}">{label}</text>')
        lx += step
    parts.append("</svg>")
    return "".join(parts)


def _replace_charts(html: str, figures: dict[str, str]) -> str:
    def swap(m: re.Match[str]) -> str:
        svg = figures.get(m.group(1))
        return f'<div id="{m.group(1)}" class="chart">{svg}</div>' if svg else m.group(0)

    return re.sub(r'<div id="([^"]+)" class="chart"></div>', swap, html)


def render_pdf(report: dict[str, Any], *, extra_sections: list[dict[str, Any]] | None = None) -> bytes:
    """The report as PDF bytes: the HTML report's text, tables, methods and sources,
    with its charts as vector graphics.

    Parameters
    ----------
    report
        The report dict of :func:`diversify.report.build.build_report`.
    extra_sections
        As for :func:`diversify.report.html.render_html` (scenario results, news index).
    """
    weasyprint = require("weasyprint", "pdf")
    from diversify.report.charts import report_figures
    from diversify.report.html import render_html

    svgs: dict[str, str] = {}
    for figs in report_figures(report).values():
        for f in figs:
            svgs[f["id"]] = figure_svg(f)
    for i, sec in enumerate(extra_sections or []):
        for f in sec.get("figures", []):
            svgs[f"extra-{i}-{f['id']}"] = figure_svg(f)
    html = render_html(report, extra_sections=extra_sections, inline_js=False)
    html = _replace_charts(html, svgs)
    html = html.replace("</head>", f"<style>{PRINT_CSS}</style></head>", 1)
    return weasyprint.HTML(string=html).write_pdf()  # type: ignore[no-any-return]
