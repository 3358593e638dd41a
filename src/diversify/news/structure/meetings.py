"""Meetings, agreements and joint action (CONSULT, AGREE, COOPERATE): joining a meeting or speaking
to another in one, ceasefires and offers accepted, deals struck with a party or signed where the
sides met, arms sales approved, guests welcomed to a place, and forces acting or drilling
together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.demand_authors import _demand_named
from diversify.news.structure.modality import _real, _unreal
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _combine,
    _reporter,
    _subject,
    _subject_codes,
    _the_two,
)
from diversify.news.structure.tokens import _is_verb
from diversify.news.structure.words import _DIRECT, _FORCE_WORDS, _JOIN_VERBS, _MODALS
from diversify.news.triggers import inflect

if TYPE_CHECKING:
    from spacy.tokens import Token


_TOGETHER = frozenset({"jointly", "together", "alongside"})
_JOINT_WORK = frozenset(w for v in ("train", "produce", "build", "patrol", "exercise", "develop", "operate",
                                     "sail", "fly", "manufacture", "drill", "work", "conduct", "hold",
                                     "intercept", "escort", "monitor", "track", "evacuate", "rescue", "test",
                                     "design", "fund", "finance", "survey", "map", "explore", "police",
                                     "stage", "organise", "organize", "lead", "host", "carry")
                        for w in inflect(v)) | frozenset({"run", "runs", "ran", "running"})


def _acting_together(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Joint action of two named sides told by an adverb, not a noun: "Canadian and Danish troops
    trained alongside each other", "Canada and Finland began jointly producing icebreakers"."""
    if t.lower_ not in _JOINT_WORK or not t.tag_.startswith("VB"):
        return []
    jointly = any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "alongside" and any(w.lower_ == "other" for w in c.subtree)
        for c in t.children)
    if not jointly:
        return _drilled_with(t, heads)
    sides = list(dict.fromkeys(_subject_codes(t, heads) or []))
    if len(sides) < 2:
        return []
    return [(a, b) for a in sides for b in sides if a != b]


_DRILLING = frozenset(w for v in ("sail", "exercise", "train", "patrol", "drill", "fly", "operate", "escort",
                                   "transit", "manoeuvre", "maneuver")
                      for w in inflect(v))
_FORCE_NAMES = _FORCE_WORDS | frozenset({"force", "guard"})  # "the Japan Maritime Self-Defense Force"


def _drilled_with(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Forces of one side sailing, exercising or training "with" or "alongside" another's: "a Canadian
    warship sailed through the Taiwan Strait alongside an Australian destroyer", "exercised with the
    Japan Maritime Self-Defense Force". Both sides cooperate; the one named with must be a force."""
    if t.lower_ not in _DRILLING or not _real(t):
        return []
    partners = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                for p in c.children if p.dep_ == "pobj" and any(w.lower_ in _FORCE_NAMES for w in p.subtree)]
    if not partners:
        return []
    own = _subject_codes(t, heads) or []
    them = [c for p in partners for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False)
            if c not in own]
    if not own or not them:
        return []
    return [(a, b) for a in own for b in them[:1]] + [(b, a) for a in own for b in them[:1]]


_STRUCK_WITH = frozenset({"agreed", "struck", "signed", "reached", "concluded", "negotiated", "sealed",
                          "finalised", "finalized", "inked"})


