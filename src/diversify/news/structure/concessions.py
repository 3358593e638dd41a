"""Concessions (CONCEDE): giving way to another's demand, pressure or measure: granting a demand
named or described after a comma, acts done under pressure, in exchange, in return, to placate
or to avert a measure, one's own measure dropped for another's sake, suspects handed over, and
people freed for whom they are yielded to; also the pressure and complaints a concession
answers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.demand_authors import _demand_named, _pressing, _pressure_nouns
from diversify.news.structure.modality import _real
from diversify.news.structure.retaliation import _answered_clause_subjects
from diversify.news.structure.subjects import _actors_under, _codes, _subject_codes
from diversify.news.structure.tokens import _is_verb, _prep_as_dative
from diversify.news.structure.words import (
    _ASKING_THAT,
    _DEMAND_NOUNS,
    _DEMANDING,
    _DIRECT,
    _MEASURE_HEADS,
    _PLANNING,
    _REFUSING,
    _SAYING,
    _TALKS,
    _VOWING,
)
from diversify.news.triggers import inflect
from diversify.news.verbs import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def _own_measure_dropped_for(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Dropping one's own measure (no other state's measure eased) for another's sake: yielding to
    the one who demanded it ("removing a tax Washington had demanded New Delhi drop") or to the
    partner of the talks it was done for ("... in a bid to restart trade negotiations with Washington",
    "a move Carney said would let trade talks with Washington resume")."""
    src = _subject_codes(t, heads)
    if not src:
        return []
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    own_measures = lexicon().objects["OWN_MEASURES"] | {"levy", "levies", "surcharge", "surtax"}
    if obj is None or not any(w.lower_ in own_measures and (w.i == obj.i or w.head.i == obj.i)
                              for w in obj.subtree) or not any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in obj.subtree):
        return []  # not "dropped his threat to impose tariffs": the threat is eased, not given up
    sent = list(t.sent)
    demanders = [c for w in sent if w.dep_ == "relcl" and w.lower_ in _DEMANDING
                 for c in _subject_codes(w, heads) or [] if c not in src]
    partners = [m.code for w in sent if w.lower_ in _TALKS for p in w.children
                if p.dep_ == "prep" and p.lower_ == "with" for m in _actors_under(p, heads, skip_preps=True)
                if m.code not in src]
    other = list(dict.fromkeys(demanders + partners))
    return [(a, other[0]) for a in src] if len(other) == 1 else []


_EASING = ("remov", "lift", "suspend", "scrap", "drop", "paus", "reduc", "lower", "eased", "eases",
           "halt", "rescind", "withdr", "waiv", "repeal", "replac", "roll", "cut", "slash", "trim",
           "exempt")
"""Verbs that ease the measure their object or subject names (prefixes of their forms)."""

_YIELDING = frozenset({"meet", "meets", "met", "meeting", "satisfy", "satisfies", "satisfied", "satisfying",
                       "fulfil", "fulfill", "fulfils", "fulfills", "fulfilled", "fulfilling", "heed", "heeds",
                       "heeded", "heeding", "accept", "accepts", "accepted", "accepting", "grant", "grants",
                       "granted", "granting", "honour", "honor", "honoured", "honored"})
"""Verbs that grant a demand named as their object: "meeting a key demand of Washington", "granted
Washington's request"."""
_GIVING = frozenset({"give", "gives", "gave", "giving", "given"})
"""Of the verbs below, the ones that yield only with "in": "gave in to"."""
_YIELDING_TO = _GIVING | frozenset({"bow", "bows", "bowed", "bowing",
                          "yield", "yields", "yielded", "yielding", "cave", "caves", "caved", "caving",
                          "comply", "complies", "complied", "complying", "accede", "accedes", "acceded",
                          "acceding", "submit", "submits", "submitted", "submitting"})
"""Verbs that grant a demand named after "to" or "with": "bowing to Beijing's demand"."""
_AGREEING = frozenset({"agree", "agrees", "agreed", "agreeing", "consent", "consents", "consented", "consenting"})
"""Verbs that grant a demand only when it is what they agree to: "agreed to a long-standing U.S. request"."""


