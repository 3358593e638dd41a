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
    # a spending target by another name, and a threshold named by the alliance's chief
    ("Allies agreed to raise total security-related spending to 5% by 2035.", [(5, "percent_gdp")]),
    ("Rutte praised Canada for hitting the 2 per cent threshold.", [(2, "percent_gdp")]),
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


@pytest.mark.parametrize(("text", "expected"), [
    # a spending target split into its parts, and a restated target's alternative, are shares of GDP
    (("Allies agreed to spend 5% of GDP on defence by 2035. The target splits into 3.5% for core "
      "military spending and 1.5% for infrastructure."), [(5.0, "percent_gdp"), (3.5, "percent_gdp"),
                                                         (1.5, "percent_gdp")]),
    (("NATO set a goal of 5% of GDP by 2035. Belgium refused to commit to the 5% target, saying it "
      "could meet its obligations with 2.5%."), [(5.0, "percent_gdp"), (2.5, "percent_gdp")]),
    # a factor in a comparison
    ("The new rate is more than double the previous 7.66 per cent.", [(2.0, "multiple"), (7.66, "percent")]),
    # euro amounts in every spelling, and a decimal comma
    ("The EU will lend €150bn to member states.", [(150e9, "EUR")]),
    ("The bloc set aside 5 billion euros for defence.", [(5e9, "EUR")]),
    ("The Commission proposed EUR 5 billion in loans.", [(5e9, "EUR")]),
    ("The fund holds 800 million euro in loans and 2 billion EUR in grants.", [(8e8, "EUR"), (2e9, "EUR")]),
    ("Germany will spend 2,5 billion euros on the project.", [(2.5e9, "EUR")]),
    ("The EU agreed a €150-billion loan scheme.", [(150e9, "EUR")]),
    ("The EU offered an 800-billion-euro plan and 5 bln euros more.", [(800e9, "EUR"), (5e9, "EUR")]),
    # both ends of a range take the unit of the second
    ("Canada will raise defence spending from 1.4 to 2 per cent of GDP.",
     [(1.4, "percent_gdp"), (2, "percent_gdp")]),
    ("Tariffs of between 25 and 35 per cent apply.", [(25, "percent"), (35, "percent")]),
    ("Tariffs rose 5pc; half of Canadians object.", [(5, "percent"), (50, "percent")]),
    ("Allies must spend 3-3.5% of GDP on defence.", [(3, "percent_gdp"), (3.5, "percent_gdp")]),
    ("Section 232 and 25% tariffs apply; the 2024-25% figure is a typo.", [(25, "percent")]),
    ("Ottawa unveiled a $1.5-billion fund and spent $500M on radars.", [(1.5e9, "CAD"), (5e8, "CAD")]),
    ("Tariffs on cars would reach 27,5 % without a deal.", [(27.5, "percent")]),
    # shares of GDP in any wording
    ("Canada spends 1.4 percent of its gross domestic product on the military.", [(1.4, "percent_gdp")]),
    ("Allies agreed to spend five per cent of their economies on defence.", [(5, "percent_gdp")]),
    ("The country's budget equals 2 % of national GDP.", [(2, "percent_gdp")]),
    ("Ottawa will reach the 2% GDP target this year.", [(2, "percent_gdp")]),
    # units of mass
    ("Canada exported 1.2 million tonnes of steel.", [(1.2e6, "tonnes")]),
    ("The U.S. imported 3,000 short tons of uranium.", [(3000, "short_tons")]),
    ("China bought 500,000 metric tons of canola.", [(5e5, "tonnes")]),
    ("China bought 6.39 million tons of Canadian canola seed last year.", [(6.39e6, "tonnes")]),
    ("Exports to Germany saw a fourfold increase since 2015.", [(4.0, "multiple")]),
    ("Trump claimed a $200 billion USD ($276 billion CAD) deficit.", [(2e11, "USD"), (2.76e11, "CAD")]),
    ("NATO allies agreed to 3.5 percent on core military needs, under a 5% of GDP pledge.",
     [(3.5, "percent_gdp"), (5.0, "percent_gdp")]),
    ("The 3,000-kilometre border is disputed.", [(3000, "km")]),
    # growth and comparison factors
    ("Commerce plans to nearly triple duties on lumber.", [(3, "multiple")]),
    ("Duties will nearly triple to 20 per cent.", [(3, "multiple"), (20, "percent")]),
    ("We're going to make them pay twice as much.", [(2, "multiple")]),
    ("Korea's tariff is four times higher than that of the US.", [(4, "multiple")]),
    ("Trade with Asia has doubled since 2015.", [(2, "multiple")]),
    ("It's double the lie, he said.", []),
])
def test_more_quantities_and_units(text: str, expected: list) -> None:
    assert claims_of(text) == [(float(q), u) for q, u in expected]


