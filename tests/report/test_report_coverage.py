"""Years whose partner flows cover too little of the national total are said and left out of charts.

COW dyadic trade (v4, as distributed) holds West Germany's 1960-1989 trade only
with Belgium and Luxembourg (1955-1959 have 74-78 partners); COW's national totals
hold all of it. Computed from
the raw files: DEU 1975 exports to BEL and LUX sum to 6,764 of 90,099 US$ m (7.5%).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from diversify.indicators.domains import DOMAINS
from diversify.indicators.shares import THIN_COVERAGE, coverage_series, is_thin
from diversify.report.build import _year_ranges, build_report
from diversify.report.charts import domain_figures


def test_coverage_against_the_raw_files(real_wh, shared_data) -> None:
    cov = coverage_series(real_wh, "DEU", DOMAINS["goods_exports"]).set_index("year")["coverage"]
    con = duckdb.connect()
    dyadic = shared_data / "trade_bilateral" / "cow_dyadic_trade_v4_1870_2014.parquet"
    national = shared_data / "trade_bilateral" / "cow_national_trade_v4_1870_2014.csv.gz"
    # flow1 is imports of ccode1 from ccode2, flow2 imports of ccode2 from ccode1: West Germany (260) exports
    exports = con.execute(
        f"SELECT sum(CASE WHEN ccode1 = 260 THEN flow2 ELSE flow1 END) FROM '{dyadic}' "
        "WHERE year = 1975 AND 260 IN (ccode1, ccode2) AND (CASE WHEN ccode1 = 260 THEN flow2 ELSE flow1 END) > 0"
    ).fetchone()[0]
    # the national file keeps West Germany's totals under Germany's code (255) and leaves 260 empty
    total = con.execute(f"SELECT exports FROM read_csv('{national}') WHERE ccode = 255 AND year = 1975").fetchone()[0]
    assert cov[1975] == pytest.approx(exports / total, rel=1e-9)
    assert cov[1975] < 0.1
    assert 0.8 < cov[2010] < 1.2  # unified Germany, every partner


def test_no_coverage_without_a_comparable_total(real_wh) -> None:
    """Canada's trade since 2000 is in CAD (Trade Data Online); COW's totals are in US$: not compared."""
    cov = coverage_series(real_wh, "CAN", DOMAINS["goods_exports"])
    assert not cov.empty and cov["year"].max() < 2000
    assert coverage_series(real_wh, "CAN", DOMAINS["arms_imports"]).empty


def test_thin_years_are_noted_and_left_out_of_charts(real_wh) -> None:
    rep = build_report(real_wh, "DEU", year=1975, domains=["goods_exports"])
    d = rep["domains"]["goods_exports"]
    assert d["partners"][0]["partner"] == "BEL"
    note = next(n for n in rep["notes"] if "partner flows cover less than 50%" in n)
    assert "1960-1989" in note and "cow_trade_national" in note
    assert d["changes"] == {"5y": None, "10y": None}
    by_year = {t["year"]: t for t in d["trend"]}
    assert by_year[1975]["coverage"] < THIN_COVERAGE and by_year[1975]["n_partners"] == 2
    figs = {f["id"]: f for f in domain_figures("goods_exports", d)}
    hhi = figs["goods_exports-hhi"]["data"][0]
    y = dict(zip(hhi["x"], hhi["y"], strict=True))
    assert y[1975] is None and y[1913] is not None


def test_years_with_full_coverage_keep_their_changes(real_wh) -> None:
    rep = build_report(real_wh, "DEU", year=2010, domains=["goods_exports", "goods_imports"])
    assert rep["domains"]["goods_exports"]["changes"]["5y"] is not None
    by_year = {t["year"]: t for t in rep["domains"]["goods_exports"]["trend"]}
    assert 0.8 < by_year[2010]["coverage"] < 1.2


def test_readme_names_west_germanys_thin_years(real_wh) -> None:
    cov = coverage_series(real_wh, "DEU", DOMAINS["goods_exports"], 1950, 1995)
    thin = [int(y) for y, c in zip(cov["year"], cov["coverage"], strict=True) if is_thin(c)]
    assert _year_ranges(thin) == "1960-1989"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert f"West Germany {_year_ranges(thin)} in COW's dyadic file holds only Belgium and Luxembourg" in readme
