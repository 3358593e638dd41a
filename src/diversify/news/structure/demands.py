"""Demands (REQUEST): what a speaker says another must or should do, what one wants another to do,
a demand named as a noun ("an ultimatum to Chisinau") or an act done at another's request, the
release of people demanded of those who hold them, and whom a demand answered by a refusal asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.concessions import (
    _AGREEING,
    _YIELDING,
    _YIELDING_TO,
    _granted_in_apposition,
)
from diversify.news.structure.modality import _ancestor_conditional, _is_condition, _unreal
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _speaker_and_subject,
    _subject,
    _subject_codes,
)
from diversify.news.structure.tokens import MADE_CLEAR, _is_verb, _market_demand, _saying_verb
from diversify.news.structure.words import (
    _DEMAND_NOUNS,
    _DEMANDING,
    _DIRECT,
    _FACE,
    _MEASURES,
    _SAYING,
)
from diversify.news.triggers import inflect

if TYPE_CHECKING:
    from spacy.tokens import Token


_OBLIGATION = frozenset({"must", "should"})


def _demanded(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said Y must ..." (or "should"), "X insisted that Y contribute": X asks Y; a demand in
    reported speech. Not when X counts itself among those who should act ("China and the United
    States should be partners")."""
    saying = _saying_verb(t)
    if not t.tag_.startswith("VB") or saying is None or (
            t.lower_ in _FACE and not _MEASURES.isdisjoint(w.lower_ for w in t.subtree)):
        return []  # "... or face tariffs" warns (see _pairs_faced); "must pay its share" asks
    subjunctive = _bare_form(t) and saying.lower_ in _INSISTING and not any(
        c.dep_ == "aux" for c in t.children)
    if saying.lower_ not in _SAYING and saying.lower_ not in MADE_CLEAR and not subjunctive:
        return []
    if not subjunctive and not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in t.children) \
            and not _has_to(t):
        return []
    if any(c.dep_ == "neg" for c in t.children) or _is_condition(t):
        return []  # not "..., should Washington strike Iranian soil": a condition, no demand
    src, tgt = _speaker_and_subject(t, heads)
    if set(src) & set(tgt):
        return []
    return [(a, b) for a in src for b in tgt if a != b]


_HAVING_TO = frozenset({"has", "have", "had", "needs", "need", "needed"})


