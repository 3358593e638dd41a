"""One article analysed once: sentences, actor mentions, quotations, references.

Events and claims both work on a :class:`Document`. Besides the named actors
of :mod:`diversify.news.actors` it adds the references a reader resolves
without thinking, each to an actor named close by and never further back than
the previous sentence:

* first-person words inside a quotation ("we", "our") refer to its speaker
  ("... ," Carney said);
* "he"/"she" and "his"/"her" before a noun refer to the speaker of "X said he", else to the
  first person named (its likely subject) earlier in the sentence or in the nearest sentence
  before that names one;
* a sentence opening "It" and a past act ("It relented") to the state that was the subject of the
  sentence before;
* "him" to the last person named before it in its sentence, when that is not the
  sentence's first person (its likely subject);
* "the government", "his administration" to the last person's actor;
* "the two leaders", "both countries" to the two actors of the previous
  sentence, only when there are exactly two;
* "the three countries", "the four European powers" to the latest list of
  exactly that many actors named together ("France, Germany and Britain").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from diversify.news.actors import Mention, lexicon
from diversify.news.dateline import dateline_end
from diversify.news.dates import WEEKDAYS
from diversify.news.nlp import Sentence, normalise, parse
from diversify.news.people import titled_people

_WHITESPACE = re.compile(r"\s")
_QUOTE = re.compile(r'"([^"\n]{2,}?)"')
_HE_SHE_WORD = re.compile(r"\b(?:he|she)\b")
_HIM = re.compile(r"\bhim\b")
_IT_ACTS = re.compile(r"\s*(?:(?:Last|This|Earlier this|Later that) (?:week|month|year),?\s+|On (?:"
                      + "|".join(d.title() for d in WEEKDAYS) + r"),?\s+)?([Ii]t)\s+(?:also\s+|later\s+|then\s+)?"
                      r"(?!(?:is|was|were|has|had|have|would|will|may|might|"
                      r"could|can|should|must|seems|seemed|appears|appeared|remains|remained|added|said|says|"
                      r"noted|comes|came|took|takes)\b)[a-z]+ed\b")
"""A sentence opening "It" (after a time: "Last week it") and a past-tense verb of an act ("It relented",
"Last week it pledged")."""
_PREP_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:the|a|an|both|its|their|his|her|our)\s+)*$")

_SPEECH = (r"said|says|say|added|adds|told|tells|wrote|writes|insisted|insists|argued|argues|warned|"
           r"warns|noted|notes|declared|declares|stated|states|posted|posts|continued|remarked|"
           r"explained|reiterated|asserted|proclaimed|emphasized|emphasised|stressed")
_VERB_FIRST = re.compile(r'\s*,?\s*(?:' + _SPEECH + r')\s+(?P<who>[^"\n.,;]{1,80})')
_VERB_AFTER = re.compile(r'\s*,?\s*(?P<who>[^"\n]{1,80}?)\s+(?:' + _SPEECH + r')\b')
_BEFORE_QUOTE = re.compile(r"(?:" + _SPEECH + r")(?:\s+\w+){0,4}\s*[:,]?\s*$")
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|I|my|My)\b")
_ITS_OFFICIAL = re.compile(
    r"\s*(?P<who>(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:person|man|woman)|ambassador|envoy|minister|"
    r"chief|head|leader|president|commander|secretary|director))\b(?:,\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),)?")
"""A sentence opening on the official of the actor the sentence before opened with: "Its spokesperson, Liu Dejun,"."""
_BARE_SPOKESMAN = re.compile(
    r"\s*(?P<who>(?:(?:A|The)\s+)?[Ss]pokes(?:person|man|woman))\b,?\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})\b")
"""A spokesman named at a sentence's start, of no actor: "The Kremlin dismissed the pledges. Spokesman
Dmitry Peskov said ..." (the actor the sentence before opened with)."""
_HE_SHE = re.compile(r"\b(?:he|she|He|She|(?P<own>[Hh]is|[Hh]er)(?= [a-z]))\b")
_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:government|administration|country|office)\b"
)
_PAIR = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth) (?:leaders|countries|nations|sides|allies|governments|NATO allies|"
    r"North American allies|partners|prime ministers|presidents|ministers|foreign ministers|defence ministers|"
    r"defense ministers|trade ministers|heads of state|heads of government|delegations|neighbours|neighbors|"
    r"capitals|states|premiers|chancellors|envoys|negotiators|top diplomats|diplomats|parties)\b|"
    r"\b[Tt]he (?:two )?(?:leaders|sides|parties)\b(?! in (?:parliament|congress|the house|the senate|"
    r"the legislature|the assembly|the bundestag)\b)"
)
_PEOPLE_PAIR = re.compile(r"leaders|ministers|presidents|chancellors|heads|premiers|envoys|negotiators|diplomats")
_SIDES = re.compile(r"sides|parties")
"""Pair words naming people: "the two leaders" may be the last two people named."""
_PEOPLE_BACK = 4
_GROUP = re.compile(
    r"\b[Tt]he (?P<n>three|four|five|six) (?:[A-Z][a-z]+ )?(?:countries|nations|powers|governments|"
    r"states|allies|leaders|capitals|partners|members|ministers|sides|delegations)\b"
)
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s+")
_YEAR = re.compile(r"(?<![\d,.$-])(19[5-9]\d|20\d\d)(?!\d|%|-\d|[.,]\d)")


