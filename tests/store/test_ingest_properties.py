"""Properties of ingest and of the indicators on random synthetic files.

* the same file twice adds nothing; a changed file of the same dataset replaces
  the older one and leaves exactly what loading it alone would;
* a failing file leaves the warehouse exactly as it was;
* partner shares sum to 1 and the HHI lies in [1/n, 1], n the number of partners.

Files are written in real layouts (BACI for flows through the checked-rows
path, SIPRI/OWID military expenditure for series through the staged path,
Comtrade for flows through name resolution).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diversify.errors import DiversifyError
from diversify.store import Warehouse

COUNTRIES = {124: "CAN", 842: "USA", 156: "CHN", 276: "DEU", 250: "FRA", 392: "JPN", 484: "MEX",
             826: "GBR", 76: "BRA", 699: "IND", 36: "AUS", 410: "KOR"}
CODES = sorted(COUNTRIES)
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

values = st.floats(min_value=0.001, max_value=1e9, allow_nan=False).map(lambda v: round(v, 3))
flow_keys = st.tuples(st.sampled_from(CODES), st.sampled_from(CODES), st.integers(10_000, 979_999)) \
    .filter(lambda key: key[0] != key[1])
flow_tables = st.dictionaries(flow_keys, values, min_size=1, max_size=40)
years = st.integers(1995, 2024)
series_tables = st.dictionaries(st.tuples(st.sampled_from(sorted(COUNTRIES.values())), st.integers(1949, 2024)),
                                st.floats(min_value=0, max_value=50, allow_nan=False), min_size=1, max_size=40)


def write_baci(folder: Path, year: int, table: dict[tuple[int, int, int], float], version: str = "V202401b") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"country_codes_{version}.csv").write_text(
        "country_code,country_name,country_iso2,country_iso3\n"
        + "".join(f"{c},{iso},,{iso}\n" for c, iso in COUNTRIES.items()))
    path = folder / f"BACI_HS17_Y{year}_{version}.csv"
    path.write_text("t,i,j,k,v,q\n" + "".join(
        f"{year},{i},{j},{k:06d},{v},NA\n" for (i, j, k), v in sorted(table.items())))
    return path


def write_milex(folder: Path, table: dict[tuple[str, int], float]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "military-spending-as-a-share-of-gdp-sipri.csv"
    path.write_text("Entity,Code,Year,Military expenditure (% of GDP),World region according to OWID\n" + "".join(
        f"{code},{code},{year},{value!r},Somewhere\n" for (code, year), value in sorted(table.items())))
    return path


COMTRADE_LEGACY = ("Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,"
                   "Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,"
                   "Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag")


def write_comtrade(folder: Path, year: int, table: dict[tuple[int, int, int], float]) -> Path:
    """Legacy Comtrade rows: each flow an export of ``i`` to ``j`` of the chapter of ``k`` (summed by chapter)."""
    folder.mkdir(parents=True, exist_ok=True)
    cells: dict[tuple[int, int, str], float] = {}
    for (i, j, k), v in table.items():
        key = (i, j, f"{k:06d}"[:2])
        cells[key] = cells.get(key, 0) + v
    path = folder / "comtrade.csv"
    path.write_text(COMTRADE_LEGACY + "\n" + "".join(
        f"H5,{year},{year},{year},2,0,2,Export,{i},{COUNTRIES[i]},{COUNTRIES[i]},{j},{COUNTRIES[j]},"
        f"{COUNTRIES[j]},{chapter},Chapter {chapter},1,No Quantity,,,{v!r},0\n"
        for (i, j, chapter), v in sorted(cells.items())))
    return path


WRITERS: dict[str, Callable[..., Path]] = {"baci": write_baci, "comtrade": write_comtrade}


def content(wh: Warehouse) -> dict[str, Any]:
    """The data rows, without source ids and load times."""
    return {
        "flows": sorted(wh.query("SELECT year, reporter, partner, domain, product, round(value, 6), unit FROM flows")),
        "series": sorted(wh.query("SELECT year, country, indicator, value, unit FROM national_series")),
        "sources": sorted(wh.query("SELECT dataset_key, loader, rows FROM sources")),
    }


def everything(wh: Warehouse) -> dict[str, Any]:
    """Every table, row for row, including provenance."""
    return {t: sorted(wh.query(f"SELECT * FROM {t}"), key=repr)
            for t in ("flows", "national_series", "ties", "products", "unmatched_names", "sources")}


def load(path: Path, loader: str) -> dict[str, Any]:
    with Warehouse(":memory:", seed=False) as wh:
        wh.ingest(path, loader)
        return content(wh)


@SETTINGS
@given(year=years, table=flow_tables, loader=st.sampled_from(sorted(WRITERS)))
def test_same_file_twice_adds_nothing(year: int, table: dict[tuple[int, int, int], float], loader: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, Warehouse(":memory:", seed=False) as wh:
        path = WRITERS[loader](Path(tmp), year, table)
        first = wh.ingest(path, loader)
        once = everything(wh)
        again = wh.ingest(path, loader)
        assert again.skipped and again.source_id == first.source_id
        assert everything(wh) == once


@SETTINGS
@given(year=years, old=flow_tables, new=flow_tables, loader=st.sampled_from(sorted(WRITERS)), data=st.data())
def test_newer_version_replaces(year: int, old: dict[tuple[int, int, int], float],
                                new: dict[tuple[int, int, int], float], loader: str, data: st.DataObject) -> None:
    """BACI: any two files of one year and revision. Comtrade: a file is a slice (reporters, years, flows,
    product levels), so the newer version revises the values of the same slice."""
    if loader == "comtrade":
        new = {key: data.draw(values) for key in old}
    with tempfile.TemporaryDirectory() as tmp:
        old_path = WRITERS[loader](Path(tmp) / "old", year, old)
        new_path = WRITERS[loader](Path(tmp) / "new", year, new)
        with Warehouse(":memory:", seed=False) as wh:
            first = wh.ingest(old_path, loader)
            second = wh.ingest(new_path, loader, replace_smaller=True)  # any version, even a smaller one
            got = content(wh)
            if second.skipped:  # the same flows written twice give the same bytes
                assert second.source_id == first.source_id
            else:
                assert second.replaced == (first.source_id,)
        assert got == load(new_path, loader)


@SETTINGS
@given(old=series_tables, new=series_tables)
def test_newer_series_replace(old: dict[tuple[str, int], float], new: dict[tuple[str, int], float]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old_path, new_path = write_milex(Path(tmp) / "old", old), write_milex(Path(tmp) / "new", new)
        with Warehouse(":memory:", seed=False) as wh:
            wh.ingest(old_path, "sipri_milex_gdp")
            wh.ingest(new_path, "sipri_milex_gdp", replace_smaller=True)
            # an old file again is a new version again
            wh.ingest(old_path, "sipri_milex_gdp", replace_smaller=True)
            got = content(wh)
        assert got == load(old_path, "sipri_milex_gdp")
        assert len(got["series"]) == len(old)


BREAKAGES = ["negative", "non_numeric", "duplicate", "unknown_code", "truncated"]


def _break(path: Path, how: str, row: int) -> None:
    lines = path.read_text().splitlines()
    n = 1 + row % (len(lines) - 1)
    cells = lines[n].split(",")
    value_col = 4 if path.name.startswith("BACI") else 3
    if how == "negative":
        cells[value_col] = "-1"
    elif how == "non_numeric":
        cells[value_col] = "1.2.3"
    elif how == "unknown_code":
        cells[1] = "9999" if path.name.startswith("BACI") else "QQQ"
    if how == "duplicate":
        lines.insert(n, lines[n])
    elif how == "truncated":
        lines[n] = ",".join(cells[:2])
    else:
        lines[n] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")


@SETTINGS
@given(year=years, good=flow_tables, bad=flow_tables, series=series_tables,
       how=st.sampled_from(BREAKAGES), row=st.integers(0, 1000))
def test_failing_file_changes_nothing(year: int, good: dict[tuple[int, int, int], float],
                                      bad: dict[tuple[int, int, int], float], series: dict[tuple[str, int], float],
                                      how: str, row: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Warehouse(":memory:", seed=False) as wh:
        wh.ingest(write_baci(Path(tmp) / "good", year, good), "baci")
        wh.ingest(write_milex(Path(tmp) / "good_series", series), "sipri_milex_gdp")
        before = everything(wh)
        temp_before = wh.query("SELECT count(*) FROM duckdb_tables() WHERE temporary")
        broken_flows = write_baci(Path(tmp) / "bad", year, bad, version="V202501")
        broken_series = write_milex(Path(tmp) / "bad_series", series)
        _break(broken_flows, how, row)
        _break(broken_series, how, row)
        for path, loader in ((broken_flows, "baci"), (broken_series, "sipri_milex_gdp")):
            with pytest.raises(DiversifyError) as info:
                wh.ingest(path, loader)
            assert str(info.value).startswith(str(path))
            assert everything(wh) == before
        assert wh.query("SELECT count(*) FROM duckdb_tables() WHERE temporary") == temp_before


@SETTINGS
@given(year=years, table=flow_tables)
def test_shares_sum_to_one_and_hhi_within_bounds(year: int, table: dict[tuple[int, int, int], float]) -> None:
    from diversify.indicators import concentration_series, get_domain, partner_shares

    with tempfile.TemporaryDirectory() as tmp, Warehouse(":memory:", seed=False) as wh:
        wh.ingest(write_baci(Path(tmp), year, table), "baci")
        reporters = sorted({COUNTRIES[i] for i, _, _ in table} | {COUNTRIES[j] for _, j, _ in table})
        for reporter in reporters[:3]:
            for domain in ("goods_exports", "goods_imports"):
                partners = {COUNTRIES[j] if domain == "goods_exports" else COUNTRIES[i]
                            for (i, j, _) in table
                            if COUNTRIES[i if domain == "goods_exports" else j] == reporter}
                shares = partner_shares(wh, reporter, get_domain(domain), year, year)
                if not partners:
                    assert shares.empty
                    continue
                assert set(shares.partner) == partners
                assert shares.share.sum() == pytest.approx(1.0, rel=1e-9)
                assert (shares.share > 0).all()
                conc = concentration_series(wh, reporter, get_domain(domain), year, year).iloc[0]
                n = len(partners)
                assert 1 / n - 1e-12 <= conc.hhi <= 1 + 1e-12
                assert conc.effective_partners == pytest.approx(1 / conc.hhi)
                assert conc.n_partners == n
                assert conc.hhi == pytest.approx((shares.share ** 2).sum(), rel=1e-9)
