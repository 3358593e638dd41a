"""The HTML report carries the news index and stored scenario runs, escaped."""

from __future__ import annotations

import json
from pathlib import Path

from diversify.report.build import build_report
from diversify.report.extras import extra_sections
from diversify.report.html import render_html
from diversify.store import Warehouse


def test_news_and_scenarios_appear_in_the_html_report(tmp_path: Path, shared_news: Path) -> None:
    from diversify.news.store import ingest_path
    from diversify.scenarios import run_scenario

    examples = Path(__file__).resolve().parents[2] / "src/diversify/scenarios/examples"
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "xss-1", "url": None, "title": "<img src=x onerror=alert(1)>", "published": "2025-03-12",
        "text": "Canada imposed tariffs on the United States on Wednesday. <script>alert(2)</script>",
    }) + "\n")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        ingest_path(wh, hostile)
        run_scenario(examples / "us_tariff_25_10.toml", warehouse=wh)
        sections = extra_sections(wh, "CAN")
        html = render_html(build_report(wh, "CAN", year=2024), extra_sections=sections, inline_js=False)
    titles = [s["title"] for s in sections]
    assert any(t.startswith("News evidence") for t in titles)
    assert any(t.startswith("Scenario #") and "(tariff)" in t for t in titles)
    assert "CAN-USA" in html
    assert "<script>alert(2)</script>" not in html and "onerror=alert(1)>" not in html


def test_a_report_lists_only_the_runs_about_its_country(tmp_path: Path) -> None:
    import re

    from diversify.scenarios import run_scenario

    examples = Path(__file__).resolve().parents[2] / "src/diversify/scenarios/examples"
    mexico = tmp_path / "mex_pathway.toml"
    mexico.write_text(
        (examples / "nato_pathway_2035.toml").read_text("utf-8").replace('country = "CAN"', 'country = "MEX"'),
        "utf-8",
    )
    with Warehouse(tmp_path / "w.duckdb") as wh:
        run_scenario(examples / "us_tariff_25_10.toml", warehouse=wh)
        run_scenario(examples / "nato_pathway_2035.toml", warehouse=wh)
        run_scenario(mexico, warehouse=wh)
        canada = [s for s in extra_sections(wh, "CAN") if s["title"].startswith("Scenario #")]
        mex = [s for s in extra_sections(wh, "MEX") if s["title"].startswith("Scenario #")]
        assert [s for s in extra_sections(wh, "DEU") if s["title"].startswith("Scenario #")] == []
    assert [s["title"].split(":")[0] for s in canada] == ["Scenario #2", "Scenario #1"]
    assert [s["title"].split(":")[0] for s in mex] == ["Scenario #3"]
    cells = [str(cell) for s in canada + mex for row in s["rows"] for cell in row]
    assert not [c for c in cells if re.search(r"\d\.\d{7,}", c)], cells
