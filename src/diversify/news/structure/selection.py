"""Which sentences the fast path decided are still worth a parse (a word there starts an act of
another type), and a sentence's text as the parser should read it (dateline blanked, names it
misreads replaced, offsets kept)."""

from __future__ import annotations

import re

from diversify.news.dateline import dateline_end
from diversify.news.sentiment import blame_words
from diversify.news.structure.aid import _TRAINING
from diversify.news.structure.concessions import (
    _AVERTED,
    _AVERTING,
    _CONCESSION_NOUNS,
    _GIVING,
    _GIVING_WAY,
    _PLACATING,
)
from diversify.news.structure.demands import _AT_REQUEST, _HAVING_TO, _OBLIGATION
from diversify.news.structure.measures import _ENVOYS_HELD
from diversify.news.structure.meetings import _MEETING_NOUNS, _SEALING
from diversify.news.structure.noun_pairs import _YIELDING
from diversify.news.structure.refusals import _DEFIED, _gives_way_refused
from diversify.news.structure.retaliation import _response_promised
from diversify.news.structure.subjects import _DECISION_NOUNS
from diversify.news.structure.words import (
    _DEMANDING,
    _DESCRIBE,
    _RESPONSE_NOUNS,
    _SAYING,
    _TALKS,
    _VOWING,
)
from diversify.news.verbs import Lexicon

_MOBILIZING = frozenset({"spending", "spend", "budget", "deploy", "deployed", "deploying",
                         "deployment", "troops", "mission", "gdp", "defence", "defense", "military",
                         "soldiers", "jets", "fighters", "warships", "frigate", "frigates", "patrols",
                         "bases", "personnel", "battalion", "brigade", "station", "stationed",
                         "operation", "surveillance", "ammunition", "alert", "aircraft", "division",
                         "forces", "scrambled", "scramble", "flotilla", "vessels",
                         "divisions", "carrier", "destroyers", "submarines", "warship", "units",
                         "battlegroup", "bombers", "marines", "reservists", "conscription", "service",
                         "footing", "drills", "exercises", "readiness", "militia", "mobilisation",
                         "mobilization", "target", "targets", "benchmark", "missiles", "missile", "exercise",
                         "rockets", "icbm"})
"""Words without which a sentence naming one actor holds no event worth a parse."""

_AMBIGUOUS_NAMES = re.compile(r"\bTrump\b")


_MISREAD_NOUNS = re.compile(r"\b([Aa])sset freezes\b")


def _for_the_parser(text: str) -> str:
    """The sentence as the parser reads it: a name the small English model takes for a common word
    ("Trump froze negotiations with Canada" parsed as the imperative "trump", "froze" as an
    adjective) is given as another name of the same length, and "asset freezes", which it reads as
    a verb ("lifting asset freezes on Syrian banks"), as a measure of the same length ("asset
    embargo"), so no offset changes."""
    return _MISREAD_NOUNS.sub(lambda m: m.group(1) + "sset embargo", _AMBIGUOUS_NAMES.sub("Biden", text))


def _without_dateline(norm: str, start: int, end: int) -> str:
    """The sentence with an article's dateline ("LONDON (Guardian) —") blanked, so the parser does
    not take the place filed from for the subject; offsets do not change."""
    cut = dateline_end(norm) if start == 0 else 0
    return " " * cut + norm[start + cut:end] if cut and cut < end else norm[start:end]


_NOUN_REREAD = frozenset({"ASSAULT", "THREATEN", "ACCUSE", "REQUEST", "REJECT", "MOBILIZE"})
"""Types whose nouns alone send a sentence the phrase rules read back to the parse."""


def _phrasal_in(lemma: str, verbs: frozenset[str], words: list[str]) -> bool:
    """A phrasal verb of the list with its particle in the sentence ("called off")."""
    return " " in lemma and lemma in verbs and lemma.split(" ")[1] in words


_OPPOSING = frozenset({"opposes", "opposed", "oppose", "opposing"})
_RECOGNISING = frozenset({"recognised", "recognized", "recognises", "recognizes", "recognise", "recognize"})


