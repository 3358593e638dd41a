"""The embedded default data are reproducible from the original public files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from diversify.data_build import (
    DEFAULT_FILES,
    SUBSETS,
    build_default_data,
    default_dir,
    subset_sha256,
)
from diversify.store.ingest import sha256_file

CHECKS = {
    "flows": "SELECT count(*), fsum(value), count(DISTINCT reporter), min(year), max(year) FROM t",
    "national_series": "SELECT count(*), fsum(value), count(DISTINCT country) FROM t",
    "ties": "SELECT count(*), count(DISTINCT country), min(year), max(year) FROM t",
    "sources": "SELECT list(source_id ORDER BY source_id), list(sha256 ORDER BY source_id) FROM t",
}


def _summary(folder: Path, table: str) -> tuple:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW t AS SELECT * FROM read_parquet('{folder / (table + '.parquet')}')")
    return con.execute(CHECKS[table]).fetchone()


@pytest.mark.slow
def test_rebuild_matches_the_embedded_data(tmp_path: Path, shared_data: Path) -> None:
    build_default_data(shared_data, tmp_path)
    for table in CHECKS:
        got, shipped = _summary(tmp_path, table), _summary(default_dir(), table)
        assert got[0] == shipped[0], table
        for a, b in zip(got[1:], shipped[1:], strict=True):
            assert a == (pytest.approx(b, rel=1e-12) if isinstance(a, float) else b), table


def test_embedded_data_are_small_and_cited() -> None:
    files = list(default_dir().glob("*.parquet"))
    assert sum(f.stat().st_size for f in files) < 4.5e6
    con = duckdb.connect()
    rows = con.execute(f"SELECT source_id, citation, sha256, file_name FROM read_parquet('{default_dir() / 'sources.parquet'}')").fetchall()
    assert len(rows) >= 8
    for source_id, citation, sha, file_name in rows:
        assert citation and len(sha) == 64 and file_name, source_id


def _embedded_sources() -> dict[str, dict]:
    con = duckdb.connect()
    cur = con.execute(f"SELECT * FROM read_parquet('{default_dir() / 'sources.parquet'}')")
    cols = [d[0] for d in cur.description]
    return {row[cols.index("loader")]: dict(zip(cols, row, strict=True)) for row in cur.fetchall()}


def test_embedded_subsets_are_sources_of_their_own(shared_data: Path) -> None:
    """A file of which the embedded data keep part is recorded as that part: its own hash, its stored
    row count, and the full file's SHA-256 in its notes."""
    sources = _embedded_sources()
    con = duckdb.connect()
    for rel, loader in DEFAULT_FILES:
        src = sources[loader]
        full = sha256_file(shared_data / rel)
        if loader not in SUBSETS:
            assert src["sha256"] == full, loader
            continue
        sub = SUBSETS[loader]
        assert src["sha256"] == subset_sha256(full, sub.rule) != full, loader
        assert src["source_id"].endswith(src["sha256"][:12])
        assert f"embedded subset: {sub.rule}" in src["version"] and full in src["notes"], loader
        table = {"flow_rows": "flows"}.get(sub.table, sub.table)
        stored = con.execute(
            f"SELECT count(*) FROM read_parquet('{default_dir() / (table + '.parquet')}') WHERE source_id = ?",
            [src["source_id"]],
        ).fetchone()[0]
        assert src["rows"] == stored, loader
    assert sources["cow_trade"]["rows"] == 426_228


def test_full_files_replace_the_embedded_subsets(tmp_path: Path, shared_data: Path) -> None:
    from diversify.report.build import build_report
    from diversify.store import Warehouse

    embedded = _embedded_sources()
    with Warehouse(tmp_path / "w.duckdb") as wh:
        assert build_report(wh, "DEU", year=1975, domains=["goods_exports"])["domains"] == {}
        for rel, loader in DEFAULT_FILES:
            if loader not in ("cow_trade", "cow_trade_national", "cow_nmc", "atop"):
                continue
            res = wh.ingest(shared_data / rel, loader)
            assert not res.skipped and res.replaced == (embedded[loader]["source_id"],), loader
        rep = build_report(wh, "DEU", year=1975, domains=["goods_exports"])
        assert rep["domains"]["goods_exports"]["year"] == 1975
        (rows,) = wh.query("SELECT rows FROM sources WHERE loader = 'cow_trade'")
        assert rows[0] == 1_126_622
        assert wh.query("SELECT min(year) FROM ties")[0][0] == 1815
        again = wh.ingest(shared_data / "trade_bilateral/cow_national_trade_v4_1870_2014.csv.gz", "cow_trade_national")
        assert again.skipped