@dataclass(frozen=True)
class Document:
    """An article analysed for extraction; offsets index ``text`` and ``norm`` alike."""

    text: str
    norm: str
    lower: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[tuple[int, int, str | None], ...]
    published: dt.date | None
    year: int | None
    _starts: tuple[int, ...] = field(default=(), repr=False)
    cache: dict[object, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)
    """Per-document memo of derived structures (clauses of a sentence, ...)."""

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence that holds character ``pos`` (-1 before the first)."""
        return bisect.bisect_right([s.start for s in self.sentences], pos) - 1

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in self.quotes)


def _last_two_people(by_sentence: list[list[Mention]], i: int, at: int) -> list[str]:
    """The actors of the last two people named before ``at`` (in sentence ``i`` or up to four
    before), when exactly two actors' people are named there: "Tusk and Merz co-chaired the
    consultations. ... Merz said Germany stood at Poland's side. He added ... Russia's aggression.
    The two leaders announced a joint declaration"."""
    seen: list[str] = []
    for k in range(i, max(-1, i - 1 - _PEOPLE_BACK), -1):
        for m in reversed(by_sentence[k]):
            if m.person and not m.weak and (k < i or m.end <= at) and m.code not in seen:
                seen.append(m.code)
        if len(seen) >= 2:
            break
    return seen if len(seen) == 2 else []


def _lower(norm: str) -> str:
    low = norm.lower()
    if len(low) != len(norm):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    return _WHITESPACE.sub(" ", low)


def infer_year(text: str, published: dt.date | None, today: dt.date | None = None) -> int | None:
    """The article's year: its publication year, else the latest past year it names."""
    if published is not None:
        return published.year
    limit = (today or dt.date.today()).year
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= limit]
    return max(years) if years else None


def analyse(text: str, published: dt.date | None = None) -> Document:
    """Tokenise, split and find actors and references in an article text."""
    norm = normalise(text)
    paras, sents = parse(norm)
    mentions = lexicon().find(norm, paras, published)
    mentions = sorted([*mentions, *titled_people(norm, mentions)], key=lambda m: (m.start, m.end))
    filed_from = dateline_end(norm)
    mentions = [_former(m, norm) for m in mentions if m.start >= filed_from]
    mentions = _owned_bodies(mentions, norm)
    quotes = _quotes(norm, mentions)
    refs = _references(norm, sents, mentions, quotes)
    allm = sorted([*mentions, *refs], key=lambda m: (m.start, m.end))
    return Document(
        text=text, norm=norm, lower=_lower(norm), sentences=tuple(sents), mentions=tuple(allm),
        quotes=tuple(quotes), published=published, year=infer_year(norm, published),
        _starts=tuple(m.start for m in allm),
    )


