"""What a report says where figures are missing: plain words, never 'None', '[]' or an empty
source, and 'no data at all' only for a country that has none."""

from __future__ import annotations

import csv
import io

from diversify.report.build import build_report
from diversify.report.html import render_html
from diversify.report.text import render_csv, render_text


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


def test_a_year_before_any_figure_shows_no_none(real_wh) -> None:
    rep = build_report(real_wh, "JPN", year=1800)
    text = render_text(rep)
    for bad in ("None", "[]", "source:  ("):
        assert bad not in text, text
    html = render_html(rep, inline_js=False)
    for bad in ("None", "n/a%", "n/a bn", "Source: ."):
        assert bad not in html
    for row in csv.DictReader(io.StringIO(render_csv(rep))):
        assert row["year"] and row["value"], row


def test_a_missing_military_series_says_no_data(real_wh) -> None:
    # Iceland has no armed forces: SIPRI gives a constant-US$ series of zeros and no share of GDP
    rep = build_report(real_wh, "ISL")
    text = render_text(rep)
    assert "share of GDP: no data" in text and "None" not in text
    usd_source = rep["domains"]["military_expenditure"]["constant_usd_source"]
    assert f"[{usd_source}]" in text  # the ids are text, not console markup
    html = render_html(rep, inline_js=False)
    assert "None" not in html and "n/a%" not in html
    mil = [
        r
        for r in csv.DictReader(io.StringIO(render_csv(rep)))
        if r["domain"] == "military_expenditure"
    ]
    assert [r["unit"] for r in mil] == ["USD_constant"]
    assert mil[0]["source_ids"] == rep["domains"]["military_expenditure"]["constant_usd_source"]


def test_each_military_csv_row_names_its_own_source(real_wh) -> None:
    rep = build_report(real_wh, "CAN", year=2024)
    d = rep["domains"]["military_expenditure"]
    rows = {
        r["unit"]: r
        for r in csv.DictReader(io.StringIO(render_csv(rep)))
        if r["domain"] == "military_expenditure"
    }
    assert rows["percent_of_gdp"]["source_ids"] == d["share_of_gdp_source"]
    assert rows["USD_constant"]["source_ids"] == d["constant_usd_source"]
    assert d["share_of_gdp_source"] != d["constant_usd_source"]
