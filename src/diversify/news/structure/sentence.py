"""The events of one parsed sentence: each verb and event noun goes through the constructions, then
the lexicon's type with the sentence's corrections, its (source, target) pairs and the modality
that resolves it; an event's date and evidence come from its clause, and a clause told as
history gives none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.clauses import SentenceView, act_part, evidence, historical
from diversify.news.dates import FUTURE_TIME, find_date, starts_later
from diversify.news.document import Document
from diversify.news.model import RECIPROCAL_TYPES, Event
from diversify.news.structure.aid import (
    _AID_CARGO,
    _GOODS,
    _NOT_GIVEN,
    _SENDING,
    _TRADE_FLOWS,
    _handed_to_another,
    _money_for_actor,
    _money_for_defence,
    _more_aid,
    _shipped,
    _trained_forces,
    _training_extended,
)
from diversify.news.structure.concessions import (
    _EASING,
    _conceded_before,
    _demanded_thing_granted,
    _done_after_demand,
    _done_as_demanded,
    _granted_in_apposition,
    _in_return,
    _own_measure_dropped_for,
    _pressers,
    _yielded,
)
from diversify.news.structure.constructions import (
    _CONSTRUCTIONS,
    _NOUN_CONSTRUCTIONS,
    _construction_holds,
)
from diversify.news.structure.criticism import (
    _DISPLEASED,
    _criticism_drawn,
    _described,
    _displeasure,
    _said_blame,
    _wrong_cited,
)
from diversify.news.structure.demand_authors import _demand_named
from diversify.news.structure.demands import _asked_of, _demanded, _release_demanded, _wanted
from diversify.news.structure.force import (
    _MILITARY,
    _armed_noun,
    _armed_subject,
    _drilling_alone,
    _state_struck_a_place,
    _struck_a_country,
)
from diversify.news.structure.measures import (
    _EASING_NOUNS,
    _faced,
    _measure_hits_again,
    _measure_undone,
    _pairs_faced,
    _put_off,
    _withdrawn,
)
from diversify.news.structure.meetings import (
    _ACCEPTING,
    _addressed_in_a_meeting,
    _joined_meeting,
    _offer_accepted,
    _truce_accepted,
    _welcomed_to_a_place,
)
from diversify.news.structure.modality import (
    _COMMITTING,
    _NOT_YET,
    _RULE_OUT,
    _ancestor_conditional,
    _every_right,
    _held_out,
    _on_condition,
    _planned_between,
    _present_passive_state,
    _present_state,
    _purpose,
    _standing_since,
    _told_by_analysts,
    _unreal,
)
from diversify.news.structure.noun_pairs import _LIGHT, _SEALED, _pairs_noun
from diversify.news.structure.refusals import (
    _CHARGES,
    _PROPOSALS,
    _done_despite,
    _refused_terms,
    _will_not_give_way,
)
from diversify.news.structure.resolve import _annexing, _resolve
from diversify.news.structure.retaliation import (
    _ANSWERING,
    _conditional_response,
    _delivers_a_response,
    _fights_back,
    _necessary_measures,
    _responds,
)
from diversify.news.structure.selection import _MOBILIZING
from diversify.news.structure.subjects import (
    _BECOMING,
    GUEST_NOUNS,
    _actors_under,
    _codes,
    _combine,
    _subject,
    _subject_codes,
    _the_two,
)
from diversify.news.structure.targets import _AID_NOUNS, _ASKING_FOR, _targets
from diversify.news.structure.threats import (
    _THREAT_NOUNS,
    _WARNING_VERBS,
    _force_warned,
    _more_warned,
)
from diversify.news.structure.tokens import _clause_verb, _mention_heads, _will
from diversify.news.structure.verb_pairs import _VOTING, _pairs_verb
from diversify.news.structure.verb_words import _own_words, _verb_entry, _words_after
from diversify.news.structure.words import (
    _ARMS,
    _DEMAND_NOUNS,
    _DESCRIBE,
    _DIRECT,
    _DOCUMENTS,
    _DRAWING,
    _FACE,
    _FORCE_WORDS,
    _JUDGING_AS,
    _MODALS,
    _PLANNING,
    _PURPOSED,
    _RESERVING,
    _RESPONSES,
    _SPECULATION,
    _TALKS,
    _VOWING,
)
from diversify.news.triggers import dictionary, inflect
from diversify.news.verbs import (
    CONCLUSIONS,
    CRITICISING,
    LEVEL_VERBS,
    PRAISING,
    SITES,
    TALKS_GOING_ON,
    TALKS_SHUNNED,
    Lexicon,
    words_money,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_ADJECTIVAL = frozenset({"amod", "compound", "nmod", "npadvmod"})
"""A participle used as an adjective ("a welcoming ceremony") is no act."""

_UNDONE = frozenset({"terminated", "suspended", "stalled", "collapsed", "halted", "frozen", "froze",
                     "cancelled", "canceled", "failed", "abandoned", "aborted", "scrapped",
                     "postponed", "delayed", "lifted", "removed", "paused"})

_CONTESTING = frozenset({"challenge", "challenges", "appeal", "appeals", "complaint", "complaints",
                         "case", "cases", "lawsuit", "lawsuits", "dispute", "disputes"})
_AID_WORDS = frozenset({"military", "financial", "humanitarian", "economic"})

_ENDINGS = frozenset({"halt", "end", "cancellation"})
"""Besides the easing nouns, what ends a measure: "ordered a halt to most American sanctions"."""

_TALKS_ENDED = frozenset({"end", "halt", "collapse", "failure", "breakdown", "suspension", "freeze",
                          "cancellation", "termination"})
"""Nouns of talks ended or failed: "an end to all trade negotiations with Canada"."""
_TALKS_CUT = frozenset(w for v in (*TALKS_SHUNNED, "terminate", "halt", "suspend", "abandon", "quit", "freeze", "end")
                       for w in inflect(v))
"""Verbs whose object is talks not held: shunned, or ended ("halted the negotiations")."""
_PASSING = TALKS_GOING_ON | {"lengthy", "stalled"}


def _talks_not_held(t: Token) -> bool:
    """A meeting or agreement noun that names talks ended, shunned or only going on, not a round held."""
    if t.dep_ == "pobj" and t.head.lower_ in ("to", "of") and t.head.head.lower_ in _TALKS_ENDED:
        return True
    if t.dep_ == "dobj" and t.head.lower_ in _TALKS_CUT:
        return True
    return t.lower_ in ("talks", "negotiations", "discussions") and any(
        c.dep_ == "amod" and c.lower_ in _PASSING for c in t.children)


_VESSELS = frozenset({"uss", "hms", "hmcs", "warship", "warships", "ship", "ships", "vessel", "vessels", "carrier",
                      "destroyer", "frigate", "submarine", "cruiser"})
_JOINT_TEXTS = frozenset({"statement", "declaration", "communique", "communiqué", "sheet"})
_SIGNS = frozenset({"indication", "sign", "signs", "evidence", "confirmation", "word"})


def _no_sign_of(t: Token) -> bool:
    """An act said not to be known to have happened: "there was no indication he had met ..."."""
    cur = t
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in _SIGNS and any(c.lower_ in ("no", "little", "scant") for c in cur.children):
            return True
    return False


_OWN_OBJECTIONS = frozenset({"objection", "objections", "veto", "opposition", "reservations", "hold", "block"})
"""What one drops to let another's plan pass: "lifted his objection", "dropped its veto"."""

