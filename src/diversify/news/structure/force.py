"""Armed force (ASSAULT, MOBILIZE, RETREAT): whether a subject or an event noun names arms, a state
striking a country or a place, fire exchanged, forces withdrawn, moved or in an exercise,
missiles tested at no one, and armed aircraft intruding into another state's airspace (or the
intrusion denied)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.document import Document
from diversify.news.structure.modality import _real, _unreal
from diversify.news.structure.subjects import _actors_under, _codes, _subject, _subject_codes
from diversify.news.structure.tokens import _clause_verb
from diversify.news.structure.words import (
    _ARMS,
    _CAPITAL_PLACE,
    _DENYING,
    _FORCE_WORDS,
    _MEASURES,
    _PLANNING,
    _SPECULATION,
)
from diversify.news.triggers import inflect
from diversify.news.verbs import SERVICE_MEMBERS, Verb, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


_MILITARY = frozenset({"cannon", "strike", "airstrike", "shots", "missile", "missiles", "drone", "drones", "troops", "soldiers", "bomb",
                       "bombs", "bombing", "shelling", "artillery", "airstrikes",
                       "strikes", "killed", "killing", "attack", "attacks", "invasion", "forces",
                       "military", "war", "bombarded", "shelled"})


def _drilling_alone(t: Token, heads: dict[int, list[Mention]]) -> str:
    """The one actor whose forces hold an exercise with no partner named: its own mobilising."""
    subj, passive = _subject(t)
    if subj is None or passive:
        return ""
    owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners and (subj.lower_ in ("thousands", "hundreds", "dozens") or subj.lower_ in _FORCE_WORDS):
        owners = _codes((m for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for m in _actors_under(p, heads, skip_preps=False)), acting=True)
    return owners[0] if len(set(owners)) == 1 else ""


def _armed_subject(subj: Token | None) -> bool:
    """Whether a subject names arms or armed forces: "Russian missiles and drones", "U.S. bombers"."""
    if subj is None:
        return False
    if any(w.lower_ in _ARMED_SERVICES for w in subj.subtree) and subj.lower_ in _CRAFT:
        return True  # "Chinese coast guard vessels", "Russian navy ships"
    return any(w.lower_ in _ARMS or (w.lower_ in _FORCE_NOUNS and any(
        c.lower_ in ("air", "missile", "drone", "rocket", "artillery", "mortar", "tank", "naval", "gun")
        or c.lower_ in _ARMS for c in w.children))
        for w in (subj, *(c for c in subj.conjuncts)))


_STRIKING = frozenset(w for v in ("strike", "attack", "bomb", "shell", "raid", "invade", "pound", "bombard")
                      for w in inflect(v)) | {"struck"}
"""Verbs of force whose object may be a whole country: "India struck Pakistan"."""


def _struck_a_country(t: Token, subj: Token | None, heads: dict[int, list[Mention]]) -> bool:
    """A state (not a person: "Trump attacked Canada" is words) struck a country or its capital:
    "India struck Pakistan", "Russia attacked Kyiv overnight"."""
    def state(c: Token) -> bool:
        ms = heads.get(c.i, ())
        return bool(ms) and all(m.kind in ("name", "capital") and m.person is None and len(m.code) == 3
                                for m in ms)
    return t.lower_ in _STRIKING and subj is not None and subj.dep_ == "nsubj" and state(subj) \
        and any(c.dep_ == "dobj" and state(c) for c in t.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in t.children)


def _state_struck_a_place(t: Token, subj: Token | None, verb: Verb | None, after: list[str],
                          heads: dict[int, list[Mention]]) -> bool:
    """A state named as the subject striking a physical target is an attack with no arms named:
    "Israel struck the entrance of the defence ministry compound in Damascus" (not "Washington hit
    Chinese ports with fees")."""
    if verb is None or subj is None:
        return False
    if lexicon().object_type(verb.lemma, after) != "ASSAULT" and not _struck_a_country(t, subj, heads):
        return False
    if not heads.get(subj.i) or any(m.weak for m in heads[subj.i]) or subj.dep_ != "nsubj" or subj.head.i != t.i:
        return False  # the state's own verb, not a participle of its sanctions ("..., targeting 200 vessels")
    if any(c.dep_ == "prep" and c.lower_ == "with" and not any(
            p.lower_ in _ARMS or p.lower_ in _MILITARY for p in c.children) for c in t.children):
        return False  # "hit Chinese ports with fees": struck with a measure
    return _MEASURES.isdisjoint(after) and lexicon().objects["SANCTION"].isdisjoint(after)


_ARMED_SERVICES = frozenset({"guard", "navy", "naval", "military", "militia", "army"})
_CRAFT = frozenset({"vessel", "vessels", "ship", "ships", "boat", "boats", "cutter", "cutters", "aircraft", "jets",
                    "fleet", "squadron"})
_FORCE_NOUNS = frozenset({"strike", "strikes", "attack", "attacks", "barrage", "salvo", "fire"})
"""Nouns of force that are armed only with a weapon named in them: "an Israeli air strike", not "a rail
strike"."""

_FIRE = frozenset({"fire", "gunfire", "shots", "shells", "salvos", "strikes", "blows", "rockets"})
_EXCHANGING = frozenset({"trade", "traded", "trading", "trades", "exchange", "exchanged", "exchanging",
                         "exchanges"})
_CLASHING = frozenset({"clash", "clashed", "clashing", "clashes", "skirmished", "fought"})

_WITHDRAWING = frozenset({"withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "pulled", "pull",
                          "pulls", "pulling", "retreated", "retreat", "retreats", "retreating"})


def _forces_withdrawn(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Forces pulled back: the owner retreats from the place's state ("withdrew its troops from
    positions in southern Lebanon", "coast guard vessels withdrew from the shoal after a standoff
    with the Philippine navy"), or each side from the other ("Thai and Cambodian forces pulled
    heavy weapons back from the border"). A withdrawal only demanded or planned ("Russia must
    withdraw its troops") is left to the other rules."""
    if t.lower_ not in _WITHDRAWING or not t.tag_.startswith("VB") or not _real(t):
        return []
    if t.lower_.startswith("pull") and not any(c.lower_ in ("back", "out") for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None or passive:
        return []
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    forces = obj if obj is not None else subj
    if forces.lower_ not in _WITHDRAWN_FORCES:
        return []
    owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners and obj is None:
        owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners:
        return []
    if len(set(owners)) >= 2:
        return [(a, b) for a in owners for b in owners if a != b]
    places = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "out", "after", "following")]
    # the place's state may sit deep in the phrase: "from positions it holds in southern Lebanon"
    found = [m for p in places for x in p.subtree for m in heads.get(x.i, ())]
    return [(owners[0], c) for c in _codes(found, acting=False) if c not in owners][:1]


_HEAVY_ARMS = frozenset({"weapons", "artillery", "tanks", "equipment", "coast", "guard", "warships",
                         "vessels", "ships", "boats"})
_WITHDRAWN_FORCES = _FORCE_WORDS | _HEAVY_ARMS


def _fire_exchanged(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Mutual force: "A and B troops traded fire", "A forces clashed with B troops", both ways.
    Clashing counts only between armed forces (not "clashed over tariffs" between ministers)."""
    if t.tag_.startswith("NN") and t.lower_ in _CLASH_NOUNS:
        # "Clashes between Thai and Cambodian troops killed 48 people": a clash reported, both ways
        between = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "between"]
        if not between or not any(w.lower_ in _TROOPS for p in between for w in p.subtree):
            return []  # not "clashes between the two leaders"
        anchor = _clause_verb(t)
        if anchor is None or any(_unreal(anchor)[:2]) or anchor.lower_ in _PLANNING | _SPECULATION:
            return []
        sides = _codes((m for p in between for m in _actors_under(p, heads, skip_preps=True,
                                                                   allow=frozenset({"between"}))), acting=True)
        return [(a, b) for a in sides for b in sides if a != b] if len(sides) >= 2 else []
    if not t.tag_.startswith("VB"):
        return []
    if t.lower_ in _EXCHANGING:
        if not any(c.dep_ == "dobj" and c.lower_ in _FIRE for c in t.children):
            return []
    elif t.lower_ in _CLASHING:
        subj, _ = _subject(t)
        if not _armed_subject(subj):
            return []
    else:
        return []
    sides = _subject_codes(t, heads) or []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            sides += _codes((m for p in c.children for m in _actors_under(p, heads, skip_preps=True)),
                            acting=True)
    sides = list(dict.fromkeys(sides))
    if len(sides) < 2:
        return []
    return [(a, b) for a in sides for b in sides if a != b]


_CLASH_NOUNS = frozenset({"clash", "clashes", "skirmish", "skirmishes", "firefight", "firefights"})
_TROOPS = frozenset({"troops", "forces", "soldiers", "guards", "navies", "militaries", "armies", "army", "militias",
                     "militia", "border", "fighters", "units"})
_ARMED_MODIFIERS = frozenset({"missile", "drone", "air", "rocket", "artillery", "military", "naval",
                              "ballistic", "cruise", "armed", "ground", "cross-border", "aerial",
                              "retaliatory", "pre-emptive", "preemptive", "precision"})
_STRIKES = frozenset({"strike", "strikes", "raid", "raids", "bombing", "bombings"})
_FORCE_ITSELF = frozenset({"airstrike", "airstrikes", "bombing", "bombings", "shelling", "bombardment",
                           "invasion", "incursion"})


def _armed_noun(doc: Document, start: int, t: Token, heads: dict[int, list[Mention]]) -> bool:
    """An attack, strike or raid by arms: a noun of force itself ("airstrikes", "the shelling"),
    one with an armed modifier ("a drone attack"), or one a state's adjective owns ("an Israeli
    strike on ..."); never inside a quotation, where "attack" is a speaker's figure."""
    if doc.in_quote(start + t.idx):
        return False
    if t.lower_ in _FORCE_ITSELF:
        return True
    for c in t.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in _ARMED_MODIFIERS:
            return True
        if c.dep_ == "poss" and t.lower_ in _STRIKES and any(not m.weak for m in heads.get(c.i, ())):
            return True  # "Israel's strike on a residential compound in Doha" (not "Trump's attack")
        if c.dep_ in ("compound", "amod") and any(not m.weak for m in heads.get(c.i, ())):
            return True
    verb = t.head if t.dep_ == "dobj" else None
    # "US forces carried out strikes on military sites": strikes carried out by armed forces
    return verb is not None and verb.tag_.startswith("VB") and _armed_subject(_subject(verb)[0])


_EXERCISES = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames",
                        "games"})
