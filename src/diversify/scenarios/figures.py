"""Plotly figures (plain dicts: ``id``, ``data``, ``layout``) for a scenario result.

:func:`scenario_figures` works from the JSON results alone, so it serves fresh
runs and runs read back from the warehouse. ``plotly.graph_objects.Figure(data=
fig["data"], layout=fig["layout"])`` accepts every figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from diversify.scenarios.result import ScenarioResult

BEFORE, AFTER = "#9aa5b1", "#1f4e79"
Figure = dict[str, Any]


def _layout(
    title: str, yaxis: str, *, xaxis: str = "", percent: bool = False, **extra: Any
) -> dict[str, Any]:
    return {
        "title": {"text": title},
        "yaxis": {"title": {"text": yaxis}, **({"tickformat": ".0%"} if percent else {})},
        "xaxis": {"title": {"text": xaxis}},
        "barmode": "group",
        "margin": {"l": 60, "r": 20, "t": 50, "b": 60},
        "legend": {"orientation": "h"},
        "height": 360,
        **extra,
    }


def _bars(
    fid: str,
    title: str,
    x: list[Any],
    series: list[tuple[str, list[Any], str]],
    yaxis: str,
    **kw: Any,
) -> Figure:
    return {
        "id": fid,
        "data": [
            {"type": "bar", "name": n, "x": x, "y": y, "marker": {"color": c}} for n, y, c in series
        ],
        "layout": _layout(title, yaxis, **kw),
    }


def _shares(fid: str, rows: list[dict[str, Any]], who: str) -> Figure:
    x = [r["partner"] for r in rows]
    return _bars(
        fid,
        f"{who}'s export partners: share before and after",
        x,
        [
            ("before", [r["share_before"] for r in rows], BEFORE),
            ("after", [r["share_after"] for r in rows], AFTER),
        ],
        "share of exports",
        percent=True,
    )


def _tariff(r: dict[str, Any]) -> list[Figure]:
    rows = sorted(r["by_product"], key=lambda p: -(p["reporter_before"] or 0))[:15]
    x = [f"HS {p['product']}" for p in rows]
    unit = r["unit"]
    dep = r["dependency"]
    return [
        _bars(
            "tariff-products",
            f"{r['reporter']} exports to {r['importer']} by HS chapter ({unit}, top 15)",
            x,
            [
                ("before", [p["reporter_before"] for p in rows], BEFORE),
                ("after", [p["reporter_after"] for p in rows], AFTER),
            ],
            unit,
        ),
        _shares("tariff-partners", r["reporter_partner_shares"], r["reporter"]),
        _bars(
            "tariff-concentration",
            "Concentration of exports",
            ["HHI", f"{dep['partner']} share"],
            [
                ("before", [dep["hhi_before"], dep["partner_share_before"]], BEFORE),
                ("after", [dep["hhi_after"], dep["partner_share_after"]], AFTER),
            ],
            "0-1",
        ),
    ]


def _rerouting(r: dict[str, Any]) -> list[Figure]:
    cs = r["corridors"]
    x = [c["corridor"] for c in cs]
    return [
        _bars(
            "rerouting-corridors",
            f"Corridor capacity and use ({r['unit']})",
            x,
            [
                ("capacity", [c["capacity"] for c in cs], BEFORE),
                ("used", [c["used"] for c in cs], AFTER),
            ],
            r["unit"],
        ),
        _bars(
            "rerouting-shadow",
            "Shadow price of capacity (cost saved per unit of extra capacity)",
            x,
            [("shadow price", [c["shadow_price"] for c in cs], AFTER)],
            "per unit",
        ),
        _shares("rerouting-partners", r["reporter_partner_shares"], r["reporter"]),
    ]


def _procurement(r: dict[str, Any]) -> list[Figure]:
    o = r["spend_by_origin"]
    caps: dict[str, list[float]] = {}
    for plan, i in (("plan", 0), ("cheapest_plan", 1)):
        for p in r[plan]:
            caps.setdefault(p["capability"], [0.0, 0.0])[i] += p["cost"]
    return [
        _bars(
            "procurement-origin",
            f"Spending by origin of component value ({r['unit']})",
            [x["origin"] for x in o],
            [
                ("cheapest plan", [x["cheapest"] for x in o], BEFORE),
                ("chosen plan", [x["plan"] for x in o], AFTER),
            ],
            r["unit"],
        ),
        _bars(
            "procurement-capabilities",
            f"Cost by capability ({r['unit']})",
            list(caps),
            [
                ("cheapest plan", [v[1] for v in caps.values()], BEFORE),
                ("chosen plan", [v[0] for v in caps.values()], AFTER),
            ],
            r["unit"],
        ),
    ]


def _spending(r: dict[str, Any]) -> list[Figure]:
    ys = r["years"]
    x = [y["year"] for y in ys]
    band = [
        {
            "type": "scatter",
            "mode": "lines",
            "name": "95th percentile",
            "x": x,
            "y": [y["total_p95"] for y in ys],
            "line": {"width": 0},
            "showlegend": False,
        },
        {
            "type": "scatter",
            "mode": "lines",
            "name": "5th-95th percentile",
            "x": x,
            "y": [y["total_p5"] for y in ys],
            "line": {"width": 0},
            "fill": "tonexty",
            "fillcolor": "rgba(31,78,121,0.2)",
        },
        {
            "type": "scatter",
            "mode": "lines",
            "name": "total (central)",
            "x": x,
            "y": [y["total"] for y in ys],
            "line": {"color": AFTER},
        },
        {
            "type": "scatter",
            "mode": "lines",
            "name": "core defence",
            "x": x,
            "y": [y["core"] for y in ys],
            "line": {"color": BEFORE, "dash": "dot"},
        },
    ]
    figs = [
        {
            "id": "spending-budget",
            "data": band,
            "layout": _layout(
                f"{r['country']} defence budget to {r['end_year']} ({r['unit']})", r["unit"]
            ),
        }
    ]
    groups = [k[len("equipment_") :] for k in ys[0] if k.startswith("equipment_")]
    if groups:
        figs.append(
            {
                "id": "spending-split",
                "data": [
                    {"type": "bar", "name": g, "x": x, "y": [y[f"equipment_{g}"] for y in ys]}
                    for g in groups
                ],
                "layout": _layout(
                    "Equipment spending by supplier group (assumed shares)",
                    r["unit"],
                    barmode="stack",
                ),
            }
        )
    return figs


def _gravity(r: dict[str, Any]) -> list[Figure]:
    cs = sorted(r.get("countries", []), key=lambda c: -abs(c.get("gdp_change_pct") or 0.0))[:25]
    return [
        _bars(
            "gravity-gdp",
            "GDP change by country (%, largest 25)",
            [c["country"] for c in cs],
            [("GDP change", [c.get("gdp_change_pct") for c in cs], AFTER)],
            "%",
        )
    ]


BAND = "#c0392b"


def _band_bars(
    fid: str, title: str, labels: list[str], bands: list[dict[str, Any]], yaxis: str, **kw: Any
) -> Figure:
    """Medians as bars with the 5-95% band as asymmetric error bars."""
    mid = [b.get("p50") for b in bands]
    up = [max((b["p95"] - b["p50"]), 0.0) if b.get("p50") is not None else None for b in bands]
    down = [max((b["p50"] - b["p5"]), 0.0) if b.get("p50") is not None else None for b in bands]
    return {
        "id": fid,
        "data": [
            {
                "type": "bar",
                "name": "median, 5-95% band",
                "x": labels,
                "y": mid,
                "marker": {"color": AFTER},
                "error_y": {
                    "type": "data",
                    "symmetric": False,
                    "array": up,
                    "arrayminus": down,
                    "color": BAND,
                },
            }
        ],
        "layout": _layout(title, yaxis, **kw),
    }


def _share_bars(fid: str, title: str, rows: list[dict[str, Any]], label: str, key: str) -> Figure:
    return _bars(
        fid, title, [r[label] for r in rows], [("share of trials", [r[key] for r in rows], AFTER)],
        "share of trials", percent=True,
    )


def uncertainty_figures(r: dict[str, Any], kind: str) -> list[Figure]:
    """Charts of the ``uncertainty`` object: bands as error bars, how often things bind."""
    u = r.get("uncertainty")
    if not isinstance(u, dict):
        return []
    n = f"{u.get('draws')} draws"
    if kind == "gravity":
        one_shot = {c["country"]: abs(c.get("gdp_change_pct") or 0.0) for c in r.get("countries", [])}
        rows = sorted(u.get("countries", []), key=lambda c: -one_shot.get(c["country"], 0.0))[:25]
        return [
            _band_bars(
                "gravity-gdp-band",
                f"GDP change, median and 5-95% band ({n}, %)",
                [c["country"] for c in rows],
                [c["gdp_change_pct"] for c in rows],
                "%",
            )
        ]
    if kind == "tariff":
        keys = [("partner_share_after", "importer's share of exports"), ("hhi_after", "export HHI")]
        return [
            _band_bars(
                "tariff-dependency-band",
                f"Dependency after the shock, median and 5-95% band ({n})",
                [label for _, label in keys],
                [u[k] for k, _ in keys],
                "share / HHI",
            )
        ]
    if kind == "rerouting":
        return [
            _share_bars(
                "rerouting-binding",
                f"How often each corridor binds (feasible in {u.get('feasible_share', 0):.0%} of {n})",
                u.get("corridors", []),
                "corridor",
                "binding_share",
            )
        ]
    if kind == "procurement":
        return [
            _share_bars(
                "procurement-suppliers",
                f"How often the plan buys from each supplier ({n})",
                u.get("suppliers", []),
                "supplier",
                "chosen_share",
            )
        ]
    return []


_BY_KIND: dict[str, Callable[[dict[str, Any]], list[Figure]]] = {
    "tariff": _tariff,
    "rerouting": _rerouting,
    "procurement": _procurement,
    "spending": _spending,
    "gravity": _gravity,
}


def scenario_figures(result: ScenarioResult) -> list[Figure]:
    """Before/after charts for a scenario result, as plotly figure dicts with an ``id``."""
    figs = _BY_KIND[result.kind](result.results) + uncertainty_figures(
        result.results, result.kind
    )
    for f in figs:
        f["layout"]["title"]["text"] = f"{result.name}: {f['layout']['title']['text']}"
    return figs