def _in_return(t: Token, heads: dict[int, list[Mention]], last_pair: list[str] | None,
               prior: tuple[list[str] | None, list[str] | None]) -> list[tuple[str, str]]:
    """What one side does "in return" for the other's act in a deal gives way to the other: "Washington
    will cut the fentanyl tariff. In return, Vietnam will give American products tariff-free access"."""
    if not _is_verb(t) or any(c.dep_ == "neg" for c in t.children) or not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "return" and not list(p.children)
                                                          for p in c.children)
            for c in t.children):
        return []
    if any(w.lower_.startswith(_EASING) for w in t.subtree):
        return []  # "In return, Brussels dropped its counter-duties": an easing, which the labels count as one
    src = _subject_codes(t, heads) or []
    if not src:
        return []
    sides = last_pair or []  # the other party of the deal told before, else of the act answered
    other = [c for c in sides if c and c not in src] if set(src) & set(sides) else []
    if not other and prior[0] and prior[0][1] in src and prior[0][0] not in src:
        other = [prior[0][0]]
    return [(a, b) for a in src for b in dict.fromkeys(other)]


def _yielded(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X met (bowed to, gave in to) Y's demand": X concedes to Y."""
    yielding_to = (t.lower_ in _YIELDING_TO and (
        t.lower_ not in _GIVING or any(c.lower_ == "in" for c in t.children))) or (
        # "agreed to Washington's demand", not "agreed to lend Ukraine €90 billion"
        t.lower_ in _AGREEING and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and p.lower_ in _DEMAND_NOUNS
                                                         for p in c.children) for c in t.children))
    if (t.lower_ not in _YIELDING and not yielding_to) or any(c.dep_ == "neg" for c in t.children):
        return []
    src = _subject_codes(_causer(t), heads)
    if src is None:
        return []
    return [(a, b) for a in src for b in _demand_named(t, heads, src)]


_LETTING = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing", "permit", "permits",
                      "permitted", "permitting"})


def _causer(t: Token) -> Token:
    """The verb whose subject grants what participle ``t`` says: "Iran agreed to let inspectors
    return, meeting a key demand of France" is Iran's concession, not the inspectors'."""
    h = t.head
    if t.dep_ == "advcl" and h.dep_ in ("ccomp", "xcomp") and h.head.lower_ in _LETTING:
        return h.head
    return t


_GRANTING = frozenset({"agree", "agrees", "agreed", "agreeing", "accept", "accepts", "accepted", "accepting",
                       "drop", "drops", "dropped", "dropping", "scrap", "scraps", "scrapped", "scrapping",
                       "remove", "removes", "removed", "removing", "abandon", "abandons", "abandoned",
                       "abandoning", "repeal", "repeals", "repealed", "repealing", "grant", "grants", "granted",
                       "granting", "adopt", "adopts", "adopted", "adopting"})
"""Verbs that grant a thing another side is said to have demanded (:func:`_demanded_thing_granted`)."""


