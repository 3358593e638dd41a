"""Events: who did what to whom, coded with the 16 PLOVER types.

For every sentence with an actor in it, the patterns of the event dictionary
(``data/events.toml``) are matched. A match becomes an event only if, inside
the **same clause** of the same sentence,

* an actor acts: the nearest subject before the trigger (not one governed by a
  preposition such as "with" or "in"), or a possessor of a noun trigger
  ("Trump's tariffs"), or the agent of a passive ("threatened ... by Trump");
  a participle clause ("after visiting Paris") takes the subject of its main
  clause and a relative clause ("Canada, which has been threatened") its
  antecedent;
* an actor is acted upon (except for MOBILIZE): the first actor after the
  trigger introduced by a preposition the type allows ("tariffs *on* Canadian
  goods", "talks *with* the EU") or as a direct object;

and nothing before the trigger in that clause marks it as unreal: plans and
expectations ("is set to", "plans to", "is expected to", "could"),
considering or exploring, conditions ("if", "whether"), negation ("did not
sign") or an infinitive of purpose ("met to announce"). A few negations and
futures change the type instead, as the labels do: "would not double the
tariffs" backs off a threat (RETREAT), "would not pause the tax" refuses
(REJECT), "said he would impose tariffs" threatens (THREATEN), while "says
Canada will impose tariffs" announces them (SANCTION). A clause naming an
earlier year than the article's ("signed in 2023") is history, not news.

Clauses are cut at ``;``, ``:``, dashes and the words that open a new clause
(which, who, that, after, as, while, because, but, if, ...). Actor and target
are never joined across clauses or sentences, the main complaint about GDELT.

AGREE, CONSULT and COOPERATE are reciprocal: each gives the pair A->B, B->A.
Each (source, type, target) is kept once per article with its first evidence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cached_property

from diversify.news.actors import Mention
from diversify.news.dates import find_date
from diversify.news.document import Document
from diversify.news.model import RECIPROCAL_TYPES, Event
from diversify.news.triggers import Dictionary, Trigger, dictionary

_LEAD_WORDS = re.compile(r"\s*(\w+(?: \w+)?)")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_AND_OR = re.compile(r"\b(?:and|or|as well as)\b|&")
_OPENING_WORD = re.compile(r"\s*\w+\s+(?:the\s+)?")
_NEGATED_MODAL = re.compile(r"\b(?:would|will|did|does|do) not\b")
_FUTURE = re.compile(r"\b(will|would|'ll)\b")
_FUTURE_WORD = re.compile(r"\b(?:will|would|'ll)\b")
_ANNOUNCE_WORD = re.compile(r"\bannounc")
_NONSPACE = re.compile(r"\S+")

MAX_EVIDENCE_WORDS = 25
_TARGET_REACH = 90
"""Characters between a trigger and its target, at most (about 15 words)."""

_BOUNDARY = re.compile(
    r"\s*;\s*|:\s+|\s+[\u2014\u2013-]\s+|\s*\u2014\s*|\(|\)"
    r"|(?<!demand)(?<!demands)(?<!demanded)(?<!demanding)(?<!insisted)(?<!urged)"
    r",?\s+(?=(?:which|who|whom|whose|that|after|before|while|because|since|following|amid|"
    r"when|whereas|although|though|but|if|unless|until|where|whether|so that|even as|once|"
    r"prompted by|despite)\s)"
    r"|,?\s+(?=as\s+(?:he|she|they|we|it|the|his|her|their|[A-Z])\b)"
)
_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|should|must|shall|can|'ll|wo|plans? to|planned to|planning to|"
    r"set to|expected to|scheduled to|aims? to|aimed to|aiming to|intends? to|intended to|hopes? to|"
    r"hoped to|hoping to|wants? to|wanted to|wanting to|seeks? to|seeking to|sought to|seeking|"
    r"trying to|tries to|tried to|considering|consider|considers|considered|exploring|explore|explores|"
    r"weighing|weighs|looking at|looking to|look at|potential|potentially|possible|possibly|likely|"
    r"ready to|prepared to|poised to|about to|going to|proposed|would-be|if|whether|unless|"
    r"in a bid to|in order to|open to|interest in|interested in|willing to|eager to|invited to|"
    r"invitation to|how to|pondering|mulling|contemplating|discussing whether|upcoming|planned|"
    r"forthcoming|ahead of|in the run-up to|next|future|later this)\b"
)
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer|neither|nor|without|failed to|no)\b")
_ANNOUNCE = re.compile(r"\b(?:announc\w*|unveil\w*|declar\w*|says|said|say|confirm\w*|told)\b")
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|be|being|get|got|gets)\s+(?:\w+ly\s+)?$")
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")
_INF_OK = re.compile(
    r"\b(?:order|orders|decision|decisions|decided|decides|move|moved|moves|voted|votes|went ahead|"
    r"agreed|agrees|agree|proclamation|vowed|vowing|promised|pledged|pledging|threatened|threatening|"
    r"threatens|continues|continued)\b(?:\s+\S+){0,4}\s+to\s+(?:\w+ly\s+)?$"
)
_HISTORY = re.compile(r"\b(?:the last time|last visit|last met|first time since|years ago|decades ago)\b")
_YEAR = re.compile(r"(?<![\d$,.-])(1[89]\d\d|20\d\d)(?![\d%-]|\.\d| (?:target|goal))")
_ADJECTIVAL = re.compile(r"^-(?:led|based|backed|sponsored|run|owned|funded|organi[sz]ed|hosted|brokered)\b")
_COORD = re.compile(r"^\s*(?:,\s*)?(?:and|or|as well as|&|,|and also)?\s*(?:(?:both|the|its|their|his|her)\s+)*$")
_ADJACENT = re.compile(r"^(?:'s?)?\s*(?:(?:\w+ly|also|then|now|had|has|have|on \w+day|on \w+day \w+)\s+)*$")
_POSSESSOR_GAP = re.compile(r"^'s?\s+(?:[a-z][\w-]*\s+){0,3}$")
_AGENT_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}(?:from|by)\s+$")
_DIRECT_REACH = 30
"""Characters between a trigger and a direct object (no preposition), at most."""
_MODIFIED = re.compile(
    r"^\s+(?:funding|spending|budgets?|targets?|goals?|economy|markets?|goods|products|exports|"
    r"imports|steel|aluminum|aluminium|energy|oil|gas|workers|consumers|businesses|families|"
    r"companies|firms|industry|industries|sovereignty|territory|soil|border|citizens|voters|"
    r"interests|security|policy|politics|market|dollar|debt|jets|fighter|allies' )\b"
)
_UNDONE = re.compile(
    r"\b(?:terminat\w+|suspend\w*|halt\w*|ended|ends|end|ending|broke off|break off|cut off|"
    r"called off|call off|walked away from|walks away from|withdr\w+ from|resumption of|"
    r"cancel\w*|collapse of|failure of|stalled|stalling)\s+(?:\w+\s+){0,2}$"
)
_REMOVAL = re.compile(
    r"\b(?:remov\w*|lift\w*|eliminat\w*|scrap\w*|drop\w*|paus\w*|suspend\w*|roll\w* back|"
    r"end\w*|withdr\w+|cancel\w*|exempt\w*|waiv\w*|eas\w*|cut\w*|lower\w*|reduc\w*|"
    r"avoid\w*|escap\w*|spared|no longer)\b"
)
_NOMINAL_SUBJECT = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "MOBILIZE"})
_WORD = re.compile(r"[a-z0-9]+")
_RECIP_CHAIN = frozenset({"with", "between", "and", "to", None})
_EXCLUDED_TARGET_PREPS = frozenset({"in", "at", "by", "than", "like", "despite", "near", "across",
                                    "within", "into", "during", "under", "among", "amid", "after",
                                    "before", "via", "including", "regarding", "about", "over"})


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


_SUBORDINATORS = frozenset(["while", "after", "before", "when", "as", "because", "since", "although", "though", "if", "once", "until", "unless", "whereas"])


def _split_subordinate(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"While X did Y, Z did W": the subordinate clause ends at its first comma."""
    first = _FIRST_WORD.match(text[a:b])
    if not first or first.group(1).lower() not in _SUBORDINATORS:
        return [(a, b)]
    comma = text.find(", ", a, b)
    if comma == -1 or len(text[comma + 2:b].split()) < 3:
        return [(a, b)]
    return [(a, comma), (comma + 2, b)]