_ENVOYS = frozenset({"ambassador", "envoy", "commissioner"})
_APPOINTING = frozenset({"appointed", "appoints", "appoint", "appointing", "named", "names",
                         "nominated", "nominates", "restored", "restores", "reinstated",
                         "reinstates", "sent", "sends", "accredited"})
_DERIDING = frozenset({"dismissed", "dismisses", "dismissing", "mocked", "mocks", "mocking", "ridiculed",
                       "ridicules", "derided", "derides", "deriding", "scorned", "portrayed", "portrays",
                       "painted", "paints", "cast", "casts", "characterised", "characterized"})

_ANNOUNCING = frozenset({"announced", "announces", "announce", "confirmed", "confirms", "confirm"})


def _appointment(t: Token) -> Token | None:
    """The verb that appoints the envoy ``t`` names: "appointed as India's next high
    commissioner", "announced that X will be the country's new ambassador"; ``None`` for a
    title ("the US ambassador said")."""
    gov = _clause_verb(t)
    if gov is None:
        return None
    if gov.lower_ in _APPOINTING:
        return gov
    if gov.lower_ in ("be", "is", "was", "becomes", "become") and t.dep_ == "attr" \
            and gov.dep_ == "ccomp" and gov.head.lower_ in _ANNOUNCING:
        return gov.head
    return None


_DEMANDS_MADE = frozenset({"urged", "pressed", "asked", "demanded", "appealed", "called", "warned", "proposed",
                           "pledged", "promised", "vowed", "offered", "invited", "encouraged", "agreed", "signed",
                           "announced", "reaffirmed"})
"""Past acts of asking, promising or agreeing told as made in a meeting ("in separate calls with A and B,
Erdogan urged restraint", "in talks in Manila, the two ministers agreed"), not planned ("plans to demand")."""


def _phone_calls(t: Token) -> bool:
    """Calls by telephone, or "with" another ("following phone calls with A and B", "in separate calls with
    A and B"); "calls" alone are as often demands ("calls for", "calls on")."""
    return t.lower_ == "calls" and any((c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "video"))
                                       or (c.dep_ == "prep" and c.lower_ == "with") for c in t.children)


def _news_conference(t: Token) -> bool:
    """A news conference given "with" another: "announced by Macinka at a press conference with his
    Ukrainian counterpart"."""
    return t.lower_ in ("conference", "briefing") and any(
        c.dep_ == "compound" and c.lower_ in ("press", "news", "media") for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in t.children)


