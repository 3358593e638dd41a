"""Events from a dependency parse: who did what to whom, read from grammar.

The fast path (:mod:`diversify.news.events`) matches reviewed phrases inside
clauses. This second pass reads the roles from a statistical dependency parse
(:mod:`diversify.news.parser`) and the broad lexicon (:mod:`diversify.news.verbs`):

* only sentences that hold an actor mention and a lexicon word are parsed;
* a verb's actor is its subject (``nsubj``; coordination "Canada and the EU
  signed"; apposition "the prime minister, Mark Carney"; a verb joined by
  "and" or an open complement shares its head's subject; a relative clause
  takes its antecedent); a passive's actor is its ``by`` agent and its
  subject is the target;
* its target is an actor inside its object or inside a prepositional phrase
  the type allows ("lashed out *at* Washington", "tariffs *on* Canadian
  goods"), never inside a nested clause;
* an event noun ("talks", "a call", "tariffs", "criticism") takes as actor its
  possessor ("Trump's tariffs"), an actor modifier ("U.S. tariffs",
  "Canada-EU summit"), its agent ("by", "from"), or the subject of the verb
  that governs it ("held talks with", "after a phone conversation with");
* modals, planning verbs ("plans to", "is set to"), conditions and negation
  make an act unreal, except the negations the labels code ("would not rule
  out force" threatens, "will not double the tariffs" retreats); a clause
  naming an earlier year than the article's is history.

Actors and targets are taken from one sentence only, the precision guard
against joining unrelated parts of a story.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from diversify.news.actors import SEATED, Mention
from diversify.news.clauses import SentenceView, act_part, evidence, historical
from diversify.news.dateline import dateline_end
from diversify.news.dates import MONTHS, WEEKDAYS, find_date, starts_later
from diversify.news.document import Document
from diversify.news.model import JUDGING_TYPES, RECIPROCAL_TYPES, Event
from diversify.news.sentiment import REVIEWED_BLAME, blame_words, praise_words
from diversify.news.triggers import dictionary, inflect
from diversify.news.verbs import (
    ACTS_JUDGED,
    CONCLUSIONS,
    CRITICISING,
    EASING_NOUNS,
    LEVEL_VERBS,
    PRAISING,
    SERVICE_MEMBERS,
    VICTIM_NOUNS,
    Lexicon,
    Verb,
    lexicon,
    words_money,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "shall", "can",
                     "'ll", "wo", "ca", "'d"})
_BECOMING = frozenset({"become", "became", "becomes", "becoming", "is", "was", "be", "been", "are", "were"})
_INTENT_NOUNS = frozenset({"push", "bid", "drive", "effort", "efforts", "attempt", "attempts",
                           "ambition", "ambitions", "campaign", "quest", "desire"})
"""Nouns of an aim whose possessor is the one who would act: "his push to acquire Greenland"."""
_DECISION_NOUNS = frozenset({"decision", "decisions", "move", "choice"})
"""Nouns of a step taken whose possessor acts: "Denmark's decision to send 200 more troops"."""
_PLANNING = frozenset({
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "set", "aim", "aims",
    "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "seek", "seeks",
    "sought", "seeking", "try", "tries", "tried", "trying", "consider", "considers", "considered",
    "considering", "look", "looking", "threaten", "threatens", "threatened", "threatening", "ready",
    "poised", "likely", "able", "going", "scheduled", "due", "eager", "willing", "open", "need", "needs",
    "needed", "call", "called", "calls", "push", "pushed", "pushing", "reject", "rejected", "fail",
    "failed", "move", "agree", "agreed", "agrees", "decide", "decided", "would", "must", "have", "has",
    "had", "seem", "seems", "appear", "appears", "allow", "allowed", "enable", "warn", "warned",
    "pressure", "pressured", "force", "forced", "obliged", "obligated", "required", "supposed", "bound"}) | (
    _INTENT_NOUNS - {"bid"}) | frozenset(  # a "bid" is also an offer: "raised the submarine bid with Carney"
    w for v in ("vow", "promise", "pledge", "wait", "urge", "ask", "press", "demand", "refuse", "decline",
                "prepare", "intend", "propose", "encourage", "invite", "lobby")
    for w in inflect(v))  # every form of these: "vowing to raise tariffs", "waited for Trump to sign"
_WORDS = re.compile(r"[a-z0-9][a-z0-9'\u2019-]*")
_PERMITTING = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing",
                         "permit", "permits", "permitted", "make", "makes", "made"})
_CLIMB = frozenset({"xcomp", "conj", "ccomp", "advcl", "relcl", "acl", "pcomp", "prep", "pobj",
                    "dobj"})
_CONDITIONS = frozenset({"if", "whether", "unless", "once", "until", "lest"})
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"})
_MILITARY = frozenset({"cannon", "strike", "airstrike", "shots", "missile", "missiles", "drone", "drones", "troops", "soldiers", "bomb",
                       "bombs", "bombing", "shelling", "artillery", "airstrikes",
                       "strikes", "killed", "killing", "attack", "attacks", "invasion", "forces",
                       "military", "war", "bombarded", "shelled"})
_ARMS = frozenset({"flotilla", "guards", "bombers", "jets", "warplanes", "aircraft", "fighters", "helicopters", "navy",
                   "army", "warships", "warship", "artillery", "missiles", "drones", "rockets",
                   "troops", "forces", "soldiers", "military", "militia", "gunboats", "tanks",
                   "sniper", "snipers", "submarine", "submarines", "gunners", "missile", "drone"})
_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "between", "to"}),
    "CONSULT": frozenset({"with", "to", "between", "alongside", "including"}),   # "met several leaders, including"
    "COOPERATE": frozenset({"with", "between"}),
    "SUPPORT": frozenset({"for", "to", "of", "with", "behind"}),
    "CONCEDE": frozenset({"to"}),
    "AID": frozenset({"to", "for"}),
    "RETREAT": frozenset({"on", "for", "against", "from", "to"}),
    "REQUEST": frozenset({"to", "on", "from"}),
    "ACCUSE": frozenset({"at", "of", "against", "on", "toward", "towards", "into"}),
    "REJECT": frozenset({"from", "by", "of", "against"}),
    "THREATEN": frozenset({"against", "on", "to", "with"}),
    "PROTEST": frozenset({"against"}),
    "SANCTION": frozenset({"on", "against", "from", "to"}),
    "MOBILIZE": frozenset(),
    "COERCE": frozenset({"on", "against", "from", "to"}),
    "ASSAULT": frozenset({"on", "against", "at", "into", "in"}),
}
_NOUN_AIMS: dict[str, frozenset[str]] = {"praise": frozenset({"on"})}
"""Prepositions an event noun aims with beyond its type's: "lavished praise on Carney"."""
_DIRECT = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
"""Object relations whose actors are the target."""
_NO_DIRECT = frozenset({"AGREE", "MOBILIZE", "PROTEST"})
_CAPITAL_PLACE = frozenset({"capital", "body"})
_ADJECTIVAL = frozenset({"amod", "compound", "nmod", "npadvmod"})
"""A participle used as an adjective ("a welcoming ceremony") is no act."""
_IN_PASSING = frozenset({"amid", "amidst", "despite", "ahead", "before", "without"})
"""Prepositions that mention talks in passing ("amid trade talks"): no meeting is reported."""
_LIGHT = frozenset({
    "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducted",
    "attend", "attended", "attends", "begin", "began", "begun", "start", "started", "open", "opened",
    "host", "hosted", "hosts", "join", "joined", "pay", "paid", "make", "made", "wrap", "wrapped",
    "conclude", "concluded", "sign", "signed", "signs", "reach", "reached", "strike", "struck",
    "seal", "sealed", "ink", "inked", "finalize", "finalized", "finalise", "finalised", "clinch",
    "clinched", "forge", "forged", "announce", "announced", "announces", "unveil", "unveiled",
    "impose", "imposed", "imposes", "slap", "slapped", "levy", "levied", "launch", "launched",
    "file", "filed", "lodge", "lodged", "issue", "issued", "express", "expressed", "voice", "voiced",
    "reaffirm", "reaffirmed", "renew", "renewed", "offer", "offered", "provide", "provided",
    "give", "gave", "send", "sent", "pledge", "pledged", "extend", "extended", "approve", "approved",
    "grant", "granted", "grants", "carry", "carried", "carries", "carrying", "mount", "mounted", "stage",
    "staged",
    "outline", "outlined", "deliver", "delivered", "emphasize", "emphasized", "emphasise",
    "emphasised", "underline", "underlined", "reiterate", "reiterated", "escalate", "escalated",
    "apply", "applied", "applies", "applying", "put", "puts", "putting", "exert", "exerted", "exerts",
    "lavish", "lavished", "heap", "heaped", "shower", "showered", "pour", "poured", "take", "took", "taken",
    "takes"})
"""Verbs that report the act an event noun names ("held talks", "signed an agreement", "applied pressure
on India", "lavished praise on Carney", "took a swipe at Ottawa")."""
_NOT_YET = frozenset({"no", "any", "upcoming", "planned", "proposed", "possible", "potential",
                      "future", "next", "expected", "scheduled", "forthcoming", "prospective",
                      "threatened", "looming", "mooted", "hypothetical"})
_MOBILIZING = frozenset({"spending", "spend", "budget", "deploy", "deployed", "deploying",
                         "deployment", "troops", "mission", "gdp", "defence", "defense", "military",
                         "soldiers", "jets", "fighters", "warships", "frigate", "frigates", "patrols",
                         "bases", "personnel", "battalion", "brigade", "station", "stationed",
                         "operation", "surveillance", "ammunition", "alert", "aircraft", "division",
                         "forces", "scrambled", "scramble", "flotilla", "vessels",
                         "divisions", "carrier", "destroyers", "submarines", "warship", "units",
                         "battlegroup", "bombers", "marines", "reservists", "conscription", "service",
                         "footing", "drills", "exercises", "readiness", "militia", "mobilisation",
                         "mobilization", "target", "targets", "benchmark", "missiles", "missile", "exercise",
                         "rockets", "icbm"})
"""Words without which a sentence naming one actor holds no event worth a parse."""
_UNDONE = frozenset({"terminated", "suspended", "stalled", "collapsed", "halted", "frozen", "froze",
                     "cancelled", "canceled", "failed", "abandoned", "aborted", "scrapped",
                     "postponed", "delayed", "lifted", "removed", "paused"})
_TALKS = frozenset({"talks", "negotiations", "negotiation", "dialogue"})
_COMPLAINTS = frozenset({"protest", "protests", "complaint", "complaints", "objection", "objections",
                         "request", "disappointment", "displeasure", "dismay", "concerns", "concern", "outrage",
                         "regret", "dissatisfaction", "anger", "indignation", "disapproval", "alarm", "frustration",
                         "representations"})
_AID_NOUNS = frozenset({"aid", "assistance", "funding", "support", "loans", "loan", "grants"})
_CONTESTING = frozenset({"challenge", "challenges", "appeal", "appeals", "complaint", "complaints",
                         "case", "cases", "lawsuit", "lawsuits", "dispute", "disputes"})
_AID_WORDS = frozenset({"military", "financial", "humanitarian", "economic"})


def _mention_heads(sent: Doc, offset: int, mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Token index of the head of each mention (the token whose head lies outside it)."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        span = sent.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.setdefault(span.root.i, []).append(m)
    return out


_LED = frozenset({"led", "based", "backed", "sponsored", "run", "owned", "funded", "organised",
                  "organized", "hosted", "brokered"})
"""After "X-": a modifier naming who leads or pays ("UN-led projects"), not the thing's origin."""


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


_FORCE_WORDS = _ARMS | frozenset({"divisions", "division", "units", "unit", "battalion", "battalions",
                                   "brigade", "brigades", "battlegroup", "reservists", "personnel",
                                   "marines", "sailors", "frigates", "frigate", "destroyers",
                                   "submarines", "carrier", "group", "vessels", "ships", "squadron",
                                   "squadrons", "contingent", "planes", "destroyer", "submarine", "warship",
                                   "corvette", "corvettes", "cruiser", "vessel", "ship"})
"""Heads of a phrase naming a state's forces: "Canadian troops were deployed" (the owner deploys)."""


def _drilling_alone(t: Token, heads: dict[int, list[Mention]]) -> str:
    """The one actor whose forces hold an exercise with no partner named: its own mobilising."""
    subj, passive = _subject(t)
    if subj is None or passive:
        return ""
    owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners and (subj.lower_ in ("thousands", "hundreds", "dozens") or subj.lower_ in _FORCE_WORDS):
        owners = _codes((m for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for m in _actors_under(p, heads, skip_preps=False)), acting=True)
    return owners[0] if len(set(owners)) == 1 else ""


def _armed_subject(subj: Token | None) -> bool:
    """Whether a subject names arms or armed forces: "Russian missiles and drones", "U.S. bombers"."""
    if subj is None:
        return False
    if any(w.lower_ in _ARMED_SERVICES for w in subj.subtree) and subj.lower_ in _CRAFT:
        return True  # "Chinese coast guard vessels", "Russian navy ships"
    return any(w.lower_ in _ARMS or (w.lower_ in _FORCE_NOUNS and any(
        c.lower_ in ("air", "missile", "drone", "rocket", "artillery", "mortar", "tank", "naval", "gun")
        or c.lower_ in _ARMS for c in w.children))
        for w in (subj, *(c for c in subj.conjuncts)))


_STRIKING = frozenset(w for v in ("strike", "attack", "bomb", "shell", "raid", "invade", "pound", "bombard")
                      for w in inflect(v)) | {"struck"}
"""Verbs of force whose object may be a whole country: "India struck Pakistan"."""


def _struck_a_country(t: Token, subj: Token | None, heads: dict[int, list[Mention]]) -> bool:
    """A state (not a person: "Trump attacked Canada" is words) struck a country or its capital:
    "India struck Pakistan", "Russia attacked Kyiv overnight"."""
    def state(c: Token) -> bool:
        ms = heads.get(c.i, ())
        return bool(ms) and all(m.kind in ("name", "capital") and m.person is None and len(m.code) == 3
                                for m in ms)
    return t.lower_ in _STRIKING and subj is not None and subj.dep_ == "nsubj" and state(subj) \
        and any(c.dep_ == "dobj" and state(c) for c in t.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in t.children)


def _state_struck_a_place(t: Token, subj: Token | None, verb: Verb | None, after: list[str],
                          heads: dict[int, list[Mention]]) -> bool:
    """A state named as the subject striking a physical target is an attack with no arms named:
    "Israel struck the entrance of the defence ministry compound in Damascus" (not "Washington hit
    Chinese ports with fees")."""
    if verb is None or subj is None:
        return False
    if lexicon().object_type(verb.lemma, after) != "ASSAULT" and not _struck_a_country(t, subj, heads):
        return False
    if not heads.get(subj.i) or any(m.weak for m in heads[subj.i]) or subj.dep_ != "nsubj" or subj.head.i != t.i:
        return False  # the state's own verb, not a participle of its sanctions ("..., targeting 200 vessels")
    if any(c.dep_ == "prep" and c.lower_ == "with" and not any(
            p.lower_ in _ARMS or p.lower_ in _MILITARY for p in c.children) for c in t.children):
        return False  # "hit Chinese ports with fees": struck with a measure
    return _MEASURES.isdisjoint(after) and lexicon().objects["SANCTION"].isdisjoint(after)


_ARMED_SERVICES = frozenset({"guard", "navy", "naval", "military", "militia", "army"})
_CRAFT = frozenset({"vessel", "vessels", "ship", "ships", "boat", "boats", "cutter", "cutters", "aircraft", "jets",
                    "fleet", "squadron"})
_FORCE_NOUNS = frozenset({"strike", "strikes", "attack", "attacks", "barrage", "salvo", "fire"})
"""Nouns of force that are armed only with a weapon named in them: "an Israeli air strike", not "a rail
strike"."""


_CAUSING = frozenset({"prompted", "prompting", "prompts", "prompt", "forced", "forcing", "forces", "force",
                      "compelled", "compelling", "compels", "led", "leading", "leads", "caused", "causing",
                      "causes", "spurred", "spurring", "spurs", "drove", "driving", "drives"})
"""Verbs whose object does what follows: "prompting Seoul to lodge a protest"."""


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


_FIRE = frozenset({"fire", "gunfire", "shots", "shells", "salvos", "strikes", "blows", "rockets"})
_EXCHANGING = frozenset({"trade", "traded", "trading", "trades", "exchange", "exchanged", "exchanging",
                         "exchanges"})
_CLASHING = frozenset({"clash", "clashed", "clashing", "clashes", "skirmished", "fought"})


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


def _in_clause_of(w: Token, t: Token) -> bool:
    """Whether ``w`` hangs under verb ``t`` without crossing a clause of its own."""
    cur = w.head
    while cur.i != t.i:
        if cur.dep_ in _CLAUSAL or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


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


_WITHDRAWING = frozenset({"withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "pulled", "pull",
                          "pulls", "pulling", "retreated", "retreat", "retreats", "retreating"})


def _forces_withdrawn(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Forces pulled back: the owner retreats from the place's state ("withdrew its troops from
    positions in southern Lebanon", "coast guard vessels withdrew from the shoal after a standoff
    with the Philippine navy"), or each side from the other ("Thai and Cambodian forces pulled
    heavy weapons back from the border"). A withdrawal only demanded or planned ("Russia must
    withdraw its troops") is left to the other rules."""
    if t.lower_ not in _WITHDRAWING or not t.tag_.startswith("VB") or not _real(t):
        return []
    if t.lower_.startswith("pull") and not any(c.lower_ in ("back", "out") for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None or passive:
        return []
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    forces = obj if obj is not None else subj
    if forces.lower_ not in _WITHDRAWN_FORCES:
        return []
    owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners and obj is None:
        owners = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    if not owners:
        return []
    if len(set(owners)) >= 2:
        return [(a, b) for a in owners for b in owners if a != b]
    places = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "out", "after", "following")]
    # the place's state may sit deep in the phrase: "from positions it holds in southern Lebanon"
    found = [m for p in places for x in p.subtree for m in heads.get(x.i, ())]
    return [(owners[0], c) for c in _codes(found, acting=False) if c not in owners][:1]


_HEAVY_ARMS = frozenset({"weapons", "artillery", "tanks", "equipment", "coast", "guard", "warships",
                         "vessels", "ships", "boats"})
_WITHDRAWN_FORCES = _FORCE_WORDS | _HEAVY_ARMS


def _own_side_acts(clause: Token, src: list[str], heads: dict[int, list[Mention]]) -> bool:
    """The subject of a reported clause is the speaker's own side (named, or "it", "we", "they")."""
    who, _ = _subject(clause)
    if who is None:
        return False
    codes = _codes(_actors_under(who, heads, skip_preps=True), acting=True)
    return set(codes) <= set(src) if codes else who.lower_ in ("it", "we", "they", "he", "she")


_CUTTING_OFF = frozenset(inflect("sever") + inflect("break") + inflect("freeze") + inflect("suspend")
                         + inflect("terminate") + inflect("end") + inflect("halt") + inflect("downgrade")
                         + inflect("ban") + inflect("stop") + ("cut", "cuts", "cutting"))
"""Verbs of cutting relations or talks off, whose "with" names the one cut off."""

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


def _kept_on_the_table(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An option kept open: "nothing is off the table regarding Greenland", "I never take military
    force off the table", "all options remain on the table". The speaker threatens the one the
    sentence names besides its own side."""
    if t.lower_ != "table" or t.dep_ != "pobj" or t.head.lower_ not in ("off", "on"):
        return []
    v = t.head.head
    if not _is_verb(v):
        return []
    subj, _ = _subject(v)
    words = {w.lower_ for w in v.children} | ({subj.lower_} if subj is not None else set())
    if t.head.lower_ == "off":
        kept = bool(words & {"not", "n't", "never", "nothing"}) or any(c.dep_ == "neg" for c in v.children)
    else:
        kept = subj is not None and subj.lower_ in ("options", "everything", "option", "all")
    if not kept:
        return []
    speaker = v.head if v.dep_ == "ccomp" and _is_verb(v.head) else v
    src = _subject_codes(speaker, heads) or []
    if speaker is v and subj is not None and subj.lower_ in ("i", "we", "nothing", "options", "everything"):
        src = []
    if not src:
        return []
    named = [m.code for w in v.subtree for m in heads.get(w.i, ()) if m.code not in src and not m.weak]
    named = named or [m.code for w in t.sent for m in heads.get(w.i, ())
                      if m.code not in src and not m.weak and w.i not in {x.i for x in speaker.subtree
                                                                          if x.i < v.i}]
    return [(a, named[0]) for a in src] if named else []


_WARNING_VERBS = frozenset({"warned", "warns", "warn", "warning", "cautioned", "cautions", "caution"})
_HINTING = _WARNING_VERBS | frozenset({"hinted", "hints", "hint", "hinting", "signalled", "signaled",
                                       "signals", "signalling", "signaling"})
_MODAL_FUTURE = frozenset({"would", "could", "will", "might", "may", "'ll", "can"})
_SEEING = frozenset({"see", "sees", "seeing"})
_MEASURE_HEADS = frozenset({"rate", "rates", "tariff", "tariffs", "duty", "duties", "levy", "levies",
                            "countermeasures", "counter-tariffs", "sanctions", "surcharge"})
_SUFFERING = frozenset({"burn", "regret", "perish", "bleed"})
"""What a warning says another side will do to its cost: "warned that Tehran will burn"."""
_HARMED = frozenset({"shut", "cut", "taxed", "hit", "blocked", "banned", "slashed", "frozen", "halted", "barred",
                     "excluded", "closed", "sanctioned", "targeted", "curbed", "capped", "penalised", "penalized"})


_ESCALATION = frozenset({"escalation", "war", "conflict", "confrontation", "response", "retaliation",
                         "consequences", "countermeasures", "reprisals"})
"""What a warned act would bring on: "would open a new stage of escalation"."""


def _consequence_warned(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A warning of what another side would suffer, or of what the warner's side would do if another
    acts: "cautioned that Mexico could see its exports shut out", "warned that any Greek vessel
    ... would be met by the Turkish navy", "hinted that his army could finish the job if Yerevan
    kept stalling"."""
    if t.lower_ not in _WARNING_OR_SAYING or not t.tag_.startswith("VB") or any(
            c.dep_ == "neg" for c in t.children):
        return []
    src = _subject_codes(t, heads)
    if not src:
        return []
    clauses = [c for c in t.children if c.dep_ == "ccomp"]
    if t.lower_ in _SAYING and t.lower_ not in _HINTING:
        # said: only a measure that could rise or take effect if another acts ("the White House said
        # the UK rate could rise to 50% on 9 July if London failed to meet the terms")
        for c in clauses:
            who, _ = _subject(c)
            other = _other_side_warned(c, who, src, heads, harm=any(  # "more penalties on India could follow"
                a.dep_ == "aux" and a.lower_ in ("could", "might") for a in c.children))
            if other:
                return [(a, other[0]) for a in src]
            if who is None or who.lower_ not in _MEASURE_HEADS or not any(
                    a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in c.children):
                continue
            named = [x for x in _condition_subjects(c, heads) if x not in src]
            if named:
                return [(a, named[0]) for a in src]
        return []
    if t.dep_ == "ROOT":  # "Mexico could see its exports shut out, Lutnick cautioned"
        clauses += [c for c in t.children if c.dep_ == "parataxis"]
    for c in clauses:
        if not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _MODAL_FUTURE for a in c.children):
            continue
        if _own_side_acts(c, src, heads):
            named = [x for v in c.subtree if _is_verb(v) for x in _condition_subjects(v, heads) if x not in src]
            if named:
                return [(a, named[0]) for a in src]
            continue
        who, passive = _subject(c)
        other = _other_side_warned(c, who, src, heads)
        if other:
            return [(a, other[0]) for a in src]
        if who is None:
            continue
        them = [x for x in _codes(_actors_under(who, heads, skip_preps=False), acting=False) if x not in src]
        if not them:
            continue
        # ("would face tariffs", "would pay a heavy price": _pairs_faced reads those at their verb)
        suffers = (c.lower_ in _SEEING and any(d.dep_ in ("dobj", "ccomp", "xcomp") and any(
            g.lower_ in _HARMED for g in d.subtree) for d in c.children)) or (
            c.lower_ in _SUFFERING and not passive)  # "warned that Tehran will burn if ..."
        met = passive and any(p.dep_ == "pobj" and (set(_codes(_actors_under(p, heads, skip_preps=True),
                                                                acting=True)) & set(src) or p.lower_ in _ARMS)
                              for a in c.children if a.dep_ == "agent" for p in a.children)
        if suffers or met:
            return [(a, them[0]) for a in src]
    return []


_HARMS = _MEASURE_HEADS | frozenset({"penalties", "penalty", "consequences", "costs", "price", "measures",
                                      "retaliation", "reprisals", "restrictions", "steps", "action"})
"""What a warning says will befall another: "warned that further penalties could follow"."""


def _other_side_warned(c: Token, who: Token | None, src: list[str], heads: dict[int, list[Mention]],
                       harm: bool = True) -> list[str]:
    """The other side a warned clause names: the one its harm falls on (when ``harm`` is read), else
    the one whose act it answers ("any retaliatory steps by London would be met with a response")."""
    harmed = _harm_warned(c, who, src, heads) if harm else []
    return harmed or (_any_act_answered(c, who, src, heads) if who is not None else [])


def _any_act_answered(c: Token, who: Token, src: list[str], heads: dict[int, list[Mention]]) -> list[str]:
    """"any delivery of Tomahawks to Kyiv by Washington would open a new stage of escalation", "any
    retaliatory steps by London would be met with a tough response": the one who might act."""
    if not any(d.lower_ == "any" for d in who.children) or _ESCALATION.isdisjoint(
            w.lower_ for w in c.subtree if w.i > c.i) or not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _MODAL_FUTURE for a in c.children):
        return []
    return [x for x in _codes((m for p in who.children if p.dep_ in ("poss", "prep") and (
        p.dep_ == "poss" or p.lower_ in ("by", "from")) for m in _actors_under(p, heads, skip_preps=True)),
                              acting=False) if x not in src]


def _harm_warned(clause: Token, who: Token | None, src: list[str],
                 heads: dict[int, list[Mention]]) -> list[str]:
    """The one a warned harm would fall on: "warned that tariffs could rise again if Tokyo failed to
    deliver", "warned that there would be consequences for the Maduro government if Venezuela
    attacked Guyana", "warned that further penalties on India could follow". The harm is the
    clause's subject (or what "there" would be); it falls on the subject of the clause's condition,
    else on the one it is "on", "for" or "against"."""
    if who is None and any(d.dep_ == "expl" for d in clause.children):
        who = next((d for d in clause.children if d.dep_ == "attr"), None)
    if who is None or who.lower_ not in _HARMS:
        return []
    named = [x for v in clause.subtree if _is_verb(v) for x in _condition_subjects(v, heads) if x not in src]
    if named:
        return named
    if any(_is_condition(c) and _pronoun_subject(c) for v in clause.subtree if _is_verb(v) for c in v.children):
        # "demanded that Russia accept a ceasefire, warning that new sanctions would follow if it
        # refused": "it" is the one other actor the sentence names
        others = {m.code for w in clause.sent for m in heads.get(w.i, ()) if not m.weak and m.code not in src}
        if len(others) == 1:
            return list(others)
    return [x for p in who.children if p.dep_ == "prep" and p.lower_ in ("on", "for", "against")
            for x in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if x not in src]


def _pronoun_subject(v: Token) -> bool:
    who, _ = _subject(v)
    return who is not None and who.lower_ in ("it", "they")


_TOGETHER = frozenset({"jointly", "together", "alongside"})
_JOINT_WORK = frozenset(w for v in ("train", "produce", "build", "patrol", "exercise", "develop", "operate",
                                     "sail", "fly", "manufacture", "drill", "work", "conduct", "hold",
                                     "intercept", "escort", "monitor", "track", "evacuate", "rescue", "test",
                                     "design", "fund", "finance", "survey", "map", "explore", "police",
                                     "stage", "organise", "organize", "lead", "host", "carry")
                        for w in inflect(v)) | frozenset({"run", "runs", "ran", "running"})


_YEAR_TOKEN = re.compile(r"(19|20)\d\d")


def _standing_since(t: Token) -> bool:
    """A perfect verb whose state runs "since" a year long past: "Canada and the United States have
    jointly run NORAD since 1958" (no act of the news)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in t.children):
        return False
    return any(w.lower_ == "since" and any(_YEAR_TOKEN.fullmatch(x.text) and int(x.text) < 2020 for x in w.subtree)
               for w in t.subtree)


def _acting_together(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Joint action of two named sides told by an adverb, not a noun: "Canadian and Danish troops
    trained alongside each other", "Canada and Finland began jointly producing icebreakers"."""
    if t.lower_ not in _JOINT_WORK or not t.tag_.startswith("VB"):
        return []
    jointly = any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "alongside" and any(w.lower_ == "other" for w in c.subtree)
        for c in t.children)
    if not jointly:
        return _drilled_with(t, heads)
    sides = list(dict.fromkeys(_subject_codes(t, heads) or []))
    if len(sides) < 2:
        return []
    return [(a, b) for a in sides for b in sides if a != b]


_DRILLING = frozenset(w for v in ("sail", "exercise", "train", "patrol", "drill", "fly", "operate", "escort",
                                   "transit", "manoeuvre", "maneuver")
                      for w in inflect(v))
_FORCE_NAMES = _FORCE_WORDS | frozenset({"force", "guard"})  # "the Japan Maritime Self-Defense Force"


def _drilled_with(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Forces of one side sailing, exercising or training "with" or "alongside" another's: "a Canadian
    warship sailed through the Taiwan Strait alongside an Australian destroyer", "exercised with the
    Japan Maritime Self-Defense Force". Both sides cooperate; the one named with must be a force."""
    if t.lower_ not in _DRILLING or not _real(t):
        return []
    partners = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                for p in c.children if p.dep_ == "pobj" and any(w.lower_ in _FORCE_NAMES for w in p.subtree)]
    if not partners:
        return []
    own = _subject_codes(t, heads) or []
    them = [c for p in partners for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False)
            if c not in own]
    if not own or not them:
        return []
    return [(a, b) for a in own for b in them[:1]] + [(b, a) for a in own for b in them[:1]]


