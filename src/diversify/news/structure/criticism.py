"""Criticism, praise and protest (ACCUSE, SUPPORT, PROTEST): a reported judgement of an act told
before, displeasure at another's act, a wrong a speaker charges another with, criticism or
praise an act drew, what a description decides ("called the tariffs a direct attack"), and
walkouts and marches against another government."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.model import RECIPROCAL_TYPES
from diversify.news.sentiment import REVIEWED_BLAME, blame_words, praise_words
from diversify.news.structure.modality import _real
from diversify.news.structure.subjects import (
    _act_authors,
    _actors_under,
    _codes,
    _reporter,
    _subject,
    _subject_codes,
)
from diversify.news.structure.tokens import _quoted
from diversify.news.structure.words import _DRAWING, _MODALS
from diversify.news.triggers import inflect
from diversify.news.verbs import ACTS_JUDGED

if TYPE_CHECKING:
    from spacy.tokens import Token


def _described(t: Token) -> str | None:
    """"described Mexico's proposals as positive" (SUPPORT), "called the tariffs a direct attack"
    (ACCUSE): the words that describe decide; neither gives no event."""
    words = {w.lower_ for c in t.children if c.dep_ in ("oprd", "prep", "xcomp", "ccomp", "attr",
                                                           "acomp", "dobj") for w in c.subtree}
    words = {w.strip("\"'") for w in words}
    words |= {w[:-1] for w in words if w.endswith("s") and not w.endswith("ss")}  # "Japan's provocations"
    if words & blame_words():
        return "ACCUSE"
    if words & _RELATIONS:
        return None  # "called Canada a reliable partner", "a natural ally": a pleasantry (the labels' rule)
    if words & praise_words():
        return "SUPPORT"
    return None


_RELATIONS = frozenset({"partner", "partners", "ally", "allies", "friend", "friends", "neighbour", "neighbours",
                        "neighbor", "neighbors"})


_CRITICISM = frozenset({"rebuke", "rebukes", "condemnation", "condemnations", "criticism", "criticisms", "protest",
                        "protests", "anger",
                        "ire", "backlash", "outcry", "fury", "complaint", "complaints", "censure"})


def _criticism_drawn(t: Token, heads: dict[int, list[Mention]], nouns: frozenset[str] = _CRITICISM,
                     verbs: frozenset[str] = _DRAWING) -> list[tuple[str, str]]:
    """"X did ..., drawing a sharp rebuke from Y": Y criticises X (with ``nouns`` of praise: "X's
    decision drew praise from Y", Y supports X)."""
    if t.lower_ not in verbs:
        return []
    objects = [c for c in t.children if c.dep_ == "dobj" and c.lower_ in nouns]
    if not objects:
        return []
    critics = [m for c in (*objects, t) for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
               for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"from"}))]
    tgt = _act_authors(t, heads) if critics else None
    if not tgt:
        return []
    return [(a, b) for a in _codes(critics, acting=True) for b in tgt if a != b]


def _wrong_cited(t: Token, heads: dict[int, list[Mention]]) -> bool:
    """The verb's object is an actor's act named in words of blame: "citing Iran's continued nuclear
    escalation"."""
    blame = blame_words()
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and heads.get(p.i) for p in c.children)
               and (c.lower_ in blame or any(a.dep_ == "amod" and a.lower_ in blame for a in c.children))
               for c in t.children)


_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "such"})


_SAYS = frozenset({"said", "says", "say", "saying"})


def _said_blame(t: Token, heads: dict[int, list[Mention]],
                prior: tuple[list[str] | None, list[str] | None]) -> list[tuple[str, str]]:
    """"X said the surtax was discriminatory": a reported judgement of an act named again; the
    act's author (the latest act aimed at X, up to three sentences back) is blamed."""
    if t.lower_ not in _CHARGING:
        return []
    speaker, passive = _subject(t)
    act = prior[0]
    if speaker is None or passive or not act:
        return []
    src = _codes(_actors_under(speaker, heads, skip_preps=True), acting=True)
    if act[1] not in src or act[0] in src or act[2] in RECIPROCAL_TYPES:
        return []
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        said = {w.lower_.strip("\"'\u201c\u201d") for w in c.subtree}
        named = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and _act_named(g, heads)]
        if named and not blame_words().isdisjoint(said) and not any(c.dep_ == "neg" for c in c.children):
            return [(a, act[0]) for a in src]
    return []


_DISPLEASED = frozenset({"disappointed", "concerned", "dismayed", "alarmed", "troubled", "upset", "angered",
                         "frustrated", "outraged", "unhappy", "dissatisfied", "displeased", "appalled",
                         "shocked", "incensed", "furious", "angry"})
_CAUSE_PREPS = frozenset({"by", "about", "at", "with", "over"})


