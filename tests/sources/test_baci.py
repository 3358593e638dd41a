"""The CEPII BACI loader on files in BACI's exact layout.

The main file is built from Canada's real 2024 trade by partner and HS chapter
(Trade Data Online, in the real warehouse): each chapter's value becomes two HS6
rows, in thousands, exports as ``i = 124`` and imports as ``j = 124``. The
figures are Canada's in CAD used as if they were BACI's; what is checked is
that every value lands where it should and adds up as computed by hand.
"""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import pandas as pd
import pytest

from diversify.errors import SourceFormatError, UnknownCountryError
from diversify.store import Warehouse

ROOT = Path(__file__).resolve().parents[2]
HEADER = "t,i,j,k,v,q"
CODES_HEADER = "country_code,country_name,country_iso2,country_iso3"
NAME = "BACI_HS17_Y2024_V202501.csv"


def _numeric_codes() -> dict[str, int]:
    import country_converter as coco

    data = coco.CountryConverter().data[["ISO3", "ISOnumeric"]].dropna()
    return {iso: int(num) for iso, num in zip(data.ISO3, data.ISOnumeric, strict=True)}


@pytest.fixture(scope="module")
def canada_2024(real_warehouse_path: Path) -> pd.DataFrame:
    """Canada's 2024 flows by partner and HS chapter: domain, partner (ISO3), chapter, value (CAD)."""
    with Warehouse(real_warehouse_path, create=False) as wh:
        frame = wh.frame(
            """SELECT f.domain, f.partner, f.product AS chapter, f.value FROM flows f
               JOIN sources s ON s.source_id = f.source_id
               WHERE s.loader = 'canada_tdo_hs2' AND f.reporter = 'CAN' AND f.year = 2024"""
        )
    numeric = _numeric_codes()
    frame = frame[frame.partner.isin(numeric)].copy()
    frame["code"] = frame.partner.map(numeric)
    return frame


