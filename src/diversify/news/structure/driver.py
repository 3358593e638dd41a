"""The entry points: which sentences of each article may hold an event the fast path did not
decide (or name an actor none of its events there holds), parsed in one batch, and the events read
from each, with the meetings and acts of the sentences before that the rules refer back to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.clauses import yes_no_question
from diversify.news.document import Document
from diversify.news.model import RECIPROCAL_TYPES, Event
from diversify.news.sentiment import blame_words
from diversify.news.structure.aid import _AID_CARGO, _AID_PURPOSES, _HANDING, _SENDING, _TRAINING
from diversify.news.structure.criticism import (
    _CAUSE_PREPS,
    _CHARGING,
    _DISPLEASED,
    _LEADING,
    _MARCHES,
    _WRONGDOING,
    _blame_adverb,
)
from diversify.news.structure.demands import _OBLIGATION, _RELEASE, _WANTING_OF
from diversify.news.structure.earlier_acts import (
    _REACH,
    _acts,
    _before,
    _by_sentence,
    _last_act,
    _latest,
    _latest_within,
    _lone_act,
    _named_act,
    _pressed_on,
    _told_before,
)
from diversify.news.structure.force import _MOVING, _STRIKING
from diversify.news.structure.measures import _CUTTING_NOUNS
from diversify.news.structure.meetings import (
    _ACCEPTING,
    _ADDRESSING,
    _MEETING_NOUNS,
    _REMOTE,
    _TOGETHER,
    _TRUCES,
)
from diversify.news.structure.refusals import _PROPOSALS, _gives_way_refused
from diversify.news.structure.retaliation import _RESOLVE_WORDS, _response_promised
from diversify.news.structure.selection import (
    _GIVING_WAY_ONLY,
    _HAVING_TO_RE,
    _MOBILIZING,
    _another_type,
    _for_the_parser,
    _without_dateline,
)
from diversify.news.structure.sentence import _RECEIVING, _TELLING, _WELCOMING, _sentence_events
from diversify.news.structure.subjects import _PARTIES
from diversify.news.structure.targets import _CLOSABLE
from diversify.news.structure.threats import _HARMS, _MORE
from diversify.news.structure.tokens import _mention_heads
from diversify.news.structure.words import (
    _ARMS,
    _DEMANDING,
    _DESCRIBE,
    _FACE,
    _JOIN_VERBS,
    _JUDGING_AS,
    _REFUSING,
    _RESPONSES,
    _STEPS,
)
from diversify.news.verbs import ACTS_JUDGED, lexicon, words_money

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORDS = re.compile(r"[a-z0-9][a-z0-9'\u2019-]*")


def structured_events(doc: Document, decided: list[Event] | None = None) -> list[Event]:
    """Events read from the dependency parse of the sentences that may hold one."""
    return structured_events_many([doc], [decided or []])[0]


def structured_events_many(docs: list[Document], decided: list[list[Event]] | None = None
                           ) -> list[list[Event]]:
    """:func:`structured_events` of several articles, their sentences parsed in one batch
    (the parser is about half as fast on one article's few sentences at a time).

    ``decided`` are the fast path's events of each article: the sentences they come
    from are not parsed again (the fast path decides where it matched), and their
    meetings and agreements tell whom "the two leaders" are.
    """
    lex = lexicon()
    todo = []
    known: list[dict[int, list[str]]] = []  # sentence -> parties of its meeting or agreement
    all_acts: list[dict[int, list[list[str]]]] = []  # sentence -> source, target, type of each act
    all_said: list[dict[int, list[list[str]]]] = []  # the same of each event of any kind
    decided_types: list[dict[int, set[str]]] = []
    covered: list[dict[int, set[str]]] = []  # sentence -> the actors of the fast path's events there
    partners_only: set[tuple[int, int]] = set()  # sentences parsed only for an actor the fast path left out
    queued: set[tuple[int, int]] = set()
    for k, doc in enumerate(docs):
        done = _by_sentence(doc, decided[k] if decided else [])
        mutual = {i: [e for e in es if e.type in RECIPROCAL_TYPES] for i, es in done.items()}
        known.append({i: [es[-1].source, es[-1].target or ""] for i, es in mutual.items() if es})
        all_acts.append({i: _acts(es) for i, es in done.items() if _acts(es)})
        all_said.append({i: _acts(es, said=True) for i, es in done.items() if _acts(es, said=True)})
        have = {i: {e.type for e in es} for i, es in done.items()}
        decided_types.append(have)
        covered.append({i: {c for e in es for c in (e.source, e.target) if c} for i, es in done.items()})
        for i, s in enumerate(doc.sentences):
            if yes_no_question(doc.norm, s.start, s.end):
                continue  # "Will Canada continue to support Ukraine?": asked, not told
            ms = doc.mentions_between(s.start, s.end)
            words = _WORDS.findall(doc.lower, s.start, s.end)
            placed = any(m.kind in ("capital", "body") and m.prep in ("in", "at") for m in ms)
            hosted = any(m.kind in ("capital", "body") and m.prep in ("to", "in", "at") for m in ms) \
                and not _WELCOMING.isdisjoint(words)  # "welcomed the crown prince to the White House"
            if i in done and not _another_type(lex, words, have.get(i, set()), placed, hosted):
                if not _left_out(ms, covered[k][i]):
                    continue  # the fast path decided; no word here starts an act of another type, and
                    # every actor named is in one of its events
                partners_only.add((k, i))
            parties = "the two" in doc.lower[s.start:s.end] or (not _PARTIES.isdisjoint(words) and (
                not {"two", "both"}.isdisjoint(words) or "the leaders" in doc.lower[s.start:s.end])
            ) or ("they" in words and not _JOINT.isdisjoint(words))
            # an event joins two actors of one sentence; only MOBILIZE has no target
            # "X welcomed the move": one actor judging the act of the sentence before
            judged = bool(ms) and (not _REACTING.isdisjoint(words) or not _DISPLEASED.isdisjoint(words) or not (
                (_CHARGING.isdisjoint(words) and _JUDGING_AS.isdisjoint(words))
                or blame_words().isdisjoint(words))) and not (
                ACTS_JUDGED.isdisjoint(words) and _RESPONSES.isdisjoint(words)
                and _REFUSING.isdisjoint(words) and ("it" not in words or _DESCRIBE.isdisjoint(words))
            ) and (_told_before(all_said[k], queued, k, i) or _lone_act(doc, i) is not None)
            # "Takaichi said she would not withdraw the comments": a refusal of a demand told before
            refusal = bool(ms) and _gives_way_refused(words) and _told_before(all_said[k], queued, k, i, 2 * _REACH)
            # "would take all actions necessary": a threat answering an act told before
            answering = bool(ms) and not _STEPS.isdisjoint(words) and not _RESOLVE_WORDS.isdisjoint(words) \
                and _told_before(all_said[k], queued, k, i)
            # "Canada followed with C$220 million for generators": more aid for the recipient just named
            more_aid = bool(ms) and words_money(words) and not _AID_PURPOSES.isdisjoint(words) and any(
                (k, j) in queued or any(a[2] == "AID" for a in all_acts[k].get(j, [])) for j in _before(i))
            # "more penalties could follow", "demanded his immediate release": the act told just before
            follow_up = bool(ms) and ((not _MORE.isdisjoint(words) and not _HARMS.isdisjoint(words))
                                      or (not _RELEASE.isdisjoint(words) and not _DEMANDING.isdisjoint(words))) \
                and _told_before(all_said[k], queued, k, i)
            joined = not _JOIN_VERBS.isdisjoint(words)
            joining = joined and not _MEETING_NOUNS.isdisjoint(words)
            returning = doc.lower.find("in return", s.start, s.end) >= 0  # "In return, Canada agreed to ..."
            if not parties and not judged and not refusal and not more_aid and not answering and not follow_up \
                    and len({m.code for m in ms}) < 2 and (
                    not ms or _MOBILIZING.isdisjoint(words)) and not ((joining or returning) and ms):
                continue
            if lex.may_hold_event(words) or not _OBLIGATION.isdisjoint(words) \
                    or (words_money(words) and not lex.object_verbs.isdisjoint(words)) \
                    or _HAVING_TO_RE.search(doc.lower, s.start, s.end) or not _CLOSABLE.isdisjoint(words) \
                    or not _WANTING_OF.isdisjoint(words) or "targets" in words \
                    or not _HOSTING.isdisjoint(words) or not _FACE.isdisjoint(words) or judged \
                    or not _HANDING.isdisjoint(words) or not _TRAINING.isdisjoint(words) \
                    or (not _SENDING.isdisjoint(words) and not _AID_CARGO.isdisjoint(words)) \
                    or (not _ACCEPTING.isdisjoint(words) and not (_PROPOSALS.isdisjoint(words)
                                                                  and _TRUCES.isdisjoint(words))) \
                    or (not _CHARGING.isdisjoint(words) and not (_WRONGDOING.isdisjoint(words)
                                                                 and blame_words().isdisjoint(words)
                                                                 and not _blame_adverb(words))) \
                    or not _GIVING_WAY_ONLY.isdisjoint(words) or "airspace" in words \
                    or not _CUTTING_NOUNS.isdisjoint(words) \
                    or _gives_way_refused(words) or refusal or more_aid or answering or follow_up \
                    or _response_promised(words) \
                    or (not _LEADING.isdisjoint(words) and not (_MARCHES.isdisjoint(words)
                                                                and {"embassy", "consulate"}.isdisjoint(words))) \
                    or (joined and not (_MEETING_NOUNS.isdisjoint(words)
                                                                   and _REMOTE.isdisjoint(words))) \
                    or (not _STEPS.isdisjoint(words) and not {"if", "unless"}.isdisjoint(words)) \
                    or (not _ADDRESSING.isdisjoint(words) and not _MEETING_NOUNS.isdisjoint(words)) \
                    or (not _DISPLEASED.isdisjoint(words) and not _CAUSE_PREPS.isdisjoint(words)) \
                    or not _TOGETHER.isdisjoint(words) or returning or not _STRIKING.isdisjoint(words) \
                    or _SAID_NO.search(doc.lower, s.start, s.end) \
                    or not (_MOVING.isdisjoint(words) or _ARMS.isdisjoint(words)) \
                    or ("not" in words and not {"decided", "decide"}.isdisjoint(words)):
                todo.append((k, i, s, ms))
                queued.add((k, i))
    out: list[list[Event]] = [[] for _ in docs]
    if not todo:
        return out
    from diversify.news.parser import parse_sentences

    texts = [_for_the_parser(_without_dateline(docs[k].norm, s.start, s.end)) for k, _, s, _ in todo]
    for (k, i, s, ms), parsed in zip(todo, parse_sentences(texts), strict=True):
        earlier = [j for j in all_said[k] if j < i]
        last, last_any = _latest(known[k], i), (all_said[k][max(earlier)][-1][:2] if earlier else [])
        codes = {m.code for m in ms if not m.weak}
        named = _named_act(docs[k], s.start, s.end, all_acts[k], i, codes)
        prior = (named or (None if named is not None else _latest_within(all_acts[k], i, codes))
                 or _lone_act(docs[k], i),
                 _pressed_on(ms, all_said[k], i) or _latest_within(all_said[k], i))
        here = all_acts[k][i][-1] if i in all_acts[k] else None
        unanswered: list[bool] = []
        found = list(_sentence_events(docs[k], s.start, s.end, parsed, ms, lex, last, last_any, prior,
                                      here, unanswered))
        if here is None and unanswered and _last_act(found):
            # an act the parse read here may be what a complaint or refusal answers
            seen = set(found)
            found += [e for e in _sentence_events(docs[k], s.start, s.end, parsed, ms, lex, last,
                                                  last_any, prior, _last_act(found)) if e not in seen]
        # a type the fast path decided here only with an actor it left out ("After making a surprise
        # visit to Kyiv, Carney travelled to Warsaw": the phrase rules read Warsaw)
        decided_here, actors_here = decided_types[k].get(i, set()), covered[k].get(i, set())
        if (k, i) in partners_only:
            # the actor left out must be named as more than a possessor ("America's role") and outside a
            # clause of background ("As the Trump administration reassesses ..., Canada and the EU sign")
            left_in = {m.code for tok, found_here in _mention_heads(parsed, s.start, ms).items()
                       if not _in_background(parsed[tok])
                       for m in found_here if not m.weak and not m.possessive} | actors_here
            found = [e for e in found if e.type in decided_here
                     and not {e.source, e.target or e.source} <= actors_here
                     and {e.source, e.target or e.source} <= left_in]
        else:
            found = [e for e in found if e.type not in decided_here]
        out[k].extend(found)
        recent = [e for e in found if e.type in RECIPROCAL_TYPES]
        if recent:
            known[k][i] = [recent[-1].source, recent[-1].target or ""]
        if _acts(found):
            all_acts[k][i] = all_acts[k].get(i, []) + _acts(found)
        if _acts(found, said=True):
            all_said[k][i] = all_said[k].get(i, []) + _acts(found, said=True)
    return out


_BACKGROUND_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "whereas"})


def _in_background(tok: Token) -> bool:
    """Whether a token lies in a subordinate clause of circumstance ("as ...", "while ...") or an
    absolute phrase ("with the Chinese ambassador watching", "with Germany's chancellor absent")."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in a.children):
            return True
        if a.dep_ == "pobj" and a.head.lower_ in ("with", "without") and (a.lower_ in _ABSENT or any(
                c.dep_ in ("acl", "amod", "advcl") and (c.tag_ in ("VBG", "VBN") or c.lower_ in _ABSENT)
                for c in a.children)):
            return True
    return False


_ABSENT = frozenset({"absent", "present", "looking", "watching", "attending"})


def _left_out(ms: list[Mention], covered: set[str]) -> bool:
    """Whether a sentence names a country or bloc that no event the fast path read in it holds."""
    return any(not m.weak and m.code not in covered for m in ms)


_HOSTING = _TELLING | _RECEIVING
"""Verbs that name an act only with an actor as their object."""

_REACTING = frozenset(f"{stem}{end}" for stem in (
    "prais", "welcom", "hail", "applaud", "laud", "commend", "condemn", "criticis", "criticiz",
    "denounc", "slam", "blast", "decri", "call", "describ", "brand", "label", "term", "reject",
    "dismiss", "refus", "declin", "deni", "deny", "turn", "rebuff", "vow", "promis", "pledg", "warn",
    "threaten", "respond", "retaliat", "reciprocat", "oppos", "protest", "deplor", "regrett", "regret",
    "object", "endors", "back", "lament", "answer", "slamm", "express", "voic") for end in (
        "", "e", "ed", "es", "s", "ing", "led"))
"""Words of a reaction to an act reported before: only a sentence holding one is parsed for it."""

_JOINT = frozenset({"agreed", "agree", "met", "signed", "discussed", "talked", "spoke", "held",
                    "reached", "concluded", "pledged", "committed"})
"""Words of a joint act; "they" makes a sentence worth parsing only beside one of them."""

_SAID_NO = re.compile(r"\bsa(?:id|ys|y|ying) no to\b")
