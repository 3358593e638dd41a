"""The lexicon entry a verb token stands for (a phrasal verb with its particle, a reviewed sense
before others) and the words after the verb that its type is read from, without the words of
clauses that have their own subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.dates import MONTHS, WEEKDAYS
from diversify.news.verbs import Lexicon, Verb

if TYPE_CHECKING:
    from spacy.tokens import Token


def _own_words(t: Token) -> list[str]:
    """The words of ``t``'s subtree without the clauses joined to it that have their own subject."""
    skip: set[int] = set()
    for c in t.children:
        if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            skip |= {x.i for x in c.subtree}
    return [w.lower_ for w in t.subtree if w.i not in skip]


_CAUSES = frozenset({"over", "about", "regarding", "amid", "despite"})
"""Prepositions of a verb's cause or setting: the measures they name are not its object."""


_NAMED_COMMON = frozenset({"order", "medal", "prize", "cross", "legion", "star"})
"""Words of honours' names ("the Order of the Nile") that patterns read as common words."""


def _words_after(v: Token, subject: Token | None) -> list[str]:
    sub = {x.i for x in subject.subtree} if subject is not None else set()
    for c in v.children:  # "..., and the EU announced €2 billion": another clause, its own subject
        if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            sub |= {x.i for x in c.subtree}
        elif c.dep_ == "prep" and c.lower_ in _CAUSES:
            sub |= {x.i for x in c.subtree}  # "hit back at X over its tariffs": the cause, not the act
    after = [x for x in v.subtree if x.i > v.i]  # words before the verb are never read
    tree = [x for x in after if x.i - v.i < 14]
    for x in after:  # "put Ottawa on notice that lumber duties could double": another clause's words
        if x.dep_ in ("acl", "ccomp", "advcl") and x.tag_.startswith("VB") \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in x.children):
            sub |= {y.i for y in x.subtree}
    # a proper name is not the common word it holds: "awarded Trump the Order of the Nile"
    out = [t.lower_ for t in tree if t.i not in sub and not (t.text[:1].isupper() and t.lower_ in _NAMED_COMMON)]
    # the parser splits "co-operation", "counter-tariffs": the joined word too
    out += [f"{a}-{b}" for a, h, b in zip(out, out[1:], out[2:], strict=False) if h == "-"]
    return out


_TIMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset({
    "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "sidelines"})
"""Heads of phrases of time: "called on Monday" is no "call on"."""


def _verb_entry(lex: Lexicon, t: Token) -> Verb | None:
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    for c in t.children:  # "carried out an air strike", "cut off assistance"
        if c.dep_ in ("prt", "advmod") and base and f"{base} {c.lower_}" in lex.object_phrasal:
            return Verb(f"{base} {c.lower_}", c.lower_, "", "")
    cands = lex.verbs_for(t.lower_)
    if not cands:
        lemma = lex.object_lemmas.get(t.lower_)
        return Verb(lemma, "", "", "") if lemma else None
    near = {c.lower_: c.dep_ for c in t.children if c.dep_ in ("prt", "prep", "advmod", "dobj")
            and not (c.dep_ == "prep" and any(p.lower_ in _TIMES for p in c.children))}
    for c in t.children:  # "called for Russia to withdraw": the parser takes "for" as the infinitive's mark
        if c.dep_ == "advcl":
            near.update({m.lower_: "mark" for m in c.children if m.dep_ == "mark" and m.i == t.i + 1})
    with_particle = [v for v in cands if v.particle and v.particle.split(" ")[0] in near]
    if with_particle:
        # a particle the parser attaches as one ("took aim at X over the tariffs": not "take over")
        return max(with_particle, key=lambda v: (near[v.particle.split(" ")[0]] != "prep",
                                                 bool(v.type) or v.lemma in lex.reviewed))
    plain = [v for v in cands if not v.particle]
    if not plain:
        return None
    reviewed = [v for v in plain if v.lemma in lex.reviewed]
    return reviewed[0] if reviewed else plain[0]