_TAKING_PART = frozenset({"take", "takes", "took", "taking", "taken", "participate", "participates",
                          "participated", "participating"})


def _in_an_exercise(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A state's forces taking part in an exercise are mobilised: "About 2,600 Canadian soldiers are
    taking part in a cold-weather exercise" (a joint one with named partners is cooperation, read
    elsewhere)."""
    if t.lower_ not in _TAKING_PART or not _real(t):
        return []
    if t.lower_.startswith("t") and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(
            w.lower_ in _EXERCISES for w in c.subtree) for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None or passive or not any(w.lower_ in _FORCE_WORDS | SERVICE_MEMBERS for w in subj.subtree):
        return []
    return [(a, "") for a in _codes(_actors_under(subj, heads, skip_preps=True), acting=True)]


_FIRING = frozenset({"fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching",
                     "test-fired", "test-fires", "tested", "tests", "test", "testing"})
_MISSILES = frozenset({"missile", "missiles", "rocket", "rockets", "icbm", "icbms", "projectiles"})


def _missiles_tested(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Missiles fired into the sea or in a test, at no one, show force: "North Korea fired several
    cruise missiles into the sea off its west coast", "test-fired an intercontinental missile"."""
    if t.lower_ not in _FIRING or not t.tag_.startswith("VB") or not _real(t):
        return []
    if not any(c.dep_ == "dobj" and (c.lower_ in _MISSILES or any(w.lower_ in _MISSILES for w in c.subtree))
               for c in t.children):
        return []
    words = {w.lower_ for w in t.subtree}
    tested = t.lower_.startswith("test") or "test" in words or "sea" in words or "waters" in words
    src = _subject_codes(t, heads) or []
    hit = [m for w in t.subtree if w.i != t.i for m in heads.get(w.i, ()) if m.code not in src and not _place_of(m)]
    if not tested or hit:
        return []
    return [(a, "") for a in src]