def _done_as_demanded(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done "as" another had demanded (asked, requested) gives way to it: "India cut import
    duties on bourbon, as Washington had demanded"."""
    if not t.tag_.startswith("VB") or t.lower_ in _SAYING or not any(
            c.dep_ == "advcl" and c.lower_ in _DEMANDING for c in t.children) or not _real(t):
        return []
    # (the demand has no object of its own: "as Kyiv urged allies to ..." tells what happened meanwhile)
    asked = [g for c in t.children if c.dep_ == "advcl" and c.lower_ in _DEMANDING and any(
                 m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and not any(
                 n.dep_ in ("neg", "dobj", "xcomp", "ccomp", "dative") for n in c.children)
             for g in c.children if g.dep_ == "nsubj"]
    if not asked:
        return []
    src = _subject_codes(t, heads) or []
    askers = _codes((m for g in asked for m in _actors_under(g, heads, skip_preps=False)), acting=False)
    return [(a, b) for a in src for b in dict.fromkeys(askers) if a != b]


def _demanded_thing_granted(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Giving up or accepting what a relative clause says another side demanded: "Ottawa agreed to
    scrap a procurement rule that Washington had long demanded it drop" (Ottawa concedes to
    Washington, whatever the thing is called)."""
    if t.lower_ not in _GRANTING or not t.tag_.startswith("VB") or (
            t.dep_ == "xcomp" and t.head.lower_ in _GRANTING):
        return []
    nouns = [c for v in (t, *(x for x in t.children if x.dep_ == "xcomp")) for c in v.children
             if c.dep_ in _DIRECT]
    asked = [g for n in nouns for w in n.children if w.dep_ == "relcl" and w.lower_ in _DEMANDING
             for g in w.children if g.dep_ == "nsubj"]
    if not asked:
        return []
    src = _subject_codes(t, heads)
    if not src or not _real(t):
        return []
    askers = _codes((m for g in asked for m in _actors_under(g, heads, skip_preps=False)), acting=False)
    return [(a, b) for a in src for b in dict.fromkeys(askers) if a != b]


_CONCESSION_NOUNS = frozenset({"climbdown", "climb-down", "concession", "concessions", "gesture", "gestures",
                               "overture", "overtures"})
_PLACATING = frozenset({"placate", "appease", "mollify", "accommodate", "pacify", "satisfy"})


def _concession_described(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act described after a comma as a concession or a climbdown to another: "suspended its
    takeover order, a climbdown in its dispute with Beijing", "sent 26 cartel figures to the United
    States, the latest in a series of gestures toward Washington"."""
    if t.tag_[:2] != "NN" or t.lower_ not in _CONCESSION_NOUNS:
        return []
    top = t  # "..., the latest in a series of gestures toward Washington": the phrase after the comma
    for _ in range(4):
        if top.left_edge.i > 1 and t.doc[top.left_edge.i - 1].text == ",":
            break
        if top.dep_ not in ("pobj", "prep", "appos", "attr") or top.head.i == top.i:
            return []
        top = top.head
    first = top.left_edge
    if first.i < 2 or t.doc[first.i - 1].text != ",":
        return []
    # "a gesture toward Washington", "a climbdown in its dispute with Beijing"
    named = [m for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards", "in")
             for w in p.subtree if p.lower_ != "in" or w.lower_ in ("dispute", "row", "standoff", "spat")
             for q in ((w,) if p.lower_ != "in" else tuple(x for x in w.subtree if x.dep_ == "pobj"))
             for m in heads.get(q.i, ())]
    them = _codes(named, acting=False)
    if not them:
        return []
    _, src = _act_before(t, first.i - 1, heads)
    return [(a, b) for a in src for b in dict.fromkeys(them) if a != b]


def _placating(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """What is done "to placate" (appease, mollify) another yields to it: "one of several border
    steps Ottawa has taken to placate Washington"."""
    if t.lower_ not in _PLACATING or not t.tag_.startswith("VB") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in t.children) or t.head.i == t.i:
        return []
    them = _codes((m for c in t.children if c.dep_ == "dobj" for m in _actors_under(c, heads, skip_preps=True)),
                  acting=False)
    act = t.head
    src = _subject_codes(t, heads) or _codes((m for c in act.children if c.dep_ == "nsubj"
                                              for m in _actors_under(c, heads, skip_preps=True)), acting=True)
    if not src and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in act.children) \
            and act.dep_ == "relcl":  # "deployed troops, one of several steps it has taken to placate X"
        src = _subject_codes(t.sent.root, heads) or []
    if not them or not src or not _real(act) or act.lower_ in _PLANNING:
        return []
    return [(a, b) for a in src for b in them if a != b]


_COMMITTED = frozenset({"agreed", "agrees", "committed", "commits", "pledged", "pledges", "promised", "promises"})

_AVERTING = frozenset({"avert", "avoid", "forestall", "stave", "head", "ward", "escape", "dodge", "prevent"})
_AVERTED = frozenset({"threat", "threats", "tariff", "tariffs", "duties", "duty", "levies", "levy", "sanctions",
                      "penalties", "penalty", "measures", "surcharge", "surcharges", "wrath", "retaliation"})


def _commitment(act: Token) -> Token:
    """The commitment an act is the object of ("agreed to send troops ...": the agreement), else the act."""
    return act.head if act.dep_ == "xcomp" and act.head.lower_ in _COMMITTED else act


def _averting(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done to avert another's measure yields to it: "Mexico agreed to send 10,000 troops to
    the border to avert Trump's tariffs", "deployed soldiers to stave off U.S. tariffs"."""
    if t.lower_ not in _AVERTING or not t.tag_.startswith("VB") or t.head.i == t.i or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
        return []
    if t.lower_ in ("stave", "head", "ward") and not any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
        return []
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _AVERTED), None)
    if obj is None:
        return []
    owners = _codes((m for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                     for m in heads.get(c.i, ())), acting=False) or _codes(
        (m for p in obj.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
         for m in _actors_under(p, heads, skip_preps=True)), acting=False)
    act = _commitment(t.head)
    src = _subject_codes(act, heads) or _subject_codes(t, heads) or []
    if not owners or not src or not _real(act) or (
            act.lower_ in _PLANNING and act.lower_ not in _VOWING):  # a pledge made is a concession
        return []
    return [(a, b) for a in src for b in owners if a != b]


