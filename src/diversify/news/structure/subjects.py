"""Who acts: the subject of a verb (through conjunctions, open complements and relative clauses; a
passive's subject is its target), the actors under a phrase without crossing a nested clause,
the speaker a reported clause is told by, the authors of an act, a clause or a document, "the
two leaders" as the parties named before, and the (source, target) pairs that sources and
targets make."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diversify.news.actors import SEATED, Mention
from diversify.news.model import RECIPROCAL_TYPES
from diversify.news.structure.tokens import _is_verb, _joined_in, _saying_verb, _what_called
from diversify.news.structure.words import (
    _CAPITAL_PLACE,
    _CAUSING,
    _CLAUSAL,
    _INTENT_NOUNS,
    _SAYING,
)
from diversify.news.verbs import VICTIM_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


GUEST_NOUNS = frozenset({"delegation", "delegations", "envoy", "envoys", "ambassador", "minister", "ministers",
                         "president", "leader", "leaders", "officials", "team", "delegates", "counterpart",
                         "premier", "chancellor", "king", "queen", "prince", "emir"})
"""Nouns of people received as guests: "the Canadian delegation was received by Japan's trade minister"."""

_BECOMING = frozenset({"become", "became", "becomes", "becoming", "is", "was", "be", "been", "are", "were"})

_DECISION_NOUNS = frozenset({"decision", "decisions", "move", "choice"})
"""Nouns of a step taken whose possessor acts: "Denmark's decision to send 200 more troops"."""

_LED = frozenset({"led", "based", "backed", "sponsored", "run", "owned", "funded", "organised",
                  "organized", "hosted", "brokered"})
"""After "X-": a modifier naming who leads or pays ("UN-led projects"), not the thing's origin."""


