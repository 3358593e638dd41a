"""Plotly figures (plain dicts) for the pivot index and the event timeline.

The HTML report and the dashboard embed these. Article text is untrusted and
plotly renders a subset of HTML in labels and hover text, so every string that
comes from an article or the warehouse is escaped with :func:`html.escape`
here, before it reaches a figure.
"""

from __future__ import annotations

import html
from typing import Any

from diversify.news.dyads import DyadMonth, TimelineEvent
from diversify.news.model import EVENT_TYPES


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def dyad_figure(rows: list[DyadMonth], *, title: str | None = None) -> dict[str, Any]:
    """Monthly cooperation-conflict index, one line per country pair."""
    by: dict[str, list[DyadMonth]] = {}
    for r in rows:
        by.setdefault(r.dyad, []).append(r)
    data = []
    for dyad, rs in sorted(by.items(), key=lambda kv: -sum(r.events for r in kv[1])):
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": _esc(dyad),
            "x": [r.month for r in rs], "y": [round(r.index, 3) for r in rs],
            "marker": {"size": [6 + min(r.events, 20) for r in rs]},
            "text": [_esc(f"{r.events} events: {r.cooperative} cooperative, {r.conflictual} "
                          f"conflictual; score {r.score:+.1f}") for r in rs],
            "hovertemplate": "%{x}<br>index %{y:+.2f}<br>%{text}<extra>%{fullData.name}</extra>",
        })
    return {
        "data": data,
        "layout": {
            "title": {"text": _esc(title or "Cooperation-conflict index by month")},
            "xaxis": {"title": {"text": "month"}, "type": "category"},
            "yaxis": {"title": {"text": "mean event weight (-10 conflict .. +10 cooperation)"},
                      "range": [-10, 10], "zeroline": True},
            "legend": {"orientation": "h"},
        },
    }


def timeline_figure(events: list[TimelineEvent], *, title: str | None = None) -> dict[str, Any]:
    """Events over time, one marker trace per event type, weight on the y axis."""
    by: dict[str, list[TimelineEvent]] = {}
    for e in events:
        if e.day is not None:
            by.setdefault(e.type, []).append(e)
    data = []
    for t in EVENT_TYPES:
        es = by.get(t)
        if not es:
            continue
        data.append({
            "type": "scatter", "mode": "markers", "name": t,
            "x": [e.day.isoformat() for e in es if e.day],
            "y": [e.weight for e in es],
            "text": [_esc(f"{e.source} {e.type} {e.target or ''}: {e.evidence}") for e in es],
            "hovertemplate": "%{x}<br>%{text}<extra></extra>",
        })
    return {
        "data": data,
        "layout": {
            "title": {"text": _esc(title or "Events over time")},
            "xaxis": {"title": {"text": "date"}, "type": "date"},
            "yaxis": {"title": {"text": "event weight"}, "range": [-10, 10]},
        },
    }