def _in_exchange(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done in exchange for another's act yields to it: "Beijing agreed to suspend its export
    controls in exchange for a cut in U.S. tariffs", "... in return for China easing its curbs"."""
    if t.lower_ not in ("exchange", "return") or t.dep_ != "pobj" or t.head.lower_ != "in":
        return []
    act = t.head.head
    if not act.tag_.startswith("VB") or act.lower_ in _PLANNING and act.lower_ not in _VOWING:
        return []
    if _eases_tariffs(act):
        return []  # "agreed to lower its tariff ... in exchange for investment": easing (RETREAT), as labelled
    fors = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "for"]
    others = _codes((m for p in fors for m in _actors_under(p, heads, skip_preps=False)), acting=False) or [
        c for p in fors for v in p.children if v.dep_ == "pcomp" for c in _subject_codes(v, heads) or []]
    act = _commitment(act)
    src = _subject_codes(act, heads) or []
    if not others or not src or not _real(act):
        return []
    return [(a, b) for a in src for b in others if a != b]


def _eases_tariffs(act: Token) -> bool:
    """Whether a verb, or the verb it governs ("agreed to lower"), eases tariffs: "cut its tariff on
    Chinese vehicles to 6.1%", "lower the US tariff on South Korean imports to 15 per cent"."""
    verbs = [act] + [v for v in act.children if v.dep_ == "xcomp"]
    return any(v.lower_.startswith(_EASING) and any(
        o.dep_ in ("dobj", "nsubjpass") and o.lower_ in _MEASURE_HEADS - {"sanctions", "countermeasures"}
        for o in v.children) for v in verbs)


_STEP_NOUNS = frozenset({"step", "move", "measure", "concession", "change", "release"})
"""Nouns that name an act as one another side demanded: "a step Washington had demanded"."""


