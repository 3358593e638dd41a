"""Joint action told by the forces taking part: "the exercise, involving troops from Poland, Germany and
the United States, began on Monday", "the Malabar exercise, involving India, the United States, Japan and
Australia"; "more than 3,000 troops from Thailand and the United States are
taking part in Cobra Gold".

Forces of two or more named states in one exercise, drill, patrol or operation act together: COOPERATE
between each two of them (joint exercises join everyone, as in :func:`structure.subjects._combine`).
The states are a list after "from" ("troops from A, B and C"); an exercise named only by its own name
needs a verb of taking part after the list. Plans, forecasts and conditions ("will take part", "are
expected to join"), negations and history give nothing.
"""

from __future__ import annotations

import re

from diversify.news.clauses import evidence, historical
from diversify.news.dates import FUTURE_TIME, find_date
from diversify.news.document import Document, listed_after
from diversify.news.model import Event
from diversify.news.triggers import Dictionary

_FORCES = (r"(?:troops|forces|soldiers|sailors|airmen|marines|personnel|militaries|navies|warships|ships|"
           r"vessels|units|aircraft|jets|service members|servicemembers|contingents)")
_INVOLVING = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames)\b,?\s+"
    r"(?:which\s+)?(?:involving|involves|involved|bringing together|brings together|brought together|"
    r"featuring|with|including|includes|include|included)\s+(?:(?:about|some|more than|over|nearly|around|almost|up to|"
    r"[\d,]+|hundreds of|thousands of|the)\s+){0,3}" + _FORCES + r"\s+from\s+")
"""An exercise and the forces it brings together: the states follow "from" (a number at most between:
not "involving attacks on forces from ...")."""
_STATES_INVOLVED = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames|patrols?)\b,?\s+"
    r"(?:which\s+)?(?:involving|involves|involved|bringing together|brings together|brought together|"
    r"featuring|features|featured)\s+")
"""An exercise and the states it brings together, named straight after: "the Malabar naval exercise,
involving India, the United States, Japan and Australia"."""
_FROM = re.compile(r"\b" + _FORCES + r"\s+from\s+")
_TAKING_PART = re.compile(
    r"\s*,?\s*(?:(?:are|were|is|was|have been|had been)\s+)?(?:\w+ly\s+)?(?:taking part|took part|take part|"
    r"takes part|participating|participated|participate|participates)\s+in\s+"
    r"(?:(?:the|a|an|this|that|their|joint|annual|large-scale|multinational|military|naval|air)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames)\b"
    r"|\s*,?\s*(?:(?:are|were|is|was)\s+)?(?:taking part|took part|participating|participated)\s+in\s+"
    r"(?:the\s+)?[A-Z]")
"""Forces named by their states, then taking part in an exercise, by that word or by its name ("are taking
part in Cobra Gold"); not "took part in talks", "joined the Russian army", "exercising restraint"."""
_NOT_DONE = re.compile(r"\b(?:will|would|could|may|might|shall|'ll|expected to|set to|due to|plans? to|"
                       r"planned|planning|scheduled|to be held|upcoming|if|unless|"
                       r"not|never|no longer|cancel\w*|postpon\w*|suspend\w*|called off|each other|"
                       r"one another)\b|n't\b")  # (a contraction is written onto its verb: "didn't")
_SAID_AFTER = re.compile(r"\s*,?\s*(?:said|says|say|reported|reports|claimed|claims|told)\b")
_REACH = 80


def joint_forces_cooperation(doc: Document, dic: Dictionary) -> list[Event]:
    """COOPERATE among the states whose forces are named together in one exercise or operation."""
    out: list[Event] = []
    for s in doc.sentences:
        for m in (*_INVOLVING.finditer(doc.lower, s.start, s.end), *_STATES_INVOLVED.finditer(doc.lower, s.start, s.end),
                  *_FROM.finditer(doc.lower, s.start, s.end)):
            near = [x for x in doc.mentions_between(m.end(), min(s.end, m.end() + _REACH)) if not x.weak]
            if len(near) < 2 or doc.lower[m.end():near[0].start].strip() not in ("", "the"):
                continue
            states = listed_after(doc, near[0], near[1:])
            states = [x for x in states if not _SAID_AFTER.match(doc.lower, x.end)]  # ", Ukraine said,"
            codes = list(dict.fromkeys(x.code for x in states))
            if len(codes) < 2:
                continue
            if m.re is _FROM and not _TAKING_PART.match(doc.norm, states[-1].end):
                continue  # "troops from Poland and Germany": where they come from, no act told
            if _NOT_DONE.search(doc.lower, s.start, s.end) or FUTURE_TIME.search(doc.norm, s.start, s.end) \
                    or historical(doc, doc.norm[s.start:s.end]):
                continue
            quote = evidence(doc, s.start, s.end, m.start())
            date = find_date(doc.norm[s.start:s.end], doc.published)
            out += [Event(a, "COOPERATE", b, date, quote, dic.weight("COOPERATE"))
                    for a in codes for b in codes if a != b]
            break
    return out