def _asked_of(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Whom a demand the verb ``t`` answers asks to act, when its "that" clause names them:
    "brushed aside Moscow's demand that NATO freeze its enlargement" (NATO, not the one refusing)."""
    for n in (c for c in t.children if c.dep_ in _DIRECT and c.lower_ in _DEMAND_NOUNS):
        for cl in n.children:
            if cl.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
                return _subject_codes(cl, heads, acting=False) or []
    return []


def _has_to(t: Token) -> bool:
    """"Canada had to stop ...", "needs to pay": an obligation, as "must" is."""
    return t.lower_ in _HAVING_TO and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in t.children)


def _bare_form(t: Token) -> bool:
    """``t`` is in the bare form: tagged so, or a present form without "-s" after a singular
    noun ("that Canada contribute"), which only the subjunctive allows."""
    if t.tag_ == "VB":
        return True
    subj, _ = _subject(t)
    return t.tag_ == "VBP" and subj is not None and subj.tag_ in ("NNP", "NN")


_INSISTING = frozenset({"insisted", "insists", "insist", "demanded", "demands", "demand", "asked",
                        "asks", "urged", "urges", "requested", "requests", "proposed", "proposes"})
"""Verbs whose "that" clause in the bare (subjunctive) form is what is asked: "insisted that
Canada contribute"."""

_WANTING_OF = frozenset({"wants", "wanted", "want", "expects", "expected", "expect"})


def _wanted(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X wants Y to do ...": X asks Y (the parser reads Y as the subject of the infinitive)."""
    if t.lower_ not in _WANTING_OF or any(c.dep_ == "neg" for c in t.children):
        return []
    speaker, passive = _subject(t)
    if speaker is None or passive:
        return []
    src = _codes(_actors_under(speaker, heads, skip_preps=True), acting=True)
    out: list[tuple[str, str]] = []
    for c in t.children:
        if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for g in (*c.children, *t.children):
                if g.dep_ in ("nsubj", "dobj") and g.i < c.i and g.i > t.i:
                    out += [(a, b) for a in src
                            for b in _codes(_actors_under(g, heads, skip_preps=True), acting=False) if a != b]
    return out


_RELEASE_NOUNS = frozenset({"release", "freedom", "return", "repatriation"})
_HELD = frozenset({"detained", "held", "jailed", "imprisoned", "arrested", "seized", "captured", "abducted",
                   "kidnapped", "sentenced"})


def _holders_of_the_released(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """A demand for the release of people held by or in another state asks that state: "called for
    the release of two Canadians detained in China", "demanded the freedom of sailors seized by Iran"."""
    nouns = [w for w in t.subtree if w.lower_ in _RELEASE_NOUNS and w.tag_.startswith("NN")]
    return _codes((m for n in nouns for w in n.subtree if w.lower_ in _HELD
                   for p in w.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                   for m in _actors_under(p, heads, skip_preps=True)), acting=False)


_RELEASE = frozenset({"release", "return", "repatriation", "freedom"})


def _release_demanded(t: Token, heads: dict[int, list[Mention]],
                      prior: tuple[list[str] | None, list[str] | None]) -> tuple[str, list[tuple[str, str]]] | None:
    """"Algiers has demanded his immediate release": the release of someone whose detention by
    another was told just before is demanded of the detainer."""
    if t.lower_ not in _DEMANDING or not t.tag_.startswith("VB") or not prior[0] or prior[0][2] != "COERCE":
        return None
    freed = [c for c in t.children if c.dep_ == "dobj" and c.lower_ in _RELEASE]
    if not freed or any(heads.get(w.i) for c in freed for w in c.subtree if w.dep_ != "poss"):
        return None  # (one named with it is read by the lexicon: "demanded Japan release the crew")
    src = _subject_codes(t, heads) or []
    if prior[0][1] not in src:
        return None
    return "REQUEST", [(a, prior[0][0]) for a in src if a != prior[0][0]]


_ISSUING = frozenset({"issued", "issues", "issue", "made", "makes", "delivered", "delivers", "sent", "sends",
                      "renewed", "renews", "repeated", "repeats", "stepped", "steps", "piled", "ramped"})
_ASKING_NOUNS = frozenset({"plea", "pleas", "appeal", "appeals", "ultimatum", "call", "calls",
                           "demand", "demands", "request", "requests", "insistence"})
"""(Pressure is no demand of its own: the labels' rule.)"""

_AT_REQUEST = frozenset({"request", "behest", "urging", "insistence"})


def _at_the_request(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done at another's request answers a request of theirs to the one acting: "lifted
    sanctions on Syria at the request of Saudi Crown Prince Mohammed bin Salman", "at Kyiv's request"."""
    if t.lower_ not in _AT_REQUEST or t.dep_ != "pobj" or t.head.lower_ != "at" or not _is_verb(t.head.head):
        return []
    askers = _codes((m for c in t.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                     for m in _actors_under(c, heads, skip_preps=c.dep_ == "poss")), acting=True)
    doers = _subject_codes(t.head.head, heads) or []
    return [(a, b) for a in askers for b in doers if a != b]


_ANSWERING_TO = _YIELDING_TO | _AGREEING | _YIELDING | frozenset(
    w for v in ("concede", "respond", "relent", "succumb", "acquiesce", "react", "reply", "surrender",
                "capitulate", "defer", "bend") for w in inflect(v)) | {"bent"}
"""Verbs that answer a demand "to" which they are put ("bowed to the US demand", "conceded to Washington's
demand"), unlike "attributed the growth to Chinese demand": the granting verbs of concessions.py and a few
of response."""


def _asked_in_a_noun(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A demand named as a noun with its author asks the one it is put to, or the one who answers
    it: "issued an ultimatum to Chisinau", "brushed aside American pressure to stop buying Russian
    crude", "refused ... despite pressure from Washington", "Beijing's call for a truce was turned
    down by Washington", "after a direct plea from Zelensky"."""
    if t.lower_ not in _ASKING_NOUNS or not t.tag_.startswith("NN") or _market_demand(t) \
            or _granted_in_apposition(t, heads):
        return []  # (", a long-standing request from Seoul": granted, read with its grant)
    if t.lower_.startswith("call") and not any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
        return []  # "a call with X" is a conversation
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children):
        return []  # "has received no request from Washington"
    for cl in t.children:  # "Moscow's demand that NATO freeze its enlargement": asked of NATO
        if cl.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
            return []  # read by the refusal or grant that names the demand (_asked_of)
    owners = [m for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod")
              for m in _actors_under(c, heads, skip_preps=True)]
    owners += [m for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for q in c.children for m in _actors_under(q, heads, skip_preps=True)]
    src = _codes(owners, acting=True)
    issuing = t.dep_ == "dobj" and t.head.lower_ in _ISSUING
    if not src and issuing:  # "Moscow issued an ultimatum to Moldova": the one who issued it
        src = _subject_codes(t.head, heads) or []
    if not src:
        return []
    put_to = [m for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for q in c.children for m in _actors_under(q, heads, skip_preps=True)]
    if put_to or issuing:
        verb = t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is not None and (not _is_verb(verb) or any(_unreal(verb)[:2])):
            return []
        tgt = _codes(put_to, acting=False)
    else:
        verb = t.head.head if t.dep_ == "pobj" and (t.head.lower_ in ("after", "despite", "under") or (
            t.head.lower_ == "to" and t.head.head.lower_ in _ANSWERING_TO)) \
            else t.head if t.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or not _is_verb(verb) or _ancestor_conditional(verb) or _unreal(verb)[1]:
            return []  # not "has never turned down a NATO request"
        if t.dep_ == "nsubjpass":  # "Beijing's call for a truce was turned down by Washington"
            tgt = _codes((m for a in verb.children if a.dep_ == "agent" for p in a.children
                          for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        else:
            tgt = _subject_codes(verb, heads) or []
    return [(a, b) for a in src for b in dict.fromkeys(tgt) if a != b]


_VOICING = frozenset(w for v in ("emphasise", "emphasize", "stress", "reiterate", "repeat", "express", "voice",
                                  "convey", "underscore", "underline", "signal", "state", "outline", "reaffirm",
                                  "highlight", "restate", "communicate") for w in inflect(v)) | {"set"}
_MEMBERS = frozenset({"member", "members", "ally", "allies", "state", "states", "country", "countries"})
_WISH_NOUNS = frozenset({"desire", "desires", "wish", "wishes", "expectation", "expectations", "insistence"})


def _wish_for_another(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A government's stated wish "for" another to act asks it: "emphasised Trump's desire for each
    NATO member to dedicate 5% of GDP", "repeated its wish for Tokyo to retract the remarks"."""
    if t.lower_ not in _WISH_NOUNS or not t.tag_.startswith("NN") or t.dep_ not in _DIRECT:
        return []
    verb = t.head
    if verb.lower_ not in _VOICING or not _is_verb(verb) or any(_unreal(verb)[:2]):
        return []  # voiced by its owner or another ("emphasised Trump's desire"); not "doubted Trump's desire"
    infinitives = [c for c in (*t.children, *verb.children) if c.dep_ in ("acl", "advcl", "xcomp") and c.i > t.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not infinitives:
        return []
    if any(a.dep_ == "auxpass" for c in infinitives for a in c.children):
        return []  # "its desire for Sweden's accession to be completed": no one asked to act
    # the one asked is named itself, not a possessor ("Sweden's accession") nor a group ("Europe")
    asked = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "for"
             for q in p.children if q.dep_ == "pobj"
             for x in (q, *(c for c in q.children if c.dep_ == "compound" and q.lower_ in _MEMBERS))
             for m in heads.get(x.i, ()) if not m.weak]  # (and "each NATO member": the alliance)
    asked += [m for c in infinitives if any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children)
              for g in c.children if g.dep_ == "nsubj" for m in heads.get(g.i, ()) if not m.weak]
    own = [c for c in t.children if c.dep_ == "poss"]
    if not own or not asked:
        return []
    src = _codes((m for c in own for m in _actors_under(c, heads, skip_preps=True)), acting=True)
    if not src and own[0].lower_ in ("its", "his", "her", "their"):
        src = _subject_codes(verb, heads) or []  # "Beijing repeated its wish for Tokyo to ..."
    tgt = _codes(asked, acting=False)
    return [(a, b) for a in src for b in tgt if a != b]
