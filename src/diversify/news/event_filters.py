"""Filters on the events both passes read, before they are counted once per occasion.

Each drops or retypes events a pattern reads in words that tell something else, judged from the
event's evidence and its sentence:

* members listed as one side ("the Mercosur bloc of Brazil, Argentina, ...", "the EFTA states
  (Iceland, ...)") do not agree or meet with each other;
* aid paid into NATO's fund for Ukraine's weapons is aid to Ukraine;
* a G7, UN or WTO meeting is a meeting of members, not a meeting with the organisation;
* a joint statement issued on a third actor is no agreement among its issuers;
* a mobilisation names force, arms or defence money in its sentence;
* a guest greeted at the airport is received by protocol, not praised;
* a measure dated after the article is threatened, not yet imposed.
"""

from __future__ import annotations

import re

from diversify.news.document import Document, listed_after
from diversify.news.model import Event
from diversify.news.nlp import Sentence
from diversify.news.triggers import dictionary


def _sentence_of(doc: Document, pos: int) -> Sentence | None:
    """The sentence that holds character ``pos`` (an event's evidence), if any."""
    k = doc.sentence_at(pos) if pos >= 0 else -1
    return doc.sentences[k] if k >= 0 else None


def post_filters(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` (both passes' mentions; the parse's already kept apart from bloc members) through
    every filter here."""
    events = _not_with_a_forum(doc, [_not_yet_in_force(doc, _fund_for_ukraine(e)) for e in events])
    return _not_a_greeting(_mobilizing(doc, _not_a_statement_on_another(doc, events)))


def _not_yet_in_force(doc: Document, e: Event) -> Event:
    """A measure dated after the article ("new tariffs ..., with measures taking effect August 1" in an
    article of July) is announced, not imposed: a threat until it takes effect (the labels' rule)."""
    if e.type == "SANCTION" and e.date is not None and doc.published is not None and e.date > doc.published:
        return Event(e.source, "THREATEN", e.target, e.date, e.evidence, dictionary().weight("THREATEN"))
    return e


_FOR_UKRAINE = re.compile(r"\bfor Ukraine\b|\bPrioriti[sz]ed Ukraine Requirements List\b|\bPURL\b")


def _fund_for_ukraine(e: Event) -> Event:
    """Aid paid into NATO's fund for buying weapons for Ukraine (the PURL) is aid to Ukraine, as the
    labels read it: "would contribute CAD 200 million to NATO's Prioritized Ukraine Requirements List"."""
    if e.type == "AID" and e.target == "NATO" and _FOR_UKRAINE.search(e.evidence):
        return Event(e.source, e.type, "UKR", e.date, e.evidence, e.weight)
    return e


_FORUMS = frozenset({"G7", "UN", "WTO"})
"""Organisations whose meetings are meetings of their members: a "G7 summit" is no meeting with the G7."""
_FORUM_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:summit|summits|meeting|meetings|conference|"
                          r"session|sessions|assembly|talks|gathering|ministerial)\b")
_FORUM_BEFORE = re.compile(r"\b(?:summit|meeting|conference|session|sessions|assembly|gathering|ministerial)\s+of\s+"
                           r"(?:the\s+)?$")


def _not_with_a_forum(doc: Document, events: list[Event]) -> list[Event]:
    """Drop meetings "with" an organisation named only as the forum of the meeting ("during a meeting
    of G7 foreign ministers", "before the UN meeting", "hosting the G7 foreign ministers' meeting")."""
    out = []
    for e in events:
        forum = next((c for c in (e.source, e.target) if c in _FORUMS), None) if e.type == "CONSULT" else None
        pos = doc.text.find(e.evidence) if forum else -1
        if forum and pos >= 0:
            named = [m for m in doc.mentions_between(pos, pos + len(e.evidence)) if m.code == forum]
            if named and all(_FORUM_AFTER.match(doc.lower, m.end)
                             or _FORUM_BEFORE.search(doc.lower, max(0, m.start - 30), m.start) for m in named):
                continue
        out.append(e)
    return out


_MILITARY = re.compile(
    r"\b(?:defen[cs]e|military|militar\w+|troops?|soldiers?|forces|army|armies|navy|naval|warships?|frigates?|"
    r"destroyers?|submarines?|jets?|fighters?|aircraft|warplanes?|bombers?|drones?|missiles?|rockets?|artillery|"
    r"weapons?|arms|armed|rearm\w*|deploy\w*|brigades?|battalions?|personnel|nuclear|gdp|nato|spending|budgets?|"
    r"exercises?|drills?|mobili[sz]\w*|conscript\w*|reservists?|marines?|coast guard|air force|border|patrols?|"
    r"operations?|missions?|flotillas?|fleets?|carriers?|strike groups?|divisions?|units|battle ?groups?|"
    r"helicopters|contingents?|militias?|combat|vessels|ships|shield|surveillance|readiness|alert|bases?|"
    r"military service)\b", re.IGNORECASE)
"""Words of force or of defence money: a MOBILIZE told without any ("agreed to deepen trade, security and
energy ties", "expanding diplomatic presence") mobilises nothing."""


_RECEIVED_ON_ARRIVAL = re.compile(r"\b(?:welcomed|welcomes|welcoming|greeted|greets|greeting|received|receives|met)\b"
                                  r"(?:\s+\S+){0,6}?\s+(?:at|on) the (?:airport|tarmac|runway|red carpet)\b", re.IGNORECASE)
"""A guest received on arrival ("was greeted at the airport by Emir Sheikh Tamim"): protocol, not praise."""


_PRAISED = re.compile(r"\b(?:prais|hail|laud|thank|commend|congratulat|applaud|back|endors|welcomed the)\w*",
                      re.IGNORECASE)


def _not_a_greeting(events: list[Event]) -> list[Event]:
    """Drop the SUPPORT of a greeting on arrival, unless words of praise stand beside it ("greeted at the
    airport by the crown prince, praised Saudi Arabia")."""
    return [e for e in events if not (e.type == "SUPPORT" and _RECEIVED_ON_ARRIVAL.search(e.evidence)
                                      and not _PRAISED.search(_RECEIVED_ON_ARRIVAL.sub("", e.evidence)))]


def _mobilizing(doc: Document, events: list[Event]) -> list[Event]:
    """Drop a MOBILIZE whose sentence names no force, arms or defence money."""
    out = []
    for e in events:
        if e.type == "MOBILIZE":
            s = _sentence_of(doc, doc.text.find(e.evidence))
            if s is not None and not _MILITARY.search(doc.norm, s.start, s.end):
                continue
        out.append(e)
    return out


_JOINT_TEXT = re.compile(r"\bjoint (?:statement|declaration|communiqu[eé])s?\b", re.IGNORECASE)
_COMMITTING = re.compile(r"\b(?:pledg|agree|commit|cooperat|co-operat|partnership|deepen|strengthen|expand|launch|"
                         r"work together|jointly)\w*", re.IGNORECASE)
"""Words of a statement that binds its issuers to each other ("pledging to deepen cooperation on steel")."""
_SIGNED_TEXT = re.compile(r"\b(?:sign|signed|signs|signing|adopt|adopted|adopts|adopting|ink|inked|endorsed)\b",
                          re.IGNORECASE)


def _not_a_statement_on_another(doc: Document, events: list[Event]) -> list[Event]:
    """Drop the agreement among co-issuers of a joint statement that is about a third actor named in
    the same sentence ("Mali, Burkina Faso and Niger issued a joint statement ... recalling their
    ambassadors to Algeria"): allies speaking together on another, not a text they agreed between
    them; a joint declaration signed, or one that binds them ("pledging to deepen cooperation"), is
    still an agreement."""
    out = []
    for e in events:
        if e.type == "AGREE" and e.target is not None and _JOINT_TEXT.search(e.evidence) \
                and not _SIGNED_TEXT.search(e.evidence) and not _COMMITTING.search(e.evidence):
            s = _sentence_of(doc, doc.text.find(e.evidence))
            if s is not None:
                issuers = {x for f in events if f.type == "AGREE" and f.evidence == e.evidence
                           for x in (f.source, f.target)}
                if any(m.code not in issuers and not m.weak for m in doc.mentions_between(s.start, s.end)):
                    continue
        out.append(e)
    return out


_BLOC_OF = re.compile(r"\b(?:bloc|grouping|group|alliance|union|members|member states|countries)\s+"
                      r"(?:of|comprising|including|made up of)\s+$")
_MEMBERS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_PARENTHESIS = re.compile(r"\([^()]{0,240}\)")
_LISTED_INSIDE = re.compile(r",|\band\b")


def not_within_a_bloc(doc: Document, events: list[Event]) -> list[Event]:
    """Drop mutual acts between members listed as one side ("the EU and the Mercosur bloc of Brazil,
    Argentina, Uruguay and Paraguay signed an agreement", or the members listed in parentheses after
    their bloc: the members do not sign with each other)."""
    if not any(e.type in _MEMBERS for e in events):
        return events
    groups: dict[int, list[set[str]]] = {}
    for s in doc.sentences:
        ms = doc.mentions_between(s.start, s.end)
        for k, m in enumerate(ms):
            if not _BLOC_OF.search(doc.lower[max(s.start, m.start - 40):m.start]):
                continue
            listed = {n.code for n in listed_after(doc, m, ms[k + 1:])}
            if len(listed) >= 2:
                groups.setdefault(s.index, []).append(listed)
        for par in _PARENTHESIS.finditer(doc.lower, s.start, s.end):
            # "Mercosur ... and the EFTA states (Iceland, the Principality of Liechtenstein, Norway and
            # Switzerland)": one side, when the sentence names another outside the brackets (not "the two
            # countries (Germany and Qatar) signed", nor a place "in Oslo")
            inside = {m.code for m in ms if par.start() < m.start and m.end < par.end() and not m.weak}
            outside = {m.code for m in ms if not (par.start() < m.start < par.end()) and not m.weak
                       and m.prep not in ("in", "at")} - inside
            if len(inside) >= 2 and outside and _LISTED_INSIDE.search(par.group(0)):
                groups.setdefault(s.index, []).append(inside)
    if not groups:
        return events
    out = []
    for e in events:
        pos = doc.text.find(e.evidence)
        within = groups.get(doc.sentence_at(pos), []) if pos >= 0 else []
        if e.type in _MEMBERS and e.target and any({e.source, e.target} <= g for g in within):
            continue
        out.append(e)
    return out