def _groups(doc: Document, mentions: list[Mention]) -> list[Group]:
    groups: list[list[Mention]] = []
    for m in mentions:
        if _ADJECTIVAL.match(doc.norm[m.end:m.end + 14]):
            continue
        if groups:
            last = groups[-1][-1]
            gap = doc.norm[last.end:m.start] if m.start >= last.end else ""
            if (m.start, m.end) == (last.start, last.end) or (
                m.start >= last.end and _COORD.match(gap) and len(gap) < 30 and not last.possessive
            ) or (m.compound and last.compound and gap in ("-", "\u2013", "/")):
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
            or all("," not in g for g in gaps):
        return [members]
    return [[m] for m in members]


class _Sentence:
    """Per-sentence working state for the extractor."""

    def __init__(self, doc: Document, start: int, end: int) -> None:
        self.doc = doc
        self.start, self.end = start, end
        self.clauses = clauses(doc, start, end)
        self.groups = _groups(doc, doc.mentions_between(start, end))

    def clause_at(self, pos: int) -> Clause:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        return self.clauses[-1] if self.clauses else Clause(self.start, self.end, "")

    def groups_in(self, a: int, b: int) -> list[Group]:
        return [g for g in self.groups if a <= g.start and g.end <= b]

    def main_subject(self) -> Group | None:
        if not self.clauses:
            return None
        first = self.clauses[0]
        for g in self.groups_in(first.start, first.end):
            if g.prep is None and not g.compound and g.strong_codes:
                return g
        return None