def _owned_bodies(mentions: list[Mention], norm: str) -> list[Mention]:
    """A body named with another country's possessive is that country's ("Mexico's Congress" is
    Mexico's, not the U.S. Congress the bare name stands for): it takes the possessor's code."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.kind == "body" and prev is not None and prev.possessive and prev.code != m.code \
                and norm[prev.end:m.start].strip(" '\u2019s") == "":
            m = Mention(m.start, m.end, prev.code, m.kind, m.text, m.prep, m.possessive, m.compound, m.person)
        elif m.kind == "body":
            # "the European Parliament ... Parliament President Roberta Metsola": the body named in full
            # before, not the one the bare name stands for
            bare = m.text.split(" ")[0]
            full = next((o for o in reversed(out) if o.kind in ("body", "name") and o.code != m.code
                         and o.text.endswith(" " + bare)), None)
            if full is not None:
                m = Mention(m.start, m.end, full.code, m.kind, m.text, m.prep, m.possessive, m.compound, m.person)
        out.append(m)
    return out


def _former(m: Mention, norm: str) -> Mention:
    """A former office holder ("then-Prime Minister Trudeau") is named, but acts for nobody now."""
    lead = (norm[max(0, m.start - 7):m.start] + m.text[:7]).lower()
    if ("then-" in lead or "former " in lead) and m.kind != "weak":
        return Mention(m.start, m.end, m.code, "weak", m.text, m.prep, m.possessive, m.compound, m.person)
    return m


def _quotes(norm: str, mentions: list[Mention]) -> list[tuple[int, int, str | None]]:
    """Quotation spans with the code of their speaker (``None`` if not found)."""
    out = []
    for q in _QUOTE.finditer(norm):
        speaker = None
        after = _VERB_FIRST.match(norm, q.end()) or _VERB_AFTER.match(norm, q.end())
        if after:
            who = [m for m in mentions if after.start("who") <= m.start < after.end("who") + 1]
            if who:  # the subject nearest the verb: '" in regard to Greenland, Trump told NBC'
                speaker = (who[-1] if after.re is _VERB_AFTER else who[0]).code
            elif _HE_SHE_WORD.search(after.group("who") or ""):
                prev = [m for m in mentions if m.end <= q.start() and m.person]
                speaker = prev[-1].code if prev else None
        if speaker is None:
            before = norm[max(0, q.start() - 160):q.start()]
            b = _BEFORE_QUOTE.search(before)
            if b:
                lo = q.start() - len(before)
                cands = [m for m in mentions if lo <= m.start and m.end <= lo + b.start()]
                speaker = cands[-1].code if cands else None
        out.append((q.start(), q.end(), speaker))
    return out


def _references(
    norm: str, sents: list[Sentence], mentions: list[Mention], quotes: list[tuple[int, int, str | None]]
) -> list[Mention]:
    """Mentions for pronouns and descriptions that refer to a nearby actor."""
    refs: list[Mention] = []
    by_sentence: list[list[Mention]] = []
    for s in sents:
        by_sentence.append([m for m in mentions if s.start <= m.start < s.end])
    for i, s in enumerate(sents):
        if not i:
            continue
        official = _ITS_OFFICIAL.match(norm, s.start) or _BARE_SPOKESMAN.match(norm, s.start)
        if official is None or any(m.start < official.end() for m in by_sentence[i]):
            continue
        # "China's coast guard gave a different account. Its spokesperson, Liu Dejun, said ...": the
        # actor the sentence before opened with, and the name given is that actor's person ("He urged ...")
        first = next((m for m in by_sentence[i - 1] if m.prep is None and not m.weak), None)
        if first is None or first.start != by_sentence[i - 1][0].start:
            continue
        found = [Mention(official.start("who"), official.end("who"), first.code, "pronoun", official.group("who"))]
        if official.group("name"):
            found.append(Mention(official.start("name"), official.end("name"), first.code, "pronoun",
                                 official.group("name"), person=official.group("name")))
        refs += found
        by_sentence[i] = sorted([*by_sentence[i], *found], key=lambda m: m.start)
    for i, s in enumerate(sents):
        window = [m for k in (i - 1, i) if k >= 0 for m in by_sentence[k]]
        for q0, q1, speaker in quotes:
            if speaker is None or q1 <= s.start or q0 >= s.end:
                continue
            for w in _FIRST_PERSON.finditer(norm, max(q0, s.start), min(q1, s.end)):
                refs.append(Mention(w.start(), w.end(), speaker, "pronoun", w.group(0)))
        for w in _HE_SHE.finditer(norm, s.start, s.end):
            if any(q0 <= w.start() < q1 for q0, q1, _ in quotes):
                continue
            later = [m for m in by_sentence[i] if m.start >= w.end() and m.person and m.prep is None]
            ref: Mention | None
            if later and (_SUBORDINATE.search(norm, max(s.start, w.start() - 12), w.start()) or (
                    w.group("own") and _LEADING_PHRASE.fullmatch(norm, s.start, w.start())
                    and _SUBJECT_NEXT.fullmatch(norm, norm.find(",", w.end(), later[0].start) + 1, later[0].start))) \
                    and "," in norm[w.end():later[0].start] \
                    and not any(m.person for m in by_sentence[i] if m.end <= w.start()):
                # "In Kyiv, where he attended ..., Carney announced": cataphora (not "Trump's
                # announcement, a day before he met Syrian President al-Sharaa": his object, not him)
                ref = later[0]
            else:
                nearest = next((by_sentence[k] for k in (i - 1, i - 2)
                                if k >= 0 and any(m.person for m in by_sentence[k])), [])
                two_before = [m for k in (i - 2, i - 1) if k >= 0 for m in by_sentence[k]]
                ref = _antecedent(norm, [m for m in by_sentence[i] if m.end <= w.start()], nearest, w.start(),
                                  two_before)
            if ref is not None:
                refs.append(Mention(w.start(), w.end(), ref.code, "pronoun", w.group(0),
                                    possessive=w.group("own") is not None, person=ref.person))
        it = _IT_ACTS.match(norm, s.start) if i else None
        if it is not None and not any(m.start < it.end() for m in by_sentence[i]):
            # "Budapest had blocked the measures for three weeks. It relented on Sunday": the state that
            # was the subject of the sentence before (never a person, never an expletive "It was")
            first = next((m for m in by_sentence[i - 1] if m.prep is None and not m.person and not m.weak
                          and m.kind in ("name", "capital", "adjective")), None)
            if first is not None and first.kind != "adjective" and first.start == by_sentence[i - 1][0].start:
                refs.append(Mention(it.start(1), it.end(1), first.code, "pronoun", it.group(1)))
        for w in _HIM.finditer(norm, s.start, s.end):
            if any(q0 <= w.start() < q1 for q0, q1, _ in quotes):
                continue
            # "held talks with Lutnick and pressed him to ...": an object is not its clause's subject,
            # so not the sentence's first person; the last other person named before it in the sentence
            people = [m for m in by_sentence[i] if m.end <= w.start() and m.person]
            if len(people) >= 2 and people[-1].code != people[0].code:
                refs.append(Mention(w.start(), w.end(), people[-1].code, "pronoun", w.group(0),
                                    person=people[-1].person))
        for w in _GOVERNMENT.finditer(norm, s.start, s.end):
            inside = [sp for q0, q1, sp in quotes if q0 <= w.start() < q1]
            if w.group(0).lower().startswith("our"):
                if inside and inside[0]:
                    refs.append(Mention(w.start(), w.end(), inside[0], "pronoun", w.group(0)))
                continue
            if any(m.start <= w.start() < m.end + 2 for m in mentions):
                continue  # "the Canadian government" is already a mention
            prior = [m for m in window if m.end <= w.start() and m.kind != "weak"]
            if prior:
                refs.append(Mention(w.start(), w.end(), prior[-1].code, "pronoun", w.group(0)))
        for w in _PAIR.finditer(norm, s.start, s.end):
            here = [m for m in by_sentence[i] if m.end <= w.start() and m.kind != "weak"]
            prev = [m for m in (by_sentence[i - 1] if i > 0 else []) if m.kind != "weak"]
            if not prev and i > 1:  # "Takaichi met Lee in Seoul. It was their first meeting. The two leaders ..."
                prev = [m for m in by_sentence[i - 2] if m.kind != "weak"]
            # this sentence's pair; with "Ebrard, who spoke with LeBlanc, said the two countries ..."
            # the one before; "... between Congo and Rwanda. The deal was signed in Washington by the
            # two countries' ministers": not the place of the signing; else places too ("met in Tokyo")
            tries = ([m for m in here if not _place(m)], [m for m in prev + here if not _place(m)],
                     [m for m in prev if not _place(m)], prev + here)
            pairs = [c for c in (list(dict.fromkeys(m.code for m in t)) for t in tries) if len(c) == 2]
            codes = list(dict.fromkeys(m.code for m in tries[0]))
            if len(codes) != 2:
                # not this sentence's pair: for people ("the two leaders") the last two people named, else
                # the sentence before's; for sides and parties the sentence before's, else the last two people
                last_two = _last_two_people(by_sentence, i, w.start())
                if _PEOPLE_PAIR.search(w.group(0)):
                    codes = last_two or (pairs[0] if pairs else [])
                else:
                    codes = (pairs[0] if pairs else []) or (last_two if _SIDES.search(w.group(0)) else [])
            if len(codes) == 2:
                for c in codes:
                    refs.append(Mention(w.start(), w.end(), c, "pronoun", w.group(0)))
    for w in _COMMISSION.finditer(norm):  # "the Commission" once the EU or its Commission is named
        if any(m.code == "EU" and m.end <= w.start() for m in mentions) and not any(
                m.start <= w.start() < m.end for m in mentions):
            refs.append(Mention(w.start(), w.end(), "EU", "pronoun", w.group(0)))
    for w in _KOREA_SIDE.finditer(norm):  # "urged the North to refrain": one of the Koreas, named before
        code = "PRK" if w.group(1) == "North" else "KOR"
        korea_named = {m.code for m in mentions if m.end <= w.start() and not m.weak}
        if code in korea_named and "PRK" in korea_named and not any(m.start <= w.start() < m.end for m in mentions):
            refs.append(Mention(w.start(), w.end(), code, "pronoun", w.group(0)))
    for w in _ISLAND.finditer(norm):  # "Trump's push to acquire the island": Greenland, named before
        islands = [m for m in mentions if m.end <= w.start() and m.code in _ISLANDS and not m.weak]
        if islands and not any(m.start <= w.start() < m.end for m in mentions):
            refs.append(Mention(w.start(), w.end(), islands[-1].code, "pronoun", w.group(0)))
    lists = _actor_lists(norm, mentions)
    for w in _GROUP.finditer(norm):
        n = _NUMBERS[w.group("n")]
        before = [codes for end, codes in lists if end <= w.start() and len(codes) == n]
        if not before:
            # "greeted in Oslo by Norway's Store and Iceland's Frostadottir, and the three leaders
            # held talks": exactly that many actors named before it in its sentence
            k = next((j for j, sn in enumerate(sents) if sn.start <= w.start() < sn.end), None)
            named: list[str] = [] if k is None else list(dict.fromkeys(
                m.code for m in mentions if sents[k].start <= m.start and m.end <= w.start()
                and not m.weak and m.kind != "pronoun" and not _place(m)))
            before = [named] if len(named) == n else []
            if not before and k:
                # "Anand held talks with Nielsen and Rasmussen. The three ministers agreed ...": the
                # actors of the sentence before, when they are exactly that many
                earlier = list(dict.fromkeys(m.code for m in mentions
                                             if sents[k - 1].start <= m.start < sents[k - 1].end
                                             and not m.weak and m.kind != "pronoun" and not _place(m)))
                before = [earlier] if len(earlier) == n else []
        if before:
            for c in before[-1]:
                refs.append(Mention(w.start(), w.end(), c, "pronoun", w.group(0)))
    return [Mention(r.start, r.end, r.code, r.kind, r.text, _prep_before(norm, r.start), r.possessive,
                    r.compound, r.person) for r in refs]


_ISLAND = re.compile(r"\b[Tt]he (?:(?:self-ruled|self-governing|semi-autonomous|autonomous|Arctic|"
                     r"Danish|democratic|mineral-rich|strategic|vast|icy)\s+){0,2}island\b(?!\s+(?:of|nation)\b)")
_KOREA_SIDE = re.compile(r"\b[Tt]he (North|South)\b(?!\s+(?:Korea|Korean|Atlantic|Pacific|Sea|Pole|China|"
                         r"American|African|Caucasus|Island|Shore|West|East|of|and)\b)(?!-)")
"""One of the Koreas by its side, once North Korea is named: "urged the North to refrain"."""
_COMMISSION = re.compile(r"\b[Tt]he Commission\b(?!\s+(?:of|on|for)\s+[A-Z])")
"""Not another body's name: "the Commission on Human Rights", "the Commission of Inquiry"."""
_ISLANDS = frozenset({"GRL", "TWN", "FRO", "ISL", "CUB", "CYP", "MLT", "LKA", "JAM", "IRL", "NZL"})
"""Actors that news calls "the island" once named."""