def _sentence_events(doc: Document, start: int, end: int, sent: Doc, ms: list[Mention],
                     lex: Lexicon, last_pair: list[str], last_any: list[str] | None = None,
                     prior: tuple[list[str] | None, list[str] | None] = (None, None),
                     here: list[str] | None = None, unanswered: list[bool] | None = None
                     ) -> Iterable[Event]:
    """Events of one parsed sentence; ``here`` the source, target and type of the act the phrase
    rules read in this sentence; ``last_pair`` are the parties of the article's latest
    meeting or agreement, to which "the two leaders" and "both sides" refer as actors;
    ``last_any`` the parties of its latest event of any kind, to which "both governments"
    refers as a target ("urged both governments to exercise restraint"); ``prior`` the source
    and target of the latest act, and of the latest event of any kind, of the two sentences
    before: "the move" names the act, "the statement" the event."""
    heads = _mention_heads(sent, start, ms)
    views: list[SentenceView] = []

    def view() -> SentenceView:
        if not views:
            views.append(SentenceView(doc, start, end))
        return views[0]

    for t in sent:
        if t.lower_ in _DISPLEASED and t.tag_ in ("JJ", "VBN"):
            displeased = _displeasure(t, heads, prior)
            if displeased:  # "Ottawa was deeply disappointed by the decision": its author is criticised
                yield from _events(doc, start, end, t, "ACCUSE", displeased, view())
                continue
            if t.tag_ == "JJ":
                continue
        if t.tag_[:2] not in ("VB", "NN"):
            continue  # every rule below starts from a verb or a noun
        if t.tag_.startswith("VB") and _standing_since(t):
            continue  # "have jointly patrolled North American airspace since 1958": a standing state
        if t.lower_ in _CARRYING_OUT and any(c.lower_ in ("good", "through") and c.dep_ in (
                "oprd", "acomp", "prt", "advmod", "dobj") for c in t.children):
            continue  # "made good on its threat to impose duties": the act after it is what is read
        typ: str | None = None
        nominal = False
        rules = _CONSTRUCTIONS if t.tag_.startswith("VB") else _NOUN_CONSTRUCTIONS
        construction = next(((typ_, pairs) for typ_, rule in rules if (pairs := rule(t, heads))), None)
        if construction is not None:  # one of the self-contained constructions read this word
            if _construction_holds(construction[0], t):
                yield from _events(doc, start, end, t, construction[0], construction[1], view())
                pressed, blamed = _pressers(t, heads) if construction[0] == "CONCEDE" else ([], [])
                if pressed:  # "Kyiv yielded to U.S. pressure": the pressure is a demand too
                    yield from _events(doc, start, end, t, "REQUEST", pressed, view())
                if blamed:  # "yielding to complaints from Washington": the complaints criticised it
                    yield from _events(doc, start, end, t, "ACCUSE", blamed, view())
            continue
        again = _measure_hits_again(t, heads, here if here and here[2] == "SANCTION" else
                                    prior[0] if prior[0] and prior[0][2] == "SANCTION" else None)
        if again:  # "It also hits imports from South Korea": the measure told just before
            yield from _events(doc, start, end, t, "SANCTION", again, view())
            continue
        defied = _done_despite(t, heads)
        if defied:  # "will press ahead with exploration despite objections from China": a refusal too
            yield from _events(doc, start, end, t, "REJECT", defied, view())
        spoke = _addressed_in_a_meeting(t, heads)
        if spoke:  # "asked Rubio in a phone call to release the workers": they spoke, and he asked
            yield from _events(doc, start, end, t, "CONSULT", spoke, view())
        complied = _done_after_demand(t, heads)
        if complied:  # "Israel allowed aid trucks into Gaza after Witkoff demanded that it ...": a concession too
            yield from _events(doc, start, end, t, "CONCEDE", complied, view())
        granted = _granted_in_apposition(t, heads) or _demanded_thing_granted(t, heads) or _done_as_demanded(t, heads)
        if granted:  # "..., a step Washington had demanded": a concession, and the demand it grants
            yield from _events(doc, start, end, t, "CONCEDE", granted, view())
            yield from _events(doc, start, end, t, "REQUEST", [(b, a) for a, b in granted], view())
            continue
        followed = _more_warned(t, heads, prior) or _release_demanded(t, heads, prior)
        if followed:  # "Trump told reporters that more penalties could follow", "Algiers demanded his release"
            yield from _events(doc, start, end, t, followed[0], followed[1], view())
            continue
        blamed = _said_blame(t, heads, prior)
        if blamed:  # "Ottawa said the tariff was unjustified": the tariff's author is blamed
            yield from _events(doc, start, end, t, "ACCUSE", blamed, view())
            continue
        demand = _demanded(t, heads) or _wanted(t, heads)
        if demand:  # "Ottawa said Washington must lift the tariffs", "Trump wants Canada to scrap": a demand
            yield from _events(doc, start, end, t, "REQUEST", demand, view())
            continue
        more = _more_aid(t, heads, lex, here if here and here[2] == "AID" else
                         prior[0] if prior[0] and prior[0][2] == "AID" else None)
        if more:  # "..., while Canada announced C$30 million for food and medical supplies": the same recipient
            yield from _events(doc, start, end, t, "AID", more, view())
            continue
        refused = _will_not_give_way(t, heads, prior[1])
        if refused:  # "Takaichi said she would not withdraw the comments": the demand refused
            yield from _events(doc, start, end, t, "REJECT", refused, view())
            continue
        if t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass"):
            verb = _verb_entry(lex, t)
            if verb is not None and _agreed_by(t) and lex.verb_type(verb, []) == "AGREE" \
                    and lex.noun_type(t.head.lower_) != "AGREE":
                # "the framework agreed by Trump and von der Leyen": whatever it is called
                parties = _codes((m for a in t.children if a.dep_ == "agent" for p in a.children
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=True)
                others = [c for c in _targets(t, "AGREE", heads, set()) if c not in parties]
                yield from _events(doc, start, end, t, "AGREE", _combine("AGREE", parties, others, []),
                                   view())
                continue
            if (verb is None and t.lower_ not in _FACE and t.lower_ not in _RESPONSES and not _every_right(t)) \
                    or t.dep_ in _ADJECTIVAL:
                continue
            subj, _passive = _subject(t)
            after = _words_after(t, subj)
            if t.dep_ in ("relcl", "acl"):
                after.append(t.head.lower_)  # "the tariffs the president imposed on Canada"
            if _passive and subj is not None and subj.lower_ in _FORCE_WORDS:
                after.append(subj.lower_)  # "two Indian army divisions were moved to Ladakh"
            typ = lex.verb_type(verb, after) if verb is not None else None
            if typ == "CONSULT" and t.lower_ in ("come", "comes", "came", "coming") and not any(
                    c.dep_ == "prep" and c.lower_ in ("to", "for") for c in t.children):
                typ = None  # "they come at a sensitive moment": a visit comes to a place or for talks
            if typ is None and _struck_a_country(t, subj, heads):
                typ = "ASSAULT"  # "India struck Pakistan on Wednesday" ("struck" alone is no act)
            if typ == "THREATEN" and t.lower_ in _WARNING_VERBS and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "REQUEST"  # "warning Brussels against further postponement": a caution, not a threat
            if typ == "AID" and words_money(after) and not _NOT_GIVEN.isdisjoint(after) \
                    and _AID_CARGO.isdisjoint(after) and not _AID_NOUNS & set(after):
                typ = None  # "shipped 555 billion euros of goods to the United States": trade, not aid
            if typ == "AID" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    p.dep_ == "pobj" and p.lower_ in _TRADE_FLOWS | _GOODS for p in c.children)
                    for c in (t, *(o for o in t.children if o.dep_ == "dobj")) for c in c.children):
                typ = "RETREAT"  # "extended the same relief to Canadian goods": tariff relief, not aid
            if typ == "RETREAT" and t.lower_.startswith("lift") and any(
                    p.dep_ == "prep" and p.lower_ == "to" and any(w.lower_ in ("%", "cent", "percent") for w in p.subtree)
                    for p in t.children):
                typ = "SANCTION"  # "lifted the combined levy on Canadian producers to 35.19 per cent": raised
            if typ == "SANCTION" and any(
                    c.dep_ == "dobj" and c.lower_ in _EASING_NOUNS | _ENDINGS
                    and not lex.objects["SANCTION"].isdisjoint(w.lower_ for w in c.subtree) for c in t.children):
                typ = "RETREAT"  # "ordered a halt to most American sanctions on Syria": eased
            if typ == "RETREAT" and any(c.dep_ == "dobj" and c.lower_ in _OWN_OBJECTIONS for c in t.children):
                typ = "CONCEDE"  # "Fico lifted his objection to the sanctions package": giving way
            if typ is None and (t.lower_ in _VOWING | _RESERVING or _every_right(t)) and _responds(t):
                typ = "THREATEN"  # "vowed to retaliate", "reserved the right to respond"
            if typ is None and t.lower_ in _RESPONSES and _will(t) and not any(c.dep_ == "neg" for c in t.children):
                typ = "THREATEN"  # "said Canada would respond to the American decision"
            if (typ in (None, "MOBILIZE") or (typ == "CONSULT" and t.lower_ in _SENDING)) \
                    and _handed_to_another(t, heads):
                typ = "AID"  # "handed over a patrol aircraft to the Sri Lankan navy"
            if (typ is None or (typ in ("RETREAT", "CONCEDE") and "frozen" not in after)) \
                    and _money_for_actor(t, lex, after, heads):
                typ = "AID"  # "the EU announced a further €2 billion for Ukraine's energy grid"
            elif typ in (None, "AID", "CONCEDE") and _money_for_defence(t, lex, after, heads):
                typ = "MOBILIZE"  # "announced an additional C$11 billion for Arctic surveillance"
            if typ == "AID" and any(c.dep_ == "dobj" and c.lower_ in _WORDS_SENT for c in t.children) \
                    and not _money_for_actor(t, lex, after, heads):
                continue  # "sent a message to Guterres, calling for assistance": words sent, no aid
            if verb is not None and verb.lemma in _APPROVING:
                # "approved the donation of six destroyer escorts to the Philippine navy": the act approved
                noun = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in lex.nouns), None)
                if noun is not None and lex.noun_type(noun.lower_) == "AID":
                    typ = "AID"  # "approved the donation of 40 armoured vehicles to the Ukrainian army"
                eased = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _EASING_NOUNS), None)
                if eased is not None and not lex.objects["SANCTION"].isdisjoint(w.lower_ for w in eased.subtree):
                    typ = "RETREAT"  # "approved the removal of duties on American lobster"
            if t.lower_ in _DESCRIBE and verb is not None and verb.lemma not in ("call on", "call for", "call up",
                                                                                 "call off"):
                typ = _described(t)
                if t.lower_.startswith("cit") and not any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
                    # "citing India's purchases of Russian oil": a reason given, no description; but "citing
                    # Iran's continued nuclear escalation": another's wrong named in words of blame
                    typ = "ACCUSE" if _wrong_cited(t, heads) else None
            elif t.lower_ in _DERIDING and any(c.dep_ == "dobj" and c.lower_ in _CHARGES for c in t.children):
                typ = "REJECT"  # "dismissed the allegations as completely baseless": the charge refused
            elif t.lower_ in _DERIDING and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
                typ = _described(t) or typ  # "dismissed the incidents as a staged provocation": blame
            elif t.lower_ in _JUDGING_AS and _described(t):
                typ = _described(t)  # "Russia considers the sanctions adopted by the EU illegitimate": blame
            if _annexing(t):
                typ = "THREATEN"  # an act only as a wish or a push (see _resolve)
            if typ == "SANCTION" and any(c.dep_ == "dobj" and any(
                    a.lower_ in ("lower", "reduced") and a.i < c.i for a in c.subtree) for c in t.children):
                continue  # "began applying a lower 15 percent tariff": an easing, read as such
            if typ in ("ASSAULT", "SANCTION") and _held_out(t):
                typ = "THREATEN"  # (a noun the parser read as a verb)
            if t.lower_ in _FACE:
                typ = _faced(t, after)
            if t.lower_ in _VOTING and any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "REJECT"  # "voted against the agreement": a refusal, not a complaint
            if verb is not None and (verb.lemma in ("hit back", "strike back", "fire back") or t.lower_.startswith(
                    "retaliat")) and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    w.lower_ in _ARMS or w.lower_ in _MILITARY for w in c.subtree) for c in t.children):
                typ = "ASSAULT"  # "its forces had hit back with artillery along the Line of Control": force
            if typ == "SANCTION" and any(w.lower_ in ("consulate", "embassy", "consulates", "embassies")
                                         for w in t.subtree) and any(w.lower_ == "leave" for w in t.sent):
                typ = "COERCE"  # "ordered the closure of Russia's consulate and told its staff to leave": expelled
            if verb is not None and verb.lemma == "call on" and typ == "REQUEST" and not any(
                    (w.dep_ == "aux" and w.lower_ == "to" and w.head.tag_.startswith("VB"))
                    or (w.dep_ == "prep" and w.lower_ == "for") for w in t.subtree):
                typ = "CONSULT"  # "also called on Prime Minister Narendra Modi": a courtesy call, no appeal
            if verb is not None and verb.lemma == "push back" and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
                typ = "ACCUSE"  # "pushed back against the U.S. tariffs": resisted, not eased
            if typ in ("SANCTION", "THREATEN") and _put_off(t):
                typ = "RETREAT"  # "put off the tariff increase on Brazil": delayed, not imposed
            if typ in ("RETREAT", "CONCEDE") and t.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") and (
                    t.head.lower_ in _REFUSING_TO or (t.head.lower_ in _RULE_OUT and any(
                        c.dep_ == "prt" and c.lower_ == "out" for c in t.head.children))):
                continue  # "ruled out dropping the counter-tariffs": an easing refused (the phrase rules' REJECT)
            if (typ in ("MOBILIZE", "CONSULT") and t.tag_ in ("VBZ", "VBP") and _present_state(t)) or (
                    typ == "MOBILIZE" and _present_passive_state(t)):
                continue  # "28,500 U.S. troops are stationed in South Korea", "spends 4% of GDP on defence",
                # "Sidhu travels to Quito on Friday": a standing state or a schedule, not an act reported
            if typ == "MOBILIZE" and any(c.lower_ in ("out", "home", "away")
                                         and c.dep_ in ("prep", "advmod", "prt") for c in t.children):
                continue  # "ordered U.S. troops out of Syria", "sent the soldiers home": a withdrawal
            if typ is None and _necessary_measures(t) and (_will(t) or (t.dep_ == "xcomp" and (
                    t.head.lower_ in _VOWING or (t.head.lower_ in ("forced", "compelled", "obliged")
                                                 and _will(t.head))))):
                typ = "THREATEN"  # "China would take necessary measures": aimed at the act just suffered
            objects = [c for c in t.children if c.dep_ in _DIRECT and (heads.get(c.i) or _the_two(c) or (
                c.lower_ in ("counterpart", "counterparts") and _actors_under(c, heads, skip_preps=True)))]
            if not objects and any(c.dep_ == "agent" and any(heads.get(p.i) or (
                    p.lower_ in GUEST_NOUNS and _actors_under(p, heads, skip_preps=True)) for p in c.children)
                                   for c in t.children):
                # "Carney was received by Macron at the Elysee": the passive's subject is the one received (a
                # guest, not "a letter from Trump was received by Carney"; a host, not "Trump supporters")
                objects = [c for c in t.children if c.dep_ == "nsubjpass" and (heads.get(c.i) or (
                    c.lower_ in GUEST_NOUNS and _actors_under(c, heads, skip_preps=True)))]
            if t.lower_ in _TELLING and objects and any(c.dep_ == "xcomp" for c in t.children):
                typ = "REQUEST"  # "told Manila to stop its provocations"
            if t.lower_ in _RECEIVING and objects:
                typ = "CONSULT"  # "received Prime Minister Sharif" (not "received a ceremony")
            if t.lower_ in _TELLING | _BRIEFING and typ != "REQUEST" and any(
                    c.dep_ in _DIRECT and c.lower_ in ("counterpart", "counterparts")
                    and _actors_under(c, heads, skip_preps=True) for c in t.children):
                typ = "CONSULT"  # "told his Pakistani counterpart that ...": they spoke
            if t.lower_ in _WELCOMING and (objects or any(
                    c.dep_ in _DIRECT and c.tag_ == "NNP" and any(p.dep_ == "poss" and heads.get(p.i) for p in c.children)
                    for c in t.children)) and _welcomed_to_a_place(t, heads):
                typ = "CONSULT"  # "welcomed Carney to the Elysee Palace", "welcomed Albania's Rama in Rome": hosting
            if t.lower_ in _ACCEPTING and any(c.dep_ == "neg" for c in t.children) \
                    and not _PROPOSALS.isdisjoint(after) and not _told_by_analysts(t):
                refused = _refused_terms(t, heads)
                if refused:  # "Tokyo would not accept the U.S. demands": a refusal
                    yield from _events(doc, start, end, t, "REJECT", refused, view())
                    continue
            drawn = _criticism_drawn(t, heads)
            if drawn:  # "approved tariffs on Chinese cars, drawing a sharp rebuke from Beijing"
                yield from _events(doc, start, end, t, "ACCUSE", drawn, view())
            drawn = _criticism_drawn(t, heads, _PRAISE, _DRAWING | _WINNING)
            if drawn:  # "Canada's decision drew praise from Washington", "the move won plaudits from Brussels"
                yield from _events(doc, start, end, t, "SUPPORT", drawn, view())
            trained = _training_extended(t, heads)
            if trained:  # "extended Operation Interflex, its programme to train Ukrainian recruits": aid
                yield from _events(doc, start, end, t, "AID", trained, view())
                continue
            joined = _joined_meeting(t, heads, last_pair)
            if joined:  # "Meloni joined the talks by video link": she consulted each party of them
                yield from _events(doc, start, end, t, "CONSULT", joined, view())
                continue
            returned = _in_return(t, heads, last_pair, prior)
            if returned:  # "In return, Canada agreed to tighten checks on steel": giving way to the other side
                yield from _events(doc, start, end, t, "CONCEDE", returned, view())
            truce = _truce_accepted(t, heads, last_pair, prior)
            if truce:  # "Both governments accepted the truce": a ceasefire agreed
                yield from _events(doc, start, end, t, "AGREE", truce, view())
                continue
            offered = _offer_accepted(t, heads)
            if offered:  # "Frederiksen accepted an offer from Zelensky": accepting is agreeing
                yield from _events(doc, start, end, t, "AGREE", offered, view())
                continue
            trained = _trained_forces(t, heads)
            if trained:  # "French instructors trained the first Ukrainian squadron": aid
                yield from _events(doc, start, end, t, "AID", trained, view())
                continue
            granted = _yielded(t, heads)
            if granted:  # "bowing to Beijing's demand": a concession, and the demand it grants
                yield from _events(doc, start, end, t, "CONCEDE", granted, view())
                yield from _events(doc, start, end, t, "REQUEST", [(b, a) for a, b in granted], view())
                continue
            forced = _force_warned(t, heads) if not _told_by_analysts(t) else []
            if forced:  # "Tusk said Warsaw would shoot down Russian drones": a threat of force
                yield from _events(doc, start, end, t, "THREATEN", forced, view())
                continue
            if t.lower_ in _RESPONDING or t.lower_ in _ANSWERING or _delivers_a_response(t):
                warned = _conditional_response(t, heads) if not _told_by_analysts(t) else []
                if warned:  # "Russia would respond with measures if Finland allowed ...": a threat
                    yield from _events(doc, start, end, t, "THREATEN", warned, view())
                    continue
            ruled = next((c for c in t.children if c.dep_ == "xcomp" and c.lower_ in _RULE_OUT), None)
            if typ == "REJECT" and ruled is not None:
                # "refused to rule out the use of military force to take control of Greenland": a threat
                # against the one named in what is not ruled out (the phrase rules may have read it)
                own = _subject_codes(t, heads) or []
                named = [c for c in _codes((m for x in ruled.subtree for m in heads.get(x.i, ())),
                                           acting=False) if c not in own]
                if own and named and not _unreal(t)[1]:
                    yield from _events(doc, start, end, t, "THREATEN", [(a, named[0]) for a in own], view())
                continue
            if typ in ("ASSAULT", "COERCE") and not (_MILITARY & set(after) or t.lower_ in _MILITARY
                                                     or _armed_subject(subj) or _fights_back(t)) \
                    and not (typ == "COERCE" and verb is not None and lex.object_type(verb.lemma, after)) \
                    and not (typ == "ASSAULT" and _state_struck_a_place(t, subj, verb, after, heads)):
                continue  # force needs arms named: "bombers struck ...", not "tariffs hit ..."
            if typ == "ASSAULT" and (doc.in_quote(start + t.idx) or "hybrid" in after):
                continue  # a speaker's words ('"waging a hybrid war on Polish soil"'), not an attack
        elif t.tag_.startswith("NN") and (t.lower_ in lex.nouns or _phone_calls(t) or _news_conference(t)):
            typ = lex.noun_type(t.lower_) or "CONSULT"
            nominal = True
            if typ == "AID" and t.head.lower_ in _HALTING:
                continue  # "an executive order halting U.S. aid to South Africa": aid ended, the verb's act
            if typ in ("AID", "AGREE", "CONSULT", "COOPERATE") and t.dep_ == "pobj" and t.head.lower_ == "for" \
                    and t.head.head.lower_.startswith(_ASKING_FOR):
                continue  # "calling for assistance", "advocated for a trade agreement with Japan": asked for, not made
            if typ == "AID" and t.dep_ == "dobj" and t.head.lower_.startswith(("request", "seek", "sought", "want")):
                continue  # "requested assistance": aid asked for, not given
            if typ == "CONSULT" and t.lower_ in _TALKS and (
                    (t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lower_ in _BECOMING | {
                        "remains", "remain", "remained"})
                    or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in t.children)
                    and t.dep_ == "pobj"):
                continue  # "Ankara is also in talks with Qatar", "a priority in its negotiations with Washington"
            if typ in ("ASSAULT", "SANCTION") and _held_out(t):
                typ = "THREATEN"
            if t.lower_ in ("partnership", "roadmap") and not (t.dep_ == "dobj" and t.head.lower_ in _LIGHT):
                continue  # "Canada's economic partnership with Europe": a standing tie; "launched a roadmap": made
            if typ == "CONSULT" and t.lower_ in _TALKS and t.dep_ == "pobj" and t.head.lower_ == "of" \
                    and t.head.head.lower_ in CONCLUSIONS:
                typ = "AGREE"  # "announced the successful conclusion of free trade negotiations with Ecuador"
            if typ == "THREATEN" and t.dep_ == "pobj" and t.head.lower_ in ("on", "with") and (
                    t.head.head.lower_ in ("good", "through")
                    or any(w.lower_ in ("good", "through") for w in t.head.head.children)):
                continue  # "made good on his threat to slap a surcharge": carried out, the act itself is read
            if typ == "SUPPORT" and ((t.dep_ == "pobj" and t.head.lower_ in ("over", "about", "against")) or (
                    t.dep_ == "dobj" and t.head.lower_.startswith(CRITICISING))):
                continue  # "denounced Washington's support for Israel's war": the support criticised, no act told
        if typ is None:
            continue
        if typ == "AGREE" and not nominal and any(c.dep_ == "prep" and c.lower_ == "without" for x in (
                t, *(o for o in t.children if o.dep_ == "dobj")) for c in x.children):
            continue  # "concluded negotiations without a deal": none reached
        if not nominal and t.dep_ == "pcomp" and t.head.lower_ in ("without", "instead"):
            continue  # "met for three hours without reaching a deal": not done
        if typ == "CONSULT" and not nominal and t.lower_ in ("leave", "leaving", "depart") and (
                (t.dep_ in ("xcomp", "advcl") and t.head.lower_ in ("ordered", "orders", "told", "tells", "gave",
                                                                   "gives", "instructed", "asked"))
                or (t.tag_ == "VBG" and t.dep_ == "advcl")):
            continue  # "ordered a Russian diplomat to leave the country", "clashed, leaving two dead": no visit
        if typ == "CONSULT" and not nominal and (t.head.lower_ in _SHUNNING or (
                t.head.lower_ == "from" and t.head.head.lower_ in _SHUNNING)):
            continue  # "advised its citizens to avoid visiting Japan", "to refrain from travelling to": no visit
        if typ == "CONSULT" and not nominal and any(c.dep_ == "dobj" and c.lower_ in SITES for c in t.children):
            continue  # "visited a rival submarine facility in Kiel, Germany": a site, not a government
        if typ == "CONSULT" and not nominal and _armed_subject(_subject(t)[0]):
            continue  # "Chinese aircraft approached the island": no visit
        if typ == "CONSULT" and not nominal and _shipped(_subject(t)[0]):
            continue  # "About 12% of Brazilian exports go to the United States": trade, no visit
        if typ == "CONSULT" and not nominal and any(c.dep_ == "dobj" and (c.lower_ in _GOALS | _DEMAND_NOUNS or (
                c.lower_ == "one" and any(w.lower_ in _DEMAND_NOUNS for w in c.subtree))) for c in t.children):
            continue  # "to meet NATO's 2 per cent benchmark", "meeting one of Warsaw's demands": no meeting
        if typ == "CONSULT" and not nominal and any(
                c.dep_ == "dobj" and (c.lower_ in _FORCES or any(a.dep_ == "appos" and a.lower_ in _FORCES
                                                                for a in c.children)) for c in t.children):
            continue  # "has hosted American troops since the war", "hosts Al Udeid, the largest U.S. base"
        if nominal and typ in ("CONSULT", "AGREE") and t.dep_ == "pobj" and t.head.lower_ in ("from", "of") \
                and t.head.head.lower_ in _LEAVING:
            continue  # "walked away from its own SAFE negotiations with the EU": talks left, not held
        if nominal and typ in ("AGREE", "CONSULT") and t.dep_ == "pobj" and t.head.lower_ == "without":
            continue  # "concluded negotiations without a deal": none reached
        if nominal and typ == "CONSULT" and t.dep_ == "dobj" and t.head.lower_.startswith(
                ("conclud", "finalis", "finaliz", "complet")):
            continue  # "concluded negotiations on Ottawa's participation": an agreement, read at the verb
        if nominal and typ == "AGREE" and t.dep_ == "pobj" and t.head.lower_ in ("under", "within") and not any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _SEALED for c in t.children):
            continue  # "its commitments under the 2015 nuclear agreement": a standing arrangement
        if nominal and t.lower_ == "exchange" and t.dep_ == "pobj" and t.head.lower_ == "in":
            continue  # "in exchange for $550 billion": a trade-off, not a conversation
        if nominal and typ == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ == "for" \
                and (t.head.head.lower_.startswith(("request", "call", "ask", "push", "appeal", "bid", "recall",
                                                    "summon"))
                     or (t.head.head.dep_ == "pobj" and t.head.head.head.head.lower_.startswith(("recall", "summon")))):
            continue  # "filed a request for consultations with China", "recalled its envoy for consultations"
        if nominal and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _SPECULATION:
            continue  # "fears of a Chinese attack on Taiwan": feared, not done
        if nominal and typ == "SANCTION" and (any(c.dep_ == "amod" and c.lower_ in _LOWERED
                                                  for c in (*t.children, *(g for n in t.children if n.dep_ in (
                                                      "compound", "nummod") for g in n.subtree)))
                                              or _measure_undone(t)):
            continue  # "lower US duties on British cars", "the EU's sanctions package, which Hungary blocked"
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _EASING_NOUNS:
            continue  # "a reduction in the US tariff on Swiss watches": the measure eased, not imposed
        if nominal and typ == "SANCTION" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ in LEVEL_VERBS:
            continue  # "U.S. tariffs on Chinese goods had peaked at 145%": a level, no act
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _CONTESTING:
            continue  # "challenges of U.S. duties": the measure a complaint is about
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.lower_ == "over" and any(
                w.lower_ in _CONTESTING | {"consultations", "protest", "request"} for w in t.head.head.subtree
                if w.i < t.head.i):
            continue  # "lodged a request for consultations at the WTO over U.S. tariffs": the dispute's topic
        if typ in ("THREATEN", "SANCTION") and _withdrawn(t, lex):
            continue  # "backed down on his tariff threat", "would hold off on raising tariffs"
        if nominal and typ in ("COOPERATE", "MOBILIZE") and t.dep_ == "pobj" and t.head.lower_ == "to" \
                and t.head.head.lower_.startswith(_COMMITTING):
            continue  # "signed an arrangement, committing to joint surveillance patrols": promised, not done
        if nominal and typ == "COOPERATE" and not any(c.lower_ in ("joint", "combined")
                                                      for c in t.children):
            continue  # only joint exercises, drills, patrols are joint action
        if nominal and typ == "CONSULT" and (any(c.dep_ == "compound" and c.lower_ in ("port", "ship", "naval")
                                                 for c in t.children) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "by") and any(w.lower_ in _VESSELS for w in c.subtree)
                for c in t.children)):
            continue  # "a port visit to Manila", "the visit of the USS Gravely": a ship's call, no talks
        if nominal and typ == "AGREE" and t.lower_ in _JOINT_TEXTS and not any(c.lower_ == "joint"
                                                                            for c in t.children):
            continue  # only a joint statement is a text both sides agreed ("a statement by the ministry" is none)
        if nominal and typ == "ASSAULT" and not _armed_noun(doc, start, t, heads):
            continue  # "a direct attack on Canadian workers", "a rail strike": words or labour
        if nominal and typ == "MOBILIZE" and not _MOBILIZING & {w.lower_ for w in t.subtree}:
            continue  # "an extension of the deadline" mobilises nothing
        envoy_named: Token | None = None
        if nominal and t.lower_ in _ENVOYS:
            envoy_named = _appointment(t)
            if envoy_named is None:
                continue  # "the US ambassador to Canada said": a title, not an appointment
        if typ == "SUPPORT" and not (not nominal and t.lower_ in PRAISING):
            # not the words of another clause joined by "and" ("..., and the EU announced €2 billion");
            # not praise of another's money ("praised Canada's commitment to allocate $500 million")
            near = set(_own_words(t)) | (set(_own_words(t.head)) if nominal else set())
            if words_money(near) or (nominal and near & _AID_WORDS) or (not nominal and any(
                    c.dep_ == "dobj" and c.lower_ in _AID_NOUNS and any(a.lower_ in _AID_WORDS for a in c.children)
                    for c in t.children)):
                typ = "AID"  # "$4.3 billion in new support for Ukraine", "pledged new financial support": aid
        if typ == "PROTEST" and not nominal and any(
                c.dep_ == "prep" and c.lower_ in ("to", "with") and any(heads.get(p.i) for p in c.children)
                for c in t.children):
            typ = "ACCUSE"  # "Tokyo protested to Beijing over the intrusion": a formal complaint
        if typ == "PROTEST":
            continue  # government boycotts are SANCTION; street protests need their own actors
        if not nominal and t.lower_ in _FACE:
            pairs = _pairs_faced(t, heads)
        else:
            pairs = _pairs_noun(t, typ, heads) if nominal else _pairs_verb(t, typ, heads, last_pair,
                                                                             last_any, prior, here)
        if not pairs and typ == "RETREAT" and not nominal:
            yielded_to = _own_measure_dropped_for(t, heads)
            if yielded_to:  # "rescinded its digital services tax to restart talks with Washington"
                typ, pairs = "CONCEDE", yielded_to
        if not pairs and typ == "COOPERATE" and not nominal:
            alone = _drilling_alone(t, heads)
            if alone:  # "Chinese troops staged live-fire drills in Fujian": one side's exercise
                typ, pairs = "MOBILIZE", [(alone, "")]
        if not pairs and unanswered is not None and not nominal and typ in ("ACCUSE", "REJECT"):
            unanswered.append(True)  # a criticism or refusal with no target: the act it answers may follow
        if pairs and typ == "THREATEN" and not nominal and t.dep_ == "advcl" and _purpose(t) and _annexing(t) \
                and not any(c.dep_ == "neg" for c in t.head.children) and not _ancestor_conditional(t.head):
            # "renewed his push to take control of Greenland": what is done to acquire it presses for it
            yield from _events(doc, start, end, t, "THREATEN", pairs, view())
            continue
        if not pairs or (not nominal and t.dep_ == "advcl" and typ not in _PURPOSED and _purpose(t)):
            continue  # "met reporters to announce tariffs": what a meeting is for, not yet done
        anchor = envoy_named or (_clause_verb(t) if nominal else t)
        if nominal and anchor is not None and t.dep_ == "pobj" and t.head.lower_ in ("after", "following") \
                and not any(
                    c.dep_ == "aux" and c.lower_ in _MODALS for c in anchor.children) and not any(
                    c.dep_ == "neg" for c in anchor.children):
            anchor = None  # "promised Ukraine more aid after talks in Berlin with Zelenskyy": the talks were held
        if nominal and anchor is not None and typ == "AGREE" and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _SEALED for c in t.children):
            anchor = None  # "will buy 11 more F-35s under a deal with the United States signed that morning"
        if anchor is not None and not nominal and t.tag_ == "VBG" and t.dep_ == "advcl" and t.lower_ in _DESCRIBE:
            # "said Spain should be punished, calling Madrid's stance disloyal": the calling was done,
            # whatever the clause it hangs on says should be
            modal, negated, cond = False, any(c.dep_ == "neg" for c in t.children), False
            mwords: set[str] = set()
        elif anchor is not None:
            modal, negated, mwords = _unreal(anchor)
            cond = _ancestor_conditional(anchor)
        else:
            modal, negated, mwords, cond = False, False, set(), False
        if nominal and envoy_named is None and any(c.lower_ in _NOT_YET or c.lower_ in _UNDONE
                                                   for c in t.children):
            continue  # "no talks", "an upcoming visit", "possible tariffs", "terminated talks"
        if _no_sign_of(t):
            continue  # "There was no indication he had met with Ukrainian officials"
        if nominal and typ in ("CONSULT", "AGREE") and _talks_not_held(t):
            continue  # "an end to all trade negotiations with Canada", "has been shunning talks with Seoul"
        if nominal and anchor is not None and (_planned_between(t, anchor) or any(
                c.dep_ == "acomp" and c.lower_ in _PLANNING for c in anchor.children)):
            continue  # "remained open to direct talks with Tehran", "is due in Berlin for talks"
        if nominal and anchor is not None and anchor.lower_ in _PLANNING and not (
                typ == "CONSULT" and anchor.lower_ in _LIGHT
                and not any(c.dep_ == "xcomp" for c in anchor.children)) and not (
                typ == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during")
                and t.head.head.i == anchor.i and t.head.i < anchor.i and anchor.tag_ == "VBD"
                and anchor.lower_ in _DEMANDS_MADE and not FUTURE_TIME.search(anchor.sent.text)
                and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)):
            continue  # "plans talks", "has a deal" (standing); but "had talks with X" met, and "in separate
            # calls with A and B, Erdogan urged restraint": the calls in which the demand was made (not "during
            # the meeting", one told before)
        if cond and not (typ == "THREATEN" and _necessary_measures(t) and _on_condition(t)):
            continue  # but "would take corresponding measures if the US pressed ahead" threatens
        if nominal and typ == "SANCTION" and t.dep_ == "pobj" and t.head.head.lower_ in _EASING_NOUNS | _ENDINGS:
            continue  # "ordered a halt to most American sanctions on Syria": the easing is the verb's
        if nominal and typ == "SANCTION" and anchor is not None and anchor.lower_.startswith(_EASING):
            typ = "RETREAT"  # "Canada's counter-tariffs ... were removed", "replaces X's tariffs"
        resolved = _resolve(typ, modal, negated, mwords, t, anchor)
        if resolved == "THREATEN" and not nominal and (modal or cond) and _told_by_analysts(t):
            continue  # "Mexico might retaliate if ..., economists at Banorte said": a forecast
        if resolved == "SANCTION" and starts_later(_clause_text(doc, view(), start + t.idx), doc.published):
            resolved = "THREATEN"  # announced for a later date: a threat until it takes effect
        if resolved is not None:
            for ev in _events(doc, start, end, t, resolved, pairs, view()):
                if ev.type in RECIPROCAL_TYPES and ev.target:
                    last_pair = [ev.source, ev.target]  # "met X ..., and the two signed": this meeting
                yield ev
            if resolved == "RETREAT" and not nominal:
                # "Trump held off on his tariffs against Mexico after Sheinbaum pledged to send troops to
                # the border": the step that won the easing was a concession
                yield from _events(doc, start, end, t, "CONCEDE", _conceded_before(t, pairs, heads), view())
            if resolved == "REJECT" and not nominal:  # "rejected Washington's demand": the demand too
                own = [a for a, _ in pairs]
                asked = _asked_of(t, heads) or own  # "Moscow's demand that NATO freeze its enlargement"
                yield from _events(doc, start, end, t, "REQUEST",
                                   [(b, a) for b in _demand_named(t, heads, own) for a in asked if a != b],
                                   view())
                # "Nigeria rejected Trump's threat of military action": the threat was made to it
                yield from _events(doc, start, end, t, "THREATEN",
                                   [(b, a) for b in _demand_named(t, heads, own, _THREAT_NOUNS) for a in own],
                                   view())


