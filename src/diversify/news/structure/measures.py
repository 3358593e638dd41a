"""Measures (SANCTION, RETREAT, COERCE): a measure said to hit another, the same measure referred
to again, an easing named as a noun, measures blocked, delayed or backed down from, measures
warned of ("would face tariffs"), measures dated in the future, and envoys expelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.modality import _is_condition, _real, _unreal
from diversify.news.structure.subjects import _actors_under, _codes, _subject, _subject_codes
from diversify.news.structure.tokens import _clause_verb, _is_verb, _saying_verb
from diversify.news.structure.verb_words import _verb_entry
from diversify.news.structure.words import _MEASURES, _MODALS
from diversify.news.verbs import Lexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def _withdrawn(t: Token, lex: Lexicon) -> bool:
    """``t`` (a threat or a measure) is what a phrasal verb of easing governs: "backed down on his
    tariff threat", "walked back his threat", "would hold off on raising tariffs"."""
    cur = t
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        verb = _verb_entry(lex, cur) if _is_verb(cur) else None
        if verb is not None and verb.particle and lex.verb_type(verb, ()) == "RETREAT":
            return True
        if _is_verb(cur) and cur.dep_ not in ("pcomp", "xcomp", "acl"):
            return False
    return False


_LOSSES = frozenset({"benefits", "access", "exemption", "exemptions", "status", "preferences",
                     "privileges", "funding", "aid", "waiver", "waivers", "quota", "quotas"})
"""What a warning says a country would lose: "could lose their CUSMA benefits"."""


def _faced(t: Token, after: list[str]) -> str | None:
    """"Canada would face 35% tariffs, Trump said": a warning of measures is a threat."""
    if t.lower_.startswith("los"):
        return "THREATEN" if _LOSSES.intersection(after) else None
    return "THREATEN" if _MEASURES.intersection(after) else None


def _pairs_faced(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """The one who warns (subject of the verb of saying the clause depends on) threatens the
    subject of "face"."""
    subj, _ = _subject(t)
    saying = _saying_verb(t)
    # "demanded that Moscow agree to a ceasefire or face tariffs": the ultimatum's other branch
    ultimatum = t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children)
    if ultimatum and saying is None and (t.head.dep_ == "xcomp" or (t.head.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in t.head.children))):
        # "gave Tehran two weeks to return to the table or face military action": who gave the deadline
        giver = t.head.head
        told = _codes((m for c in giver.children if c.dep_ in ("dative", "dobj")
                       for m in _actors_under(c, heads, skip_preps=True)), acting=False)
        src = _subject_codes(giver, heads) or []
        if told and src and not any(_unreal(giver)[:2]):
            return [(a, b) for a in src for b in told if a != b]
    if subj is None or not (ultimatum or any(c.lower_ in _MODALS for c in t.children)
                            or any(_is_condition(c) for c in t.children)):
        return []  # "would face tariffs", "or face tariffs", "faced tariffs unless it cut a deal"
    if saying is None:
        # "If no deal is reached, the EU faces U.S. tariffs of 30%": the measure's owner warns
        owners = _codes((m for c in t.children if c.dep_ == "dobj" for x in c.children
                         if x.dep_ in ("compound", "amod", "nmod", "poss") or (x.dep_ == "prep" and x.lower_ in (
                             "from", "by")) for m in _actors_under(x, heads, skip_preps=True)), acting=True)
        faced = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
        return [(a, b) for a in owners for b in faced if a != b]
    speaker, _ = _subject(saying)
    if speaker is None:
        return []
    src = _codes(_actors_under(speaker, heads, skip_preps=True), acting=True)
    tgt = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
    if not tgt:  # "told Canada that its exports would face a 35% tariff": the one told
        tgt = _codes((m for c in t.head.children if c.dep_ in ("dobj", "dative")
                      for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


def _takes_effect(verb: Token) -> bool:
    """"will take effect", "will come into force": a measure dated in the future."""
    return verb.lower_ in ("take", "come", "go", "kick") and any(
        w.lower_ in ("effect", "force") for w in verb.subtree)


_UNDOING = frozenset({"blocked", "blocks", "block", "blocking", "vetoed", "vetoes", "veto", "vetoing",
                      "postponed", "postpones", "delayed", "delays", "suspended", "paused", "scrapped", "shelved",
                      "lifted", "removed", "dropped", "withdrew", "withdrawn", "rescinded", "cancelled", "canceled"})


def _measure_undone(t: Token) -> bool:
    """A measure whose clause verb blocks or eases it, as object or passive subject ("Hungary blocked
    the EU's package of sanctions", "a planned increase in U.S. duties has been postponed")."""
    n = t
    for _ in range(4):  # up through "package of", "increase in"
        if n.dep_ in ("dobj", "nsubjpass", "nsubj"):
            return n.head.lower_ in _UNDOING or _put_off(n.head)
        if n.dep_ not in ("pobj", "prep", "compound"):
            return False
        n = n.head
    return False


def _put_off(v: Token) -> bool:
    """"put off the tariff increase", "pushed the duties back": a measure's start delayed."""
    return (v.lower_ in ("put", "puts", "putting") and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)) \
        or (v.lower_ in ("push", "pushes", "pushed", "pushing") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in v.children)
            and not any(c.dep_ == "prep" and c.lower_ == "against" for c in v.children))


