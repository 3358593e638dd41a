"""Every real file loaded, checked against figures computed straight from the raw files and published ones.

Published figures (see shared/data/PROVENANCE.md): Canada's goods exports to the
USA in 2024, 596.8 of 780.8 CAD bn = 76.4% (HHI of export partners 0.588);
imports from the USA 376.7 of 764.9 = 49.2%; energy (HS 27) exports 199.0 bn,
89.3% to the USA; SIPRI military expenditure 1.31% of GDP in 2024, 30.6 and 37.5
bn constant US$ in 2024 and 2025; arms imports by TIV 2015-2024 about 2,425 TIV m,
USA 46.6% (equal-split method); COW 2014: US imports from Canada 346.1 bn US$,
Canadian imports from the USA 276.2 bn; ATOP v5: 28 defence-pact partners of
Canada in 2018, all NATO allies.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from diversify.data_build import DEFAULT_FILES as SHARED_FILES
from diversify.store import Warehouse


def _flows(wh: Warehouse, loader: str, where: str, params: list[object]) -> pd.DataFrame:
    return wh.frame(
        f"""SELECT f.* FROM flows f JOIN sources s ON s.source_id = f.source_id
            WHERE s.loader = '{loader}' AND {where}""",
        params,
    )


def test_every_shared_file_is_loaded_with_provenance(real_wh: Warehouse, shared_data: Path) -> None:
    sources = {r["file_name"]: r for r in real_wh.sources()}
    for rel, loader in SHARED_FILES:
        path = shared_data / rel
        row = sources[path.name]
        assert row["loader"] == loader
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert row["rows"] > 0 and row["citation"]
    assert len(sources) == len(SHARED_FILES)


def test_canada_exports_and_imports_by_partner_2024(real_wh: Warehouse, shared_data: Path) -> None:
    raw = pd.read_parquet(shared_data / "trade_canada/canada_trade_by_province_partner_1990_2024.parquet")
    raw = raw[(raw.year == 2024) & (raw.geo_code == "CA")]
    partners = raw[~raw.is_total_row]
    total_row = raw[raw.is_total_row].iloc[0]
    stored = _flows(real_wh, "canada_tdo_partner", "f.reporter = 'CAN' AND f.year = 2024 AND f.product = '_ALL'", [])
    for domain, column, usa_bn, total_bn, share in (
        ("goods_exports", "total_exports_cad", 596.8, 780.8, 0.764),
        ("goods_imports", "total_imports_cad", 376.7, 764.9, 0.492),
    ):
        values = stored[stored.domain == domain].set_index("partner").value
        assert values.sum() == pytest.approx(partners[column].sum(), rel=1e-12)
        assert values.sum() == pytest.approx(total_row[column], rel=0.005)  # the file's own total row
        usa = partners.loc[partners.partner == "United States", column].item()
        assert values["USA"] == usa
        assert usa / 1e9 == pytest.approx(usa_bn, abs=0.05)
        assert values.sum() / 1e9 == pytest.approx(total_bn, abs=0.1)
        assert values["USA"] / values.sum() == pytest.approx(share, abs=0.0005)


def test_canada_export_shares_through_the_indicators(real_wh: Warehouse) -> None:
    from diversify.indicators import concentration_series, get_domain, partner_shares

    shares = partner_shares(real_wh, "CAN", get_domain("goods_exports"), 2024, 2024)
    assert shares.share.sum() == pytest.approx(1.0)
    assert shares.iloc[0].partner == "USA"
    assert shares.iloc[0].share == pytest.approx(0.764, abs=0.0005)
    hhi = concentration_series(real_wh, "CAN", get_domain("goods_exports"), 2024, 2024).hhi.item()
    assert hhi == pytest.approx(0.588, abs=0.0005)
    energy = partner_shares(real_wh, "CAN", get_domain("energy_exports"), 2024, 2024)
    assert energy.set_index("partner").share["USA"] == pytest.approx(0.893, abs=0.0005)


def test_canada_energy_exports_2024(real_wh: Warehouse, shared_data: Path) -> None:
    raw = pd.read_parquet(shared_data / "trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet")
    raw = raw[(raw.year == 2024) & (raw.hs2 == "27") & ~raw.is_total_row]
    stored = _flows(real_wh, "canada_tdo_hs2",
                    "f.reporter = 'CAN' AND f.year = 2024 AND f.product = '27' AND f.domain = 'goods_exports'", [])
    values = stored.set_index("partner").value
    assert values.sum() == pytest.approx(raw.total_exports_cad.sum(), rel=1e-12)
    assert values.sum() / 1e9 == pytest.approx(199.0, abs=0.05)
    assert values["USA"] / 1e9 == pytest.approx(177.7, abs=0.05)
    assert values["USA"] / values.sum() == pytest.approx(0.893, abs=0.0005)
    assert real_wh.query("SELECT description FROM products WHERE classification = 'HS' AND code = '27'")


def test_military_expenditure(real_wh: Warehouse, shared_data: Path) -> None:
    gdp = pd.read_csv(shared_data / "defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv")
    usd = pd.read_csv(shared_data / "defence_spending/sipri_milex_constant_usd_owid_1949_2025.csv")
    series = real_wh.frame("SELECT country, year, indicator, value, unit FROM national_series "
                           "WHERE indicator IN ('milex_share_gdp', 'milex_constant_usd')")
    share = series[series.indicator == "milex_share_gdp"].set_index(["country", "year"]).value
    const = series[series.indicator == "milex_constant_usd"].set_index(["country", "year"]).value
    assert share["CAN", 2024] == pytest.approx(1.31, abs=0.005)
    assert share["USA", 2024] == pytest.approx(3.42, abs=0.005)
    assert const["CAN", 2024] / 1e9 == pytest.approx(30.6, abs=0.05)
    assert const["CAN", 2025] / 1e9 == pytest.approx(37.5, abs=0.05)
    # Every country row of the raw files is stored, value for value (OWID codes of former states mapped).
    for raw, stored, column in ((gdp, share, "Military expenditure (% of GDP)"), (usd, const, "Military expenditure")):
        rows = raw[raw.Code.notna() & (raw.Code != "OWID_WRL")]
        assert len(stored) == len(rows)
        can = rows[rows.Code == "CAN"].set_index("Year")[column]
        pd.testing.assert_series_equal(stored["CAN"].sort_index(), can.sort_index().astype(float),
                                       check_names=False, check_index_type=False)
    assert const["SUN"].index.max() < 1992 and "XKX" in share.index.get_level_values(0)


def test_arms_imports_equal_split_matches_derived_file(real_wh: Warehouse, shared_data: Path) -> None:
    """The yearly TIV derived here from the raw register equals the DERIVED file, cell by cell."""
    from diversify.reference.countries import resolve_names

    derived = pd.read_csv(shared_data / "sipri/sipri_tiv_bilateral_by_year_DERIVED_equal_split.csv.gz")
    codes = resolve_names(set(derived.recipient) | set(derived.supplier))
    derived["reporter"] = derived.recipient.map(codes)
    derived["partner"] = derived.supplier.map(codes)
    assert derived.reporter.notna().all() and derived.partner.notna().all()
    expected = derived.groupby(["year", "reporter", "partner"]).tiv_delivered_equal_split.sum()
    stored = _flows(real_wh, "sipri_register", "f.domain = 'arms_imports'", [])
    got = stored.set_index(["year", "reporter", "partner"]).value.sort_index()
    assert set(stored.unit) == {"TIV_millions"}
    joined = pd.concat([expected.rename("derived"), got.rename("ours")], axis=1)
    assert joined.notna().all().all(), joined[joined.isna().any(axis=1)].head()
    assert (joined.ours - joined.derived).abs().max() < 1e-6

    canada = got.loc[2015:2024].xs("CAN", level="reporter").groupby(level="partner").sum()
    assert canada.sum() == pytest.approx(2425.2, abs=0.1)
    shares = canada / canada.sum()
    assert shares["USA"] == pytest.approx(0.466, abs=0.0005)
    assert shares["ESP"] == pytest.approx(0.136, abs=0.0005)
    assert shares["AUS"] == pytest.approx(0.111, abs=0.0005)
    exports = _flows(real_wh, "sipri_register", "f.domain = 'arms_exports' AND f.partner = 'CAN'", [])
    assert exports.value.sum() == pytest.approx(stored[stored.reporter == "CAN"].value.sum())


def test_cow_trade_2014(real_wh: Warehouse, shared_data: Path) -> None:
    raw = pd.read_parquet(shared_data / "trade_bilateral/cow_dyadic_trade_v4_1870_2014.parquet")
    pair = raw[(raw.ccode1 == 2) & (raw.ccode2 == 20) & (raw.year == 2014)].iloc[0]
    stored = _flows(real_wh, "cow_trade", "f.year = 2014 AND f.product = '_ALL' AND "
                    "((f.reporter = 'USA' AND f.partner = 'CAN') OR (f.reporter = 'CAN' AND f.partner = 'USA'))", [])
    values = stored.set_index(["reporter", "domain"]).value
    assert set(stored.unit) == {"USD_millions"}
    assert values["USA", "goods_imports"] == pair.flow1
    assert values["CAN", "goods_imports"] == pair.flow2
    assert values["USA", "goods_imports"] / 1e3 == pytest.approx(346.1, abs=0.05)
    assert values["CAN", "goods_imports"] / 1e3 == pytest.approx(276.2, abs=0.05)
    assert values["CAN", "goods_exports"] == pair.flow1  # the mirror
    national = pd.read_csv(shared_data / "trade_bilateral/cow_national_trade_v4_1870_2014.csv.gz")
    usa = national[(national.ccode == 2) & (national.year == 2014)].iloc[0]
    series = dict(real_wh.query("SELECT indicator, value FROM national_series WHERE country = 'USA' AND year = 2014 "
                                "AND indicator IN ('imports_total', 'exports_total')"))
    assert series == {"imports_total": usa.imports, "exports_total": usa.exports}


def test_cow_material_capabilities(real_wh: Warehouse, shared_data: Path) -> None:
    raw = pd.read_csv(shared_data / "defence_spending/cow_nmc_1816_2022.csv.gz")
    row = raw[(raw.ccode == 20) & (raw.year == 2022)].iloc[0]
    got = dict(real_wh.query("SELECT indicator, value FROM national_series WHERE country = 'CAN' AND year = 2022 "
                             "AND indicator IN ('milex_current_usd', 'military_personnel')"))
    assert got == {"milex_current_usd": row.milex, "military_personnel": row.milper}


def test_alliances(real_wh: Warehouse, shared_data: Path) -> None:
    with gzip.open(shared_data / "alliances/atop5_dyad_year_1815_2018.csv.gz") as fh:
        atop = pd.read_csv(fh)
    rows = atop[(atop.year == 2018) & ((atop.ccode1 == 20) | (atop.ccode2 == 20)) & (atop.atop_defense == 1)]
    assert len(rows) == 56  # directed: each pair in both orders
    ties = real_wh.query("""SELECT DISTINCT t.partner FROM ties t JOIN sources s ON s.source_id = t.source_id
                            WHERE s.loader = 'atop' AND t.country = 'CAN' AND t.year = 2018 AND t.kind = 'defense'""")
    partners = {r[0] for r in ties}
    assert len(partners) == 28 == len(rows) // 2
    nato = {r[0] for r in real_wh.query(
        "SELECT country FROM bloc_membership WHERE bloc = 'NATO' AND joined <= DATE '2018-07-01' "
        "AND (left_on IS NULL OR left_on >= DATE '2018-07-01')")}
    assert partners <= nato and len(nato - partners) == 1  # every NATO ally but Canada itself

    cow = pd.read_csv(shared_data / "alliances/cow_alliance_v4_1_dyad_year_1816_2012.csv.gz")
    expected = cow[(cow.year == 2012) & (cow.ccode1 == 20) & (cow.cow_defense == 1)].ccode2.nunique()
    got = real_wh.query("""SELECT count(DISTINCT t.partner) FROM ties t JOIN sources s ON s.source_id = t.source_id
                           WHERE s.loader = 'cow_alliance' AND t.country = 'CAN' AND t.year = 2012
                           AND t.kind = 'defense'""")[0][0]
    assert got == expected > 20
