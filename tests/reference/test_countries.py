"""Country names: reviewed aliases, names that must match, names that must not."""

from __future__ import annotations

import pytest

from diversify.reference.countries import resolve_names

MUST_MATCH = {
    "Soviet Union": "SUN", "Korea South": "KOR", "Korea, South": "KOR", "Korea, North": "PRK",
    "France (incl. Monaco, French Antilles)": "FRA", "United States": "USA", "Türkiye": "TUR",
    "Turkiye": "TUR", "East Germany (GDR)": "DDR", "Czechoslovakia": "CSK", "Viet Nam": "VNM",
    "UAE": "ARE", "DR Congo": "COD", "Congo (formerly Zaire)": "COD", "Yugoslavia": "YUG",
    "Germany, East": "DDR", "U.S.S.R.": "SUN", "Hezbollah (Lebanon)*": "XNS", "NATO**": "XIO",
    "unknown recipient(s)": "XXX", "CAN": "CAN", "Kosovo": "XKX",
    "Belgium-Luxembourg (...1998)": "XBL", "Southern African Customs Union (...1999)": "XSC",
}
MUST_NOT_MATCH = ["Atlantis", "Total All Countries", "Europe", "Narnia", ""]


@pytest.mark.parametrize(("name", "code"), sorted(MUST_MATCH.items()))
def test_alias_matches(name: str, code: str) -> None:
    assert resolve_names([name])[name] == code


@pytest.mark.parametrize("name", MUST_NOT_MATCH)
def test_names_that_must_not_match(name: str) -> None:
    assert resolve_names([name])[name] is None


def test_every_name_in_the_real_files_resolves(shared_data) -> None:
    import pandas as pd

    names = set(pd.read_parquet(shared_data / "trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet").partner)
    sipri = pd.read_parquet(shared_data / "sipri/sipri_trade_register_1950_2024.parquet")
    names |= set(sipri.recipient) | set(sipri.supplier)
    names -= {"Total All Countries"}
    unmatched = sorted(n for n, c in resolve_names(names).items() if c is None)
    assert unmatched == []


def test_provinces_are_their_own_reporters(real_wh) -> None:
    from diversify.report.build import build_report

    assert resolve_names(["Ontario"])["Ontario"] == "CA-ON"
    assert resolve_names(["ca-qc"])["ca-qc"] == "CA-QC"
    rep = build_report(real_wh, "Ontario", year=2024, domains=["goods_exports"])
    on = rep["domains"]["goods_exports"]
    assert rep["country"] == "CA-ON"
    assert on["top_partner"] == "USA" and 0.7 < on["top_share"] < 0.9
    can = build_report(real_wh, "CAN", year=2024, domains=["goods_exports"])["domains"]["goods_exports"]
    assert on["total"] < can["total"]