def _owner_or_all(q: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """The owner of what a complaint is about, else every actor under it: "concern over Beijing's
    support for Russia's war" is about Beijing."""
    owner = [m for c in q.children if c.dep_ == "poss" for m in heads.get(c.i, ())]
    return owner or _actors_under(q, heads, skip_preps=True, allow=frozenset({"by"}))


_STRUCK_WITH = frozenset({"agreed", "struck", "signed", "reached", "concluded", "negotiated", "sealed",
                          "finalised", "finalized", "inked"})


def _agreed_with(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A deal told as "struck with" or "agreed with" one party, the other left to the clause around
    it: "under a trade deal struck with the United States in July, Japan will invest ..." (the main
    clause's subject), "Araghchi said the exchange had been agreed with Paris" (the speaker), "the
    package, agreed with Greenland's government" (the package's owner)."""
    if t.lower_ not in _STRUCK_WITH or not (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.dep_ == "acl")) \
            or any(c.dep_ == "agent" for c in t.children) \
            or any(c.dep_ == "neg" for c in t.children):
        return []
    partner = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "with" for q in p.children
               if q.dep_ == "pobj" for c in _codes(_actors_under(q, heads, skip_preps=True), acting=False)]
    if not partner:
        return []
    passive = any(c.dep_ == "auxpass" for c in t.children)
    if not passive and t.dep_ != "acl":
        return []
    other: list[str] = []
    if t.dep_ == "acl":  # "the package agreed with ...": its owner, else the subject of the clause it sits in
        other = _codes((m for c in t.head.children if c.dep_ == "poss" for m in _actors_under(c, heads,
                                                                                             skip_preps=True)),
                       acting=True)
        anchor = t.head
        while not other and anchor.dep_ not in ("ROOT",) and anchor.head.i != anchor.i:
            anchor = anchor.head
            if _is_verb(anchor):
                other = _subject_codes(anchor, heads) or []
                break
        if not other and anchor.dep_ == "ROOT":
            other = _subject_codes(anchor, heads) or []
    if not other:  # "said the exchange had been agreed with Paris": the speaker's side
        other = _codes(_reporter(t, heads), acting=True)
    other = [c for c in other if c not in partner]
    if not other or (t.dep_ != "acl" and _unreal(t)[0]) or any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
        return []  # (a deal "struck with" another describes a past act, whatever the clause around it plans)
    return [(a, b) for a in other[:1] for b in partner[:1]] + [(b, a) for a in other[:1] for b in partner[:1]]


def _victim_act_authors(act: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """Who did an act done to people ("the detention of hundreds of its nationals in a U.S. raid",
    "the arrest of two Japanese by Chinese police"): those named "by" or "in" it, not the victims."""
    return [m for w in act.subtree if w.dep_ in ("prep", "agent") and w.lower_ in ("by", "in")
            for p in w.children if p.dep_ == "pobj" for m in _actors_under(p, heads, skip_preps=True)]


def _fire_exchanged(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Mutual force: "A and B troops traded fire", "A forces clashed with B troops", both ways.
    Clashing counts only between armed forces (not "clashed over tariffs" between ministers)."""
    if t.tag_.startswith("NN") and t.lower_ in _CLASH_NOUNS:
        # "Clashes between Thai and Cambodian troops killed 48 people": a clash reported, both ways
        between = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "between"]
        if not between or not any(w.lower_ in _TROOPS for p in between for w in p.subtree):
            return []  # not "clashes between the two leaders"
        anchor = _clause_verb(t)
        if anchor is None or any(_unreal(anchor)[:2]) or anchor.lower_ in _PLANNING | _SPECULATION:
            return []
        sides = _codes((m for p in between for m in _actors_under(p, heads, skip_preps=True,
                                                                   allow=frozenset({"between"}))), acting=True)
        return [(a, b) for a in sides for b in sides if a != b] if len(sides) >= 2 else []
    if not t.tag_.startswith("VB"):
        return []
    if t.lower_ in _EXCHANGING:
        if not any(c.dep_ == "dobj" and c.lower_ in _FIRE for c in t.children):
            return []
    elif t.lower_ in _CLASHING:
        subj, _ = _subject(t)
        if not _armed_subject(subj):
            return []
    else:
        return []
    sides = _subject_codes(t, heads) or []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            sides += _codes((m for p in c.children for m in _actors_under(p, heads, skip_preps=True)),
                            acting=True)
    sides = list(dict.fromkeys(sides))
    if len(sides) < 2:
        return []
    return [(a, b) for a in sides for b in sides if a != b]


_CLASH_NOUNS = frozenset({"clash", "clashes", "skirmish", "skirmishes", "firefight", "firefights"})
_TROOPS = frozenset({"troops", "forces", "soldiers", "guards", "navies", "militaries", "armies", "army", "militias",
                     "militia", "border", "fighters", "units"})
_ARMED_MODIFIERS = frozenset({"missile", "drone", "air", "rocket", "artillery", "military", "naval",
                              "ballistic", "cruise", "armed", "ground", "cross-border", "aerial",
                              "retaliatory", "pre-emptive", "preemptive", "precision"})
_STRIKES = frozenset({"strike", "strikes", "raid", "raids", "bombing", "bombings"})
_FORCE_ITSELF = frozenset({"airstrike", "airstrikes", "bombing", "bombings", "shelling", "bombardment",
                           "invasion", "incursion"})


def _armed_noun(doc: Document, start: int, t: Token, heads: dict[int, list[Mention]]) -> bool:
    """An attack, strike or raid by arms: a noun of force itself ("airstrikes", "the shelling"),
    one with an armed modifier ("a drone attack"), or one a state's adjective owns ("an Israeli
    strike on ..."); never inside a quotation, where "attack" is a speaker's figure."""
    if doc.in_quote(start + t.idx):
        return False
    if t.lower_ in _FORCE_ITSELF:
        return True
    for c in t.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in _ARMED_MODIFIERS:
            return True
        if c.dep_ == "poss" and t.lower_ in _STRIKES and any(not m.weak for m in heads.get(c.i, ())):
            return True  # "Israel's strike on a residential compound in Doha" (not "Trump's attack")
        if c.dep_ in ("compound", "amod") and any(not m.weak for m in heads.get(c.i, ())):
            return True
    verb = t.head if t.dep_ == "dobj" else None
    # "US forces carried out strikes on military sites": strikes carried out by armed forces
    return verb is not None and verb.tag_.startswith("VB") and _armed_subject(_subject(verb)[0])


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


_CLOSABLE = frozenset({"border", "borders", "airspace", "ports", "crossings", "crossing", "waters"})
"""What a government shuts against a neighbour: "shut its border with Belarus"."""
_CASES = frozenset({"case", "cases", "dispute", "lawsuit", "suit", "challenge", "challenges"})
_VENUES = frozenset({"WTO", "UN"})
"""Bodies a complaint is lodged with or filed at, not against; its target is the other actor named."""
_GERUND_PREPS = frozenset({"after", "before", "by", "while", "when", "since", "upon", "on", "without"})
"""Prepositions whose gerund shares the subject of the verb they hang on."""
_JOIN_VERBS = frozenset({"join", "joins", "joined", "joining"})


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
        if _is_verb(cur) and not (cur.dep_ == "prep" and cur.tag_ == "VBG"):
            return cur  # not a participle read as a preposition: "following a meeting with X, Y ..."
    return None


_ASKED_NOUNS = frozenset({"call", "calls", "demand", "demands", "request", "requests", "push", "pressure",
                          "proposal", "proposals", "plan", "plans", "bid", "appeal", "appeals", "ultimatum"})
"""Nouns whose infinitive is asked or planned, not done: "his call for allies to spend more"."""
_STOPPING = frozenset({"stop", "stops", "stopped", "cease", "ceases", "ceased", "quit", "refrain", "desist"})
_FORECASTING = frozenset({"expect", "expects", "expected", "predict", "predicts", "predicted", "forecast",
                          "forecasts", "anticipate", "anticipates", "anticipated", "project", "projects",
                          "projected"})
_HABITUAL = frozenset({"usual", "usually", "always", "routinely", "regularly", "often",
                       "traditionally", "habitually"})


_ASKING_THAT = frozenset(w for v in ("demand", "request", "urge", "ask", "propose", "suggest", "recommend",
                                      "require") for w in inflect(v))
"""Verbs whose "that" clause is what is asked for, not what was done."""


def _unreal(v: Token) -> tuple[bool, bool, set[str]]:
    """(modal or planned, negated, modal words) around verb ``v``."""
    modal, negated = False, False
    words: set[str] = set()
    t: Token | None = v
    via_conj = via_relcl = False
    participle = False  # "would not accept the deal, rebuffing Washington's calls": the rebuff is made
    if _past_beside_modal(v):
        t = v.head.head  # "said X would not change ... and accused Berlin": the speaker's own act
        via_conj = True
    for depth in range(5):
        if t is None:
            break
        for c in t.children:
            low = c.lower_
            if (c.dep_ == "neg" or low in ("never", "not", "n't")) and not participle and not (
                    depth and _not_hesitating(t)):  # "would not hesitate to take measures": taken
                negated = True
            if c.dep_ in ("aux", "auxpass") and low in _MODALS:
                modal = True
                words.add(low)
            if c.dep_ == "mark" and (low in _CONDITIONS or (low == "as" and t.head.lower_ == "long")):
                modal = True  # (and "as long as Minsk supported Russia's war": a condition)
                words.add(low)
            if not depth and (low in _HABITUAL or (low == "as" and any(
                    w.lower_ in _HABITUAL for w in c.children))):
                modal = True  # "as usual, we help Canada", "routinely criticises": a habit, no act
                words.add("habitually")
        if depth and t.lower_ in _PLANNING and not via_conj and not participle and not via_relcl:
            modal = True  # but "called the outcome a win and lashed out at Spain": two acts
            words.add(t.lower_)
        if t.dep_ == "ccomp" and t.head.lower_ in _PERMITTING:
            modal = True  # "pressed Brasilia to let Argentina negotiate": not done
            words.add(t.head.lower_)
        if t.dep_ == "ccomp" and t.head.lower_ in _ASKING_THAT and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            modal = True  # "demanded that Mexico scrap its tariffs": asked, not done
            words.add(t.head.lower_)
        if t.dep_ in ("xcomp", "dobj", "pcomp", "ccomp") and t.tag_ == "VBG" and t.head.lower_ in _RULE_OUT \
                and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.head.children):
            negated = True  # "ruled out imposing tariffs on American steel": an act excluded, not done
            words.add(t.head.lower_)
        if t.dep_ == "xcomp" and t.head.lower_ in _STOPPING:
            negated = True  # "told Beijing to stop threatening Taiwan": an act to end, not one done here
            words.add(t.head.lower_)
        if t.dep_ in ("ccomp", "xcomp") and t.head.lower_ in _FORECASTING:
            modal = True  # "economists expect Washington to raise tariffs": a forecast
            words.add(t.head.lower_)
        if t.dep_ in ("acl", "ccomp", "xcomp", "advcl") and t.head.lower_ in _ASKED_NOUNS:
            modal = True  # "Trump's call for NATO members to spend 5% of GDP": asked, not done
            words.add(t.head.lower_)
        # climb to the governing verb, but not out of a complement or subordinate clause, nor out of
        # a past act told as the occasion ("vowed to respond after Indian missiles struck ...")
        if t.dep_ not in _CLIMB or t.dep_ == "ccomp" or (t.dep_ in ("relcl", "advcl") and depth) \
                or _told_occasion(t) or (t.dep_ == "relcl" and t.tag_ == "VBD") or _what_called(t):
            # (a relative clause in the past tense tells its own act: "..., in a letter that blamed Ottawa";
            # so does "what she called the EU's aggression" under "would respond to")
            break
        via_conj = t.dep_ == "conj"
        via_relcl = t.dep_ == "relcl"  # "a move Ottawa called unjustified": the antecedent is no plan
        participle = participle or (t.dep_ == "advcl" and t.tag_ == "VBG")
        t = t.head
    return modal, negated, words


_OCCASIONS = frozenset({"after", "because", "since", "following"})


def _told_occasion(t: Token) -> bool:
    """A finite past clause with its own subject, hung on another verb by "after", "because" or
    "since": a fact, whatever the verb it explains is (planned, vowed, negated)."""
    return t.dep_ == "advcl" and t.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in _OCCASIONS for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _ancestor_conditional(v: Token) -> bool:
    t = v
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _money_for_actor(t: Token, lex: Lexicon, after: list[str], heads: dict[int, list[Mention]]) -> bool:
    """A verb of giving with a sum "for" a named actor: "pledged $2 billion for Ukraine"."""
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] or not words_money(after) or not _NOT_GIVEN.isdisjoint(after):
        return False
    subj, _ = _subject(t)
    own = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()

    def names_another(p: Token) -> bool:
        return any(m.code not in own for x in p.subtree for m in heads.get(x.i, ()))

    # "released $20 million from its central emergency fund for Sudan"
    holders = [c for c in t.children if c.dep_ in _DIRECT]
    holders += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    # "announced 150 million pounds of drones for Ukraine": what the sum buys
    holders += [g for c in holders if c.dep_ in _DIRECT for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    if any(p.dep_ == "prep" and p.lower_ == "for" and names_another(p) for c in holders for p in c.children):
        return True
    # "committed A$600 million to Papua New Guinea's police", "deposited $3 billion with Pakistan's
    # central bank", "extended a $20 billion swap line to Argentina"
    if any((p.dep_ == "prep" or _prep_as_dative(p)) and p.lower_ in ("to", "with") and names_another(p)
           and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
           for c in (t, *(c for c in t.children if c.dep_ in _DIRECT)) for p in c.children):
        return True
    # "gave Papua New Guinea A$600 million", "pledged 10 billion crowns to help Ukraine buy air defence"
    return any(c.dep_ == "dative" and heads.get(c.i) and names_another(c) for c in t.children) \
        or bool([c for c in _helped(t, heads) if c not in own])


_HELPING = frozenset({"help", "helps", "helping", "assist", "support", "enable", "allow", "pay", "fund",
                      "finance", "cover", "rebuild"})
"""Verbs of a purpose clause that name whom a sum helps: "pledged $60 million to pay the salaries of
Lebanese soldiers"."""


_AID_PURPOSES = frozenset({"supplies", "food", "medical", "medicine", "medicines", "humanitarian", "generators",
                           "repairs", "reconstruction", "relief", "shelter", "aid", "assistance", "demining",
                           "refugees", "grid", "heating", "water", "vaccines", "tents"})
"""What a sum given for something, not someone, is aid for: "C$30 million for food and medical supplies"."""
_FOLLOWING = frozenset(w for v in ("follow", "add", "match") for w in inflect(v))


def _more_aid(t: Token, heads: dict[int, list[Mention]], lex: Lexicon, aid: list[str] | None
              ) -> list[tuple[str, str]]:
    """A sum for relief that names no recipient, told beside or after another's aid, goes to the
    same recipient: "The UAE pledged US$100 million for Gaza, while Canada announced C$30 million
    for food and medical supplies", "Canada followed with C$220 million for generators"."""
    if aid is None or not t.tag_.startswith("VB") or t.dep_ in ("amod", "acl", "relcl"):
        return []
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] and t.lower_ not in _FOLLOWING:
        return []
    after = [w for w in t.subtree if w.i > t.i]
    words = {w.lower_ for w in after}
    if not words_money(list(words)) or _AID_PURPOSES.isdisjoint(words) or not _NOT_GIVEN.isdisjoint(words):
        return []
    modal, negated, _ = _unreal(t)
    if modal or negated:
        return []
    src = _subject_codes(t, heads) or []
    if not src or aid[1] in src or any(m.code not in src for w in after for m in heads.get(w.i, ())):
        return []  # a recipient named here is for the other rules
    return [(a, aid[1]) for a in src]


_PROCURING = frozenset(w for v in ("buy", "purchase", "procure", "acquire") for w in inflect(v))


