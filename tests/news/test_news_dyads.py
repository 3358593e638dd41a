"""Pivot index and timeline from stored events; charts escape article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diversify.news.charts import dyad_figure, timeline_figure
from diversify.news.dyads import dyad_index, dyad_totals, timeline
from diversify.news.model import Article
from diversify.news.store import ingest_articles
from diversify.news.triggers import weights

W = weights()
TARIFFS = ("Trump imposed 25% tariffs on Canadian steel on Tuesday, escalating a dispute that has "
           "rattled markets, unsettled investors and raised prices for builders across the country.")


@pytest.fixture()
def stored(empty_wh):  # type: ignore[no-untyped-def]
    import datetime as dt

    d = dt.date
    ingest_articles(empty_wh, [
        Article("t1", TARIFFS, published=d(2025, 3, 12)),
        # a wire copy of t1: same story, its event counts once
        Article("t1-copy", TARIFFS + " Reporting by a news agency.", published=d(2025, 3, 13)),
        Article("m1", "Carney met Trump at the White House on Monday.", published=d(2025, 5, 7)),
        Article("e1", "Canada and the European Union signed a defence partnership on Monday.",
                published=d(2025, 6, 24)),
        Article("x1", 'Japan praised Canada <script>alert("x")</script> on Monday.',
                published=d(2025, 6, 30)),
    ])
    return empty_wh


def test_events_count_once_per_story_and_pairs_once(stored) -> None:  # type: ignore[no-untyped-def]
    assert stored.query("SELECT story_id FROM articles WHERE article_id = 't1-copy'") == [("t1",)]
    rows, undated = dyad_index(stored, "CAN")
    got = {(r.partner, r.month): (r.events, r.score) for r in rows}
    assert got[("USA", "2025-03")] == (1, W["SANCTION"])    # not 2: the copy is the same story
    assert got[("USA", "2025-05")] == (1, W["CONSULT"])     # not 2: one meeting, both directions
    assert got[("EU", "2025-06")] == (1, W["AGREE"])
    assert got[("JPN", "2025-06")] == (1, W["SUPPORT"])
    assert undated == 0
    totals = {r.dyad: r for r in dyad_totals(rows)}
    usa = totals["CAN-USA"]
    assert usa.events == 2 and usa.conflictual == 1 and usa.cooperative == 1
    assert usa.index == pytest.approx((W["SANCTION"] + W["CONSULT"]) / 2)


def test_timeline_is_ordered_and_once_per_story(stored) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(stored, "CAN")
    assert [t.day.isoformat() for t in tl] == sorted(t.day.isoformat() for t in tl)
    sanctions = [t for t in tl if t.type == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0].articles == 2
    assert timeline(stored, "CAN", limit=2) == tl[:2]


def test_figures_are_valid_plotly_and_escape_text(stored) -> None:  # type: ignore[no-untyped-def]
    import plotly.graph_objects as go

    rows, _ = dyad_index(stored, "CAN")
    fig = dyad_figure(rows)
    go.Figure(fig)  # raises on an invalid figure
    assert {t["name"] for t in fig["data"]} >= {"CAN-USA", "CAN-EU"}
    tl = timeline(stored, "CAN")
    tfig = timeline_figure(tl)
    go.Figure(tfig)
    text = json.dumps(tfig)
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_no_news_tables_yet(empty_wh) -> None:  # type: ignore[no-untyped-def]
    assert dyad_index(empty_wh, "CAN") == ([], 0)
    assert timeline(empty_wh, "CAN") == []


def test_cli_ingest_timeline_dyads(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from diversify.cli import app

    wh = tmp_path / "w.duckdb"
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": TARIFFS, "published": "2025-03-12"},
        {"id": "b", "text": "Canada and the European Union signed a defence partnership on Monday.",
         "published": "2025-06-24"}]) + "\n")
    runner = CliRunner()
    from diversify.store import Warehouse

    Warehouse(wh, seed=False).close()
    res = runner.invoke(app, ["--warehouse", str(wh), "news", "ingest", str(src)])
    assert res.exit_code == 0, res.output
    assert "2 articles added (0 already stored)" in res.output
    res = runner.invoke(app, ["--warehouse", str(wh), "news", "ingest", str(src)])
    assert "0 articles added (2 already stored)" in res.output
    res = runner.invoke(app, ["--warehouse", str(wh), "news", "dyads", "Canada", "--format", "json"])
    out = json.loads(res.output)
    assert out["country"] == "CAN" and {m["dyad"] for m in out["months"]} == {"CAN-USA", "CAN-EU"}
    res = runner.invoke(app, ["--warehouse", str(wh), "news", "dyads", "CAN"])
    assert "CAN-EU" in res.output and "index" in res.output
    res = runner.invoke(app, ["--warehouse", str(wh), "news", "timeline", "CAN"])
    assert "SANCTION" in res.output and "2025-03-11" in res.output


def test_one_real_world_event_reported_by_independent_stories_counts_once(
        empty_wh) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    d = dt.date
    ingest_articles(empty_wh, [
        # three outlets' own reports of one meeting: three stories, one event
        Article("a", "Carney met Macron in Paris on Monday to discuss defence.", published=d(2025, 6, 10)),
        Article("b", "French President Emmanuel Macron met Prime Minister Mark Carney at the Elysee "
                     "on Monday, the two leaders said.", published=d(2025, 6, 9)),
        Article("c", "Carney and Macron met in Paris, where they talked about Ukraine and trade.",
                published=d(2025, 6, 11)),
        # a later meeting is another event
        Article("d", "Carney met Macron again on Friday in Brussels.", published=d(2025, 6, 21)),
    ])
    assert len({s for (s,) in empty_wh.query("SELECT story_id FROM articles")}) == 4
    rows, _ = dyad_index(empty_wh, "CAN")
    got = {(r.partner, r.month): r.events for r in rows}
    assert got[("FRA", "2025-06")] == 2
    # the timeline still lists each story's report
    assert sum(t.type == "CONSULT" for t in timeline(empty_wh, "CAN")) == 4


def test_same_events_anchor_at_the_first_report() -> None:
    import datetime as dt

    from diversify.news.dyads import same_events

    d = dt.date
    rows = [("USA", "<>", "CONSULT", d(2025, 3, day), 1.0) for day in (1, 2, 4, 5, 7, 9)]
    rows.append(("USA", ">", "SANCTION", d(2025, 3, 1), -8.0))
    # 1-4 is one meeting; 5-7 another (not chained to the first); 9 a third; the sanction its own
    assert [(p, day.day, w) for p, day, w in same_events(sorted(rows))] == [
        ("USA", 1, 1.0), ("USA", 5, 1.0), ("USA", 9, 1.0), ("USA", 1, -8.0)]


def test_real_pages_of_one_event_count_once_in_the_index(empty_wh, shared_news: Path) -> None:  # type: ignore[no-untyped-def]
    """Seven real pages on Canada lifting its counter-tariffs (22-23 Aug 2025): versions of two
    wire reports and two independent rewrites. Four stories; the lifting counts once."""
    from diversify.news.ingest import read_articles

    ingest_articles(empty_wh, read_articles(shared_news / "versions.jsonl"))
    assert len({s for (s,) in empty_wh.query("SELECT DISTINCT story_id FROM articles")}) == 4
    retreats = [t for t in timeline(empty_wh, "CAN") if (t.source, t.type) == ("CAN", "RETREAT")]
    assert len(retreats) == 4  # one report per story
    rows, _ = dyad_index(empty_wh, "CAN", partners=["USA"])
    august = next(r for r in rows if r.month == "2025-08")
    # cooperative: the lifting (once, not four times) and the Carney-Trump call (once)
    assert august.cooperative == 2