def _place(m: Mention) -> bool:
    """A capital or seat named as where something happens ("signed in Washington")."""
    return m.kind in ("capital", "body") and m.prep in ("in", "at")


LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as)\s*(?:the\s+)?")
"""Between two actors of one list: a comma, "and", "or", "as well as" ("Qatar, Egypt and the United States")."""


def listed_after(doc: Document, first: Mention, following: Sequence[Mention]) -> list[Mention]:
    """``first`` and the actors of ``following`` coordinated after it, in order ("Brazil, Argentina,
    Uruguay and Paraguay"); a mention that overlaps the last one kept is passed over."""
    out, prev = [first], first
    for m in following:
        if m.start < prev.end:
            continue
        if not LIST_GAP.fullmatch(doc.lower, prev.end, m.start):
            break
        out.append(m)
        prev = m
    return out


def _actor_lists(norm: str, mentions: list[Mention]) -> list[tuple[int, list[str]]]:
    """Runs of actors named together ("France, Germany and Britain"): (end, distinct codes)."""
    out: list[tuple[int, list[str]]] = []
    run: list[Mention] = []
    for m in [m for m in mentions if not m.weak and m.kind != "pronoun"]:
        if run and _LIST_GAP.fullmatch(norm, run[-1].end, m.start):
            run.append(m)
            continue
        if len(run) > 1:
            out.append((run[-1].end, list(dict.fromkeys(x.code for x in run))))
        run = [m]
    if len(run) > 1:
        out.append((run[-1].end, list(dict.fromkeys(x.code for x in run))))
    return out