def _granted_in_apposition(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act described after a comma as another side's demand grants it: "Brussels agreed to remove
    tariffs on U.S. goods, a step Washington had demanded for months", "gave his approval for Seoul
    to build submarines, a long-standing request from Seoul". The one who grants is the subject of
    the highest clause before the comma that is an act (not a saying), done and not negated."""
    if t.tag_[:2] != "NN" or t.lower_ not in _DEMAND_NOUNS | _STEP_NOUNS or t.i < 3:
        return []
    first = t.left_edge
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one" and t.lower_ in _DEMAND_NOUNS:
        first = t.head.head.left_edge  # "..., one of Trump's main demands"
    if first.i < 2 or t.doc[first.i - 1].text != "," or first.lower_ not in ("a", "an", "the", "one"):
        return []
    demanding = [w for w in t.children if w.dep_ in ("relcl", "acl") and (
        w.lower_ in _DEMANDING or (w.lower_ in ("put", "made", "raised", "pressed", "set", "imposed", "attached")
                                   and t.lower_ in _DEMAND_NOUNS))]  # (acl: "a step demanded by Armenia")
    if t.lower_ in _STEP_NOUNS and not demanding:
        return []  # "a step Washington welcomed": no demand
    near = [w for w in t.children if w.dep_ in ("poss", "compound", "amod", "nmod")]
    near += [g for w in t.children if w.dep_ == "prep" and w.lower_ in ("from", "of", "by") for g in w.children]
    near += [g for w in demanding for g in w.children if g.dep_ == "nsubj"]
    near += [g for w in demanding for a in w.children if a.dep_ == "agent" for g in a.children]
    askers = list(dict.fromkeys(c for w in near for c in _codes(_actors_under(w, heads, skip_preps=False),
                                                                     acting=False)))
    if not askers:
        return []
    act, src = _act_before(t, first.i - 1, heads)
    if act is None or act.lower_ in _REFUSING or any(w.lower_ in _REFUSING for w in act.ancestors):
        return []  # "Japan refused to cut its tariffs, a step Washington had sought": refused
    return [(a, b) for a in src for b in askers if a != b]


def _act_before(t: Token, comma: int, heads: dict[int, list[Mention]]) -> tuple[Token | None, list[str]]:
    """The highest clause before the comma at ``comma`` that is an act (not a saying), done and not
    negated, with the actors of its subject: who did what a phrase after the comma describes."""
    verbs = [v for v in t.sent if v.i < comma and _is_verb(v) and v.dep_ not in ("aux", "auxpass", "amod")
             and v.lower_ not in _SAYING]
    verbs.sort(key=lambda v: sum(1 for _ in v.ancestors))
    for v in verbs:
        src = _subject_codes(v, heads)
        if src and _real(v):
            return v, src
    return None, []


_GIVING_WAY = _YIELDING_TO | frozenset({"backed", "backs", "back", "backing", "relented", "relents", "relent",
                                        "climbed", "climbs", "climb",
                                        "buckled", "buckles", "buckle", "buckling"})


def _yielded_to_pressure(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X backed down under EU pressure", "caved to pressure from Washington": X concedes to the
    one pressing (pressure is no demand of its own)."""
    if t.lower_ not in _GIVING_WAY or not t.tag_.startswith("VB") or any(c.dep_ == "neg" for c in t.children):
        return []
    if t.lower_ in _GIVING and not any(c.lower_ == "in" or (c.dep_ == "dobj" and c.lower_ == "ground")
                                       for c in t.children):
        return []  # "gave in to", "gave ground on soybeans"
    if t.lower_.startswith(("back", "climb")) and not any(c.lower_ == "down" for c in t.children):
        return []
    src = _subject_codes(t, heads)
    if not src:
        return []
    pressure = _pressure_nouns(t.children, ("to", "under", "after"), _PRESSURE_LIKE)
    them = [b for b in _pressing(pressure, heads) if b not in src]
    if not them and not pressure and (t.lower_ not in _YIELDING_TO or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in t.children)):
        # "Colombia backed down and accepted deportation flights from the United States after Trump
        # threatened tariffs": the one whose act it answers, or the other party of what it accepted
        them = [b for b in _answered_clause_subjects(t, heads) if b not in src]
        if not them:
            # "... and accepted deportation flights from the United States", "backed down, ordering its
            # customs service to tighten checks on goods transshipped to the United States"
            them = [m.code for c in t.children if (c.dep_ == "conj" and _is_verb(c)) or (
                        c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i > t.i)
                    for w in c.subtree for m in heads.get(w.i, ()) if m.code not in src and not m.weak][:1]
    return [(a, b) for a in src for b in them if a != b]


_COMPLAINT_NOUNS = frozenset({"criticism", "complaints", "complaint", "protests", "objections", "condemnation",
                              "outcry"})
_PRESSURE_LIKE = frozenset({"pressure"}) | _COMPLAINT_NOUNS
"""What a concession yields to: pressure (a demand) or complaints (criticism)."""


