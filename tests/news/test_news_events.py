"""Event coding on small synthetic articles: each rule of diversify.news.events."""

from __future__ import annotations

import datetime as dt

import pytest
from news_helpers import analysed, events_of

from diversify.errors import InputError
from diversify.news.dates import find_date
from diversify.news.triggers import dictionary, inflect, parse_dictionary, weights


@pytest.mark.parametrize(("text", "expected"), [
    ("Carney met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.",
     {("CAN", "CONSULT", "JPN"), ("JPN", "CONSULT", "CAN")}),
    ("Canada and Norway signed a defence cooperation agreement.",
     {("CAN", "AGREE", "NOR"), ("NOR", "AGREE", "CAN")}),
    ("Ottawa imposed 25% tariffs on Chinese electric vehicles.", {("CAN", "SANCTION", "CHN")}),
    ("The European Union imposed duties against Russia and Belarus.",
     {("EU", "SANCTION", "RUS"), ("EU", "SANCTION", "BLR")}),
    ("Trump threatened Canada with new tariffs.", {("USA", "THREATEN", "CAN")}),
    ("Poland urged NATO allies to spend more on defence.", {("POL", "REQUEST", "NATO")}),
    ("Macron praised Canada for its support.", {("FRA", "SUPPORT", "CAN")}),
    ("Denmark criticized the United States over its Greenland plans.", {("DNK", "ACCUSE", "USA")}),
    ("Canada lifted its counter-tariffs on American goods.", {("CAN", "RETREAT", "USA")}),
    ("Germany announced 500 million euros in military aid for Ukraine.", {("DEU", "AID", "UKR")}),
    ("Sweden raised its defence spending to 2.6% of GDP.", {("SWE", "MOBILIZE", None)}),
    # blame in reported speech: another actor's failure; the speaker after a person in apposition
    (("In a letter to President William Ruto, Trump said the decision was driven by Kenya’s failure "
     "to stop smuggling."), {("USA", "ACCUSE", "KEN")}),
    # co-signatories after "along with" sign with the subject, not with each other
    (("Kenya's trade minister, along with the ministers for Brazil, Chile and Peru, have signed a "
     "memorandum on mining."),
     {(a, "AGREE", b) for x in ("BRA", "CHL", "PER") for a, b in (("KEN", x), (x, "KEN"))}),
    # duties announced as a plan are a threat until imposed
    ("The Indian trade ministry unveiled plans on Friday to double duties on Chinese steel.",
     {("IND", "THREATEN", "CHN")}),
])
def test_types(text: str, expected: set) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize("text", [
    "Carney is set to meet Macron next week.",
    "Canada plans to sign an agreement with Japan.",
    "Canada is considering joining the European programme.",
    "Ottawa is expected to impose tariffs on Chinese steel.",
    "If Washington imposes tariffs on Canada, Ottawa will consider its options.",
    "Canada did not sign the deal with India.",
    "Carney met reporters to announce tariffs on China.",  # purpose infinitive, no target met
    "The F-35 contract with the United States was signed in 2019.",  # history
    "Analysts say the economy is slowing.",
    "Carney's upcoming visit to Washington was announced.",
])
def test_unreal_or_untargeted_acts_are_not_events(text: str) -> None:
    assert events_of(text) == set()


def test_resumed_talks_are_talks_but_terminated_ones_a_sanction() -> None:
    assert events_of("Canada and the United States resumed talks on Monday.") == {
        ("CAN", "CONSULT", "USA"), ("USA", "CONSULT", "CAN")}
    assert events_of("Trump terminated trade talks with Canada.") == {("USA", "SANCTION", "CAN")}


def test_no_join_across_sentences_or_clauses() -> None:
    # The actor of one sentence never meets the target of the next.
    assert events_of("Trump spoke on Monday. Tariffs on Canadian steel rose.") == set()
    # ... nor of another clause of the same sentence.
    assert events_of("Canada grew, while tariffs hit Mexican exporters.") == set()


def test_negations_and_futures_change_the_type() -> None:
    assert events_of("Trump announced he would not double the tariffs on Canadian steel.",
                     "2025-03-12") == {("USA", "RETREAT", "CAN")}
    assert events_of("Trump said he would impose tariffs on Canada.") == {("USA", "THREATEN", "CAN")}
    assert events_of("Carney says Canada will impose tariffs on American goods on Tuesday.") == {
        ("CAN", "SANCTION", "USA")}


def test_condemnation_in_speech_is_an_accusation() -> None:
    assert events_of('Trump spoke in Ohio. "This is a direct attack on Canada," the president said.') == {
        ("USA", "ACCUSE", "CAN")}
    assert events_of('Carney said that Trump\'s actions were a "betrayal".') == {("CAN", "ACCUSE", "USA")}
    # the speaker's own country is no target, and weak words are no condemnation
    assert events_of('Carney called the move "a direct attack" on Canadian workers.') == set()
    assert events_of('"The threat of Russia is growing," Joly said.') == set()
    # blame in a quotation, in words no list of condemnation held before
    assert events_of('"Beijing\'s duties on our canola are illegal and coercive," Carney said.') == {
        ("CAN", "ACCUSE", "CHN"), ("CHN", "SANCTION", "CAN")}
    assert events_of('"Trump\'s tariffs are a disaster for the U.S. economy," Premier Doug Ford '
                     "said.") == {("CAN", "ACCUSE", "USA")}


