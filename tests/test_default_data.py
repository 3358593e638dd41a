"""The embedded default data are reproducible from the original public files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    # byte for byte, but for the time of the build the sources record (see SOURCE_DATE_EPOCH)
    for shipped in default_dir().iterdir():
        if shipped.name not in ("sources.parquet", "manifest.json"):
            assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes(), shipped.name
    con = duckdb.connect()
    rows = "SELECT * EXCLUDE (ingested_at) FROM read_parquet(?)"
    rebuilt = con.execute(rows, [str(tmp_path / "sources.parquet")]).fetchall()
    assert rebuilt == con.execute(rows, [str(default_dir() / "sources.parquet")]).fetchall()


SIPRI = "sipri/sipri_trade_register_1950_2024_raw.csv.gz"


def test_building_twice_writes_the_same_bytes(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SIPRI part of the build, twice: every file the same bytes (the yearly TIV of a pair
    summed deals in whatever order the threads met them, and its last digit changed)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741824000")
    for name in ("a", "b"):
        build_default_data(
            shared_data, tmp_path / name, files=[(SIPRI, "sipri_register")], gravity={}
        )
    written = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert "flows.parquet" in written and "manifest.json" in written
    for name in written:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    stamps = duckdb.connect().execute(
        "SELECT DISTINCT ingested_at FROM read_parquet(?)",
        [str(tmp_path / "a" / "sources.parquet")],
    )
    assert [str(s) for (s,) in stamps.fetchall()] == ["2025-03-13 00:00:00"]


def test_yearly_tiv_adds_the_deals_in_the_register_order(shared_data: Path) -> None:
    """Each pair's yearly TIV is its deals' shares added in the order of the register's lines, then
    (names of one country, e.g. Turkey and Turkiye; SIPRI's unknown suppliers) in the order of
    their first line: the same figure on every run, whatever the number of threads."""
    import functools
    import operator

    from diversify.reference.countries import resolve_names
    from diversify.sources.sipri_arms import _read_raw
    from diversify.store import Warehouse

    records, _ = _read_raw(shared_data / SIPRI)
    # (year, recipient, supplier) -> [shares in the register's order, first line]
    by_names: dict[tuple[int, str, str], list[Any]] = {}
    for recipient, supplier, years_text, tiv, line in records:
        parts = [y.strip().rstrip("?") for y in years_text.replace(",", ";").split(";")]
        years = [int(y) for y in parts if y.strip()]
        if not tiv.strip() or not years:
            continue
        for year in years:
            key = (year, recipient.strip(), supplier.strip())
            by_names.setdefault(key, [[], line])[0].append(float(tiv) / len(years))
    code = {n: c or "XXX" for n, c in resolve_names({n for k in by_names for n in k[1:]}).items()}
    by_codes: dict[tuple[int, str, str, str], list[float]] = {}
    for (year, rec, sup), (shares, _) in sorted(by_names.items(), key=lambda kv: kv[1][1]):
        total = functools.reduce(operator.add, shares)
        by_codes.setdefault((year, code[rec], code[sup], "arms_imports"), []).append(total)
        by_codes.setdefault((year, code[sup], code[rec], "arms_exports"), []).append(total)
    expected = {k: functools.reduce(operator.add, v) for k, v in by_codes.items()}
    assert sum(len(v) > 1 for v in by_codes.values()) > 50  # sums of several names are checked too

    with Warehouse(":memory:", seed=False) as wh:
        wh.con.execute("SET threads = 4")
        wh.ingest(shared_data / SIPRI, "sipri_register")
        rows = wh.query("SELECT year, reporter, partner, domain, value FROM flow_rows")
    assert len(rows) == len(expected)
    wrong = [(r, expected[r[:4]]) for r in rows if r[4] != expected[r[:4]]]
    assert not wrong, wrong[:5]


def test_embedded_tables_are_written_in_a_total_order(real_warehouse_path: Path) -> None:
    """Every table of the embedded data is sorted on a key no two rows share (or on all of its
    columns), so two builds cannot write tied rows in different orders. Checked on the real
    files in full."""
    from diversify.data_build import EXPORTS
    from diversify.store import Warehouse

    with Warehouse(real_warehouse_path, create=False, read_only=True) as wh:
        for table, sql in EXPORTS.items():
            query, _, order = sql.partition(" ORDER BY ")
            assert order, f"{table} is written in no order"
            columns = [d[0] for d in wh.con.execute(f"{query} LIMIT 0").description]
            keys = [k.strip() for k in order.split(",")]
            if set(keys) == set(columns):
                continue
            key = ", ".join(keys)
            [(rows, distinct)] = wh.query(
                f"SELECT count(*), count(DISTINCT ({key})) FROM ({query})"
            )
            assert rows == distinct, f"{table}: rows tie on {key}"


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
