"""The (source, target) pairs of an act told by an event noun ("Trump's tariffs", "U.S. tariffs",
"talks with Beijing"): its possessor, actor modifier or agent, else the subject of the verb that
governs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.model import RECIPROCAL_TYPES
from diversify.news.structure.aid import _NOT_RECIPIENTS
from diversify.news.structure.measures import _takes_effect
from diversify.news.structure.meetings import _MEETING_NOUNS
from diversify.news.structure.modality import _purpose
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _combine,
    _subject,
    _subject_codes,
)
from diversify.news.structure.targets import _COMPLAINTS, _NOUN_AIMS, _PREPS, _VENUES, _targets
from diversify.news.structure.tokens import _clause_verb, _is_verb
from diversify.news.structure.words import _DOCUMENTS, _FORCE_WORDS
from diversify.news.triggers import inflect

if TYPE_CHECKING:
    from spacy.tokens import Token


_IN_PASSING = frozenset({"amid", "amidst", "despite", "ahead", "before", "without"})
"""Prepositions that mention talks in passing ("amid trade talks"): no meeting is reported."""
_LIGHT = frozenset({
    "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducted",
    "attend", "attended", "attends", "begin", "began", "begun", "start", "started", "open", "opened",
    "host", "hosted", "hosts", "join", "joined", "pay", "paid", "make", "made", "wrap", "wrapped",
    "conclude", "concluded", "sign", "signed", "signs", "reach", "reached", "strike", "struck",
    "seal", "sealed", "ink", "inked", "finalize", "finalized", "finalise", "finalised", "clinch",
    "clinched", "forge", "forged", "announce", "announced", "announces", "unveil", "unveiled",
    "impose", "imposed", "imposes", "slap", "slapped", "levy", "levied", "launch", "launched",
    "file", "filed", "lodge", "lodged", "issue", "issued", "express", "expressed", "voice", "voiced",
    "reaffirm", "reaffirmed", "renew", "renewed", "offer", "offered", "provide", "provided",
    "give", "gave", "send", "sent", "pledge", "pledged", "extend", "extended", "approve", "approved",
    "grant", "granted", "grants", "carry", "carried", "carries", "carrying", "mount", "mounted", "stage",
    "staged", "outline", "outlines", "outlined", "outlining",  # "released a letter outlining 50% tariffs against Brazil"
    "deliver", "delivered", "emphasize", "emphasized", "emphasise",
    "emphasised", "underline", "underlined", "reiterate", "reiterated", "escalate", "escalated",
    "apply", "applied", "applies", "applying", "put", "puts", "putting", "exert", "exerted", "exerts",
    "lavish", "lavished", "heap", "heaped", "shower", "showered", "pour", "poured", "take", "took", "taken",
    "takes", "release", "released", "releases", "publish", "published", "adopt", "adopted", "adopts"})
"""Verbs that report the act an event noun names ("held talks", "signed an agreement", "applied pressure
on India", "lavished praise on Carney", "took a swipe at Ottawa")."""

_LIGHT_GERUNDS = frozenset({
    "conducting", "attending", "beginning", "starting", "opening", "hosting", "joining", "paying",
    "making", "wrapping", "concluding", "signing", "reaching", "striking", "sealing", "inking",
    "finalizing", "finalising", "clinching", "forging", "announcing", "unveiling", "imposing",
    "slapping", "levying", "launching", "filing", "lodging", "issuing", "expressing", "voicing",
    "reaffirming", "renewing", "offering", "providing", "giving", "sending", "pledging", "extending",
    "approving", "granting", "mounting", "staging", "outlining", "delivering", "escalating",
    "exerting", "taking", "releasing", "publishing", "adopting"})
"""The gerunds of those verbs, which report the act only as a step taken ("after making a surprise visit to
Kyiv, Carney said", "responded by filing a complaint"), not as one avoided, refused or weighed ("without
reaching a deal", "ruled out joining talks", "considered holding a summit")."""

_TAKEN_STEP = frozenset({"after", "by", "while", "when", "since", "upon", "on"})


def _reports_act(verb: Token) -> bool:
    """Whether ``verb`` reports the act its object names ("held talks", "after paying a visit")."""
    if verb.lower_ in _LIGHT:
        return True
    return verb.lower_ in _LIGHT_GERUNDS and (
        (verb.dep_ == "pcomp" and verb.head.lower_ in _TAKEN_STEP)
        or (verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","))


_VENUE_KINDS = frozenset({"body", "capital"})
_OCCASION_PREPS = frozenset({"during", "at", "after", "following"})

_SEALED = frozenset({"signed", "reached", "struck", "concluded", "sealed", "agreed", "finalised", "finalized"})

_RETALIATION = frozenset({"retaliation", "countermeasures", "counter-measures", "reprisals"})
_PROMPTING = frozenset({"prompted", "prompts", "prompt", "prompting", "triggered", "triggers",
                        "trigger", "sparked", "sparks", "spark", "provoked", "provokes", "drew",
                        "draws", "drawn", "invited", "invites"})

_PASSIVE_ACTS = frozenset({"announced", "imposed", "introduced", "unveiled", "adopted", "approved",
                           "signed", "concluded", "reached", "agreed", "struck", "sealed", "finalized",
                           "finalised", "levied", "slapped", "lifted", "removed", "suspended", "paused",
                           "extended", "granted", "held", "hosted", "issued", "filed", "launched",
                           "opened"})
"""Passive verbs whose agent is the actor of the act their subject names."""


_MET = frozenset(w for v in ("meet", "talk", "confer", "negotiate") for w in inflect(v)) | {"held", "hold", "holds"}


def _pairs_noun(t: Token, typ: str, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    own: list[Mention] = []
    extra: list[str] = []
    agents: set[int] = set()  # "retaliation from Beijing": the actor, not the target
    for c in t.children:
        if c.dep_ == "poss":
            own.extend(_actors_under(c, heads, skip_preps=True))
        elif c.dep_ in ("compound", "amod", "nmod"):
            # (not a venue: "during a White House meeting", the meeting's place, not one of its sides)
            own.extend(m for m in heads.get(c.i, ()) if not (typ in RECIPROCAL_TYPES and m.kind in _VENUE_KINDS)
                       and not (typ == "ACCUSE" and t.lower_ in _COMPLAINTS and m.code in _VENUES))
            # (nor "a WTO complaint": the body it is filed with)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and typ not in ("AID", "SUPPORT"):
            agents.add(c.i)
            for p in c.children:
                own.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
            # "the levies adopted by Washington and Brussels against Chinese cars"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        own.extend(_actors_under(p, heads, skip_preps=True))
            extra.extend(_targets(c, typ, heads, {a.i for a in c.children if a.dep_ == "agent"}))
    if typ == "MOBILIZE" and not own:
        # "the deployment of 1,500 French soldiers to Romania": the forces' owner
        own.extend(m for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.lower_ in _FORCE_WORDS for m in _actors_under(p, heads, skip_preps=True))
    tgt = [*_targets(t, typ, heads, agents), *extra]
    if typ == "AGREE" and not tgt:
        # "in a deal signed with France": the partner named on the participle
        tgt = _codes((m for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lower_ in _SEALED
                      for p in a.children if p.dep_ == "prep" and p.lower_ == "with"
                      for m in _actors_under(p, heads, skip_preps=True)), acting=False)
    if typ == "AID" and not tgt:
        # "the donation of six destroyer escorts to the Philippine navy": the parser hangs "to" on
        # what is given
        tgt = _codes((m for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      for p in g.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                      and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
                      for m in _actors_under(p, heads, skip_preps=True)), acting=False)
    if typ == "SANCTION" and not tgt and t.lower_ in _RETALIATION and t.dep_ == "dobj" \
            and t.head.lower_ in _PROMPTING:
        # "Trump's tariffs prompted retaliation from Beijing": aimed at the one who prompted it
        cause, _ = _subject(t.head)
        if cause is not None:
            tgt = _codes(_actors_under(cause, heads, skip_preps=True), acting=False)
    src = _codes(own, acting=True)
    if not src and not tgt and typ == "CONSULT":
        # "the second meeting of the delegations of Ukraine and Russia took place in Istanbul"
        parties = _codes((m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.lower_ in _DELEGATES
                          for m in _actors_under(g, heads, skip_preps=False)), acting=True)
        if len(parties) >= 2:
            return _combine(typ, parties, [], [])
    if not src and not tgt and typ == "AGREE":
        met = _meeting_that_yielded(t, heads)
        if len(met) == 2:  # "met with Trump at the White House, culminating in a landmark agreement"
            return _combine(typ, met, [], [])
    if not src and typ in RECIPROCAL_TYPES and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
        verb = _clause_verb(t)  # "congratulated Carney at their meeting": the two it names
        if verb is not None:
            heads_of = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
            named = [_subject(verb)[0], *(c for v in heads_of for c in v.children if c.dep_ in ("dobj", "dative"))]
            src = _codes((m for c in named if c is not None for m in _actors_under(c, heads, skip_preps=True)),
                         acting=True)
            if len(src) >= 2:
                return _combine(typ, src, [], [])
            src = []
    if typ == "SANCTION" and src and not tgt and t.dep_ == "pobj" and t.head.lower_ in ("for", "to") \
            and t.head.head.lower_ in _RETALIATION | {"response", "answer", "reply"}:
        # "Ford slapped a surcharge on power in retaliation for Trump's tariffs": aimed at Ford
        verb = _clause_verb(t.head.head)
        who = _subject(verb)[0] if verb is not None else None
        if who is not None:
            tgt = [c for c in _codes(_actors_under(who, heads, skip_preps=True), acting=False)
                   if c not in src]
    if typ in RECIPROCAL_TYPES and len(src) >= 2:
        return _combine(typ, src, tgt, [])
    if not src and typ == "SANCTION" and t.dep_ == "nsubj":
        verb = _clause_verb(t)
        if verb is not None and verb.dep_ == "ccomp" and _takes_effect(verb):
            # "Trump announced that a 30% tariff on Mexican imports will take effect": the speaker
            boss, _ = _subject(verb.head)
            if boss is not None:
                src = _codes(_actors_under(boss, heads, skip_preps=True), acting=True)
        return [(a, b) for a in src for b in tgt if b not in src]
    if not src and t.dep_ == "nsubjpass" and t.head.lower_ in _PASSIVE_ACTS:
        # "new tariffs on Canadian steel were announced by Washington", "the deal was signed by A and B"
        src = _codes((m for a in t.head.children if a.dep_ == "agent" for p in a.children
                      for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        if src:
            return _combine(typ, src, [c for c in tgt if c not in src], [])
    if src and not tgt and t.dep_ == "pobj" and t.head.lower_ == "with" and typ == "SANCTION":
        # "Canadian canola has been hit with a 100% tariff by Beijing": the passive subject is hit
        verb = t.head.head
        if any(c.dep_ == "auxpass" for c in verb.children):
            tgt = [c for g in verb.children if g.dep_ == "nsubjpass"
                   for c in _codes(_actors_under(g, heads, skip_preps=True), acting=False) if c not in src]
    if not src:
        verb = _clause_verb(t)
        if verb is not None and typ in RECIPROCAL_TYPES and t.dep_ == "pobj" and t.head.lower_ in _OCCASION_PREPS:
            # "announced a deal to build ships during a White House meeting": the parser may hang the
            # occasion on the infinitive; those who met are the ones who announced
            while verb.dep_ in ("relcl", "acl", "xcomp") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
                up = _clause_verb(verb.head) if not verb.head.tag_.startswith("VB") else verb.head
                if up is None or up.i == verb.i:
                    break
                verb = up
        if verb is None or t.dep_ not in ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos"):
            return []
        answered_with = t.dep_ == "pobj" and t.head.lower_ == "with" and verb.lower_.startswith(
            ("respond", "answer", "retaliat", "react", "replied", "reply", "hit"))
        if answered_with:
            pass  # "Pakistan's army answered with heavy shelling of Indian border villages": its own act
        elif t.dep_ == "pobj":
            own_stance = typ in ("ACCUSE", "SUPPORT") and t.head.lower_ == "in" and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)
            if typ not in RECIPROCAL_TYPES and not own_stance:
                return []  # "in response to tariffs on Canada": whose tariffs is not said
                # (but "in a pointed critique of Beijing's strategy, Canadian diplomats stated": theirs)
            if t.head.lower_ in _IN_PASSING:
                return []  # "amid trade talks with Washington": talks in passing
        elif not _reports_act(verb):
            return []  # "terminated talks", "seeks new deals", "has a deal": no such act
        subj, passive = _subject(verb)
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lower_ in _DOCUMENTS \
                and verb.head.dep_ in ("dobj", "pobj"):
            # "released a letter outlining 50% tariffs against Brazil": the letter's sender
            subj, passive = _subject(_clause_verb(verb.head) or verb.head)
        if subj is None or (passive and typ not in RECIPROCAL_TYPES):
            return []  # a participant in a meeting may be a passive subject; an actor may not
        if passive and t.dep_ == "pobj":
            # "the plan was announced by A and B after talks": those who act held the talks
            subj = next((a for a in verb.children if a.dep_ == "agent"), subj)
        src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
        if not tgt and typ not in RECIPROCAL_TYPES and t.dep_ == "dobj" and not (
                verb.dep_ == "advcl" and _purpose(verb)):
            # "took a swipe at Canada", "put pressure on Hungary": the parser may hang the aim on the verb
            aims = _PREPS.get(typ, frozenset()) | _NOUN_AIMS.get(t.lower_, frozenset())
            tgt = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in aims and p.i > t.i
                   for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
        if not tgt and typ == "RETREAT" and t.dep_ == "dobj":
            # "Trump gave Mexico a 90-day reprieve": the one the easing is given to
            tgt = [c for d in verb.children if d.dep_ in ("dative", "iobj") or (d.dep_ == "dobj" and d.i != t.i)
                   for c in _codes(_actors_under(d, heads, skip_preps=True), acting=False) if c not in src]
        if not tgt and typ == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "on"):
            # "raised the submarine bid with Carney in a phone call": the verb's partner
            sides = (*verb.children, *t.head.head.children,
                     *(g for d in verb.children if d.dep_ == "dobj" for g in d.children))
            tgt = [c for p in sides if p.dep_ == "prep" and p.lower_ == "with"
                   for c in _codes((m for q in p.children for m in _actors_under(q, heads, skip_preps=True)),
                                   acting=False) if c not in src]
    if not src:
        return []
    if typ == "CONSULT" and not tgt and agents and t.lower_ in _VISITS and t.dep_ == "pobj" \
            and t.head.lower_ in _OCCASION_PREPS and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "in") for c in t.children) and not any(
                c.lower_ in ("next", "upcoming", "planned", "expected", "future") for c in t.subtree):
        # (not "a visit by Japanese officials to Africa", nor "a visit by Morocco's king next month")
        verb = _clause_verb(t)  # "Merz said during a visit by Zelensky that ...": the one who spoke hosted
        tgt = [c for c in (_subject_codes(verb, heads) or []) if c not in src] if verb is not None else []
    if typ == "ACCUSE" and t.lower_ in _COMPLAINTS:
        tgt = [c for c in tgt if c not in _VENUES]  # "responded by filing a complaint at the WTO": the venue
    return _combine(typ, src, tgt, [])


_VISITS = frozenset({"visit", "visits", "trip", "stop", "stopover", "tour"})
_YIELDING = frozenset({"culminating", "culminated", "resulting", "resulted", "ending", "ended"})


def _meeting_that_yielded(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """The two sides of a meeting that ended "in" the agreement ``t``: "Stubb met with Trump at the White
    House, culminating in a landmark agreement" (the sides of the meeting verb the participle hangs on)."""
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.head.lower_ not in _YIELDING:
        return []
    ended = t.head.head
    talks, _ = _subject(ended)
    if talks is not None and talks.lower_ in _MEETING_NOUNS:  # "the talks between Chile and Peru ended in a deal"
        return _targets(talks, "CONSULT", heads, set())
    met = ended.head
    if met.lower_ not in _MET or not _is_verb(met):
        return []
    subj, passive = _subject(met)
    if subj is None or passive:
        return []
    own = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    return [*own, *(c for c in _targets(met, "CONSULT", heads, {subj.i}) if c not in own)]


_DELEGATES = frozenset({"delegations", "leaders", "ministers", "representatives", "officials", "heads",
                        "negotiators", "envoys", "presidents", "teams"})
"""Those a meeting is "of": "the meeting of the delegations of Ukraine and Russia"."""