def _displeasure(t: Token, heads: dict[int, list[Mention]],
                 prior: tuple[list[str] | None, list[str] | None]) -> list[tuple[str, str]]:
    """"Ottawa was deeply disappointed by the decision", "said it was seriously concerned about
    Seoul's decision", "Canada is disappointed with the US tariffs": displeasure at another's act
    criticises the act's author (named with it, else the latest act aimed at the displeased)."""
    if t.lower_ not in _DISPLEASED or t.tag_ not in ("JJ", "VBN") or any(
            c.dep_ == "neg" for c in (*t.children, *t.head.children)):
        return []
    holder = t.head if t.dep_ == "acomp" else t
    who, _ = _subject(holder)
    if who is None:
        return []
    src = _codes(_actors_under(who, heads, skip_preps=True) or (
        _reporter(holder, heads) if who.lower_ in ("it", "we", "they") else []), acting=True)
    causes = [p for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in _CAUSE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    if not src or not causes:
        return []
    them = [c for p in causes for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False)
            if c not in src]
    if not them and prior[0] and any(_act_named(p, heads) for p in causes) and prior[0][1] in src:
        them = [prior[0][0]]  # "the decision": the act aimed at the displeased, told just before
    return [(a, them[0]) for a in src if a != them[0]] if them else []


_WRONGDOING = frozenset(w for v in ("violate", "breach", "provoke", "cheat", "interfere", "meddle", "undermine",
                                    "destabilise", "destabilize", "harass", "intimidate", "bully", "distort",
                                    "abuse", "sabotage", "mislead", "betray", "endanger", "weaponise", "weaponize",
                                    "infringe", "flout", "spy", "smuggle", "lie")
                       for w in inflect(v))
"""Acts a speaker can charge another with: "said Manila had deliberately provoked the incident"."""