def test_progressive_is_not_passive_and_51st_state_taunts() -> None:
    assert events_of("Trump said he was adding a 10 per cent tariff on Canadian goods.") == {
        ("USA", "SANCTION", "CAN")}
    assert events_of('Trump again called Canada the "51st state".') == {("USA", "THREATEN", "CAN")}


def test_passive_and_relative_clauses() -> None:
    assert events_of("Canada, which has been threatened with tariffs by Trump, is negotiating.") == {
        ("USA", "THREATEN", "CAN")}
    assert events_of("Canada was praised by Japan for its support.") == {("JPN", "SUPPORT", "CAN")}


def test_participle_clause_takes_the_main_subject_and_pronouns_resolve() -> None:
    assert events_of("Carney announced a new fund after visiting Paris and London.") == {
        ("CAN", "CONSULT", "FRA"), ("FRA", "CONSULT", "CAN"),
        ("CAN", "CONSULT", "GBR"), ("GBR", "CONSULT", "CAN")}
    assert events_of("Carney spoke in Ottawa. He later visited Kyiv.") == {
        ("CAN", "CONSULT", "UKR"), ("UKR", "CONSULT", "CAN")}


def test_each_event_once_per_article_with_first_evidence() -> None:
    from diversify.news.events import extract_events

    doc = analysed("Canada imposed tariffs on China. Later, Canada imposed more tariffs on China again.")
    evs = extract_events(doc)
    assert [e.key() for e in evs] == [("CAN", "SANCTION", "CHN")]
    assert evs[0].evidence == "Canada imposed tariffs on China."
    assert evs[0].evidence in doc.text


def test_evidence_is_an_exact_substring_of_at_most_25_words(news_results) -> None:  # type: ignore[no-untyped-def]
    results, _ = news_results["dev"]
    for r in results:
        for e in r.events:
            assert e.evidence in r.article.text
            assert len(e.evidence.split()) <= 25


def test_dates_resolve_against_publication() -> None:
    wed = dt.date(2025, 3, 12)
    assert find_date("officials on Tuesday announced", wed) == dt.date(2025, 3, 11)
    assert find_date("announced on Wednesday", wed) == wed
    assert find_date("signed on June 23, 2025", None) == dt.date(2025, 6, 23)
    assert find_date("On July 31, Trump signed", dt.date(2025, 8, 23)) == dt.date(2025, 7, 31)
    assert find_date("tariffs starting Tuesday", wed) is None
    assert find_date("in March", wed) is None
    assert find_date("announced on Tuesday", None) is None
    # a bare day of the month: this month, or the last when the day is still to come or so said
    sep30 = dt.date(2025, 9, 30)
    assert find_date("On the 30th in Busan, Lee met", sep30) == sep30
    assert find_date("the dinner on the 23rd of last month", sep30) == dt.date(2025, 8, 23)
    assert find_date("on the 31st he said", sep30) == dt.date(2025, 8, 31)
    assert find_date("signed on the 5th of May", sep30) == dt.date(2025, 5, 5)
    assert find_date("talks starting on the 3rd", sep30) is None


def test_dictionary_weights_and_errors() -> None:
    w = weights()
    assert len(w) == 16 and all(-10 <= v <= 10 for v in w.values())
    assert w["AGREE"] > w["CONSULT"] > 0 > w["ACCUSE"] > w["THREATEN"] > w["SANCTION"]
    assert {t for t, s in dictionary().types.items() if s.reciprocal} == {"AGREE", "CONSULT", "COOPERATE"}
    assert inflect("slam") == ("slam", "slams", "slammed", "slamming")
    with pytest.raises(InputError, match="unknown event type"):
        parse_dictionary('[PRAISE]\nweight = 1\n', "events.toml")
    with pytest.raises(InputError, match="bad pattern"):
        parse_dictionary('[AGREE]\nweight = 1\nverbs = ["(unclosed"]\n', "events.toml")


def test_sentences_follow_spacys_sentencizer(shared_news) -> None:  # type: ignore[no-untyped-def]
    """Oracle: the vectorised splitter gives spaCy's own sentencizer's sentences, per line."""
    import spacy

    from diversify.news.ingest import read_articles
    from diversify.news.nlp import Sentence, _merge_short, normalise, parse, pipeline

    ref = spacy.blank("en")
    ref.tokenizer = pipeline().tokenizer
    ref.add_pipe("sentencizer")
    for a in read_articles(shared_news / "dev.jsonl"):
        text = normalise(a.text)
        raw: list[Sentence] = []
        pos = 0
        for n, line in enumerate(text.split("\n")):
            if line.strip():
                off = pos + line.index(line.strip()[0])
                for s in ref(line.strip()).sents:
                    a0, b0 = off + s.start_char, off + s.end_char
                    raw.append(Sentence(len(raw), n, a0, b0, text[a0:b0]))
            pos += len(line) + 1
        expected = [(s.start, s.end) for s in _merge_short(raw, text)]
        assert [(s.start, s.end) for s in parse(text)[1]] == expected, a.id


def test_patterns_are_only_tried_where_their_first_words_occur() -> None:
    from diversify.news.triggers import literal_prefixes

    assert literal_prefixes(r"\b(?:held|hold|holds)\b talks") == ("held", "hold", "holds")
    assert literal_prefixes(r"\bmeetings?\b") == ("meeting",)
    assert literal_prefixes(r"\b(?:agreements?|deals?) signed") == ("agreement", "deal")
    assert literal_prefixes(r"\b\S+ talks") is None
    d = dictionary()
    assert all(t.prefixes for t in d.triggers)  # every built-in pattern has first words
    assert d.longest_lead >= 10