def _another_type(lex: Lexicon, words: list[str], have: set[str], placed: bool = False,
                  hosted: bool = False) -> bool:
    """A word of the sentence starts an act of a type the fast path did not find there: "who
    signed the pact with X, said Canada stands with Y" holds an AGREE and a SUPPORT."""
    types = lex.reviewed_types
    if "REJECT" not in have and _gives_way_refused(words):
        return True  # "Canada could not accept the American demands, Carney said": a refusal beside the demand
    if "THREATEN" not in have and not (_VOWING.isdisjoint(words) or _RESPONSE_NOUNS.isdisjoint(words)):
        return True  # "promised an overwhelming response to the joint exercises ...": a threat beside them
    if "SANCTION" not in have and not _TALKS.isdisjoint(words) and any(
            lex.object_lemmas.get(w) in lex.objects["HALT_VERBS"] for w in words):
        return True  # "after Trump froze negotiations with Canada": a halt the phrase rules skip
    if "RETREAT" not in have and not lex.objects["SANCTION"].isdisjoint(words) and any(
            lex.object_lemmas.get(w, "").split(" ")[0] in lex.objects["RETREAT_VERBS"]
            or _phrasal_in(lex.object_lemmas.get(w, ""), lex.objects["RETREAT_VERBS"], words) for w in words):
        return True  # "reached a deal that cuts U.S. tariffs": an easing beside the agreement
    if "REQUEST" not in have and not _SAYING.isdisjoint(words) and (
            not _OBLIGATION.isdisjoint(words) or _HAVING_TO_RE.search(" ".join(words))):
        return True  # "met the allies, telling Belgium that it had to show a path": a demand too
    if "CONCEDE" not in have and not _GIVING_WAY_ONLY.isdisjoint(words):
        return True  # "caving to American demands, Copenhagen opened ...": the concession too
    if not _ENVOYS_HELD.isdisjoint(words) and not {"expelled", "ordered"}.isdisjoint(words) \
            and ("out" in words or "from" in words):
        return True  # "Two Estonian diplomats were ordered out of Moscow ...": the expulsion, whoever else acts
    if "REJECT" not in have and "despite" in words and not _DEFIED.isdisjoint(words):
        return True  # "imposed tariffs on Australian wine despite protests from Canberra": defied too
    if "CONCEDE" not in have and "as" in words and not _DEMANDING.isdisjoint(words):
        return True  # "raised its defence budget, as Trump had requested": the concession too
    if "CONCEDE" not in have and "pressure" in words and not {"under", "after"}.isdisjoint(words):
        return True  # "Under pressure from Washington, Seoul decided to ...": the concession beside the pressure
    if "CONCEDE" not in have and not _AVERTING.isdisjoint(words) and not _AVERTED.isdisjoint(words):
        return True  # "deployed soldiers to the border to stave off U.S. tariffs": the concession too
    if "CONCEDE" not in have and (not _CONCESSION_NOUNS.isdisjoint(words) or not _PLACATING.isdisjoint(words) or (
            not lex.objects["DETAINEES"].isdisjoint(words) and any(
                lex.object_lemmas.get(w, "").split(" ")[0] in lex.objects["RELEASE_VERBS"] for w in words))):
        return True  # "freed six detainees hours after Trump's envoy met Maduro": the release too
    if "CONSULT" not in have and hosted:
        return True  # "welcomed the crown prince to the White House and designated ...": the visit too
    if "CONSULT" not in have and not _SEALING.isdisjoint(words) and ("sidelines" in words or placed or (
            not _MEETING_NOUNS.isdisjoint(words) and not {"at", "during"}.isdisjoint(words))):
        return True  # "signed a framework in Abu Dhabi", "agreed ... at a bilateral summit": the meeting too
    if "AGREE" not in have and not _YIELDING.isdisjoint(words) and any(lex.nouns.get(w) == "AGREE" for w in words):
        return True  # "met with Trump at the White House, culminating in a landmark agreement": the agreement too
    if "MOBILIZE" not in have and not _DECISION_NOUNS.isdisjoint(words) and not _MOBILIZING.isdisjoint(words):
        return True  # "praised Denmark's decision to send 200 more troops to Estonia": the deployment too
    if "AID" not in have and not _TRAINING.isdisjoint(words):
        return True  # "trained the first Ukrainian squadron"
    if "REQUEST" not in have and not _AT_REQUEST.isdisjoint(words) and "at" in words:
        return True  # "lifted sanctions on Syria at the request of the Saudi crown prince": the request too
    if "ACCUSE" not in have and not _DESCRIBE.isdisjoint(words) and not blame_words().isdisjoint(words):
        return True  # "said Spain should be punished, calling Madrid's stance disloyal": the criticism too
    if "ACCUSE" not in have and not _OPPOSING.isdisjoint(words):
        return True  # "said it firmly opposes the measures and urged Mexico to ...": the criticism too
    if "SUPPORT" not in have and not _RECOGNISING.isdisjoint(words):
        return True  # "announced aid for Palestinians, weeks after Ottawa recognised the State of Palestine"
    if "THREATEN" not in have and _response_promised(words):
        return True  # "Canada will answer Washington's decision to double its tariffs": the threat too
    if any(lex.nouns.get(w) in _NOUN_REREAD and lex.nouns.get(w) not in have for w in words):
        # "condemned an Israeli airstrike on Damascus": the attack judged happened too; "answered
        # the controls with a threat of a 100% tariff, and Bessent accused Beijing": a threat too
        return True
    if any((ty := lex.object_type(lemma, words)) is not None and ty not in have
           for w in words if (lemma := lex.object_lemmas.get(w))):
        return True  # "lodged a protest with China after a Chinese ship fired a water cannon at ...": the force too
    return any(not types[w] <= have for w in words if w in types)


_HAVING_TO_RE = re.compile(r"\b(?:" + "|".join(sorted(_HAVING_TO)) + r") to \w")
"""A sentence that may hold "had to" or "needs to" (see :func:`_has_to`)."""

_GIVING_WAY_ONLY = _GIVING_WAY - _GIVING
"""Verbs of giving way that are never "give" (which gives way only as "give in")."""
