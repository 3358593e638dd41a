"""Actor lexicon: names that must match, names that must not, roles by date."""

from __future__ import annotations

import datetime as dt

import pytest

from diversify.errors import InputError
from diversify.news.actors import lexicon, parse_lexicon

MUST_MATCH = [
    ("Canada said", "CAN"), ("the U.S. said", "USA"), ("Washington said", "USA"),
    ("the White House said", "USA"), ("Ottawa said", "CAN"), ("Beijing said", "CHN"),
    ("the European Commission said", "EU"), ("Brussels said", "EU"), ("NATO said", "NATO"),
    ("Nato said", "NATO"), ("the World Trade Organization said", "WTO"), ("the G7 said", "G7"),
    ("the United Nations said", "UN"), ("Greenland said", "GRL"), ("the UAE said", "ARE"),
    ("Ontario Premier Doug Ford said", "CAN"), ("Mélanie Joly said", "CAN"),
    ("French President Emmanuel Macron said", "FRA"), ("Rutte said", "NATO"),
    ("Kallas said", "EU"), ("von der Leyen said", "EU"), ("Sheinbaum said", "MEX"),
    ("Prabowo said", "IDN"), ("Albanese said", "AUS"), ("Zelenskyy said", "UKR"),
    ("Xi said", "CHN"), ("Merz said", "DEU"), ("Starmer said", "GBR"),
    # a country whose name holds an office holder's surname ("Costa")
    ("Costa Rica said", "CRI"), ("the Costa Rican president said", "CRI"), ("Costa said", "EU"),
    ("Anwar said", "MYS"), ("Anwar Gargash said", "ARE"), ("Petro said", "COL"),
    # the bare "Congo" is the larger state; the other is named in full
    ("Congo said", "COD"), ("the Republic of Congo said", "COG"), ("the Maldivian president said", "MDV"),
]
MUST_NOT_MATCH = [
    "North America said", "Air Canada said", "Statistics Canada said", "the Bank of America said",
    "Ford Motor said", "Tony Blair said", "under CUSMA rules", "the USMCA review",
    "the Canada-US-Mexico Agreement", "Latin America grew", "the Indo-Pacific region",
    "us and them", "the Golden Dome shield",
    # common surnames and words are not aliases of the office holders who bear them
    "Anwar Sadat said", "Petro Poroshenko said", "the Congo River", "the Congo Basin", "Houston said", "Wright said", "Miller said", "Fraser said", "Kellogg said", "Teodoro Obiang said",
]


@pytest.mark.parametrize(("text", "code"), MUST_MATCH)
def test_names_match(text: str, code: str) -> None:
    codes = [m.code for m in lexicon().find_in(text, dt.date(2025, 6, 1))]
    assert codes == [code], (text, codes)


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_non_actors_do_not_match(text: str) -> None:
    assert lexicon().find_in(text, dt.date(2025, 6, 1)) == []


def test_roles_are_time_bounded() -> None:
    lex = lexicon()
    carney = lex.persons["Mark Carney"]
    assert carney.actor_on(dt.date(2025, 6, 1)) == "CAN"
    assert carney.actor_on(dt.date(2020, 6, 1)) is None  # not in government then
    trudeau = lex.persons["Justin Trudeau"]
    assert trudeau.actor_on(dt.date(2025, 1, 10)) == "CAN"
    assert "prime minister" in trudeau.titles_on(dt.date(2025, 3, 1))
    assert "prime minister" not in carney.titles_on(dt.date(2025, 3, 1))
    assert "prime minister" in carney.titles_on(dt.date(2025, 3, 20))
    assert lex.persons["Donald Trump"].actor_on(dt.date(2025, 1, 21)) == "USA"


def test_bare_title_refers_to_last_person_with_it() -> None:
    ms = lexicon().find_in("Mark Carney spoke first. Later the prime minister said more.", dt.date(2025, 6, 1))
    assert [(m.code, m.kind) for m in ms] == [("CAN", "person"), ("CAN", "title")]
    assert lexicon().find_in("The prime minister said more.", dt.date(2025, 6, 1)) == []


