"""Clauses and coordinated actors: the structure events are read from.

A sentence is cut into clauses at ``;``, ``:``, dashes, brackets and the words
that open a new clause (which, who, that, after, as, while, because, but, if,
...); a subordinate clause ("While X did Y, Z did W") ends at its first
comma. Actor mentions joined by "and", "or", "as well as" (or a list of commas
ending in one of them) form a :class:`Group`, and "Canada-EU" is one group.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property

from diversify.news.actors import Mention
from diversify.news.dateline import dateline_end
from diversify.news.dates import MONTHS
from diversify.news.document import Document

MAX_EVIDENCE_WORDS = 25

_LEAD_WORDS = re.compile(r"\s*(\w+(?: \w+)?)")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_AND_OR = re.compile(r"\b(?:and|or|as well as)\b|&")
_AND_OTHERS = re.compile(r",?\s+(?:and|or)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|"
                         r"many|other|some)\b")
"""A list that ends "and five other countries": its commas coordinate."""
_POSSESSIVES_JOINED = re.compile(r"'s?\s*,?\s+(?:and|or)\s+")
_NONSPACE = re.compile(r"\S+")
_BOUNDARY = re.compile(
    r"\s*;\s*|:\s+|\s+[\u2014\u2013-]\s+|\s*\u2014\s*|\(|\)"
    r"|(?<!demand)(?<!demands)(?<!demanded)(?<!demanding)(?<!insisted)(?<!urged)"
    r",?\s+(?=(?:which|who|whom|whose|that|after|before|while|because|since|following|amid|"
    r"when|whereas|although|though|but|if|unless|until|where|whether|so that|even as|once|"
    r"prompted by|despite)\s)"
    r"|,?\s+(?=as\s+(?:he|she|they|we|it|the|his|her|their|[A-Z])\b)"
)
_HISTORY = re.compile(r"\b(?:the last time|last visit|last met|first time since|years ago|decades ago|in the past)\b")
_ATTRIBUTIVE = re.compile(
    r"(?i:\b(?:the|a|an|its|their|his|her|our)\s+)$"
    r"|\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|"
    r"Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|In|Since|By|From|Until|Before|After|Of|On|At|And|Or|To|"
    r"For|During|Summer|Spring|Autumn|Fall|Winter|Early|Late|Mid|Around|About|Through|Between)\b)"
    r"[A-Z][A-Za-z-]*[A-Za-z]\s+$")
"""Before a year: the year names a thing ("the 2015 nuclear agreement", "Mirage 2000 jets", "Vision
2030"), not when the act happened."""
_LAST_YEAR = re.compile(r"\b(?:last year|a year ago)\b")
RECENT_FROM = 2025
_LAST_MONTH = re.compile(r"\blast (" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")
"""A month named as last: the year before when it is not earlier in the year than the article."""
"""Events of this year or later told as background are still events (the labels' rule: the
period of the pivot; "events before 2025 told as history are historical reference points")."""
_YEAR = re.compile(r"(?<![\d$,.-])(1[89]\d\d|20\d\d)(?![\d%-]|\.\d| (?:target|goal))")
_ADJECTIVAL = re.compile(r"^-(?:led|based|backed|sponsored|run|owned|funded|organi[sz]ed|hosted|brokered)\b")
_COORD = re.compile(r"^\s*(?:,\s*)?(?:and|or|as well as|&|,|and also)?\s*(?:(?:both|the|its|their|his|her)\s+)*$")


@dataclass(frozen=True)
class Group:
    """Coordinated mentions ("Mexico and China") acting as one unit in a clause."""

    members: tuple[Mention, ...]

    @property
    def start(self) -> int:
        return self.members[0].start

    @cached_property
    def end(self) -> int:
        return max(m.end for m in self.members)

    @property
    def prep(self) -> str | None:
        return self.members[0].prep

    @property
    def possessive(self) -> bool:
        return self.members[-1].possessive

    @cached_property
    def codes(self) -> list[str]:
        return list(dict.fromkeys(m.code for m in self.members))

    @cached_property
    def strong_codes(self) -> list[str]:
        return list(dict.fromkeys(m.code for m in self.members if not m.weak))

    @property
    def compound(self) -> bool:
        return all(m.compound for m in self.members)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    lead: str


def clauses(doc: Document, start: int, end: int) -> list[Clause]:
    """Cut the sentence ``doc.norm[start:end]`` into clauses (computed once per document)."""
    key = (start, end)
    if key not in doc.cache:
        doc.cache[key] = _clauses(doc, start, end)
    out: list[Clause] = doc.cache[key]
    return out


def _clauses(doc: Document, start: int, end: int) -> list[Clause]:
    text = doc.norm[start:end]
    out = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    out = [part for a, b in out for part in _split_subordinate(text, a, b)]
    result = []
    for a, b in out:
        lead = _LEAD_WORDS.match(text[a:b])
        result.append(Clause(start + a, start + b, lead.group(1).lower() if lead else ""))
    return result


_SUBORDINATORS = frozenset({
    "while", "after", "before", "when", "as", "because", "since", "although", "though", "if",
    "once", "until", "unless", "whereas",
})


def _split_subordinate(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"While X did Y, Z did W": the subordinate clause ends at its first comma."""
    first = _FIRST_WORD.match(text[a:b])
    if not first or first.group(1).lower() not in _SUBORDINATORS:
        return [(a, b)]
    comma = text.find(", ", a, b)
    if comma == -1 or len(text[comma + 2:b].split()) < 3:
        return [(a, b)]
    return [(a, comma), (comma + 2, b)]


def groups(doc: Document, mentions: list[Mention]) -> list[Group]:
    """Coordinated mentions of a sentence as groups; "UN-led" style modifiers are left out."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if _ADJECTIVAL.match(doc.norm[m.end:m.end + 14]):
            continue
        if groups:
            last = groups[-1][-1]
            gap = doc.norm[last.end:m.start] if m.start >= last.end else ""
            if (m.start, m.end) == (last.start, last.end) or (
                m.start >= last.end and _COORD.match(gap) and len(gap) < 30 and not last.possessive
                and not (m.possessive and "," in gap)  # "with Denmark and Greenland, and Germany's minister ..."
            ) or (m.compound and last.compound and gap in ("-", "\u2013", "/")) or (
                last.possessive and m.possessive and _POSSESSIVES_JOINED.fullmatch(gap)
            ):  # "Denmark's and Greenland's top diplomats"
                groups[-1].append(m)
                continue
        groups.append([m])
    out: list[Group] = []
    for g in groups:
        out.extend(Group(tuple(part)) for part in _split_commas(doc, g))
    return out


def _split_commas(doc: Document, members: list[Mention]) -> list[list[Mention]]:
    """A list joined only by commas ("Zelenskyy, EU leaders") is not a coordination."""
    gaps = [doc.norm[a.end:b.start] if b.start >= a.end else "" for a, b in itertools.pairwise(members)]
    if not gaps or any(_AND_OR.search(g) for g in gaps) \
            or all("," not in g for g in gaps) or _AND_OTHERS.match(doc.norm, members[-1].end):
        return [members]
    return [[m] for m in members]


class SentenceView:
    """A sentence with its clauses and actor groups, built once per sentence."""

    def __init__(self, doc: Document, start: int, end: int) -> None:
        self.doc = doc
        self.start, self.end = start, end
        self.clauses = clauses(doc, start, end)
        self.groups = groups(doc, doc.mentions_between(start, end))

    def clause_at(self, pos: int) -> Clause:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        return self.clauses[-1] if self.clauses else Clause(self.start, self.end, "")

    def groups_in(self, a: int, b: int) -> list[Group]:
        return [g for g in self.groups if a <= g.start and g.end <= b]

    def main_subject(self) -> Group | None:
        filed = dateline_end(self.doc.norm) if self.start == 0 else 0  # "DAVOS, Switzerland, Jan 22 (Reuters) -"
        first = next((c for c in self.clauses if c.end > filed), None)
        if first is None:
            return None
        for g in self.groups_in(first.start, first.end):
            if g.prep is None and not g.compound and g.strong_codes:
                return g
        return None


def participial(clause: Clause) -> bool:
    """A clause like "after visiting Paris", whose subject is the main clause's."""
    words = clause.lead.split()
    return (len(words) > 1 and words[0] in ("after", "before", "while", "when", "since", "following",
                                             "as", "once") and words[1].endswith("ing"))


_PARTICIPLE_TAIL = re.compile(r",\s+(?:\w+ly\s+)?(?:[a-z]+ing|after|following|ending|as part of)\s")
"""A participle phrase after the act ("..., concluding an investigation launched two years ago"):
its own history is not the act's."""


_RELATIVE_TAIL = re.compile(r"\s(?:which|that|who|it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?"
                            r"(?:[a-z]+ed|imposed|set|put|cut|made|took|signed|struck|brought|sent|won|lost)\b")
"""A relative clause after the act ("pressed Brussels to scrap the tariffs it imposed last year"): its
own time is not the act's."""


def act_part(text: str, at: int) -> str:
    """``text`` up to the first participle phrase or relative clause that follows position ``at``."""
    m = _PARTICIPLE_TAIL.search(text, at)
    r = _RELATIVE_TAIL.search(text, at + 1)
    ends = [x.start() for x in (m, r) if x is not None]
    return text[:min(ends)] if ends else text


def historical(doc: Document, clause_text: str) -> bool:
    """The clause names an earlier year than the article's (and than 2025), or "the last time":
    history."""
    low = clause_text.lower()
    if _HISTORY.search(low):
        return True
    if doc.year is None:
        return _LAST_YEAR.search(low) is not None
    before = min(doc.year, RECENT_FROM)  # in a 2026 article, 2025 is recent background
    if _LAST_YEAR.search(low) and doc.year - 1 < before:
        return True
    if doc.published is not None and doc.year - 1 < before and any(
            MONTHS[m.group(1)] >= doc.published.month for m in _LAST_MONTH.finditer(low)):
        return True  # "The EU introduced tariffs ... last October", in a 2025 article of June: 2024
    return any(int(m.group(1)) < before for m in _YEAR.finditer(clause_text)
               if not _ATTRIBUTIVE.search(clause_text, 0, m.start()))


def evidence(doc: Document, a: int, b: int, t0: int) -> str:
    """At most 25 words of the clause around the trigger, as written in the article."""
    span = doc.text[a:b].strip()
    offset = a + (len(doc.text[a:b]) - len(doc.text[a:b].lstrip()))
    words = list(_NONSPACE.finditer(span))
    if len(words) <= MAX_EVIDENCE_WORDS:
        return span.strip(" ,;")
    rel = t0 - offset
    k = next((i for i, w in enumerate(words) if w.end() > rel), 0)
    lo = max(0, min(k - 8, len(words) - MAX_EVIDENCE_WORDS))
    hi = lo + MAX_EVIDENCE_WORDS
    return span[words[lo].start():words[hi - 1].end()].strip(" ,;")


_YES_NO = re.compile(r"\s*[\"\u201c']?(?:will|would|could|can|should|shall|may|might|must|did|does|do|is|are|was|"
                     r"were|has|have|had)\s", re.IGNORECASE)


def yes_no_question(norm: str, start: int, end: int) -> bool:
    """A sentence that asks whether something will happen or happened ("Will Carney meet Xi and sign a
    deal?"): it reports no act."""
    return norm[start:end].rstrip().rstrip("\"\u201d'").endswith("?") and _YES_NO.match(norm, start) is not None
