"""Claim extraction and normalisation on small synthetic texts."""

from __future__ import annotations

import pytest
from news_helpers import analysed, claims_of

from diversify.news.claims import extract_claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Carney said seventy-five cents of every defence dollar goes to the United States.", [(75, "percent")]),
    ("More than 70 cents of every dollar is spent abroad, he said.", [(70, "percent")]),
    ("Canada sends three-quarters of its exports south.", [(75, "percent")]),
    ("Tariffs of 25 per cent apply, and a 10 percent levy on energy.", [(25, "percent"), (10, "percent")]),
    ("NATO leaders agreed to spend 5% of GDP on defence by 2035.", [(5, "percent_gdp")]),
    ("Canada will meet NATO's 2 percent target this year.", [(2, "percent_gdp")]),
    ("Members pledged 3.5% of GDP on core defence plus 1.5% on resilience.",
     [(3.5, "percent_gdp"), (1.5, "percent_gdp")]),
    ("Canada aims to double its exports to Asia.", [(2, "multiple")]),
    ("Trump would not double the tariffs.", []),
    ("Ottawa bought 88 fighter jets and 12 submarines.", [(88, "count"), (12, "count")]),
    ("NATO said 22 of its 32 members met the goal.", [(22, "count"), (32, "count")]),
    ("The 27-member bloc agreed.", [(27, "count")]),
    ("Canada hosts over 1 million Ukrainians.", [(1e6, "count")]),
    ("The radar spans 1.6 kilometres.", [(1.6, "km")]),
])
def test_quantities_and_units(text: str, expected: list) -> None:
    assert claims_of(text) == [(float(q), u) for q, u in expected]


@pytest.mark.parametrize("text", [
    "The G7 met in Kananaskis on June 16, 2025.",
    "The F-35 is a fifth-generation fighter; Article 5 applies.",
    "Trump called Canada the 51st state in the 21st century.",
    "The prime minister, 60, spoke for 40 minutes after two years of talks.",
    "The tariffs will follow in 21 days, under the Action Plan 2025-2028.",
    "The country has four submarines and two suppliers.",
    "In 2019 and since 2022 the pact held; No. 1 priority.",
])
def test_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_currency_markers_and_context() -> None:
    # Explicit markers decide; a bare $ in brackets after another currency is US dollars.
    assert claims_of("The radar costs C$6 billion ($4.2 billion).") == [(6e9, "CAD"), (4.2e9, "USD")]
    assert claims_of("Aid of CA$2 billion and US$1.5 billion was pledged.") == [(2e9, "CAD"), (1.5e9, "USD")]
    assert claims_of("The EU set aside 150 billion euros.") == [(150e9, "EUR")]
    # A bare $ takes the currency of the actor whose figure it is.
    assert claims_of("Canada imposed tariffs on $30 billion of American goods.") == [(30e9, "CAD")]
    assert claims_of("The Pentagon said the U.S. shield will cost $175 billion.") == [(175e9, "USD")]
    # An outlet that marks Canadian dollars writes US dollars as a bare $.
    assert claims_of("Canada spent Canadian $6 billion. Washington spent $4 billion.") == [
        (6e9, "CAD"), (4e9, "USD")]


def test_restatements_count_once_but_distinct_subjects_do_not() -> None:
    text = ("Canada set 25% tariffs on American goods after the U.S. imposed 25% tariffs on Canadian "
            "steel. The 25% tariffs on Canadian steel took effect Wednesday.")
    assert claims_of(text) == [(25.0, "percent"), (25.0, "percent")]
    assert claims_of("The deal is worth $19 billion. Canada may leave the $19 billion deal.") == [
        (19e9, "CAD")]


def test_claim_fields() -> None:
    doc = analysed("NATO leaders agreed to spend 5% of their countries' economic output by 2035.")
    (c,) = extract_claims(doc)
    assert c.text == "5%" and c.text in doc.text
    assert c.year == 2035
    assert "economic output" in c.subject
    out = c.to_json()
    assert set(out) == {"quantity", "unit", "subject", "year", "text"} and out["quantity"] == 5


def test_year_of_current_figures_is_the_publication_year() -> None:
    (c,) = extract_claims(analysed("Canada currently sends 75% of its exports to the U.S.", "2025-10-23"))
    assert c.year == 2025
    (c,) = extract_claims(analysed("Ottawa will spend 2% of GDP by the end of the decade.", "2025-10-23"))
    assert c.year == 2030