def _clause_text(doc: Document, view: SentenceView, pos: int) -> str:
    clause = view.clause_at(pos)
    return doc.norm[clause.start:clause.end]


def _events(doc: Document, start: int, end: int, t: Token, type_: str,
            pairs: list[tuple[str, str]], view: SentenceView) -> Iterable[Event]:
    """The events of one trigger ``t``, unless its clause is history; date and evidence from
    its clause (the sentence for the date when the clause gives none)."""
    pos = start + t.idx
    clause = view.clause_at(pos)
    if historical(doc, act_part(doc.norm[clause.start:clause.end], pos - clause.start)):
        return
    date = find_date(doc.norm[clause.start:clause.end], doc.published) or find_date(
        doc.norm[start:end], doc.published)
    quote = evidence(doc, clause.start, clause.end, pos)
    weight = dictionary().weight(type_)
    for a, b in dict.fromkeys(pairs):
        if a != b:
            yield Event(a, type_, None if type_ == "MOBILIZE" else b,
                        date if isinstance(date, dt.date) else None, quote, weight)


_FORCES = frozenset({"troops", "forces", "soldiers", "bases", "base", "personnel", "garrison", "units",
                     "battalion", "battalions", "brigade", "brigades", "warships", "jets"})
"""What a country hosts or meets that is no guest."""
_GOALS = frozenset({"target", "targets", "benchmark", "benchmarks", "goal", "goals", "threshold",
                    "deadline", "deadlines", "demand", "demands", "requirement", "requirements",
                    "obligation", "obligations", "commitment", "commitments", "criteria", "standard",
                    "standards", "expectations", "needs", "pledge", "quota", "quotas"})
