"""Plain-text and CSV renderings of a dependency report."""

from __future__ import annotations

import csv
import io
from typing import Any

from rich.console import Console
from rich.table import Table

from diversify.report.build import unit_label

TOP_N = 8
BLOC_PREFIX = "bloc:"
"""Marks a bloc share row of the CSV (``bloc:NATO``), apart from the partner rows."""


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _pts(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:+.1f} pts"


def _money(value: float, unit: str) -> str:
    scale = {"USD_millions": 1e6, "USD_thousands": 1e3}.get(unit, 1.0)
    v = value * scale
    cur = {"CAD": "CAD", "USD_millions": "USD", "USD_thousands": "USD", "USD": "USD"}.get(unit)
    if cur is None:
        return f"{value:,.0f} {unit_label(unit)}"
    for div, suffix in ((1e9, "bn"), (1e6, "m")):
        if v >= div:
            return f"{cur} {v / div:,.1f} {suffix}"
    return f"{cur} {v:,.0f}"


def _source_line(sources: list[dict[str, Any]], year: Any) -> str:
    names = "; ".join(f"{s['publisher']}, {s['dataset']}" for s in sources)
    return f"source: {names} ({year})  [{', '.join(s['id'] for s in sources)}]"


def render_text(report: dict[str, Any], *, width: int = 110) -> str:
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=False, color_system=None, soft_wrap=True)
    year = report["year"] if report["year"] is not None else "no data"
    con.print(f"Dependency report: {report['country_name']} ({report['country']}), {year}", markup=False)
    for name, d in report["domains"].items():
        con.print()
        if name == "military_expenditure":
            con.print(f"[b]{d['label']}[/b]")
            share, gap, usd = d["share_of_gdp"], d["nato_2pct_gap_points"], d["constant_usd"]
            if share is None:
                con.print("  share of GDP: no data")
            else:
                gap_s = "n/a" if gap is None else f"{gap:+.2f} pts"
                con.print(f"  share of GDP: {share:.2f}% ({d['share_of_gdp_year']})   gap to NATO 2%: {gap_s}")
            if usd is None:
                con.print("  constant US$: no data")
            else:
                con.print(f"  constant US$: {usd / 1e9:,.1f} bn ({d['constant_usd_year']})")
            for k, ch in d["changes"].items():
                if ch:
                    con.print(f"  change over {k} (since {ch['from_year']}): {ch['share_of_gdp']:+.2f} pts of GDP")
            if d["sources"]:
                con.print("  " + _source_line(d["sources"], d["year"]), markup=False)
            continue
        window = f", window {d['window'][0]}-{d['window'][1]}" if "window" in d else ""
        con.print(f"[b]{d['label']}[/b]  {d['year']}{window}: total {_money(d['total'], d['unit'])}")
        t = Table("partner", "value", "share", box=None, padding=(0, 2))
        for p in d["partners"][:TOP_N]:
            t.add_row(f"{p['partner']} {p['name']}", _money(p["value"], d["unit"]), _pct(p["share"]))
        con.print(t)
        blocs = "  ".join(f"{k} {_pct(v)}" for k, v in d["bloc_shares"].items())
        con.print(f"  blocs: {blocs}")
        con.print(
            f"  HHI {d['hhi']:.3f} ({d['hhi_10000']:,.0f} on the 0-10,000 scale), "
            f"effective partners {d['effective_partners']:.2f}, partners {d['n_partners']}"
        )
        for k, ch in d["changes"].items():
            if ch:
                con.print(
                    f"  change over {k} (since {ch['from_year']}): HHI {ch['hhi']:+.3f}, "
                    f"top share {_pts(ch['top_share'])}, USA {_pts(ch['bloc_shares']['USA'])}, "
                    f"EU27 {_pts(ch['bloc_shares']['EU27'])}"
                )
        if d.get("critical_products"):
            codes = ", ".join(f"HS{c['product']} ({c['top_supplier']} {_pct(c['top_share'])})" for c in d["critical_products"][:6])
            con.print(f"  critical-dependency screen (HHI>0.4, imports/exports>1, 2 of 3 years): {len(d['critical_products'])} chapters, e.g. {codes}")
        con.print("  " + _source_line(d["sources"], d["year"]), markup=False)
    sec = report.get("security_ties")
    if sec:
        con.print()
        con.print(f"[b]Security ties[/b]  {sec['year']}: defence pacts with {sec['n_defence_partners']} states")
        s = sec.get("s_scores") or {}
        if s:
            usa_s = "n/a" if s.get("USA") is None else f"{s['USA']:.3f}"
            eu_s = "n/a" if s.get("EU27_mean") is None else f"{s['EU27_mean']:.3f}"
            con.print(f"  alliance-portfolio similarity (S): with USA {usa_s}, EU27 mean {eu_s}")
        if sec["sources"]:
            con.print("  " + _source_line(sec["sources"], sec["year"]), markup=False)
    if report["notes"]:
        con.print()
        con.print("Notes:")
        for n in report["notes"]:
            con.print(f"  - {n}", markup=False)
    return buf.getvalue()


def render_csv(report: dict[str, Any]) -> str:
    """Long rows: country, domain, year, window_first, partner, value, unit, share, source_ids.

    Each bilateral domain's bloc shares follow its partners, one row per group with ``partner``
    ``bloc:USA``, ``bloc:EU27``, ``bloc:other`` and ``bloc:`` + each bloc asked for (value: the
    share of the total). Military expenditure gives one row per figure shown (share of GDP, constant US$), each with
    its own source; a figure with no data has no row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["country", "domain", "year", "window_first", "partner", "value", "unit", "share", "source_ids"])
    for name, d in report["domains"].items():
        ids = " ".join(s["id"] for s in d["sources"])
        if name == "military_expenditure":
            for figure, unit in (("share_of_gdp", "percent_of_gdp"), ("constant_usd", "USD_constant")):
                if d[figure] is not None:
                    w.writerow([report["country"], name, d[f"{figure}_year"], "", "", d[figure], unit, "",
                                d[f"{figure}_source"]])
            continue
        first = d["window"][0] if "window" in d else ""
        for p in d["partners"]:
            w.writerow([report["country"], name, d["year"], first, p["partner"], p["value"], d["unit"], p["share"], ids])
        for group, share in d["bloc_shares"].items():
            w.writerow([report["country"], name, d["year"], first, f"{BLOC_PREFIX}{group}", share * d["total"],
                        d["unit"], share, ids])
    return buf.getvalue()
