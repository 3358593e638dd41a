"""Mediators consult the parties they mediate between.

"Pakistan and Afghanistan agreed to a ceasefire following talks in Doha mediated by Qatar and
Turkiye": besides the parties' own agreement, each mediator took part in the talks with each party,
a CONSULT pair per mediator and party (as the labels read it). Mediators are named in a few fixed
ways: "mediated by X and Y", "mediation (efforts) by X", "X-mediated talks", "X's mediation",
"mediators X, Y and Z"; "co-mediated by X" in talks held "in <capital>" makes the host a mediator
too. The parties are those of the meeting or agreement told in the same sentence, or else of the
last one told in the two sentences before when the sentence refers back to talks and names no other
actor ("the talks had stalled despite intense mediation efforts by Turkiye and Qatar"; not "the
rebels are negotiating with Kinshasa in talks mediated by Qatar", whose parties are not the last
pair's, nor "Gaza ceasefire talks mediated by Egypt and Qatar resumed"). Mediation denied, told as a
habit ("traditionally mediated by Oman") or as history is none.

Mediation offered, sought or hoped for is no mediation; the mediators named as agents ("talks
mediated by Qatar and Turkiye") did not meet each other in those talks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diversify.news.actors import Mention
from diversify.news.clauses import RECENT_FROM, evidence, historical
from diversify.news.dates import find_date
from diversify.news.document import Document, listed_after
from diversify.news.model import Event

_CUE = re.compile(r"\b(co-?)?mediat(?:ed|ion|ing|ors?)\b")
_BY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$")
"""Between the cue and an agent: "mediated by", "mediation efforts by"."""
_OWNED = re.compile(r"^'s?\s+(?:\w+\s+)?$")
"""Between an owner and its cue: "Qatar's mediation", "Egypt's tireless mediation"."""
_NAMED_AFTER = re.compile(r"^\s+(?:from\s+)?(?:the\s+)?$")
"""Between "mediators" and the first one named: "mediators Qatar and Egypt"."""
_NOT_DONE = re.compile(r"\b(?:offer\w*|propos\w*|will|would|could|may|might|ready|willing|seek\w*|sought|hop\w*|"
                       r"call\w* for|urg\w*|ask\w*|request\w*|reject\w*|refus\w*|declin\w*|den(?:y|ied|ies|ying)|"
                       r"welcome\w*|possible|potential)\s+(?:\w+\s+){0,3}$|\b(?:without|no|not|any)\s+(?:\w+\s+)?$")
"""Mediation offered, sought, refused, denied or only possible, told before the cue."""
_HABIT = re.compile(r"\b(?:traditionally|usually|often|typically|regularly|historically|long|for years|for decades|"
                    r"throughout|repeatedly|in the past)\b")
"""Mediation as a habit ("are traditionally mediated by Oman"), not a round told."""
_TALKS_AGAIN = re.compile(r"\b(?:the|these|those|their|its|that|this)\s+(?:[\w-]+\s+)?(?:talks|negotiations|round|"
                          r"meeting|meetings|discussions|process|dialogue)\b")
"""Talks referred back to ("the talks had stalled despite mediation by ..."): only then are the parties
the last pair told."""
_HOSTED_IN = re.compile(r"\bin\s+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LOOK_BACK = 2
_RECIPROCAL = ("CONSULT", "AGREE")


def _mediators(doc: Document, cue: re.Match[str], ms: Sequence[Mention]) -> tuple[set[str], bool]:
    """The actors named as mediators around ``cue`` and whether they are agents of another pair's
    talks ("mediated by", "Qatar's mediation") rather than the subject of a meeting of their own
    ("mediators Turkiye, Egypt and Qatar met in Cairo")."""
    low = doc.lower
    after = [m for m in ms if m.start >= cue.end() and not m.weak]
    before = [m for m in ms if m.end <= cue.start() and not m.weak]
    if after and _BY_AFTER.match(low[cue.end():after[0].start]):
        return {m.code for m in listed_after(doc, after[0], after[1:])}, True
    if before and _OWNED.match(low[before[-1].end:cue.start()]):
        return {before[-1].code}, True
    if cue.group(0).endswith(("ors", "or")) and after and _NAMED_AFTER.match(low[cue.end():after[0].start]):
        return {m.code for m in listed_after(doc, after[0], after[1:])}, False
    return set(), False


def mediation_events(doc: Document, events: Sequence[Event], weight: float) -> list[Event]:
    """``events`` with the mediators' CONSULT pairs added, and pairs of the mediators among
    themselves dropped where they are named as agents of another pair's talks; ``weight`` is
    CONSULT's weight in the dictionary."""
    if "mediat" not in doc.lower:
        return list(events)
    where = [doc.sentence_at(pos) if (pos := doc.text.find(e.evidence)) >= 0 else -1 for e in events]
    by_sentence: dict[int, list[Event]] = {}
    for e, k in zip(events, where, strict=True):
        if k >= 0:
            by_sentence.setdefault(k, []).append(e)
    added: list[Event] = []
    dropped: set[tuple[int, str, str]] = set()
    for i, s in enumerate(doc.sentences):
        for cue in _CUE.finditer(doc.lower, s.start, s.end):
            if _NOT_DONE.search(doc.lower, max(s.start, cue.start() - 40), cue.start()):
                continue
            ms = doc.mentions_between(s.start, s.end)
            mediators, agents = _mediators(doc, cue, ms)
            if not mediators:
                continue
            if cue.group(1):  # "talks in Doha, co-mediated by Turkey": the host mediates too
                mediators |= {m.code for m in ms if m.end <= cue.start() and m.kind == "capital"
                              and _HOSTED_IN.search(doc.lower, max(s.start, m.start - 4), m.start)}
            if agents:  # "talks mediated by Egypt and Qatar": the mediators do not meet each other there
                dropped.update((i, a, b) for a in mediators for b in mediators)
            near = doc.norm[max(s.start, cue.start() - 60):min(s.end, cue.end() + 60)]
            if historical(doc, doc.norm[s.start:s.end]) or _HABIT.search(near.lower()) or any(
                    int(y.group(0)) < min(doc.year or RECENT_FROM, RECENT_FROM)
                    for y in _YEAR.finditer(doc.norm, max(s.start, cue.start() - 40), cue.start())):
                continue  # "the first since the 2016 accords mediated by Cuba", "traditionally mediated by Oman"
            parties: list[str] = []
            others = {m.code for m in ms if not m.weak} - mediators
            last = i - _LOOK_BACK if _TALKS_AGAIN.search(doc.lower, s.start, s.end) else i
            for j in range(i, max(-1, last - 1), -1):
                parties = list(dict.fromkeys(
                    c for e in by_sentence.get(j, ()) if e.type in _RECIPROCAL
                    for c in (e.source, e.target) if c is not None and c not in mediators))
                if parties or others:
                    break
            if len(parties) < 2:
                continue
            quote = evidence(doc, s.start, s.end, cue.start())
            date = find_date(doc.norm[s.start:s.end], doc.published)
            for a in sorted(mediators):
                for b in parties:
                    added += [Event(a, "CONSULT", b, date, quote, weight), Event(b, "CONSULT", a, date, quote, weight)]
    kept = [e for e, k in zip(events, where, strict=True)
            if not (e.type == "CONSULT" and (k, e.source, e.target) in dropped)]
    return kept + added
