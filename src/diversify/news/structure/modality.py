"""Whether an act was done: modals, planning verbs, negation, conditions, habits, requests and
forecasts around a verb make it unreal; also the conditions an act hangs on and whose subjects
they name, acts held in readiness ("stood ready to hit back"), purposes, and present states or
schedules that report no act."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.dates import FUTURE_TIME
from diversify.news.structure.subjects import _actors_under, _codes, _subject
from diversify.news.structure.tokens import _is_verb, _saying_verb, _what_called
from diversify.news.structure.words import _ASKING_THAT, _MODALS, _PLANNING, _RESERVING, _SAYING

if TYPE_CHECKING:
    from spacy.tokens import Token


_PERMITTING = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing",
                         "permit", "permits", "permitted", "make", "makes", "made"})
_CLIMB = frozenset({"xcomp", "conj", "ccomp", "advcl", "relcl", "acl", "pcomp", "prep", "pobj",
                    "dobj"})
_CONDITIONS = frozenset({"if", "whether", "unless", "once", "until", "lest"})

_NOT_YET = frozenset({"no", "any", "upcoming", "planned", "proposed", "possible", "potential",
                      "future", "next", "expected", "scheduled", "forthcoming", "prospective",
                      "threatened", "looming", "mooted", "hypothetical"})

_YEAR_TOKEN = re.compile(r"(19|20)\d\d")


def _standing_since(t: Token) -> bool:
    """A perfect verb whose state runs "since" a year long past: "Canada and the United States have
    jointly run NORAD since 1958" (no act of the news)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in t.children):
        return False
    return any(w.lower_ == "since" and any(_YEAR_TOKEN.fullmatch(x.text) and int(x.text) < 2020 for x in w.subtree)
               for w in t.subtree)


_ASKED_NOUNS = frozenset({"call", "calls", "demand", "demands", "request", "requests", "push", "pressure",
                          "proposal", "proposals", "plan", "plans", "bid", "appeal", "appeals", "ultimatum"})
"""Nouns whose infinitive is asked or planned, not done: "his call for allies to spend more"."""
_STOPPING = frozenset({"stop", "stops", "stopped", "cease", "ceases", "ceased", "quit", "refrain", "desist"})
_FORECASTING = frozenset({"expect", "expects", "expected", "predict", "predicts", "predicted", "forecast",
                          "forecasts", "anticipate", "anticipates", "anticipated", "project", "projects",
                          "projected"})
_HABITUAL = frozenset({"usual", "usually", "always", "routinely", "regularly", "often",
                       "traditionally", "habitually"})



_TALKING = frozenset({"negotiate", "talk", "meet", "work", "cooperate", "collaborate", "discuss", "engage",
                      "consult", "coordinate"})
"""Verbs of talks and joint work, which "will continue" as a plan ("talks continue" is no meeting)."""


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
    subj, _ = _subject(v)
    if subj is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
        negated = True  # "No Canadian official met the delegation": none did
        words.add("no")
    for depth in range(5):
        if t is None:
            break
        for c in t.children:
            low = c.lower_
            if (c.dep_ == "neg" or low in ("never", "not", "n't")) and not participle and not (
                    depth and _not_hesitating(t)):  # "would not hesitate to take measures": taken
                negated = True
            if c.dep_ in ("aux", "auxpass") and low in _MODALS and not (
                    depth and t.lower_ == "continue" and low in ("will", "would", "'ll")
                    and v.lower_ not in _TALKING and t.doc[-1].text != "?" and not any(
                        (x.dep_ == "mark" and x.lower_ in _CONDITIONS) or x.lower_ == "longer" for x in t.subtree)):
                modal = True  # (but "will continue to urge China": an act going on, unless "if ...")
                words.add(low)
            if c.dep_ == "mark" and (low in _CONDITIONS or (low == "as" and t.head.lower_ == "long")):
                modal = True  # (and "as long as Minsk supported Russia's war": a condition)
                words.add(low)
            if not depth and (low in _HABITUAL or (low == "as" and any(
                    w.lower_ in _HABITUAL for w in c.children))):
                modal = True  # "as usual, we help Canada", "routinely criticises": a habit, no act
                words.add("habitually")
        if not depth and t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re")
                                                 for c in t.children) and FUTURE_TIME.search(t.doc.text):
            modal = True  # "Carney is travelling to India next month": the present progressive of a plan
            words.add("progressive")
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


def _purpose(t: Token) -> bool:
    """``t`` heads an infinitive of purpose hung on another verb: "phoned X to express ..."
    (not what an approval approves: "gave the green light to raise spending")."""
    return t.dep_ in ("advcl", "xcomp") and _is_verb(t.head) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children) and not any(
        c.dep_ == "dobj" and c.lower_ in _APPROVALS for c in t.head.children) \
        and not t.head.lower_.startswith(_COMMITTING)  # "committed to spend 5%": the pledge, no purpose


_APPROVALS = frozenset({"light", "go-ahead", "approval", "nod", "blessing", "backing", "consent"})

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


_PLEDGING = ("announc", "pledg", "commit", "promis", "vow")
_COMMITTING = tuple(p for p in _PLEDGING if p != "announc") + ("undert", "resolv")
"""Verbs of committing oneself (announcing aside): their infinitive is the pledge, no purpose."""

_RULE_OUT = frozenset({"rule", "rules", "ruled", "ruling", "exclude", "excludes", "excluded",
                       "excluding"})

_READY = frozenset({"ready", "prepared", "poised", "willing"})
_HAVING = frozenset({"have", "has", "had", "retain", "retains", "retained"})


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


def _real(t: Token) -> bool:
    """Neither modal, planned nor negated, and in no condition: an act done."""
    return not any(_unreal(t)[:2]) and not _ancestor_conditional(t)
