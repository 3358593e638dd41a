"""The embedded default data are reproducible from the original public files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from diversify.data_build import build_default_data, default_dir

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
