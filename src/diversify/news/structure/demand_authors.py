"""Whose demand, offer or pressure a phrase names: "rejected Washington's demand", "a demand Moscow
had put forward", "under pressure from Washington". Shared by the rules of concessions,
refusals, agreements and demands."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.subjects import _actors_under, _codes
from diversify.news.structure.tokens import _market_demand
from diversify.news.structure.words import _DEMAND_NOUNS, _DEMANDING, _DIRECT

if TYPE_CHECKING:
    from spacy.tokens import Token


def _demand_named(t: Token, heads: dict[int, list[Mention]], own: list[str],
                  kinds: frozenset[str] | None = None) -> list[str]:
    """The authors of a demand the verb ``t`` answers ("rejected Washington's demand", "a demand
    Moscow had put forward", "a central demand of Washington's negotiators"), not ``own``;
    ``kinds`` other nouns to look for (offers, invitations)."""
    demands = kinds is None
    kinds = kinds or _DEMAND_NOUNS
    nouns = [c for c in t.children if c.dep_ in _DIRECT and c.lower_ in kinds]
    nouns += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for p in c.children if p.dep_ == "pobj" and p.lower_ in kinds]
    # "refused to commit to the investment Washington had demanded": whatever the thing is called
    for v in (t, *(x for x in t.children if x.dep_ == "xcomp")) if demands else ():
        things = [c for c in v.children if c.dep_ in _DIRECT]
        things += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        nouns += [n for n in things if n not in nouns and any(
            w.dep_ in ("relcl", "acl") and w.lower_ in _DEMANDING for w in n.children)]  # "the truce demanded by X"
    out: list[str] = []
    for n in nouns:
        if _market_demand(n):
            continue
        near = [w for w in n.children if w.dep_ in ("poss", "compound", "amod", "nmod")]
        near += [g for w in n.children if w.dep_ == "prep" and w.lower_ in ("from", "of", "by")
                 for g in w.children]
        near += [g for w in n.children if w.dep_ == "relcl" for g in w.children if g.dep_ == "nsubj"]
        # "declined an invitation to meet the American delegation": the one to be met
        near += [g for w in n.children if w.dep_ == "acl" and n.lower_ in ("invitation", "invitations", "offer")
                 and w.lower_ in ("meet", "visit", "join", "attend") for g in w.children if g.dep_ == "dobj"]
        # "a truce proposal put forward by Britain and France"
        near += [g for w in n.children if w.dep_ == "acl" and w.tag_ in ("VBN", "VBD")
                 for a in w.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        out += [c for w in near for c in _codes(_actors_under(w, heads, skip_preps=False), acting=False)
                if c not in own]
    return list(dict.fromkeys(out))


def _pressure_nouns(preps: Iterable[Token], words: tuple[str, ...], nouns: Collection[str]) -> list[Token]:
    """The nouns of pressure governed by these prepositions: "under pressure", "despite U.S. demands"."""
    return [n for p in preps if p.dep_ == "prep" and p.lower_ in words for n in p.children if n.lower_ in nouns]


def _pressing(pressure: list[Token], heads: dict[int, list[Mention]]) -> list[str]:
    """Whose pressure or demands these nouns are: "U.S. pressure", "Washington's demands", "pressure from X"."""
    return _codes((m for p in pressure for w in p.children
                   if w.dep_ in ("amod", "compound", "poss") or (w.dep_ == "prep" and w.lower_ == "from")
                   for m in _actors_under(w, heads, skip_preps=False)), acting=False)