@pytest.mark.parametrize("text", [
    "Imports declined in December; talks resumed in Dec. 2025.",
    "Darpan News Desk The Canadian Press, 23 Sep, 2025 08:58 AM",
    "Trump granted a 30-day pause; the 90-day deadline expires on July 9.",
    "Parliament passed Bill C-5; leaders met at COP30 and discussed Pillar 2.",
    "It was the 80th anniversary of the 1945 victory.",
    "Exports fell in the first half of 2025 and in the second half of the year.",
    "The alliance has lasted a quarter of a century.",
    "He spoke at 2 p.m. on Friday.",
])
def test_more_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_a_month_name_is_not_a_prefix_of_any_word() -> None:
    # "declined" once read as "Dec" + a date
    assert claims_of("Imports declined 2.33 per cent last year.") == [(2.33, "percent")]


@pytest.mark.parametrize(("text", "unit"), [
    # the actor the figure belongs to, not the goods it buys or taxes
    ("Ottawa hit back with tariffs on U.S. products, targeting $60 billion worth of goods.", "CAD"),
    ("Canada is lending Ukraine $2.3 billion.", "CAD"),
    ("Canada said Washington's $25 billion down payment is only a start.", "USD"),
    ("Canada said the U.S. $175 billion shield is welcome.", "USD"),
    # the owner before a hedge ("approximately", "up to")
    ("McGuinty said the deal links Canada to the EU's approximately $162 billion loan-backed effort.", "USD"),
    # a named programme the article attributes elsewhere
    (("Canada will join Trump's Golden Dome. The Golden Dome, which is projected to cost $175 billion, "
      "needs radars."), "USD"),
    # the outlet's convention: US$ marked, so a bare $ is Canadian
    ("The U.S. shield costs US$175 billion. Canada will spend $9 billion.", "CAD"),
    # a bare $ is a dollar: the EU's or Britain's dollar figures are US dollars, never euros or pounds
    ("The EU also committed to buy $750 billion worth of American energy.", "USD"),
    ("Britain pledged $2 billion for the air-defence coalition.", "USD"),
])
def test_bare_dollar_belongs_to_the_figure_owner(text: str, unit: str) -> None:
    assert claims_of(text)[-1][1] == unit


def test_bare_dollar_without_an_actor_takes_the_article_home() -> None:
    from diversify.news.currency import outlet_currency

    text = ("Premier Doug Ford has slapped a 25 per cent surcharge on electricity sold to the U.S. "
            "Trump's tariffs hurt Americans, the U.S. said.\n\nThe surcharge is priced at $10 per megawatt-hour.")
    doc = analysed(text)
    assert [(c.quantity, c.unit) for c in extract_claims(doc)][-1] == (10.0, "CAD")
    assert outlet_currency("https://urbanmag.ca/doug-ford") == "CAD"
    assert outlet_currency("https://www.upi.com/Top_News") is None
    # an outlet of a country without a dollar of its own writes US dollars bare; a local dollar or a
    # generic two-letter domain decides nothing
    assert outlet_currency("https://graintrade.com.ua/en/novosti") == "USD"
    assert outlet_currency("https://www.thehindu.co.in/news") == "USD"
    assert outlet_currency("https://www.straitstimes.sg/asia") is None
    assert outlet_currency("https://example.io/post") is None
    # (at the last step only: whose figure it is decides first, "Carney announced $9.9 million" is Canada's)
    plain = analysed("Rapeseed meal worth $918 million was shipped in 2024.")
    assert [(c.quantity, c.unit) for c in extract_claims(plain, outlet=outlet_currency("https://news.example.ua/x"))] \
        == [(918e6, "USD")]
    assert [(c.quantity, c.unit) for c in extract_claims(analysed("The plan is priced at $10."),
                                                         outlet="AUD")] == [(10.0, "AUD")]
    # an outlet that marks US dollars writes its own currency bare
    assert [(c.quantity, c.unit) for c in extract_claims(
        analysed("The U.S. deal is worth US$1 billion. The U.S. plan is priced at $10."), outlet="AUD")] == [
        (1e9, "USD"), (10.0, "AUD")]


def test_a_restated_target_and_a_demonstrative_count_once() -> None:
    text = ("Allies must invest 5% of their GDP in defence by 2035. Spain says the 5% target would "
            "require tax hikes.")
    assert claims_of(text) == [(5.0, "percent_gdp")]
    text = "We agreed a single 15% tariff rate for EU exports. This 15% is a clear ceiling."
    assert claims_of(text) == [(15.0, "percent")]
    text = ("Trump raised tariffs on Canadian goods to 35 per cent on Aug. 1. The latest 35 per cent "
            "tariff rate applies only to goods outside CUSMA.")
    assert claims_of(text) == [(35.0, "percent")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul will invest 60 trillion won in shipbuilding.", [(60e12, "KRW")]),
    ("The UK pledged 8 billion pounds for defence.", [(8e9, "GBP")]),
    ("Australia will spend Aus$10 billion on frigates.", [(10e9, "AUD")]),
    ("A zone of 150 sq km, or 58 square miles, was closed.", [(150.0, "sq_km"), (58.0, "sq_mi")]),
    ("The coast guard patrols the 24-nautical-mile zone.", [(24.0, "nautical_miles")]),
    ("Customs officers seized 400kg of cocaine.", [(400.0, "kg")]),
    ("India plans 100 gigawatts of nuclear power.", [(100.0, "GW")]),
])
def test_other_currencies_and_units(text: str, expected: list[tuple[float, str]]) -> None:
    assert claims_of(text, "2025-10-08") == expected


