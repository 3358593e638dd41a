"""One event per real-world occasion: how often a (source, type, target) counts in an article.

The labels count "one event per real-world event per article, however often it is mentioned",
and distinct events of one kind separately (two agreements, a military and a humanitarian aid
package, two speakers' criticism). A later mention of the same (source, type, target) in another
sentence counts as another occasion only on evidence that it is one:

* it says so: "also", "separately", "in addition" in its clause ("Carney also announced ..."),
  except for meetings ("the two leaders also discussed ..." is one more topic of one meeting);
* it names other sums of money (aid, tariffs on other amounts) than the first;
* it places the act in another month than the first ("during Trump's visit to Riyadh in May",
  "visited Japan last month" in an article of September, after a meeting "on the 30th"), or on
  another day written out in both ("on June 2" ... "on May 16");
* for agreements, it names other matters than the first ("a defence agreement" ... "a framework on
  investments"), or another thing agreed to ("agreed to launch negotiations on a free trade
  agreement" ... "agreed to accelerate negotiations on a regional one");
* another person acts for the same source ("Rubio praised Mexico" ... "Bessent described Mexico's
  proposals as positive"); for meetings and agreements, the people on the two sides are not the
  same ("Sidhu met Goyal" ... "Sidhu also met Jaishankar").

Otherwise it is a restatement and is folded into the first mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diversify.news.document import Document
from diversify.news.model import Event

_RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_ANOTHER = re.compile(r"\b(?:also|separately|additionally)\s+(?!\w+ing\b)\w+|\bin addition\b",
                      re.IGNORECASE)
"""Words that add an act ("also announced", "separately signed"); not "said X, also pointing to"."""
_AMOUNT = re.compile(r"(?:[$\u20ac\u00a3]|\b(?:c|ca|can|us|u\.s\.)\$)\s?(\d[\d,]*(?:\.\d+)?)\s*"
                     r"(billion|million|bn|m)?\b", re.IGNORECASE)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_NAMED = re.compile(r"\b(?:in|during|since|last|on|early|late|mid-?)\s+(" + "|".join(_MONTHS) + r")\b")
"""A month the mention places its act in ("during Trump's visit to Riyadh in May")."""
_DAY_NAMED = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b")
"""A day written out in the mention ("on June 2", "the first round on May 16")."""
_MONTH_RELATIVE = re.compile(r"\b(?:(last|previous|past)|earlier (?:this|the same))\s+month\b", re.IGNORECASE)
"""A month told relative to the article's ("visited Japan last month", "earlier this month")."""
_SAME_TOPIC = {"truce": "ceasefire", "tariff": "tariffs", "investment": "investments", "mineral": "minerals",
               "defense": "defence", "fishing": "fisheries", "autos": "auto"}
"""Words of one matter ("an immediate ceasefire" ... "accepted an immediate truce")."""
_TOPIC = re.compile(r"\b(?:defen[cs]e|security|military|nuclear|investments?|trade|tariffs?|minerals?|energy|"
                    r"critical minerals|fisheries|fishing|migration|ceasefire|truce|loan|procurement|"
                    r"technology|space|health|climate|arctic|oil|gas|grain|steel|auto|autos)\b", re.IGNORECASE)
"""What an agreement is about: agreements on other matters are other agreements."""
_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTHS, start=1)}
_AGREED_TO = re.compile(r"\b(?:agreed|agree|agrees|agreeing|committed|commit|commits|pledged)\s+to\s+"
                        r"(?:(?:jointly|further|also|\w+ly)\s+)*([a-z][a-z-]+)\b(?!\s+(?:on|to|in)\b)")
"""What was agreed to do: the verb after "agreed to" ("agreed to launch", "agreed to restore"); not a noun
("agreed to a ceasefire", "agreed to it"), whose matter the topics tell."""
_NOT_A_VERB = frozenset({"a", "an", "the", "it", "its", "their", "this", "that", "these", "those", "his", "her",
                         "our", "some", "all", "both", "each", "new", "terms", "demands", "conditions"})
_SAME_ACT = {"begin": "start", "launch": "start", "open": "start", "initiate": "start", "commence": "start",
             "resume": "start", "restart": "start", "meet": "hold", "convene": "hold"}
"""Verbs of one act ("agreed to launch talks" ... "agreed to begin the negotiations")."""


_KINDS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    # "a speech criticising the US and a formal dispute filing" are two events (the labels' rule)
    "ACCUSE": (("formal", re.compile(r"\b(?:complaints?|challenges?|probes?|investigations?|inquiry|"
                                     r"dispute|lawsuits?|consultations|summon\w*|petition|formal\s+(?:\w+\s+)?protests?|"
                                     r"protest\s+note)\b", re.IGNORECASE)),),
    # tariffs, a ban or boycott, and breaking off talks are different measures
    "SANCTION": (("talks", re.compile(r"\b(?:talks|negotiations)\b", re.IGNORECASE)),
                 ("ban", re.compile(r"\b(?:bans?|banned|barr\w*|boycott\w*|shelves|exclud\w*|"
                                    r"suspend\w* imports|halt\w* imports)\b", re.IGNORECASE)),
                 ("tariff", re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levies|levy|surtax\w*|surcharges?|"
                                       r"counter-tariffs)\b", re.IGNORECASE))),
}
"""Kinds of one type that are different real-world acts however close they are told."""