_SUBORDINATE = re.compile(r"\b(?:[Ww]here|[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Ss]ince|"
                          r"[Aa]lthough|[Tt]hough|[Ii]f|[Oo]nce)\s+$")
"""A subordinate clause opening just before "he": its referent may be the main clause's subject."""
_LEADING_PHRASE = re.compile(r"\s*(?:In|During|At|After|Following|Before|Ahead of|Upon|Throughout)\s+")
"""A sentence opening with "During his meeting with X, Y ...": "his" is the main clause's subject."""
_SUBJECT_NEXT = re.compile(r"\s*(?:(?:the|The)\s+)?")
"""Nothing but a determiner between the leading phrase's comma and the person: the main clause's subject."""
_SAID_HE = re.compile(r"\s+(?:\w+\s+){0,2}(?:said|says|told\s+\w+|added|announced|insisted|"
                      r"declared|warned|stated|argued|confirmed|noted)\s+(?:that\s+)?$")


_ACT_AFTER_HE = re.compile(r"\w+\s+(?:(?:has|had|have|also|then|again|repeatedly|since|already)\s+)*"
                           r"([a-z]{4,}ed)\b")
"""The act a sentence-opening "he" did: "He has threatened", "She also imposed"."""


def _antecedent(norm: str, here: list[Mention], previous: list[Mention], pos: int,
                before: list[Mention] | None = None) -> Mention | None:
    """The person "he"/"she" refers to: the speaker of "X said he", else the agent named after "by" of
    the same act in the two sentences before, else the first person named (not after a preposition)
    in this sentence, else in the nearest sentence before that names one."""
    people_here = [m for m in here if m.person]
    if people_here and _SAID_HE.fullmatch(norm, people_here[-1].end, pos):
        return people_here[-1]
    act = _ACT_AFTER_HE.match(norm, pos)
    if act is not None and not people_here:
        # "... the tariffs threatened by President Donald Trump ... He has threatened to impose": the
        # agent of the same act in the sentence before, though named after "by"
        stem = act.group(1)[:6].lower()
        agent = next((m for m in reversed(before if before is not None else previous) if m.person and m.prep == "by"
                      and re.search(rf"\b{re.escape(stem)}\w*\s+by\s+(?:\S+\s+){{0,4}}$",
                                    norm[max(0, m.start - 60):m.start], re.IGNORECASE)), None)
        if agent is not None:
            return agent
    for pool in (here, previous):
        people = [m for m in pool if m.person]
        subjects = [m for m in people if m.prep is None]
        if subjects:  # the first named, most often the subject ("Trump, who met Erdogan, ... He")
            return subjects[0]
        if people and pool is here:
            return people[-1]
    return None


def _prep_before(norm: str, start: int) -> str | None:
    from diversify.news.actors import PREPOSITIONS

    m = _PREP_BEFORE.search(norm[max(0, start - 30):start])
    if m and m.group(1).lower() in PREPOSITIONS:
        return m.group(1).lower()
    return None