"""What a country may "meet" that is no meeting."""

_PRAISE = frozenset({"praise", "plaudits", "applause", "acclaim"})
_WINNING = frozenset({"win", "wins", "won", "winning", "garner", "garners", "garnered", "receive", "receives",
                      "received"})

_REFUSING_TO = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
                          "declining"})


def _agreed_by(t: Token) -> bool:
    """``t`` is a participle with its doers as agents, as in "the framework agreed by A and B",
    "a road map signed by the two ministers" (the caller checks that it is one of agreeing)."""
    return (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") or t.dep_ == "ccomp" and t.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in t.children)) and any(
        c.dep_ == "agent" for c in t.children)


_TELLING = frozenset({"told", "tells", "tell", "telling", "ordered", "orders", "instructed", "challenged",
                      "challenges", "challenging", "dared", "dares"})
_RECEIVING = frozenset({"received", "receives", "receive", "receiving", "hosted",
                        "hosts", "greeted", "greets"})

_BRIEFING = frozenset({"assured", "assures", "informed", "informs", "briefed", "briefs", "reassured"})
"""Verbs of telling that, with a counterpart as object, report a conversation."""

_RESPONDING = frozenset({"respond", "responds", "retaliate", "retaliates", "react", "reacts",
                         "answer", "hit"})

_WELCOMING = frozenset({"welcomed", "welcomes", "welcome", "welcoming"})

_LOWERED = frozenset({"lower", "reduced", "lowered", "cut", "eased"})

_APPROVING = frozenset({"approve", "authorize", "authorise", "endorse", "greenlight", "sign off"})

_LEAVING = frozenset({"walked", "walks", "walk", "walking", "away", "pulled", "pulls", "withdrew", "withdraws",
                      "withdrawn", "withdrawing", "exited", "exits", "quit", "quits", "out"})

_WORDS_SENT = _DOCUMENTS | frozenset({"messages", "notes", "memorandum", "memorandums", "proposal", "proposals",
                                      "invitation", "warning", "signal", "reply", "response"})
"""What a government sends that is words, not aid: "sent a message to Guterres, calling for assistance"."""

_CARRYING_OUT = frozenset(w for v in ("make", "follow") for w in inflect(v))
_HALTING = frozenset(w for v in ("halt", "cut", "suspend", "freeze", "stop", "end", "withhold", "pause", "slash",
                                  "terminate", "cancel", "block", "reduce") for w in inflect(v))

_SHUNNING = frozenset(w for v in ("avoid", "refrain", "shun", "postpone", "reconsider", "cancel") for w in inflect(v))
