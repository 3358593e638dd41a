"""Plotly figures (as plain dicts) for a dependency report."""

from __future__ import annotations

from typing import Any

from diversify.indicators.shares import is_thin

COLORS = {"USA": "#1f4e79", "EU27": "#f2b01e", "other": "#9aa5b1"}


def _layout(title: str, yaxis: str, *, percent: bool = True) -> dict[str, Any]:
    return {
        "title": {"text": title},
        "yaxis": {"title": {"text": yaxis}, **({"tickformat": ".0%"} if percent else {})},
        "xaxis": {"title": {"text": "year"}},
        "margin": {"l": 60, "r": 20, "t": 50, "b": 40},
        "legend": {"orientation": "h"},
        "height": 340,
    }


def domain_figures(name: str, d: dict[str, Any]) -> list[dict[str, Any]]:
    """Partner shares over time, USA vs EU27 vs rest (stacked area), concentration trend."""
    if name == "military_expenditure":
        t = [x for x in d["trend"] if x["share_of_gdp"] is not None]
        return [{
            "id": f"{name}-share",
            "data": [
                {"type": "scatter", "mode": "lines", "name": "share of GDP (%)",
                 "x": [x["year"] for x in t], "y": [x["share_of_gdp"] for x in t]},
                {"type": "scatter", "mode": "lines", "name": "NATO 2% guideline",
                 "x": [t[0]["year"], t[-1]["year"]] if t else [], "y": [2, 2], "line": {"dash": "dot"}},
            ],
            "layout": _layout("Military expenditure, % of GDP", "% of GDP", percent=False),
        }]
    trend = d["trend"]
    years = [t["year"] for t in trend]
    # Years whose partner flows cover too little of the national total are left blank (a gap in
    # the line), as the report's notes say.
    thin = {t["year"] for t in trend if is_thin(t.get("coverage"))}

    def shown(year: int, value: float) -> float | None:
        return None if year in thin else value

    partner_lines = [
        {"type": "scatter", "mode": "lines", "name": f"{p['partner']}",
         "x": [s["year"] for s in p["series"]], "y": [shown(s["year"], s["share"]) for s in p["series"]]}
        for p in d.get("partner_trend", [])
    ]
    stacked = [
        {"type": "scatter", "mode": "lines", "stackgroup": "one", "name": g,
         "line": {"color": COLORS[g]}, "x": years,
         "y": [shown(t["year"], t["bloc_shares"].get(g, 0.0)) for t in trend]}
        for g in ("USA", "EU27", "other")
    ]
    hhi = [{"type": "scatter", "mode": "lines", "name": "HHI", "x": years,
            "y": [shown(t["year"], t["hhi"]) for t in trend]}]
    label = d["label"]
    return [
        {"id": f"{name}-partners", "data": partner_lines, "layout": _layout(f"{label}: partner shares", "share")},
        {"id": f"{name}-blocs", "data": stacked, "layout": _layout(f"{label}: USA vs EU27 vs rest", "share")},
        {"id": f"{name}-hhi", "data": hhi,
         "layout": _layout(f"{label}: concentration (HHI)", "HHI (0-1)", percent=False)},
    ]


def security_figures(sec: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not sec or not sec.get("s_score_trend"):
        return []
    t = sec["s_score_trend"]
    return [{
        "id": "security-s",
        "data": [
            {"type": "scatter", "mode": "lines", "name": "S with USA", "x": [x["year"] for x in t], "y": [x["USA"] for x in t]},
            {"type": "scatter", "mode": "lines", "name": "S with EU27 (mean)", "x": [x["year"] for x in t], "y": [x["EU27_mean"] for x in t]},
        ],
        "layout": _layout("Alliance-portfolio similarity (Signorino-Ritter S)", "S (-1..1)", percent=False),
    }]


def report_figures(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    figs = {name: domain_figures(name, d) for name, d in report["domains"].items()}
    figs["security_ties"] = security_figures(report.get("security_ties"))
    return figs