_EASING_NOUNS = frozenset({"removal", "lifting", "elimination", "suspension", "easing", "repeal", "scrapping",
                           "rollback", "reduction", "reductions", "cut", "cuts", "withdrawal", "pause"})

_HITTING = frozenset({"hit", "hits", "hitting"})
_MEASURE_WORDS = frozenset({"move", "measure", "measures", "decision", "step", "duty", "duties", "tariff", "tariffs",
                           "levy", "levies", "surtax", "increase", "hike", "sanctions", "ban"})


def _measure_hits(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A measure said to hit another is aimed at it: "Trump raised his tariffs on foreign steel to 50%,
    a move that hit Canada hardest", "The higher duty, ordered by Trump last week, also hits Mexico"."""
    if t.lower_ not in _HITTING or not t.tag_.startswith("VB") or not _real(t):
        return []
    hit = _codes((m for c in t.children if c.dep_ == "dobj" for m in _actors_under(c, heads, skip_preps=True,
                                                                                    allow=frozenset({"from"}))),
                 acting=False)
    if not hit:
        return []
    authors: list[str] = []
    if t.dep_ == "relcl" and t.head.lower_ in _MEASURE_WORDS:
        noun = t.head
        if noun.dep_ in ("appos", "npadvmod", "dobj") and _is_verb(noun.head) and any(
                w.text == "," and w.i == noun.i - 2 for w in noun.doc[max(0, noun.i - 2):noun.i]):
            authors = _subject_codes(noun.head, heads) or []  # "raised ..., a move that hit Canada"
    else:
        subj, passive = _subject(t)
        if subj is not None and not passive and subj.lower_ in _MEASURE_WORDS:
            # "The higher duty, ordered by Trump last week, also hits Mexico", "the U.S. duty hits ..."
            authors = _codes((m for c in subj.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                              for m in heads.get(c.i, ())), acting=True) or _codes(
                (m for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                 for p in a.children for m in _actors_under(p, heads, skip_preps=True)), acting=True)
    return [(a, b) for a in authors for b in hit if a != b]


def _measure_hits_again(t: Token, heads: dict[int, list[Mention]], act: list[str] | None) -> list[tuple[str, str]]:
    """A measure just told, referred to again, said to hit others: "Mexico's Senate approved tariffs of
    up to 50% on Chinese cars. It also hits imports from South Korea, India and Thailand"."""
    if act is None or t.lower_ not in _HITTING or not t.tag_.startswith("VB") or not _real(t):
        return []
    subj, passive = _subject(t)
    if subj is None or passive or not (subj.lower_ in ("it", "they") or (
            subj.lower_ in _MEASURE_WORDS and not heads.get(subj.i) and not any(
                heads.get(c.i) for c in subj.subtree if c.i != subj.i))):
        return []
    hit = _codes((m for c in t.children if c.dep_ == "dobj" for m in _actors_under(c, heads, skip_preps=True,
                                                                                    allow=frozenset({"from"}))),
                 acting=False)
    return [(act[0], b) for b in hit if b != act[0]]


_EXPELLING = frozenset({"expelled", "ordered", "kicked", "thrown", "told", "asked", "declared"})
_ENVOYS_HELD = frozenset({"diplomat", "diplomats", "ambassador", "envoy", "consul", "attache", "attaché",
                          "staff", "officials", "official", "journalists", "journalist", "correspondent",
                          "correspondents"})


def _expelled_from(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another state's envoys expelled from a country or capital, in the passive, are expelled by that
    state: "Two Estonian diplomats were ordered out of Moscow", "were expelled from Russia"."""
    if t.lower_ not in _EXPELLING or t.tag_ != "VBN" or not _real(t):
        return []
    subj, passive = _subject(t)
    if subj is None or not passive or subj.lower_ not in _ENVOYS_HELD:
        return []
    if t.lower_ in ("ordered", "kicked", "thrown", "told", "asked") and not any(
            c.lower_ == "out" or (c.lower_ == "to" and any(x.lower_ == "leave" for x in c.head.subtree))
            for c in t.children):
        return []
    places = [m for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "out")
              for m in _actors_under(c, heads, skip_preps=True, allow=frozenset({"of", "from"}))]
    src = _codes(places, acting=True)
    tgt = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


def _easing_named(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An easing named as a noun with its author: "Ottawa's scrapping of its surtax on US steel",
    "the removal by Beijing of its duties on Canadian canola" (whom the measure hit is its target)."""
    if t.lower_ not in _EASING_NOUNS or not t.tag_.startswith("NN"):
        return []
    sanction = lexicon().objects["SANCTION"]
    measures = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" and (p.lower_ in sanction or any(
                    w.lower_ in sanction and w.i <= p.i for w in p.subtree))]  # "counter-tariffs"
    if not measures:
        return []
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_.startswith(
            ("call", "ask", "push", "press", "urg", "appeal", "demand", "lobb")):
        return []  # "called for Ottawa's removal of its surtax": asked for, not done
    verb = _clause_verb(t)
    if verb is not None and any(_unreal(verb)[:2]):
        return []  # "called for the removal of the tariffs", "would welcome the scrapping of ...": not done
    src = _codes((m for c in t.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                  for m in _actors_under(c, heads, skip_preps=False)), acting=True)
    hit = [c for x in measures for p in x.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
           for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    return [(a, b) for a in src for b in dict.fromkeys(hit)]


_RESTRICTIONS = frozenset({"ban", "bans", "restrictions", "curbs", "embargo", "controls", "quotas", "hostilities",
                           "fighting", "strikes"})
_MUNDANE = frozenset({"maintenance", "repairs", "storm", "weather", "technical", "because", "due", "safety",
                      "flooding", "snow", "holiday", "pandemic"})
_DECLARING = frozenset({"announced", "announces", "announce", "ordered", "orders", "order", "declared", "declares",
                        "confirmed", "confirms", "decided", "decides", "approved", "approves"})
_CUTTING_NOUNS = frozenset({"closure", "closing", "suspension", "halt", "halting", "freeze", "freezing", "ban",
                            "downgrading", "downgrade", "severing", "severance", "cutting", "termination"})


def _named(words: set[str], phrases: frozenset[str]) -> bool:
    """Whether a phrase of the list is among the words, every word of it (not "duties" for "ties")."""
    return any(all(p in words for p in phrase.split()) for phrase in phrases)


def _measure_declared(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Measures named as nouns by the one who announces them: "Islamabad announced the closure of its
    airspace to all Indian airlines, the suspension of trade, and the downgrading of diplomatic relations
    with New Delhi" (the airspace closed to, the relations cut with, the trade halted with, whom)."""
    if t.lower_ not in _DECLARING or not _is_verb(t) or not _real(t):
        return []
    own = _subject_codes(t, heads) or []
    if not own:
        return []
    o = lexicon().objects
    nouns = [n for c in t.children if c.dep_ == "dobj" for n in (c, *c.conjuncts) if n.lower_ in _CUTTING_NOUNS]
    hit: list[str] = []
    for n in nouns:
        words = {w.lower_ for w in n.subtree}
        if not words.isdisjoint(o["SANCTION"]) or not words.isdisjoint(_RESTRICTIONS):
            continue  # "the suspension of the ban on imports", "of duties on U.S. almonds": an easing
        if not words.isdisjoint(_MUNDANE) or not {c.lower_ for c in t.children}.isdisjoint(_MUNDANE):
            continue  # "the closure of a border crossing for maintenance work", "because of a storm"
        closed = _named(words, o["CLOSED_TO"]) and n.lower_ in ("closure", "closing")
        if not (closed or _named(words, o["TIES"]) or _named(words, o["TRADE"])):
            continue
        # whom: after "to" or "with" on the measure or on what it cuts ("of its airspace to Indian airlines",
        # "of diplomatic relations with New Delhi"), not deeper ("near the border with Finland")
        cut = [n, *(q for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children)]
        hit += [c for x in cut for w in x.children if w.dep_ == "prep" and w.lower_ in ("to", "with", "from", "on")
                for c in _codes(_actors_under(w, heads, skip_preps=True), acting=False)]
    # a measure without its own target takes the one named on another in the list ("the suspension of trade")
    return [(a, b) for a in own for b in dict.fromkeys(hit) if a != b]
