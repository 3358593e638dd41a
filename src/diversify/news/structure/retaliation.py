"""Responses promised: whether a verb vows to answer in kind ("vowed to respond", "would take all
necessary measures", "reserved the right to respond"), a response conditional on another's act,
the acts a promised response answers, and measures told as the answer to another's."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.modality import _condition_subjects, _every_right, _held_in_readiness
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _reporter,
    _subject,
    _subject_codes,
)
from diversify.news.structure.tokens import _what_called
from diversify.news.structure.words import (
    _RESERVING,
    _RESPONSE_NOUNS,
    _RESPONSES,
    _STEPS,
    _TAKING,
    _VOWING,
)
from diversify.news.verbs import ACTS_JUDGED

if TYPE_CHECKING:
    from spacy.tokens import Token


def _answered_clause_subjects(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The actors acting in an "after"/"following" clause of the verb or the verb it completes:
    the act a threat, a protest or a retaliation answers."""
    out: list[str] = []
    near = [t, *(c for c in t.children if c.dep_ == "xcomp")]  # "vowed to respond ... after X struck"
    if t.dep_ in ("xcomp", "conj"):
        near.append(t.head)
    for v in near:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "following", "when")
                                         for m in c.children):
                out += _subject_codes(c, heads) or []
    return out


def _answered_by(t: Token) -> bool:
    """``t`` is how an act was answered: "responded by filing a complaint", "retaliated by closing"."""
    return t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.lower_.startswith(
        ("respond", "retaliat", "react", "answer", "hit back", "replied", "reply"))


def _response_promised(words: Collection[str]) -> bool:
    """A response promised ("would respond", "will answer", "vowed revenge", "reserves the right to
    respond"): worth a parse for the threat."""
    return (not _RESPONSES.isdisjoint(words) and not {"will", "would"}.isdisjoint(words)) or (
        not _VOWING.isdisjoint(words) and not _RESPONSE_NOUNS.isdisjoint(words)) or (
        not _RESERVING.isdisjoint(words) and "right" in words and not _RESPONSES.isdisjoint(words))


_COUNTER_WORDS = frozenset({"countermeasures", "counter-measures", "counter-tariffs", "countertariffs",
                            "counter-duties", "retaliatory", "retaliation", "reprisals"})


def _counter_measures_named(t: Token) -> bool:
    """The verb's object names counter-measures: "impose countermeasures", "retaliatory duties"."""
    return any(c.dep_ == "dobj" and not _COUNTER_WORDS.isdisjoint(w.lower_ for w in c.subtree) for c in t.children)


def _answering(t: Token) -> bool:
    """A measure told as an answer to another's: "in response to the US tariffs", "in reaction to",
    or measures named as counter-measures."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        r.lower_ in ("response", "reaction", "retaliation", "reply") for r in c.children) for c in t.children) \
        or _counter_measures_named(t)


def _conditional_response(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X would respond (retaliate) if Y does ...": X threatens Y, the subject of the condition."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in t.children) \
            and not _held_in_readiness(t):
        return []
    if any(c.dep_ == "neg" for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None or passive:
        return []
    src = _codes(_actors_under(subj, heads, skip_preps=True) or (
        _reporter(t, heads) if subj.lower_ in ("it", "they") else []), acting=True)
    return [(a, b) for a in src for b in _condition_subjects(t, heads) + _hypothetical_acts(t, heads)
            if a != b]


_DELIVERING = frozenset({"deliver", "delivers", "give", "gives", "mount", "mounts", "launch", "launches",
                         "unleash", "unleashes"})


def _delivers_a_response(t: Token) -> bool:
    """"would deliver a decisive response": a response given, as "would respond" is."""
    return t.lower_ in _DELIVERING and any(c.dep_ == "dobj" and c.lower_ in _RESPONSE_NOUNS
                                           for c in t.children)


def _hypothetical_acts(verb: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The actors of "any" act the verb answers: "would respond in kind to any U.S. tariff"."""
    out: list[str] = []
    objects = [g for c in verb.children if c.dep_ == "dobj" and c.lower_ in _RESPONSE_NOUNS for g in c.children]
    # "would respond with retaliatory measures to Japan's sanctions", "in a mirror manner to ...": the
    # parser hangs "to" on the manner's noun
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "in")
                for p in c.children if p.dep_ == "pobj" for g in p.children]
    acts = [p for c in [*verb.children, *objects] if c.dep_ == "prep" and c.lower_ in ("to", "against", "for")
            for p in c.children if p.dep_ == "pobj"]  # "would deliver a decisive response to any attack"
    acts += [x for c in [*verb.children, *objects] if c.dep_ == "prep" and c.lower_ in ("to", "against")
             for p in c.children if p.dep_ == "pcomp" for x in _what_called(p)[:1]]  # "to what she called ..."
    if verb.lower_ in _ANSWERING:  # "will answer any fresh American duties in kind"
        acts += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _RESPONSE_NOUNS]
    for p in acts:
        if any(w.lower_ == "any" for w in p.children):
            out += _codes(_actors_under(p, heads, skip_preps=False), acting=False)
        elif heads.get(p.i) and p.head.lower_ == "against":
            out += _codes(heads[p.i], acting=False)  # "vowed revenge against Israel"
        elif p.lower_ in ACTS_JUDGED or p.lower_ in _ACT_NOUNS:
            # "vowed to respond to France's suspension of a visa waiver": the act's author; "an overwhelming
            # response to the joint exercises staged by South Korean and American forces": their agents
            out += _codes((m for w in p.children if w.dep_ in ("poss", "amod", "compound")
                           for m in _actors_under(w, heads, skip_preps=True)), acting=False)
            out += _codes((m for w in p.children if w.dep_ == "prep" and w.lower_ == "by"  # "aggression by Iran"
                           for m in _actors_under(w, heads, skip_preps=True)), acting=False)
            staged = [w for w in p.children if w.dep_ == "acl"]
            if p.i + 1 < len(p.doc) and p.doc[p.i + 1].tag_ in ("VBN", "VBD"):
                staged.append(p.doc[p.i + 1])  # the parser may hang "staged by ..." elsewhere
            out += _codes((m for w in staged for a in w.children if a.dep_ == "agent"
                           for g in a.children for m in _actors_under(g, heads, skip_preps=True)), acting=False)
    return out