def _place_of(m: Mention) -> bool:
    """A capital or seat named as where something happens ("off its coast", "near Pyongyang")."""
    return m.kind in _CAPITAL_PLACE and m.prep in ("in", "at", "off", "near")


_MOVING = frozenset(w for v in ("sail", "patrol", "transit", "enter", "circle", "encircle", "cross", "fly", "intrude")
                    for w in inflect(v))


_MUNITIONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shells", "balloons"})


def _forces_moved(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Armed ships or aircraft sailing or flying somewhere: a show of force ("Four Chinese coast guard
    vessels sailed through waters around the Senkaku Islands", "a Chinese flotilla has been sailing
    around the continent"), not a joint patrol or exercise."""
    if t.lower_ not in _MOVING or not t.tag_.startswith("VB") or not _real(t):
        return []
    subj, passive = _subject(t)
    if subj is None or passive or not _armed_subject(subj) or subj.lower_ in _MUNITIONS or _into_airspace(t):
        return []  # (drones or missiles crossing into a country, jets in its airspace, are an incursion)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in t.children) or any(
            w.lower_ in ("joint", "jointly", "together") for w in t.subtree):
        return []  # "sailed with Japanese destroyers": joint action, read elsewhere
    own = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    return [(a, "") for a in own[:1]]


_INTRUDING = frozenset(w for v in ("violate", "enter", "cross", "penetrate", "breach", "intrude", "stray", "fly")
                       for w in inflect(v)) | {"flew", "flown"}
_AIRCRAFT = _ARMS | {"fighter", "warplane", "bomber", "helicopter", "jet"}
_CIVIL = frozenset({"passenger", "civilian", "commercial", "cargo", "airliner", "private"})


def _into_airspace(t: Token) -> list[Token]:
    """The airspace a verb's object or "into" names: "violated Estonian airspace", "flew into Polish airspace"."""
    return [c for c in t.children if c.dep_ == "dobj" and c.lower_ == "airspace"] + [
        g for p in t.children if p.dep_ == "prep" and p.lower_ in ("into", "in") for g in p.children
        if g.lower_ == "airspace"]


def _intrusion_denied(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"The Russian Defense Ministry denies its jets entered Estonian airspace": the charge refused,
    aimed at the state whose airspace it names."""
    if t.lower_ not in _DENYING:
        return []
    src = _subject_codes(t, heads) or []
    return [(a, b) for c in t.children if c.dep_ == "ccomp"
            for b in _intrusion(c, heads, denied=True)[1] for a in src if a != b]


def _airspace_intruded(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"Russian drones entered Polish airspace", "three Russian MiG-31s violated Estonian airspace":
    armed aircraft sent into another state's airspace are force used against it (as labelled). The
    intruder is the aircraft's owner, or the state whose attack the sentence names ("19 drones entered
    Poland's airspace during a massive Russian attack on Ukraine"); civil aircraft are no force."""
    src, owners = _intrusion(t, heads)
    return [(a, b) for a in src for b in owners if a != b]


def _intrusion(t: Token, heads: dict[int, list[Mention]], denied: bool = False) -> tuple[list[str], list[str]]:
    """(intruders, owners of the airspace) of an armed intrusion told at verb ``t``; empty lists if none
    (or if it is denied, unless ``denied``: the verb is then read inside the denial)."""
    if t.lower_ not in _INTRUDING or not t.tag_.startswith("VB"):
        return [], []
    spaces = _into_airspace(t)
    subj, passive = _subject(t)
    if not spaces or subj is None or passive or (not denied and any(w.lower_ in _DENYING for w in t.ancestors)):
        return [], []
    craft = [w.lower_ for w in subj.subtree]
    if _CIVIL.intersection(craft) or not any(w in _AIRCRAFT or w.startswith(("mig-", "su-")) for w in craft):
        return [], []
    owners = _codes((m for sp in spaces for c in sp.children if c.dep_ in ("poss", "amod", "compound", "prep")
                     for m in _actors_under(c, heads, skip_preps=False)), acting=False)
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True) or _codes(
        (m for w in t.sent if w.lower_ in ("attack", "attacks", "assault", "offensive", "barrage")
         for c in w.children if c.dep_ in ("amod", "compound", "poss") for m in heads.get(c.i, ())), acting=True)
    return src, owners
