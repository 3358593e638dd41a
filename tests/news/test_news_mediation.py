"""Mediators consult each party of the talks they mediate (invented sentences, not taken from the
labelled articles); mediation offered, or named only as a qualifier, is no meeting."""

from __future__ import annotations

import pytest
from news_helpers import events_of


def _pairs(a: str, b: str) -> set[tuple[str, str, str]]:
    return {(a, "CONSULT", b), (b, "CONSULT", a)}


def test_mediators_named_as_agents_consult_both_parties_not_each_other() -> None:
    got = events_of("Armenia and Azerbaijan agreed on a border commission on Saturday after talks in Abu Dhabi "
                    "mediated by the United Arab Emirates and Kazakhstan.", "2025-10-19")
    assert _pairs("ARE", "ARM") | _pairs("ARE", "AZE") | _pairs("KAZ", "ARM") | _pairs("KAZ", "AZE") <= got
    assert not _pairs("ARE", "KAZ") & got


def test_mediation_efforts_after_the_talks_were_told() -> None:
    text = ("Ethiopia held talks with Eritrea in Jeddah on Monday. "
            "The round ended without a deal despite mediation efforts by Saudi Arabia and Egypt.")
    got = events_of(text, "2025-11-04")
    assert _pairs("SAU", "ETH") | _pairs("SAU", "ERI") | _pairs("EGY", "ETH") | _pairs("EGY", "ERI") <= got


def test_co_mediated_talks_make_the_host_a_mediator() -> None:
    got = events_of("Thailand and Cambodia accepted a truce during talks in Oslo, co-mediated by Finland.", "2025-11-04")
    assert _pairs("NOR", "THA") | _pairs("FIN", "KHM") <= got


@pytest.mark.parametrize("text", [
    "Ethiopia held talks with Eritrea in Jeddah. Turkey said it was ready to provide mediation by Ankara's diplomats.",
    # a qualifier in passing: no one is said to have met
    "Ethiopia and Eritrea signed a truce on Monday after a Saudi-mediated process.",
    # the parties of this sentence's talks are not the last pair's
    ("Ethiopia signed a deal with Eritrea on Monday. Rebels in Tigray are negotiating separately with "
     "Addis Ababa in talks mediated by Kenya."),
    # denied, a habit, history, other talks not referred back to
    "Ethiopia and Eritrea agreed to halt hostilities, but Addis Ababa flatly denied any mediation by Kenya.",
    "Talks between Ethiopia and Eritrea are traditionally mediated by Saudi Arabia, which has hosted them for years.",
    "Ethiopia and Eritrea held talks on Tuesday, the first since the 2018 accords mediated by Saudi Arabia.",
    ("Ethiopia and Eritrea held talks in Jeddah on Monday. Separately, Sudan ceasefire talks mediated by Kenya "
     "resumed in Nairobi on Tuesday."),
])
def test_no_mediators_meeting_read(text: str) -> None:
    assert not {k for k in events_of(text, "2025-11-04") if k[1] == "CONSULT" and {k[0], k[2]} & {"NOR", "TUR", "SAU", "KEN"}}