_ANSWERING = frozenset({"answer", "answers", "answered", "counter", "counters", "match", "matches", "crush",
                        "crushes", "punish", "punishes"})
_ACT_NOUNS = frozenset({"suspension", "decision", "imposition", "expulsion", "closure", "attack", "attacks",
                        "strike", "strikes", "provocation", "provocations", "seizure", "incursion", "attempt",
                        "aggression", "escalation", "deployment", "bombing", "blockade", "ban", "restrictions",
                        "exercises", "drills", "manoeuvres", "maneuvers"})
"""Nouns of an act whose author a vowed response answers."""


def _any_attempt(v: Token) -> Token | None:
    """The object of ``v`` when it is any act that may come: "crush any attempt by Taipei", "hit any
    move by Manila"."""
    return next((o for o in v.children if o.dep_ == "dobj" and any(
        d.dep_ == "det" and d.lower_ == "any" for d in o.children)), None)


def _responds(t: Token) -> bool:
    """A threat to answer in kind: "vowed to respond", "warned it would retaliate", "would take
    all necessary measures"."""
    return t.lower_ in _RESPONSES or _necessary_measures(t) or _fights_back(t) or any(
        c.dep_ in ("xcomp", "ccomp") and (c.lower_ in _RESPONSES or _necessary_measures(c) or _fights_back(c))
        for c in t.children) or (t.lower_ in _VOWING and any(
            c.dep_ == "dobj" and c.lower_ in _RESPONSE_NOUNS for c in t.children)) or (
        (t.lower_ in _RESERVING or _every_right(t)) and any(  # "reserved the right to respond"
            c.dep_ == "dobj" and c.lower_ == "right" and any(
                a.dep_ in ("acl", "relcl") and (a.lower_ in _RESPONSES or _necessary_measures(a))
                for a in c.children) for c in t.children))


def _fights_back(t: Token) -> bool:
    """"vowed to fight back", "would fight to the end": a promise to answer, not a fight reported."""
    return t.lower_ in ("fight", "fights") and any(
        (c.dep_ in ("prt", "advmod") and c.lower_ == "back")
        or (c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "end" for p in c.children))
        or (c.dep_ == "prep" and c.lower_ == "against" and any(
            d.dep_ == "det" and d.lower_ == "any" for p in c.children for d in p.children))
        for c in t.children)


_RESOLVE_WORDS = frozenset({"necessary", "resolute", "firm", "all", "decisive", "forceful", "strong",
                            "corresponding", "reciprocal", "retaliatory", "appropriate", "countermeasures",
                            "counter-measures", "military-technical", "military", "adequate", "tough", "robust",
                            "proportionate", "proportional", "swift", "severe", "effective", "available"})


def _necessary_measures(t: Token) -> bool:
    """"would take all necessary measures to safeguard its rights": the standard official threat."""
    return t.lower_ in _TAKING and any(
        o.dep_ == "dobj" and o.lower_ in _STEPS and any(w.lower_ in _RESOLVE_WORDS for w in o.subtree)
        for o in t.children)
