"""Refusals (REJECT): what one says it will not comply with, give way on or put on the table, terms
it does not accept, a land "not for sale", "said no", a future "decided in Nuuk, not in
Washington", a demand or charge named as refused after a comma, and acts done despite another's
objections."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.demand_authors import _pressing
from diversify.news.structure.modality import _ancestor_conditional, _told_by_analysts, _unreal
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _reporter,
    _subject,
    _subject_codes,
)
from diversify.news.structure.tokens import _in_clause_of, _is_verb, _saying_verb
from diversify.news.structure.words import _DEMAND_NOUNS, _DENYING, _REFUSING, _SAYING, _TALKS
from diversify.news.triggers import inflect

if TYPE_CHECKING:
    from spacy.tokens import Token


_COMPLYING = frozenset(w for v in ("implement", "apply", "comply", "honour", "honor", "obey", "enforce",
                                    "follow", "recognise", "recognize", "sign", "join", "pay")
                       for w in inflect(v))
_PRESSED = frozenset(w for v in ("push", "bully", "intimidate", "dictate", "pressure", "coerce", "blackmail",
                                 "force", "pressure", "rush") for w in inflect(v))


def _kept_off_the_table(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Refusing to negotiate something: "Canada will not put its dairy sector on the table in the
    talks with Washington" refuses the partner of the talks."""
    if t.lower_ not in ("put", "puts", "putting", "place", "placed", "places") or not any(
            c.dep_ == "neg" for c in t.children) or not any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "table" for p in c.children)
            for c in t.children):
        return []
    src = _subject_codes(t, heads) or []
    partners = [c for w in t.subtree if w.lower_ in _TALKS for p in w.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    return [(a, b) for a in src for b in dict.fromkeys(partners)]


def _will_not_comply(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A refusal said as what one will not do: "would not implement the relocation scheme of the
    European Union's migration pact" (the owner of what is not done), "would not be pushed by the
    United States into repealing" (the one pushing)."""
    if not t.tag_.startswith("VB") or t.lower_ not in _COMPLYING_OR_PRESSED:
        return []
    if not any(c.dep_ == "neg" for c in t.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None:
        return []
    own = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not own:
        return []
    if passive and t.lower_ in _PRESSED:
        by = [p for a in t.children if a.dep_ == "agent" for p in a.children]
    elif not passive and t.lower_ in _COMPLYING:
        by = [c for c in t.children if c.dep_ in ("dobj", "prep")]
    else:
        return []
    other = [c for c in _codes((m for x in by for m in _actors_under(x, heads, skip_preps=True)),
                               acting=False) if c not in own]
    return [(a, other[0]) for a in own] if other else []


_GIVING_IN = frozenset(w for v in ("withdraw", "retract", "negotiate", "accept", "grant", "cede",
                                    "budge", "compromise", "surrender", "sell", "apologise",
                                    "apologize", "reverse", "revoke", "rescind", "tolerate", "move",
                                    "abandon", "renounce", "relent", "waver", "concede", "hand",
                                    "bow", "yield", "cave", "capitulate", "succumb", "submit", "kowtow", "bend")
                       for w in inflect(v))
"""Verbs of giving way that, said with "will not", refuse: "would not withdraw the comments"."""
_REFUSAL_AUX = frozenset({"will", "would", "wo", "'ll", "could", "can", "ca", "does", "do"})
_STANDING_FOR_SPEAKER = frozenset({"it", "we", "they", "she", "he", "kingdom", "country", "government",
                                   "nation", "island", "bloc", "alliance", "union", "administration"})
"""Subjects that stand for the one who says so: "Frederiksen said the kingdom would not negotiate"."""


def _gives_way_refused(words: Collection[str]) -> bool:
    """The words of a sentence may say what one will not give way on: worth a parse."""
    return "not" in words and not _REFUSAL_AUX.isdisjoint(words) and not _GIVING_IN.isdisjoint(words)


def _will_not_give_way(t: Token, heads: dict[int, list[Mention]],
                       said: list[str] | None) -> list[tuple[str, str]]:
    """A refusal said as what one will not yield: "Takaichi said she would not withdraw the comments",
    "the kingdom would not negotiate over its sovereignty", "Spain will not move beyond 2.1%". It
    refuses the one named with it ("would not grant an exemption for Hungarian oil") or, naming none,
    the latest demand, accusation, threat or measure aimed at the one refusing (``said``)."""
    if t.lower_ not in _GIVING_IN or not t.tag_.startswith("VB") or t.dep_ in ("amod", "acl", "relcl"):
        return []
    if not any(c.dep_ == "neg" for c in t.children) or not any(
            c.dep_ == "aux" and c.lower_ in _REFUSAL_AUX for c in t.children):
        return []
    if _ancestor_conditional(t) or _told_by_analysts(t) or any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in t.children):
        return []  # "would not budge unless Ottawa ...": a condition, not yet a refusal
    subj, passive = _subject(t)
    if subj is None or passive:
        return []
    own = _codes(_actors_under(subj, heads, skip_preps=True) or (
        _reporter(t, heads) if subj.lower_ in _STANDING_FOR_SPEAKER else []), acting=True)
    if not own:
        return []
    # the one dealt with ("negotiate with Washington"), the author of the terms refused ("accept the
    # Chinese demands"), or the one a favour is for ("an exemption for Hungarian oil"); not the owner
    # of what is kept ("negotiate over Greenland's sovereignty")
    parts = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
    parts += [w for w in t.subtree if w.dep_ == "prep" and w.lower_ == "with" and w.head.i != t.i
              and _in_clause_of(w, t)]  # "negotiate on its sovereignty with the United States"
    parts += [c for c in t.children if c.dep_ == "dobj" and c.lower_ in _PROPOSALS]
    parts += [p for c in t.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
    named = [c for c in _codes((m for c in parts for m in _actors_under(c, heads, skip_preps=True)), acting=False)
             if c not in own]
    if named:
        return [(a, named[0]) for a in own]
    words = {w.lower_ for w in t.subtree if w.i > t.i}
    if "NATO" not in own and "gdp" in words and not {"%", "cent", "percent"}.isdisjoint(words):
        return [(a, "NATO") for a in own]  # "Spain will not move beyond 2.1% of GDP": the alliance's target
    if said and said[1] in own and said[0] not in own and said[2] in _PRESSING:
        return [(a, said[0]) for a in own]
    return []


_PRESSING = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION"})

_CHARGES = frozenset({"allegations", "allegation", "accusations", "accusation", "charges", "charge", "claims", "claim",
                      "reports", "report"})
"""What one is accused of, refused when dismissed: "dismissed the allegations as baseless"."""

_PROPOSALS = frozenset({"demand", "demands", "proposal", "proposals", "offer", "terms", "conditions",
                        "ultimatum", "request", "requests", "plan", "deal", "intervention", "interference",
                        "quota", "quotas", "cap", "caps", "bases", "troops", "presence", "deployment",
                        "soldiers", "forces", "interventions", "protest", "protests", "ruling", "verdict",
                        "accusation", "accusations", "charges"})
"""What a party may refuse to accept or agree to: "would not accept the U.S. demands", "would never
accept a US military presence on its territory"."""


def _refused_terms(verb: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """The one not accepting refuses the author of the terms ("would not accept the U.S. demands",
    "did not agree to Washington's terms")."""
    src = _subject_codes(verb, heads)
    if src is None:
        return []
    terms = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    # "any deal with Washington that ...": the other party of the deal refused
    tgt = _codes((m for o in terms for m in _actors_under(o, heads, skip_preps=True, allow=frozenset({"with"}))),
                 acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


def _decided_not_by(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A speaker who says something is decided by one side, "not" by another, refuses the other's
    claim to it: "said the island's future will be decided in Nuuk, not in Washington"."""
    if not t.lower_.startswith("decid") or not t.tag_.startswith("VB") or t.dep_ != "ccomp" \
            or t.head.lower_ not in _SAYING:
        return []
    refused = [m for w in t.subtree if w.lower_ == "not" and w.dep_ == "neg" and w.head.i != t.i
               for p in w.head.children if p.dep_ == "prep" and p.i > w.i
               for m in _actors_under(p, heads, skip_preps=True)]
    src = _subject_codes(t.head, heads) or []
    return [(a, b) for a in src for b in _codes(refused, acting=False) if a != b]


_DEFIED = frozenset({"objections", "objection", "opposition", "protests", "warnings", "pressure", "demands",
                     "calls"})


def _done_despite(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done (or vowed) despite another's objections, warnings or pressure defies it, a refusal:
    "Malaysia will press ahead with exploration despite objections from China", "kept buying Russian
    oil despite American objections"."""
    if not t.tag_.startswith("VB") or t.lower_ in _SAYING:
        return []
    defied = [n for p in t.children if p.dep_ == "prep" and p.lower_ in ("despite", "notwithstanding")
              for n in p.children if n.dep_ == "pobj" and n.lower_ in _DEFIED]
    if not defied or any(c.dep_ == "neg" for c in t.children) or _ancestor_conditional(t) or _told_by_analysts(t):
        return []
    modal, negated, mwords = _unreal(t)
    if negated or (modal and not mwords <= {"will", "would", "'ll"}):
        return []
    src = _subject_codes(t, heads) or []
    return [(a, b) for a in src for b in _pressing(defied, heads) if a != b]


def _not_for_sale(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said (told Y) that <its land> is not for sale": X refuses the one who wants to buy it, the
    other side named in the sentence ("Carney told Trump in the Oval Office that Canada is not for
    sale"); with nobody else named, no target is guessed."""
    if t.lower_ != "sale" or t.dep_ != "pobj" or t.head.lower_ != "for":
        return []
    be = t.head.head
    if not any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in be.children):
        return []
    clause = be.head if be.dep_ == "conj" else be
    saying = _saying_verb(clause)
    if saying is None:
        return []
    src = _subject_codes(saying, heads) or []
    land, _ = _subject(clause)
    place = _codes(_actors_under(land, heads, skip_preps=True), acting=False) if land is not None else []
    own = set(src) | set(place)
    # the one told, or the one met: "told Trump ...", "sitting in the Oval Office with Trump, ..."
    told = [c for c in saying.children if c.dep_ in ("dobj", "dative")]
    met = [w for w in t.sent if w.dep_ == "pobj" and w.head.lower_ in ("with", "to", "alongside")]
    others = [m.code for w in (*told, *met) for m in _actors_under(w, heads, skip_preps=True)
              if m.code not in own and not m.weak]
    return [(a, b) for a in src for b in list(dict.fromkeys(others))[:1] if a != b]


_REBUFFING = _REFUSING | frozenset({"ignored", "spurned", "brushed", "snubbed", "vetoed"})

_ACCUSING = frozenset(w for v in ("accuse", "blame", "charge", "allege", "claim") for w in inflect(v))
_ASKED_BY_VERB = frozenset(w for v in ("ask", "request", "demand", "urge", "press", "call", "propose", "invite")
                           for w in inflect(v)) | {"pressed", "urged"}


def _refused_in_apposition(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A demand told, then named after a comma as refused: "Washington had asked Ottawa to confirm
    the order, a request Canadian officials rebuffed last month": the refusers refuse the asker."""
    if t.dep_ != "relcl" and t.lower_ in _REBUFFING | _DENYING:
        # the same parsed as "[India accuses Pakistan of ...], a charge [Islamabad denies]": the told act is
        # a clause of the refusing verb, the noun its object
        noun = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _CHARGES | _DEMAND_NOUNS), None)
        told = next((c for c in t.children if c.dep_ == "ccomp" and noun is not None and c.i < noun.i
                     and c.lower_ in (_ACCUSING | _SAYING if noun.lower_ in _CHARGES else _ASKED_BY_VERB)), None)
        if noun is None or told is None or noun.doc[noun.left_edge.i - 1].text != ",":
            return []
        refusers = _subject_codes(t, heads) or []
        return [(a, b) for a in refusers for b in (_subject_codes(told, heads) or []) if a != b]
    charge = t.head.lower_ in _CHARGES
    if t.dep_ != "relcl" or t.lower_ not in _REBUFFING | _DENYING or (
            t.head.lower_ not in _DEMAND_NOUNS | _PROPOSALS and not charge):
        return []
    noun = t.head
    if noun.i < 2 or noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    refusers = _subject_codes(t, heads) or []
    verb = noun.head  # the clause the noun describes: "had asked Ottawa ...", "accuses Pakistan of ..."
    for _ in range(3):  # "was plotting a coup, a claim ...": the parser may hang the noun on the clause's object
        if not charge or _is_verb(verb) or verb.dep_ not in ("dobj", "pobj", "prep", "appos"):
            break
        verb = verb.head
    if charge and verb.dep_ == "ccomp" and verb.head.lower_ in _SAYING:
        verb = verb.head  # "Moscow said the EU was planning a war, a claim Brussels rejected": the sayer's
    if not verb.tag_.startswith("VB") or verb.lower_ not in (_ACCUSING | _SAYING if charge else _ASKED_BY_VERB):
        return []  # ("India accuses Pakistan of backing militants, a charge Islamabad denies")
    askers = [c for c in (_subject_codes(verb, heads) or []) if c not in refusers]
    return [(a, b) for a in refusers for b in askers]


def _said_no(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"South Korea said no to an American demand": a refusal of the demand's author (or of the one
    said no to)."""
    if t.lower_ not in ("said", "says", "say", "saying"):
        return []
    no = [c for c in t.children if c.lower_ == "no" and c.dep_ in ("intj", "dobj", "npadvmod", "advmod")]
    if not no:
        return []
    src = _subject_codes(t, heads) or []
    # "to" hangs on the verb or on "no" ("said no to Washington's request")
    them = [c for p in (*t.children, *no[0].children) if p.dep_ == "prep" and p.lower_ == "to"
            for c in _codes((m for q in p.children for m in _actors_under(q, heads, skip_preps=True)), acting=False)
            if c not in src]
    return [(a, them[0]) for a in src] if them else []


_COMPLYING_OR_PRESSED = _COMPLYING | _PRESSED