def _participial(clause: Clause) -> bool:
    words = clause.lead.split()
    return (len(words) > 1 and words[0] in ("after", "before", "while", "when", "since", "following",
                                             "as", "once") and words[1].endswith("ing"))


def _subject_like(doc: Document, g: Group) -> bool:
    return bool(g.strong_codes) and not g.compound and _MODIFIED.match(doc.lower[g.end:g.end + 24]) is None


def _source(sent: _Sentence, clause: Clause, trig: Trigger, t0: int, t1: int
            ) -> tuple[Group | None, bool, int]:
    """The acting group, whether the trigger is passive, and where its clause starts."""
    doc = sent.doc
    before = sent.groups_in(clause.start, t0)
    if trig.nominal:
        for g in reversed(before):
            if g.possessive and _POSSESSOR_GAP.match(doc.norm[g.end:t0] + " "):
                return g, False, g.start
        agents = [g for g in sent.groups_in(t0, clause.end) if g.prep in ("by", "from")]
        if agents and agents[0].start - t1 < 30:
            return agents[0], False, clause.start
        if trig.type not in _NOMINAL_SUBJECT or _UNDONE.search(doc.lower[max(clause.start, t0 - 40):t0]):
            return None, False, clause.start
        if _participial(clause):
            return sent.main_subject(), False, clause.start
        for g in before:
            if g.prep is None and (_subject_like(doc, g) or (g.compound and trig.type in RECIPROCAL_TYPES)):
                return g, False, g.end
        return None, False, clause.start
    for g in reversed(before):
        gap = doc.norm[g.end:t0]
        adjacent = _ADJACENT.match(gap + " ") is not None
        if g.compound and trig.type in RECIPROCAL_TYPES:
            return g, False, g.end
        opens_clause = _OPENING_WORD.fullmatch(doc.norm[clause.start:g.start]) is not None
        if g.prep is not None and not adjacent and not opens_clause:
            continue
        if not _subject_like(doc, g):
            continue
        # "was threatened by": a passive; "was adding": a progressive, not a passive
        passive = (_PASSIVE.search(doc.lower[g.end:t0]) is not None
                   and not doc.lower[t0:t1].split(" ", 1)[0].endswith("ing"))
        return g, passive, g.end
    lead = clause.lead.split()
    if lead and lead[0] in ("which", "who", "that") and not (len(lead) > 1 and lead[1] in ("it", "they")):
        ante = [g for g in sent.groups_in(sent.start, clause.start)
                if doc.norm[g.end:clause.start].strip(" ,") == ""]
        if ante:
            passive = _PASSIVE.search(doc.lower[clause.start:t0]) is not None
            return ante[-1], passive, clause.start
    if lead[:2] in (["that", "it"], ["that", "they"]) and _ANNOUNCE.search(doc.lower[sent.start:clause.start]):
        return sent.main_subject(), False, clause.start  # "Canada announced that it would ..."
    if _participial(clause):
        return sent.main_subject(), False, clause.start
    return None, False, clause.start


def _targets(sent: _Sentence, clause: Clause, trig: Trigger, t0: int, t1: int,
             source: Group | None, reciprocal: bool) -> list[Group]:
    out: list[Group] = []
    for g in sent.groups_in(t0, clause.end):
        if source is not None and (g is source or (
                not reciprocal and set(g.codes) <= set(source.codes))):
            continue
        if g.start > t1 + _TARGET_REACH and not out:
            break
        prep = g.prep or ""
        if out:
            if reciprocal and g.prep in _RECIP_CHAIN and g.start - out[-1].end < 60:
                out.append(g)
                continue
            break
        if prep in trig.preps and prep not in (_EXCLUDED_TARGET_PREPS - trig.preps):
            if g.compound and not reciprocal:
                continue
            if prep == "" and g.start > t1 + _DIRECT_REACH:
                continue
            if g.possessive and g.start < t1 and prep == "":
                out.append(g)  # "accepted Xi's invitation", "condemning Trump's war"
                continue
            out.append(g)
    return out


