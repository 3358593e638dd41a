"""A reporter is never its own partner: re-imports stay out of partner, bloc and supplier shares.

Statistics Canada lists "Re-Imports (Canada)" (Canadian goods returned) among the partners of
Canada's imports; the alias file maps it to CAN. Computed from the raw partner file for 2024:
re-imports are 0.72% of the imports as listed; NATO's share of foreign supply is 61.93% (62.20%
if CAN counted as a NATO partner; 61.48% if re-imports stayed in the total).
"""

from __future__ import annotations

import pytest

from diversify.indicators import DOMAINS, bloc_share_series, partner_shares
from diversify.indicators.critical import critical_products
from diversify.report.build import build_report


def _imports(real_wh, year: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rows = real_wh.query(
        "SELECT partner, sum(value) FROM flows WHERE reporter = 'CAN' AND domain = 'goods_imports' "
        "AND product = '_ALL' AND year = ? GROUP BY partner",
        [year],
    )
    return {p: float(v) for p, v in rows}


def test_reimports_are_not_a_partner(real_wh) -> None:  # type: ignore[no-untyped-def]
    listed = _imports(real_wh, 2024)
    assert listed["CAN"] / sum(listed.values()) == pytest.approx(0.0072, abs=5e-5)
    shares = partner_shares(real_wh, "CAN", DOMAINS["goods_imports"], 2024, 2024)
    assert "CAN" not in set(shares["partner"])
    foreign = sum(v for p, v in listed.items() if p != "CAN")
    assert shares["share"].sum() == pytest.approx(1.0, rel=1e-12)
    assert shares.set_index("partner").loc["USA", "value"] / foreign == pytest.approx(
        shares.set_index("partner").loc["USA", "share"], rel=1e-12
    )
    nato = bloc_share_series(real_wh, "CAN", DOMAINS["goods_imports"], ["NATO"], 2024, 2024)
    assert float(nato["share"].iloc[0]) == pytest.approx(0.61926, abs=5e-5)


def test_provinces_do_not_count_canada_as_a_partner(real_wh) -> None:  # type: ignore[no-untyped-def]
    shares = partner_shares(real_wh, "CA-ON", DOMAINS["goods_imports"], 2024, 2024)
    assert not shares.empty and "CAN" not in set(shares["partner"])


def test_reimports_are_noted_in_the_report(real_wh) -> None:  # type: ignore[no-untyped-def]
    rep = build_report(real_wh, "CAN", year=2024, domains=["goods_imports"])
    d = rep["domains"]["goods_imports"]
    assert "CAN" not in {p["partner"] for p in d["partners"]}
    assert d["reimports"]["value"] == pytest.approx(_imports(real_wh, 2024)["CAN"], rel=1e-12)
    assert any("re-imports" in n and "left out of partner and bloc shares" in n for n in rep["notes"])


def test_reimports_do_not_enter_supplier_concentration(real_wh) -> None:  # type: ignore[no-untyped-def]
    crit = critical_products(real_wh, "CAN", 2024)
    assert "CAN" not in set(crit["top_supplier"])
    assert "33" in set(crit["product"])  # hidden by re-imports before


def test_the_report_lists_every_critical_chapter(real_wh) -> None:  # type: ignore[no-untyped-def]
    crit = critical_products(real_wh, "CAN", 2024)
    assert len(crit) > 15
    rep = build_report(real_wh, "CAN", year=2024, domains=["goods_imports"])
    listed = rep["domains"]["goods_imports"]["critical_products"]
    assert [c["product"] for c in listed] == crit["product"].tolist()
