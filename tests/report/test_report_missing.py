"""What a report says where figures are missing: plain words, never 'None', '[]' or an empty
source, and 'no data at all' only for a country that has none."""

from __future__ import annotations

from diversify.report.build import build_report


def test_a_domain_without_data_is_noted_alone(real_wh) -> None:
    # Japan has goods, arms and military spending, but no energy-export rows
    rep = build_report(real_wh, "JPN", domains=["energy_exports"])
    assert rep["domains"] == {}
    assert rep["notes"] == ["energy_exports: no data for JPN"]
    for country, domain in (("SRB", "goods_exports"), ("TUV", "arms_exports")):
        notes = build_report(real_wh, country, domains=[domain])["notes"]
        assert not any("no data at all" in n for n in notes), notes


def test_no_data_at_all_only_for_a_country_without_any(real_wh) -> None:
    # Pitcairn is only ever a partner; the Vatican has the Papal States' COW spending (1816-1870)
    assert "no data at all for PCN in this warehouse" in build_report(real_wh, "PCN")["notes"]
    assert not any("no data at all" in n for n in build_report(real_wh, "VAT")["notes"])