def _unreal(text: str) -> tuple[bool, bool]:
    """(modal or planned, negated) for the words between actor and trigger."""
    return _MODAL.search(text) is not None, _NEGATION.search(text) is not None


def _resolve_type(trig: Trigger, window: str, before: str, sentence: str, clause_lead: str
                  ) -> str | None:
    """The type the clause really reports, or ``None`` when it reports no act."""
    modal, negated = _unreal(window)
    if clause_lead.split(" ")[0] in ("if", "whether", "unless", "once", "until"):
        return None
    type_ = trig.type
    if negated:
        if type_ in ("SANCTION", "THREATEN") and _NEGATED_MODAL.search(window):
            return "RETREAT"
        if type_ in ("RETREAT", "CONCEDE") and _NEGATED_MODAL.search(window):
            return "REJECT"
        return None
    if modal:
        futures = _FUTURE.findall(window)
        others = _MODAL.findall(_FUTURE_WORD.sub("", window))
        if futures and not others and _ANNOUNCE.search(sentence):
            if type_ == "SANCTION" and "would" in futures and not _ANNOUNCE_WORD.search(sentence):
                return "THREATEN"
            if type_ in ("SANCTION", "RETREAT", "MOBILIZE", "AID", "REJECT"):
                return type_
        return None
    if _INFINITIVE.search(before) and not _INF_OK.search(before):
        return None
    return type_


def _historical(doc: Document, clause_text: str) -> bool:
    if _HISTORY.search(clause_text.lower()):
        return True
    if doc.year is None:
        return False
    return any(int(y) < doc.year for y in _YEAR.findall(clause_text))


def _evidence(doc: Document, a: int, b: int, t0: int) -> str:
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


def extract_events(doc: Document, dic: Dictionary | None = None) -> list[Event]:
    """Events of one analysed article, each (source, type, target) once.

    Each pattern runs once over the whole article (after a check that its
    first words occur at all); a match is then handled in its sentence, and
    one that runs past the end of its sentence is searched again inside it.
    """
    dic = dic or dictionary()
    low = doc.lower
    starts = [s.start for s in doc.sentences]
    live = {i for i, s in enumerate(doc.sentences) if doc.mentions_between(s.start, s.end)}
    if not live:
        return []
    cache: dict[int, _Sentence] = {}
    hits: list[tuple[int, int, int, int]] = []
    # A pattern is only tried where a word starting with one of its first words starts.
    tried: dict[int, set[int]] = {}
    by_lead = dic.by_lead
    longest = dic.longest_lead
    where: dict[str, list[int]] = {}
    for m in _WORD.finditer(low):
        where.setdefault(m.group(0), []).append(m.start())
    for word, positions in where.items():
        for k in range(1, min(len(word), longest) + 1):
            for t in by_lead.get(word[:k], ()):
                tried.setdefault(t, set()).update(positions)
    for t in dic.unanchored:
        tried.setdefault(t, set()).update(m.start() for m in dic.triggers[t].regex.finditer(low))
    for t in sorted(tried):
        trig = dic.triggers[t]
        for pos in sorted(tried[t]):
            i = bisect.bisect_right(starts, pos) - 1
            if i not in live:
                continue
            hit = trig.regex.match(low, pos, doc.sentences[i].end)
            if hit is not None:
                hits.append((hit.start(), hit.end(), i, t))
    found: dict[tuple[str, str, str | None], Event] = {}
    for a, b, i, t in sorted(hits, key=lambda h: (h[2], h[3], h[0])):
        s = doc.sentences[i]
        sent = cache.get(i) or cache.setdefault(i, _Sentence(doc, s.start, s.end))
        for ev in _events_for(sent, dic.triggers[t], a, b, dic):
            found.setdefault(ev.key(), ev)
    for ev in _quoted_accusations(doc, dic):
        found.setdefault(ev.key(), ev)
    return list(found.values())


_CONDEMNATION = re.compile(
    r"\b(?:(?:direct|blatant|outright|unprovoked|brazen) )*(?:attacks? on|betrayal|unjustified|"
    r"unjustifiable|unacceptable|egregious|outrageous|blackmail|bullying|insult(?:ing)?)\b"
)


