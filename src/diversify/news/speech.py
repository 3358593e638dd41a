"""Accusations in speech: condemnation quoted or reported, with its speaker.

A quotation: "... a direct and blatant attack on our Country," the president
said (speaker USA, Canada named in the quoted sentence). Reported speech:
Carney said that Trump's actions were a "betrayal" (the speaker is the subject
before "said", the target an actor after it). Only strong words of
condemnation count (attack on, betrayal, unjustified, unacceptable, egregious,
outrageous, blackmail, bullying, insult), and only an actor other than the
speaker; a sentence naming an earlier year than the article's is history.
"""

from __future__ import annotations

import re

from diversify.news.actors import Mention
from diversify.news.clauses import evidence, historical
from diversify.news.dates import find_date
from diversify.news.document import Document
from diversify.news.model import Event
from diversify.news.triggers import Dictionary

_CONDEMNATION = re.compile(
    r"\b(?:(?:direct|blatant|outright|unprovoked|brazen) )*(?:attacks? on|betrayal|unjustified|"
    r"unjustifiable|unacceptable|egregious|outrageous|blackmail|bullying|insult(?:ing)?|"
    r"(?:a|an) (?:\w+ )?disaster|unfair|reckless|irresponsible|hypocritical|shameful|disgraceful|"
    r"not accurate|inaccurate|economic war|trade war being waged|(?:waging|wages|waged) (?:a |an )?(?:\w+ )?war|"
    r"illegal|unlawful|violat(?:es|ed|ion of)|"
    r"(?:has|had|have) failed to (?:protect|stop|curb|prevent|act|address|comply|uphold|honou?r|meet)|"
    r"coerci(?:on|ve)|protectionist|damaging|harmful|destructive|disrespectful|offensive|"
    r"deplorable|appalling|nonsense|absurd|ridiculous|irrational|(?:['\u2019]s|s['\u2019]) (?:failure|refusal) to)\b"
)


def speech_accusations(doc: Document, dic: Dictionary) -> list[Event]:
    """ACCUSE from speech that condemns another actor named in the same sentence.

    A quotation: "... a direct and blatant attack on our Country," the
    president said (speaker USA, Canada named in the quoted sentence). Reported
    speech: Carney said that Trump's actions were a "betrayal" (the speaker is
    the subject before "said", the target an actor after it). Only strong words
    of condemnation count, and only an actor other than the speaker.
    """
    out = []
    for q0, q1, speaker in doc.quotes:
        if speaker is None:
            continue
        for m in _CONDEMNATION.finditer(doc.lower, q0, q1):
            s = next((x for x in doc.sentences if x.start <= m.start() < x.end), None)
            if s is None:
                continue
            a, b = max(q0, s.start), min(q1, s.end)
            targets = _blamed(doc, a, b, speaker, m.end())
            if not targets:
                continue
            if historical(doc, doc.norm[a:b]):
                continue
            quote = evidence(doc, a, b, m.start())
            date = find_date(doc.norm[s.start:s.end], doc.published)
            out.append(Event(speaker, "ACCUSE", targets[0].code, date, quote, dic.weight("ACCUSE")))
            break
    for s in doc.sentences:
        hit = _CONDEMNATION.search(doc.lower, s.start, s.end)
        if hit is None or any(q0 <= hit.start() < q1 and sp for q0, q1, sp in doc.quotes):
            continue  # none, or in an attributed quotation (handled above)
        said = _SAID.search(doc.lower, s.start, hit.start())
        if said is None:
            continue
        speakers = [x for x in doc.mentions_between(s.start, said.start()) if x.prep is None and not x.weak]
        if not speakers:
            continue
        speaker = speakers[-1].code
        targets = _blamed(doc, said.end(), min(s.end, hit.end() + 40), speaker, hit.end())
        if not targets or historical(doc, doc.norm[s.start:s.end]):
            continue
        quote = evidence(doc, s.start, s.end, said.start())
        out.append(Event(speaker, "ACCUSE", targets[0].code, find_date(doc.norm[s.start:s.end], doc.published),
                         quote, dic.weight("ACCUSE")))
    return out


def _blamed(doc: Document, a: int, b: int, speaker: str, after: int) -> list[Mention]:
    """The actors other than the speaker that words of condemnation ending at ``after`` may blame in
    ``doc.norm[a:b]``: not one named for its rules ("inconsistent with WTO rules"), and after a passive
    ("NATO airspace was violated by Russian drones") only its agent."""
    found = [x for x in doc.mentions_between(a, b) if x.code != speaker and x.kind != "pronoun" and not x.weak
             and not _RULEBOOK_AFTER.match(doc.lower, x.end)]
    return [x for x in found if x.start >= after] if _BY_AGENT.match(doc.lower, after) else found


_BY_AGENT = re.compile(r"\s+by\b")
_RULEBOOK_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:rules|law|laws|charter|norms|standards|regulations|obligations|"
                             r"principles|treaty|agreement)\b")
"""An actor named for its rules ("inconsistent with WTO rules", "the UN Charter"): the measure judged is another's."""
_SAID = re.compile(r"\b(?:said|says|say|saying|told \w+|declared|warned|insisted|argued|stated|claimed|claims|"
                   r"alleged|alleges)\b(?: that)?")


