"""Stored verdicts name the source they were checked against, and follow the data: when a data
ingest replaces that source, the claims are checked again, in one transaction."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from diversify.news.ingest import read_articles
from diversify.news.pipeline import extract
from diversify.news.store import ingest_path, news_schema_version, refresh_verdicts

TDO = "trade_canada/canada_trade_by_province_partner_1990_2024.parquet"
CLAIM = ("SELECT article_id, seq, verdict, measure, data_value, data_year, data_source, note, source_id "
         "FROM claims ORDER BY article_id, seq")


@pytest.fixture()
def warehouse(real_warehouse_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    shutil.copyfile(real_warehouse_path, path)
    return path


def _halved_us_exports(shared_data: Path, out: Path) -> Path:
    """A new version of Trade Data Online in which Canada's 2024 exports to the US are halved."""
    import pandas as pd

    df = pd.read_parquet(shared_data / TDO)
    us = (df.year == 2024) & (df.partner == "United States")
    df.loc[us, "total_exports_cad"] *= 0.5
    df.to_parquet(out, index=False)
    return out


def _fresh(wh, shared_news: Path) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """What extraction now says of dev.jsonl's claims, as stored rows."""
    out = []
    for r in extract(read_articles(shared_news / "dev.jsonl"), wh):
        for i, c in enumerate(r.claims):
            v = c.verdict
            out.append((r.article.id, i, v.verdict if v else None, v.measure if v else None,
                        v.value if v else None, v.year if v else None, v.citation if v else None,
                        v.note if v else None, v.source_id if v else None))
    return sorted(out, key=lambda row: (row[0], row[1]))


def test_a_stored_verdict_names_a_loaded_source(warehouse: Path, shared_news: Path) -> None:
    from diversify.store import Warehouse

    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        assert news_schema_version(wh) == "2"
        rows = wh.query(CLAIM)
        assert rows == _fresh(wh, shared_news)
        checked = [r for r in rows if r[4] is not None]
        assert checked and all(r[8] in {s["source_id"] for s in wh.sources()} for r in checked)
        share = next(r for r in rows if r[0] == "carney-double-nonus-exports" and r[2] == "supported")
        assert share[8].startswith("canada_tdo_partner_all:")


def test_a_replaced_source_has_its_verdicts_checked_again(warehouse: Path, shared_news: Path,
                                                          shared_data: Path, tmp_path: Path) -> None:
    from diversify.store import Warehouse

    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        before = wh.query(CLAIM)
        old = next(r for r in before if r[0] == "carney-double-nonus-exports" and r[2] == "supported")
        result = wh.ingest(_halved_us_exports(shared_data, tmp_path / "tdo_v2.parquet"), "canada_tdo_partner")
        assert result.replaced == (old[8],)
        assert wh.query(CLAIM) == before  # the data ingest leaves the news tables alone ...
        assert refresh_verdicts(wh) == 1  # ... and the next read checks the stale verdict again
        after = wh.query(CLAIM)
        assert after == _fresh(wh, shared_news)
        new = next(r for r in after if r[:2] == old[:2])
        assert new[2:6] == ("contradicted", "share of CAN exports to USA", pytest.approx(61.85, abs=0.01), 2024)
        assert new[8] == result.source_id
        assert [r for r in after if r[:2] != old[:2]] == [r for r in before if r[:2] != old[:2]]
        assert refresh_verdicts(wh) == 0


def test_news_ingest_checks_stale_verdicts_in_its_transaction(warehouse: Path, shared_news: Path,
                                                              shared_data: Path, tmp_path: Path) -> None:
    from diversify.store import Warehouse

    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        wh.ingest(_halved_us_exports(shared_data, tmp_path / "tdo_v2.parquet"), "canada_tdo_partner")
        r = ingest_path(wh, shared_news / "seeds.jsonl")
        assert r.rechecked == 1
        assert "1 stored claims checked again: a data source they were checked against is gone" in r.notes
        again = ingest_path(wh, shared_news / "dev.jsonl")  # nothing new, nothing stale
        assert (again.articles, again.rechecked) == (0, 0)
        dev = {row[0] for row in _fresh(wh, shared_news)}
        assert [r for r in wh.query(CLAIM) if r[0] in dev] == _fresh(wh, shared_news)


def test_a_failing_check_leaves_every_verdict_as_it_was(warehouse: Path, shared_news: Path,
                                                        shared_data: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from diversify.news import verify
    from diversify.store import Warehouse

    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        wh.ingest(_halved_us_exports(shared_data, tmp_path / "tdo_v2.parquet"), "canada_tdo_partner")
        stale = wh.query(CLAIM)

        def broken(*args: object) -> None:
            raise RuntimeError("the data query failed")

        monkeypatch.setattr(verify, "check_data", broken)
        with pytest.raises(RuntimeError):
            refresh_verdicts(wh)
        with pytest.raises(RuntimeError):
            ingest_path(wh, shared_news / "seeds.jsonl")
        assert wh.query(CLAIM) == stale
        assert wh.query("SELECT count(*) FROM articles")[0][0] == 20


def test_claims_of_the_first_layout_are_upgraded_and_named(warehouse: Path, shared_news: Path) -> None:
    """News tables written before claims kept their source: on the first read the columns are
    added, what each claim was checked as is read from its measure, and the claims checked against
    data are checked again so that they name their source."""
    from diversify.store import Warehouse

    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        expected = wh.query(CLAIM)
        # the layout of the first version: no such columns, no version recorded
        for column in ("partner", "reporter", "check_kind", "source_id"):
            wh.con.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        wh.con.execute("DELETE FROM meta WHERE key = 'news_schema_version'")
        assert news_schema_version(wh) == "1"
        refresh_verdicts(wh)
        assert news_schema_version(wh) == "2"
        assert wh.query(CLAIM) == expected
        kinds = wh.query("SELECT check_kind, reporter, partner FROM claims WHERE data_value IS NOT NULL "
                         "ORDER BY ALL")
        assert kinds and all(k is not None for row in kinds for k in row)
