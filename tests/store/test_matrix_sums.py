"""``trade_pairs`` and ``trade_chapters``: the sums of a stored matrix per pair and per pair and
HS chapter, written at ingest.

The ``flows`` view reads its all-product rows and chapter imports from them; they must be exactly
the rows it summed from the HS6 flows before, after every way a matrix year comes and goes
(ingest, a newer release, the same file again, a refused or failed load, an older warehouse).
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from diversify.errors import SourceFormatError
from diversify.sources.baci_synthetic import write_baci_like
from diversify.store import Warehouse
from diversify.store.schema import DDL

COUNTRIES = {124: ("Canada", "CAN"), 842: ("USA", "USA"), 484: ("Mexico", "MEX")}

SUMMED = """SELECT year, exporter, importer, fsum(value), unit, source_id FROM trade_matrix
            WHERE value > 0 AND exporter <> importer GROUP BY ALL ORDER BY ALL"""
"""What the view summed on every query before the totals were stored."""
CHAPTERS = """SELECT year, exporter, importer, left(product, 2), fsum(value), unit, source_id FROM trade_matrix
              WHERE value > 0 AND exporter <> importer GROUP BY ALL ORDER BY ALL"""


def _pairs(wh: Warehouse) -> list[tuple]:  # type: ignore[type-arg]
    return wh.query("SELECT year, exporter, importer, value, unit, source_id FROM trade_pairs ORDER BY ALL")


def _summed(wh: Warehouse) -> list[tuple]:  # type: ignore[type-arg]
    with wh.deterministic():
        return wh.query(SUMMED)


def _chapters(wh: Warehouse) -> list[tuple]:  # type: ignore[type-arg]
    return wh.query("SELECT year, exporter, importer, chapter, value, unit, source_id FROM trade_chapters ORDER BY ALL")


def _stored(wh: Warehouse) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    return _pairs(wh), _chapters(wh)


def _write(folder: Path, rows: list[str], name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "country_codes_V202501.csv").write_text(
        "country_code,country_name,country_iso2,country_iso3\n"
        + "".join(f'{c},"{n}",,{iso}\n' for c, (n, iso) in sorted(COUNTRIES.items())), encoding="utf-8")
    path = folder / name
    path.write_text("t,i,j,k,v,q\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_totals_are_the_sums_the_view_made(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Two seeded BACI-shaped years: every stored total equals the sum over the pair's HS6 flows to
    the last bit, and the view's all-product rows equal the sums of its HS6 rows."""
    for path in write_baci_like(tmp_path, 20_000, years=(2021, 2022)):
        empty_wh.ingest(path, "baci")
    pairs = _pairs(empty_wh)
    assert len(pairs) > 1000
    assert pairs == _summed(empty_wh)
    with empty_wh.deterministic():
        hs6 = empty_wh.query("""SELECT year, reporter, partner, domain, fsum(value) FROM flows
                                WHERE length(product) = 6 GROUP BY ALL ORDER BY ALL""")
    assert empty_wh.query("""SELECT year, reporter, partner, domain, value FROM flows
                             WHERE product = '_ALL' ORDER BY ALL""") == hs6
    chapters = _chapters(empty_wh)
    assert len(chapters) > len(pairs)
    with empty_wh.deterministic():
        assert chapters == empty_wh.query(CHAPTERS)
        by_chapter = empty_wh.query("""SELECT year, reporter, partner, left(product, 2), fsum(value) FROM flows
                                       WHERE domain = 'goods_imports' AND length(product) = 6
                                       GROUP BY ALL ORDER BY ALL""")
    assert empty_wh.query("""SELECT year, reporter, partner, product, value FROM flows
                             WHERE domain = 'goods_imports' AND length(product) = 2 ORDER BY ALL""") == by_chapter
    stored = empty_wh.query("SELECT source_id, importer FROM trade_chapters")
    assert stored == sorted(stored) and len({r[1] for r in stored}) > 100  # in importer order, per source


def test_zero_values_and_own_flows_are_left_out(tmp_path: Path, empty_wh: Warehouse) -> None:
    path = _write(tmp_path, ["2022,124,124,270900,5,NA", "2022,124,842,010100,0,NA", "2022,124,842,270900,1.5,NA",
                             "2022,124,842,870300,2.25,NA", "2022,842,124,270900,7,NA"],
                  "BACI_HS17_Y2022_V202501.csv")
    sid = empty_wh.ingest(path, "baci").source_id
    assert _pairs(empty_wh) == [(2022, "CAN", "USA", 3.75, "USD_thousands", sid),
                                (2022, "USA", "CAN", 7.0, "USD_thousands", sid)]
    assert [r[:5] for r in _chapters(empty_wh)] == [(2022, "CAN", "USA", "27", 1.5), (2022, "CAN", "USA", "87", 2.25),
                                                    (2022, "USA", "CAN", "27", 7.0)]