def _helped(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Whom a purpose clause says a gift helps: "pledged 10 billion crowns to help Ukraine buy air
    defence", or buys for: "committed US$500 million to buy American weapons for Ukraine"."""
    purposes = [c for c in t.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    helped = _codes((m for c in purposes if c.lower_ in _HELPING
                     for o in c.children if o.dep_ in ("dobj", "nsubj", "ccomp")
                     for m in heads.get(o.i, ()) or _actors_under(o, heads, skip_preps=True)[:1]), acting=False)
    return helped + _codes((m for c in purposes if c.lower_ in _PROCURING
                            for h in (c, *(o for o in c.children if o.dep_ == "dobj")) for p in h.children
                            if p.dep_ == "prep" and p.lower_ == "for"
                            for m in _actors_under(p, heads, skip_preps=True)), acting=False)


_HANDING = frozenset({"handed", "hands", "hand", "handing", "donated", "donates", "donate", "donating",
                      "gifted", "gifts", "gift", "delivered", "delivers", "deliver", "delivering",
                      "supplied", "supplies", "supply", "supplying", "transferred", "transfers",
                      "transfer", "airlifted", "airlifts", "provide", "provides", "provided", "providing"})
_NOT_GIFTS = frozenset({
    "message", "messages", "letter", "letters", "note", "notes", "response", "reply", "proposal", "proposals",
    "memorandum", "memorandums", "memoranda", "memo", "draft", "plan", "plans", "text", "terms", "vision",
    "list", "statement", "invitation", "warning", "ultimatum", "demand", "demands", "request", "document",
    "documents", "credentials", "speech", "address", "remarks", "verdict", "blow", "rebuke", "power",
    "control", "command", "presidency", "chairmanship", "baton", "suspect", "suspects", "detainees",
    "prisoners", "bodies", "remains", "figures", "members", "fugitives", "nationals", "citizens", "migrants",
    "people", "individuals", "goods", "exports", "oil", "gas", "lng", "crude", "barrels", "cargo", "cargoes",
    "shipment", "shipments", "orders", "order", "tonnes", "tons", "details", "information", "data", "evidence",
    "assurances", "guarantees", "explanation", "update", "updates", "briefing", "answers", "clarification",
    "names", "access", "platform", "venue", "opportunity", "framework"})


def _handed_to(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Actors other than the subject's that ``t`` hands something "to"."""
    subj, passive = _subject(t)
    if passive:
        return []
    own = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()
    holders = (t, *(c for c in t.children if c.dep_ == "dobj"))  # the parser hangs "to" on either
    return [m.code for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children for m in _actors_under(p, heads, skip_preps=True) if m.code not in own]


def _handed_to_another(t: Token, heads: dict[int, list[Mention]]) -> bool:
    """Equipment or supplies handed, donated or delivered to another state: aid, whatever the
    object is called ("handed over three destroyer escorts to the Philippine navy"); never a
    message, a demand, power or people handed over, nor goods delivered under trade."""
    if t.lower_ not in _HANDING and t.lower_ not in _SENDING:
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _NOT_GIFTS or heads.get(obj.i):
        return False
    if t.lower_ in _SENDING and _AID_CARGO.isdisjoint(w.lower_ for w in obj.subtree):
        return False  # "sent troops", "sent a letter", "shipped 25,000 cars": not a gift of arms or relief
    if t.lower_ in _SENDING and any(w.lower_ in SERVICE_MEMBERS for w in obj.subtree):
        return False  # "sent 200 soldiers and two F-35 jets to Greenland": a deployment, its jets with it
    return bool(_handed_to(t, heads))


_SENDING = frozenset({"sent", "sends", "send", "sending", "shipped", "ships", "ship", "shipping", "rushed",
                      "rushes", "rush", "rushing"})
_AID_CARGO = frozenset({"tanks", "howitzers", "missiles", "munitions", "ammunition", "shells", "weapons", "arms",
                        "rifles", "interceptors", "armoured", "armored", "military", "humanitarian", "medical",
                        "relief", "aid", "air-defence", "air-defense", "patriot", "fighter", "jets", "battery",
                        "batteries", "thaad", "himars", "artillery", "drones", "interceptor", "rescue",
                        "emergency", "supplies", "food", "medicine", "medicines", "tents", "vaccines"})
"""What is sent as aid ("sent 25 armoured vehicles to Ukraine", "shipped medical supplies to Gaza"), not
troops, envoys, letters or goods sold."""


_TRADE_FLOWS = frozenset({"imports", "exports", "purchases", "sales", "revenues", "revenue", "trade",
                          "payments", "receipts"})
_GOODS = frozenset({"goods", "products", "shipments", "cargo", "cargoes", "oil", "gas", "steel", "cars",
                    "vehicles", "crude", "grain", "lumber", "merchandise"})
"""What is shipped, not who travels: "Canadian goods go to the United States"."""
def _shipped(subj: Token | None) -> bool:
    """The subject is goods or a trade flow (or a share of one): "12% of Brazilian exports"."""
    if subj is None:
        return False
    words = {subj.lower_} | {p.lower_ for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"}
    return not words.isdisjoint(_TRADE_FLOWS | _GOODS)


_NOT_GIVEN = frozenset({"worth", "valued", "value", "reward", "bounty", "tonnes", "tons", "barrels", "goods",
                        "exports", "imports", "merchandise"})
"""A sum that is what goods are worth or a reward, not money given: "shipped 600,000 tonnes to the EU,
worth C$1.1 billion", "offers a reward of $50 million for information"."""
_NOT_RECIPIENTS = frozenset({"%", "per", "percent", "cent", "tariff", "tariffs", "duties", "goods",
                             "exports", "imports", "products"})


_DEFENCE_WORDS = frozenset({"defence", "defense", "military", "surveillance", "ammunition",
                            "armed", "navy", "army", "submarines", "frigates", "jets", "drones"})


def _money_for_defence(t: Token, lex: Lexicon, after: list[str], heads: dict[int, list[Mention]]
                       ) -> bool:
    """A verb of giving with a sum for the actor's own defence and no other actor named."""
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] or not words_money(after) or not _DEFENCE_WORDS & set(after):
        return False
    subj, _ = _subject(t)
    own = {x.i for x in subj.subtree} if subj is not None else set()
    return not any(heads.get(w.i) for w in t.subtree if w.i not in own)


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


def structured_events(doc: Document, decided: list[Event] | None = None) -> list[Event]:
    """Events read from the dependency parse of the sentences that may hold one."""
    return structured_events_many([doc], [decided or []])[0]


_REACH = 3
"""How many sentences back a reaction ("welcomed the move") may find the act it answers."""


def _before(i: int, reach: int = _REACH) -> range:
    return range(i - 1, i - 1 - reach, -1)


def _told_before(said: dict[int, list[list[str]]], queued: set[tuple[int, int]], k: int, i: int,
                 reach: int = _REACH) -> bool:
    """Whether one of the few sentences before sentence ``i`` of article ``k`` holds an event, read by
    the phrase rules or queued for the parse: what a reaction there may answer."""
    return any(j in said or (k, j) in queued for j in _before(i, reach))


def structured_events_many(docs: list[Document], decided: list[list[Event]] | None = None
                           ) -> list[list[Event]]:
    """:func:`structured_events` of several articles, their sentences parsed in one batch
    (the parser is about half as fast on one article's few sentences at a time).

    ``decided`` are the fast path's events of each article: the sentences they come
    from are not parsed again (the fast path decides where it matched), and their
    meetings and agreements tell whom "the two leaders" are.
    """
    lex = lexicon()
    todo = []
    known: list[dict[int, list[str]]] = []  # sentence -> parties of its meeting or agreement
    all_acts: list[dict[int, list[list[str]]]] = []  # sentence -> source, target, type of each act
    all_said: list[dict[int, list[list[str]]]] = []  # the same of each event of any kind
    decided_types: list[dict[int, set[str]]] = []
    queued: set[tuple[int, int]] = set()
    for k, doc in enumerate(docs):
        done = _by_sentence(doc, decided[k] if decided else [])
        mutual = {i: [e for e in es if e.type in RECIPROCAL_TYPES] for i, es in done.items()}
        known.append({i: [es[-1].source, es[-1].target or ""] for i, es in mutual.items() if es})
        all_acts.append({i: _acts(es) for i, es in done.items() if _acts(es)})
        all_said.append({i: _acts(es, said=True) for i, es in done.items() if _acts(es, said=True)})
        have = {i: {e.type for e in es} for i, es in done.items()}
        decided_types.append(have)
        for i, s in enumerate(doc.sentences):
            ms = doc.mentions_between(s.start, s.end)
            words = _WORDS.findall(doc.lower, s.start, s.end)
            placed = any(m.kind in ("capital", "body") and m.prep in ("in", "at") for m in ms)
            hosted = any(m.kind in ("capital", "body") and m.prep == "to" for m in ms) \
                and not _WELCOMING.isdisjoint(words)  # "welcomed the crown prince to the White House"
            if i in done and not _another_type(lex, words, have.get(i, set()), placed, hosted):
                continue  # the fast path decided; no word here starts an act of another type
            parties = "the two" in doc.lower[s.start:s.end] or (not _PARTIES.isdisjoint(words) and (
                not {"two", "both"}.isdisjoint(words) or "the leaders" in doc.lower[s.start:s.end])
            ) or ("they" in words and not _JOINT.isdisjoint(words))
            # an event joins two actors of one sentence; only MOBILIZE has no target
            # "X welcomed the move": one actor judging the act of the sentence before
            judged = bool(ms) and (not _REACTING.isdisjoint(words) or not _DISPLEASED.isdisjoint(words) or not (
                (_CHARGING.isdisjoint(words) and _JUDGING_AS.isdisjoint(words))
                or blame_words().isdisjoint(words))) and not (
                ACTS_JUDGED.isdisjoint(words) and _RESPONSES.isdisjoint(words)
                and _REFUSING.isdisjoint(words) and ("it" not in words or _DESCRIBE.isdisjoint(words))
            ) and (_told_before(all_said[k], queued, k, i) or _lone_act(doc, i) is not None)
            # "Takaichi said she would not withdraw the comments": a refusal of a demand told before
            refusal = bool(ms) and _gives_way_refused(words) and _told_before(all_said[k], queued, k, i, 2 * _REACH)
            # "would take all actions necessary": a threat answering an act told before
            answering = bool(ms) and not _STEPS.isdisjoint(words) and not _RESOLVE_WORDS.isdisjoint(words) \
                and _told_before(all_said[k], queued, k, i)
            # "Canada followed with C$220 million for generators": more aid for the recipient just named
            more_aid = bool(ms) and words_money(words) and not _AID_PURPOSES.isdisjoint(words) and any(
                (k, j) in queued or any(a[2] == "AID" for a in all_acts[k].get(j, [])) for j in _before(i))
            # "more penalties could follow", "demanded his immediate release": the act told just before
            follow_up = bool(ms) and ((not _MORE.isdisjoint(words) and not _HARMS.isdisjoint(words))
                                      or (not _RELEASE.isdisjoint(words) and not _DEMANDING.isdisjoint(words))) \
                and _told_before(all_said[k], queued, k, i)
            joined = not _JOIN_VERBS.isdisjoint(words)
            joining = joined and not _MEETING_NOUNS.isdisjoint(words)
            returning = doc.lower.find("in return", s.start, s.end) >= 0  # "In return, Canada agreed to ..."
            if not parties and not judged and not refusal and not more_aid and not answering and not follow_up \
                    and len({m.code for m in ms}) < 2 and (
                    not ms or _MOBILIZING.isdisjoint(words)) and not ((joining or returning) and ms):
                continue
            if lex.may_hold_event(words) or not _OBLIGATION.isdisjoint(words) \
                    or (words_money(words) and not lex.object_verbs.isdisjoint(words)) \
                    or _HAVING_TO_RE.search(doc.lower, s.start, s.end) or not _CLOSABLE.isdisjoint(words) \
                    or not _WANTING_OF.isdisjoint(words) or "targets" in words \
                    or not _HOSTING.isdisjoint(words) or not _FACE.isdisjoint(words) or judged \
                    or not _HANDING.isdisjoint(words) or not _TRAINING.isdisjoint(words) \
                    or (not _SENDING.isdisjoint(words) and not _AID_CARGO.isdisjoint(words)) \
                    or (not _ACCEPTING.isdisjoint(words) and not (_PROPOSALS.isdisjoint(words)
                                                                  and _TRUCES.isdisjoint(words))) \
                    or (not _CHARGING.isdisjoint(words) and not (_WRONGDOING.isdisjoint(words)
                                                                 and blame_words().isdisjoint(words)
                                                                 and not _blame_adverb(words))) \
                    or not _GIVING_WAY_ONLY.isdisjoint(words) or "airspace" in words \
                    or _gives_way_refused(words) or refusal or more_aid or answering or follow_up \
                    or _response_promised(words) \
                    or (not _LEADING.isdisjoint(words) and not (_MARCHES.isdisjoint(words)
                                                                and {"embassy", "consulate"}.isdisjoint(words))) \
                    or (joined and not (_MEETING_NOUNS.isdisjoint(words)
                                                                   and _REMOTE.isdisjoint(words))) \
                    or (not _STEPS.isdisjoint(words) and not {"if", "unless"}.isdisjoint(words)) \
                    or (not _ADDRESSING.isdisjoint(words) and not _MEETING_NOUNS.isdisjoint(words)) \
                    or (not _DISPLEASED.isdisjoint(words) and not _CAUSE_PREPS.isdisjoint(words)) \
                    or not _TOGETHER.isdisjoint(words) or returning or not _STRIKING.isdisjoint(words) \
                    or _SAID_NO.search(doc.lower, s.start, s.end) \
                    or not (_MOVING.isdisjoint(words) or _ARMS.isdisjoint(words)) \
                    or ("not" in words and not {"decided", "decide"}.isdisjoint(words)):
                todo.append((k, i, s, ms))
                queued.add((k, i))
    out: list[list[Event]] = [[] for _ in docs]
    if not todo:
        return out
    from diversify.news.parser import parse_sentences

    texts = [_for_the_parser(_without_dateline(docs[k].norm, s.start, s.end)) for k, _, s, _ in todo]
    for (k, i, s, ms), parsed in zip(todo, parse_sentences(texts), strict=True):
        earlier = [j for j in all_said[k] if j < i]
        last, last_any = _latest(known[k], i), (all_said[k][max(earlier)][-1][:2] if earlier else [])
        codes = {m.code for m in ms if not m.weak}
        named = _named_act(docs[k], s.start, s.end, all_acts[k], i, codes)
        prior = (named or (None if named is not None else _latest_within(all_acts[k], i, codes))
                 or _lone_act(docs[k], i),
                 _pressed_on(ms, all_said[k], i) or _latest_within(all_said[k], i))
        here = all_acts[k][i][-1] if i in all_acts[k] else None
        unanswered: list[bool] = []
        found = list(_sentence_events(docs[k], s.start, s.end, parsed, ms, lex, last, last_any, prior,
                                      here, unanswered))
        if here is None and unanswered and _last_act(found):
            # an act the parse read here may be what a complaint or refusal answers
            seen = set(found)
            found += [e for e in _sentence_events(docs[k], s.start, s.end, parsed, ms, lex, last,
                                                  last_any, prior, _last_act(found)) if e not in seen]
        found = [e for e in found if e.type not in decided_types[k].get(i, ())]
        out[k].extend(found)
        recent = [e for e in found if e.type in RECIPROCAL_TYPES]
        if recent:
            known[k][i] = [recent[-1].source, recent[-1].target or ""]
        if _acts(found):
            all_acts[k][i] = all_acts[k].get(i, []) + _acts(found)
        if _acts(found, said=True):
            all_said[k][i] = all_said[k].get(i, []) + _acts(found, said=True)
    return out


_VERBAL = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})
"""Reactions in words: "the move" a later reaction names is an act, not one of these."""


def _acts(events: list[Event], said: bool = False) -> list[list[str]]:
    """Source, target and type of each act (of each event of any kind if ``said``) with a target."""
    return [[e.source, e.target or "", e.type] for e in events if e.target and (said or e.type not in _VERBAL)]


def _last_act(events: list[Event], said: bool = False) -> list[str]:
    acts = _acts(events, said)
    return acts[-1] if acts else []


def _latest_within(acts: dict[int, list[list[str]]], i: int, codes: Collection[str] = ()) -> list[str] | None:
    """The latest act of the few sentences before ``i`` aimed at one of ``codes`` (the actors of
    sentence ``i``), else the last act of the nearest sentence that has one: "... tariffs on Chinese
    cars. It also hits imports from South Korea. China said the decision harms Chinese interests"
    answers the act on China."""
    return _nearest_act(acts, i, _REACH, lambda a: a[1] in codes) or _nearest_act(acts, i, _REACH, lambda a: True)


def _nearest_act(acts: dict[int, list[list[str]]], i: int, reach: int,
                 keep: Callable[[list[str]], bool]) -> list[str] | None:
    """The last act ``keep`` accepts in the nearest of the ``reach`` sentences before ``i`` that has one."""
    for j in _before(i, reach):
        found = [a for a in acts.get(j, []) if keep(a)]
        if found:
            return found[-1]
    return None


_PRESSING = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION"})


def _pressed_on(ms: list[Mention], said: dict[int, list[list[str]]], i: int) -> list[str] | None:
    """The latest demand, accusation, threat or measure of the sentences before aimed at an actor this
    sentence names ("Beijing demanded that Takaichi retract her remarks. ... Takaichi refused to retract
    them"): what a refusal or a response here answers; ``None`` if there is none."""
    codes = {m.code for m in ms if not m.weak}
    return _nearest_act(said, i, 2 * _REACH, lambda a: a[1] in codes and a[0] not in codes and a[2] in _PRESSING)


_ACT_FAMILIES = {
    "ASSAULT": frozenset({"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                          "shelling", "bombing", "bombardment", "incursion", "incursions", "barrage"}),
    "COERCE": frozenset({"seizure", "detention", "arrest", "arrests", "boarding", "expulsion", "expulsions"}),
    "SANCTION": frozenset({"tariffs", "tariff", "duties", "duty", "levies", "levy", "sanctions", "ban", "embargo",
                           "restrictions", "surcharge", "curbs", "countermeasures", "counter-tariffs"}),
    "RETREAT": frozenset({"de-escalation", "reprieve", "relief", "pause", "exemption", "rollback", "suspension"}),
    "AGREE": frozenset({"deal", "agreement", "accord", "pact"}),
}
"""Nouns that name an act of one kind: "condemned the water cannon attack" judges the last attack told."""
_NAMED_ACT = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(
    sorted({w for ws in _ACT_FAMILIES.values() for w in ws} | ACTS_JUDGED, key=len, reverse=True)) + r")\b")


_LONE_ACT = re.compile(r"\b(?:seized|seizes|detained|detains|arrested|arrests|launched|launches|fired|fires|"
                       r"tested|tests|struck|strikes|attacked|attacks|expelled|expels|closed|closes|banned|bans|"
                       r"boarded|boards|shot down|intercepted|intercepts|sentenced|sentences|executed|raided|raids|"
                       r"blocked|blocks|halted|halts|suspended|suspends|annexed|annexes|jailed|jails)\b")
"""Acts told with no one named as their target ("Iran seized a tanker in the Strait of Hormuz"): what
a later reaction ("condemned the seizure") may judge."""


def _lone_act(doc: Document, i: int) -> list[str] | None:
    """The author of an act told in one of the two sentences before ``i`` with no other actor named:
    "Iran seized a tanker on Thursday. The Fifth Fleet condemned the seizure" judges Iran."""
    for j in _before(i, 2):
        if j < 0:
            break
        s = doc.sentences[j]
        ms = [m for m in doc.mentions_between(s.start, s.end) if not m.weak]
        if not ms or len({m.code for m in ms}) != 1 or ms[0].prep is not None:
            continue
        act = _LONE_ACT.search(doc.lower, ms[0].end, s.end)
        if act is not None and act.start() - ms[0].end < 40:
            return [ms[0].code, "", "ACT"]
    return None


def _named_act(doc: Document, start: int, end: int, acts: dict[int, list[list[str]]], i: int,
               codes: Collection[str] = ()) -> list[str] | None:
    """The latest act of the kind a sentence names with "the" ("the seizure", "the water cannon attack")
    among the few sentences before, when the sentence names one (empty if none was read); ``None`` when
    it names no kind (then the latest act of any kind is meant)."""
    m = _NAMED_ACT.search(doc.lower, start, end)  # the first act the sentence names: "the move" names none
    kind = next((t for t, ws in _ACT_FAMILIES.items() if m.group(1) in ws), None) if m else None
    if kind is not None and m is not None:
        # "Petro, a critic of the boat strikes, called the decision an attack": when no act of the first
        # kind named was read, a later "decision" or "move" names the act meant
        later = next((x for x in _NAMED_ACT.finditer(doc.lower, m.end(), end) if x.group(1) in _DECISION_NOUNS),
                     None)
        kinds0 = {"ASSAULT", "COERCE"} if kind in ("ASSAULT", "COERCE") else {kind}  # force's kinds go together
        if later is not None and _nearest_act(acts, i, 2 * _REACH, lambda a: a[2] in kinds0) is None:
            m, kind = later, None
    if kind is None and m is not None and m.group(1) in _DECISION_NOUNS:
        # "hailed the decision": a decision is no meeting, whichever meeting was told last
        return _nearest_act(acts, i, _REACH, lambda a: a[2] != "CONSULT" and a[1] in codes) or _nearest_act(
            acts, i, _REACH, lambda a: a[2] != "CONSULT")
    if kind is None:
        return None
    kinds = {kind, "COERCE"} if kind == "ASSAULT" else {kind, "ASSAULT"} if kind == "COERCE" else {kind}
    # a kind named reaches further back than "the move"; one aimed at this sentence's actors first; if
    # an act of that kind is named but none was read, not the latest act of another kind ([])
    return _nearest_act(acts, i, 2 * _REACH, lambda a: a[2] in kinds and a[1] in codes) or _nearest_act(
        acts, i, 2 * _REACH, lambda a: a[2] in kinds) or []


_AMBIGUOUS_NAMES = re.compile(r"\bTrump\b")


_MISREAD_NOUNS = re.compile(r"\b([Aa])sset freezes\b")


def _for_the_parser(text: str) -> str:
    """The sentence as the parser reads it: a name the small English model takes for a common word
    ("Trump froze negotiations with Canada" parsed as the imperative "trump", "froze" as an
    adjective) is given as another name of the same length, and "asset freezes", which it reads as
    a verb ("lifting asset freezes on Syrian banks"), as a measure of the same length ("asset
    embargo"), so no offset changes."""
    return _MISREAD_NOUNS.sub(lambda m: m.group(1) + "sset embargo", _AMBIGUOUS_NAMES.sub("Biden", text))


def _without_dateline(norm: str, start: int, end: int) -> str:
    """The sentence with an article's dateline ("LONDON (Guardian) —") blanked, so the parser does
    not take the place filed from for the subject; offsets do not change."""
    cut = dateline_end(norm) if start == 0 else 0
    return " " * cut + norm[start + cut:end] if cut and cut < end else norm[start:end]


def _latest(known: dict[int, list[str]], i: int) -> list[str]:
    earlier = [j for j in known if j < i]
    return known[max(earlier)] if earlier else []


def _by_sentence(doc: Document, events: list[Event]) -> dict[int, list[Event]]:
    """Sentence index -> the ``events`` whose evidence lies in it, in order."""
    out: dict[int, list[Event]] = {}
    for e in events:
        pos = doc.text.find(e.evidence)
        if pos >= 0 and doc.sentences:
            out.setdefault(doc.sentence_at(pos), []).append(e)
    return out


_NOUN_REREAD = frozenset({"ASSAULT", "THREATEN", "ACCUSE", "REQUEST", "REJECT", "MOBILIZE"})
"""Types whose nouns alone send a sentence the phrase rules read back to the parse."""


def _phrasal_in(lemma: str, verbs: frozenset[str], words: list[str]) -> bool:
    """A phrasal verb of the list with its particle in the sentence ("called off")."""
    return " " in lemma and lemma in verbs and lemma.split(" ")[1] in words


_ENDINGS = frozenset({"halt", "end", "cancellation"})
"""Besides the easing nouns, what ends a measure: "ordered a halt to most American sanctions"."""
_OWN_OBJECTIONS = frozenset({"objection", "objections", "veto", "opposition", "reservations", "hold", "block"})
"""What one drops to let another's plan pass: "lifted his objection", "dropped its veto"."""
_OPPOSING = frozenset({"opposes", "opposed", "oppose", "opposing"})
_RECOGNISING = frozenset({"recognised", "recognized", "recognises", "recognizes", "recognise", "recognize"})


def _response_promised(words: Collection[str]) -> bool:
    """A response promised ("would respond", "will answer", "vowed revenge", "reserves the right to
    respond"): worth a parse for the threat."""
    return (not _RESPONSES.isdisjoint(words) and not {"will", "would"}.isdisjoint(words)) or (
        not _VOWING.isdisjoint(words) and not _RESPONSE_NOUNS.isdisjoint(words)) or (
        not _RESERVING.isdisjoint(words) and "right" in words and not _RESPONSES.isdisjoint(words))


def _another_type(lex: Lexicon, words: list[str], have: set[str], placed: bool = False,
                  hosted: bool = False) -> bool:
    """A word of the sentence starts an act of a type the fast path did not find there: "who
    signed the pact with X, said Canada stands with Y" holds an AGREE and a SUPPORT."""
    types = lex.reviewed_types
    if "REJECT" not in have and _gives_way_refused(words):
        return True  # "Canada could not accept the American demands, Carney said": a refusal beside the demand
    if "THREATEN" not in have and not (_VOWING.isdisjoint(words) or _RESPONSE_NOUNS.isdisjoint(words)):
        return True  # "promised an overwhelming response to the joint exercises ...": a threat beside them
    if "SANCTION" not in have and not _TALKS.isdisjoint(words) and any(
            lex.object_lemmas.get(w) in lex.objects["HALT_VERBS"] for w in words):
        return True  # "after Trump froze negotiations with Canada": a halt the phrase rules skip
    if "RETREAT" not in have and not lex.objects["SANCTION"].isdisjoint(words) and any(
            lex.object_lemmas.get(w, "").split(" ")[0] in lex.objects["RETREAT_VERBS"]
            or _phrasal_in(lex.object_lemmas.get(w, ""), lex.objects["RETREAT_VERBS"], words) for w in words):
        return True  # "reached a deal that cuts U.S. tariffs": an easing beside the agreement
    if "REQUEST" not in have and not _SAYING.isdisjoint(words) and (
            not _OBLIGATION.isdisjoint(words) or _HAVING_TO_RE.search(" ".join(words))):
        return True  # "met the allies, telling Belgium that it had to show a path": a demand too
    if "CONCEDE" not in have and not _GIVING_WAY_ONLY.isdisjoint(words):
        return True  # "caving to American demands, Copenhagen opened ...": the concession too
    if not _ENVOYS_HELD.isdisjoint(words) and not {"expelled", "ordered"}.isdisjoint(words) \
            and ("out" in words or "from" in words):
        return True  # "Two Estonian diplomats were ordered out of Moscow ...": the expulsion, whoever else acts
    if "REJECT" not in have and "despite" in words and not _DEFIED.isdisjoint(words):
        return True  # "imposed tariffs on Australian wine despite protests from Canberra": defied too
    if "CONCEDE" not in have and "as" in words and not _DEMANDING.isdisjoint(words):
        return True  # "raised its defence budget, as Trump had requested": the concession too
    if "CONCEDE" not in have and "pressure" in words and not {"under", "after"}.isdisjoint(words):
        return True  # "Under pressure from Washington, Seoul decided to ...": the concession beside the pressure
    if "CONCEDE" not in have and not _AVERTING.isdisjoint(words) and not _AVERTED.isdisjoint(words):
        return True  # "deployed soldiers to the border to stave off U.S. tariffs": the concession too
    if "CONCEDE" not in have and (not _CONCESSION_NOUNS.isdisjoint(words) or not _PLACATING.isdisjoint(words) or (
            not lex.objects["DETAINEES"].isdisjoint(words) and any(
                lex.object_lemmas.get(w, "").split(" ")[0] in lex.objects["RELEASE_VERBS"] for w in words))):
        return True  # "freed six detainees hours after Trump's envoy met Maduro": the release too
    if "CONSULT" not in have and hosted:
        return True  # "welcomed the crown prince to the White House and designated ...": the visit too
    if "CONSULT" not in have and not _SEALING.isdisjoint(words) and ("sidelines" in words or placed):
        return True  # "signed a framework in Abu Dhabi": the visit too
    if "MOBILIZE" not in have and not _DECISION_NOUNS.isdisjoint(words) and not _MOBILIZING.isdisjoint(words):
        return True  # "praised Denmark's decision to send 200 more troops to Estonia": the deployment too
    if "AID" not in have and not _TRAINING.isdisjoint(words):
        return True  # "trained the first Ukrainian squadron"
    if "REQUEST" not in have and not _AT_REQUEST.isdisjoint(words) and "at" in words:
        return True  # "lifted sanctions on Syria at the request of the Saudi crown prince": the request too
    if "ACCUSE" not in have and not _DESCRIBE.isdisjoint(words) and not blame_words().isdisjoint(words):
        return True  # "said Spain should be punished, calling Madrid's stance disloyal": the criticism too
    if "ACCUSE" not in have and not _OPPOSING.isdisjoint(words):
        return True  # "said it firmly opposes the measures and urged Mexico to ...": the criticism too
    if "SUPPORT" not in have and not _RECOGNISING.isdisjoint(words):
        return True  # "announced aid for Palestinians, weeks after Ottawa recognised the State of Palestine"
    if "THREATEN" not in have and _response_promised(words):
        return True  # "Canada will answer Washington's decision to double its tariffs": the threat too
    if any(lex.nouns.get(w) in _NOUN_REREAD and lex.nouns.get(w) not in have for w in words):
        # "condemned an Israeli airstrike on Damascus": the attack judged happened too; "answered
        # the controls with a threat of a 100% tariff, and Bessent accused Beijing": a threat too
        return True
    if any((ty := lex.object_type(lemma, words)) is not None and ty not in have
           for w in words if (lemma := lex.object_lemmas.get(w))):
        return True  # "lodged a protest with China after a Chinese ship fired a water cannon at ...": the force too
    return any(not types[w] <= have for w in words if w in types)


_CHARGES = frozenset({"allegations", "allegation", "accusations", "accusation", "charges", "charge", "claims", "claim",
                      "reports", "report"})
"""What one is accused of, refused when dismissed: "dismissed the allegations as baseless"."""
_ENVOYS = frozenset({"ambassador", "envoy", "commissioner"})
_APPOINTING = frozenset({"appointed", "appoints", "appoint", "appointing", "named", "names",
                         "nominated", "nominates", "restored", "restores", "reinstated",
                         "reinstates", "sent", "sends", "accredited"})
_DERIDING = frozenset({"dismissed", "dismisses", "dismissing", "mocked", "mocks", "mocking", "ridiculed",
                       "ridicules", "derided", "derides", "deriding", "scorned", "portrayed", "portrays",
                       "painted", "paints", "cast", "casts", "characterised", "characterized"})
_DESCRIBE = frozenset({"described", "describes", "describe", "describing", "called", "calls", "call",
                       "calling", "labelled", "labeled", "branded", "termed", "dubbed", "deemed", "cited",
                       "cites", "cite", "citing"})
_CHANGES = frozenset({"increase", "increases", "hike", "hikes", "rise", "jump", "doubling", "tripling",
                      "expansion", "escalation", "change", "changes", "cut", "cuts"})
"""Nouns of a change in something: "the increase in U.S. duties" is the duties' author's act."""
_BUYING = frozenset({"buy", "purchase", "acquire", "procure"})
_EASING = ("remov", "lift", "suspend", "scrap", "drop", "paus", "reduc", "lower", "eased", "eases",
           "halt", "rescind", "withdr", "waiv", "repeal", "replac", "roll", "cut", "slash", "trim",
           "exempt")
"""Verbs that ease the measure their object or subject names (prefixes of their forms)."""
_ANNOUNCING = frozenset({"announced", "announces", "announce", "confirmed", "confirms", "confirm"})


def _planned_between(t: Token, anchor: Token) -> bool:
    """A word of readiness or planning between an event noun and its verb ("open to talks")."""
    cur = t.head
    for _ in range(6):
        if cur.i == anchor.i or cur.head.i == cur.i:
            return False
        if cur.lower_ in _PLANNING or cur.lower_ in _NOT_YET:
            return True
        cur = cur.head
    return False


def _appointment(t: Token) -> Token | None:
    """The verb that appoints the envoy ``t`` names: "appointed as India's next high
    commissioner", "announced that X will be the country's new ambassador"; ``None`` for a
    title ("the US ambassador said")."""
    gov = _clause_verb(t)
    if gov is None:
        return None
    if gov.lower_ in _APPOINTING:
        return gov
    if gov.lower_ in ("be", "is", "was", "becomes", "become") and t.dep_ == "attr" \
            and gov.dep_ == "ccomp" and gov.head.lower_ in _ANNOUNCING:
        return gov.head
    return None


def _described(t: Token) -> str | None:
    """"described Mexico's proposals as positive" (SUPPORT), "called the tariffs a direct attack"
    (ACCUSE): the words that describe decide; neither gives no event."""
    words = {w.lower_ for c in t.children if c.dep_ in ("oprd", "prep", "xcomp", "ccomp", "attr",
                                                           "acomp", "dobj") for w in c.subtree}
    words = {w.strip("\"'") for w in words}
    if words & blame_words():
        return "ACCUSE"
    if words & praise_words():
        return "SUPPORT"
    return None


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _sentence_events(doc: Document, start: int, end: int, sent: Doc, ms: list[Mention],
                     lex: Lexicon, last_pair: list[str], last_any: list[str] | None = None,
                     prior: tuple[list[str] | None, list[str] | None] = (None, None),
                     here: list[str] | None = None, unanswered: list[bool] | None = None
                     ) -> Iterable[Event]:
    """Events of one parsed sentence; ``here`` the source, target and type of the act the phrase
    rules read in this sentence; ``last_pair`` are the parties of the article's latest
    meeting or agreement, to which "the two leaders" and "both sides" refer as actors;
    ``last_any`` the parties of its latest event of any kind, to which "both governments"
    refers as a target ("urged both governments to exercise restraint"); ``prior`` the source
    and target of the latest act, and of the latest event of any kind, of the two sentences
    before: "the move" names the act, "the statement" the event."""
    heads = _mention_heads(sent, start, ms)
    views: list[SentenceView] = []

    def view() -> SentenceView:
        if not views:
            views.append(SentenceView(doc, start, end))
        return views[0]

    for t in sent:
        if t.lower_ in _DISPLEASED and t.tag_ in ("JJ", "VBN"):
            displeased = _displeasure(t, heads, prior)
            if displeased:  # "Ottawa was deeply disappointed by the decision": its author is criticised
                yield from _events(doc, start, end, t, "ACCUSE", displeased, view())
                continue
            if t.tag_ == "JJ":
                continue
        if t.tag_[:2] not in ("VB", "NN"):
            continue  # every rule below starts from a verb or a noun
        if t.tag_.startswith("VB") and _standing_since(t):
            continue  # "have jointly patrolled North American airspace since 1958": a standing state
        if t.lower_ in _CARRYING_OUT and any(c.lower_ in ("good", "through") and c.dep_ in (
                "oprd", "acomp", "prt", "advmod", "dobj") for c in t.children):
            continue  # "made good on its threat to impose duties": the act after it is what is read
        typ: str | None = None
        nominal = False
        rules = _CONSTRUCTIONS if t.tag_.startswith("VB") else _NOUN_CONSTRUCTIONS
        construction = next(((typ_, pairs) for typ_, rule in rules if (pairs := rule(t, heads))), None)
        if construction is not None:  # one of the self-contained constructions read this word
            if _construction_holds(construction[0], t):
                yield from _events(doc, start, end, t, construction[0], construction[1], view())
                pressed, blamed = _pressers(t, heads) if construction[0] == "CONCEDE" else ([], [])
                if pressed:  # "Kyiv yielded to U.S. pressure": the pressure is a demand too
                    yield from _events(doc, start, end, t, "REQUEST", pressed, view())
                if blamed:  # "yielding to complaints from Washington": the complaints criticised it
                    yield from _events(doc, start, end, t, "ACCUSE", blamed, view())
            continue
        again = _measure_hits_again(t, heads, here if here and here[2] == "SANCTION" else
                                    prior[0] if prior[0] and prior[0][2] == "SANCTION" else None)
        if again:  # "It also hits imports from South Korea": the measure told just before
            yield from _events(doc, start, end, t, "SANCTION", again, view())
            continue
        defied = _done_despite(t, heads)
        if defied:  # "will press ahead with exploration despite objections from China": a refusal too
            yield from _events(doc, start, end, t, "REJECT", defied, view())
        spoke = _addressed_in_a_meeting(t, heads)
        if spoke:  # "asked Rubio in a phone call to release the workers": they spoke, and he asked
            yield from _events(doc, start, end, t, "CONSULT", spoke, view())
        complied = _done_after_demand(t, heads)
        if complied:  # "Israel allowed aid trucks into Gaza after Witkoff demanded that it ...": a concession too
            yield from _events(doc, start, end, t, "CONCEDE", complied, view())
        granted = _granted_in_apposition(t, heads) or _demanded_thing_granted(t, heads) or _done_as_demanded(t, heads)
        if granted:  # "..., a step Washington had demanded": a concession, and the demand it grants
            yield from _events(doc, start, end, t, "CONCEDE", granted, view())
            yield from _events(doc, start, end, t, "REQUEST", [(b, a) for a, b in granted], view())
            continue
        followed = _more_warned(t, heads, prior) or _release_demanded(t, heads, prior)
        if followed:  # "Trump told reporters that more penalties could follow", "Algiers demanded his release"
            yield from _events(doc, start, end, t, followed[0], followed[1], view())
            continue
        blamed = _said_blame(t, heads, prior)
        if blamed:  # "Ottawa said the tariff was unjustified": the tariff's author is blamed
            yield from _events(doc, start, end, t, "ACCUSE", blamed, view())
            continue
        demand = _demanded(t, heads) or _wanted(t, heads)
        if demand:  # "Ottawa said Washington must lift the tariffs", "Trump wants Canada to scrap": a demand
            yield from _events(doc, start, end, t, "REQUEST", demand, view())
            continue
        more = _more_aid(t, heads, lex, here if here and here[2] == "AID" else
                         prior[0] if prior[0] and prior[0][2] == "AID" else None)
        if more:  # "..., while Canada announced C$30 million for food and medical supplies": the same recipient
            yield from _events(doc, start, end, t, "AID", more, view())
            continue
        refused = _will_not_give_way(t, heads, prior[1])
        if refused:  # "Takaichi said she would not withdraw the comments": the demand refused
            yield from _events(doc, start, end, t, "REJECT", refused, view())
            continue
        if t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass"):
            verb = _verb_entry(lex, t)
            if verb is not None and _agreed_by(t) and lex.verb_type(verb, []) == "AGREE" \
                    and lex.noun_type(t.head.lower_) != "AGREE":
                # "the framework agreed by Trump and von der Leyen": whatever it is called
                parties = _codes((m for a in t.children if a.dep_ == "agent" for p in a.children
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=True)
                others = [c for c in _targets(t, "AGREE", heads, set()) if c not in parties]
                yield from _events(doc, start, end, t, "AGREE", _combine("AGREE", parties, others, []),
                                   view())
                continue
            if (verb is None and t.lower_ not in _FACE and t.lower_ not in _RESPONSES and not _every_right(t)) \
                    or t.dep_ in _ADJECTIVAL:
                continue
            subj, _passive = _subject(t)
            after = _words_after(t, subj)
            if t.dep_ in ("relcl", "acl"):
                after.append(t.head.lower_)  # "the tariffs the president imposed on Canada"
            if _passive and subj is not None and subj.lower_ in _FORCE_WORDS:
                after.append(subj.lower_)  # "two Indian army divisions were moved to Ladakh"
            typ = lex.verb_type(verb, after) if verb is not None else None
            if typ == "CONSULT" and t.lower_ in ("come", "comes", "came", "coming") and not any(
                    c.dep_ == "prep" and c.lower_ in ("to", "for") for c in t.children):
                typ = None  # "they come at a sensitive moment": a visit comes to a place or for talks
            if typ is None and _struck_a_country(t, subj, heads):
                typ = "ASSAULT"  # "India struck Pakistan on Wednesday" ("struck" alone is no act)
            if typ == "THREATEN" and t.lower_ in _WARNING_VERBS and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "REQUEST"  # "warning Brussels against further postponement": a caution, not a threat
            if typ == "AID" and words_money(after) and not _NOT_GIVEN.isdisjoint(after) \
                    and _AID_CARGO.isdisjoint(after) and not _AID_NOUNS & set(after):
                typ = None  # "shipped 555 billion euros of goods to the United States": trade, not aid
            if typ == "AID" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    p.dep_ == "pobj" and p.lower_ in _TRADE_FLOWS | _GOODS for p in c.children)
                    for c in (t, *(o for o in t.children if o.dep_ == "dobj")) for c in c.children):
                typ = "RETREAT"  # "extended the same relief to Canadian goods": tariff relief, not aid
            if typ == "RETREAT" and t.lower_.startswith("lift") and any(
                    p.dep_ == "prep" and p.lower_ == "to" and any(w.lower_ in ("%", "cent", "percent") for w in p.subtree)
                    for p in t.children):
                typ = "SANCTION"  # "lifted the combined levy on Canadian producers to 35.19 per cent": raised
            if typ == "SANCTION" and any(
                    c.dep_ == "dobj" and c.lower_ in _EASING_NOUNS | _ENDINGS
                    and not lex.objects["SANCTION"].isdisjoint(w.lower_ for w in c.subtree) for c in t.children):
                typ = "RETREAT"  # "ordered a halt to most American sanctions on Syria": eased
            if typ == "RETREAT" and any(c.dep_ == "dobj" and c.lower_ in _OWN_OBJECTIONS for c in t.children):
                typ = "CONCEDE"  # "Fico lifted his objection to the sanctions package": giving way
            if typ is None and (t.lower_ in _VOWING | _RESERVING or _every_right(t)) and _responds(t):
                typ = "THREATEN"  # "vowed to retaliate", "reserved the right to respond"
            if typ is None and t.lower_ in _RESPONSES and _will(t) and not any(c.dep_ == "neg" for c in t.children):
                typ = "THREATEN"  # "said Canada would respond to the American decision"
            if (typ in (None, "MOBILIZE") or (typ == "CONSULT" and t.lower_ in _SENDING)) \
                    and _handed_to_another(t, heads):
                typ = "AID"  # "handed over a patrol aircraft to the Sri Lankan navy"
            if (typ is None or (typ in ("RETREAT", "CONCEDE") and "frozen" not in after)) \
                    and _money_for_actor(t, lex, after, heads):
                typ = "AID"  # "the EU announced a further €2 billion for Ukraine's energy grid"
            elif typ in (None, "AID", "CONCEDE") and _money_for_defence(t, lex, after, heads):
                typ = "MOBILIZE"  # "announced an additional C$11 billion for Arctic surveillance"
            if typ == "AID" and any(c.dep_ == "dobj" and c.lower_ in _WORDS_SENT for c in t.children) \
                    and not _money_for_actor(t, lex, after, heads):
                continue  # "sent a message to Guterres, calling for assistance": words sent, no aid
            if verb is not None and verb.lemma in _APPROVING:
                # "approved the donation of six destroyer escorts to the Philippine navy": the act approved
                noun = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in lex.nouns), None)
                if noun is not None and lex.noun_type(noun.lower_) == "AID":
                    typ = "AID"  # "approved the donation of 40 armoured vehicles to the Ukrainian army"
                eased = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _EASING_NOUNS), None)
                if eased is not None and not lex.objects["SANCTION"].isdisjoint(w.lower_ for w in eased.subtree):
                    typ = "RETREAT"  # "approved the removal of duties on American lobster"
            if t.lower_ in _DESCRIBE and verb is not None and verb.lemma not in ("call on", "call for", "call up",
                                                                                 "call off"):
                typ = _described(t)
                if t.lower_.startswith("cit") and not any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
                    # "citing India's purchases of Russian oil": a reason given, no description; but "citing
                    # Iran's continued nuclear escalation": another's wrong named in words of blame
                    typ = "ACCUSE" if _wrong_cited(t, heads) else None
            elif t.lower_ in _DERIDING and any(c.dep_ == "dobj" and c.lower_ in _CHARGES for c in t.children):
                typ = "REJECT"  # "dismissed the allegations as completely baseless": the charge refused
            elif t.lower_ in _DERIDING and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
                typ = _described(t) or typ  # "dismissed the incidents as a staged provocation": blame
            elif t.lower_ in _JUDGING_AS and _described(t):
                typ = _described(t)  # "Russia considers the sanctions adopted by the EU illegitimate": blame
            if _annexing(t):
                typ = "THREATEN"  # an act only as a wish or a push (see _resolve)
            if typ == "SANCTION" and any(c.dep_ == "dobj" and any(
                    a.lower_ in ("lower", "reduced") and a.i < c.i for a in c.subtree) for c in t.children):
                continue  # "began applying a lower 15 percent tariff": an easing, read as such
            if typ in ("ASSAULT", "SANCTION") and _held_out(t):
                typ = "THREATEN"  # (a noun the parser read as a verb)
            if t.lower_ in _FACE:
                typ = _faced(t, after)
            if t.lower_ in _VOTING and any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "REJECT"  # "voted against the agreement": a refusal, not a complaint
            if verb is not None and (verb.lemma in ("hit back", "strike back", "fire back") or t.lower_.startswith(
                    "retaliat")) and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    w.lower_ in _ARMS or w.lower_ in _MILITARY for w in c.subtree) for c in t.children):
                typ = "ASSAULT"  # "its forces had hit back with artillery along the Line of Control": force
            if typ == "SANCTION" and any(w.lower_ in ("consulate", "embassy", "consulates", "embassies")
                                         for w in t.subtree) and any(w.lower_ == "leave" for w in t.sent):
                typ = "COERCE"  # "ordered the closure of Russia's consulate and told its staff to leave": expelled
            if verb is not None and verb.lemma == "call on" and typ == "REQUEST" and not any(
                    (w.dep_ == "aux" and w.lower_ == "to" and w.head.tag_.startswith("VB"))
                    or (w.dep_ == "prep" and w.lower_ == "for") for w in t.subtree):
                typ = "CONSULT"  # "also called on Prime Minister Narendra Modi": a courtesy call, no appeal
            if verb is not None and verb.lemma == "push back" and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "ACCUSE"  # "pushed back against the U.S. tariffs": resisted, not eased
            if typ in ("SANCTION", "THREATEN") and _put_off(t):
                typ = "RETREAT"  # "put off the tariff increase on Brazil": delayed, not imposed
            if typ in ("RETREAT", "CONCEDE") and t.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") and (
                    t.head.lower_ in _REFUSING_TO or (t.head.lower_ in _RULE_OUT and any(
                        c.dep_ == "prt" and c.lower_ == "out" for c in t.head.children))):
                continue  # "ruled out dropping the counter-tariffs": an easing refused (the phrase rules' REJECT)
            if (typ in ("MOBILIZE", "CONSULT") and t.tag_ in ("VBZ", "VBP") and _present_state(t)) or (
                    typ == "MOBILIZE" and _present_passive_state(t)):
                continue  # "28,500 U.S. troops are stationed in South Korea", "spends 4% of GDP on defence",
                # "Sidhu travels to Quito on Friday": a standing state or a schedule, not an act reported
            if typ == "MOBILIZE" and any(c.lower_ in ("out", "home", "away")
                                         and c.dep_ in ("prep", "advmod", "prt") for c in t.children):
                continue  # "ordered U.S. troops out of Syria", "sent the soldiers home": a withdrawal
            if typ is None and _necessary_measures(t) and (_will(t) or (t.dep_ == "xcomp" and (
                    t.head.lower_ in _VOWING or (t.head.lower_ in ("forced", "compelled", "obliged")
                                                 and _will(t.head))))):
                typ = "THREATEN"  # "China would take necessary measures": aimed at the act just suffered
            objects = [c for c in t.children if c.dep_ in _DIRECT and (heads.get(c.i) or _the_two(c) or (
                c.lower_ in ("counterpart", "counterparts") and _actors_under(c, heads, skip_preps=True)))]
            if t.lower_ in _TELLING and objects and any(c.dep_ == "xcomp" for c in t.children):
                typ = "REQUEST"  # "told Manila to stop its provocations"
            if t.lower_ in _RECEIVING and objects:
                typ = "CONSULT"  # "received Prime Minister Sharif" (not "received a ceremony")
            if t.lower_ in _TELLING | _BRIEFING and typ != "REQUEST" and any(
                    c.dep_ in _DIRECT and c.lower_ in ("counterpart", "counterparts")
                    and _actors_under(c, heads, skip_preps=True) for c in t.children):
                typ = "CONSULT"  # "told his Pakistani counterpart that ...": they spoke
            if t.lower_ in _WELCOMING and objects and _welcomed_to_a_place(t, heads):
                typ = "CONSULT"  # "welcomed Carney to the Elysee Palace": hosting, not praise
            if t.lower_ in _ACCEPTING and any(c.dep_ == "neg" for c in t.children) \
                    and not _PROPOSALS.isdisjoint(after) and not _told_by_analysts(t):
                refused = _refused_terms(t, heads)
                if refused:  # "Tokyo would not accept the U.S. demands": a refusal
                    yield from _events(doc, start, end, t, "REJECT", refused, view())
                    continue
            drawn = _criticism_drawn(t, heads)
            if drawn:  # "approved tariffs on Chinese cars, drawing a sharp rebuke from Beijing"
                yield from _events(doc, start, end, t, "ACCUSE", drawn, view())
            drawn = _criticism_drawn(t, heads, _PRAISE, _DRAWING | _WINNING)
            if drawn:  # "Canada's decision drew praise from Washington", "the move won plaudits from Brussels"
                yield from _events(doc, start, end, t, "SUPPORT", drawn, view())
            trained = _training_extended(t, heads)
            if trained:  # "extended Operation Interflex, its programme to train Ukrainian recruits": aid
                yield from _events(doc, start, end, t, "AID", trained, view())
                continue
            joined = _joined_meeting(t, heads, last_pair)
            if joined:  # "Meloni joined the talks by video link": she consulted each party of them
                yield from _events(doc, start, end, t, "CONSULT", joined, view())
                continue
            returned = _in_return(t, heads, last_pair, prior)
            if returned:  # "In return, Canada agreed to tighten checks on steel": giving way to the other side
                yield from _events(doc, start, end, t, "CONCEDE", returned, view())
            truce = _truce_accepted(t, heads, last_pair, prior)
            if truce:  # "Both governments accepted the truce": a ceasefire agreed
                yield from _events(doc, start, end, t, "AGREE", truce, view())
                continue
            offered = _offer_accepted(t, heads)
            if offered:  # "Frederiksen accepted an offer from Zelensky": accepting is agreeing
                yield from _events(doc, start, end, t, "AGREE", offered, view())
                continue
            trained = _trained_forces(t, heads)
            if trained:  # "French instructors trained the first Ukrainian squadron": aid
                yield from _events(doc, start, end, t, "AID", trained, view())
                continue
            granted = _yielded(t, heads)
            if granted:  # "bowing to Beijing's demand": a concession, and the demand it grants
                yield from _events(doc, start, end, t, "CONCEDE", granted, view())
                yield from _events(doc, start, end, t, "REQUEST", [(b, a) for a, b in granted], view())
                continue
            forced = _force_warned(t, heads) if not _told_by_analysts(t) else []
            if forced:  # "Tusk said Warsaw would shoot down Russian drones": a threat of force
                yield from _events(doc, start, end, t, "THREATEN", forced, view())
                continue
            if t.lower_ in _RESPONDING or t.lower_ in _ANSWERING or _delivers_a_response(t):
                warned = _conditional_response(t, heads) if not _told_by_analysts(t) else []
                if warned:  # "Russia would respond with measures if Finland allowed ...": a threat
                    yield from _events(doc, start, end, t, "THREATEN", warned, view())
                    continue
            ruled = next((c for c in t.children if c.dep_ == "xcomp" and c.lower_ in _RULE_OUT), None)
            if typ == "REJECT" and ruled is not None:
                # "refused to rule out the use of military force to take control of Greenland": a threat
                # against the one named in what is not ruled out (the phrase rules may have read it)
                own = _subject_codes(t, heads) or []
                named = [c for c in _codes((m for x in ruled.subtree for m in heads.get(x.i, ())),
                                           acting=False) if c not in own]
                if own and named and not _unreal(t)[1]:
                    yield from _events(doc, start, end, t, "THREATEN", [(a, named[0]) for a in own], view())
                continue
            if typ in ("ASSAULT", "COERCE") and not (_MILITARY & set(after) or t.lower_ in _MILITARY
                                                     or _armed_subject(subj) or _fights_back(t)) \
                    and not (typ == "COERCE" and verb is not None and lex.object_type(verb.lemma, after)) \
                    and not (typ == "ASSAULT" and _state_struck_a_place(t, subj, verb, after, heads)):
                continue  # force needs arms named: "bombers struck ...", not "tariffs hit ..."
            if typ == "ASSAULT" and (doc.in_quote(start + t.idx) or "hybrid" in after):
                continue  # a speaker's words ('"waging a hybrid war on Polish soil"'), not an attack
        elif t.tag_.startswith("NN") and t.lower_ in lex.nouns:
            typ = lex.noun_type(t.lower_)
            nominal = True
            if typ == "AID" and t.head.lower_ in _HALTING:
                continue  # "an executive order halting U.S. aid to South Africa": aid ended, the verb's act
            if typ == "AID" and ((t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_.startswith(
                    ("call", "ask", "appeal", "plead", "press", "push"))) or (
                    t.dep_ == "dobj" and t.head.lower_.startswith(("request", "seek", "sought", "want")))):
                continue  # "calling for assistance to end US hostility": aid asked for, not given
            if typ == "CONSULT" and t.lower_ in _TALKS and (
                    (t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lower_ in _BECOMING | {
                        "remains", "remain", "remained"})
                    or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in t.children)
                    and t.dep_ == "pobj"):
                continue  # "Ankara is also in talks with Qatar", "a priority in its negotiations with Washington"
            if typ in ("ASSAULT", "SANCTION") and _held_out(t):
                typ = "THREATEN"
            if t.lower_ in ("partnership", "roadmap") and not (t.dep_ == "dobj" and t.head.lower_ in _LIGHT):
                continue  # "Canada's economic partnership with Europe": a standing tie; "launched a roadmap": made
            if typ == "CONSULT" and t.lower_ in _TALKS and t.dep_ == "pobj" and t.head.lower_ == "of" \
                    and t.head.head.lower_ in CONCLUSIONS:
                typ = "AGREE"  # "announced the successful conclusion of free trade negotiations with Ecuador"
            if typ == "THREATEN" and t.dep_ == "pobj" and t.head.lower_ in ("on", "with") and (
                    t.head.head.lower_ in ("good", "through")
                    or any(w.lower_ in ("good", "through") for w in t.head.head.children)):
                continue  # "made good on his threat to slap a surcharge": carried out, the act itself is read
            if typ == "SUPPORT" and ((t.dep_ == "pobj" and t.head.lower_ in ("over", "about", "against")) or (
                    t.dep_ == "dobj" and t.head.lower_.startswith(CRITICISING))):
                continue  # "denounced Washington's support for Israel's war": the support criticised, no act told
        if typ is None:
            continue
        if typ == "AGREE" and not nominal and any(c.dep_ == "prep" and c.lower_ == "without" for x in (
                t, *(o for o in t.children if o.dep_ == "dobj")) for c in x.children):
            continue  # "concluded negotiations without a deal": none reached
        if not nominal and t.dep_ == "pcomp" and t.head.lower_ in ("without", "instead"):
            continue  # "met for three hours without reaching a deal": not done
        if typ == "CONSULT" and not nominal and t.lower_ in ("leave", "leaving", "depart") and (
                (t.dep_ in ("xcomp", "advcl") and t.head.lower_ in ("ordered", "orders", "told", "tells", "gave",
                                                                   "gives", "instructed", "asked"))
                or (t.tag_ == "VBG" and t.dep_ == "advcl")):
            continue  # "ordered a Russian diplomat to leave the country", "clashed, leaving two dead": no visit
        if typ == "CONSULT" and not nominal and (t.head.lower_ in _SHUNNING or (
                t.head.lower_ == "from" and t.head.head.lower_ in _SHUNNING)):
            continue  # "advised its citizens to avoid visiting Japan", "to refrain from travelling to": no visit
        if typ == "CONSULT" and not nominal and _armed_subject(_subject(t)[0]):
            continue  # "Chinese aircraft approached the island": no visit
        if typ == "CONSULT" and not nominal and _shipped(_subject(t)[0]):
            continue  # "About 12% of Brazilian exports go to the United States": trade, no visit
        if typ == "CONSULT" and not nominal and any(c.dep_ == "dobj" and (c.lower_ in _GOALS | _DEMAND_NOUNS or (
                c.lower_ == "one" and any(w.lower_ in _DEMAND_NOUNS for w in c.subtree))) for c in t.children):
            continue  # "to meet NATO's 2 per cent benchmark", "meeting one of Warsaw's demands": no meeting
        if typ == "CONSULT" and not nominal and any(
                c.dep_ == "dobj" and (c.lower_ in _FORCES or any(a.dep_ == "appos" and a.lower_ in _FORCES
                                                                for a in c.children)) for c in t.children):
            continue  # "has hosted American troops since the war", "hosts Al Udeid, the largest U.S. base"
        if nominal and typ in ("CONSULT", "AGREE") and t.dep_ == "pobj" and t.head.lower_ in ("from", "of") \
                and t.head.head.lower_ in _LEAVING:
            continue  # "walked away from its own SAFE negotiations with the EU": talks left, not held
        if nominal and typ in ("AGREE", "CONSULT") and t.dep_ == "pobj" and t.head.lower_ == "without":
            continue  # "concluded negotiations without a deal": none reached
        if nominal and typ == "CONSULT" and t.dep_ == "dobj" and t.head.lower_.startswith(
                ("conclud", "finalis", "finaliz", "complet")):
            continue  # "concluded negotiations on Ottawa's participation": an agreement, read at the verb
        if nominal and typ == "AGREE" and t.dep_ == "pobj" and t.head.lower_ in ("under", "within") and not any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _SEALED for c in t.children):
            continue  # "its commitments under the 2015 nuclear agreement": a standing arrangement
        if nominal and t.lower_ == "exchange" and t.dep_ == "pobj" and t.head.lower_ == "in":
            continue  # "in exchange for $550 billion": a trade-off, not a conversation
        if nominal and typ == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ == "for" \
                and (t.head.head.lower_.startswith(("request", "call", "ask", "push", "appeal", "bid", "recall",
                                                    "summon"))
                     or (t.head.head.dep_ == "pobj" and t.head.head.head.head.lower_.startswith(("recall", "summon")))):
            continue  # "filed a request for consultations with China", "recalled its envoy for consultations"
        if nominal and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _SPECULATION:
            continue  # "fears of a Chinese attack on Taiwan": feared, not done
        if nominal and typ == "SANCTION" and (any(c.dep_ == "amod" and c.lower_ in _LOWERED
                                                  for c in (*t.children, *(g for n in t.children if n.dep_ in (
                                                      "compound", "nummod") for g in n.subtree)))
                                              or _measure_undone(t)):
            continue  # "lower US duties on British cars", "the EU's sanctions package, which Hungary blocked"
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _EASING_NOUNS:
            continue  # "a reduction in the US tariff on Swiss watches": the measure eased, not imposed
        if nominal and typ == "SANCTION" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ in LEVEL_VERBS:
            continue  # "U.S. tariffs on Chinese goods had peaked at 145%": a level, no act
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _CONTESTING:
            continue  # "challenges of U.S. duties": the measure a complaint is about
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.lower_ == "over" and any(
                w.lower_ in _CONTESTING | {"consultations", "protest", "request"} for w in t.head.head.subtree
                if w.i < t.head.i):
            continue  # "lodged a request for consultations at the WTO over U.S. tariffs": the dispute's topic
        if typ in ("THREATEN", "SANCTION") and _withdrawn(t, lex):
            continue  # "backed down on his tariff threat", "would hold off on raising tariffs"
        if nominal and typ in ("COOPERATE", "MOBILIZE") and t.dep_ == "pobj" and t.head.lower_ == "to" \
                and t.head.head.lower_.startswith(_COMMITTING):
            continue  # "signed an arrangement, committing to joint surveillance patrols": promised, not done
        if nominal and typ == "COOPERATE" and not any(c.lower_ in ("joint", "combined")
                                                      for c in t.children):
            continue  # only joint exercises, drills, patrols are joint action
        if nominal and typ == "ASSAULT" and not _armed_noun(doc, start, t, heads):
            continue  # "a direct attack on Canadian workers", "a rail strike": words or labour
        if nominal and typ == "MOBILIZE" and not _MOBILIZING & {w.lower_ for w in t.subtree}:
            continue  # "an extension of the deadline" mobilises nothing
        envoy_named: Token | None = None
        if nominal and t.lower_ in _ENVOYS:
            envoy_named = _appointment(t)
            if envoy_named is None:
                continue  # "the US ambassador to Canada said": a title, not an appointment
        if typ == "SUPPORT" and not (not nominal and t.lower_ in PRAISING):
            # not the words of another clause joined by "and" ("..., and the EU announced €2 billion");
            # not praise of another's money ("praised Canada's commitment to allocate $500 million")
            near = set(_own_words(t)) | (set(_own_words(t.head)) if nominal else set())
            if words_money(near) or (nominal and near & _AID_WORDS) or (not nominal and any(
                    c.dep_ == "dobj" and c.lower_ in _AID_NOUNS and any(a.lower_ in _AID_WORDS for a in c.children)
                    for c in t.children)):
                typ = "AID"  # "$4.3 billion in new support for Ukraine", "pledged new financial support": aid
        if typ == "PROTEST" and not nominal and any(
                c.dep_ == "prep" and c.lower_ in ("to", "with") and any(heads.get(p.i) for p in c.children)
                for c in t.children):
            typ = "ACCUSE"  # "Tokyo protested to Beijing over the intrusion": a formal complaint
        if typ == "PROTEST":
            continue  # government boycotts are SANCTION; street protests need their own actors
        if not nominal and t.lower_ in _FACE:
            pairs = _pairs_faced(t, heads)
        else:
            pairs = _pairs_noun(t, typ, heads) if nominal else _pairs_verb(t, typ, heads, last_pair,
                                                                             last_any, prior, here)
        if not pairs and typ == "RETREAT" and not nominal:
            yielded_to = _own_measure_dropped_for(t, heads)
            if yielded_to:  # "rescinded its digital services tax to restart talks with Washington"
                typ, pairs = "CONCEDE", yielded_to
        if not pairs and typ == "COOPERATE" and not nominal:
            alone = _drilling_alone(t, heads)
            if alone:  # "Chinese troops staged live-fire drills in Fujian": one side's exercise
                typ, pairs = "MOBILIZE", [(alone, "")]
        if not pairs and unanswered is not None and not nominal and typ in ("ACCUSE", "REJECT"):
            unanswered.append(True)  # a criticism or refusal with no target: the act it answers may follow
        if pairs and typ == "THREATEN" and not nominal and t.dep_ == "advcl" and _purpose(t) and _annexing(t) \
                and not any(c.dep_ == "neg" for c in t.head.children) and not _ancestor_conditional(t.head):
            # "renewed his push to take control of Greenland": what is done to acquire it presses for it
            yield from _events(doc, start, end, t, "THREATEN", pairs, view())
            continue
        if not pairs or (not nominal and t.dep_ == "advcl" and typ not in _PURPOSED and _purpose(t)):
            continue  # "met reporters to announce tariffs": what a meeting is for, not yet done
        anchor = envoy_named or (_clause_verb(t) if nominal else t)
        if nominal and anchor is not None and t.dep_ == "pobj" and t.head.lower_ in ("after", "following") \
                and not any(
                    c.dep_ == "aux" and c.lower_ in _MODALS for c in anchor.children) and not any(
                    c.dep_ == "neg" for c in anchor.children):
            anchor = None  # "promised Ukraine more aid after talks in Berlin with Zelenskyy": the talks were held
        if nominal and anchor is not None and typ == "AGREE" and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _SEALED for c in t.children):
            anchor = None  # "will buy 11 more F-35s under a deal with the United States signed that morning"
        if anchor is not None and not nominal and t.tag_ == "VBG" and t.dep_ == "advcl" and t.lower_ in _DESCRIBE:
            # "said Spain should be punished, calling Madrid's stance disloyal": the calling was done,
            # whatever the clause it hangs on says should be
            modal, negated, cond = False, any(c.dep_ == "neg" for c in t.children), False
            mwords: set[str] = set()
        elif anchor is not None:
            modal, negated, mwords = _unreal(anchor)
            cond = _ancestor_conditional(anchor)
        else:
            modal, negated, mwords, cond = False, False, set(), False
        if nominal and envoy_named is None and any(c.lower_ in _NOT_YET or c.lower_ in _UNDONE
                                                   for c in t.children):
            continue  # "no talks", "an upcoming visit", "possible tariffs", "terminated talks"
        if nominal and anchor is not None and (_planned_between(t, anchor) or any(
                c.dep_ == "acomp" and c.lower_ in _PLANNING for c in anchor.children)):
            continue  # "remained open to direct talks with Tehran", "is due in Berlin for talks"
        if nominal and anchor is not None and anchor.lower_ in _PLANNING and not (
                typ == "CONSULT" and anchor.lower_ in _LIGHT
                and not any(c.dep_ == "xcomp" for c in anchor.children)):
            continue  # "plans talks", "has a deal" (standing); but "had talks with X" met
        if cond and not (typ == "THREATEN" and _necessary_measures(t) and _on_condition(t)):
            continue  # but "would take corresponding measures if the US pressed ahead" threatens
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _EASING_NOUNS | _ENDINGS:
            continue  # "ordered a halt to most American sanctions on Syria": the easing is the verb's
        if nominal and typ == "SANCTION" and anchor is not None and anchor.lower_.startswith(_EASING):
            typ = "RETREAT"  # "Canada's counter-tariffs ... were removed", "replaces X's tariffs"
        resolved = _resolve(typ, modal, negated, mwords, t, anchor)
        if resolved == "THREATEN" and not nominal and (modal or cond) and _told_by_analysts(t):
            continue  # "Mexico might retaliate if ..., economists at Banorte said": a forecast
        if resolved == "SANCTION" and starts_later(_clause_text(doc, view(), start + t.idx), doc.published):
            resolved = "THREATEN"  # announced for a later date: a threat until it takes effect
        if resolved is not None:
            for ev in _events(doc, start, end, t, resolved, pairs, view()):
                if ev.type in RECIPROCAL_TYPES and ev.target:
                    last_pair = [ev.source, ev.target]  # "met X ..., and the two signed": this meeting
                yield ev
            if resolved == "RETREAT" and not nominal:
                # "Trump held off on his tariffs against Mexico after Sheinbaum pledged to send troops to
                # the border": the step that won the easing was a concession
                yield from _events(doc, start, end, t, "CONCEDE", _conceded_before(t, pairs, heads), view())
            if resolved == "REJECT" and not nominal:  # "rejected Washington's demand": the demand too
                own = [a for a, _ in pairs]
                asked = _asked_of(t, heads) or own  # "Moscow's demand that NATO freeze its enlargement"
                yield from _events(doc, start, end, t, "REQUEST",
                                   [(b, a) for b in _demand_named(t, heads, own) for a in asked if a != b],
                                   view())
                # "Nigeria rejected Trump's threat of military action": the threat was made to it
                yield from _events(doc, start, end, t, "THREATEN",
                                   [(b, a) for b in _demand_named(t, heads, own, _THREAT_NOUNS) for a in own],
                                   view())


