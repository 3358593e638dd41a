"""Sections the HTML and PDF reports add beyond the dependency figures.

* the news evidence about the country (pivot index per pair and month, from
  deduplicated events) when the warehouse holds articles;
* the scenario runs stored in the warehouse about the country (the latest few), with
  their charts: a run is about the countries its scenario names as reporter or country
  (tariff, rerouting, spending), as domestic producer (procurement) or in a changed
  pair (gravity).

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


def run_countries(toml_text: str, named: list[str]) -> set[str]:
    """The countries a stored run is about (ISO3): the reporter or country its results name
    (``named``), the domestic producer of a procurement, the exporters and importers of a gravity
    change."""
    import tomllib

    from diversify.reference.countries import to_iso3

    names: list[object] = list(named)
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError:
        doc = {}
    procurement, gravity = doc.get("procurement"), doc.get("gravity")
    if isinstance(procurement, dict):
        names.append(procurement.get("domestic"))
    if isinstance(gravity, dict) and isinstance(gravity.get("change"), list):
        for change in gravity["change"]:
            if isinstance(change, dict):
                names += [change.get("exporter"), change.get("importer")]
    return {code for name in names if isinstance(name, str) and (code := to_iso3(name))}


def scenario_sections(wh: Warehouse, country: str, limit: int = MAX_SCENARIOS) -> list[dict[str, Any]]:
    """The latest ``limit`` stored runs about ``country`` (see :func:`run_countries`)."""
    try:
        from diversify.scenarios.figures import scenario_figures
        from diversify.scenarios.result import format_value
        from diversify.scenarios.store import get_run, run_subjects
    except ImportError:
        return []
    out: list[dict[str, Any]] = []
    for run_id, toml_text, named in run_subjects(wh):
        if len(out) == limit:
            break
        if country not in run_countries(toml_text, named):
            continue
        result = get_run(wh, run_id)  # read in full only the runs shown
        summary = result.summary()
        rows = [["", ""]] + [[k, format_value(v)] for k, v in summary.items()
                             if not isinstance(v, dict | list)][:12]
        out.append({
            "title": f"Scenario #{run_id}: {result.name} ({result.kind})",
            "note": f"Stored run of {result.file_name or 'an inline scenario'}, {result.created_at}.",
            "rows": rows,
            "figures": scenario_figures(result),
        })
    return out


def extra_sections(wh: Warehouse, country: str) -> list[dict[str, Any]]:
    sections = []
    news = news_section(wh, country)
    if news:
        sections.append(news)
    sections.extend(scenario_sections(wh, country))
    return sections