def _pressers(t: Token, heads: dict[int, list[Mention]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """What a concession yields to, as (author, the one yielding) pairs: pressure is the presser's
    demand (the labels: "following months of pressure from Donald Trump" is a REQUEST; "Kyiv yielded to
    U.S. pressure"), complaints their author's criticism ("yielding to complaints from Washington",
    "backing down after sharp criticism from Brussels"). Returns (demands, criticisms)."""
    words = {w.lower_ for w in t.subtree}
    if _PRESSURE_LIKE.isdisjoint(words):
        return [], []
    pairs = list(dict.fromkeys((b, a) for a, b in [*_yielded_to_pressure(t, heads), *_done_under_pressure(t, heads)]))
    return (pairs if "pressure" in words else []), (pairs if not _COMPLAINT_NOUNS.isdisjoint(words) else [])


_YIELDING_TO_DO = frozenset({"agreed", "agrees", "decided", "decides", "moved", "moves", "chose", "offered",
                             "offers", "consented", "consents"})
"""Verbs whose act, told after them, is done under the pressure named there ("agreed to buy ... under
pressure from Washington")."""


def _done_under_pressure(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done "under pressure from" another yields to it: "Panama withdrew from the Belt and Road
    Initiative under pressure from Washington"."""
    if not t.tag_.startswith("VB") or t.lower_ in _SAYING or not any(
            c.dep_ == "prep" and c.lower_ in ("under", "after") for c in t.children) \
            or any(c.dep_ == "neg" for c in t.children):
        return []
    pressure = _pressure_nouns(t.children, ("under",), _PRESSURE_LIKE) or _pressure_nouns(
        t.children, ("after",), {"pressure"}) or [
        n for p in t.children if p.dep_ == "prep" and p.lower_ == "after" for m in p.children
        if m.lower_ in ("months", "weeks", "years", "days") for o in m.children
        if o.dep_ == "prep" and o.lower_ == "of" for n in o.children if n.lower_ == "pressure"]
    act = t
    if t.dep_ == "xcomp" and t.head.lower_ in _YIELDING_TO_DO and not any(c.dep_ == "neg" for c in t.head.children):
        act = t.head  # "agreed to buy more American rice under pressure from Washington": the agreeing is done
    if not pressure or not _real(act):
        return []
    src = _subject_codes(act, heads) or []
    return [(a, b) for a in src for b in _pressing(pressure, heads) if a != b]


_DEALING_TYPES = frozenset({"CONSULT", "AGREE", "RETREAT", "REQUEST", "AID", "SUPPORT"})


def _dealing(v: Token) -> bool:
    """Whether a clause tells a meeting, a deal, an easing or a request: what a release may answer
    (not an attack it follows)."""
    lex = lexicon()
    after = [w.lower_ for w in v.subtree if w.i > v.i]
    return any(lex.verb_type(e, after) in _DEALING_TYPES for e in lex.verbs_for(v.lower_))


def _released_to(t: Token, heads: dict[int, list[Mention]], src: list[str]) -> list[str]:
    """Whom people freed or handed over without a nationality are yielded to: the state they are
    handed "to" ("handed over 26 people wanted on drug charges to the United States"), the one who
    appealed ("pardoned the novelist after an appeal from Germany's president"), the one who eased
    in return ("Washington lifted sanctions after Minsk freed 52 prisoners"), or the one met just
    before ("freed Tikhanovsky hours after Trump's envoy met Lukashenko")."""
    def others(ms: Iterable[Mention]) -> list[str]:
        return [c for c in _codes(ms, acting=False) if c not in src]

    objs = [c for c in t.children if c.dep_ == "dobj"]
    handed = others(m for h in (t, *objs, *(w for o in objs for w in o.subtree)) for p in h.children
                    if (p.dep_ == "prep" or _prep_as_dative(p)) and p.lower_ == "to"
                    for m in _actors_under(p, heads, skip_preps=True))
    if handed:
        return handed[:1]
    for c in (*t.children, *(g for o in objs for g in o.children)):
        if c.dep_ == "prep" and c.lower_ in ("after", "following"):
            asked = others(m for p in c.children if p.dep_ == "pobj" and p.lower_ in _DEMAND_NOUNS | {
                "appeal", "appeals", "visit", "talks", "meeting", "call", "trip", "mission"}
                           for w in p.subtree for m in heads.get(w.i, ()))
            if asked:
                return asked[:1]
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in c.children) \
                or (c.dep_ == "npadvmod" and any(g.dep_ == "advcl" for g in c.children)):
            clause = c if c.dep_ == "advcl" else next(g for g in c.children if g.dep_ == "advcl")
            met = others(m for w in clause.subtree for m in heads.get(w.i, ()))
            if met and _dealing(clause):
                return met[:1]
    if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in t.children):
        return [c for c in _subject_codes(t.head, heads, acting=False) or [] if c not in src][:1]
    return []


_EXTRADITING = frozenset({"sent", "sends", "send", "sending", "transferred", "transfers", "transfer", "transferring",
                          "handed", "hands", "hand", "handing", "extradited", "extradites", "extradite",
                          "extraditing", "surrendered", "delivered"})
_SUSPECTS = frozenset({"cartel", "suspects", "fugitives", "gang", "traffickers", "smugglers", "alleged"})


def _suspects_handed(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Suspects a government hands to another at its request give way to it: "Mexico sent 32 alleged
    cartel figures to the United States", "extradited two suspects to Washington"."""
    if t.lower_ not in _EXTRADITING or not t.tag_.startswith("VB") or not _real(t):
        return []
    if not any(c.dep_ == "dobj" and any(w.lower_ in _SUSPECTS for w in c.subtree) for c in t.children):
        return []
    src = _subject_codes(t, heads) or []
    to = _codes((m for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                 for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    return [(a, b) for a in src for b in to if a != b]


_COMPLIANT = frozenset(w for v in ("allow", "let", "release", "free", "lift", "drop", "withdraw", "pull", "halt",
                                    "stop", "suspend", "accept", "agree", "open", "reopen", "resume", "grant", "hand",
                                    "return", "comply", "honour", "honor", "scrap", "remove", "end", "cancel", "ease",
                                    "permit", "restore")
                       for w in inflect(v)) | {"freed", "let"}
"""What one does to comply with a demand: "allowed 600 aid trucks a day into Gaza"."""


def _done_after_demand(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done after another demanded that the one acting do something: "Israel allowed 600 aid
    trucks a day into Gaza after U.S. envoy Steve Witkoff demanded that it honour the terms"."""
    if not t.tag_.startswith("VB") or t.tag_ == "VBG" or t.lower_ not in _COMPLIANT or not _real(t):
        return []
    src = _subject_codes(t, heads) or []
    out: list[tuple[str, str]] = []
    for c in t.children:
        if c.dep_ != "advcl" or c.lower_ not in _DEMANDING | _ASKING_THAT or not any(
                m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
            continue
        askers = [a for a in (_subject_codes(c, heads, acting=True) or []) if a not in src]
        asked = [w for x in c.children if x.dep_ in ("ccomp", "xcomp") for w in x.children
                 if w.dep_ in ("nsubj", "nsubjpass")] + [x for x in c.children if x.dep_ == "dobj"]
        if not askers or not any(w.lower_ in ("it", "they", "he", "she") or set(
                _codes(_actors_under(w, heads, skip_preps=True), acting=False)) & set(src) for w in asked):
            continue  # the demand must be of the one who acts
        out += [(a, b) for a in src for b in askers]
    return out


_WINNING_STEPS = frozenset(w for v in ("pledge", "agree", "promise", "commit", "send", "deploy", "accept", "drop",
                                        "withdraw", "hand", "release", "free", "scrap", "remove", "lift", "offer")
                           for w in inflect(v)) | {"sent", "freed"}


def _conceded_before(t: Token, pairs: list[tuple[str, str]], heads: dict[int, list[Mention]]
                     ) -> list[tuple[str, str]]:
    """An easing granted "after" its beneficiary pledged or did something: the beneficiary gave way
    to the one easing ("held off on his tariffs against Mexico after Sheinbaum pledged to send troops")."""
    eased = {b: a for a, b in pairs if b}
    out: list[tuple[str, str]] = []
    for c in t.children:
        if c.dep_ != "advcl" or c.lower_ not in _WINNING_STEPS or not any(
                m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
            continue
        out += [(b, eased[b]) for b in (_subject_codes(c, heads) or []) if b in eased]
    return out