def _clause_text(doc: Document, view: SentenceView, pos: int) -> str:
    clause = view.clause_at(pos)
    return doc.norm[clause.start:clause.end]


def _events(doc: Document, start: int, end: int, t: Token, type_: str,
            pairs: list[tuple[str, str]], view: SentenceView) -> Iterable[Event]:
    """The events of one trigger ``t``, unless its clause is history; date and evidence from
    its clause (the sentence for the date when the clause gives none)."""
    pos = start + t.idx
    clause = view.clause_at(pos)
    if historical(doc, act_part(doc.norm[clause.start:clause.end], pos - clause.start)):
        return
    date = find_date(doc.norm[clause.start:clause.end], doc.published) or find_date(
        doc.norm[start:end], doc.published)
    quote = evidence(doc, clause.start, clause.end, pos)
    weight = dictionary().weight(type_)
    for a, b in dict.fromkeys(pairs):
        if a != b:
            yield Event(a, type_, None if type_ == "MOBILIZE" else b,
                        date if isinstance(date, dt.date) else None, quote, weight)


_OBLIGATION = frozenset({"must", "should"})
_SAYING = frozenset({"said", "says", "say", "declared", "declares", "insisted", "insists",
                     "told", "tells", "telling", "stressed", "stresses", "reiterated", "reiterates",
                     "warned", "warns", "argued", "argues", "stated", "states", "added", "adds",
                     "wrote", "writes", "posted", "posts", "demanded", "demands", "informed", "informs",
                     "notified", "notifies"})


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
    if saying.lower_ not in _SAYING and not subjunctive:
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


_HAVING_TO = frozenset({"has", "have", "had", "needs", "need", "needed"})


_FORCES = frozenset({"troops", "forces", "soldiers", "bases", "base", "personnel", "garrison", "units",
                     "battalion", "battalions", "brigade", "brigades", "warships", "jets"})
"""What a country hosts or meets that is no guest."""
_GOALS = frozenset({"target", "targets", "benchmark", "benchmarks", "goal", "goals", "threshold",
                    "deadline", "deadlines", "demand", "demands", "requirement", "requirements",
                    "obligation", "obligations", "commitment", "commitments", "criteria", "standard",
                    "standards", "expectations", "needs", "pledge", "quota", "quotas"})
"""What a country may "meet" that is no meeting."""
_PURPOSED = frozenset({"SUPPORT", "REQUEST", "ACCUSE"})
"""Acts a visit or call may be made for: "called Zelensky to express support"."""


def _purpose(t: Token) -> bool:
    """``t`` heads an infinitive of purpose hung on another verb: "phoned X to express ..."
    (not what an approval approves: "gave the green light to raise spending")."""
    return t.dep_ in ("advcl", "xcomp") and _is_verb(t.head) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children) and not any(
        c.dep_ == "dobj" and c.lower_ in _APPROVALS for c in t.head.children) \
        and not t.head.lower_.startswith(_COMMITTING)  # "committed to spend 5%": the pledge, no purpose


_APPROVALS = frozenset({"light", "go-ahead", "approval", "nod", "blessing", "backing", "consent"})


_HAVING_TO_RE = re.compile(r"\b(?:" + "|".join(sorted(_HAVING_TO)) + r") to \w")
"""A sentence that may hold "had to" or "needs to" (see :func:`_has_to`)."""


_DEMAND_NOUNS = frozenset({"demand", "demands", "call", "calls", "request", "requests", "ultimatum",
                           "conditions", "condition", "insistence"})
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


def _asked_of(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Whom a demand the verb ``t`` answers asks to act, when its "that" clause names them:
    "brushed aside Moscow's demand that NATO freeze its enlargement" (NATO, not the one refusing)."""
    for n in (c for c in t.children if c.dep_ in _DIRECT and c.lower_ in _DEMAND_NOUNS):
        for cl in n.children:
            if cl.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
                return _subject_codes(cl, heads, acting=False) or []
    return []


_THREAT_NOUNS = frozenset({"threat", "threats", "warning", "warnings"})
_DEMANDING = frozenset({"demanded", "requested", "sought", "wanted", "proposed", "asked", "pushed", "pressed",
                        "urged", "insisted"})


_DRAWING = frozenset({"draw", "draws", "drew", "drawing", "drawn", "prompt", "prompts", "prompted", "prompting",
                      "spark", "sparks", "sparked", "sparking", "trigger", "triggers", "triggered",
                      "triggering", "provoke", "provokes", "provoked", "provoking", "earn", "earns",
                      "earned", "earning"})
_CRITICISM = frozenset({"rebuke", "rebukes", "condemnation", "criticism", "protest", "protests", "anger",
                        "ire", "backlash", "outcry", "fury", "complaint", "complaints", "censure"})


_THREATENING = _WARNING_VERBS | frozenset({"threaten", "threatens", "threatened", "vowed", "vows", "vow", "vowing"})


def _threat_drawn(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"A and B began drills, prompting Pyongyang to warn of merciless retaliation", "..., drawing
    threats of retaliation from Beijing": the one prompted threatens the ones whose act it was."""
    if t.lower_ not in _DRAWING or not t.tag_.startswith("VB"):
        return []
    drawn: list[Mention] = []
    for x in t.children:
        if x.dep_ == "xcomp" and x.lower_ in _THREATENING and (x.lower_.startswith("threat") or any(
                (p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in _RESPONSE_NOUNS | _MEASURES
                                                               for g in p.children))
                or (p.dep_ in ("xcomp", "ccomp") and p.lower_ in _RESPONSES) for p in x.children)):
            drawn += [m for c in t.children if c.dep_ == "dobj" for m in _actors_under(c, heads, skip_preps=True)]
        if x.dep_ == "dobj" and x.lower_ in _THREAT_NOUNS:
            drawn += [m for c in (*x.subtree, t) for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                      for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"from"}))]
    if not drawn:
        return []
    tgt = _act_authors(t, heads)
    return [(a, b) for a in _codes(drawn, acting=True) for b in tgt if a != b]