def _kind(ev: Event) -> str:
    for name, pattern in _KINDS.get(ev.type, ()):
        if pattern.search(ev.evidence):
            return name
    return ""


def _amounts(text: str) -> frozenset[str]:
    out = set()
    for m in _AMOUNT.finditer(text):
        unit = (m.group(2) or "").lower()
        unit = {"bn": "billion", "m": "million"}.get(unit, unit)
        out.add(m.group(1).replace(",", "") + unit)
    return frozenset(out)


class _Mention:
    """Where one event was read, and what tells its occasion apart."""

    def __init__(self, doc: Document, ev: Event) -> None:
        self.event = ev
        pos = doc.text.find(ev.evidence)
        self.pos = pos if pos >= 0 else len(doc.text)
        self.sentence = doc.sentence_at(self.pos) if pos >= 0 else -1
        end = self.pos + len(ev.evidence)
        # "the two leaders also discussed minerals": another topic of the same meeting
        self.another = ev.type != "CONSULT" and bool(_ANOTHER.search(ev.evidence))
        self.amounts = _amounts(ev.evidence)
        self.kind = _kind(ev)
        parties = {ev.source, ev.target} if ev.type in _RECIPROCAL else {ev.source}
        self.reciprocal = ev.type in _RECIPROCAL
        self.persons = frozenset(m.person for m in doc.mentions_between(self.pos, end)
                                 if m.person and m.code in parties)
        agreed = _AGREED_TO.search(ev.evidence.lower()) if ev.type == "AGREE" else None
        verb = agreed.group(1) if agreed else ""
        self.agreed = _SAME_ACT.get(verb, verb) if verb not in _NOT_A_VERB and not (
            verb.endswith("s") and not verb.endswith("ss")) else ""
        self.topics = frozenset(_SAME_TOPIC.get(w, w) for w in (x.group(0).lower() for x in _TOPIC.finditer(
            ev.evidence))) if ev.type == "AGREE" else frozenset()
        named = {_MONTH_NUMBER[x.group(1)] for x in _MONTH_NAMED.finditer(ev.evidence)}
        if doc.published is not None:
            named |= {(doc.published.month - 2) % 12 + 1 if x.group(1) else doc.published.month
                      for x in _MONTH_RELATIVE.finditer(ev.evidence)}
        self.months = frozenset(named or ({ev.date.month} if ev.date is not None else set()))
        self.days = frozenset((_MONTH_NUMBER[x.group(1)], int(x.group(2))) for x in _DAY_NAMED.finditer(ev.evidence))

    def distinct_from(self, other: _Mention) -> bool:
        if self.event.type in _KINDS and self.kind != other.kind \
                and self.event.evidence != other.event.evidence and (self.kind or other.kind):
            return True  # criticism and a complaint, a tariff and a ban
        if self.sentence == other.sentence:
            # "signed a partnership ... and separately agreed to extend fishing access"
            return self.another and self.event.evidence != other.event.evidence
        if self.another:
            return True
        if self.amounts and other.amounts and self.amounts.isdisjoint(other.amounts):
            return True
        if self.agreed and other.agreed and self.agreed != other.agreed:
            return True  # "agreed to restore their envoys" ... "agreed to reopen trade talks"
        if self.topics and other.topics and self.topics.isdisjoint(other.topics):
            return True  # "signed a strategic defence agreement" ... "a framework on the investments"
        if self.months and other.months and self.months.isdisjoint(other.months):
            return True  # "after talks in Washington on Tuesday" ... "during Trump's visit to Riyadh in May"
        if self.days and other.days and self.days.isdisjoint(other.days):
            return True  # "talks in Istanbul on June 2" ... "the first round on May 16": two days, two occasions
        if not (self.persons and other.persons):
            return False
        if self.reciprocal:  # {Sidhu, Goyal} and {Sidhu, Jaishankar}: two meetings
            return not (self.persons <= other.persons or other.persons <= self.persons)
        return self.persons.isdisjoint(other.persons)


def count_occasions(doc: Document, events: Iterable[Event]) -> list[Event]:
    """``events`` (every mention read, in any order) as one event per occasion, in text order
    of first mention."""
    mentions = sorted((_Mention(doc, e) for e in events), key=lambda m: m.pos)
    kept: dict[tuple[str, str, str | None], list[_Mention]] = {}
    out: list[Event] = []
    for m in mentions:
        same = kept.setdefault(m.event.key(), [])
        if not same or all(m.distinct_from(k) for k in same):
            same.append(m)
            out.append(m.event)
    return out