def _agreed_with(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A deal told as "struck with" or "agreed with" one party, the other left to the clause around
    it: "under a trade deal struck with the United States in July, Japan will invest ..." (the main
    clause's subject), "Araghchi said the exchange had been agreed with Paris" (the speaker), "the
    package, agreed with Greenland's government" (the package's owner)."""
    if t.lower_ not in _STRUCK_WITH or not (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.dep_ == "acl")) \
            or any(c.dep_ == "agent" for c in t.children) \
            or any(c.dep_ == "neg" for c in t.children):
        return []
    partner = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "with" for q in p.children
               if q.dep_ == "pobj" for c in _codes(_actors_under(q, heads, skip_preps=True), acting=False)]
    if not partner:
        return []
    passive = any(c.dep_ == "auxpass" for c in t.children)
    if not passive and t.dep_ != "acl":
        return []
    other: list[str] = []
    if t.dep_ == "acl":  # "the package agreed with ...": its owner, else the subject of the clause it sits in
        other = _codes((m for c in t.head.children if c.dep_ == "poss" for m in _actors_under(c, heads,
                                                                                             skip_preps=True)),
                       acting=True)
        anchor = t.head
        while not other and anchor.dep_ not in ("ROOT",) and anchor.head.i != anchor.i:
            anchor = anchor.head
            if _is_verb(anchor):
                other = _subject_codes(anchor, heads) or []
                break
        if not other and anchor.dep_ == "ROOT":
            other = _subject_codes(anchor, heads) or []
    if not other:  # "said the exchange had been agreed with Paris": the speaker's side
        other = _codes(_reporter(t, heads), acting=True)
    other = [c for c in other if c not in partner]
    if not other or (t.dep_ != "acl" and _unreal(t)[0]) or any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
        return []  # (a deal "struck with" another describes a past act, whatever the clause around it plans)
    return [(a, b) for a in other[:1] for b in partner[:1]] + [(b, a) for a in other[:1] for b in partner[:1]]


_OFFERS = frozenset({"offer", "offers", "invitation", "invitations", "proposal", "proposals", "overture"})

_MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "call", "summit", "discussions", "session",
                            "conversation", "videoconference", "negotiations"})
_REMOTE = frozenset({"phone", "video", "link", "videoconference", "videolink", "telephone"})
_GATHERINGS = frozenset({"conference", "dinner", "lunch", "luncheon", "ceremony", "signing", "forum", "gathering",
                         "visit", "tour", "event", "reception", "briefing"})
"""Occasions at which one joins another ("joined Macron at a news conference", "at a dinner")."""


def _joined_meeting(t: Token, heads: dict[int, list[Mention]], last_pair: list[str] | None) -> list[tuple[str, str]]:
    """One who joins a meeting consults its parties: "Macron joined the talks by video link" (the
    meeting told before), "Trump met al-Sharaa in Riyadh, with Erdogan joining by phone" (this
    sentence's)."""
    if t.lower_ not in _JOIN_VERBS or not _real(t):
        return []
    at_meeting = any(c.dep_ == "prep" and c.lower_ in ("at", "for", "in", "during", "on") and any(
        p.dep_ == "pobj" and (p.lower_ in _MEETING_NOUNS | _GATHERINGS) for p in c.children) for c in t.children)
    if at_meeting:
        # "Carney joined Macron, Merz and Starmer at a summit in Paris", "was joined by Macron at the news
        # conference": the one joining and each one joined
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        joined = [m for c in t.children if (c.dep_ == "dobj" and not passive) or c.dep_ == "agent"
                  for m in _actors_under(c, heads, skip_preps=c.dep_ != "agent")]
        src = _subject_codes(t, heads) or []
        others = [c for c in _codes(joined, acting=False) if c not in src]
        if src and others:
            return _combine("CONSULT", src, others, [])
    meeting = any(c.dep_ == "dobj" and c.lower_ in _MEETING_NOUNS and not any(
        heads.get(w.i) for w in c.subtree) for c in t.children)
    remote = any(c.dep_ == "prep" and c.lower_ in ("by", "via", "over") and any(
        w.lower_ in _REMOTE for w in c.subtree) for c in t.children)
    if not meeting and not remote:
        return []
    src = _subject_codes(t, heads) or []
    if not src:
        return []
    if t.dep_ in ("advcl", "pcomp", "conj") and t.head.i != t.i:
        # the meeting of the sentence it hangs on: the other actors of that clause
        main = t.head.head if t.dep_ == "pcomp" else t.head
        while main.dep_ in ("prep", "pcomp") and main.head.i != main.i:
            main = main.head
        others = [c for c in _codes((m for w in main.subtree if not any(x.i == w.i for x in t.subtree)
                                     for m in heads.get(w.i, ())), acting=False) if c not in src]
        if 1 <= len(others) <= 3:
            return _combine("CONSULT", src, others, [])
    told = meeting or any(w.lower_ in _MEETING_NOUNS for w in t.doc)  # "The meeting ... with X joining by phone"
    if told and last_pair and len(set(last_pair)) == 2 and not set(last_pair) & set(src):
        return _combine("CONSULT", src, list(last_pair), [])
    return []


_ADDRESSING = frozenset(w for v in ("ask", "urge", "tell", "press", "assure", "reassure", "inform", "brief", "thank",
                                     "congratulate", "invite", "warn", "remind", "promise", "pledge", "offer")
                        for w in inflect(v))


def _addressed_in_a_meeting(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """One who addresses another "in a phone call", "during their meeting" consults that other:
    "asked Rubio in a phone call to release the workers", "told Sheinbaum during a call that ...".
    The verb keeps its own event too."""
    if t.lower_ not in _ADDRESSING or not t.tag_.startswith("VB") or not _real(t):
        return []
    met = any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "over", "on") and any(
        p.dep_ == "pobj" and p.lower_ in _MEETING_NOUNS and not any(  # (a call "with" another: read there)
            heads.get(w.i) for w in p.subtree if w.dep_ == "pobj" and w.head.lower_ in ("with", "between"))
        for p in c.children) for c in t.children)
    if not met:
        return []
    src = _subject_codes(t, heads) or []
    them = [c for c in _codes((m for o in t.children if o.dep_ in ("dobj", "dative")
                               for m in _actors_under(o, heads, skip_preps=True)), acting=False) if c not in src]
    return _combine("CONSULT", src, them[:1], []) if src and them else []


_TRUCES = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "ceasefires", "truces"})