_PRAISE = frozenset({"praise", "plaudits", "applause", "acclaim"})
_WINNING = frozenset({"win", "wins", "won", "winning", "garner", "garners", "garnered", "receive", "receives",
                      "received"})


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


_EXTENDING = frozenset({"extend", "extends", "extended", "extending", "expand", "expands", "expanded",
                        "expanding", "renew", "renews", "renewed", "renewing", "prolong", "prolongs", "prolonged"})


def _training_extended(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Extending a mission that trains another country's forces is aid to it (the labels'
    clarification): "extended Operation Interflex, its programme to train Ukrainian recruits"."""
    if t.lower_ not in _EXTENDING or any(c.dep_ == "neg" for c in t.children):
        return []
    objects = [c for c in t.children if c.dep_ == "dobj" or (c.dep_ in ("advcl", "xcomp") and c.i > t.i)]
    if not any(c.dep_ == "dobj" for c in objects) or not any(
            w.lower_.startswith("train") for o in objects for w in o.subtree):
        return []
    src = _subject_codes(t, heads)
    if src is None:
        return []
    trainees = [c for o in objects for c in _codes((m for w in o.subtree for m in heads.get(w.i, ())), acting=False)
                if c not in src]
    return [(a, b) for a in src for b in dict.fromkeys(trainees)]


_OFFERS = frozenset({"offer", "offers", "invitation", "invitations", "proposal", "proposals", "overture"})
_PLANS = frozenset({"plan", "plans", "initiative", "initiatives", "scheme", "draft", "resolution"})


_MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "call", "summit", "discussions", "session",
                            "conversation", "videoconference", "negotiations"})
_REMOTE = frozenset({"phone", "video", "link", "videoconference", "videolink", "telephone"})


def _joined_meeting(t: Token, heads: dict[int, list[Mention]], last_pair: list[str] | None) -> list[tuple[str, str]]:
    """One who joins a meeting consults its parties: "Macron joined the talks by video link" (the
    meeting told before), "Trump met al-Sharaa in Riyadh, with Erdogan joining by phone" (this
    sentence's)."""
    if t.lower_ not in _JOIN_VERBS or not _real(t):
        return []
    meeting = any(c.dep_ == "dobj" and c.lower_ in _MEETING_NOUNS and not any(
        heads.get(w.i) for w in c.subtree) for c in t.children)
    remote = any(c.dep_ == "prep" and c.lower_ in ("by", "via", "over") and any(
        w.lower_ in _REMOTE for w in c.subtree) for c in t.children)
    if not meeting and not remote:
        return []
    src = _subject_codes(t, heads) or []
    if not src:
        return []
    if t.dep_ in ("advcl", "pcomp", "conj") and t.head.i != t.i:
        # the meeting of the sentence it hangs on: the other actors of that clause
        main = t.head.head if t.dep_ == "pcomp" else t.head
        while main.dep_ in ("prep", "pcomp") and main.head.i != main.i:
            main = main.head
        others = [c for c in _codes((m for w in main.subtree if not any(x.i == w.i for x in t.subtree)
                                     for m in heads.get(w.i, ())), acting=False) if c not in src]
        if 1 <= len(others) <= 3:
            return _combine("CONSULT", src, others, [])
    told = meeting or any(w.lower_ in _MEETING_NOUNS for w in t.doc)  # "The meeting ... with X joining by phone"
    if told and last_pair and len(set(last_pair)) == 2 and not set(last_pair) & set(src):
        return _combine("CONSULT", src, list(last_pair), [])
    return []


_ADDRESSING = frozenset(w for v in ("ask", "urge", "tell", "press", "assure", "reassure", "inform", "brief", "thank",
                                     "congratulate", "invite", "warn", "remind", "promise", "pledge", "offer")
                        for w in inflect(v))


def _addressed_in_a_meeting(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """One who addresses another "in a phone call", "during their meeting" consults that other:
    "asked Rubio in a phone call to release the workers", "told Sheinbaum during a call that ...".
    The verb keeps its own event too."""
    if t.lower_ not in _ADDRESSING or not t.tag_.startswith("VB") or not _real(t):
        return []
    met = any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "over", "on") and any(
        p.dep_ == "pobj" and p.lower_ in _MEETING_NOUNS and not any(  # (a call "with" another: read there)
            heads.get(w.i) for w in p.subtree if w.dep_ == "pobj" and w.head.lower_ in ("with", "between"))
        for p in c.children) for c in t.children)
    if not met:
        return []
    src = _subject_codes(t, heads) or []
    them = [c for c in _codes((m for o in t.children if o.dep_ in ("dobj", "dative")
                               for m in _actors_under(o, heads, skip_preps=True)), acting=False) if c not in src]
    return _combine("CONSULT", src, them[:1], []) if src and them else []


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


_SEALED = frozenset({"signed", "reached", "struck", "concluded", "sealed", "agreed", "finalised", "finalized"})
_TRUCES = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "ceasefires", "truces"})


def _truce_accepted(t: Token, heads: dict[int, list[Mention]], last_pair: list[str] | None,
                    prior: tuple[list[str] | None, list[str] | None]) -> list[tuple[str, str]]:
    """Accepting a ceasefire is agreeing to it, with the side it is made with: "Israel and Iran
    accepted the truce", "Hamas accepted a truce with Israel", and "both governments" of the
    meeting or the fighting told just before."""
    if t.lower_ not in _ACCEPTING or t.lower_.startswith("agree") or not _real(t):
        return []
    truce = next((o for o in t.children if o.dep_ == "dobj" and o.lower_ in _TRUCES), None)
    subj, passive = _subject(t)
    if truce is None or subj is None or passive:
        return []
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    with_ = [c for h in (t, truce) for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
             for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if src and with_:
        return _combine("AGREE", src, with_, [])
    if len(src) >= 2:
        return _combine("AGREE", src, [], [])
    if not src and _the_two(subj) and subj.lower_ != "they":
        sides = _two_sides(last_pair, prior)
        return _combine("AGREE", sides, [], []) if sides else []
    return []


def _two_sides(last_pair: list[str] | None, prior: tuple[list[str] | None, list[str] | None]) -> list[str]:
    """Whom "the two leaders" or "both governments" name: the parties of the latest meeting or
    agreement, else the two sides of the act told just before ("Israel and Iran traded strikes")."""
    if last_pair and len(set(last_pair)) == 2:
        return list(last_pair)
    act = prior[0]
    return list(act[:2]) if act and act[1] and act[0] != act[1] else []


def _offer_accepted(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X accepted Y's invitation", "accepted an offer from Y": an agreement between the two (the
    labels' "accepting an invitation")."""
    if t.lower_ not in _ACCEPTING or t.lower_.startswith("agree") or any(c.dep_ == "neg" for c in t.children):
        return []
    src = _subject_codes(t, heads)
    if src is None:
        return []
    owners = _demand_named(t, heads, src, _OFFERS)
    if any(o.dep_ == "dobj" and o.lower_ in _OFFERS for o in t.children):  # "an offer from Zelensky"
        owners += [c for d in t.children if d.dep_ == "prep" and d.lower_ == "from"
                   for c in _codes(_actors_under(d, heads, skip_preps=True, allow=frozenset({"from"})),
                                   acting=False) if c not in src]
    owners = list(dict.fromkeys(owners))
    return _combine("AGREE", src, owners, []) if owners else []


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
_REFUSING_TO = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
                          "declining"})
_AVERTING = frozenset({"avert", "avoid", "forestall", "stave", "head", "ward", "escape", "dodge", "prevent"})
_AVERTED = frozenset({"threat", "threats", "tariff", "tariffs", "duties", "duty", "levies", "levy", "sanctions",
                      "penalties", "penalty", "measures", "surcharge", "surcharges", "wrath", "retaliation"})


def _will(v: Token) -> bool:
    """``v`` has "will" or "would" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in v.children)


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


def _pressure_nouns(preps: Iterable[Token], words: tuple[str, ...], nouns: Collection[str]) -> list[Token]:
    """The nouns of pressure governed by these prepositions: "under pressure", "despite U.S. demands"."""
    return [n for p in preps if p.dep_ == "prep" and p.lower_ in words for n in p.children if n.lower_ in nouns]


def _pressing(pressure: list[Token], heads: dict[int, list[Mention]]) -> list[str]:
    """Whose pressure or demands these nouns are: "U.S. pressure", "Washington's demands", "pressure from X"."""
    return _codes((m for p in pressure for w in p.children
                   if w.dep_ in ("amod", "compound", "poss") or (w.dep_ == "prep" and w.lower_ == "from")
                   for m in _actors_under(w, heads, skip_preps=False)), acting=False)


_TRAINING = frozenset({"trained", "trains", "train", "training"})
_TRAINERS = frozenset({"instructors", "instructor", "trainers", "trainer", "troops", "soldiers", "forces",
                       "military", "personnel", "officers", "specialists", "experts"})


def _trained_forces(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another state's forces trained: aid from the trainers' state ("French instructors have trained
    the first Ukrainian squadron", "600 Ukrainian drone operators were trained by Latvian
    instructors")."""
    if t.lower_ not in _TRAINING or not t.tag_.startswith("VB"):
        return []
    subj, passive = _subject(t)
    if subj is None:
        return []
    if passive:
        trainers = [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        trainees = [subj]
    else:
        trainers = [subj]
        trainees = [c for c in t.children if c.dep_ == "dobj"]
    src = _codes((m for x in trainers for m in _actors_under(x, heads, skip_preps=True)), acting=True)
    tgt = _codes((m for x in trainees for m in _actors_under(x, heads, skip_preps=True)), acting=False)
    if not src or not tgt or (not passive and subj.lower_ not in _TRAINERS and not heads.get(subj.i)):
        return []
    return [(a, b) for a in src for b in tgt if a != b]


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


def _agreed_by(t: Token) -> bool:
    """``t`` is a participle with its doers as agents, as in "the framework agreed by A and B",
    "a road map signed by the two ministers" (the caller checks that it is one of agreeing)."""
    return (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") or t.dep_ == "ccomp" and t.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in t.children)) and any(
        c.dep_ == "agent" for c in t.children)


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
    if t.dep_ == "ROOT":  # "Caracas could face a naval blockade if ..., a senior US official said"
        return next((c for c in t.children if c.dep_ in ("parataxis", "ccomp") and c.i > t.i
                     and c.lower_ in _SAYING and not any(x.dep_ in ("ccomp", "dobj") for x in c.children)), None)
    return t.head if t.dep_ == "ccomp" else None


_ANALYSTS = frozenset({"economists", "economist", "analysts", "analyst", "experts", "expert", "study",
                       "report", "researchers", "observers", "strategists", "commentators", "scholars",
                       "forecasters", "consultancy", "think", "survey", "poll", "model", "models"})


def _told_by_analysts(t: Token) -> bool:
    """The clause of ``t`` is what analysts, a study or a report say: a forecast, not an act (``t``
    may be the verb of saying itself: "Chinese analysts said Manila was playing with fire")."""
    if t.lower_ in _SAYING:
        who, _ = _subject(t)
        if who is not None and who.lower_ in _ANALYSTS:
            return True
    cur = t
    for _ in range(4):
        verb = _saying_verb(cur)
        if verb is not None:
            who, _ = _subject(verb)
            return who is not None and who.lower_ in _ANALYSTS
        # "..., a RAND study concluded": the parser may hang the attribution under the act
        for c in cur.children:
            if c.dep_ in ("parataxis", "ccomp") and c.i > t.i and _is_verb(c):
                who, _ = _subject(c)
                if who is not None and who.lower_ in _ANALYSTS:
                    return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_INSISTING = frozenset({"insisted", "insists", "insist", "demanded", "demands", "demand", "asked",
                        "asks", "urged", "urges", "requested", "requests", "proposed", "proposes"})
"""Verbs whose "that" clause in the bare (subjunctive) form is what is asked: "insisted that
Canada contribute"."""


_ACCEPTING = frozenset({"accept", "accepts", "accepted", "accepting", "agree", "agreed", "agrees"})
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


def _resolve(typ: str, modal: bool, negated: bool, mwords: set[str], t: Token,
             anchor: Token | None) -> str | None:
    if negated:
        if _ruling_out(t, typ):
            return "THREATEN"  # "would not rule out force", "would not exclude the use of force"
        if typ in ("SANCTION", "THREATEN") and mwords & {"will", "would", "'ll", "wo"}:
            return "RETREAT"  # "would not double the tariffs" backs off
        if typ in ("RETREAT", "CONCEDE") and mwords & {"will", "would", "'ll", "wo"}:
            return "REJECT"  # "would not pause the tax" refuses
        return None
    if modal and t.lower_ in _FACE:
        return typ  # the warning is the act: "would face tariffs"
    if modal and typ == "REJECT" and mwords and mwords <= {"will", "would", "'ll"}:
        return typ  # "Tokyo would reject any deal that ...": saying so refuses
    if modal and mwords and mwords <= _DECIDING and typ in ("RETREAT", "SANCTION", "MOBILIZE", "AID", "CONCEDE"):
        return typ  # "decided to postpone the tariff", "agreed to lift the duties": decided, done
    if modal and mwords and mwords <= _STANDING_READY and typ in ("SANCTION", "ASSAULT", "COERCE"):
        return "THREATEN"  # "Ottawa stands ready to retaliate against U.S. tariffs"
    if modal:
        if typ == "SANCTION" and anchor is not None and _takes_effect(anchor):
            return "THREATEN"  # a tariff announced for a future date is a threat until imposed
        head = anchor.head if anchor is not None else None
        if mwords <= {"will", "'ll"} and typ in ("SANCTION", "RETREAT", "MOBILIZE", "AID") \
                and head is not None and head.lower_.startswith("announc"):
            return typ
        saying = _saying_verb(anchor) if anchor is not None else None
        if mwords <= {"will", "'ll", "would"} and typ in ("AID", "MOBILIZE") and anchor is not None \
                and saying is not None and not _told_by_analysts(anchor) \
                and not _on_condition(anchor) and saying.lower_ not in _HINTING \
                and (typ == "AID" or any(w.tag_ == "CD" for w in t.subtree)):
            # (a deployment or spending pledged in figures: "would send 10,000 troops", not "will also
            # increase the brigade's capabilities")
            # "Germany will give Ukraine four more IRIS-T systems, Pistorius said", "Japan said it would
            # provide five more patrol vessels to the Philippine coast guard": pledged
            return typ
        if typ == "AID" and mwords and all(w.startswith(_PLEDGING) for w in mwords):
            return typ  # "pledged to deliver two more Patriot systems to Ukraine": the pledge is the aid given
        if typ == "MOBILIZE" and mwords and all(w.startswith(_PLEDGING) for w in mwords) \
                and not _SPENDING_SHARE.isdisjoint(w.lower_ for w in t.subtree):
            return typ  # "pledged to reach NATO's benchmark of 2% of GDP": a national pledge is the act
        if mwords <= {"will", "'ll", "would"} and typ == "RETREAT":
            return typ  # "Washington will cut the tariff to 10%": an easing promised is given
        if mwords <= {"will", "'ll", "would"} and typ in ("RETREAT", "MOBILIZE", "AID") \
                and head is not None and head.lower_.startswith(_PLEDGING):
            return typ  # "announced it would station two more jets": a pledge made, not a plan
        if typ == "SANCTION" and anchor is not None and anchor.head.lower_ in ("plan", "plans") \
                and anchor.head.head.lower_.startswith("announc"):
            return "THREATEN"  # "announced plans to triple duties": announced, not yet imposed
        if typ == "SANCTION" and mwords & _WARNING:
            return "THREATEN"  # "threatened to impose", "would hit", "plans to triple duties"
        if typ == "SANCTION" and mwords and mwords <= {"will", "'ll", "would"} and _answering(t):
            return "THREATEN"  # "will impose countermeasures in response to the US tariffs": vowed retaliation
        if typ == "SANCTION" and mwords & {"should", "must"} and t.dep_ == "ccomp" \
                and any(c.dep_ == "auxpass" for c in t.children):
            return "THREATEN"  # "told reporters that Spain should be punished with tariffs"
        if typ in ("SANCTION", "ASSAULT", "COERCE") and anchor is not None and _on_condition(anchor):
            return "THREATEN"  # "will impose duties on X if X retaliates": conditional escalation
        if typ == "ASSAULT" and mwords and mwords <= {"will", "would", "'ll"} and _fights_back(t):
            return "THREATEN"  # "would fight to the end against any U.S. escalation"
        if typ in ("SANCTION", "ASSAULT", "COERCE") and anchor is not None and mwords \
                and mwords <= {"will", "would", "'ll"} and _any_attempt(anchor) is not None:
            return "THREATEN"  # "would crush any attempt by Taipei to ...": force promised to what may come
        if typ == "THREATEN" and t.lower_ in _TAKING:
            return typ  # "would take all necessary measures"
        if _annexing(t) and (mwords & _WANTING or (mwords and mwords <= {"will", "would", "'ll"})):
            return "THREATEN"  # "wants to acquire Greenland", "would take Greenland": pressure to acquire
        if typ == "AGREE" and mwords & {"agree", "agreed", "agrees"}:
            return "AGREE"
        return None
    if _annexing(t):
        return None  # "annexed Crimea" is occupation, not coded here
    return typ


_COUNTER_WORDS = frozenset({"countermeasures", "counter-measures", "counter-tariffs", "countertariffs",
                            "counter-duties", "retaliatory", "retaliation", "reprisals"})


def _wrong_cited(t: Token, heads: dict[int, list[Mention]]) -> bool:
    """The verb's object is an actor's act named in words of blame: "citing Iran's continued nuclear
    escalation"."""
    blame = blame_words()
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and heads.get(p.i) for p in c.children)
               and (c.lower_ in blame or any(a.dep_ == "amod" and a.lower_ in blame for a in c.children))
               for c in t.children)


def _counter_measures_named(t: Token) -> bool:
    """The verb's object names counter-measures: "impose countermeasures", "retaliatory duties"."""
    return any(c.dep_ == "dobj" and not _COUNTER_WORDS.isdisjoint(w.lower_ for w in c.subtree) for c in t.children)


def _answering(t: Token) -> bool:
    """A measure told as an answer to another's: "in response to the US tariffs", "in reaction to",
    or measures named as counter-measures."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        r.lower_ in ("response", "reaction", "retaliation", "reply") for r in c.children) for c in t.children) \
        or _counter_measures_named(t)


_SPENDING_SHARE = frozenset({"gdp", "%", "percent", "per", "output"})
"""Words of a spending target stated as a share of the economy."""
_STANDING_READY = frozenset({"ready", "prepared", "poised", "willing"})
_DECIDING = frozenset({"decide", "decided", "decides", "agree", "agreed", "agrees", "vote", "voted",
                       "votes", "move", "moved", "moves", "opted", "chose"})
"""Verbs whose infinitive is an act decided ("voted to impose"), not a plan."""
_PLEDGING = ("announc", "pledg", "commit", "promis", "vow")
_COMMITTING = tuple(p for p in _PLEDGING if p != "announc") + ("undert", "resolv")
"""Verbs of committing oneself (announcing aside): their infinitive is the pledge, no purpose."""
_WARNING = frozenset({"threaten", "threatened", "threatens", "threatening", "vow", "vowed", "vows",
                      "warn", "warned", "warns", "would", "could", "may", "might"})
_ANNEX = frozenset({"annex", "annexes", "annexed", "annexing", "acquire", "acquires", "acquiring",
                    "absorb", "absorbing", "absorbs", "seize", "seizing"})
_TAKING_FORMS = frozenset(inflect("take"))
_VOTING = frozenset(inflect("vote"))
_SPENDING_GOALS = frozenset({"target", "targets", "benchmark", "goal", "figure", "threshold"})


def _spending_target_named(t: Token) -> bool:
    """What is refused is a spending target stated as a share: "refused to commit to the 5% target",
    "declined to set a date for reaching 3.5 per cent" (NATO's, in this domain's reporting)."""
    words = [w.lower_ for c in t.children if c.dep_ in ("xcomp", "dobj", "prep") for w in c.subtree]
    after = [w.lower_ for w in t.subtree if w.i > t.i]
    if "nato" in after and not _SPENDING_GOALS.isdisjoint(words) and ("spending" in words or "defence" in words
                                                                    or "defense" in words):
        return True  # "declined to commit to the spending goal agreed at last year's NATO summit"
    return ("%" in words or "cent" in words or "percent" in words) and (
        not _SPENDING_GOALS.isdisjoint(words) or "reaching" in words or "spending" in words)


def _annexing(t: Token) -> bool:
    """A verb of taking a territory: "annex", "acquire", "take over", "take control of"."""
    if t.lower_ in _ANNEX:
        return True
    if t.lower_ not in _TAKING_FORMS:
        return False
    objects = [c for c in t.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children):
        taken = objects
    elif t.lower_ == "take" and objects and not any(c.lower_ == "control" for c in objects) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children) and not any(
            c.dep_ == "neg" for c in t.children) and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("to", "into", "off", "up", "on", "in") for c in t.children):
        taken = objects  # "the United States would take Greenland one way or the other"
    else:  # "take control of Greenland"
        taken = [p for c in objects if c.lower_ == "control" for g in c.children
                 if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
    # a place, not an office or a process: not "take over the presidency of the EU Council"
    return any(x.tag_ == "NNP" or x.lower_ in _TERRITORIES for x in taken)


_TERRITORIES = frozenset({"island", "territory", "canal", "region", "country", "strait", "peninsula",
                          "province", "land"})


_WANTING = frozenset({"want", "wants", "wanted", "push", "pushed", "pushing", "seek", "seeks",
                      "seeking", "threaten", "threatened", "threatens", "threatening", "intent",
                      "determined", "would", "will", "plan", "plans", "aim", "aims", "try",
                      "tries", "trying"}) | _INTENT_NOUNS


_WITH_TO = frozenset({"with", "to"})
_TELLING = frozenset({"told", "tells", "tell", "telling", "ordered", "orders", "instructed", "challenged",
                      "challenges", "challenging", "dared", "dares"})
_RECEIVING = frozenset({"received", "receives", "receive", "receiving", "hosted",
                        "hosts", "greeted", "greets"})
_HOSTING = _TELLING | _RECEIVING
"""Verbs that name an act only with an actor as their object."""
_BRIEFING = frozenset({"assured", "assures", "informed", "informs", "briefed", "briefs", "reassured"})
"""Verbs of telling that, with a counterpart as object, report a conversation."""
_IDEAS = frozenset({"idea", "notion", "suggestion", "prospect", "possibility", "proposal", "plan",
                    "offer", "call", "calls"})
_RETALIATION = frozenset({"retaliation", "countermeasures", "counter-measures", "reprisals"})
_PROMPTING = frozenset({"prompted", "prompts", "prompt", "prompting", "triggered", "triggers",
                        "trigger", "sparked", "sparks", "spark", "provoked", "provokes", "drew",
                        "draws", "drawn", "invited", "invites"})
_TRAVEL = frozenset({"visit", "visits", "stop", "stopover", "arrived", "arrives", "arrive", "arriving"})
"""Nouns of travel: the country (or capital) visited is the other party of the meeting."""
_JOINING = frozenset({"join", "joins", "joined", "joining", "become", "becomes", "became",
                      "becoming"})
_RULE_OUT = frozenset({"rule", "rules", "ruled", "ruling", "exclude", "excludes", "excluded",
                       "excluding"})


def _ruling_out(t: Token, typ: str) -> bool:
    """"rule out force", "exclude the use of force": refusing an option, which negated threatens.
    The public dictionary codes "exclude" as a ban (excluding firms from contracts), so a ban verb
    counts here only with force named after it."""
    if t.lower_ not in _RULE_OUT:
        return False
    if typ == "REJECT":
        return True
    return typ == "SANCTION" and any(w.lower_ in ("force", "military", "invasion", "annexation")
                                     for w in t.subtree if w.i > t.i)


_RESPONDING = frozenset({"respond", "responds", "retaliate", "retaliates", "react", "reacts",
                         "answer", "hit"})


_PASSIVE_ACTS = frozenset({"announced", "imposed", "introduced", "unveiled", "adopted", "approved",
                           "signed", "concluded", "reached", "agreed", "struck", "sealed", "finalized",
                           "finalised", "levied", "slapped", "lifted", "removed", "suspended", "paused",
                           "extended", "granted", "held", "hosted", "issued", "filed", "launched",
                           "opened"})
"""Passive verbs whose agent is the actor of the act their subject names."""
_WELCOMING = frozenset({"welcomed", "welcomes", "welcome", "welcoming"})


def _welcomed_to_a_place(verb: Token, heads: dict[int, list[Mention]]) -> bool:
    """"welcomed X to <a place>": the place is no other actor than the host's own."""
    subj, _ = _subject(verb)
    host = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "at", "in"):
            for p in c.children:
                if p.dep_ == "pobj":
                    there = {m.code for m in heads.get(p.i, ())}
                    return not there or there <= host
    return False


_READY = frozenset({"ready", "prepared", "poised", "willing"})
_HAVING = frozenset({"have", "has", "had", "retain", "retains", "retained"})
_RESERVING = frozenset({"reserve", "reserves", "reserved", "reserving"})


def _every_right(t: Token) -> bool:
    """"had every right to respond": a right claimed, as "reserved the right to" is."""
    return t.lower_ in _HAVING and any(c.dep_ == "dobj" and c.lower_ == "right" and any(
        d.lower_ in ("every", "full") for d in c.children) for c in t.children)


