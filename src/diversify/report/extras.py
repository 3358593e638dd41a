"""Sections the HTML and PDF reports add beyond the dependency figures.

* the news evidence about the country (pivot index per pair and month, from
  deduplicated events) when the warehouse holds articles;
* the scenario runs stored in the warehouse (the latest few), with their charts.

Each section is ``{"title", "note", "rows", "figures"}``; all strings are
escaped by the report template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diversify.store import Warehouse

MAX_SCENARIOS = 5


def news_section(wh: Warehouse, country: str) -> dict[str, Any] | None:
    try:
        from diversify.news.charts import dyad_figure
        from diversify.news.dyads import dyad_index, dyad_totals
    except ImportError:
        return None
    rows, undated = dyad_index(wh, country)
    if not rows:
        return None
    totals = dyad_totals(rows)
    table = [["pair", "events", "cooperative", "conflictual", "mean weight"]] + [
        [t.dyad, t.events, t.cooperative, t.conflictual, f"{t.index:+.2f}"] for t in totals[:10]
    ]
    return {
        "title": "News evidence: cooperation-conflict index",
        "note": f"Events from deduplicated news stories, weighted by PLOVER type; {undated} undated events not charted.",
        "rows": table,
        "figures": [dict(dyad_figure(rows), id="news-dyads")],
    }


def scenario_sections(wh: Warehouse, limit: int = MAX_SCENARIOS) -> list[dict[str, Any]]:
    try:
        from diversify.scenarios.figures import scenario_figures
        from diversify.scenarios.store import get_run, list_runs
    except ImportError:
        return []
    out = []
    for run in list_runs(wh)[:limit]:
        result = get_run(wh, int(run["id"]))
        summary = result.summary()
        rows = [["", ""]] + [[k, v] for k, v in summary.items() if not isinstance(v, dict | list)][:12]
        out.append({
            "title": f"Scenario #{run['id']}: {result.name} ({result.kind})",
            "note": f"Stored run of {run.get('file_name') or 'an inline scenario'}, {run['created_at']}.",
            "rows": rows,
            "figures": scenario_figures(result),
        })
    return out


def extra_sections(wh: Warehouse, country: str) -> list[dict[str, Any]]:
    sections = []
    news = news_section(wh, country)
    if news:
        sections.append(news)
    sections.extend(scenario_sections(wh))
    return sections
