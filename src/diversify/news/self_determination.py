"""Support told as another's right to decide for itself.

"The two leaders reiterated that decisions on the future of Greenland are for Greenland and
Denmark alone to make"; '"The future of Greenland is decided solely by the people of Denmark and
Greenland," Carney said'; "decisions about Ukraine's sovereignty must be made by Kyiv itself": the
speaker backs the sovereignty of those named as the ones who decide (SUPPORT toward each, as the
labels read it). The future must be the deciders' own: an actor named in the phrase ("the future of
Greenland") or its "its"/"their" before it is among them ("decisions on lifting the tariffs are up to
Washington" is no support); a negation anywhere before the phrase ("did not accept that ...") tells the
opposite. The speaker is the quotation's, or the subject before a reporting verb ("said",
"reiterated", "stressed"); an actor that is itself named as deciding is not a speaker here.
"""

from __future__ import annotations

import re

from diversify.news.clauses import evidence, historical
from diversify.news.dates import find_date
from diversify.news.document import Document, listed_after
from diversify.news.model import Event
from diversify.news.triggers import Dictionary

_DECIDED_BY = re.compile(
    r"\b(?:future|fate|sovereignty|decisions?)\b[^.;:!?]{0,80}?\b(?:"
    r"(?:is|are|remains?) (?:a matter |a question |solely |only |exclusively )?(?:for|up to)|"
    r"(?:is|are|must be|should be|can only be|will be|be) (?:decided|made|determined|settled) "
    r"(?:solely |only |exclusively )?by)\s+(?:the (?:people|peoples|citizens) of\s+)?")
"""Words saying whose decision something is; the deciders follow."""
_NOT = re.compile(r"\b(?:not|never|no longer|reject\w*|den(?:y|ied|ies|ying)|dismiss\w*)\b|n't\b")
_OWN = re.compile(r"\b(?:its|their)\s+$")
_REPORTING = re.compile(r"\b(?:said|says|say|reiterated|reiterates|stressed|stresses|underlined|underlines|"
                        r"affirmed|affirms|reaffirmed|reaffirms|insisted|insists|agreed|agree|emphasi[sz]ed|"
                        r"declared|noted|told \w+)\b")
_OPENS_LIST = re.compile(r"\s*(?:the\s+)?")
_REACH = 60


def self_determination_support(doc: Document, dic: Dictionary) -> list[Event]:
    """SUPPORT from the speaker toward each actor named as the one to decide its own future."""
    out: list[Event] = []
    for s in doc.sentences:
        for m in _DECIDED_BY.finditer(doc.lower, s.start, s.end):
            if _NOT.search(m.group(0)):
                continue  # "is not for Washington to decide"
            near = doc.mentions_between(m.end(), min(s.end, m.end() + _REACH))  # a people decides too ("the Danes")
            deciders = [x.code for x in listed_after(doc, near[0], near[1:])] \
                if near and _OPENS_LIST.fullmatch(doc.lower, m.end(), near[0].start) else []
            if not deciders or _NOT.search(doc.lower, s.start, m.start()):
                continue  # "he did not accept that the future of Greenland is for Denmark to decide"
            decided = _decided_for(doc, s.start, m)
            if not decided & set(deciders):
                continue  # "decisions on lifting the steel tariffs are up to Washington": not its own future
            speakers = _speakers(doc, s.start, m.start())
            sources = [c for c in speakers if c not in deciders]
            if not sources or historical(doc, doc.norm[s.start:s.end]):
                continue
            quote = evidence(doc, s.start, s.end, m.start())
            date = find_date(doc.norm[s.start:s.end], doc.published)
            out += [Event(a, "SUPPORT", b, date, quote, dic.weight("SUPPORT"))
                    for a in dict.fromkeys(sources) for b in dict.fromkeys(deciders)]
    return out


def _decided_for(doc: Document, start: int, m: re.Match[str]) -> set[str]:
    """Whose future the phrase is about: an actor named between its noun and its verb ("the future of
    Greenland", "Ukraine's sovereignty"), or with "its"/"their" ("its future") one named before it in
    the sentence."""
    named = {x.code for x in doc.mentions_between(m.start(), m.end()) if not x.weak or x.kind == "pronoun"}
    if not named and _OWN.search(doc.lower, max(start, m.start() - 8), m.start()):
        named = {x.code for x in doc.mentions_between(start, m.start())}
    return named


def _speakers(doc: Document, start: int, at: int) -> list[str]:
    """Whose words the phrase at ``at`` is: the quotation's speaker, else the subject before a
    reporting verb before it in its sentence."""
    for q0, q1, speaker in doc.quotes:
        if q0 <= at < q1:
            return [speaker] if speaker else []
    said = list(_REPORTING.finditer(doc.lower, start, at))
    if not said:
        return []
    return [x.code for x in doc.mentions_between(start, said[-1].start()) if x.prep is None and not x.weak]