def _held_in_readiness(t: Token) -> bool:
    """An act held out as ready, not done: "stood ready to hit back", "is prepared to respond",
    "reserved the right to strike"."""
    if t.dep_ not in ("xcomp", "acl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
        return False
    h = t.head
    if h.lower_ == "right" and h.dep_ == "dobj" and (h.head.lower_ in _RESERVING or (
            h.head.lower_ in _HAVING and any(d.lower_ in ("every", "full") for d in h.children))):
        return True  # the parser hangs the act on "right" (acl) or beside it (xcomp); "had every right to respond"
    if t.dep_ == "acl":
        return False
    return (h.lower_ in _READY and h.dep_ in ("acomp", "oprd", "advmod", "amod", "xcomp")) or h.lower_ in _RESERVING \
        or _not_hesitating(h)


def _not_hesitating(h: Token) -> bool:
    """"would not hesitate to take further measures": the act held ready, the negation the hesitation's."""
    return h.lower_ in ("hesitate", "hesitates", "hesitated") and any(c.dep_ == "neg" for c in h.children)


def _readiness_head(t: Token) -> Token:
    """The verb a held-out act hangs on: "said Tehran reserved the right to hit back" gives "reserved"."""
    h = t.head
    if h.lower_ == "right" and (h.head.lower_ in _RESERVING or h.head.lower_ in _HAVING):
        return h.head
    if h.lower_ in _READY and _is_verb(h.head):
        return h.head
    return h


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


_RESPONSE_NOUNS = frozenset({"response", "retaliation", "answer", "reply", "riposte", "counterattack",
                             "counter-attack", "rebuff", "consequences", "revenge", "retribution", "vengeance",
                             "reprisal", "reprisals"})
_DELIVERING = frozenset({"deliver", "delivers", "give", "gives", "mount", "mounts", "launch", "launches",
                         "unleash", "unleashes"})


def _delivers_a_response(t: Token) -> bool:
    """"would deliver a decisive response": a response given, as "would respond" is."""
    return t.lower_ in _DELIVERING and any(c.dep_ == "dobj" and c.lower_ in _RESPONSE_NOUNS
                                           for c in t.children)


_FORCE = frozenset({"strike", "attack", "bomb", "invade", "shoot", "hit", "target", "destroy", "sink"})
_FORCE_TAKEN = frozenset({"use", "take", "launch"})
_FORCE_OBJECTS = frozenset({"force", "action", "strikes"})


def _is_force(t: Token) -> bool:
    """A verb of force, or force named as its object: "strike", "use force", "take military action"."""
    return t.lower_ in _FORCE or (t.lower_ in _FORCE_TAKEN and any(
        c.dep_ == "dobj" and c.lower_ in _FORCE_OBJECTS and (c.lower_ != "action" or any(
            a.lower_ == "military" for a in c.children)) for c in t.children))


def _force_warned(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said (warned) Y would (could) strike Z", "could strike Finland if Helsinki ...": force
    held out in reported speech or on a condition threatens Z (or the condition's subject)."""
    held = _held_in_readiness(t)  # "reserved the right to hit back at American bases"
    if not _is_force(t) or not (held or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children)):
        return []
    anchor = _readiness_head(t) if held else t
    if any(c.dep_ == "neg" for c in (*t.children, *(() if _not_hesitating(anchor) else anchor.children))) or (
            _saying_verb(anchor) is None and not _on_condition(anchor) and not _on_condition(t)):
        return []
    subj, passive = _subject(anchor)
    if subj is None or passive:
        return []
    speaker = _codes(_reporter(anchor, heads), acting=False)  # "former president Medvedev, now ..."
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True) or (
        speaker if subj.lower_ in ("it", "they", "we") else [])
    if _saying_verb(anchor) is not None and not set(speaker) & set(src):
        return []  # "analysts said Russia could attack Lithuania": not Russia's words
    places = frozenset({"in", "on", "against", "at"})  # "strike decision-making centres in Kyiv"
    tgt = _codes((m for c in t.children if c.dep_ in _DIRECT or c.dep_ == "prt" or (
                  c.dep_ == "prep" and c.lower_ in places)
                  for m in _actors_under(c, heads, skip_preps=True, allow=places)), acting=False)
    tgt = [c for c in tgt if c not in src]
    tgt += [c for c in _condition_subjects(t, heads) if c not in tgt]
    return [(a, b) for a in src for b in tgt if a != b]


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


def _condition_subjects(verb: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The actors that are subjects of the verb's "if"/"unless" clauses."""
    out: list[str] = []
    for c in verb.children:
        if _is_condition(c):
            agents = _codes((m for a in c.children if a.dep_ == "agent" for p in a.children
                             for m in _actors_under(p, heads, skip_preps=True)), acting=False)
            if agents:  # "if attacked by the United States", "if provoked by Seoul": who would act
                out += agents
                continue
            who, _ = _subject(c)
            if who is not None:
                out += _codes(_actors_under(who, heads, skip_preps=True), acting=False)
    return out


def _on_condition(verb: Token) -> bool:
    """The verb's own clause sets a condition on it: "will impose duties if they retaliate"."""
    if any(_is_condition(c) for c in verb.children):
        return True
    # "said it would shut the strait, should Washington strike": hung on the saying verb
    return verb.dep_ == "ccomp" and any(_is_condition(c) and c.i > verb.i for c in verb.head.children)


def _is_condition(c: Token) -> bool:
    """An "if"/"unless" clause, or one opened by an inverted "should": "should Washington join"."""
    if c.dep_ not in ("advcl", "ccomp"):
        return False
    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
        return True
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(x.dep_ == "aux" and x.lower_ == "should" and x.i < subj.i
                                    for x in c.children)


_FACE = frozenset({"face", "faces", "faced", "facing", "pay", "pays", "paying", "lose", "loses", "losing", "suffer",
                   "suffers", "suffering", "bear", "bears", "bearing"})
_LOSSES = frozenset({"benefits", "access", "exemption", "exemptions", "status", "preferences",
                     "privileges", "funding", "aid", "waiver", "waivers", "quota", "quotas"})
"""What a warning says a country would lose: "could lose their CUSMA benefits"."""
_MEASURES = frozenset({"tariff", "tariffs", "duties", "duty", "levy", "levies", "surcharge", "surcharges",
                       "sanctions", "consequences",
                       "retaliation", "countermeasures", "penalties", "embargo", "price",
                       "repercussions", "pressure", "defeat", "punishment", "blow", "blockade", "strikes",
                       "responsibility",
                       "action", "force", "attack", "attacks"})


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
    if subj is None or saying is None or not (ultimatum or any(c.lower_ in _MODALS for c in t.children)
                                               or any(_is_condition(c) for c in t.children)):
        return []  # "would face tariffs", "or face tariffs", "faced tariffs unless it cut a deal"
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


def _codes(ms: Iterable[Mention], *, acting: bool) -> list[str]:
    out = []
    for m in ms:
        if acting and (m.weak or m.kind in _CAPITAL_PLACE and m.prep in ("in", "at")):
            continue
        if acting and m.text.lower().startswith(("then-", "former ")):
            continue  # "then-Prime Minister Trudeau accused": history, not news
        out.append(m.code)
    return list(dict.fromkeys(out))


_SPECULATION = frozenset({"fear", "fears", "risk", "risks", "threat", "possibility", "prospect", "prospects",
                          "idea", "notion", "suggestion",
                          "spectre", "specter", "danger", "likelihood", "chance", "chances", "scenario",
                          "scenarios", "talk", "speculation", "worries", "concerns"})
_LOWERED = frozenset({"lower", "reduced", "lowered", "cut", "eased"})
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
_APPROVING = frozenset({"approve", "authorize", "authorise", "endorse", "greenlight", "sign off"})


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


_DISCUSSING = frozenset({"discuss", "discussed", "discusses", "discussing", "debate", "debated", "debates",
                         "debating", "review", "reviewed", "reviewing"})


def _prep_as_dative(c: Token) -> bool:
    """"extended a $450 million package to Sri Lanka": the parser labels the "to" phrase a dative."""
    return c.dep_ == "dative" and c.tag_ == "IN"


_ACTS_ON_OF = frozenset({"shelling", "bombing", "bombardment", "bombardments", "blockade", "seizure", "strafing"})
"""Nouns of force whose "of" names what is hit: "the shelling of Indian villages"."""


_FORCE_HELD = frozenset({"action", "force", "strikes", "operations", "intervention", "attacks", "raids"})
"""Force held out whose place names its target: "did not rule out action inside Venezuela"."""


def _targets(t: Token, typ: str, heads: dict[int, list[Mention]], exclude: set[int]) -> list[str]:
    preps = _PREPS.get(typ, frozenset())
    if typ == "AGREE" and t.lower_ in _JOINING:
        preps = preps | {"in"}  # "became a participant in the EU fund"
    if typ in ("ASSAULT", "COERCE") and t.lower_ in _ACTS_ON_OF:
        preps = preps | {"of"}  # "heavy shelling of Indian border villages", "the invasion of Ukraine"
    preps = preps | _NOUN_AIMS.get(t.lower_, frozenset())
    travel = typ == "CONSULT" and t.lower_ in _TRAVEL
    if travel:
        preps = preps | {"in", "to"}  # "during a stop in Warsaw", "a visit to Kyiv": the host
    found: list[Mention] = []
    for c in t.children:
        if c.i in exclude:
            continue
        if typ == "RETREAT" and c.dep_ == "prep" and c.lower_ == "with" and any(
                d.dep_ == "dobj" and d.lower_ in EASING_NOUNS for d in t.children):
            # "extended the tariff truce with China": the parser may hang the partner on the verb
            found.extend(_actors_under(c, heads, skip_preps=True))
            continue
        if typ == "AID" and c.dep_ == "prep" and c.lower_ == "in":
            # "pledged 2 billion Canadian dollars in new military aid to Ukraine": the aid's recipient
            found.extend(m for p in c.children if p.dep_ == "pobj" and p.lower_ in _AID_NOUNS
                         for q in p.children if q.dep_ == "prep" and q.lower_ in ("to", "for")
                         for m in _actors_under(q, heads, skip_preps=True))
            continue
        if typ == "AID" and c.lower_ == "worth" and c.dep_ in ("advcl", "amod", "acomp"):
            # "supplies worth 100 million yuan to Myanmar": the parser may hang the recipient on "worth"
            found.extend(m for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                         for m in _actors_under(p, heads, skip_preps=True))
            continue
        if typ in ("SANCTION", "THREATEN") and c.dep_ == "prep" and c.lower_ == "by" and t.lower_ in _RESPONSES \
                and any(a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in t.children):
            # "would retaliate by banning American firms from its tenders": whom the means hits
            found.extend(m for g in c.children if g.dep_ == "pcomp" for d in g.children if d.dep_ in _DIRECT
                         for m in _actors_under(d, heads, skip_preps=True))
            continue
        if "to" in preps and c.dep_ in ("advcl", "xcomp") and c.tag_.startswith("VB") and heads.get(c.i) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            found.extend(heads[c.i])  # "sent equipment and specialists to Denmark", "Denmark" parsed as a verb
            continue
        named = _what_called(c) if c.dep_ == "ccomp" and typ in JUDGING_TYPES else []
        if named:  # "criticised what he called the militarisation of the Arctic by NATO"
            direct = [m for x in named for m in _actors_under(x, heads, skip_preps=True, allow=preps | {"by", "of"})]
            found.extend([m for m in direct if m.possessive] or direct)
            continue
        if c.dep_ in _DIRECT and typ == "CONSULT" and t.lower_ in _DISCUSSING:
            # "the two leaders discussed Ukraine, trade and the Arctic": topics, not partners; but
            # "discussed tariffs with Trump" (the parser hangs "with" on the topic)
            found.extend(m for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                         for q in p.children for m in _actors_under(q, heads, skip_preps=True))
            continue
        if c.dep_ in _DIRECT and typ == "CONSULT":
            # "met Macron", "visited Kyiv and Warsaw": the object itself is the other party
            for o in (c, *[x for x in c.subtree if x.dep_ in ("conj", "appos") and x.head.i != t.i]):
                found.extend(heads.get(o.i, ()))
            for p in c.children:  # "met his Latvian counterpart", "negotiated terms with X"
                if p.dep_ in ("poss", "amod", "compound"):
                    found.extend(heads.get(p.i, ()))
                elif p.dep_ == "prep" and p.lower_ in ("with", "between", "from", "of"):
                    for q in p.children:
                        found.extend(_actors_under(q, heads, skip_preps=True))
        elif c.dep_ in _DIRECT and not _prep_as_dative(c):
            # "negotiating trade relations with the US", "imposed tariffs on Canadian steel"
            allow = preps | {"with"} if c.lower_ in _TALKS | _COMPLAINTS | _CLOSABLE | _EASING_NOUNS | EASING_NOUNS \
                else preps  # "froze talks with X", "extended the tariff truce with China"; "froze talks
            if typ == "ACCUSE" and c.lower_ in _COMPLAINTS:
                allow = allow | {"to"}  # "conveyed its disappointment to Washington"
                # "lodged a protest over remarks on Taiwan made by Takaichi", "concern over India's
                # record": the author of what it is about, not its topic
                found.extend(m for p in (*c.children, *t.children) if p.dep_ == "prep" and p.lower_ in ("over", "about")
                             for q in p.children if q.dep_ == "pobj"
                             for m in (_victim_act_authors(q, heads) if q.lower_ in VICTIM_NOUNS else
                                       _owner_or_all(q, heads)))
                # ("deep regret over the detention of its nationals in a U.S. raid": who detained, not who was)
            # with X", "lodged a protest with Beijing"
            if typ == "SANCTION" and c.lower_ in _AID_NOUNS:
                preps = preps | {"to"}  # "cut off assistance to South Africa"
            if typ == "SANCTION" and c.lower_ in _CLOSABLE:
                # "closed its airspace to flights to and from Mali", "to Indian airlines": whoever the
                # closure keeps out
                found.extend(m for p in (*c.children, *t.children) if p.dep_ == "prep" and p.lower_ == "to"
                             for w in p.subtree for m in heads.get(w.i, ()))
            if typ == "AID" or (typ == "SANCTION" and any(w.lower_ in lexicon().objects["ASSETS"] for w in c.subtree)):
                allow = allow | {"in"}  # "$500 million in support for Ukraine", "€210 billion in Russian assets"
            if typ == "THREATEN" and c.lower_ in _FORCE_HELD and any(x.dep_ == "neg" for x in t.children):
                allow = allow | {"in", "inside", "within"}  # "did not rule out action inside Venezuela"
            if typ in JUDGING_TYPES:
                allow = allow | {"by", "of"}  # "condemned the strikes by Russia": their author
                if c.lower_ in _CHANGES:
                    allow = allow | {"in"}  # "called the increase in U.S. duties unjustified"
            if typ in ("COERCE", "ASSAULT"):
                allow = allow | {"including", "among"}  # "detained 475 people, including 317 South Koreans"
            victims = typ in JUDGING_TYPES and c.lower_ in VICTIM_NOUNS
            if victims:  # "condemned the arrest of two Japanese nationals": not those arrested
                allow = allow - {"of"}
            direct = _actors_under(c, heads, skip_preps=True, allow=allow, allow_of=not victims)
            if typ == "SANCTION" and c.lower_ in lexicon().objects["SANCTION"]:
                # "reimpose United Nations sanctions on Iran", "extended EU tariffs to ...": the one named
                # as the measure's modifier owns it; the target is whom it is "on"
                own = {id(m) for x in c.children if x.dep_ in ("compound", "amod", "nmod") for m in heads.get(x.i, ())}
                direct = [m for m in direct if id(m) not in own]
            owners = [m for m in direct if m.possessive]
            if typ == "AGREE" and t.lower_ in _JOINING:
                # "became a participant in the EU fund", "joined the NATO mission": its owner
                found.extend(_actors_under(c, heads, skip_preps=True, allow=preps))
            elif typ in _NO_DIRECT:
                found.extend(owners)  # "joined Canada's partnership": Canada is the partner
            else:
                found.extend(owners or direct)
            if typ in RECIPROCAL_TYPES:
                found.extend(_partners_within(c, heads))
            if typ == "REJECT" and c.lower_ in _IDEAS:
                found.extend(_idea_parties(c, heads))
        elif typ in ("THREATEN", "REQUEST") and (c.dep_ in ("xcomp", "acl") or (
                c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))):
            # "renewed his threats to annex Greenland" (the parser may hang "to annex" on the verb)
            if typ == "REQUEST" and any(d.dep_ in _DIRECT and _actors_under(d, heads, skip_preps=True)
                                        for d in t.children):
                continue  # "asked the Security Council to declare U.S. strikes illegal": the one asked
            for g in c.children:  # "threatened to annex Greenland", "urged Ottawa to act"
                if g.dep_ in _DIRECT:
                    found.extend(_actors_under(g, heads, skip_preps=True))
        if typ == "THREATEN" and c.dep_ == "dobj" and c.lower_ in ("right", "option"):
            for a in c.children:  # "reserves the right to impose duties on U.S. goods"
                if a.dep_ == "acl":
                    found.extend(m for g in a.children if g.dep_ in _DIRECT
                                 for m in _actors_under(g, heads, skip_preps=True,
                                                        allow=frozenset({"on", "against"})))
        elif c.dep_ == "xcomp" and typ == "AGREE" and c.lower_ in ("invest", "investing"):
            for g in (*c.children, *(x for o in c.children if o.dep_ == "dobj" for x in o.children)):
                # "committed to invest C$70 billion in Canada under a framework"
                if g.dep_ == "prep" and g.lower_ == "in":
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=frozenset({"in"})))
        elif c.dep_ == "xcomp" and typ == "AGREE" and c.lower_ in _BUYING:
            for g in c.children:  # "agreed to buy a radar system from Australia": the seller
                if (g.dep_ == "prep" and g.lower_ == "from") or g.dep_ in _DIRECT:
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "xcomp" and typ == "REJECT":
            for g in c.children:  # "declined to set a date for talks with Poland": refuses Poland
                if g.dep_ in _DIRECT and any(w.lower_ in _TRADE_FLOWS | _GOODS for w in (g, *g.children)):
                    continue  # "refused to halt its purchases of Russian crude": the goods' origin refuses no one
                if g.dep_ in _DIRECT or (g.dep_ == "prep" and g.lower_ in ("with", "to", "for")):
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=_WITH_TO))
                elif g.dep_ == "prep" and g.lower_ == "despite":  # "... despite U.S. pressure"
                    found.extend(m for p in g.children if p.dep_ == "pobj" and p.lower_ in _PRESSURE
                                 for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "ccomp" and typ == "REQUEST":
            for g in c.children:  # "demanded that Moscow withdraw its troops"
                if g.dep_ in ("nsubj", "nsubjpass"):
                    found.extend(_actors_under(g, heads, skip_preps=True))
        elif c.dep_ == "dep" and typ in RECIPROCAL_TYPES and c.tag_.startswith("NN") \
                and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "as" \
                and c.doc[c.left_edge.i - 1].dep_ == "cc":
            # "met with the prime minister of Laos, as well as the President of the Philippines"
            found.extend(_actors_under(c, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "by" and typ in JUDGING_TYPES \
                and any(x.dep_ == "nsubj" for x in t.children):
            for p in c.children:  # an active verb's "by": the object's author, as the parser
                if p.dep_ == "pobj":  # attaches it ("called the move by X hostile")
                    found.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "despite" and typ == "REJECT":
            for p in c.children:  # "refused to drop its quotas despite U.S. pressure": who pressed
                if p.dep_ == "pobj" and p.lower_ in _PRESSURE:
                    found.extend(_actors_under(p, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "prep" and c.lower_ == "of" and typ == "THREATEN":
            for p in c.children:  # "warned of merciless retaliation against South Korea"
                if p.dep_ == "pobj" and (p.lower_ in _RESPONSE_NOUNS or p.lower_ in _MEASURES):
                    found.extend(_actors_under(p, heads, skip_preps=True,
                                               allow=frozenset({"on", "against", "at", "for"})))
        elif c.dep_ == "prep" and c.lower_ in ("with", "to") and typ in ("SANCTION", "THREATEN") and any(
                d.dep_ == "dobj" and d.lower_ in _CLOSABLE for d in t.children):
            for p in c.children:  # "shut its border with Belarus", "closed its airspace to Indian airlines"
                if p.dep_ == "pobj":
                    found.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "with" and typ == "SANCTION":
            for p in c.children:  # "answered with counter-duties on Canadian canola"
                if p.dep_ == "pobj" and any(w.lower_ in _MEASURES for w in p.subtree):
                    found.extend(_actors_under(p, heads, skip_preps=True,
                                               allow=frozenset({"on", "against"})))
        elif (c.dep_ == "prep" or _prep_as_dative(c)) and (c.lower_ in preps or (
                typ == "ACCUSE" and c.lower_ == "to" and t.tag_.startswith("VB"))):
            # "complained to Beijing": the verb's own "to" (not "criticised X's visit to Nuuk");
            # "struck targets in and around Caracas": the object of the joined preposition too
            for p in (*c.children, *(g for x in c.children if x.dep_ == "conj" and x.tag_ == "IN"
                                     for g in x.children)):
                if p.dep_ == "pcomp" and _what_called(p):  # "would respond to what she called ..."
                    found.extend(m for x in _what_called(p) for m in _actors_under(x, heads, skip_preps=True))
                elif p.dep_ == "pobj":
                    # a capital after "in"/"at" is a place, except "lashed out at Washington"
                    place = not travel and typ != "ASSAULT" and (
                        c.lower_ == "in" or (c.lower_ == "at" and typ != "ACCUSE"))
                    # "strikes on camps in Pakistan": the country the place lies in is hit
                    within = frozenset({"in", "around", "near", "outside"}) if typ in ("ASSAULT", "COERCE") \
                        else frozenset()
                    found.extend(m for m in _actors_under(p, heads, skip_preps=True, allow=within)
                                 if not (m.kind in _CAPITAL_PLACE and place))
        elif c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    for q in p.children:
                        found.extend(_actors_under(q, heads, skip_preps=False))
    if typ == "RETREAT":  # "backed down on his tariff threat against Canada": whom it threatened
        for w in t.subtree:
            if w.lower_ in ("threat", "threats", "ultimatum") and w.i != t.i:
                found.extend(_actors_under(w, heads, skip_preps=True, allow=frozenset({"against", "on", "to"})))
                for a in w.children:
                    if a.dep_ == "acl":
                        found.extend(m for g in a.children if g.dep_ in _DIRECT or g.dep_ == "prep"
                                     for m in _actors_under(g, heads, skip_preps=True,
                                                            allow=frozenset({"on", "against"})))
    if not found and typ in ("ASSAULT", "COERCE") and t.tag_.startswith("VB") and not any(
            c.dep_ in _DIRECT for c in t.children):
        # "rammed and disabled a Philippine supply boat": the object the two verbs share
        found.extend(m for v in t.children if v.dep_ == "conj" and v.tag_.startswith("VB") and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in v.children)
            for c in v.children if c.dep_ in _DIRECT for m in _actors_under(c, heads, skip_preps=True, allow=preps))
    codes = _codes(found, acting=False)
    if travel and t.tag_.startswith("VB"):
        # "arrived in Brussels for the NATO summit": a seat of international bodies is no host
        codes = [c for c in codes if len(c) == 3]
    if typ == "ACCUSE" and any(c not in _VENUES for c in codes):
        codes = [c for c in codes if c not in _VENUES]  # "filed a complaint ... at the WTO": the venue
    return codes


_PRESSURE = frozenset({"pressure", "demands", "demand", "calls", "requests", "objections", "threats"})
"""What one side puts on another to make it act: "under pressure from Washington"."""


def _idea_parties(idea: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """The other party of the act an idea names: "the idea of joining talks with Russia"."""
    found: list[Mention] = []
    for p in idea.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            if g.dep_ == "pobj":
                found.extend(_actors_under(g, heads, skip_preps=True, allow=_WITH_TO))
            elif g.dep_ == "pcomp":
                for x in g.children:
                    if x.dep_ in _DIRECT or (x.dep_ == "prep" and x.lower_ in _WITH_TO):
                        found.extend(_actors_under(x, heads, skip_preps=True, allow=_WITH_TO))
    return found


def _partners_within(obj: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """Actors after "with"/"between" anywhere inside an object, within its clause: "signed
    new agreements on trade and defence cooperation with Prime Minister Carney"."""
    found: list[Mention] = []
    stack = [obj]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _CLAUSAL or c.dep_ in ("punct", "cc", "mark", "appos", "conj"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.head.i != obj.i:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found.extend(_actors_under(p, heads, skip_preps=True))
                continue
            stack.append(c)
    return found


def _pairs_verb(t: Token, typ: str, heads: dict[int, list[Mention]],
                last_pair: list[str] | None = None, last_any: list[str] | None = None,
                prior: tuple[list[str] | None, list[str] | None] = (None, None),
                here: list[str] | None = None) -> list[tuple[str, str]]:
    subj, passive = _subject(t)
    if subj is None or (subj.lower_ in _ASKED_NOUNS and not passive):
        return []  # "Trump's call for NATO members to spend 5%" read with "call" as the subject
    if typ in RECIPROCAL_TYPES and _the_two(subj) and not heads.get(subj.i):
        # "At that meeting, the two leaders agreed ...", "Israel and Iran traded strikes for twelve
        # days. Both governments accepted the truce" ("they" only after a meeting)
        sides = _two_sides(last_pair, prior if subj.lower_ != "they" else (None, None))
        if sides:
            return _combine(typ, sides, [], [])
    if passive:
        agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        src = _codes((m for a in agents for m in _actors_under(a, heads, skip_preps=True)), acting=True)
        if not src and typ in RECIPROCAL_TYPES:
            # "The deal between Canada and Japan was signed on Monday": the parties it names
            among = [m for p in subj.children if p.dep_ == "prep" and p.lower_ == "between"
                     for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"between"}))]
            if len(_codes(among, acting=True)) >= 2:
                return _combine(typ, _codes(among, acting=True), [], [])
        if not src and typ in RECIPROCAL_TYPES and last_any and len(set(last_any)) == 2 and any(
                _the_two(a) or any(c.dep_ == "poss" and _the_two(c) for c in a.children) for a in agents):
            # "The deal was signed by the two countries' foreign ministers"
            return _combine(typ, last_any, [], [])
        if not src and typ == "MOBILIZE" and subj.lower_ in _FORCE_WORDS:
            # "Canadian troops were deployed to Latvia", "Sweden's armed forces were placed on alert"; "the
            # Pentagon said a destroyer had been sent to the area": the speaker's own
            return _combine(typ, _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
                            or _codes(_reporter(t, heads), acting=True), [], [])
        if not src and typ in ("SANCTION", "THREATEN") and t.dep_ == "ccomp" and (
                t.head.lower_ in _WARNING_VERBS or (t.head.lower_ in _SAYING and any(
                    c.dep_ == "aux" and c.lower_ in ("should", "would", "will", "must", "could") for c in t.children))):
            # "Trump warned that Canadian lumber would be hit with a 50% duty", "told reporters that Spain
            # should be punished with tariffs": the speaker's measure
            src = _subject_codes(t.head, heads) or []
        if not src and typ == "ACCUSE" and t.lower_ in _SUMMONED:
            # "The Russian charge d'affaires was summoned to the Polish foreign ministry": the ministry's
            src = _codes((m for p in t.children if p.dep_ == "prep" and p.lower_ == "to"
                          for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        tgt = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
        return [(a, b) for a in src for b in tgt if a != b]
    src_m = _actors_under(subj, heads, skip_preps=True)
    speaker = _speaker_of_conjoined(t, src_m, heads)
    if speaker is not None:
        subj, src_m = speaker, _actors_under(speaker, heads, skip_preps=True)
    for other in subj.head.children:  # "A and B agreed" parsed as two subjects of one verb
        if other.dep_ == "nsubj" and other.i != subj.i:
            src_m += _actors_under(other, heads, skip_preps=True)
    if not src_m and (subj.lower_ in ("it", "they") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children) or (
            subj.lower_ in _STANDING_FOR_SPEAKER | {"province", "state"} and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subj.children))):
        # "The EU warned it would retaliate", "Pakistan said its forces hit back", "Ford said the province would"
        src_m = _reporter(t, heads)
    if not src_m and typ == "MOBILIZE" and subj.lower_ in _FORCE_WORDS | _ARMED_SERVICES:
        src_m = _reporter(t, heads)  # "Greece's defence ministry said the navy had sent two frigates"
    if not src_m and subj.lower_ == "who" and t.dep_ == "relcl":
        src_m = _actors_under(t.head, heads, skip_preps=True)  # "Trump, who met Erdogan on the sidelines, ..."
    written = t.head if subj.lower_ in ("that", "which") and t.dep_ == "relcl" else subj
    if not src_m and written.lower_ in _DOCUMENTS:
        src_m = _author_of_document(written, heads)  # "in a letter that blamed Ottawa": the letter's author
    weak = {m.code for m in src_m if m.weak}
    if weak and not _codes(src_m, acting=True):
        # "von der Leyen said the bloc stood ready to hit back": the bloc is the speaker's own
        src_m += [m for m in _reporter(t, heads) if m.code in weak]
    if _joined_in(t):  # "Canada joined its NATO allies in endorsing": the allies act too
        src_m += [m for c in t.head.head.children if c.dep_ == "dobj"
                  for m in _actors_under(c, heads, skip_preps=True)]
    src = _codes(src_m, acting=True)
    if not src and typ == "RETREAT" and not heads.get(subj.i):
        # "a deal that cuts U.S. tariffs on Korean cars": the measure's owner eases it
        src = _codes((m for c in t.children if c.dep_ == "dobj" for o in c.children
                      if o.dep_ in ("compound", "poss", "amod") for m in heads.get(o.i, ())), acting=True)
    if not src:
        return []
    # "would not rule out force against X": the target of the threat
    tgt = _targets(t, "THREATEN" if _ruling_out(t, typ) else typ, heads, {subj.i})
    if typ not in RECIPROCAL_TYPES:
        tgt = [c for c in tgt if c not in src]  # "refused to retract his remarks": his own, no target
    if typ == "CONCEDE":
        # "pardoned and freed the French-Algerian writer at the request of the German president": a
        # concession to the one who asked, whatever the freed person's nationality
        asked = [c for v in (t, *t.conjuncts) for p in v.children if p.dep_ == "prep" and p.lower_ == "at"
                 for q in p.children for pr in _at_the_request(q, heads) for c in [pr[0]] if c not in src]
        if asked:
            tgt = asked
    if not tgt and typ == "ACCUSE":
        # "shot back that Washington was applying double standards": the one the charge is about;
        # "considers the U.S. threats illegitimate": the judged thing's author
        tgt = [c for x in t.children if x.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in x.children) or t.lower_ in _JUDGING_AS)
               for c in (_subject_codes(x, heads, acting=False) or []) if c not in src]
    if not tgt and typ in ("ACCUSE", "REJECT"):
        # "Russia's embassy in Stockholm criticised ...": an embassy speaks to its host government
        tgt = [c for c in _codes((m for p in subj.children if p.dep_ == "prep" and p.lower_ == "in"
                                  and subj.lower_ in ("embassy", "mission", "consulate")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ == "REQUEST" and t.dep_ == "conj" and _is_verb(t.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "summoned the top U.S. diplomat and demanded an explanation": asked of the one summoned
        tgt = [c for c in _codes((m for c in t.head.children if c.dep_ == "dobj"
                                  for m in _actors_under(c, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ == "RETREAT":
        # "called off the tariffs he had threatened to impose on Denmark and France"
        tgt = [c for o in t.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"
               for w in r.subtree if w.dep_ == "prep" and w.lower_ in ("on", "against")
               for c in _codes((m for p in w.children if p.dep_ == "pobj"
                                for m in _actors_under(p, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "RETREAT":
        # "will hold off on its second round of counter-tariffs against US products": the measure's target
        tgt = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "on" for w in p.subtree
               if w.dep_ == "prep" and w.lower_ in ("against", "on") and w.i != p.i
               for c in _codes((m for q in w.children if q.dep_ == "pobj"
                                for m in _actors_under(q, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "CONCEDE" and t.lower_ not in _GIVING_WAY:
        tgt = _released_to(t, heads, src)
    if typ == "AID" and subj.lower_ in _TRADE_FLOWS:
        return []  # "New Delhi's oil imports were helping to fund Moscow's war": trade, not aid
    if not tgt and typ == "AID":  # "gave Papua New Guinea A$600 million", "... to help Ukraine buy"
        tgt = [c for c in _codes((m for c in t.children if c.dep_ == "dative" for m in heads.get(c.i, ())),
                                 acting=False) + _helped(t, heads) if c not in src]
    if not tgt and typ == "AID":
        # "deposited $3 billion with Pakistan's central bank": the one the sum is placed with;
        # "sent two navy ships loaded with food to Cuba": the parser hangs "to" on the participle
        money = words_money([w.lower_ for w in t.subtree])
        objs = [c for c in t.children if c.dep_ == "dobj"]
        sources = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        inside = [w for o in objs for w in o.subtree if w.i != o.i]  # what is sent, and its cargo
        tgt = [c for h in (t, *objs, *inside, *sources) for p in h.children
               if p.dep_ == "prep" and ((p.lower_ == "with" and money and h in (t, *objs)) or (
                   p.lower_ == "to" and h in inside) or (p.lower_ == "for" and h in sources and money))
               and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
               for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if not tgt and (typ == "THREATEN" or (_ruling_out(t, typ) and _unreal(t)[1])):
        # "would not rule out retaliation if Washington's levy hit Korean chipmakers"
        tgt = [c for c in _condition_subjects(t, heads) if c not in src]
    if not tgt and typ == "THREATEN" and t.lower_ in _RESERVING:
        # "reserves the right to respond to this brazen aggression by Iran": the act answered
        tgt = [c for o in t.children if o.dep_ == "dobj" and o.lower_ == "right" for a in o.children
               if a.dep_ in ("acl", "relcl") for c in _hypothetical_acts(a, heads) if c not in src]
    if not tgt and typ == "THREATEN" and t.lower_ in _VOWING:
        # "vowed to respond firmly to France's suspension of the waiver": the act's author
        tgt = [c for x in (t, *(c for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.lower_ in _RESPONSES))
               for c in _hypothetical_acts(x, heads) if c not in src]
    if not tgt and typ == "THREATEN":
        # "answered the controls with a threat of an additional 100% tariff on Chinese goods"
        measures = lexicon().objects["SANCTION"]
        tgt = [c for c in _codes((m for x in t.subtree if x.lower_ in measures for p in x.children
                                  if p.dep_ == "prep" and p.lower_ in ("on", "against")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ in ("THREATEN", "SANCTION", "ACCUSE", "REJECT"):
        # "would take military-technical measures in response to Finland's move": the one answered
        tgt = [c for c in _codes((m for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                                  for r in p.children if r.lower_ in ("response", "retaliation", "reply", "reaction")
                                  for q in r.children if q.dep_ == "prep" and q.lower_ in ("to", "for", "against")
                                  for m in _actors_under(q, heads, skip_preps=False)), acting=False)
               if c not in src]
    if not tgt and typ in ("SANCTION", "THREATEN"):
        # "adopted its 18th sanctions package targeting Moscow's energy and banking sectors"
        tgt = [c for o in t.children if o.dep_ == "dobj" for a in o.children
               if a.dep_ == "acl" and a.lower_ in ("targeting", "targetting", "hitting", "aimed", "directed")
               for g in a.subtree if g.i != a.i and g.dep_ in ("poss", "pobj", "dobj", "amod", "compound")
               for c in _codes(heads.get(g.i, ()), acting=False) if c not in src]
    if not tgt and typ in ("SANCTION", "THREATEN") and _counter_measures_named(t):
        # "regrets the increase of US tariffs ... and that the EU is prepared to impose countermeasures":
        # counter-measures answer the measure the sentence names before them
        tgt = [c for m in t.sent if m.i < t.i and m.lower_ in _MEASURE_HEADS
               for c in _codes((x for o in m.children if o.dep_ in ("poss", "compound", "amod")
                                for x in _actors_under(o, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ in ("SANCTION", "ASSAULT", "COERCE", "THREATEN") and _any_attempt(t) is not None:
        # "would crush any attempt by Taipei to pursue independence": the one who might attempt it
        tgt = [c for c in _codes((m for p in _any_attempt(t).children if p.dep_ == "prep"   # type: ignore[union-attr]
                                  and p.lower_ in ("by", "from") for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if typ == "REJECT":
        # "refused to stop buying Russian oil despite U.S. pressure": the one pressing, not the oil's seller
        pressing = _pressing(_pressure_nouns(t.subtree, ("despite", "in"), _PRESSING_NOUNS), heads)
        if pressing:
            tgt = [c for c in pressing if c not in src]
    if not tgt and typ == "REJECT":
        tgt = _demand_named(t, heads, src)  # "refused to commit to the investment Washington demanded"
    if not tgt and typ == "SANCTION" and t.lower_ in _CUTTING_OFF:
        # "severed diplomatic relations with X", "froze talks with X": the one cut off
        holders = (t, *(c for c in t.children if c.dep_ == "dobj"))  # "relations with X" or "cut ... with X"
        tgt = [c for c in _codes((m for h in holders for p in h.children if p.dep_ == "prep"
                                  and p.lower_ == "with" for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if not tgt and t.dep_ == "advcl" and any(
            (c.dep_ in _DIRECT or c.dep_ == "dep" or (c.dep_ == "nsubj" and x.dep_ == "xcomp"))
            and c.lower_ in ("both", "all", "each") and not list(c.children)
            for x in (t, *t.children) for c in (x.children if x is not t else t.children)):
        # "spoke with Jaishankar and Dar, urging both to open a direct line": the ones just spoken with
        tgt = [c for p in t.head.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
               for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if not tgt and last_any and len(set(last_any)) == 2 and any(
            c.dep_ in _DIRECT and _the_two(c) and not heads.get(c.i) for c in t.children):
        tgt = [x for x in last_any if x not in src]  # "urged both governments to ..."
    if not tgt and typ in JUDGING_TYPES and t.dep_ == "relcl" and any(
            c.dep_ in _DIRECT and c.lower_ in ("which", "that") for c in t.children):
        # "U.S. tariffs, which Sheinbaum called unjust": the antecedent is what is judged
        tgt = [m for m in _codes(_actors_under(t.head, heads, skip_preps=True), acting=False)
               if m not in src]
        if not tgt and t.head.lower_ in ACTS_JUDGED and prior[0] and prior[0][0] not in src:
            tgt = [prior[0][0]]
    if not tgt and typ in JUDGING_TYPES and t.dep_ == "relcl" and (
            t.head.lower_ in ACTS_JUDGED or any(c.dep_ in _DIRECT and c.lower_ == "which" for c in t.children)):
        # "slapped duties on Canadian canola, a move MacDonald called disappointing", "recognised
        # Palestine on Sunday, which Netanyahu denounced": the act told in the clause it hangs on
        tgt = [c for c in _author_of_clause(t.head, heads) if c not in src]
    named = next((c for c in t.children if c.dep_ in _DIRECT and (_act_named(c, heads) or (
        c.lower_ in ("that", "this") and c.tag_ != "WDT" and not list(c.children) and typ in JUDGING_TYPES) or (
        c.lower_ == "it" and typ == "ACCUSE" and t.lower_ in _DESCRIBE))), None)
    # ("Greer called it a serious mistake": the act told just before)
    # "Frederiksen rejected that, saying Greenland was not for sale": what was just said
    before = None if named is None else prior[1] if named.lower_ in _SPEECH_NOUNS | {"that", "this"} else prior[0]
    if before and named is not None and named.lower_ in _DEMAND_NOUNS and before[2] not in _ASKING | {"SANCTION"}:
        before = None  # "also dismissed the demand" after another's refusal: the refusal is no demand
    if typ in JUDGING_TYPES and before and before[0] not in src and not (
            before[2] in RECIPROCAL_TYPES and before[1] in src):
        # the act the object names is the one judged, even where a clause beside it names others:
        # "Beijing rejected the criticism, saying Taiwan was an internal affair"; a joint act is
        # both parties' ("denounced the statement" the two governments issued)
        tgt = [before[0]] + ([before[1]] if before[2] in RECIPROCAL_TYPES and before[1] not in src
                             and named is not None and named.lower_ in _JOINT_ACTS else [])
    if not tgt and named is None and t.dep_ == "conj" and typ in ("REQUEST", "THREATEN", "ACCUSE") \
            and not any(c.dep_ in _DIRECT and _actors_under(c, heads, skip_preps=True) for c in t.children) \
            and _is_verb(t.head) and prior[0] and prior[0][2] not in RECIPROCAL_TYPES and prior[0][0] not in src \
            and any(c.dep_ in _DIRECT and _act_named(c, heads) and c.lower_ not in _SPEECH_NOUNS
                    for c in t.head.children):
        # "condemned the seizure and demanded the release of the crew": the one whose act the first
        # verb judged
        tgt = [prior[0][0]]
    if not tgt and typ in ("SANCTION", "ASSAULT", "COERCE", "THREATEN"):
        # "Ontario could slap a surcharge on power it sells to Michigan if Washington did not back
        # down", "threatened to act if Ottawa did not move": the one the condition names
        verbs = [t, *(x for x in t.children if x.dep_ == "xcomp")] if typ == "THREATEN" else [t]
        if typ == "THREATEN" and t.lower_ in _WARNING_VERBS:
            # "warned that Brussels stood ready to hit ... if the United States went ahead"
            # (only when the warner's own side acts there: not "warned that Manila would pay if ...")
            verbs += [x for c in t.children if c.dep_ == "ccomp" and _own_side_acts(c, src, heads)
                      for x in c.subtree if _is_verb(x)]
        if t.dep_ == "ccomp":  # "said it would shut the strait ..., should Washington strike": the
            verbs.append(t.head)  # parser hangs the inverted condition on the saying verb
        tgt = [c for v in verbs for c in _condition_subjects(v, heads) if c not in src]
    if not tgt and typ in _PURPOSED and _purpose(t):
        # "phoned his Lithuanian counterpart to express solidarity": the one called
        tgt = [c for d in t.head.children if d.dep_ in _DIRECT or (d.dep_ == "prep" and d.lower_ in ("with", "to"))
               for c in _codes(_actors_under(d, heads, skip_preps=d.dep_ != "prep"), acting=False)
               if c not in src]
    if not tgt and _fights_back(t):  # "would fight to the end against any Israeli aggression"
        tgt = [c for c in _codes((m for w in t.subtree if w.dep_ == "prep" and w.lower_ == "against"
                                  for m in _actors_under(w, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "REQUEST" and t.dep_ in ("advcl", "xcomp") and t.head.lower_ in _WRITING_TO:
        # "wrote to Secretary-General Mark Rutte on Thursday asking for a more flexible formula"
        tgt = [c for c in _codes((m for p in t.head.children if (p.dep_ == "prep" and p.lower_ == "to")
                                  or p.dep_ in ("dobj", "dative") for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if typ == "REQUEST" and set(tgt) <= set(src):  # "the freedom of two French teachers held by Iran"
        tgt = [c for c in _holders_of_the_released(t, heads) if c not in src] or tgt
    if not tgt and typ == "ASSAULT":
        # "struck militant camps in Pakistan", "hit Hamas operatives in Doha": the state where it struck
        holders = (t, *(c for c in t.children if c.dep_ in ("dobj", "prep")),
                   *(g for c in t.children if c.dep_ in ("dobj", "prep") for g in c.children if g.dep_ == "pobj"))
        tgt = [c for c in _codes((m for h in holders for p in h.children if p.dep_ == "prep"
                                  and p.lower_ in ("in", "inside", "across", "into", "near", "around", "outside")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    filed = typ == "ACCUSE" and any(c.dep_ in _DIRECT and c.lower_ in _COMPLAINTS | _CASES for c in t.children)
    if filed:
        tgt = [x for x in tgt if x not in _VENUES]  # "filed a complaint at the WTO": where, not whom
    act = prior[0]
    if not tgt and act and act[1] in src and act[0] not in src and act[2] not in RECIPROCAL_TYPES \
            and typ in ("ACCUSE", "SANCTION", "REJECT", "THREATEN") and (_answered_by(t) or filed):
        # "Washington raised duties on Brazil. Brasilia filed a complaint at the WTO": Washington
        tgt = [act[0]]  # "Washington raised duties. Brazil responded by filing a complaint": Washington
    if not tgt and here and typ in ("ACCUSE", "REJECT") and here[1] in src and here[0] not in src \
            and here[2] not in RECIPROCAL_TYPES and not any(
                c.dep_ in _DIRECT and _actors_under(c, heads, skip_preps=False) for c in t.children):
        # "Ottawa launched a challenge a day after Washington finalized duties on its lumber"
        tgt = [here[0]]
    if not tgt and typ in ("THREATEN", "ACCUSE", "SANCTION") and (typ != "SANCTION" or _responds(t)):
        # "vowed to take resolute countermeasures after Washington blacklisted Chinese firms"
        tgt = [c for c in _answered_clause_subjects(t, heads) if c not in src]
    if not tgt and len(src) >= 2 and typ not in RECIPROCAL_TYPES and typ != "MOBILIZE" \
            and t.dep_ != "advcl" and (_each_other(t) or (typ == "CONCEDE" and any(
                c.lower_ == "each" and not list(c.children) for c in (*t.children, *subj.children)))):
        # "India and Canada named high commissioners to each other's capitals": each to the other
        return [(a, b) for a in src for b in src if a != b]
    if not tgt and typ == "REJECT":
        # "turning down a demand Moscow had put forward", "a truce proposal put forward by Britain"
        tgt = _demand_named(t, heads, src) or _demand_named(t, heads, src, _OFFERS | _PLANS)
    if not tgt and typ == "REJECT" and "NATO" not in src and _spending_target_named(t):
        tgt = ["NATO"]  # "refused to commit to the 5% target": the alliance's spending target
    if not tgt and typ == "REJECT" and t.lower_ in _VOTING and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
        # "France voted against the agreement when EU member states approved it": the ones adopting it
        tgt = [c for x in t.children if x.dep_ == "advcl" for c in (_subject_codes(x, heads, acting=False) or [])
               if c not in src]
    said = prior[1]
    if not tgt and typ == "REJECT" and said and said[1] in src and said[0] not in src \
            and said[2] in _ASKING:
        tgt = [said[0]]  # "Washington demanded ... LeBlanc turned down both demands": Washington
    if not tgt and typ in ("THREATEN", "SANCTION", "ASSAULT") and act and act[1] in src and act[0] not in src \
            and act[2] not in RECIPROCAL_TYPES and _responds(t):
        # "Poland expelled three Russian diplomats. Moscow vowed to respond" (or "said it would
        # retaliate", "retaliated"): Poland
        tgt = [act[0]]
    if not tgt and typ == "THREATEN" and _responds(t):
        # "urged the United States to stop arming Taiwan and warned that China would take resolute
        # measures": the one the verb joined to the warning was aimed at
        warner = _saying_verb(t) or t
        if warner.dep_ == "conj" and _is_verb(warner.head):
            tgt = [c for c in _codes((m for d in warner.head.children if d.dep_ in ("dobj", "dative")
                                      for m in _actors_under(d, heads, skip_preps=True)), acting=False)
                   if c not in src]
    if not tgt and typ in ("THREATEN", "SANCTION") and said and said[1] in src and said[0] not in src \
            and said[2] in ("THREATEN", "SANCTION", "ACCUSE", "COERCE", "ASSAULT") and _responds(t):
        # "Trump threatened a 30% tariff on the EU. Von der Leyen warned that the bloc would respond
        # firmly to any such tariffs": the one whose threat it answers
        tgt = [said[0]]
    if not tgt and typ in ("CONSULT", "AGREE") and any(
            w.lower_ in ("both", "each", "separately") for w in t.doc[subj.right_edge.i + 1:t.i]):
        return []  # "Britain and Canada have both negotiated access to SAFE": each on its own
    if not tgt and typ in ("CONSULT", "AGREE") and t.dep_ == "conj" and _is_verb(t.head):
        # "A and B spent an hour with the two U.S. officials and agreed to set up a working group":
        # the partners of the verb the agreement is joined to
        tgt = [c for c in _codes((m for p in t.head.children if p.dep_ == "prep" and p.lower_ == "with"
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False) if c not in src]
    return _combine(typ, src, tgt, _co_actors(t, subj, heads))


_LEAVING = frozenset({"walked", "walks", "walk", "walking", "away", "pulled", "pulls", "withdrew", "withdraws",
                      "withdrawn", "withdrawing", "exited", "exits", "quit", "quits", "out"})
_SUMMONED = frozenset({"summoned", "summons", "called"})
_WRITING_TO = frozenset({"wrote", "writes", "write", "writing", "called", "phoned", "telephoned", "rang", "cabled"})
_PRESSING_NOUNS = frozenset({"pressure", "demands", "demand", "calls", "appeals", "objections", "threats",
                             "warnings", "defiance"})
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


def _any_attempt(v: Token) -> Token | None:
    """The object of ``v`` when it is any act that may come: "crush any attempt by Taipei", "hit any
    move by Manila"."""
    return next((o for o in v.children if o.dep_ == "dobj" and any(
        d.dep_ == "det" and d.lower_ == "any" for d in o.children)), None)


_DOCUMENTS = frozenset({"letter", "letters", "statement", "statements", "post", "posts", "communique",
                        "communiqué", "declaration", "note", "memo", "message", "order", "proclamation"})
"""What speaks for its author: "a letter posted on social media that blamed Ottawa"."""
_WORDS_SENT = _DOCUMENTS | frozenset({"messages", "notes", "memorandum", "memorandums", "proposal", "proposals",
                                      "invitation", "warning", "signal", "reply", "response"})
"""What a government sends that is words, not aid: "sent a message to Guterres, calling for assistance"."""


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


def _speaker_of_conjoined(t: Token, src: list[Mention], heads: dict[int, list[Mention]]) -> Token | None:
    """"China's coast guard said the Philippine vessels had intruded and accused Manila of ...":
    the parser may join the second verb to the reported clause; when the subject it inherits
    there would act on itself, the speaker is the one who acts."""
    if t.dep_ != "conj" or t.head.dep_ != "ccomp" or t.head.head.lower_ not in _SAYING:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    if _past_beside_modal(t):
        # "Peskov said Western weapons would not change the front and accused Berlin of ...": a past
        # verb cannot share the reported clause's "would"; it is the speaker's second act
        speaker, passive = _subject(t.head.head)
        return None if speaker is None or passive else speaker
    mine = {m.code for m in src}
    objects = {m.code for c in t.children if c.dep_ in _DIRECT for m in _actors_under(c, heads, skip_preps=True)}
    if not mine or not mine & objects:
        return None
    speaker, passive = _subject(t.head.head)
    return None if speaker is None or passive else speaker


def _held_out(t: Token) -> bool:
    """A measure or a strike as the subject of "could", "might" or "may": held out, not done ("U.S.
    strikes on targets inside Venezuela could follow")."""
    return t.dep_ in ("nsubj", "nsubjpass") and any(
        a.dep_ == "aux" and a.lower_ in ("could", "might", "may") for a in t.head.children)


def _past_beside_modal(t: Token) -> bool:
    """A past-tense verb the parser joined to a reported clause told with a modal ("said X would not
    change the front and accused Berlin of ..."): it cannot share the modal, so it is the speaker's."""
    return t.dep_ == "conj" and t.tag_ == "VBD" and t.head.dep_ == "ccomp" and t.head.tag_ == "VB" \
        and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in t.head.children) \
        and t.head.head.lower_ in _SAYING and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


_REACTING = frozenset(f"{stem}{end}" for stem in (
    "prais", "welcom", "hail", "applaud", "laud", "commend", "condemn", "criticis", "criticiz",
    "denounc", "slam", "blast", "decri", "call", "describ", "brand", "label", "term", "reject",
    "dismiss", "refus", "declin", "deni", "deny", "turn", "rebuff", "vow", "promis", "pledg", "warn",
    "threaten", "respond", "retaliat", "reciprocat", "oppos", "protest", "deplor", "regrett", "regret",
    "object", "endors", "back", "lament", "answer", "slamm", "express", "voic") for end in (
        "", "e", "ed", "es", "s", "ing", "led"))
"""Words of a reaction to an act reported before: only a sentence holding one is parsed for it."""
_ASKING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
"""What a refusal answers: a demand, an accusation, a threat aimed at the one who refuses."""
_REFUSING = frozenset({"refused", "refuses", "refuse", "declined", "declines", "rejected", "rejects",
                       "denied", "denies", "dismissed", "dismisses", "rebuffed", "rebuffs", "turned"})
_VOWING = frozenset({"vowed", "vows", "vow", "vowing", "promised", "promises", "pledged", "pledges"})
_RESPONSES = frozenset({"respond", "responds", "responded", "retaliate", "retaliates", "retaliated",
                        "reciprocate", "reciprocates", "react", "reacts", "answer", "hit", "strike"})


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


_TAKING = frozenset({"take", "takes", "taking", "took", "adopt", "adopts", "use", "uses"})
_STEPS = frozenset({"measures", "actions", "action", "steps", "countermeasures", "counter-measures",
                    "tools", "means"})
_RESOLVE_WORDS = frozenset({"necessary", "resolute", "firm", "all", "decisive", "forceful", "strong",
                            "corresponding", "reciprocal", "retaliatory", "appropriate", "countermeasures",
                            "counter-measures", "military-technical", "military", "adequate", "tough", "robust",
                            "proportionate", "proportional", "swift", "severe", "effective", "available"})


def _necessary_measures(t: Token) -> bool:
    """"would take all necessary measures to safeguard its rights": the standard official threat."""
    return t.lower_ in _TAKING and any(
        o.dep_ == "dobj" and o.lower_ in _STEPS and any(w.lower_ in _RESOLVE_WORDS for w in o.subtree)
        for o in t.children)


_SPEECH_NOUNS = frozenset({"statement", "remarks", "comments", "announcement", "proposal", "offer", "criticism",
                           "overture", "accusation", "accusations", "threat", "threats", "demand",
                           "demands"})
"""Of those, the ones naming what was said: the event they name may be a statement itself."""
_JOINT_ACTS = frozenset({"statement", "deal", "agreement", "pact", "accord", "declaration", "partnership",
                         "drills", "drill", "exercise", "exercises", "manoeuvres", "maneuvers"})
"""Of those, the ones two parties make together: judging one judges both."""
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "such"})


_SAYS = frozenset({"said", "says", "say", "saying"})


_REGARDING = frozenset({"treat", "treated", "regard", "regarded", "consider", "considered", "see", "seen",
                        "view", "viewed", "deem", "deemed"})
_WAR_ACTS = frozenset({"act", "cause", "declaration", "casus"})
_JUDGING_AS = _REGARDING | frozenset({"considers", "regards", "deems", "views", "treats"})


def _marked_as_a_cause_of_war(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """What a speaker says it would treat as legitimate targets or as an act (cause) of war
    threatens its owner or the one whose condition it is: "the Kremlin said British soldiers sent to
    Ukraine would be treated as legitimate targets", "Ankara told Athens it would regard any
    extension of Greek territorial waters as a cause for war"."""
    if t.lower_ not in _REGARDING or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll")
                                             for c in t.children) or any(c.dep_ == "neg" for c in t.children):
        return []
    holders = (*t.children, *(g for c in t.children if c.dep_ == "dobj" for g in c.children))
    marked = [p for c in holders if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
              if p.dep_ == "pobj" and (p.lower_ in ("target", "targets") or (p.lower_ in _WAR_ACTS and any(
                  w.lower_ in ("war", "belli") for w in p.subtree)))]
    if not marked:
        return []
    subj, passive = _subject(t)
    saying = _saying_verb(t)
    if saying is None:
        return []
    speaker = _subject_codes(saying, heads) or []
    owners = frozenset({"of", "by", "from"})  # "any extension of Greek waters", not "soldiers sent to Ukraine"
    if passive and subj is not None:
        them = _codes(_actors_under(subj, heads, skip_preps=True, allow=owners), acting=False)
    else:
        them = _codes((m for c in t.children if c.dep_ == "dobj"
                       for m in _actors_under(c, heads, skip_preps=True, allow=owners)), acting=False)
        if subj is not None and subj.lower_ in ("it", "we", "they") and not speaker:
            speaker = _codes(_reporter(t, heads), acting=True)
    them += [c for c in _condition_subjects(t, heads) if c not in them]
    if not them:  # "told Athens it would regard ...": the one told
        them = _codes((m for c in saying.children if c.dep_ in ("dobj", "dative")
                       for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    return [(a, b) for a in speaker for b in them if a != b]


_ADVERSE = frozenset({"hit", "targeted", "lapse", "end", "terminate", "scrap", "withdraw", "pull", "cut", "impose", "raise", "hike",
                      "block", "veto", "halt", "suspend", "expel", "punish", "retaliate", "respond", "strike",
                      "attack", "sink", "shoot", "seize", "close", "shut", "ban", "freeze", "sever", "quit",
                      "leave", "abandon", "double", "triple", "walk"})
"""Words of a step that hurts the other side, in the clause a condition hangs on."""


def _unless_another_acts(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """What one side says it will (could, is ready to) do to the other's harm unless, or if, the
    other does something is held over the other: "Trump said he could let the agreement lapse unless
    Canada treated American farmers fairly", "could terminate the agreement if Canada kept treating
    our farmers like dirt", "was ready to impose countermeasures if talks with Washington failed"."""
    if not t.tag_.startswith("VB") or t.lower_ in _FACE or not any(
            c.dep_ == "advcl" for c in (*t.children, *t.head.children, *t.head.head.children)):
        return []  # (no clause hangs on the verb or the one above it: no condition, the usual case)
    held = _held_in_readiness(t)
    anchor = _readiness_head(t) if held else t
    if not held and not any(c.dep_ == "aux" and c.lower_ in _MODAL_FUTURE for c in t.children):
        return []
    if t.lower_ in ("be", "become", "have") or _unreal(t)[1] or _ancestor_conditional(anchor.head) \
            or _told_by_analysts(t):
        return []
    conditions = [(c, m.lower_) for v in {t, anchor} for c in v.children if c.dep_ == "advcl"
                  for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")]
    if not conditions:
        return []
    kept = {w.lower_ for w in t.subtree if not any(w.i in range(c.left_edge.i, c.right_edge.i + 1)
                                                 for c, _ in conditions)}
    steps = t.lower_ in _TAKING and any(o.dep_ == "dobj" and o.lower_ in _STEPS for o in t.children)
    if not steps and _ADVERSE.isdisjoint(kept) and _MEASURES.isdisjoint(kept) \
            and lexicon().objects["SANCTION"].isdisjoint(kept):
        return []  # "Canada would join the programme unless the EU objected": nothing held over the EU
    lex = lexicon()
    if lex.object_lemmas.get(t.lower_, "").split(" ")[0] in lex.objects["RETREAT_VERBS"] and any(
            c.dep_ == "dobj" and c.lower_ in lex.objects["SANCTION"] for c in t.children):
        return []  # "would lift its tariffs if Washington dropped the levy": an offer, not a threat
    subj, passive = _subject(anchor)
    if subj is None:
        return []
    if passive and not any(c.dep_ == "agent" for c in anchor.children):
        # "Ottawa has said a second list of products will be hit in 21 days if Washington does not back
        # down": the speaker's measure
        src = _codes(_reporter(anchor, heads), acting=True)
    elif passive:
        return []
    else:
        src = _codes(_actors_under(subj, heads, skip_preps=True) or (
            _reporter(anchor, heads) if subj.lower_ in ("it", "we", "they", "he", "she") else []), acting=True)
    if not src:
        return []
    them: list[str] = []
    for c, _mark in conditions:
        who, passive = _subject(c)
        if who is not None and not passive:
            # "if talks with Washington failed": the other side of the talks
            them += _codes(_actors_under(who, heads, skip_preps=True,
                                         allow=frozenset({"with"}) if who.lower_ in _TALKS else frozenset()),
                           acting=False)
    return [(a, b) for a in src for b in dict.fromkeys(them) if a != b]


def _marked_as_targets(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said any Y troops would be legitimate targets": X threatens Y (the subject's owner)."""
    if t.lower_ not in ("be", "become") or t.dep_ != "ccomp" or t.head.lower_ not in _SAYING:
        return []
    if not any(c.dep_ == "attr" and c.lower_ in ("target", "targets") for c in t.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children):
        return []
    src, tgt = _speaker_and_subject(t, heads)
    if not tgt and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        src = _subject_codes(t.head, heads) or []
        # "warned that British troops deployed to Ukraine would be legitimate targets", parsed as two
        # clauses: the subject went to the participle before
        tgt = _codes((m for v in t.head.children if v.dep_ == "ccomp" and v.i < t.i for c in v.children
                      if c.dep_ in ("nsubj", "nsubjpass") for m in _actors_under(c, heads, skip_preps=True)),
                     acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


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


_STATE_VERBS = frozenset({"spends", "spend", "invests", "invest", "keeps", "keep", "maintains", "maintain",
                          "has", "have", "stations", "station"})
_SCHEDULE_VERBS = frozenset({"travels", "travel", "heads", "head", "flies", "fly", "leaves", "leave", "departs",
                             "depart"})


def _present_state(t: Token) -> bool:
    """A present-tense verb of a standing level or a timetable: "spends 4% of GDP on defence",
    "keeps 1,000 troops in Latvia", "travels to Quito on Friday" (a schedule). Where forces are
    stationed is ``_present_passive_state``'s."""
    if any(c.dep_ == "aux" for c in t.children):
        return False  # "has sent", "will spend": told with an auxiliary
    return t.lower_ in _STATE_VERBS or t.lower_ in _SCHEDULE_VERBS


def _present_passive_state(t: Token) -> bool:
    """"About 28,500 U.S. troops are stationed in South Korea": where forces are, not a move."""
    return t.lower_ in ("stationed", "based", "garrisoned", "posted", "headquartered") \
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in t.children) \
        and not any(c.dep_ == "aux" for c in t.children)


_CARRYING_OUT = frozenset(w for v in ("make", "follow") for w in inflect(v))
_HALTING = frozenset(w for v in ("halt", "cut", "suspend", "freeze", "stop", "end", "withhold", "pause", "slash",
                                  "terminate", "cancel", "block", "reduce") for w in inflect(v))
_MORE = frozenset({"more", "further", "additional", "new", "fresh", "higher", "tougher"})


def _more_warned(t: Token, heads: dict[int, list[Mention]],
                 prior: tuple[list[str] | None, list[str] | None]) -> tuple[str, list[tuple[str, str]]] | None:
    """"Trump told reporters that more penalties could follow": more of a measure the speaker's side
    took just before threatens the one it hit (named nowhere in the sentence)."""
    if t.lower_ not in _WARNING_OR_SAYING or not t.tag_.startswith("VB") or not prior[0] \
            or prior[0][2] != "SANCTION":
        return None
    src = _subject_codes(t, heads) or []
    if prior[0][0] not in src:
        return None
    for c in t.children:
        who, _ = _subject(c) if c.dep_ == "ccomp" else (None, False)
        if who is None or who.lower_ not in _HARMS or not any(d.lower_ in _MORE for d in who.children) \
                or not any(a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in c.children) \
                or any(a.dep_ == "neg" for a in c.children) or _harm_warned(c, who, src, heads):
            continue
        return "THREATEN", [(a, prior[0][1]) for a in src if a != prior[0][1]]
    return None


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


def _quoted(w: Token) -> bool:
    """``w`` stands between quotation marks of its sentence."""
    return sum(1 for x in w.doc[w.sent.start:w.i] if x.text in ('"', "\u201c", "\u201d")) % 2 == 1


def _act_named(c: Token, heads: dict[int, list[Mention]]) -> bool:
    """``c`` names an act reported before and no actor of its own: "the move", "these duties"."""
    return c.lower_ in ACTS_JUDGED and any(d.dep_ == "det" and d.lower_ in _ANAPHORIC
                                           for d in c.children) \
        and not any(heads.get(w.i) or (w.dep_ == "amod" and w.text[:1].isupper()) for w in c.subtree)


_JOINT = frozenset({"agreed", "agree", "met", "signed", "discussed", "talked", "spoke", "held",
                    "reached", "concluded", "pledged", "committed"})
"""Words of a joint act; "they" makes a sentence worth parsing only beside one of them."""
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


def _each_other(t: Token) -> bool:
    """The act is mutual: "each other", "one another" among the words that follow the verb."""
    words = [w.lower_ for w in t.subtree if w.i > t.i]
    return any(a == "each" and b == "other" or a == "one" and b == "another"
               for a, b in pairwise(words))


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


def _pairs_noun(t: Token, typ: str, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    own: list[Mention] = []
    extra: list[str] = []
    agents: set[int] = set()  # "retaliation from Beijing": the actor, not the target
    for c in t.children:
        if c.dep_ == "poss":
            own.extend(_actors_under(c, heads, skip_preps=True))
        elif c.dep_ in ("compound", "amod", "nmod"):
            own.extend(heads.get(c.i, ()))
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and typ not in ("AID", "SUPPORT"):
            agents.add(c.i)
            for p in c.children:
                own.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
            # "the levies adopted by Washington and Brussels against Chinese cars"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        own.extend(_actors_under(p, heads, skip_preps=True))
            extra.extend(_targets(c, typ, heads, {a.i for a in c.children if a.dep_ == "agent"}))
    if typ == "MOBILIZE" and not own:
        # "the deployment of 1,500 French soldiers to Romania": the forces' owner
        own.extend(m for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.lower_ in _FORCE_WORDS for m in _actors_under(p, heads, skip_preps=True))
    tgt = [*_targets(t, typ, heads, agents), *extra]
    if typ == "AGREE" and not tgt:
        # "in a deal signed with France": the partner named on the participle
        tgt = _codes((m for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lower_ in _SEALED
                      for p in a.children if p.dep_ == "prep" and p.lower_ == "with"
                      for m in _actors_under(p, heads, skip_preps=True)), acting=False)
    if typ == "AID" and not tgt:
        # "the donation of six destroyer escorts to the Philippine navy": the parser hangs "to" on
        # what is given
        tgt = _codes((m for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      for p in g.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                      and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
                      for m in _actors_under(p, heads, skip_preps=True)), acting=False)
    if typ == "SANCTION" and not tgt and t.lower_ in _RETALIATION and t.dep_ == "dobj" \
            and t.head.lower_ in _PROMPTING:
        # "Trump's tariffs prompted retaliation from Beijing": aimed at the one who prompted it
        cause, _ = _subject(t.head)
        if cause is not None:
            tgt = _codes(_actors_under(cause, heads, skip_preps=True), acting=False)
    src = _codes(own, acting=True)
    if not src and not tgt and typ == "CONSULT":
        # "the second meeting of the delegations of Ukraine and Russia took place in Istanbul"
        parties = _codes((m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.lower_ in _DELEGATES
                          for m in _actors_under(g, heads, skip_preps=False)), acting=True)
        if len(parties) >= 2:
            return _combine(typ, parties, [], [])
    if not src and typ in RECIPROCAL_TYPES and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
        verb = _clause_verb(t)  # "congratulated Carney at their meeting": the two it names
        if verb is not None:
            heads_of = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
            named = [_subject(verb)[0], *(c for v in heads_of for c in v.children if c.dep_ in ("dobj", "dative"))]
            src = _codes((m for c in named if c is not None for m in _actors_under(c, heads, skip_preps=True)),
                         acting=True)
            if len(src) >= 2:
                return _combine(typ, src, [], [])
            src = []
    if typ == "SANCTION" and src and not tgt and t.dep_ == "pobj" and t.head.lower_ in ("for", "to") \
            and t.head.head.lower_ in _RETALIATION | {"response", "answer", "reply"}:
        # "Ford slapped a surcharge on power in retaliation for Trump's tariffs": aimed at Ford
        verb = _clause_verb(t.head.head)
        who = _subject(verb)[0] if verb is not None else None
        if who is not None:
            tgt = [c for c in _codes(_actors_under(who, heads, skip_preps=True), acting=False)
                   if c not in src]
    if typ in RECIPROCAL_TYPES and len(src) >= 2:
        return _combine(typ, src, tgt, [])
    if not src and typ == "SANCTION" and t.dep_ == "nsubj":
        verb = _clause_verb(t)
        if verb is not None and verb.dep_ == "ccomp" and _takes_effect(verb):
            # "Trump announced that a 30% tariff on Mexican imports will take effect": the speaker
            boss, _ = _subject(verb.head)
            if boss is not None:
                src = _codes(_actors_under(boss, heads, skip_preps=True), acting=True)
        return [(a, b) for a in src for b in tgt if b not in src]
    if not src and t.dep_ == "nsubjpass" and t.head.lower_ in _PASSIVE_ACTS:
        # "new tariffs on Canadian steel were announced by Washington", "the deal was signed by A and B"
        src = _codes((m for a in t.head.children if a.dep_ == "agent" for p in a.children
                      for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        if src:
            return _combine(typ, src, [c for c in tgt if c not in src], [])
    if src and not tgt and t.dep_ == "pobj" and t.head.lower_ == "with" and typ == "SANCTION":
        # "Canadian canola has been hit with a 100% tariff by Beijing": the passive subject is hit
        verb = t.head.head
        if any(c.dep_ == "auxpass" for c in verb.children):
            tgt = [c for g in verb.children if g.dep_ == "nsubjpass"
                   for c in _codes(_actors_under(g, heads, skip_preps=True), acting=False) if c not in src]
    if not src:
        verb = _clause_verb(t)
        if verb is None or t.dep_ not in ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos"):
            return []
        answered_with = t.dep_ == "pobj" and t.head.lower_ == "with" and verb.lower_.startswith(
            ("respond", "answer", "retaliat", "react", "replied", "reply", "hit"))
        if answered_with:
            pass  # "Pakistan's army answered with heavy shelling of Indian border villages": its own act
        elif t.dep_ == "pobj":
            if typ not in RECIPROCAL_TYPES:
                return []  # "in response to tariffs on Canada": whose tariffs is not said
            if t.head.lower_ in _IN_PASSING:
                return []  # "amid trade talks with Washington": talks in passing
        elif verb.lower_ not in _LIGHT:
            return []  # "terminated talks", "seeks new deals", "has a deal": no such act
        subj, passive = _subject(verb)
        if subj is None or (passive and typ not in RECIPROCAL_TYPES):
            return []  # a participant in a meeting may be a passive subject; an actor may not
        if passive and t.dep_ == "pobj":
            # "the plan was announced by A and B after talks": those who act held the talks
            subj = next((a for a in verb.children if a.dep_ == "agent"), subj)
        src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
        if not tgt and typ not in RECIPROCAL_TYPES and t.dep_ == "dobj" and not (
                verb.dep_ == "advcl" and _purpose(verb)):
            # "took a swipe at Canada", "put pressure on Hungary": the parser may hang the aim on the verb
            aims = _PREPS.get(typ, frozenset()) | _NOUN_AIMS.get(t.lower_, frozenset())
            tgt = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in aims and p.i > t.i
                   for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
        if not tgt and typ == "RETREAT" and t.dep_ == "dobj":
            # "Trump gave Mexico a 90-day reprieve": the one the easing is given to
            tgt = [c for d in verb.children if d.dep_ in ("dative", "iobj") or (d.dep_ == "dobj" and d.i != t.i)
                   for c in _codes(_actors_under(d, heads, skip_preps=True), acting=False) if c not in src]
        if not tgt and typ == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "on"):
            # "raised the submarine bid with Carney in a phone call": the verb's partner
            sides = (*verb.children, *t.head.head.children,
                     *(g for d in verb.children if d.dep_ == "dobj" for g in d.children))
            tgt = [c for p in sides if p.dep_ == "prep" and p.lower_ == "with"
                   for c in _codes((m for q in p.children for m in _actors_under(q, heads, skip_preps=True)),
                                   acting=False) if c not in src]
    if not src:
        return []
    return _combine(typ, src, tgt, [])


def _real(t: Token) -> bool:
    """Neither modal, planned nor negated, and in no condition: an act done."""
    return not any(_unreal(t)[:2]) and not _ancestor_conditional(t)


_ISSUING = frozenset({"issued", "issues", "issue", "made", "makes", "delivered", "delivers", "sent", "sends",
                      "renewed", "renews", "repeated", "repeats", "stepped", "steps", "piled", "ramped"})
_ASKING_NOUNS = frozenset({"plea", "pleas", "appeal", "appeals", "ultimatum", "call", "calls",
                           "demand", "demands", "request", "requests", "insistence"})
"""(Pressure is no demand of its own: the labels' rule.)"""


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


_EXERCISES = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames",
                        "games"})
_TAKING_PART = frozenset({"take", "takes", "took", "taking", "taken", "participate", "participates",
                          "participated", "participating"})


def _in_an_exercise(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A state's forces taking part in an exercise are mobilised: "About 2,600 Canadian soldiers are
    taking part in a cold-weather exercise" (a joint one with named partners is cooperation, read
    elsewhere)."""
    if t.lower_ not in _TAKING_PART or not _real(t):
        return []
    if t.lower_.startswith("t") and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(
            w.lower_ in _EXERCISES for w in c.subtree) for c in t.children):
        return []
    subj, passive = _subject(t)
    if subj is None or passive or not any(w.lower_ in _FORCE_WORDS | SERVICE_MEMBERS for w in subj.subtree):
        return []
    return [(a, "") for a in _codes(_actors_under(subj, heads, skip_preps=True), acting=True)]


_FIRING = frozenset({"fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching",
                     "test-fired", "test-fires", "tested", "tests", "test", "testing"})
_MISSILES = frozenset({"missile", "missiles", "rocket", "rockets", "icbm", "icbms", "projectiles"})


def _missiles_tested(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Missiles fired into the sea or in a test, at no one, show force: "North Korea fired several
    cruise missiles into the sea off its west coast", "test-fired an intercontinental missile"."""
    if t.lower_ not in _FIRING or not t.tag_.startswith("VB") or not _real(t):
        return []
    if not any(c.dep_ == "dobj" and (c.lower_ in _MISSILES or any(w.lower_ in _MISSILES for w in c.subtree))
               for c in t.children):
        return []
    words = {w.lower_ for w in t.subtree}
    tested = t.lower_.startswith("test") or "test" in words or "sea" in words or "waters" in words
    src = _subject_codes(t, heads) or []
    hit = [m for w in t.subtree if w.i != t.i for m in heads.get(w.i, ()) if m.code not in src and not _place_of(m)]
    if not tested or hit:
        return []
    return [(a, "") for a in src]


def _place_of(m: Mention) -> bool:
    """A capital or seat named as where something happens ("off its coast", "near Pyongyang")."""
    return m.kind in _CAPITAL_PLACE and m.prep in ("in", "at", "off", "near")


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


_PREVENTING = frozenset({"prevent", "stop", "keep", "deter", "block"})


def _acting_to_prevent(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Action promised to stop another from something threatens it: "Israel would act alone, if
    necessary, to prevent Iran from rebuilding its nuclear sites"."""
    if t.lower_ not in ("act", "intervene", "strike", "move") or not _will(t) or any(
            c.dep_ == "neg" for c in t.children):
        return []
    stopped = [m for c in t.children if c.dep_ in ("advcl", "xcomp") and c.lower_ in _PREVENTING
               for o in c.children if o.dep_ == "dobj" for m in _actors_under(o, heads, skip_preps=True)]
    src = _subject_codes(t, heads) or []
    return [(a, b) for a in src for b in _codes(stopped, acting=False) if a != b]


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


_CLEARING = frozenset({"approved", "approves", "approve", "approving", "cleared", "clears", "clear", "clearing",
                       "authorised", "authorized", "authorises", "authorizes", "greenlit", "okayed"})
_SALES = frozenset({"sale", "sales", "purchase", "purchases"})


def _sale_approved(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A government clearing a sale of arms to another makes a purchase deal between the two (the
    labels' AGREE), not aid: "the State Department approved the sale of weapons worth $11.1 billion
    to Taiwan", "approved a possible sale of F-16 parts to Turkey"."""
    if t.lower_ not in _CLEARING or not t.tag_.startswith("VB") or not _real(t):
        return []
    sale = next((c for c in t.children if c.dep_ in _DIRECT and c.lower_ in _SALES), None)
    if sale is None:
        return []
    buyers = [m for w in sale.subtree if w.dep_ == "prep" and w.lower_ == "to" for m in _actors_under(w, heads, skip_preps=True)]
    buyers += [m for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for m in _actors_under(c, heads, skip_preps=True)]
    src = _subject_codes(t, heads) or []
    tgt = _codes(buyers, acting=False)
    return [p for a in src for b in dict.fromkeys(tgt) if a != b for p in ((a, b), (b, a))]


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


def _asked_in_a_noun(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A demand named as a noun with its author asks the one it is put to, or the one who answers
    it: "issued an ultimatum to Chisinau", "brushed aside American pressure to stop buying Russian
    crude", "refused ... despite pressure from Washington", "Beijing's call for a truce was turned
    down by Washington", "after a direct plea from Zelensky"."""
    if t.lower_ not in _ASKING_NOUNS or not t.tag_.startswith("NN") or _granted_in_apposition(t, heads):
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
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("after", "despite", "under", "to") \
            else t.head if t.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or not _is_verb(verb) or _ancestor_conditional(verb) or _unreal(verb)[1]:
            return []  # not "has never turned down a NATO request"
        if t.dep_ == "nsubjpass":  # "Beijing's call for a truce was turned down by Washington"
            tgt = _codes((m for a in verb.children if a.dep_ == "agent" for p in a.children
                          for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        else:
            tgt = _subject_codes(verb, heads) or []
    return [(a, b) for a in src for b in dict.fromkeys(tgt) if a != b]


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


_SEALING = frozenset({"signed", "signs", "sign", "signing", "agreed", "agrees", "agree", "unveiled", "unveils",
                      "unveil", "announced", "announces", "launched", "launches", "sealed", "seals", "concluded",
                      "inked", "inks", "held", "holds", "reached", "struck"})


def _met_where_agreed(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Two sides that sign or agree in one side's capital, or on the sidelines of a summit, met
    there: "Carney and Mohamed bin Zayed signed a framework in Abu Dhabi", "Modi and Carney agreed
    on the sidelines of the G7"."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("in", "at", "on"):
        return []
    verb = t.head.head
    if verb.dep_ == "dobj" and verb.tag_.startswith("NN"):
        verb = verb.head  # "signed a framework in Abu Dhabi": the parser hangs the place on the object
    if verb.lower_ not in _SEALING or not verb.tag_.startswith("VB") or not _real(verb):
        return []
    subj, passive = _subject(verb)
    if subj is None or passive:
        return []
    parties = _codes([*_actors_under(subj, heads, skip_preps=True),
                      *(m for c in subj.conjuncts for m in _actors_under(c, heads, skip_preps=True))], acting=True)
    parties += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for c in _codes((m for q in p.children for m in _actors_under(q, heads, skip_preps=True)),
                                acting=False) if c not in parties]
    if t.lower_ == "sidelines":
        pair = parties if len(parties) == 2 else []
    else:
        there = [m.code for m in heads.get(t.i, ()) if m.kind in ("capital", "body")]
        pair = parties if len(parties) == 2 and there and there[0] in parties else []
    return [(a, b) for a in pair for b in pair if a != b]


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


_SAID_NO = re.compile(r"\bsa(?:id|ys|y|ying) no to\b")


_MOVING = frozenset(w for v in ("sail", "patrol", "transit", "enter", "circle", "encircle", "cross", "fly", "intrude")
                    for w in inflect(v))


_MUNITIONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shells", "balloons"})


def _forces_moved(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Armed ships or aircraft sailing or flying somewhere: a show of force ("Four Chinese coast guard
    vessels sailed through waters around the Senkaku Islands", "a Chinese flotilla has been sailing
    around the continent"), not a joint patrol or exercise."""
    if t.lower_ not in _MOVING or not t.tag_.startswith("VB") or not _real(t):
        return []
    subj, passive = _subject(t)
    if subj is None or passive or not _armed_subject(subj) or subj.lower_ in _MUNITIONS or _into_airspace(t):
        return []  # (drones or missiles crossing into a country, jets in its airspace, are an incursion)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in t.children) or any(
            w.lower_ in ("joint", "jointly", "together") for w in t.subtree):
        return []  # "sailed with Japanese destroyers": joint action, read elsewhere
    own = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    return [(a, "") for a in own[:1]]


_REBUFFING = _REFUSING | frozenset({"ignored", "spurned", "brushed", "snubbed", "vetoed"})
_DENYING = frozenset(w for v in ("deny", "dispute", "reject", "refute", "contest") for w in inflect(v))
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


_WARNING_IDIOMS = (("playing", "with", "fire"), ("play", "with", "fire"), ("would", "regret"),
                   ("will", "regret"), ("go", "unpunished"), ("go", "unanswered"), ("held", "accountable"))
"""Warnings said of another that hold out a reprisal: "said Manila was playing with fire"."""
_IDIOM_ENDS = frozenset(i[-1] for i in _WARNING_IDIOMS)


def _warned_in_idiom(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"China said the Philippines was playing with fire", "warned that Tokyo would regret it": the
    speaker threatens the one the warning is said of (the clause's subject)."""
    if t.lower_ not in _SAYING or not t.tag_.startswith("VB"):
        return []
    warned = []
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        words = [w.lower_ for w in c.subtree]
        if _IDIOM_ENDS.isdisjoint(words) or not any(
                tuple(words[k:k + len(i)]) == i for i in _WARNING_IDIOMS for k in range(len(words))):
            continue
        warned.append(c)
    if not warned or any(c.dep_ == "neg" for c in t.children) or _told_by_analysts(t) or any(_unreal(t)[:2]):
        return []
    src = _subject_codes(t, heads) or []
    out: list[tuple[str, str]] = []
    for c in warned:
        who, _ = _subject(c)
        if who is None:
            continue
        tgt = _codes(_actors_under(who, heads, skip_preps=True), acting=False)
        out += [(a, b) for a in src for b in tgt if a != b]
    return out


_THREAT_NOUNS = frozenset({"threat", "threats", "ultimatum", "warning", "warnings"})


def _threat_answered(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another's threat named as a noun that its target answers or that aims at the one a "that"
    clause names: "Lula lambasted Trump's threatened 50% tariff", "sought to head off Trump's
    tariff threat", "Trump's warning that Nigeria could face American military action" (the
    labels count a threat told as background)."""
    if t.tag_[:2] != "NN" or (t.lower_ not in _THREAT_NOUNS and t.lower_ not in lexicon().objects["SANCTION"]):
        return []
    threatened = t.lower_ not in _THREAT_NOUNS and any(c.dep_ == "amod" and c.lower_ == "threatened"
                                                        for c in t.children)
    if t.lower_ not in _THREAT_NOUNS and not threatened:
        return []
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in t.children):
        return []
    src = _codes((m for c in t.children if c.dep_ == "poss" for m in _actors_under(c, heads, skip_preps=True)),
                 acting=True)
    if not src or any(c.dep_ == "prep" and c.lower_ in ("against", "on", "to") for c in t.children):
        return []  # (an explicit target: the phrase rules read it)
    tgt: list[str] = []
    for c in t.children:  # "Trump's warning that Nigeria could face ..."
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            who, passive = _subject(c)
            if who is not None and not passive:
                tgt += _codes(_actors_under(who, heads, skip_preps=True), acting=False)
    if not tgt and t.dep_ == "nsubj" and t.head.lower_ in _CAUSING:
        # "Trump's threat forced Bogota to accept the flights": the one it forced
        tgt = _codes((m for c in t.head.children if c.dep_ == "dobj"
                      for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    if not tgt and t.dep_ in ("dobj", "pobj"):
        verb = _clause_verb(t)  # "lambasted Trump's threatened tariff": the one answering it
        if verb is not None and verb.lower_ not in _SAYING and not any(c.dep_ == "neg" for c in verb.children):
            tgt = _subject_codes(verb, heads, acting=False) or []
    return [(a, b) for a in src for b in dict.fromkeys(tgt) if a != b]


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


_DELEGATES = frozenset({"delegations", "leaders", "ministers", "representatives", "officials", "heads",
                        "negotiators", "envoys", "presidents", "teams"})
"""Those a meeting is "of": "the meeting of the delegations of Ukraine and Russia"."""
_SHUNNING = frozenset(w for v in ("avoid", "refrain", "shun", "postpone", "reconsider", "cancel") for w in inflect(v))
_INTRUDING = frozenset(w for v in ("violate", "enter", "cross", "penetrate", "breach", "intrude", "stray", "fly")
                       for w in inflect(v)) | {"flew", "flown"}
_AIRCRAFT = _ARMS | {"fighter", "warplane", "bomber", "helicopter", "jet"}
_CIVIL = frozenset({"passenger", "civilian", "commercial", "cargo", "airliner", "private"})


def _into_airspace(t: Token) -> list[Token]:
    """The airspace a verb's object or "into" names: "violated Estonian airspace", "flew into Polish airspace"."""
    return [c for c in t.children if c.dep_ == "dobj" and c.lower_ == "airspace"] + [
        g for p in t.children if p.dep_ == "prep" and p.lower_ in ("into", "in") for g in p.children
        if g.lower_ == "airspace"]


def _intrusion_denied(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"The Russian Defense Ministry denies its jets entered Estonian airspace": the charge refused,
    aimed at the state whose airspace it names."""
    if t.lower_ not in _DENYING:
        return []
    src = _subject_codes(t, heads) or []
    return [(a, b) for c in t.children if c.dep_ == "ccomp"
            for b in _intrusion(c, heads, denied=True)[1] for a in src if a != b]


def _airspace_intruded(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"Russian drones entered Polish airspace", "three Russian MiG-31s violated Estonian airspace":
    armed aircraft sent into another state's airspace are force used against it (as labelled). The
    intruder is the aircraft's owner, or the state whose attack the sentence names ("19 drones entered
    Poland's airspace during a massive Russian attack on Ukraine"); civil aircraft are no force."""
    src, owners = _intrusion(t, heads)
    return [(a, b) for a in src for b in owners if a != b]


def _intrusion(t: Token, heads: dict[int, list[Mention]], denied: bool = False) -> tuple[list[str], list[str]]:
    """(intruders, owners of the airspace) of an armed intrusion told at verb ``t``; empty lists if none
    (or if it is denied, unless ``denied``: the verb is then read inside the denial)."""
    if t.lower_ not in _INTRUDING or not t.tag_.startswith("VB"):
        return [], []
    spaces = _into_airspace(t)
    subj, passive = _subject(t)
    if not spaces or subj is None or passive or (not denied and any(w.lower_ in _DENYING for w in t.ancestors)):
        return [], []
    craft = [w.lower_ for w in subj.subtree]
    if _CIVIL.intersection(craft) or not any(w in _AIRCRAFT or w.startswith(("mig-", "su-")) for w in craft):
        return [], []
    owners = _codes((m for sp in spaces for c in sp.children if c.dep_ in ("poss", "amod", "compound", "prep")
                     for m in _actors_under(c, heads, skip_preps=False)), acting=False)
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True) or _codes(
        (m for w in t.sent if w.lower_ in ("attack", "attacks", "assault", "offensive", "barrage")
         for c in w.children if c.dep_ in ("amod", "compound", "poss") for m in heads.get(c.i, ())), acting=True)
    return src, owners


_CONSTRUCTIONS = (
    ("ASSAULT", _airspace_intruded),  # "three Russian MiG-31s violated Estonian airspace"
    ("REJECT", _intrusion_denied),  # "Moscow denies its jets entered Estonian airspace"
    ("CONCEDE", _yielded_to_pressure),  # "backed down under EU pressure", "bowing to pressure from Washington"
    ("CONCEDE", _placating),  # "one of several border steps Ottawa has taken to placate Washington"
    ("CONCEDE", _averting),  # "sent 10,000 troops to the border to avert Trump's tariffs"
    ("CONCEDE", _in_exchange),  # "agreed to suspend its export controls in exchange for a cut in U.S. tariffs"
    ("CONCEDE", _done_under_pressure),  # "withdrew from the Belt and Road Initiative under pressure from Washington"
    ("CONCEDE", _concession_described),  # "..., a climbdown in its dispute with Beijing", "... to placate Washington"
    ("THREATEN", _kept_on_the_table),  # "nothing was off the table regarding Greenland"
    ("THREATEN", _threat_answered),  # "Lula lambasted Trump's threatened 50% tariff"
    ("COERCE", _expelled_from),  # "Two Estonian diplomats were ordered out of Moscow"
    ("AGREE", _sale_approved),  # "approved the sale of weapons worth $11.1 billion to Taiwan"
    ("AGREE", _agreed_with),  # "under a trade deal struck with the United States in July, Japan ..."
    ("PROTEST", _walked_out),  # "walked out of a G20 session when Lavrov began to speak"
    ("THREATEN", _warned_in_idiom),  # "said the Philippines was playing with fire", "warned Tokyo would regret it"
    ("THREATEN", _consequence_warned),  # "warned that any Greek vessel ... would be met by the Turkish navy"
    ("THREATEN", _marked_as_targets),  # "Moscow said any British troops in Ukraine would be legitimate targets"
    ("THREATEN", _unless_another_acts),  # "he could let the agreement lapse unless Canada treated farmers fairly"
    ("THREATEN", _threat_drawn),  # "..., prompting Pyongyang to warn of merciless retaliation"
    ("THREATEN", _marked_as_a_cause_of_war),  # "would be treated as legitimate targets", "as an act of war"
    ("REQUEST", _asked_in_a_noun),  # "issued an ultimatum to Chisinau", "despite pressure from Washington"
    ("REQUEST", _at_the_request),  # "lifted sanctions on Syria at the request of the Saudi crown prince"
    ("ACCUSE", _wrongdoing_said),  # "Rubio said China was cheating on trade"
    ("REJECT", _not_for_sale),  # "Carney told Trump in the Oval Office that Canada is not for sale"
    ("REJECT", _will_not_comply),  # "Warsaw would not implement the EU's relocation scheme"
    ("REJECT", _kept_off_the_table),  # "will not put its dairy sector on the table in the talks with Washington"
    ("RETREAT", _forces_withdrawn),  # "Israel withdrew its troops from ... southern Lebanon"
    ("CONSULT", _met_where_agreed),  # "signed a framework in Abu Dhabi", "agreed on the sidelines of the G7"
    ("COOPERATE", _acting_together),  # "Canadian and Danish troops trained alongside each other"
    ("SANCTION", _measure_hits),  # "raised his tariffs on foreign steel to 50%, a move that hit Canada"
    ("CONCEDE", _suspects_handed),  # "Mexico sent 32 alleged cartel figures to the United States"
    ("MOBILIZE", _in_an_exercise),  # "About 2,600 Canadian soldiers are taking part in a cold-weather exercise"
    ("MOBILIZE", _missiles_tested),  # "North Korea fired several cruise missiles into the sea"
    ("REJECT", _decided_not_by),  # "the island's future will be decided in Nuuk, not in Washington"
    ("REJECT", _said_no),  # "South Korea said no to an American demand"
    ("REJECT", _refused_in_apposition),  # "Washington had asked Ottawa to ..., a request Canadian officials rebuffed"
    ("RETREAT", _easing_named),  # "Ottawa's scrapping of its surtax on US steel drew praise from Washington"
    ("MOBILIZE", _forces_moved),  # "Four Chinese coast guard vessels sailed through waters around the Senkakus"
    ("THREATEN", _acting_to_prevent),  # "Israel would act alone, if necessary, to prevent Iran from rebuilding"
    ("PROTEST", _protest_led),  # "Maduro led thousands of supporters through Caracas in a march against U.S. aggression"
    ("ASSAULT", _fire_exchanged),  # "Indian and Pakistani troops traded artillery fire": both ways
)
"""Constructions read from one word and its parse alone, tried in order before the lexicon: the
first that gives pairs decides the word."""
_VERB_ONLY = frozenset({_yielded_to_pressure, _placating, _averting, _done_under_pressure, _consequence_warned,
                        _unless_another_acts, _threat_drawn, _wrongdoing_said, _will_not_comply, _forces_withdrawn,
                        _acting_together, _measure_hits, _suspects_handed, _missiles_tested, _decided_not_by,
                        _forces_moved, _protest_led})
"""Constructions that start from a verb only (each checks its word is one): not tried on nouns."""
_NOUN_CONSTRUCTIONS = tuple((typ, rule) for typ, rule in _CONSTRUCTIONS if rule not in _VERB_ONLY)


def _construction_holds(typ: str, t: Token) -> bool:
    """Whether a construction's act happened: joint action must be real; giving way must not hang
    on a condition (a concession told as a participle of a planned act still counts: "would leave
    the initiative, bowing to pressure from Washington"); the others check themselves."""
    if typ in ("COOPERATE", "ASSAULT"):
        return _real(t)  # "Azerbaijani and Armenian troops did not exchange fire": no clash
    if typ == "THREATEN":
        return not _told_by_analysts(t)  # "..., a RAND Corporation study concluded": a forecast
    if typ == "CONCEDE":
        return not _ancestor_conditional(t)
    return True


_WARNING_OR_SAYING = _HINTING | _SAYING
_COMPLYING_OR_PRESSED = _COMPLYING | _PRESSED
_GIVING_WAY_ONLY = _GIVING_WAY - _GIVING
"""Verbs of giving way that are never "give" (which gives way only as "give in")."""