def _quoted_accusations(doc: Document, dic: Dictionary) -> list[Event]:
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
            targets = [x for x in doc.mentions_between(a, b)
                       if x.code != speaker and x.kind != "pronoun" and not x.weak]
            if not targets:
                continue
            if _historical(doc, doc.norm[a:b]):
                continue
            evidence = _evidence(doc, a, b, m.start())
            date = find_date(doc.norm[s.start:s.end], doc.published)
            out.append(Event(speaker, "ACCUSE", targets[0].code, date, evidence, dic.weight("ACCUSE")))
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
        targets = [x for x in doc.mentions_between(said.end(), min(s.end, hit.end() + 40))
                   if x.code != speaker and not x.weak and x.kind != "pronoun"]
        if not targets or _historical(doc, doc.norm[s.start:s.end]):
            continue
        evidence = _evidence(doc, s.start, s.end, said.start())
        out.append(Event(speaker, "ACCUSE", targets[0].code, find_date(doc.norm[s.start:s.end], doc.published),
                         evidence, dic.weight("ACCUSE")))
    return out


_SAID = re.compile(r"\b(?:said|says|say|told \w+|declared|warned|insisted|argued|stated)\b(?: that)?")


def _events_for(sent: _Sentence, trig: Trigger, t0: int, t1: int, dic: Dictionary) -> list[Event]:
    doc = sent.doc
    clause = sent.clause_at(t0)
    if t1 > clause.end and trig.type != "MOBILIZE":
        t1 = max(clause.end, t0 + 1)
    if trig.type in ("CONSULT", "AGREE") and _UNDONE.search(doc.lower[max(clause.start, t0 - 40):t0]):
        return []  # "terminated trade talks with Canada" is not a consultation
    if trig.nominal and trig.type == "SANCTION" and _REMOVAL.search(doc.lower[max(clause.start, t0 - 50):t0]):
        return []  # "removing all of Canada's tariffs" imposes nothing
    source, passive, window_start = _source(sent, clause, trig, t0, t1)
    reciprocal = trig.type in RECIPROCAL_TYPES
    targets = _targets(sent, clause, trig, t0, t1, source, reciprocal)
    if passive:
        agents = [g for g in sent.groups_in(t1, clause.end) if g.prep == "by"]
        if not agents or source is None:
            return []
        source, targets = agents[0], [source]
    # The window runs through the trigger: "announced he would not double the tariffs".
    first = _NONSPACE.match(doc.lower[t0:t1])
    window = doc.lower[window_start:t0] + " " + doc.lower[t0 + (first.end() if first else 0):t1]
    type_ = _resolve_type(trig, window, doc.lower[window_start:t0], doc.lower[sent.start:sent.end],
                          clause.lead)
    if type_ is None or _historical(doc, doc.norm[clause.start:clause.end]):
        return []
    date = find_date(doc.norm[clause.start:clause.end], doc.published) or find_date(
        doc.norm[sent.start:sent.end], doc.published)
    evidence = _evidence(doc, clause.start, clause.end, t0)
    weight = dic.weight(type_)
    pairs: list[tuple[str, str | None]] = []
    if type_ == "MOBILIZE":
        if source is not None:
            pairs = [(c, None) for c in source.strong_codes]
    elif reciprocal:
        pairs = _reciprocal_pairs(sent, clause, source, targets, t0)
    elif source is not None:
        tcodes = [c for g in targets for c in g.codes]
        pairs = [(a, b) for a in source.strong_codes for b in tcodes]
    return [
        Event(a, type_, b, date if isinstance(date, dt.date) else None, evidence, weight)
        for a, b in dict.fromkeys(pairs) if a != b
    ]


def _reciprocal_pairs(sent: _Sentence, clause: Clause, source: Group | None, targets: list[Group],
                      t0: int) -> list[tuple[str, str | None]]:
    """Pairs among the parties: the actor with each partner; a coordinated subject
    ("Carney and Xi spoke") or a "between" list among themselves."""
    pairs: list[tuple[str, str | None]] = []

    def among(codes: list[str]) -> None:
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                pairs.extend([(a, b), (b, a)])

    for g in sent.groups_in(clause.start, clause.end):
        if g.compound and abs(g.start - t0) < 60:
            among(g.codes)
    partners = [c for g in targets for c in g.codes]
    if source is not None:
        mine = source.codes if source.compound else source.strong_codes
        if partners:
            for a in mine:
                for b in partners:
                    pairs.extend([(a, b), (b, a)])
        else:
            among(mine)
    for g in targets:
        if g.prep == "between":
            among(g.codes)
    return pairs