def test_title_demonym_and_person_merge_and_mark_prepositions() -> None:
    ms = lexicon().find_in("Carney met with French President Emmanuel Macron in Paris.", dt.date(2025, 6, 1))
    assert [(m.code, m.prep, m.text) for m in ms] == [
        ("CAN", None, "Carney"), ("FRA", "with", "French President Emmanuel Macron"), ("FRA", "in", "Paris")]


def test_hyphenated_pairs_and_chains() -> None:
    ms = lexicon().find_in("a Canada-EU summit and the U.S.-Mexico-Canada trade pact", dt.date(2025, 6, 1))
    assert [(m.code, m.compound) for m in ms] == [("CAN", True), ("EU", True)]


def test_place_in_apposition_is_not_an_actor_position() -> None:
    ms = lexicon().find_in("They spoke in Gyeongju, South Korea.", dt.date(2025, 6, 1))
    assert [(m.code, m.prep) for m in ms] == [("KOR", "in")]


def test_bad_lexicon_files_name_the_field() -> None:
    with pytest.raises(InputError, match="not valid TOML"):
        parse_lexicon("[[actor]\n", "x.toml")
    with pytest.raises(InputError, match="ISO dates"):
        parse_lexicon('[[person]]\nname = "A B"\nroles = [{actor = "CAN", from = "soon"}]\n', "x.toml")
    with pytest.raises(InputError, match="two actors"):
        parse_lexicon('[[actor]]\ncode = "CAN"\nnames = ["X"]\n[[actor]]\ncode = "USA"\nnames = ["X"]\n',
                      "x.toml")
    with pytest.raises(InputError, match="CAN is listed twice"):
        parse_lexicon('[[actor]]\ncode = "CAN"\nnames = ["X"]\n[[actor]]\ncode = "CAN"\nnames = ["Y"]\n',
                      "x.toml")


def test_every_other_state_is_an_actor_by_name_demonym_and_capital() -> None:
    from diversify.news.actors import lexicon

    found = [(m.text, m.code) for m in lexicon().find_in(
        "Carney met Laotian and Cambodian leaders in Vientiane before flying to Dhaka and Montevideo.")]
    assert found == [("Carney", "CAN"), ("Laotian", "LAO"), ("Cambodian", "KHM"), ("Vientiane", "LAO"),
                     ("Dhaka", "BGD"), ("Montevideo", "URY")]


@pytest.mark.parametrize("text", ["Jordan Peterson spoke in Georgia.", "Chad Smith visited Atlanta, Georgia."])
def test_ambiguous_state_names_are_left_out(text: str) -> None:
    from diversify.news.actors import lexicon

    assert [m.code for m in lexicon().find_in(text)] == []


def test_role_held_on_the_day_wins_over_one_that_ended_within_the_grace_year() -> None:
    lex = lexicon()
    # NATO secretary general until October 2024, Norway's finance minister from February 2025
    assert lex.persons["Jens Stoltenberg"].actor_on(dt.date(2025, 3, 1)) == "NOR"
    assert lex.persons["Jens Stoltenberg"].actor_on(dt.date(2024, 12, 1)) == "NATO"
    # French foreign minister until September 2024, European Commission from December 2024
    assert lex.persons["Stéphane Séjourné"].actor_on(dt.date(2025, 6, 1)) == "EU"
    assert lex.persons["Annalena Baerbock"].actor_on(dt.date(2025, 7, 1)) == "DEU"
    assert lex.persons["Annalena Baerbock"].actor_on(dt.date(2025, 10, 1)) == "UN"


def test_office_holders_of_2025_act_for_their_country() -> None:
    day = dt.date(2025, 10, 1)
    for text, code in [("Lars Loekke Rasmussen said", "DNK"), ("Silina said", "LVA"),
                       ("Wadephul said", "DEU"), ("Peskov said", "RUS"), ("Hodgson said", "CAN"),
                       ("Svyrydenko said", "UKR"), ("Dombrovskis said", "EU"), ("Burgum said", "USA")]:
        assert [m.code for m in lexicon().find_in(text, day)] == [code], text


def test_a_hyphenated_given_name_in_its_other_spellings() -> None:
    from diversify.news.actors import _spellings

    assert _spellings("Lee Jae-myung") == ["Lee Jae-myung", "Lee Jae Myung", "Lee Jae-Myung"]
    assert _spellings("Jens-Frederik Nielsen") == ["Jens-Frederik Nielsen"]  # a hyphen in the first name only
