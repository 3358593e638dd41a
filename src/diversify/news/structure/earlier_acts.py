"""The acts told in the sentences before one: the events of each sentence, the latest act or demand
a reaction or a refusal may answer, an act named by its kind ("condemned the seizure"), and an
act told with no target ("Iran seized a tanker")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from diversify.news.actors import Mention
from diversify.news.document import Document
from diversify.news.model import Event
from diversify.news.structure.refusals import _PRESSING
from diversify.news.structure.subjects import _DECISION_NOUNS
from diversify.news.verbs import ACTS_JUDGED

_REACH = 3
"""How many sentences back a reaction ("welcomed the move") may find the act it answers."""


def _before(i: int, reach: int = _REACH) -> range:
    return range(i - 1, i - 1 - reach, -1)


def _told_before(said: dict[int, list[list[str]]], queued: set[tuple[int, int]], k: int, i: int,
                 reach: int = _REACH) -> bool:
    """Whether one of the few sentences before sentence ``i`` of article ``k`` holds an event, read by
    the phrase rules or queued for the parse: what a reaction there may answer."""
    return any(j in said or (k, j) in queued for j in _before(i, reach))


_VERBAL = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})
"""Reactions in words: "the move" a later reaction names is an act, not one of these."""


def _acts(events: list[Event], said: bool = False) -> list[list[str]]:
    """Source, target and type of each act (of each event of any kind if ``said``) with a target."""
    return [[e.source, e.target or "", e.type] for e in events if e.target and (said or e.type not in _VERBAL)]


def _last_act(events: list[Event], said: bool = False) -> list[str]:
    acts = _acts(events, said)
    return acts[-1] if acts else []


def _latest_within(acts: dict[int, list[list[str]]], i: int, codes: Collection[str] = ()) -> list[str] | None:
    """The latest act of the few sentences before ``i`` aimed at one of ``codes`` (the actors of
    sentence ``i``), else the last act of the nearest sentence that has one: "... tariffs on Chinese
    cars. It also hits imports from South Korea. China said the decision harms Chinese interests"
    answers the act on China."""
    return _nearest_act(acts, i, _REACH, lambda a: a[1] in codes) or _nearest_act(acts, i, _REACH, lambda a: True)


def _nearest_act(acts: dict[int, list[list[str]]], i: int, reach: int,
                 keep: Callable[[list[str]], bool]) -> list[str] | None:
    """The last act ``keep`` accepts in the nearest of the ``reach`` sentences before ``i`` that has one."""
    for j in _before(i, reach):
        found = [a for a in acts.get(j, []) if keep(a)]
        if found:
            return found[-1]
    return None


def _pressed_on(ms: list[Mention], said: dict[int, list[list[str]]], i: int) -> list[str] | None:
    """The latest demand, accusation, threat or measure of the sentences before aimed at an actor this
    sentence names ("Beijing demanded that Takaichi retract her remarks. ... Takaichi refused to retract
    them"): what a refusal or a response here answers; ``None`` if there is none."""
    codes = {m.code for m in ms if not m.weak}
    return _nearest_act(said, i, 2 * _REACH, lambda a: a[1] in codes and a[0] not in codes and a[2] in _PRESSING)


_ACT_FAMILIES = {
    "ASSAULT": frozenset({"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                          "shelling", "bombing", "bombardment", "incursion", "incursions", "barrage"}),
    "COERCE": frozenset({"seizure", "detention", "arrest", "arrests", "boarding", "expulsion", "expulsions"}),
    "SANCTION": frozenset({"tariffs", "tariff", "duties", "duty", "levies", "levy", "sanctions", "ban", "embargo",
                           "restrictions", "surcharge", "curbs", "countermeasures", "counter-tariffs"}),
    "RETREAT": frozenset({"de-escalation", "reprieve", "relief", "pause", "exemption", "rollback", "suspension"}),
    "AGREE": frozenset({"deal", "agreement", "accord", "pact"}),
}
"""Nouns that name an act of one kind: "condemned the water cannon attack" judges the last attack told."""
_NAMED_ACT = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(
    sorted({w for ws in _ACT_FAMILIES.values() for w in ws} | ACTS_JUDGED, key=len, reverse=True)) + r")\b")


_LONE_ACT = re.compile(r"\b(?:seized|seizes|detained|detains|arrested|arrests|launched|launches|fired|fires|"
                       r"tested|tests|struck|strikes|attacked|attacks|expelled|expels|closed|closes|banned|bans|"
                       r"boarded|boards|shot down|intercepted|intercepts|sentenced|sentences|executed|raided|raids|"
                       r"blocked|blocks|halted|halts|suspended|suspends|annexed|annexes|jailed|jails)\b")
"""Acts told with no one named as their target ("Iran seized a tanker in the Strait of Hormuz"): what
a later reaction ("condemned the seizure") may judge."""


def _lone_act(doc: Document, i: int) -> list[str] | None:
    """The author of an act told in one of the two sentences before ``i`` with no other actor named:
    "Iran seized a tanker on Thursday. The Fifth Fleet condemned the seizure" judges Iran."""
    for j in _before(i, 2):
        if j < 0:
            break
        s = doc.sentences[j]
        ms = [m for m in doc.mentions_between(s.start, s.end) if not m.weak]
        if not ms or len({m.code for m in ms}) != 1 or ms[0].prep is not None:
            continue
        act = _LONE_ACT.search(doc.lower, ms[0].end, s.end)
        if act is not None and act.start() - ms[0].end < 40:
            return [ms[0].code, "", "ACT"]
    return None


def _named_act(doc: Document, start: int, end: int, acts: dict[int, list[list[str]]], i: int,
               codes: Collection[str] = ()) -> list[str] | None:
    """The latest act of the kind a sentence names with "the" ("the seizure", "the water cannon attack")
    among the few sentences before, when the sentence names one (empty if none was read); ``None`` when
    it names no kind (then the latest act of any kind is meant)."""
    m = _NAMED_ACT.search(doc.lower, start, end)  # the first act the sentence names: "the move" names none
    kind = next((t for t, ws in _ACT_FAMILIES.items() if m.group(1) in ws), None) if m else None
    if kind is not None and m is not None:
        # "Petro, a critic of the boat strikes, called the decision an attack": when no act of the first
        # kind named was read, a later "decision" or "move" names the act meant
        later = next((x for x in _NAMED_ACT.finditer(doc.lower, m.end(), end) if x.group(1) in _DECISION_NOUNS),
                     None)
        kinds0 = {"ASSAULT", "COERCE"} if kind in ("ASSAULT", "COERCE") else {kind}  # force's kinds go together
        if later is not None and _nearest_act(acts, i, 2 * _REACH, lambda a: a[2] in kinds0) is None:
            m, kind = later, None
    if kind is None and m is not None and m.group(1) in _DECISION_NOUNS:
        # "hailed the decision": a decision is no meeting, whichever meeting was told last
        return _nearest_act(acts, i, _REACH, lambda a: a[2] != "CONSULT" and a[1] in codes) or _nearest_act(
            acts, i, _REACH, lambda a: a[2] != "CONSULT")
    if kind is None:
        return None
    kinds = {kind, "COERCE"} if kind == "ASSAULT" else {kind, "ASSAULT"} if kind == "COERCE" else {kind}
    # a kind named reaches further back than "the move"; one aimed at this sentence's actors first; if
    # an act of that kind is named but none was read, not the latest act of another kind ([])
    return _nearest_act(acts, i, 2 * _REACH, lambda a: a[2] in kinds and a[1] in codes) or _nearest_act(
        acts, i, 2 * _REACH, lambda a: a[2] in kinds) or []


def _latest(known: dict[int, list[str]], i: int) -> list[str]:
    earlier = [j for j in known if j < i]
    return known[max(earlier)] if earlier else []


def _by_sentence(doc: Document, events: list[Event]) -> dict[int, list[Event]]:
    """Sentence index -> the ``events`` whose evidence lies in it, in order."""
    out: dict[int, list[Event]] = {}
    for e in events:
        pos = doc.text.find(e.evidence)
        if pos >= 0 and doc.sentences:
            out.setdefault(doc.sentence_at(pos), []).append(e)
    return out