def write_baci(folder: Path, rows: list[str], countries: dict[int, tuple[str, str]], *,
               name: str = NAME, codes_name: str = "country_codes_V202501.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / codes_name).write_text(
        CODES_HEADER + "\n" + "".join(f'{c},"{n}",,{iso}\n' for c, (n, iso) in sorted(countries.items())),
        encoding="utf-8",
    )
    path = folder / name
    path.write_text(HEADER + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def canada_file(frame: pd.DataFrame, folder: Path) -> tuple[Path, pd.DataFrame]:
    """The BACI file of Canada's 2024 flows and the HS6 rows in it (exporter, importer, k, v)."""
    records = []
    for domain, code, chapter, value in zip(frame.domain, frame.code, frame.chapter, frame.value, strict=True):
        i, j = (124, code) if domain == "goods_exports" else (code, 124)
        first = round(value * 0.6 / 1000, 3)
        records.append((i, j, f"{chapter}0100", first))
        records.append((i, j, f"{chapter}9000", round(value / 1000 - first, 3)))
    hs6 = pd.DataFrame(records, columns=["i", "j", "k", "v"]).sort_values(["i", "j", "k"])
    rows = [f"2024,{i},{j},{k},{v},{'NA' if n % 3 else round(v / 2, 3)}"
            for n, (i, j, k, v) in enumerate(hs6.itertuples(index=False))]
    codes = {int(c): (p, p) for c, p in zip(frame.code, frame.partner, strict=True)} | {124: ("Canada", "CAN")}
    return write_baci(folder, rows, codes), hs6


def test_canada_2024_lands_and_adds_up(canada_2024: pd.DataFrame, tmp_path: Path, empty_wh: Warehouse) -> None:
    path, hs6 = canada_file(canada_2024, tmp_path)
    result = empty_wh.ingest(path, "baci")
    assert result.source_id.startswith("baci:HS17:2024:")
    assert result.notes[0] == f"{len(hs6)} rows read"

    got = empty_wh.frame("SELECT reporter, partner, domain, product, value, unit FROM flows")
    assert set(got.unit) == {"USD_thousands"}
    numeric = {v: k for k, v in _numeric_codes().items()}
    hs6["ex"] = hs6.i.map(lambda c: "CAN" if c == 124 else numeric[c])
    hs6["im"] = hs6.j.map(lambda c: "CAN" if c == 124 else numeric[c])
    hs6["chapter"] = hs6.k.str[:2]
    kept = hs6[(hs6.v > 0) & (hs6.i != hs6.j)]  # TDO lists Canada itself (goods returned): not a partner
    assert f"{((hs6.v > 0) & (hs6.i == hs6.j)).sum()} flows between codes of the same country left out of flows (kept in trade_matrix)" \
        in result.notes

    # HS6 rows, both directions, exactly as in the file.
    for domain, rep, par in (("goods_exports", "ex", "im"), ("goods_imports", "im", "ex")):
        level = got[(got.domain == domain) & (got["product"].str.len() == 6)]
        expected = kept.set_index([rep, par, "k"]).v.sort_index()
        actual = level.set_index(["reporter", "partner", "product"]).value.sort_index()
        pd.testing.assert_series_equal(actual, expected, check_names=False, rtol=1e-12)

    # Chapter and all-product values are the hand sums of the HS6 rows.
    exports = got[(got.domain == "goods_exports") & (got.reporter == "CAN")]
    by_chapter = kept[kept.ex == "CAN"].groupby(["im", "chapter"]).v.sum()
    chapters = exports[exports["product"].str.len() == 2].set_index(["partner", "product"]).value
    pd.testing.assert_series_equal(chapters.sort_index(), by_chapter.sort_index(), check_names=False, rtol=1e-12)
    totals = exports[exports["product"] == "_ALL"].set_index("partner").value
    hand = kept[kept.ex == "CAN"].groupby("im").v.sum()
    pd.testing.assert_series_equal(totals.sort_index(), hand.sort_index(), check_names=False, rtol=1e-12)

    # The partner with most: the USA, 75.8% of the chapter sum (76.4% published over all products;
    # chapters 77, 98 and 99 are missing from the chapter tabulation).
    usa = totals["USA"] / totals.sum()
    assert usa == pytest.approx(hand["USA"] / hand.sum(), rel=1e-12)
    assert usa == pytest.approx(0.764, abs=0.01)
    energy = exports[exports["product"] == "27"].set_index("partner").value
    assert energy["USA"] / energy.sum() == pytest.approx(0.893, abs=0.0005)  # published: 89.3%

    # Canada's exports to the USA are the USA's imports from Canada.
    mirror = got[(got.domain == "goods_imports") & (got.reporter == "USA") & (got.partner == "CAN")]
    assert mirror.set_index("product").value["_ALL"] == pytest.approx(totals["USA"], rel=1e-12)


def test_layout_details(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Codes without their leading zero, NA and padded NA quantities, zero values, Taiwan, nes areas."""
    rows = ["2022,124,490,10121,2.5,NA", "2022,124,490,270900,1.25,           NA",
            "2022,124,697,850110,3,", "2022,124,842,270900,100.5,10", "2022,124,842,271121,0,1",
            "2022,842,124,270900,50,7.5"]
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA"), 490: ("Other Asia, nes", "S19"),
                 697: ("Europe EFTA, nes", "R20")}
    path = write_baci(tmp_path, rows, countries, name="BACI_HS17_Y2022_V202401b.csv",
                      codes_name="country_codes_V202401b.csv")
    result = empty_wh.ingest(path, "baci")
    assert result.notes == ("6 rows read", "country codes from country_codes_V202401b.csv",
                            "unspecified areas stored under XXX: 697 Europe EFTA, nes", "1 zero values left out of flows (kept in trade_matrix)")
    got = {r[:4]: r[4] for r in empty_wh.query("SELECT reporter, partner, domain, product, value FROM flows")}
    assert got[("CAN", "TWN", "goods_exports", "010121")] == 2.5
    assert got[("CAN", "TWN", "goods_exports", "01")] == 2.5
    assert got[("CAN", "TWN", "goods_exports", "_ALL")] == 3.75
    assert got[("TWN", "CAN", "goods_imports", "27")] == 1.25
    assert got[("CAN", "XXX", "goods_exports", "850110")] == 3
    assert ("CAN", "USA", "goods_exports", "271121") not in got
    assert got[("CAN", "USA", "goods_exports", "_ALL")] == 100.5
    assert got[("CAN", "USA", "goods_imports", "_ALL")] == 50
    # per direction: Taiwan 2 HS6 + 2 chapters + all; XXX, USA (exports), USA (imports): 3 each
    assert len(got) == 2 * (5 + 3 + 3 + 3)
    source = empty_wh.sources()[0]
    assert (source["version"], source["publisher"], source["rows"]) == ("V202401b", "CEPII", 6)


def test_codes_of_one_country_are_summed(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Two codes that stand for one country (two nes areas here) make one partner: their flows add up."""
    rows = ["2022,124,697,850110,3,1", "2022,124,699,850110,4,1", "2022,124,839,850110,5,1",
            "2022,124,842,850110,6,1"]
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA"), 697: ("Europe EFTA, nes", "R20"),
                 699: ("India", "IND"), 839: ("Special Categories", "X1")}
    empty_wh.ingest(write_baci(tmp_path, rows, countries, name="BACI_HS17_Y2022_V202501.csv"), "baci")
    got = dict(empty_wh.query(
        "SELECT partner, value FROM flows WHERE domain = 'goods_exports' AND product = '850110'"))
    assert got == {"XXX": 8.0, "IND": 4.0, "USA": 6.0}


def test_unsorted_file(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Files not in CEPII's order are checked for duplicates by grouping."""
    rows = [f"2022,{i},{j},{k}0101,{n + 1},NA" for n, (i, j, k) in enumerate(
        (i, j, k) for i in (124, 842, 156) for j in (124, 842, 156) if i != j for k in range(10, 40))]
    random.Random(1).shuffle(rows)
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA"), 156: ("China", "CHN")}
    empty_wh.ingest(write_baci(tmp_path / "ok", rows, countries, name="BACI_HS17_Y2022_V202501.csv"), "baci")
    total = sum(float(r.split(",")[4]) for r in rows)
    assert empty_wh.query("SELECT sum(value) FROM flows WHERE product = '_ALL' AND domain = 'goods_exports'")[0][0] \
        == pytest.approx(total)
    bad = write_baci(tmp_path / "dup", [*rows[:50], rows[7], *rows[50:]], countries,
                     name="BACI_HS17_Y2022_V202501.csv")
    i, j, k = rows[7].split(",")[1:4]
    with pytest.raises(SourceFormatError, match=re.escape(
            f"{bad}, line 9: duplicate row: t 2022, i {i}, j {j}, k {k} appears again at line 52")):
        empty_wh.ingest(bad, "baci")


def test_old_country_code_layout_and_products(tmp_path: Path, empty_wh: Warehouse) -> None:
    (tmp_path / "country_codes_V202102.csv").write_text(
        "country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n"
        '124,Canada,Canada,CA,CAN\n842,USA,"USA, Puerto Rico and US Virgin Islands",US,USA\n'
        '490,"Other Asia, nes","Other Asia, not elsewhere specified",N/A,N/A\n', encoding="utf-8")
    (tmp_path / "product_codes_HS92_V202102.csv").write_text(
        'code,description\n010111,"Horses: live, pure-bred breeding"\n270900,Crude petroleum oils\n',
        encoding="utf-8")
    path = tmp_path / "BACI_HS92_Y1995_V202102.csv"
    path.write_text(f"{HEADER}\n1995,124,490,10111,1,NA\n1995,124,842,270900,2,3\n1995,842,124,9999AA,4,\n")
    result = empty_wh.ingest(path, "baci")
    assert result.source_id.startswith("baci:HS92:1995:")
    assert "product descriptions from product_codes_HS92_V202102.csv" in result.notes
    assert empty_wh.query("SELECT code, description FROM products WHERE classification = 'HS92' ORDER BY 1") == [
        ("010111", "Horses: live, pure-bred breeding"), ("270900", "Crude petroleum oils")]
    assert sorted(empty_wh.query("SELECT reporter, partner, value FROM flows WHERE product = '9999AA'")) == [
        ("CAN", "USA", 4.0), ("USA", "CAN", 4.0)]
    assert sorted(empty_wh.query("SELECT reporter, partner FROM flows WHERE product = '010111'")) == [
        ("CAN", "TWN"), ("TWN", "CAN")]


def test_newer_release_replaces_older(tmp_path: Path, empty_wh: Warehouse) -> None:
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA")}
    old = write_baci(tmp_path / "old", ["2022,124,842,270900,100,NA", "2022,842,124,270900,7,NA"], countries,
                     name="BACI_HS17_Y2022_V202401b.csv")
    new = write_baci(tmp_path / "new", ["2022,124,842,270900,110,NA"], countries,
                     name="BACI_HS17_Y2022_V202501.csv")
    first = empty_wh.ingest(old, "baci")
    assert empty_wh.ingest(old, "baci").skipped
    with pytest.raises(SourceFormatError, match=re.escape(
            "refusing to replace the loaded version of this dataset: it has 1 rows where the loaded "
            "version has 2 (50%)")):
        empty_wh.ingest(new, "baci")  # half the rows of the release it replaces: a cut file?
    second = empty_wh.ingest(new, "baci", replace_smaller=True)
    assert second.replaced == (first.source_id,)
    assert empty_wh.query("SELECT source_id, version FROM sources") == [(second.source_id, "V202501")]
    assert empty_wh.query("SELECT reporter, domain, product, value FROM flows ORDER BY ALL") == [
        ("CAN", "goods_exports", "27", 110.0), ("CAN", "goods_exports", "270900", 110.0),
        ("CAN", "goods_exports", "_ALL", 110.0), ("USA", "goods_imports", "27", 110.0),
        ("USA", "goods_imports", "270900", 110.0), ("USA", "goods_imports", "_ALL", 110.0)]
    other_year = write_baci(tmp_path / "y23", ["2023,124,842,270900,1,NA"], countries,
                            name="BACI_HS17_Y2023_V202501.csv")
    assert empty_wh.ingest(other_year, "baci").replaced == ()
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 2


def test_country_code_file_found_or_named(tmp_path: Path, empty_wh: Warehouse) -> None:
    path = tmp_path / NAME
    path.write_text(f"{HEADER}\n2024,124,842,270900,1,NA\n")
    with pytest.raises(SourceFormatError, match=re.escape(
            f"{path}: country-code file country_codes_V202501.csv not found beside the data file")):
        empty_wh.ingest(path, "baci")
    for version in ("V202401b", "V202301"):
        (tmp_path / f"country_codes_{version}.csv").write_text(f"{CODES_HEADER}\n124,Canada,CA,CAN\n842,USA,US,USA\n")
    with pytest.raises(SourceFormatError, match=re.escape(
            f"{path}: several country-code files beside the data file (country_codes_V202301.csv, "
            "country_codes_V202401b.csv) and none named country_codes_V202501.csv")):
        empty_wh.ingest(path, "baci")
    (tmp_path / "country_codes_V202501.csv").write_text(f"{CODES_HEADER}\n124,Canada,CA,CAN\n842,USA,US,USA\n")
    assert empty_wh.ingest(path, "baci").notes[1] == "country codes from country_codes_V202501.csv"


def test_country_that_matches_nothing(tmp_path: Path, empty_wh: Warehouse) -> None:
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA"), 999: ("Newly invented place", "")}
    path = write_baci(tmp_path, ["2024,124,842,270900,1,NA", "2024,999,124,270900,1,NA"], countries)
    with pytest.raises(UnknownCountryError, match=re.escape(
            f"{path}, line 3, field 'i': country code 999 'Newly invented place' (no ISO3, "
            "country_codes_V202501.csv line 4) matches no country; add the name to an alias file")):
        empty_wh.ingest(path, "baci")


@pytest.mark.parametrize(("row", "message"), [
    ("2024,124,842,2709,1,NA", "line 3, field 'k': not an HS 6-digit code: '2709'"),
    ("2024,124,842,270900,NA,NA", "line 3, field 'v': value missing"),
    ("2024,124,842,270900,1,x", "line 3, field 'q': not a number: 'x'"),
    ("2024,124,842,270900,1,  x", "line 3, field 'q': not a number: '  x'"),
    ("2024,124,842,270900,1,-2", "line 3, field 'q': negative quantity -2.0"),
    ("20x4,124,842,270900,1,NA", "line 3, field 't': not a number: '20x4'"),
    ("1024,124,842,270900,1,NA", "line 3, field 't': year outside 1800-2100: 1024"),
    ("2024,124,842,270900,1", "line 3: expected 6 fields (t,i,j,k,v,q), found 5"),
    ("2024,124,842,270900,1,NA,7", "line 3: expected 6 fields (t,i,j,k,v,q), found 7"),
    ("2024,124,842,270900,nan,NA", "line 3, field 'v': not a number: nan"),
    ("2024,124,0,270900,1,NA", "line 3, field 'j': unknown country code 0 (not in country_codes_V202501.csv)"),
])
def test_bad_rows(row: str, message: str, tmp_path: Path, empty_wh: Warehouse) -> None:
    path = write_baci(tmp_path, ["2024,124,842,270111,5,NA", row, "2024,842,124,270900,1,NA"],
                      {124: ("Canada", "CAN"), 842: ("USA", "USA")})
    with pytest.raises(SourceFormatError) as info:
        empty_wh.ingest(path, "baci")
    assert str(info.value) == f"{path}, {message}"
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 0


def test_padded_na_then_bad_quantity(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Padded NA quantities are read (a second pass reads quantities as text); a bad one after them is named."""
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA")}
    rows = ["2024,124,842,270111,5,          NA", "2024,124,842,270900,1,   NA", "2024,842,124,270900,1,2"]
    ok = write_baci(tmp_path / "ok", rows, countries)
    assert empty_wh.ingest(ok, "baci").rows == {"trade_matrix": 3}
    bad = write_baci(tmp_path / "bad", [*rows[:2], "2024,842,124,270900,1,two"], countries)
    with pytest.raises(SourceFormatError) as info:
        empty_wh.ingest(bad, "baci")
    assert str(info.value) == f"{bad}, line 4, field 'q': not a number: 'two'"


def test_temp_tables_freed(tmp_path: Path, empty_wh: Warehouse) -> None:
    before = empty_wh.query("SELECT table_name FROM duckdb_tables() WHERE temporary ORDER BY 1")
    path = write_baci(tmp_path, ["2024,124,842,270900,1,NA"], {124: ("Canada", "CAN"), 842: ("USA", "USA")})
    empty_wh.ingest(path, "baci")
    assert empty_wh.query("SELECT table_name FROM duckdb_tables() WHERE temporary ORDER BY 1") == before
    assert empty_wh.query("SELECT count(*) FROM duckdb_views() WHERE temporary AND NOT internal")[0][0] == 0


def test_benchmark_generator_loads(tmp_path: Path, empty_wh: Warehouse) -> None:
    """The benchmark's seeded BACI generator writes files the loader accepts, with unique sorted keys."""
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "bench_ingest.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = bench.write_baci(tmp_path, 3000, seed=7)
    frame = pd.read_csv(path, dtype={"k": str})
    assert len(frame) == 3000 and not frame.duplicated(["t", "i", "j", "k"]).any()
    result = empty_wh.ingest(path, "baci")
    stored = empty_wh.query(
        "SELECT sum(value) FROM flows WHERE domain = 'goods_exports' AND product = '_ALL'")[0][0]
    assert stored == pytest.approx(frame.v.sum(), rel=1e-9)
    assert result.rows == {"trade_matrix": 3000}


def _stored(wh: Warehouse) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {
        "flows": wh.query("SELECT year, reporter, partner, domain, product, value, unit FROM flows ORDER BY ALL"),
        "trade_matrix": wh.query("SELECT year, exporter, importer, product, value, unit FROM trade_matrix ORDER BY ALL"),
    }


def test_one_read_and_checked_path_store_the_same(canada_2024: pd.DataFrame, tmp_path: Path) -> None:
    """A file named as CEPII names it is read once into trade_matrix; renamed, it takes the checked path.
    Both store the same rows, and the flows view shows the same flows."""
    path, hs6 = canada_file(canada_2024, tmp_path / "cepii")
    renamed = tmp_path / "renamed" / "canada_hs6_2024.csv"
    renamed.parent.mkdir()
    renamed.write_bytes(path.read_bytes())
    (renamed.parent / "country_codes_V202501.csv").write_bytes((path.parent / "country_codes_V202501.csv").read_bytes())
    with Warehouse(":memory:", seed=False) as one, Warehouse(":memory:", seed=False) as checked:
        a, b = one.ingest(path, "baci"), checked.ingest(renamed, "baci")
        assert a.source_id.startswith("baci:HS17:2024:") and b.source_id.startswith("baci:HS:2024:")
        assert a.rows == b.rows == {"trade_matrix": len(hs6)}
        assert a.notes[2:] == b.notes[2:]
        assert _stored(one) == _stored(checked)


def test_year_of_the_name_is_checked(tmp_path: Path, empty_wh: Warehouse) -> None:
    """A file whose name gives another year than its rows is refused at the first such row."""
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA")}
    for rows, line, year in ((["2021,124,842,270900,1,NA", "2022,124,842,270900,2,NA"], 2, 2021),
                             (["2019,124,842,270900,1,NA", "2019,842,124,270900,2,NA"], 2, 2019),
                             (["2022,124,842,270900,1,NA", "2019,842,124,270900,2,NA"], 3, 2019)):
        path = write_baci(tmp_path / str(line) / str(year), rows, countries,
                          name="BACI_HS17_Y2022_V202501.csv")
        with pytest.raises(SourceFormatError, match=re.escape(
                f"{path}, line {line}, field 't': the file name says year 2022 (Y2022) but this row "
                f"is for {year}")):
            empty_wh.ingest(path, "baci")
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 0


def test_failed_ingest_leaves_no_matrix_rows(tmp_path: Path, empty_wh: Warehouse) -> None:
    countries = {124: ("Canada", "CAN"), 842: ("USA", "USA")}
    ok = write_baci(tmp_path / "ok", ["2024,124,842,270900,3,NA"], countries)
    empty_wh.ingest(ok, "baci")
    before = _stored(empty_wh)
    bad = write_baci(tmp_path / "bad", ["2024,124,842,270900,3,NA", "2024,842,124,270900,-1,NA"], countries,
                     name="BACI_HS17_Y2024_V202601.csv")
    with pytest.raises(SourceFormatError, match="line 3, field 'v': negative value"):
        empty_wh.ingest(bad, "baci")
    assert _stored(empty_wh) == before


def test_coverage_from_stored_tables_matches_the_view(canada_2024: pd.DataFrame, tmp_path: Path,
                                                      empty_wh: Warehouse) -> None:
    from diversify.store.schema import COVERAGE_SQL

    path, _ = canada_file(canada_2024, tmp_path)
    empty_wh.ingest(path, "baci")
    empty_wh.con.execute("INSERT INTO flow_rows VALUES (2020, 'CAN', 'USA', 'goods_exports', '_ALL', 1, 'CAD', 'x:1')")
    assert empty_wh.query(f"SELECT * FROM ({COVERAGE_SQL}) ORDER BY 1, 2") == empty_wh.query(
        "SELECT reporter, domain, min(year), max(year), list(DISTINCT source_id ORDER BY source_id) "
        "FROM flows GROUP BY ALL ORDER BY 1, 2")