def _truce_accepted(t: Token, heads: dict[int, list[Mention]], last_pair: list[str] | None,
                    prior: tuple[list[str] | None, list[str] | None]) -> list[tuple[str, str]]:
    """Accepting a ceasefire is agreeing to it, with the side it is made with: "Israel and Iran
    accepted the truce", "Hamas accepted a truce with Israel", and "both governments" of the
    meeting or the fighting told just before."""
    if t.lower_ not in _ACCEPTING or t.lower_.startswith("agree") or not _real(t):
        return []
    truce = next((o for o in t.children if o.dep_ == "dobj" and o.lower_ in _TRUCES), None)
    subj, passive = _subject(t)
    if truce is None or subj is None or passive:
        return []
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
    with_ = [c for h in (t, truce) for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
             for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if src and with_:
        return _combine("AGREE", src, with_, [])
    if len(src) >= 2:
        return _combine("AGREE", src, [], [])
    if not src and _the_two(subj) and subj.lower_ != "they":
        sides = _two_sides(last_pair, prior)
        return _combine("AGREE", sides, [], []) if sides else []
    return []


def _two_sides(last_pair: list[str] | None, prior: tuple[list[str] | None, list[str] | None]) -> list[str]:
    """Whom "the two leaders" or "both governments" name: the parties of the latest meeting or
    agreement, else the two sides of the act told just before ("Israel and Iran traded strikes")."""
    if last_pair and len(set(last_pair)) == 2:
        return list(last_pair)
    act = prior[0]
    return list(act[:2]) if act and act[1] and act[0] != act[1] else []


def _offer_accepted(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X accepted Y's invitation", "accepted an offer from Y": an agreement between the two (the
    labels' "accepting an invitation")."""
    if t.lower_ not in _ACCEPTING or t.lower_.startswith("agree") or any(c.dep_ == "neg" for c in t.children):
        return []
    src = _subject_codes(t, heads)
    if src is None:
        return []
    owners = _demand_named(t, heads, src, _OFFERS)
    if any(o.dep_ == "dobj" and o.lower_ in _OFFERS for o in t.children):  # "an offer from Zelensky"
        owners += [c for d in t.children if d.dep_ == "prep" and d.lower_ == "from"
                   for c in _codes(_actors_under(d, heads, skip_preps=True, allow=frozenset({"from"})),
                                   acting=False) if c not in src]
    owners = list(dict.fromkeys(owners))
    return _combine("AGREE", src, owners, []) if owners else []


_ACCEPTING = frozenset({"accept", "accepts", "accepted", "accepting", "agree", "agreed", "agrees"})


def _welcomed_to_a_place(verb: Token, heads: dict[int, list[Mention]]) -> bool:
    """"welcomed X to <a place>": the place is no other actor than the host's own."""
    subj, _ = _subject(verb)
    host = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    # the place may hang on the verb or on the guest ("welcomed President Lee in Tokyo")
    for c in (*verb.children, *(g for o in guests for g in o.children)):
        if c.dep_ == "prep" and c.lower_ in ("to", "at", "in"):
            for p in c.children:
                if p.dep_ == "pobj":
                    there = {m.code for m in heads.get(p.i, ())}
                    if c.head.i != verb.i and not there:
                        continue  # "welcomed the progress in the talks": no place
                    return not there or there <= host
    return False


_CLEARING = frozenset({"approved", "approves", "approve", "approving", "cleared", "clears", "clear", "clearing",
                       "authorised", "authorized", "authorises", "authorizes", "greenlit", "okayed"})
_SALES = frozenset({"sale", "sales", "purchase", "purchases"})


def _sale_approved(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A government clearing a sale of arms to another makes a purchase deal between the two (the
    labels' AGREE), not aid: "the State Department approved the sale of weapons worth $11.1 billion
    to Taiwan", "approved a possible sale of F-16 parts to Turkey"."""
    if t.lower_ not in _CLEARING or not t.tag_.startswith("VB") or not _real(t):
        return []
    sale = next((c for c in t.children if c.dep_ in _DIRECT and c.lower_ in _SALES), None)
    if sale is None:
        return []
    buyers = [m for w in sale.subtree if w.dep_ == "prep" and w.lower_ == "to" for m in _actors_under(w, heads, skip_preps=True)]
    buyers += [m for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for m in _actors_under(c, heads, skip_preps=True)]
    src = _subject_codes(t, heads) or []
    tgt = _codes(buyers, acting=False)
    return [p for a in src for b in dict.fromkeys(tgt) if a != b for p in ((a, b), (b, a))]


_SEALING = frozenset({"signed", "signs", "sign", "signing", "agreed", "agrees", "agree", "unveiled", "unveils",
                      "unveil", "announced", "announces", "launched", "launches", "sealed", "seals", "concluded",
                      "inked", "inks", "held", "holds", "reached", "struck"})


def _met_where_agreed(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Two sides that sign or agree in one side's capital, on the sidelines of a summit or at a
    meeting whose sides are not named, met there: "Carney and Mohamed bin Zayed signed a framework
    in Abu Dhabi", "Modi and Carney agreed on the sidelines of the G7", "leaders of South Korea and
    Canada agreed ... at a bilateral summit" (not "during the meeting", one told before)."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("in", "at", "on", "during"):
        return []
    meeting = t.lower_ in _MEETING_NOUNS and t.head.lower_ in ("at", "during") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and not _actors_under(
        t, heads, skip_preps=False) and not any(  # (not "a meeting of G20 finance ministers", "a summit
        c.dep_ in ("prep", "acl") and c.lower_ in ("of", "attended") for c in t.children)  # attended by 12 leaders")  # "agreed ... at a bilateral summit": the two who agreed met there
    verb = t.head.head
    if verb.dep_ == "dobj" and verb.tag_.startswith("NN"):
        verb = verb.head  # "signed a framework in Abu Dhabi": the parser hangs the place on the object
    if verb.dep_ == "xcomp" and verb.head.lower_ in _SEALING:
        verb = verb.head  # "agreed to widen their cooperation ... at a bilateral summit"
    if verb.lower_ not in _SEALING or not verb.tag_.startswith("VB") or not _real(verb):
        return []
    subj, passive = _subject(verb)
    if subj is None or passive:
        return []
    parties = _codes([*_actors_under(subj, heads, skip_preps=True),
                      *(m for c in subj.conjuncts for m in _actors_under(c, heads, skip_preps=True))], acting=True)
    parties += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for c in _codes((m for q in p.children for m in _actors_under(q, heads, skip_preps=True)),
                                acting=False) if c not in parties]
    if t.lower_ == "sidelines":
        pair = parties if len(parties) == 2 else []
    elif meeting:  # two states (a bloc with its members is no bilateral meeting)
        pair = parties if len(parties) == 2 and all(len(c) == 3 for c in parties) else []
    else:
        there = [m.code for m in heads.get(t.i, ()) if m.kind in ("capital", "body")]
        pair = parties if len(parties) == 2 and there and there[0] in parties else []
    return [(a, b) for a in pair for b in pair if a != b]


_BRINGING = frozenset(inflect("bring"))
_PEOPLE_SENT = frozenset({"leaders", "ministers", "officials", "diplomats", "envoys", "delegations", "delegates",
                          "representatives", "negotiators", "presidents", "counterparts", "heads", "premiers"})


def _brought_together(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A meeting that "brought together" two it names: they met ("the summit, held at Lancaster
    House, brought together Starmer and key EU leaders"); a host who brought them together met each
    of them."""
    if t.lower_ not in _BRINGING or not _is_verb(t) or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in t.children) or not _real(t):
        return []
    subj, passive = _subject(t)
    if subj is None:
        return []
    gathering = t.head if subj.lower_ in ("that", "which") and t.dep_ == "relcl" else subj
    if not (gathering.lower_ in _MEETING_NOUNS | _GATHERINGS | {"summits"} or heads.get(gathering.i)):
        return []  # a meeting or a host brings them together, not "the crisis"
    # the states named, or their leaders, officials or envoys (not "the rival factions of South Sudan")
    guests = [m for c in t.children if c.dep_ in _DIRECT for o in (c, *c.conjuncts)
              for m in (heads.get(o.i) or (_actors_under(o, heads, skip_preps=True) if o.lower_ in _PEOPLE_SENT
                                           else []))]
    parties = _codes(guests, acting=True)
    host = _codes(_actors_under(gathering, heads, skip_preps=True), acting=True) if not passive else []
    if host:
        return [p for h in host for g in parties if g != h for p in ((h, g), (g, h))]
    # without a host, only two met for certain: a gathering of several is not every pair of them
    return [(a, b) for a in parties for b in parties if a != b] if len(parties) == 2 else []


_APPEARANCES = frozenset({"conference", "conferences", "briefing", "briefings", "event", "events", "appearance",
                          "appearances", "availability"})


def _joint_appearance_abroad(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A joint news conference in another state's capital was given with its host: "Carney said at
    a joint press conference in Mexico City" (the speaker met Mexico)."""
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.head.lower_ not in _APPEARANCES:
        return []
    there = [m.code for m in heads.get(t.i, ()) if m.kind == "capital"]
    place = t.head.head
    if not there or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in place.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in place.children):
        return []  # (a partner named after "with" is read by the lexicon)
    verb = place.head.head if place.dep_ == "pobj" else place.head if place.dep_ == "dobj" else None
    if verb is None or not _is_verb(verb) or not _real(verb):
        return []
    speakers = _subject_codes(verb, heads) or []
    return [p for a in speakers if a != there[0] for p in ((a, there[0]), (there[0], a))]


_PARTICIPATING = frozenset(inflect("participate"))
_TAKING = frozenset(inflect("take"))

_COORDINATION = frozenset({"coordination", "co-ordination", "cooperation", "co-operation", "concert"})


def _in_coordination_with(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An act done "in coordination with" named others is joint action: "Canada announced the
    sanctions in coordination with Britain and Australia", "the measures announced by Anand are in
    coordination with several countries, including the United Kingdom"."""
    if not _is_verb(t):
        return []
    partners = [m for c in (*t.children, *(g for o in t.children if o.dep_ == "dobj" for g in o.children))
                if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj" and p.lower_ in _COORDINATION
                for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                for m in _actors_under(w, heads, skip_preps=True, allow=frozenset({"including"}))]
    if not partners or not _real(t):  # (the cheap test first: this runs on every verb)
        return []
    subj, passive = _subject(t)
    if subj is None:
        return []
    if t.lower_ in ("is", "are", "was", "were"):  # "the measures announced by Anand are in coordination with ...": the announcer
        own = [m for a in subj.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
               for m in _actors_under(g, heads, skip_preps=True)] or _actors_under(subj, heads, skip_preps=True)
    elif passive:
        own = [m for g in t.children if g.dep_ == "agent" for m in _actors_under(g, heads, skip_preps=True)]
    else:
        own = _actors_under(subj, heads, skip_preps=True)
    sides = _codes(own, acting=True)
    them = [c for c in _codes(partners, acting=False) if c not in sides]
    return [p for a in sides for b in them for p in ((a, b), (b, a))]


_EXERCISE_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames"})


def _joined_led_exercise(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Joining an exercise another state leads is joint action with it: "Canada joined the US-led
    exercise in the Pacific", "took part in the French-led drills"."""
    taking_part = t.lower_ in _TAKING and any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children)
    if not (t.lower_ in _JOIN_VERBS or t.lower_ in _PARTICIPATING or taking_part) or not _is_verb(t) or not _real(t):
        return []
    drills = [w for c in t.children if c.dep_ in ("dobj", "prep") for w in c.subtree if w.lower_ in _EXERCISE_NOUNS]
    leaders = [m for d in drills for w in d.subtree
               if w.lower_ == "led" and w.i >= 2 and w.doc[w.i - 1].text in ("-", "\u2013")
               for m in heads.get(w.i - 2, ())]
    own = _subject_codes(t, heads) or []
    them = [c for c in _codes(leaders, acting=False) if c not in own]
    if not own or not them:
        return []
    # everyone in it acts together: co-subjects and those named "alongside" or "with" the one joining
    beside = [c for p in t.children if p.dep_ == "prep" and p.lower_ in ("alongside", "with")
              for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False)]
    sides = list(dict.fromkeys([*own, them[0], *beside]))
    return [(a, b) for a in sides for b in sides if a != b]