def test_a_verb_or_a_weight_is_no_currency() -> None:
    assert claims_of("She won 3 million votes.", "2025-10-08") == [(3e6, "count")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "$" in brackets after a sum written in another currency's name is the US-dollar conversion
    ("The navy plans submarines worth about 60 billion Canadian dollars ($43.9 billion), officials said.",
     [(60e9, "CAD"), (43.9e9, "USD")]),
    ("Valued at up to 60 trillion won ($42 billion), the project covers 12 submarines.",
     [(60e12, "KRW"), (42e9, "USD"), (12.0, "count")]),
])
def test_the_conversion_after_a_named_currency_is_usd(text: str, expected: list[tuple[float, str]]) -> None:
    assert claims_of(text, "2025-10-08") == expected


def test_a_figure_with_no_actor_before_it_is_the_previous_subjects() -> None:
    text = ("Donald Trump raised tariffs on Canada again on Saturday. "
            "Ontario Premier Doug Ford said the advertisement would be pulled after the weekend. "
            "The $75-million campaign was meant to run until January.")
    assert (75e6, "CAD") in claims_of(text, "2025-10-27")


def test_a_share_continuing_the_sentence_before_is_of_gdp() -> None:
    text = ("Alliance data show Canada devoted 1.37% of GDP to defence last year. "
            "Norway contributed 2.2%, ahead of Sweden. Oil prices rose 3% on Tuesday.")
    assert claims_of(text, "2025-06-25") == [(1.37, "percent_gdp"), (2.2, "percent_gdp"), (3.0, "percent")]


def test_a_first_sentence_has_no_sentence_before() -> None:
    assert claims_of("Canadian producers were hit with 50% US tariffs on Wednesday.", "2025-06-04") == [
        (50.0, "percent")]


@pytest.mark.parametrize("text", [
    "The minister announced on 30 May 2025 that the levy would double.",
    "The price cap takes effect on 3 Sept. for all tankers.",
    "Exporters have struggled under the 232 tariffs since March.",
    "The regulator refused to certify the Gulfstream 500, 600, 700, and 800 models.",
])
def test_days_before_months_trade_law_sections_and_model_numbers_are_no_counts(text: str) -> None:
    assert claims_of(text, "2025-10-08") == []


def test_a_capitalised_scale_in_a_headline() -> None:
    assert claims_of("Canada Signs $1.75 Billion Radar Deal With Australia", "2025-10-08") == [(1.75e9, "CAD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada spent 1.4% of GDP on defence last year. Inflation hit 2.4% in May.",
     [(1.4, "percent_gdp"), (2.4, "percent")]),
    ("U.S. beef exports to China fell to 200 million pounds last year.", [(2e8, "count")]),
    ("China agreed to buy 200 billion yuan worth of American soybeans.", [(2e11, "CNY")]),
    ("South Korea will invest 350 trillion won of investment funds in the US.", [(3.5e14, "KRW")]),
    ("About 20,000 March in Ottawa against U.S. tariffs", [(20000.0, "count")]),
    ("The ministry said 3,000 Mar-a-Lago guests attended.", [(3000.0, "count")]),
    ("The WTO has handled 1,232 cases since it was founded.", [(1232.0, "count")]),
    ("Toyota builds 14 models at its Canadian plants.", [(14.0, "count")]),
])
def test_claim_rules_do_not_overreach(text: str, expected: list[tuple[float, str]]) -> None:
    assert claims_of(text, "2025-10-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil will invest R$44 billion in the plan.", [(44e9, "BRL")]),
    ("Brazil spent 3 billion reais on the program.", [(3e9, "BRL")]),
    # pesos in the one peso country named in or just before their sentence
    ("Argentina let its currency slide. The peso traded at 1,475 pesos per dollar.", [(1475.0, "ARS")]),
    ("Mexico will spend 10 billion pesos on the border.", [(10e9, "MXN")]),
    # the peso named by its country, over another peso country named before
    ("Milei met Trump on Tuesday. Meanwhile, the Colombian peso weakened past 4,100 pesos per dollar.",
     [(4100.0, "COP")]),
    ("Mexico cut rates. Colombia's central bank kept 1.2 trillion pesos in reserve.", [(1.2e12, "COP")]),
    # no peso country named: money in an unknown currency, and never a count
    ("The fund holds 10 billion pesos.", []),
    ("The fund holds 300 billion rupees and 2 billion euros.", [(2e9, "EUR")]),
])
def test_reais_and_pesos(text: str, expected: list[tuple[float, str]]) -> None:
    assert claims_of(text) == expected
