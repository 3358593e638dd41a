"""Small questions of grammar the rules share: whether a token is a verb, the verb a phrase belongs
to, the verb whose reported clause a token heads ("said Canada would pay"), whether one token
hangs under a verb without crossing a clause, what a clause "what X called Y" names, and the
token each actor mention is headed by."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.words import _CLAUSAL, _JOIN_VERBS, _SAYING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _mention_heads(sent: Doc, offset: int, mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Token index of the head of each mention (the token whose head lies outside it)."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        span = sent.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.setdefault(span.root.i, []).append(m)
    return out


_CALLING = frozenset({"called", "calls", "call", "termed", "terms", "described", "describes", "branded",
                      "brands", "labelled", "labeled", "dubbed", "characterised", "characterized"})


def _what_called(c: Token) -> list[Token]:
    """What a clause "what X called Y" names (Y, and an author the parser hangs on "called"):
    "condemned what he called the militarisation of the Arctic by NATO" judges NATO's act."""
    if c.dep_ not in ("ccomp", "pcomp", "dobj", "pobj", "xcomp") or c.lower_ not in _CALLING or not any(
            w.dep_ in ("dobj", "nsubjpass") and w.lower_ == "what" for w in c.children):
        return []
    named = next((x for x in c.children if x.dep_ in ("oprd", "attr")), None) or next(
        (p for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for p in x.children if p.dep_ == "pobj"),
        None)
    if named is None:
        return []
    return [named, *(x for x in c.children if x.dep_ == "prep" and x.lower_ in ("by", "of") and x.i > named.i)]


def _in_clause_of(w: Token, t: Token) -> bool:
    """Whether ``w`` hangs under verb ``t`` without crossing a clause of its own."""
    cur = w.head
    while cur.i != t.i:
        if cur.dep_ in _CLAUSAL or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _joined_in(t: Token) -> bool:
    """``t`` is the act of "A joined B in <t>-ing": A and B both act."""
    return t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "in" \
        and t.head.head.lower_ in _JOIN_VERBS


def _clause_verb(t: Token) -> Token | None:
    """The verb a noun or prepositional phrase belongs to."""
    cur = t
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur if _is_verb(cur) else None
        cur = cur.head
        if _is_verb(cur) and not (cur.tag_ == "VBG" and (cur.dep_ == "prep" or (
                cur.lower_ == "following" and cur.dep_ in ("acl", "advcl")))):
            return cur  # not a participle read as a preposition: "following a meeting with X, Y ...",
            # "announced the ceasefire following phone calls with A and B"
    return None


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _will(v: Token) -> bool:
    """``v`` has "will" or "would" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in v.children)


MADE_CLEAR = frozenset({"made", "makes", "make", "making"})
"""Verbs of "made (it) clear that ...", which state as saying does."""


def _saying_verb(t: Token) -> Token | None:
    """The verb whose reported clause ``t`` heads, directly ("said Canada would pay") or as a
    second "that" clause joined to it ("said he was ready ... and that Canada would pay")."""
    if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
        verb = _clause_verb(t.head)  # "warned in a letter that Canadian goods would face ..."
        return verb if verb is not None and verb.lower_ in _SAYING else None
    if t.dep_ == "ccomp" and t.head.dep_ == "acl" and t.head.tag_ == "VBN":
        verb = _clause_verb(t.head.head)  # "warned in a letter posted online that ..."
        if verb is not None and verb.lower_ in _SAYING:
            return verb
    if t.dep_ in ("advcl", "ccomp") and t.head.lower_ == "clear" and t.head.head.lower_ in MADE_CLEAR:
        return t.head.head  # "made it clear that Panama must curtail Chinese influence": a statement
    if t.dep_ == "ROOT":  # "Caracas could face a naval blockade if ..., a senior US official said"
        return next((c for c in t.children if c.dep_ in ("parataxis", "ccomp") and c.i > t.i
                     and c.lower_ in _SAYING and not any(x.dep_ in ("ccomp", "dobj") for x in c.children)), None)
    return t.head if t.dep_ == "ccomp" else None


def _prep_as_dative(c: Token) -> bool:
    """"extended a $450 million package to Sri Lanka": the parser labels the "to" phrase a dative."""
    return c.dep_ == "dative" and c.tag_ == "IN"


def _quoted(w: Token) -> bool:
    """``w`` stands between quotation marks of its sentence."""
    return sum(1 for x in w.doc[w.sent.start:w.i] if x.text in ('"', "\u201c", "\u201d")) % 2 == 1


def _each_other(t: Token) -> bool:
    """The act is mutual: "each other", "one another" among the words that follow the verb."""
    words = [w.lower_ for w in t.subtree if w.i > t.i]
    return any(a == "each" and b == "other" or a == "one" and b == "another"
               for a, b in pairwise(words))


def _market_demand(n: Token) -> bool:
    """Whether the noun "demand" is a market's (a mass noun, without article or owner: "racing to meet
    Japanese demand", "rising demand from Mexico"), not a demand made of another ("the US demand",
    "Beijing's demand", "demands")."""
    return n.lower_ == "demand" and not any(c.dep_ in ("det", "poss") for c in n.children)