def _wrongdoing_said(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"Rubio said China was cheating on trade", "Brussels said the U.S. tariffs breached WTO rules":
    a wrong the speaker charges another with is criticism of it."""
    if t.lower_ not in _CHARGING or not t.tag_.startswith("VB"):
        return []
    speaker, passive = _subject(t)
    if speaker is None or passive or any(c.dep_ == "neg" for c in t.children):
        return []
    src = _codes(_actors_under(speaker, heads, skip_preps=True), acting=True)
    out: list[tuple[str, str]] = []
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        verbs = [c, *(x for x in c.children if x.dep_ == "xcomp")]  # "was trying to interfere"
        wrong = next((v for v in verbs if v.lower_ in _WRONGDOING), None)
        who, was_passive = _subject(c)
        if wrong is None and not _blamed_conduct(verbs) and not (
                who is not None and who.lower_ in _POLICY_ACTS and c.lower_ in blame_words()
                and not any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children)):
            # (a measure said to hurt: "said the U.S. measures were hurting workers")
            continue
        if any(x.dep_ == "neg" for v in verbs for x in v.children):
            continue
        if who is None or was_passive:
            continue
        them = _codes(_actors_under(who, heads, skip_preps=True), acting=False) or _codes(
            (m for x in who.children if x.dep_ in ("poss", "compound", "amod") for m in heads.get(x.i, ())),
            acting=False)
        out += [(a, b) for a in src for b in them if a != b]
    return out


_POLICY_ACTS = frozenset({"measures", "measure", "tariffs", "tariff", "duties", "duty", "levies", "levy", "sanctions",
                          "policies", "policy", "decision", "move", "surtax", "surtaxes", "rules", "restrictions",
                          "curbs", "ban", "controls", "subsidies", "quotas"})
"""Acts of policy: said to hurt or damage, they are blamed (not strikes: "the strike killed 35" tells)."""
_CHARGING = _SAYS | frozenset({"accused", "charged", "claimed", "alleged", "told", "tells", "wrote", "writes",
                               "added", "argued", "argues", "complained", "complains", "insisted", "insists"})
_SUFFERED = frozenset(w for v in ("face", "suffer", "endure", "fear", "risk", "lose", "need", "deserve", "fight",
                                  "combat", "counter", "resist", "condemn", "reject", "oppose", "stop", "prevent",
                                  "end", "avoid", "address", "tackle", "survive", "withstand", "investigate")
                      for w in inflect(v))
"""Verbs whose subject meets, or fights, the wrong named with them: "said Canada faced unfair duties"."""
_CONDUCT = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "advmod", "prep", "pobj", "amod", "compound",
                      "npadvmod"})


def _blamed_conduct(verbs: list[Token]) -> bool:
    """What the clause's subject does is named in words of blame: "said Manila had performed dangerous
    manoeuvres", "said Kyiv was "spreading lies"", "said the deployment was a hostile step". The verb
    itself counts only from the reviewed list, other words of blame only as adjectives, adverbs or in
    quotation marks ("fired missiles", "prisoners of war" tell, not judge). Not what the subject meets
    or fights ("faced unfair duties"), not a forecast or a wish ("would regret", "should work together
    in a difficult environment"), and not in a clause of its own below."""
    if any(v.lower_ in _SUFFERED for v in verbs) or any(
            a.dep_ == "aux" and a.lower_ in _MODALS for v in verbs for a in v.children):
        return False
    blame = blame_words()
    for v in verbs:
        if v.lower_ in REVIEWED_BLAME:
            return True
        stack = [c for c in v.children if c.dep_ in _CONDUCT]
        while stack:
            w = stack.pop()
            word = w.lower_.strip("\"'\u201c\u201d")
            if w.tag_ == "RB":  # "acting recklessly", "irresponsibly"
                word = _unadverbed(word, blame)
            if word in REVIEWED_BLAME or (word in blame and (w.tag_[:2] in ("JJ", "RB") or _quoted(w))):
                return True
            if w.tag_.startswith("VB") or w.lower_ in _SUFFERED:
                continue
            stack += [c for c in w.children if c.dep_ in _CONDUCT]
    return False


def _unadverbed(word: str, blame: frozenset[str]) -> str:
    """The word of blame an adverb was made from ("recklessly": "reckless", "irresponsibly":
    "irresponsible"), else the word itself."""
    if not word.endswith("ly"):
        return word
    return next((a for a in (word[:-2], word[:-1] + "e") if a in blame), word)


def _blame_adverb(words: Iterable[str]) -> bool:
    """A word of blame made an adverb: "recklessly", "illegally"."""
    blame = blame_words()
    return any(_unadverbed(w, blame) != w for w in words)


def _act_named(c: Token, heads: dict[int, list[Mention]]) -> bool:
    """``c`` names an act reported before and no actor of its own: "the move", "these duties"."""
    return c.lower_ in ACTS_JUDGED and any(d.dep_ == "det" and d.lower_ in _ANAPHORIC
                                           for d in c.children) \
        and not any(heads.get(w.i) or (w.dep_ == "amod" and w.text[:1].isupper()) for w in c.subtree)


_LEADING = frozenset({"led", "leads", "lead", "leading", "headed", "heads", "joined", "joins", "marched", "marches"})
_MARCHES = frozenset({"march", "marches", "protest", "protests", "rally", "rallies", "demonstration",
                      "demonstrations", "procession"})
_CROWDS = frozenset({"supporters", "people", "protesters", "demonstrators", "thousands", "hundreds", "crowd",
                     "crowds", "residents", "citizens"})


def _protest_led(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A leader who leads (or joins) a march against another government protests against it: "Maduro
    led thousands of supporters through Caracas in a march against U.S. aggression", "led several
    thousand people to the U.S. consulate"."""
    if t.lower_ not in _LEADING or not t.tag_.startswith("VB") or not _real(t):
        return []
    crowd = any(c.dep_ in ("dobj", "prep") and (c.lower_ in _CROWDS or any(w.lower_ in _CROWDS for w in c.subtree))
                for c in t.children)  # "led thousands of supporters", "marched at the head of a crowd"
    march = [p for c in t.children if c.dep_ in ("prep", "dobj") for p in (c, *c.subtree)
             if p.lower_ in _MARCHES]
    if not crowd and not march:
        return []
    # "against what he called U.S. aggression", "a show of national unity against Washington", "a
    # protest aimed squarely at Washington", "an anti-American rally"
    against = [m for n in (*march, t) for c in (n.children if n is t else n.subtree)
               if c.dep_ == "prep" and c.lower_ == "against" for w in c.subtree for m in heads.get(w.i, ())]
    against += [m for n in march for c in n.children if c.dep_ == "acl" and c.lower_ in ("aimed", "directed")
                for p in c.children if p.dep_ == "prep" and p.lower_ == "at" for w in p.subtree
                for m in heads.get(w.i, ())]
    against += [m for n in march for w in n.subtree if w.i >= 2 and w.doc[w.i - 1].text == "-"
                and w.doc[w.i - 2].lower_ == "anti" for m in heads.get(w.i, ())]
    outside = [m for w in t.subtree if w.lower_ in ("embassy", "consulate") and w.dep_ == "pobj"
               and w.head.lower_ in ("to", "outside", "at", "toward", "towards")
               for m in _actors_under(w, heads, skip_preps=True)]
    if not march and not outside:
        return []
    src = _subject_codes(t, heads) or []
    tgt = _codes([*against, *outside], acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


_WALKING = frozenset({"walked", "walks", "walk", "walking", "stormed", "storming"})
_SPEAKING = frozenset({"speak", "speaking", "spoke", "address", "addressed", "addressing", "speech", "remarks",
                       "talk", "talking"})


def _walked_out(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Walking out when another's representative speaks protests against that government: "walked
    out of a G20 session when Russian Foreign Minister Sergei Lavrov began to speak", "walked out
    during Netanyahu's speech"."""
    if t.lower_ not in _WALKING or not t.tag_.startswith("VB") or not _real(t) or not any(
            c.lower_ == "out" for c in t.children):
        return []
    speakers: list[Mention] = []
    for c in t.children:
        if c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "while") for m in c.children) and any(
                w.lower_ in _SPEAKING for w in c.subtree):
            who, passive = _subject(c)
            if who is not None and not passive:
                speakers += _actors_under(who, heads, skip_preps=True)
        if c.dep_ == "prep" and c.lower_ in ("during", "over") and any(
                p.lower_ in _SPEAKING for p in c.children):
            speakers += [m for p in c.children for x in p.children if x.dep_ in ("poss", "compound", "amod")
                         for m in heads.get(x.i, ())]
    src = _subject_codes(t, heads) or []
    return [(a, b) for a in src for b in _codes(speakers, acting=False) if a != b]
