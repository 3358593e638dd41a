"""Claims checked against the warehouse built from the real public data."""

from __future__ import annotations

import pytest
from news_helpers import analysed

from diversify.news.claims import extract_claims
from diversify.news.verify import verify_claims


def _verdicts(text: str, wh, published: str | None = "2025-06-25"):  # type: ignore[no-untyped-def]
    doc = analysed(text, published)
    return [(c.quantity, c.verdict) for c in verify_claims(extract_claims(doc), doc, wh)]


def test_export_share_supported_with_value_year_and_source(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("Roughly 75% of Canada's exports still go to the United States.", real_wh)
    assert v.verdict == "supported"
    assert v.value == pytest.approx(76.4, abs=0.1) and v.year == 2024  # ANCHORS: about 76.4 %
    assert "Statistics Canada" in v.citation and v.source_id


def test_wrong_export_share_is_contradicted(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("Only 50% of Canadian exports go south of the border.", real_wh)
    assert v.verdict == "contradicted" and v.value == pytest.approx(76.4, abs=0.1)


def test_energy_export_share(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("About 89% of Canadian energy exports go to the U.S.", real_wh)
    assert v.verdict == "supported" and v.value == pytest.approx(89.3, abs=0.5)  # ANCHORS: about 89 %


def test_procurement_share_is_not_comparable_with_arms_imports(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((q, v),) = _verdicts("Carney said seventy-five cents of every defence dollar goes to the United States.",
                          real_wh)
    assert q == 75 and v.verdict == "not_comparable"
    assert "TIV" in v.measure and 0 < v.value < 100 and "SIPRI" in v.citation


def test_defence_spending_level_and_target(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("Canada spent 1.3% of GDP on its military in 2024.", real_wh)
    assert v.verdict == "supported" and v.year == 2024 and v.value == pytest.approx(1.31, abs=0.02)
    ((_, v),) = _verdicts("Canada spent 2.5% of GDP on defence in 2024.", real_wh)
    assert v.verdict == "contradicted"
    ((_, v),) = _verdicts("Canada pledged to raise defence spending to 2% of GDP by 2030.", real_wh)
    assert v.verdict == "unverifiable" and "target" in v.note


def test_other_claims_get_no_verdict(real_wh) -> None:  # type: ignore[no-untyped-def]
    assert _verdicts("A poll found 61% of Canadians support the pivot.", real_wh) == [(61.0, None)]
    assert _verdicts("Canada imposed 25% tariffs on steel.", real_wh) == [(25.0, None)]


def test_empty_warehouse_is_unverifiable(empty_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("Roughly 75% of Canada's exports go to the United States.", empty_wh)
    assert v.verdict == "unverifiable" and v.value is None


def test_verdict_counts_on_the_labelled_articles(news_results, real_wh) -> None:  # type: ignore[no-untyped-def]
    from diversify.news.pipeline import verify

    counts: dict[str, int] = {}
    for name in ("seeds", "dev"):
        for r in news_results[name][0]:
            from diversify.news.pipeline import process_article

            for c in verify(process_article(r.article), real_wh):
                if c.verdict:
                    counts[c.verdict.verdict] = counts.get(c.verdict.verdict, 0) + 1
    assert counts.get("supported", 0) >= 2          # the "75% of exports" claims
    assert counts.get("not_comparable", 0) >= 2     # the "cents of every defence dollar" claims
    assert counts.get("contradicted", 0) == 0


def test_pledge_in_the_speakers_own_words_is_not_checked_against_another_country(
        real_wh, shared_news) -> None:  # type: ignore[no-untyped-def]
    # A real article: Spain's prime minister on NATO's 5% target. The US is named most often,
    # but "our GDP" is Spain's, and "that's what we are going to do" is a pledge.
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import process_article, verify

    (art,) = [a for a in read_articles(shared_news / "dev2.jsonl") if a.id == "b-spain-sanchez-hits-back"]
    checked = {c.quantity: c.verdict for c in verify(process_article(art), real_wh)
               if c.unit == "percent_gdp"}
    v = checked[2.1]
    assert v is not None and v.verdict == "unverifiable" and "target or pledge" in v.note
    assert "ESP" in v.measure and "USA" not in v.measure
    assert all(x is None or x.verdict != "contradicted" for x in checked.values())


def test_country_comes_from_the_claims_own_sentence(real_wh) -> None:  # type: ignore[no-untyped-def]
    text = ("Trump pressed the US's allies again. The United States wants more, Trump said. "
            '"We spent 1.3% of our GDP on defence last year," Carney said.')
    ((_, v),) = _verdicts(text, real_wh)
    assert v.verdict == "supported" and v.measure.startswith("CAN")
    # no country in the sentence: no guess from the rest of the article
    ((_, v),) = _verdicts("Trump spoke in Washington. Defence spending reached 1.3% of GDP last year.", real_wh)
    assert v.verdict == "unverifiable" and "not identified" in v.note


@pytest.mark.parametrize("text", [
    '"We will spend 2.1% of our GDP on defence, and that\'s what we are going to do," Carney said.',
    "Canada aims to spend 3.5% of its GDP on defence by 2035.",
    "Canada's 2% of GDP pledge was welcomed by NATO.",
])
def test_targets_and_pledges_are_unverifiable(text: str, real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts(text, real_wh)
    assert v.verdict == "unverifiable" and "target or pledge" in v.note


def test_a_current_level_beside_a_target_is_checked(real_wh) -> None:  # type: ignore[no-untyped-def]
    got = _verdicts("Canada currently spends 1.3% of GDP on defence, but it will reach 2% of GDP by 2030.", real_wh)
    assert [(q, v.verdict) for q, v in got] == [(1.3, "supported"), (2.0, "unverifiable")]


def test_a_tariff_rate_is_not_an_export_share(real_wh) -> None:  # type: ignore[no-untyped-def]
    assert _verdicts("Canada agreed a 15% tariff rate for the vast majority of its exports.", real_wh) == [
        (15.0, None)]


def test_a_stated_share_beside_a_plan_is_still_checked(real_wh) -> None:  # type: ignore[no-untyped-def]
    ((_, v),) = _verdicts("Canada sends 75% of its exports to the United States, and it will diversify.", real_wh)
    assert v.verdict == "supported"


def test_a_current_figure_is_checked_in_the_publication_year(real_wh) -> None:  # type: ignore[no-untyped-def]
    text = "About 84 percent of Canada's exports go to the United States."
    ((_, v),) = _verdicts(text, real_wh, published="2005-06-01")
    assert v.year == 2005 and v.verdict == "supported" and v.value == pytest.approx(83.8, abs=0.1)
    ((_, v),) = _verdicts(text, real_wh, published="2025-06-01")
    assert v.year == 2024 and v.verdict == "contradicted"  # 76.4% in 2024, the latest year before


def test_data_far_older_than_the_claim_judge_nothing(real_wh) -> None:  # type: ignore[no-untyped-def]
    # Mexico's partner shares in the embedded data end in 2014 (COW); an article of 2025 is not judged by them
    ((_, v),) = _verdicts("About 80 percent of Mexico's exports go to the United States.", real_wh)
    assert v.verdict == "unverifiable" and v.year == 2014 and "2014" in v.note and v.value is not None
    ((_, v),) = _verdicts("About 72 percent of Mexico's exports go to the United States.", real_wh,
                          published="2014-09-01")
    assert v.verdict == "supported" and v.year == 2014 and v.value == pytest.approx(71.7, abs=0.1)