def test_newer_release_same_file_and_refusals(tmp_path: Path, empty_wh: Warehouse) -> None:
    """A newer release replaces the older totals; the same file again adds nothing; a refused
    replacement and a failed load leave the totals exactly as they were (one transaction)."""
    old = _write(tmp_path / "old", ["2022,124,842,270900,100,NA", "2022,124,842,870300,1,NA",
                                    "2022,842,124,270900,7,NA"], "BACI_HS17_Y2022_V202401b.csv")
    first = empty_wh.ingest(old, "baci")
    before = _stored(empty_wh)
    assert [(r[1], r[2], r[3]) for r in before[0]] == [("CAN", "USA", 101.0), ("USA", "CAN", 7.0)]
    assert len(before[1]) == 3
    assert empty_wh.ingest(old, "baci").skipped
    assert _stored(empty_wh) == before

    cut = _write(tmp_path / "cut", ["2022,124,842,270900,110,NA"], "BACI_HS17_Y2022_V202501.csv")
    with pytest.raises(SourceFormatError, match="refusing to replace"):
        empty_wh.ingest(cut, "baci")  # refused after its totals were summed: all rolled back
    assert _stored(empty_wh) == before
    bad = _write(tmp_path / "bad", ["2022,124,842,270900,3,NA", "2022,842,124,270900,-1,NA"],
                 "BACI_HS17_Y2022_V202601.csv")
    with pytest.raises(SourceFormatError, match=re.escape("negative value")):
        empty_wh.ingest(bad, "baci")
    assert _stored(empty_wh) == before

    second = empty_wh.ingest(cut, "baci", replace_smaller=True)
    assert second.replaced == (first.source_id,)
    assert _pairs(empty_wh) == [(2022, "CAN", "USA", 110.0, "USD_thousands", second.source_id)]
    assert _pairs(empty_wh) == _summed(empty_wh)
    assert [r[:5] for r in _chapters(empty_wh)] == [(2022, "CAN", "USA", "27", 110.0)]
    other = _write(tmp_path / "y23", ["2023,484,124,270900,4,NA"], "BACI_HS17_Y2023_V202501.csv")
    empty_wh.ingest(other, "baci")
    assert [r[:4] for r in _pairs(empty_wh)] == [(2022, "CAN", "USA", 110.0), (2023, "MEX", "CAN", 4.0)]


def test_schema_2_warehouse_gets_its_totals(tmp_path: Path) -> None:
    """A warehouse written before the totals were stored is upgraded once, its matrix summed."""
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute(re.sub(r"CREATE TABLE IF NOT EXISTS trade_pairs \(.*?\);", "", DDL, flags=re.DOTALL))
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("""INSERT INTO trade_matrix VALUES
        (2022, 'CAN', 'USA', '270900', 1.5, 'USD_thousands', 'baci:a'),
        (2022, 'CAN', 'USA', '870300', 2.0, 'USD_thousands', 'baci:a'),
        (2022, 'USA', 'USA', '870300', 9.0, 'USD_thousands', 'baci:a'),
        (2023, 'USA', 'CAN', '270900', 4.0, 'USD_thousands', 'baci:b')""")
    con.close()
    with Warehouse(path, create=False, read_only=True) as wh:
        assert [r[:5] for r in _chapters(wh)] == [(2022, "CAN", "USA", "27", 1.5), (2022, "CAN", "USA", "87", 2.0),
                                                  (2023, "USA", "CAN", "27", 4.0)]
        assert _pairs(wh) == [(2022, "CAN", "USA", 3.5, "USD_thousands", "baci:a"),
                              (2023, "USA", "CAN", 4.0, "USD_thousands", "baci:b")]
        assert wh.query("SELECT reporter, partner, domain, value FROM flows WHERE product = '_ALL' ORDER BY ALL") == [
            ("CAN", "USA", "goods_exports", 3.5), ("CAN", "USA", "goods_imports", 4.0),
            ("USA", "CAN", "goods_exports", 4.0), ("USA", "CAN", "goods_imports", 3.5)]
        assert wh.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]
    with Warehouse(path, create=False) as wh:  # opens again as it is
        assert len(_pairs(wh)) == 2
