"""The (source, target) pairs of an act told by a verb: its subject (the agent of a passive, the
speaker behind "it", the author of a document) and its targets, with the fallbacks the text
offers when no target is named (a condition's subject, the act answered, the demand refused, the
parties told before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.model import JUDGING_TYPES, RECIPROCAL_TYPES
from diversify.news.structure.aid import _NOT_RECIPIENTS, _TRADE_FLOWS, _helped
from diversify.news.structure.concessions import _GIVING_WAY, _released_to
from diversify.news.structure.criticism import _act_named
from diversify.news.structure.demand_authors import _demand_named, _pressing, _pressure_nouns
from diversify.news.structure.demands import _at_the_request, _holders_of_the_released
from diversify.news.structure.force import _ARMED_SERVICES
from diversify.news.structure.meetings import _OFFERS, _two_sides
from diversify.news.structure.modality import (
    _ASKED_NOUNS,
    _condition_subjects,
    _past_beside_modal,
    _purpose,
    _unreal,
)
from diversify.news.structure.refusals import _STANDING_FOR_SPEAKER
from diversify.news.structure.resolve import _ruling_out, _spending_target_named
from diversify.news.structure.retaliation import (
    _answered_by,
    _answered_clause_subjects,
    _any_attempt,
    _counter_measures_named,
    _fights_back,
    _hypothetical_acts,
    _responds,
)
from diversify.news.structure.subjects import (
    GUEST_NOUNS,
    _actors_under,
    _author_of_clause,
    _author_of_document,
    _co_actors,
    _codes,
    _combine,
    _own_side_acts,
    _reporter,
    _subject,
    _subject_codes,
    _the_two,
)
from diversify.news.structure.targets import _COMPLAINTS, _VENUES, _targets
from diversify.news.structure.threats import _WARNING_VERBS
from diversify.news.structure.tokens import (
    _clause_verb,
    _each_other,
    _is_verb,
    _joined_in,
    _saying_verb,
    _what_called,
)
from diversify.news.structure.words import (
    _DEMAND_NOUNS,
    _DESCRIBE,
    _DIRECT,
    _DOCUMENTS,
    _FORCE_WORDS,
    _JUDGING_AS,
    _MEASURE_HEADS,
    _PURPOSED,
    _RESERVING,
    _RESPONSES,
    _SAYING,
    _VOWING,
)
from diversify.news.triggers import inflect
from diversify.news.verbs import ACTS_JUDGED, lexicon, words_money

if TYPE_CHECKING:
    from spacy.tokens import Token


_CUTTING_OFF = frozenset(inflect("sever") + inflect("break") + inflect("freeze") + inflect("suspend")
                         + inflect("terminate") + inflect("end") + inflect("halt") + inflect("downgrade")
                         + inflect("ban") + inflect("stop") + ("cut", "cuts", "cutting"))
"""Verbs of cutting relations or talks off, whose "with" names the one cut off."""

_CASES = frozenset({"case", "cases", "dispute", "lawsuit", "suit", "challenge", "challenges"})

_PLANS = frozenset({"plan", "plans", "initiative", "initiatives", "scheme", "draft", "resolution"})

_VOTING = frozenset(inflect("vote"))


def _pairs_verb(t: Token, typ: str, heads: dict[int, list[Mention]],
                last_pair: list[str] | None = None, last_any: list[str] | None = None,
                prior: tuple[list[str] | None, list[str] | None] = (None, None),
                here: list[str] | None = None) -> list[tuple[str, str]]:
    subj, passive = _subject(t)
    if subj is None or (subj.lower_ in _ASKED_NOUNS and not passive):
        return []  # "Trump's call for NATO members to spend 5%" read with "call" as the subject
    if typ in RECIPROCAL_TYPES and subj.lower_ in ("they", "we") and not passive and not any(
            c.dep_ in ("prep", "dobj", "dative") and _actors_under(c, heads, skip_preps=False) for c in t.children):
        reporters = _codes(_reporter(t, heads), acting=True)
        if len(set(reporters)) >= 2:
            return _combine(typ, reporters, [], [])  # "Carney and Tusk said they've agreed to ...": the speakers
    if typ in RECIPROCAL_TYPES and _the_two(subj) and not heads.get(subj.i):
        # "At that meeting, the two leaders agreed ...", "Israel and Iran traded strikes for twelve
        # days. Both governments accepted the truce" ("they" only after a meeting)
        sides = _two_sides(last_pair, prior if subj.lower_ != "they" else (None, None))
        if sides:
            return _combine(typ, sides, [], [])
    if passive:
        agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        src = _codes((m for a in agents for m in _actors_under(a, heads, skip_preps=True)), acting=True)
        if not src and typ in RECIPROCAL_TYPES:
            # "The deal between Canada and Japan was signed on Monday": the parties it names
            among = [m for p in subj.children if p.dep_ == "prep" and p.lower_ == "between"
                     for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"between"}))]
            if len(_codes(among, acting=True)) >= 2:
                return _combine(typ, _codes(among, acting=True), [], [])
        if not src and typ in RECIPROCAL_TYPES and last_any and len(set(last_any)) == 2 and any(
                _the_two(a) or any(c.dep_ == "poss" and _the_two(c) for c in a.children) for a in agents):
            # "The deal was signed by the two countries' foreign ministers"
            return _combine(typ, last_any, [], [])
        if not src and typ == "MOBILIZE" and subj.lower_ in _FORCE_WORDS:
            # "Canadian troops were deployed to Latvia", "Sweden's armed forces were placed on alert"; "the
            # Pentagon said a destroyer had been sent to the area": the speaker's own
            return _combine(typ, _codes(_actors_under(subj, heads, skip_preps=True), acting=True)
                            or _codes(_reporter(t, heads), acting=True), [], [])
        if not src and typ in ("SANCTION", "THREATEN") and t.dep_ == "ccomp" and (
                t.head.lower_ in _WARNING_VERBS or (t.head.lower_ in _SAYING and any(
                    c.dep_ == "aux" and c.lower_ in ("should", "would", "will", "must", "could") for c in t.children))):
            # "Trump warned that Canadian lumber would be hit with a 50% duty", "told reporters that Spain
            # should be punished with tariffs": the speaker's measure
            src = _subject_codes(t.head, heads) or []
        if not src and typ == "ACCUSE" and t.lower_ in _SUMMONED:
            # "The Russian charge d'affaires was summoned to the Polish foreign ministry": the ministry's
            src = _codes((m for p in t.children if p.dep_ == "prep" and p.lower_ == "to"
                          for m in _actors_under(p, heads, skip_preps=True)), acting=True)
        tgt = _codes(_actors_under(subj, heads, skip_preps=True), acting=False)
        if typ in RECIPROCAL_TYPES and src and (heads.get(subj.i) or subj.lower_ in GUEST_NOUNS):
            # "Carney was received by Macron": each with the other (not "the summit in Samarkand was
            # attended by ...", whose subject names a place)
            return _combine(typ, src, [b for b in tgt if b not in src], [])
        return [(a, b) for a in src for b in tgt if a != b]
    src_m = _actors_under(subj, heads, skip_preps=True)
    # a member named among those acting acts: "Arab and Muslim nations, including Egypt, condemned ..." (a
    # state named itself, not "critics, including Canada's opposition leader")
    src_m += [m for p in subj.children if p.dep_ == "prep" and p.lower_ == "including"
              for q in p.children if q.dep_ == "pobj" for o in (q, *q.conjuncts) for m in heads.get(o.i, ())
              if not m.possessive]
    speaker = _speaker_of_conjoined(t, src_m, heads)
    if speaker is not None:
        subj, src_m = speaker, _actors_under(speaker, heads, skip_preps=True)
    for other in subj.head.children:  # "A and B agreed" parsed as two subjects of one verb
        if other.dep_ == "nsubj" and other.i != subj.i:
            src_m += _actors_under(other, heads, skip_preps=True)
    if not src_m and subj.lower_ in ("it", "he", "she", "they") and t.dep_ in ("ccomp", "pcomp") and _what_called(t):
        # "China cited what it called Takaichi's erroneous remarks": the one who names is the clause's subject
        gov = _clause_verb(t.head) if t.dep_ == "pcomp" else t.head
        gsubj, gpassive = _subject(gov) if gov is not None else (None, False)
        if gsubj is not None and not gpassive:
            src_m = _actors_under(gsubj, heads, skip_preps=True)
    if not src_m and (subj.lower_ in ("it", "they") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children) or (
            subj.lower_ in _STANDING_FOR_SPEAKER | {"province", "state"} and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subj.children))):
        # "The EU warned it would retaliate", "Pakistan said its forces hit back", "Ford said the province would"
        src_m = _reporter(t, heads)
    if not src_m and typ == "MOBILIZE" and subj.lower_ in _FORCE_WORDS | _ARMED_SERVICES:
        src_m = _reporter(t, heads)  # "Greece's defence ministry said the navy had sent two frigates"
    if not src_m and subj.lower_ == "who" and t.dep_ == "relcl":
        src_m = _actors_under(t.head, heads, skip_preps=True)  # "Trump, who met Erdogan on the sidelines, ..."
    written = t.head if subj.lower_ in ("that", "which") and t.dep_ == "relcl" else subj
    if not src_m and written.lower_ in _DOCUMENTS:
        src_m = _author_of_document(written, heads)  # "in a letter that blamed Ottawa": the letter's author
    weak = {m.code for m in src_m if m.weak}
    if weak and not _codes(src_m, acting=True):
        # "von der Leyen said the bloc stood ready to hit back": the bloc is the speaker's own
        src_m += [m for m in _reporter(t, heads) if m.code in weak]
    if _joined_in(t):  # "Canada joined its NATO allies in endorsing": the allies act too
        src_m += [m for c in t.head.head.children if c.dep_ == "dobj"
                  for m in (*_actors_under(c, heads, skip_preps=True),
                            *(m for p in c.children if p.dep_ == "prep" and p.lower_ == "including"
                              for q in p.children if q.dep_ == "pobj" for o in (q, *q.conjuncts)
                              for m in heads.get(o.i, ()) if not m.possessive))]
    src = _codes(src_m, acting=True)
    if src and typ in RECIPROCAL_TYPES:
        # "Canada and Europe signed a deal in June": "Europe" beside a party is the EU (not "European allies",
        # "Korean carmakers": groups)
        # (the counterpart itself, not a modifier: "France's Europe minister" is no party besides France)
        src += [c for c in _codes([m for o in (subj, *subj.conjuncts) if o.lower_ == "europe"
                                   for m in heads.get(o.i, ()) if m.weak], acting=False) if c not in src]
    if not src and typ == "RETREAT" and not heads.get(subj.i):
        # "a deal that cuts U.S. tariffs on Korean cars": the measure's owner eases it
        src = _codes((m for c in t.children if c.dep_ == "dobj" for o in c.children
                      if o.dep_ in ("compound", "poss", "amod") for m in heads.get(o.i, ())), acting=True)
    if not src:
        return []
    # "would not rule out force against X": the target of the threat
    tgt = _targets(t, "THREATEN" if _ruling_out(t, typ) else typ, heads, {subj.i})
    if typ not in RECIPROCAL_TYPES:
        tgt = [c for c in tgt if c not in src]  # "refused to retract his remarks": his own, no target
    if typ == "CONCEDE":
        # "pardoned and freed the French-Algerian writer at the request of the German president": a
        # concession to the one who asked, whatever the freed person's nationality
        asked = [c for v in (t, *t.conjuncts) for p in v.children if p.dep_ == "prep" and p.lower_ == "at"
                 for q in p.children for pr in _at_the_request(q, heads) for c in [pr[0]] if c not in src]
        if asked:
            tgt = asked
    if not tgt and typ == "ACCUSE":
        # "shot back that Washington was applying double standards": the one the charge is about;
        # "considers the U.S. threats illegitimate": the judged thing's author
        tgt = [c for x in t.children if x.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in x.children) or t.lower_ in _JUDGING_AS)
               for c in (_subject_codes(x, heads, acting=False) or []) if c not in src]
    if not tgt and typ in ("ACCUSE", "REJECT"):
        # "Russia's embassy in Stockholm criticised ...": an embassy speaks to its host government
        tgt = [c for c in _codes((m for p in subj.children if p.dep_ == "prep" and p.lower_ == "in"
                                  and subj.lower_ in ("embassy", "mission", "consulate")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ == "REQUEST" and t.dep_ == "conj" and _is_verb(t.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "summoned the top U.S. diplomat and demanded an explanation": asked of the one summoned
        tgt = [c for c in _codes((m for c in t.head.children if c.dep_ == "dobj"
                                  for m in _actors_under(c, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ == "RETREAT":
        # "called off the tariffs he had threatened to impose on Denmark and France"
        tgt = [c for o in t.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"
               for w in r.subtree if w.dep_ == "prep" and w.lower_ in ("on", "against")
               for c in _codes((m for p in w.children if p.dep_ == "pobj"
                                for m in _actors_under(p, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "RETREAT":
        # "will hold off on its second round of counter-tariffs against US products": the measure's target
        tgt = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "on" for w in p.subtree
               if w.dep_ == "prep" and w.lower_ in ("against", "on") and w.i != p.i
               for c in _codes((m for q in w.children if q.dep_ == "pobj"
                                for m in _actors_under(q, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "CONCEDE" and t.lower_ not in _GIVING_WAY:
        tgt = _released_to(t, heads, src)
    if typ == "AID" and subj.lower_ in _TRADE_FLOWS:
        return []  # "New Delhi's oil imports were helping to fund Moscow's war": trade, not aid
    if not tgt and typ == "AID":  # "gave Papua New Guinea A$600 million", "... to help Ukraine buy"
        tgt = [c for c in _codes((m for c in t.children if c.dep_ == "dative" for m in heads.get(c.i, ())),
                                 acting=False) + _helped(t, heads) if c not in src]
    if not tgt and typ == "AID":
        # "deposited $3 billion with Pakistan's central bank": the one the sum is placed with;
        # "sent two navy ships loaded with food to Cuba": the parser hangs "to" on the participle
        money = words_money([w.lower_ for w in t.subtree])
        objs = [c for c in t.children if c.dep_ == "dobj"]
        sources = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        inside = [w for o in objs for w in o.subtree if w.i != o.i]  # what is sent, and its cargo
        tgt = [c for h in (t, *objs, *inside, *sources) for p in h.children
               if p.dep_ == "prep" and ((p.lower_ == "with" and money and h in (t, *objs)) or (
                   p.lower_ == "to" and h in inside) or (p.lower_ == "for" and h in sources and money))
               and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
               for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if not tgt and (typ == "THREATEN" or (_ruling_out(t, typ) and _unreal(t)[1])):
        # "would not rule out retaliation if Washington's levy hit Korean chipmakers"
        tgt = [c for c in _condition_subjects(t, heads) if c not in src]
    if not tgt and typ == "THREATEN" and t.lower_ in _RESERVING:
        # "reserves the right to respond to this brazen aggression by Iran": the act answered
        tgt = [c for o in t.children if o.dep_ == "dobj" and o.lower_ == "right" for a in o.children
               if a.dep_ in ("acl", "relcl") for c in _hypothetical_acts(a, heads) if c not in src]
    if not tgt and typ == "THREATEN" and t.lower_ in _VOWING:
        # "vowed to respond firmly to France's suspension of the waiver": the act's author
        tgt = [c for x in (t, *(c for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.lower_ in _RESPONSES))
               for c in _hypothetical_acts(x, heads) if c not in src]
    if not tgt and typ == "THREATEN":
        # "answered the controls with a threat of an additional 100% tariff on Chinese goods"
        measures = lexicon().objects["SANCTION"]
        tgt = [c for c in _codes((m for x in t.subtree if x.lower_ in measures for p in x.children
                                  if p.dep_ == "prep" and p.lower_ in ("on", "against")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    if not tgt and typ in ("THREATEN", "SANCTION", "ACCUSE", "REJECT"):
        # "would take military-technical measures in response to Finland's move": the one answered
        tgt = [c for c in _codes((m for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                                  for r in p.children if r.lower_ in ("response", "retaliation", "reply", "reaction")
                                  for q in r.children if q.dep_ == "prep" and q.lower_ in ("to", "for", "against")
                                  for m in _actors_under(q, heads, skip_preps=False)), acting=False)
               if c not in src]
    if not tgt and typ in ("SANCTION", "THREATEN"):
        # "adopted its 18th sanctions package targeting Moscow's energy and banking sectors"
        tgt = [c for o in t.children if o.dep_ == "dobj" for a in o.children
               if a.dep_ == "acl" and a.lower_ in ("targeting", "targetting", "hitting", "aimed", "directed")
               for g in a.subtree if g.i != a.i and g.dep_ in ("poss", "pobj", "dobj", "amod", "compound")
               for c in _codes(heads.get(g.i, ()), acting=False) if c not in src]
    if not tgt and typ in ("SANCTION", "THREATEN") and _counter_measures_named(t):
        # "regrets the increase of US tariffs ... and that the EU is prepared to impose countermeasures":
        # counter-measures answer the measure the sentence names before them
        tgt = [c for m in t.sent if m.i < t.i and m.lower_ in _MEASURE_HEADS
               for c in _codes((x for o in m.children if o.dep_ in ("poss", "compound", "amod")
                                for x in _actors_under(o, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ in ("SANCTION", "ASSAULT", "COERCE", "THREATEN") and _any_attempt(t) is not None:
        # "would crush any attempt by Taipei to pursue independence": the one who might attempt it
        tgt = [c for c in _codes((m for p in _any_attempt(t).children if p.dep_ == "prep"   # type: ignore[union-attr]
                                  and p.lower_ in ("by", "from") for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if typ == "REJECT":
        # "refused to stop buying Russian oil despite U.S. pressure": the one pressing, not the oil's seller
        pressing = _pressing(_pressure_nouns(t.subtree, ("despite", "in"), _PRESSING_NOUNS), heads)
        if pressing:
            tgt = [c for c in pressing if c not in src]
    if not tgt and typ == "REJECT":
        tgt = _demand_named(t, heads, src)  # "refused to commit to the investment Washington demanded"
    if not tgt and typ == "SANCTION" and t.lower_ in _CUTTING_OFF:
        # "severed diplomatic relations with X", "froze talks with X": the one cut off
        holders = (t, *(c for c in t.children if c.dep_ == "dobj"))  # "relations with X" or "cut ... with X"
        tgt = [c for c in _codes((m for h in holders for p in h.children if p.dep_ == "prep"
                                  and p.lower_ == "with" for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if not tgt and t.dep_ == "advcl" and any(
            (c.dep_ in _DIRECT or c.dep_ == "dep" or (c.dep_ == "nsubj" and x.dep_ == "xcomp"))
            and c.lower_ in ("both", "all", "each") and not list(c.children)
            for x in (t, *t.children) for c in (x.children if x is not t else t.children)):
        # "spoke with Jaishankar and Dar, urging both to open a direct line": the ones just spoken with
        tgt = [c for p in t.head.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
               for c in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if c not in src]
    if not tgt and last_any and len(set(last_any)) == 2 and any(
            c.dep_ in _DIRECT and _the_two(c) and not heads.get(c.i) for c in t.children):
        tgt = [x for x in last_any if x not in src]  # "urged both governments to ..."
    if not tgt and typ in JUDGING_TYPES and t.dep_ == "relcl" and any(
            c.dep_ in _DIRECT and c.lower_ in ("which", "that") for c in t.children):
        # "U.S. tariffs, which Sheinbaum called unjust": the antecedent is what is judged
        tgt = [m for m in _codes(_actors_under(t.head, heads, skip_preps=True), acting=False)
               if m not in src]
        if not tgt and t.head.lower_ in ACTS_JUDGED and prior[0] and prior[0][0] not in src:
            tgt = [prior[0][0]]
    if not tgt and typ in JUDGING_TYPES and t.dep_ == "relcl" and (
            t.head.lower_ in ACTS_JUDGED or any(c.dep_ in _DIRECT and c.lower_ == "which" for c in t.children)):
        # "slapped duties on Canadian canola, a move MacDonald called disappointing", "recognised
        # Palestine on Sunday, which Netanyahu denounced": the act told in the clause it hangs on
        tgt = [c for c in _author_of_clause(t.head, heads) if c not in src]
    named = next((c for c in t.children if c.dep_ in _DIRECT and (_act_named(c, heads) or (
        c.lower_ in ("that", "this") and c.tag_ != "WDT" and not list(c.children) and typ in JUDGING_TYPES) or (
        c.lower_ == "it" and typ == "ACCUSE" and t.lower_ in _DESCRIBE))), None)
    # ("Greer called it a serious mistake": the act told just before)
    # "Frederiksen rejected that, saying Greenland was not for sale": what was just said
    before = None if named is None else prior[1] if named.lower_ in _SPEECH_NOUNS | {"that", "this"} else prior[0]
    if before and named is not None and named.lower_ in _DEMAND_NOUNS and before[2] not in _ASKING | {"SANCTION"}:
        before = None  # "also dismissed the demand" after another's refusal: the refusal is no demand
    if typ in JUDGING_TYPES and before and before[0] not in src and not (
            before[2] in RECIPROCAL_TYPES and before[1] in src):
        # the act the object names is the one judged, even where a clause beside it names others:
        # "Beijing rejected the criticism, saying Taiwan was an internal affair"; a joint act is
        # both parties' ("denounced the statement" the two governments issued)
        tgt = [before[0]] + ([before[1]] if before[2] in RECIPROCAL_TYPES and before[1] not in src
                             and named is not None and named.lower_ in _JOINT_ACTS else [])
    if not tgt and named is None and t.dep_ == "conj" and typ in ("REQUEST", "THREATEN", "ACCUSE") \
            and not any(c.dep_ in _DIRECT and _actors_under(c, heads, skip_preps=True) for c in t.children) \
            and _is_verb(t.head) and prior[0] and prior[0][2] not in RECIPROCAL_TYPES and prior[0][0] not in src \
            and any(c.dep_ in _DIRECT and _act_named(c, heads) and c.lower_ not in _SPEECH_NOUNS
                    for c in t.head.children):
        # "condemned the seizure and demanded the release of the crew": the one whose act the first
        # verb judged
        tgt = [prior[0][0]]
    if not tgt and typ in ("SANCTION", "ASSAULT", "COERCE", "THREATEN"):
        # "Ontario could slap a surcharge on power it sells to Michigan if Washington did not back
        # down", "threatened to act if Ottawa did not move": the one the condition names
        verbs = [t, *(x for x in t.children if x.dep_ == "xcomp")] if typ == "THREATEN" else [t]
        if typ == "THREATEN" and t.lower_ in _WARNING_VERBS:
            # "warned that Brussels stood ready to hit ... if the United States went ahead"
            # (only when the warner's own side acts there: not "warned that Manila would pay if ...")
            verbs += [x for c in t.children if c.dep_ == "ccomp" and _own_side_acts(c, src, heads)
                      for x in c.subtree if _is_verb(x)]
        if t.dep_ == "ccomp":  # "said it would shut the strait ..., should Washington strike": the
            verbs.append(t.head)  # parser hangs the inverted condition on the saying verb
        tgt = [c for v in verbs for c in _condition_subjects(v, heads) if c not in src]
    if not tgt and typ in _PURPOSED and _purpose(t):
        # "phoned his Lithuanian counterpart to express solidarity": the one called
        tgt = [c for d in t.head.children if d.dep_ in _DIRECT or (d.dep_ == "prep" and d.lower_ in ("with", "to"))
               for c in _codes(_actors_under(d, heads, skip_preps=d.dep_ != "prep"), acting=False)
               if c not in src]
    if not tgt and _fights_back(t):  # "would fight to the end against any Israeli aggression"
        tgt = [c for c in _codes((m for w in t.subtree if w.dep_ == "prep" and w.lower_ == "against"
                                  for m in _actors_under(w, heads, skip_preps=True)), acting=False) if c not in src]
    if not tgt and typ == "REQUEST" and t.dep_ in ("advcl", "xcomp") and t.head.lower_ in _WRITING_TO:
        # "wrote to Secretary-General Mark Rutte on Thursday asking for a more flexible formula"
        tgt = [c for c in _codes((m for p in t.head.children if (p.dep_ == "prep" and p.lower_ == "to")
                                  or p.dep_ in ("dobj", "dative") for m in _actors_under(p, heads, skip_preps=True)),
                                 acting=False) if c not in src]
    if typ == "REQUEST" and set(tgt) <= set(src):  # "the freedom of two French teachers held by Iran"
        tgt = [c for c in _holders_of_the_released(t, heads) if c not in src] or tgt
    if not tgt and typ == "ASSAULT":
        # "struck militant camps in Pakistan", "hit Hamas operatives in Doha": the state where it struck
        holders = (t, *(c for c in t.children if c.dep_ in ("dobj", "prep")),
                   *(g for c in t.children if c.dep_ in ("dobj", "prep") for g in c.children if g.dep_ == "pobj"))
        tgt = [c for c in _codes((m for h in holders for p in h.children if p.dep_ == "prep"
                                  and p.lower_ in ("in", "inside", "across", "into", "near", "around", "outside")
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False)
               if c not in src]
    filed = typ == "ACCUSE" and any(c.dep_ in _DIRECT and c.lower_ in _COMPLAINTS | _CASES for c in t.children)
    if filed:
        tgt = [x for x in tgt if x not in _VENUES]  # "filed a complaint at the WTO": where, not whom
    act = prior[0]
    if not tgt and act and act[1] in src and act[0] not in src and act[2] not in RECIPROCAL_TYPES \
            and typ in ("ACCUSE", "SANCTION", "REJECT", "THREATEN") and (_answered_by(t) or filed):
        # "Washington raised duties on Brazil. Brasilia filed a complaint at the WTO": Washington
        tgt = [act[0]]  # "Washington raised duties. Brazil responded by filing a complaint": Washington
    if not tgt and here and typ in ("ACCUSE", "REJECT") and here[1] in src and here[0] not in src \
            and here[2] not in RECIPROCAL_TYPES and not any(
                c.dep_ in _DIRECT and _actors_under(c, heads, skip_preps=False) for c in t.children):
        # "Ottawa launched a challenge a day after Washington finalized duties on its lumber"
        tgt = [here[0]]
    if not tgt and typ in ("THREATEN", "ACCUSE", "SANCTION") and (typ != "SANCTION" or _responds(t)):
        # "vowed to take resolute countermeasures after Washington blacklisted Chinese firms"
        tgt = [c for c in _answered_clause_subjects(t, heads) if c not in src]
    if not tgt and len(src) >= 2 and typ not in RECIPROCAL_TYPES and typ != "MOBILIZE" \
            and t.dep_ != "advcl" and (_each_other(t) or (typ == "CONCEDE" and any(
                c.lower_ == "each" and not list(c.children) for c in (*t.children, *subj.children)))):
        # "India and Canada named high commissioners to each other's capitals": each to the other
        return [(a, b) for a in src for b in src if a != b]
    if not tgt and typ == "REJECT":
        # "turning down a demand Moscow had put forward", "a truce proposal put forward by Britain"
        tgt = _demand_named(t, heads, src) or _demand_named(t, heads, src, _OFFERS | _PLANS)
    if not tgt and typ == "REJECT" and "NATO" not in src and _spending_target_named(t):
        tgt = ["NATO"]  # "refused to commit to the 5% target": the alliance's spending target
    if not tgt and typ == "REJECT" and t.lower_ in _VOTING and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
        # "France voted against the agreement when EU member states approved it": the ones adopting it
        tgt = [c for x in t.children if x.dep_ == "advcl" for c in (_subject_codes(x, heads, acting=False) or [])
               if c not in src]
    said = prior[1]
    if not tgt and typ == "REJECT" and said and said[1] in src and said[0] not in src \
            and said[2] in _ASKING:
        tgt = [said[0]]  # "Washington demanded ... LeBlanc turned down both demands": Washington
    if not tgt and typ in ("THREATEN", "SANCTION", "ASSAULT") and act and act[1] in src and act[0] not in src \
            and act[2] not in RECIPROCAL_TYPES and _responds(t):
        # "Poland expelled three Russian diplomats. Moscow vowed to respond" (or "said it would
        # retaliate", "retaliated"): Poland
        tgt = [act[0]]
    if not tgt and typ == "THREATEN" and _responds(t):
        # "urged the United States to stop arming Taiwan and warned that China would take resolute
        # measures": the one the verb joined to the warning was aimed at
        warner = _saying_verb(t) or t
        if warner.dep_ == "conj" and _is_verb(warner.head):
            tgt = [c for c in _codes((m for d in warner.head.children if d.dep_ in ("dobj", "dative")
                                      for m in _actors_under(d, heads, skip_preps=True)), acting=False)
                   if c not in src]
    if not tgt and typ in ("THREATEN", "SANCTION") and said and said[1] in src and said[0] not in src \
            and said[2] in ("THREATEN", "SANCTION", "ACCUSE", "COERCE", "ASSAULT") and _responds(t):
        # "Trump threatened a 30% tariff on the EU. Von der Leyen warned that the bloc would respond
        # firmly to any such tariffs": the one whose threat it answers
        tgt = [said[0]]
    if not tgt and typ in ("CONSULT", "AGREE") and any(
            w.lower_ in ("both", "each", "separately") for w in t.doc[subj.right_edge.i + 1:t.i]):
        return []  # "Britain and Canada have both negotiated access to SAFE": each on its own
    if not tgt and typ in ("CONSULT", "AGREE") and t.dep_ == "conj" and _is_verb(t.head):
        # "A and B spent an hour with the two U.S. officials and agreed to set up a working group":
        # the partners of the verb the agreement is joined to
        tgt = [c for c in _codes((m for p in t.head.children if p.dep_ == "prep" and p.lower_ == "with"
                                  for m in _actors_under(p, heads, skip_preps=True)), acting=False) if c not in src]
    return _combine(typ, src, tgt, _co_actors(t, subj, heads))


_SUMMONED = frozenset({"summoned", "summons", "called"})
_WRITING_TO = frozenset({"wrote", "writes", "write", "writing", "called", "phoned", "telephoned", "rang", "cabled"})
_PRESSING_NOUNS = frozenset({"pressure", "demands", "demand", "calls", "appeals", "objections", "threats",
                             "warnings", "defiance"})

def _speaker_of_conjoined(t: Token, src: list[Mention], heads: dict[int, list[Mention]]) -> Token | None:
    """"China's coast guard said the Philippine vessels had intruded and accused Manila of ...":
    the parser may join the second verb to the reported clause; when the subject it inherits
    there would act on itself, the speaker is the one who acts."""
    if t.dep_ != "conj" or t.head.dep_ != "ccomp" or t.head.head.lower_ not in _SAYING:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    if _past_beside_modal(t):
        # "Peskov said Western weapons would not change the front and accused Berlin of ...": a past
        # verb cannot share the reported clause's "would"; it is the speaker's second act
        speaker, passive = _subject(t.head.head)
        return None if speaker is None or passive else speaker
    mine = {m.code for m in src}
    objects = {m.code for c in t.children if c.dep_ in _DIRECT for m in _actors_under(c, heads, skip_preps=True)}
    if not mine or not mine & objects:
        return None
    speaker, passive = _subject(t.head.head)
    return None if speaker is None or passive else speaker


_ASKING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
"""What a refusal answers: a demand, an accusation, a threat aimed at the one who refuses."""

_SPEECH_NOUNS = frozenset({"statement", "remarks", "comments", "announcement", "proposal", "offer", "criticism",
                           "overture", "accusation", "accusations", "threat", "threats", "demand",
                           "demands"})
"""Of those, the ones naming what was said: the event they name may be a statement itself."""
_JOINT_ACTS = frozenset({"statement", "deal", "agreement", "pact", "accord", "declaration", "partnership",
                         "drills", "drill", "exercise", "exercises", "manoeuvres", "maneuvers"})
"""Of those, the ones two parties make together: judging one judges both."""