def _actors_under(root: Token, heads: dict[int, list[Mention]], *, skip_preps: bool,
                  allow_of: bool = True, allow: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions whose head token lies under ``root`` without crossing a nested clause."""
    found: list[Mention] = []
    stack = [root]
    while stack:
        t = stack.pop()
        found.extend(heads.get(t.i, ()))
        for c in t.children:
            if c.dep_ == "npadvmod" and c.i + 2 < len(c.doc) and c.doc[c.i + 1].text in ("-", "\u2013") \
                    and c.doc[c.i + 2].lower_ not in _LED:
                stack.append(c)  # "Canadian-assembled vehicles", "Chinese-made cars" (not "UN-led")
                continue
            if c.dep_ in ("acl", "pobj", "ccomp", "conj") and c.lower_ in _ORIGIN and (
                    c.dep_ in ("acl", "pobj") or t.lower_ in _ORIGIN):
                # ("imports of wine originating in the EU", "products containing metal melted and poured in China")
                stack.append(c)  # "pork imported from the European Union": the goods' origin
                stack.extend(p for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "from"))
                continue
            if c.dep_ == "acl" and c.lower_ in _TIED:
                # "sanctions on dozens of people linked to Russia's war", "entities involved in Iran's
                # drone programme": the ones they serve
                stack.extend(p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "in"))
                continue
            named = _what_called(c)
            if named:  # "responded to what she called the EU's aggression": what is named
                stack.extend(named)
                continue
            if c.dep_ in _CLAUSAL or c.dep_ in ("punct", "cc", "mark", "advmod", "npadvmod"):
                continue
            if c.dep_ == "appos" and heads.get(t.i) and not c.tag_.startswith("NNP"):
                continue  # "Greenland, a self-governing territory of Denmark": a description
            if c.dep_ == "prep" and skip_preps and not (
                    allow_of and c.lower_ in ("of", "from", "for") or c.lower_ in allow
                    or (c.lower_ == "in" and t.lower_ in SEATED)):  # "the cabinet in Taipei"
                continue
            stack.append(c)
    return sorted(found, key=lambda m: m.start)


_ORIGIN = frozenset({"melted", "poured", "smelted", "mined", "refined", "processed", "containing",
                     "imported", "made", "produced", "manufactured", "built", "assembled", "grown",
                     "shipped", "exported", "originating", "sourced", "coming", "arriving"})
"""Participles naming where goods come from: their actor is whom a measure on the goods hits."""
_TIED = frozenset({"linked", "tied", "connected", "involved", "affiliated", "associated", "belonging",
                   "working", "acting"})
"""Participles naming whom people or firms serve: "individuals linked to Russia's war"."""


def _subject(v: Token) -> tuple[Token | None, bool]:
    """The subject token of verb ``v`` (climbing conjunctions and open complements) and
    whether it is a passive subject."""
    t: Token | None = v
    # "Moscow would be forced to take measures": who is forced takes them (the open complement of a
    # passive verb is active unless it is passive itself)
    controlled = False
    for _ in range(4):
        if t is None:
            return None, False
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c, False
            if c.dep_ in ("nsubjpass", "csubjpass"):
                return c, not (controlled and not any(a.dep_ == "auxpass" for a in v.children))
        if t.dep_ in ("acl", "relcl") and t.head.dep_ == "attr" and t.head.head.lower_ in _BECOMING \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            t = t.head.head  # "Canada has become the first country to join SAFE": Canada joined
            continue
        if t.dep_ == "relcl":
            return t.head, False
        if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ == "ROOT" and t.head.tag_.startswith("NN") \
                and (t.tag_ == "VBD" or any(c.dep_ == "dobj" for c in t.children)):
            return t.head, False  # "Israeli airstrikes killed 17 people" parsed as a noun phrase: a verb with an object
        if t.dep_ == "acl" and t.head.lower_ in _INTENT_NOUNS | _DECISION_NOUNS:
            # "Trump's push to acquire the island", "Denmark's decision to send 200 more troops": the
            # one whose push or decision it is
            owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
            return owner, False
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VBG" and t.head.dep_ == "pcomp" \
                and t.head.head.dep_ == "prep" and _is_verb(t.head.head.head):
            # "accused Washington of "bullying" an ally and urged the EU ...": a finite verb the parser
            # hung on the gerund belongs beside the verb of that gerund's preposition
            t = t.head.head.head
            continue
        if t.dep_ == "xcomp" and t.head.lower_ in _CAUSING:
            obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None:
                return obj, False  # "prompting Seoul to lodge a formal protest": Seoul lodges it
        if t.dep_ in ("conj", "xcomp", "advcl") and _is_verb(t.head):
            if t.dep_ == "advcl" and not (t.tag_ in ("VBG", "VBN") or any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in t.children)):
                return None, False  # a finite subordinate clause has its own subject
            if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.dep_ == "ccomp" and t.i > t.head.i \
                    and t.head.head.lower_ in _SAYING and t.doc[t.i - 1].text == ",":
                t = t.head.head  # "Frederiksen said Greenland is not for sale, dismissing ...": she dismissed
                continue
            controlled = controlled or (t.dep_ == "xcomp" and t.i == v.i)
            t = t.head
            continue
        if _joined_in(t):
            t = t.head.head  # "Canada joined its allies in endorsing the target": Canada endorsed
            continue
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.lower_ in _GERUND_PREPS \
                and _is_verb(t.head.head):
            t = t.head.head  # "Eby said after meeting the U.S. ambassador": Eby met him
            continue
        if t.dep_ == "xcomp" and t.head.dep_ == "acomp" and _is_verb(t.head.head):
            t = t.head.head  # "Ottawa stands ready to retaliate": the subject of "stands"
            continue
        return None, False
    return None, False


def _subject_codes(v: Token, heads: dict[int, list[Mention]], *, acting: bool = True) -> list[str] | None:
    """The actor codes of verb ``v``'s subject; ``None`` when it has none or it is passive."""
    subj, passive = _subject(v)
    if subj is None or passive:
        return None
    return _codes(_actors_under(subj, heads, skip_preps=True), acting=acting)


def _own_side_acts(clause: Token, src: list[str], heads: dict[int, list[Mention]]) -> bool:
    """The subject of a reported clause is the speaker's own side (named, or "it", "we", "they")."""
    who, _ = _subject(clause)
    if who is None:
        return False
    codes = _codes(_actors_under(who, heads, skip_preps=True), acting=True)
    return set(codes) <= set(src) if codes else who.lower_ in ("it", "we", "they", "he", "she")


def _author_of_clause(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The acting subject of the nearest verb above ``t`` (an appositive "a move ..." or a "which"
    hung on a phrase of that verb's clause)."""
    cur = t
    for _ in range(6):
        if _is_verb(cur) and cur.dep_ not in ("relcl", "acl"):
            return _subject_codes(cur, heads) or []
        if cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def _pronoun_subject(v: Token) -> bool:
    who, _ = _subject(v)
    return who is not None and who.lower_ in ("it", "they")


def _owner_or_all(q: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """The owner of what a complaint is about, else every actor under it: "concern over Beijing's
    support for Russia's war" is about Beijing."""
    owner = [m for c in q.children if c.dep_ == "poss" for m in heads.get(c.i, ())]
    # "concerns over naval drills conducted by China": the agent of the act named
    owner = owner or [m for c in q.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                      if a.dep_ == "agent" for p in a.children for m in _actors_under(p, heads, skip_preps=True)]
    return owner or _actors_under(q, heads, skip_preps=True, allow=frozenset({"by"}))


def _victim_act_authors(act: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """Who did an act done to people ("the detention of hundreds of its nationals in a U.S. raid",
    "the arrest of two Japanese by Chinese police"): those named "by" or "in" it, not the victims."""
    return [m for w in act.subtree if w.dep_ in ("prep", "agent") and w.lower_ in ("by", "in")
            for p in w.children if p.dep_ == "pobj" for m in _actors_under(p, heads, skip_preps=True)]


_GERUND_PREPS = frozenset({"after", "before", "by", "while", "when", "since", "upon", "on", "without"})
"""Prepositions whose gerund shares the subject of the verb they hang on."""


def _speaker_and_subject(t: Token, heads: dict[int, list[Mention]]) -> tuple[list[str], list[str]]:
    """The actors of the one who speaks (the subject of the verb ``t``'s clause depends on) and of
    ``t``'s own subject: "Ottawa said Washington must ...", "Moscow said any British troops would
    be ..."; none when either is missing or ``t`` is passive."""
    subj, passive = _subject(t)
    saying = _saying_verb(t)
    speaker, _ = _subject(saying) if saying is not None else (None, None)
    if subj is None or speaker is None or passive or saying is None:
        return [], []
    told = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
    if not told and subj.lower_ in ("it", "they"):  # "telling Belgium that it had to show a path"
        told = _codes((m for c in saying.children if c.dep_ in ("dobj", "dative")
                       for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    return _codes(_actors_under(speaker, heads, skip_preps=True), acting=True), told


def _act_authors(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The actors of verb ``t``'s subject; for an act done to someone ("the bombardment of Kyiv by
    Russian missiles") its author, not the one it was done to."""
    subj, passive = _subject(t)
    if subj is None or passive:
        return []
    if subj.lower_ in VICTIM_NOUNS:
        return _codes(_actors_under(subj, heads, skip_preps=True, allow_of=False, allow=frozenset({"by"})),
                      acting=False)
    return _codes(_actors_under(subj, heads, skip_preps=True), acting=False)


def _codes(ms: Iterable[Mention], *, acting: bool) -> list[str]:
    out = []
    for m in ms:
        if acting and (m.weak or m.kind in _CAPITAL_PLACE and m.prep in ("in", "at")):
            continue
        if acting and m.text.lower().startswith(("then-", "former ")):
            continue  # "then-Prime Minister Trudeau accused": history, not news
        out.append(m.code)
    return list(dict.fromkeys(out))


def _author_of_document(doc_noun: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """Who a document speaks for: its possessor ("Trump's letter"), else the subject of the verb
    it hangs on ("Trump told Canada ... in a letter that ...")."""
    owner = [m for c in doc_noun.children if c.dep_ == "poss" for m in _actors_under(c, heads, skip_preps=True)]
    if owner:
        return owner
    h = doc_noun
    for _ in range(6):
        if h.head.i == h.i or h.dep_ not in ("pobj", "prep", "dobj", "appos", "ccomp", "xcomp", "advcl", "conj"):
            return []
        h = h.head
        if _is_verb(h):
            who, passive = _subject(h)
            found = [] if who is None or passive else _actors_under(who, heads, skip_preps=True)
            if found:  # "Trump told Canada that its exports would face ..., in a letter that ...": Trump
                return found
    return []


_PARTIES = frozenset({"leaders", "sides", "countries", "nations", "governments", "delegations",
                      "partners", "ministers", "prime", "presidents", "men", "women", "officials",
                      "counterparts", "premiers", "chancellors", "negotiators", "envoys"})


def _reporter(t: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """The actor reporting the clause of ``t`` ("X said it would ..."), climbing conjunctions and
    open complements to the clause that a verb of saying governs."""
    cur = t
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lower_ in _SAYING | _WARNED:
            boss, passive = _subject(cur.head)
            return [] if boss is None or passive else _actors_under(boss, heads, skip_preps=True)
        if (cur.dep_ not in ("conj", "xcomp", "acomp") and not (cur.dep_ == "advcl" and cur.tag_ == "VBG")) \
                or cur.head.i == cur.i:
            return []
        cur = cur.head  # "said the bloc stood ready to hit back": through "ready" to "stood"
    return []


_WARNED = frozenset({"warned", "warns", "threatened", "threatens", "vowed", "vows", "announced",
                     "announces", "confirmed", "confirms", "signalled", "signaled", "indicated"})


def _the_two(subj: Token) -> bool:
    """"the two leaders", "both sides", "the leaders": the parties named before."""
    if subj.lower_ == "they":
        return True  # "they agreed to ...", right after the meeting that named them
    if subj.lower_ == "two" and any(c.lower_ == "the" for c in subj.children):
        return True  # "the two signed a memorandum"
    if subj.lower_ not in _PARTIES:
        return False
    marks = {c.lower_ for c in subj.children if c.dep_ in ("det", "nummod", "predet", "amod")}
    return bool(marks & {"two", "both"}) or (marks == {"the"} and subj.lower_ == "leaders")


def _co_actors(t: Token, subj: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Actors joined to a subject by "along with", "alongside", "together with", whether the
    phrase hangs on the subject or on the verb."""
    out: list[Mention] = []
    for c in [*subj.subtree, *t.children]:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "alongside" or (c.lower_ == "with" and c.head.lower_ in ("along", "together")):
            for p in c.children:
                out.extend(_actors_under(p, heads, skip_preps=False))
        elif c.lower_ in ("along", "together"):
            for w in c.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    for p in w.children:
                        out.extend(_actors_under(p, heads, skip_preps=False))
    return _codes(out, acting=False)


def _combine(typ: str, src: list[str], tgt: list[str], co: list[str]) -> list[tuple[str, str]]:
    if typ == "MOBILIZE":
        return [(a, "") for a in src]
    if typ in RECIPROCAL_TYPES:
        parties = list(dict.fromkeys(src))
        pairs = []
        partners = [b for b in tgt if b not in parties]
        if partners:
            for a in parties:
                for b in partners:
                    pairs += [(a, b), (b, a)]
        # "A and B met": each with the other; "A and B met C": each with C, not with each other (one
        # side, as the labels count a meeting); joint exercises join everyone
        for i, a in enumerate(parties if not partners or typ == "COOPERATE" else []):
            for b in parties[i + 1:]:
                pairs += [(a, b), (b, a)]
        # "X, along with ministers of A and B, signed": X with each of them, not A with B
        for a in parties:
            for b in co:
                if b not in parties:
                    pairs += [(a, b), (b, a)]
        return pairs
    return [(a, b) for a in src for b in tgt if b not in src]
