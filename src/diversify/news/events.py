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
import re

from diversify.news.clauses import (
    Clause,
    Group,
    SentenceView,
    act_part,
    evidence,
    historical,
    participial,
    yes_no_question,
)
from diversify.news.dates import FUTURE_TIME, find_date, starts_later
from diversify.news.document import Document
from diversify.news.event_filters import not_within_a_bloc, post_filters
from diversify.news.joint_forces import joint_forces_cooperation
from diversify.news.mediation import mediation_events
from diversify.news.model import JUDGING_TYPES, RECIPROCAL_TYPES, Event
from diversify.news.occasions import count_occasions
from diversify.news.self_determination import self_determination_support
from diversify.news.speech import speech_accusations
from diversify.news.triggers import Dictionary, Trigger, dictionary
from diversify.news.verbs import (
    CONCLUSIONS,
    CRITICISING,
    EASING_NOUNS,
    LEVEL_VERBS,
    MEASURE_IDEAS,
    PRAISING,
    SITES,
    TALKS_GOING_ON,
    TALKS_SHUNNED,
    VICTIM_NOUNS,
)

_OPENING_WORD = re.compile(r"\s*\w+\s+(?:the\s+)?")
_FIRST_TOKEN = re.compile(r"\S+")
_NEGATED_MODAL = re.compile(r"\b(?:would|will|did|does|do) not\b")
_RULED_OUT = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:rul\w+ out|exclud\w+)\b")
_EASING_REFUSED = re.compile(r"\b(?:rul(?:ed|es|e|ing) out|refus(?:ed|es|e|ing) to|declin(?:ed|es|e|ing) to|"
                             r"reject(?:ed|s|ing)? (?:calls|demands|pressure) to)\s+(?:\w+ly\s+)?$")
"""Easing refused: "ruled out dropping the counter-tariffs", "refused to lift the duties"."""
_FUTURE = re.compile(r"\b(?:will|would|'ll)\b")
_ANNOUNCE_WORD = re.compile(r"\bannounc")
_ALONG_WITH = re.compile(r"\b(?:along with|together with|alongside)\b(?:\s+\S+){0,4}\s*$")
_ANNOUNCED_PLAN = re.compile(r"\b(?:announc|unveil|outlin|set out|laid out|lays out|publish)\w*\s+"
                             r"(?:\w+\s+){0,2}(?:plans?|proposals?)\b(?:\s+\S+){0,3}\s+to\b")
_MONEY = re.compile(r"(?:[$\u20ac\u00a3]\s?\d|\d\s?(?:billion|million|bn)\b(?!\s+(?:(?:[a-z]+\s+)?(?:people|persons|"
                    r"residents|citizens|inhabitants|voters|users|barrels|tonnes|tons|doses|troops|soldiers|"
                    r"refugees)|(?-i:[A-Z][a-z]+(?:ns|ese|is)))\b)|\b(?:euros|dollars)\b)", re.IGNORECASE)
"""Money named ("$4.3 billion", "2 billion euros"), not a count ("1.4 billion Indians")."""

_TARGET_REACH = 90
_AUTHORED = re.compile(r"\b[a-z]+ed by $")
"""A measure's author named by a participle just before the actor: "a tariff imposed by "."""
"""Characters between a trigger and its target, at most (about 15 words)."""

_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|should|must|shall|can|'ll|wo|plans? to|planned to|planning to|"
    r"set to|expected to|scheduled to|aims? to|aimed to|aiming to|intends? to|intended to|hopes? to|"
    r"hoped to|hoping to|wants? to|wanted to|wanting to|seeks? to|seeking to|sought to|seeking|"
    r"trying to|tries to|tried to|seeks|sought|considering|consider|considers|considered|exploring|explore|explores|"
    r"weighing|weighs|looking at|looking to|look at|potential|potentially|possible|possibly|likely|"
    r"ready to|ready for|prepared to|prepared for|poised to|about to|going to|proposed|would-be|if|whether|unless|"
    r"offers? to|offered to|offering to|"
    r"in a bid to|in order to|open to|interest in|interested in|willing to|eager to|invited to|"
    r"invitation to|how to|pondering|mulling|contemplating|discussing whether|upcoming|planned|"
    r"forthcoming|ahead of|in the run-up to|next|future|later this|refused to|refuses to|refuse to|"
    r"(?:is|was|are|were) due|"
    r"confiden\w* (?:in|of|about|that)|optimis\w* (?:about|of|on|that)|hopeful (?:of|about|for|that)|"
    r"declined to|declines to|decline to|ruled out|rules out|ruling out|rule out)\b"
)
_NEGATION = re.compile(r"\b(?:not|never|no longer|neither|nor|without|failed to|no|"
                       r"st(?:op|ops|opped|opping) short of)\b|n't\b")
"""(a contraction is written onto its verb: "wouldn't", "didn't")"""
_ANNOUNCE = re.compile(r"\b(?:announc\w*|unveil\w*|declar\w*|says|said|say|confirm\w*|told)\b")
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|be|being|get|got|gets)\s+(?:\w+ly\s+)?$")
_THREAT_TO = re.compile(r"\b(?:threatened|threatening|threatens|threaten|vowed|vowing|vows|vow)\b"
                        r"(?:\s+\S+){0,4}\s+to\s+(?:\w+ly\s+)?(?:[^.;]{0,60}?\s+and\s+)?$")
"""A threat to act, or to do one thing "and" the act: "threatened to decertify its jets and impose a tariff"."""
_IDEA_OF = re.compile(r"\b(?:" + "|".join(sorted(MEASURE_IDEAS)) + r")\s+of\b")
"""A measure named as an idea raised ("raised the prospect of sanctions on"): threatened."""
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")
_CARRIED_OUT = (r"\b(?:made|make|makes|making|followed|follows|follow) (?:good on|through on|through with) "
                r"(?:his|her|its|their|the|a) (?:\w+ )?")
_MADE_GOOD = re.compile(_CARRIED_OUT + r"(?:threats?|pledges?|promises?|vows?) to\s+(?:\w+ly\s+)?$")
"""A threat or pledge carried out: "has made good on his threat to slap a surcharge" (the act is done)."""
_MADE_GOOD_ON = re.compile(_CARRIED_OUT + "$")
_INF_OK = re.compile(
    r"\b(?:order|orders|decision|decisions|decided|decides|move|moved|moves|voted|votes|went ahead|"
    r"agreed|agrees|agree|proclamation|vowed|vowing|promised|pledged|pledging|threatened|threatening|"
    r"threatens|continues|continued)\b(?:\s+\S+){0,4}\s+to\s+(?:\w+ly\s+)?$"
)
_ADJACENT = re.compile(r"^(?:'s?)?\s*(?:(?:\w+ly|also|then|now|had|has|have|on \w+day|on \w+day \w+)\s+)*$")
_POSSESSOR_GAP = re.compile(r"^'s?\s+(?:[a-z][\w-]*\s+){0,3}$")
_AGENT_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}(?:from|by)\s+$")
_DIRECT_REACH = 30
"""Characters between a trigger and a direct object (no preposition), at most."""
_MODIFIED = re.compile(
    r"^\s+(?:funding|spending|budgets?|targets?|goals?|economy|markets?|goods|products|exports|"
    r"imports|steel|aluminum|aluminium|energy|oil|gas|workers|consumers|businesses|families|"
    r"companies|firms|industry|industries|sovereignty|territory|soil|border|citizens|voters|"
    r"interests|security|policy|politics|market|dollar|debt|jets|fighter|allies' |crude|wheat|grain|coal|"
    r"lng|uranium|cars|vehicles|beef|pork|dairy|lumber|fertili[sz]er|seafood|canola|rice|chips|"
    r"semiconductors|assets|banks|shipments|cargoes|tankers|vessels|airspace|waters)\b"
)
_UNDONE = re.compile(
    r"\b(?:terminat\w+|suspend\w*|halt\w*|froze|frozen|freez\w+|shelved|scrapped|ended|ends|end|ending|"
    r"broke off|break off|cut off|"
    r"called off|call off|walked away from|walks away from|withdr\w+ from|resumption of|"
    r"cancel\w*|collapse of|failure of|stalled|stalling|" + "|".join(v + r"\w*" for v in TALKS_SHUNNED) + "|"
    + "|".join(sorted(TALKS_GOING_ON)) + r")\s+(?:\w+\s+){0,4}(?:round of\s+|rounds of\s+)?$"
)
_MODAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:could|might|may|would)\s+(?:\w+\s+)?(?:double|triple|rise|"
                          r"increase|climb|go up|be raised|be imposed|hit|apply|take effect|come|follow|begin|"
                          r"start|resume)\b")
"""A measure named and then said to be possible: "lumber duties could double"."""
_UNDONE_AFTER = re.compile(r"(?:\s+\S+){0,6}?\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?(?:stalled|collapsed|"
                           r"broken down|been suspended|been frozen|been put on hold|failed)|collapsed|stalled|"
                           r"broke down|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|likely)\s+to|"
                           r"remain(?:s|ed)?\s+(?:stalled|stuck|deadlocked|frozen|on hold|suspended|in limbo)|"
                           r"(?:to|will|would|could|should)\s+be\s+held|to\s+take\s+place|"
                           r"(?:continue|continues|are continuing|were continuing)(?=\s*[,.;]|\s+(?:on|in|at|"
                           r"through|until|into|for|to|this|next|today|tomorrow|behind)\b)|are ongoing|were ongoing)\b")
"""Talks told as ended or still to come: "talks ... collapsed in November", "were expected to continue"."""
_DISPUTED_OVER = re.compile(r"\b(?:consultations|complaint|complaints|dispute|case|challenge|challenges|appeal|"
                            r"appeals|lawsuit|protest)\b[^.;]{0,120}?\bover\s+(?:[\w.'-]+\s+){0,3}$")
"""A measure a dispute is filed "over" ("a request for consultations ... over U.S. tariffs"): its topic."""
_CONTESTED = re.compile(r"\b(?:challenges?|appeals?|complaints?|disputes?|cases?|lawsuits?|suits?)"
                        r" (?:of|against|to|over|about|on)\b(?:\s+\S+){0,4}\s*$")
"""Measures named as what a complaint is about: described, not imposed in this clause."""
_EASING_VERBS = (r"remov\w*|lift\w*|eliminat\w*|scrap\w*|drop\w*|paus\w*|suspend\w*|roll\w* back|withdr\w+|"
                 r"cancel\w*|exempt\w*|waiv\w*|lower\w*|reduc\w*")
"""Verbs that remove or ease a measure."""
_REMOVAL = re.compile(r"\b(?:" + _EASING_VERBS + r"|end\w*|eas\w*|cut\w*|avoid\w*|escap\w*|spared|no longer|"
                      r"replac\w*|block\w*|veto\w*)\b")
"""Before a measure's noun: the measure is eased, ended, escaped or blocked, not imposed."""
_REMOVED_AFTER = re.compile(
    r"^[^;]{0,150}?\b(?:were|was|are|is|have been|has been|had been|will be|would be)\s+(?:\w+ly\s+)?"
    r"(?:removed|lifted|suspended|scrapped|dropped|paused|cut|reduced|lowered|eased|halted|rescinded|"
    r"withdrawn|waived|repealed|rolled back)\b")
"""A measure named first and then eased in the passive: "Canada's counter-tariffs ... were removed"."""
_ON_HOLD = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\b[^;]{0,80}?\bon (?:hold|ice)\b")
"""A measure put "on hold" or "on ice": eased."""
_NOMINAL_SUBJECT = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "MOBILIZE"})
_WORD = re.compile(r"[a-z0-9]+")
_NOT_SUBJECT_GAP = re.compile(r"\b(?:at|of|during|into|for)\b")
"""Between a coordinated group and a meeting noun: the group is not the one meeting."""
_NOT_PARTIES = re.compile(r"\b(?:as|while|amid|came|comes|remains?|waters|border|borders|strait|sea|"
                          r"region|area|line|route|corridor|relations|ties|tensions|gap)\s+(?:\w+\s+)?"
                          r"between\s*$")
"""Before "between": the parties of relations, a place, another clause, not of the meeting."""
_IN_PASSING = re.compile(r"\b(?:(?:amid|amidst|despite|ahead of|without)\s+(?:[\w-]+\s+){0,3}|(?:progress in|progress on|"
                         r"claims about|reports of|talk of|hopes for|prospects for|prospect of)\s+(?:[\w.-]+\s+){0,5})$")
"""Talks named in passing, the labels' rule: "amid trade talks", "ahead of talks"."""
_JUDGED_WORDS = re.compile(r"\s*(?:(?:the|this|that|these|those|such)\s+(?:[a-z-]+\s+)?(?:criticism|accusations?|"
                           r"allegations?|charges?|remarks|comments|statement|demands?|threats?)\b|(?:that|this)(?=\s*,))")
"""Words said before and judged now ("rejected the criticism"): whose words they were is the parse's
to find, not a clause beside them ("..., saying Taiwan was an internal affair")."""
_AUTHOR_AFTER = re.compile(r"\s+(?:by|of|from)\b")
_APPEAL_BEFORE = re.compile(r"\b(?:ceasefire|cease-fire|truce|peace|restraint|boycott|unity|solidarity)\s+$")
_MET_A_TARGET = re.compile(r"(?:met|meets|meet|meeting)\s+(?:[\w%.'-]+\s+){0,8}?(?:target|targets|goal|goals|"
                           r"benchmark|threshold|deadline|requirements?|obligations?|criteria|conditions|"
                           r"commitments?|quota|expectations|needs)\b")
_JOINING_REMOTELY = re.compile(r"\bjoin(?:ed|ing|s)? (?:\w+ ){0,3}?(?:by|via|over) (?:a )?(?:video|phone|telephone|"
                               r"videoconference|videolink)\b")
_AND_THEN = re.compile(r"\S \s*(?:,\s*)?and\s+(?:then\s+|also\s+|later\s+)?$")
"""A second verb joined to a first ("... with Lutnick on Tuesday and pressed"): the actor just before
is the first verb's object, not the second's subject."""
_RAISED_TO = re.compile(r"\bto\s+(?:about\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)")
_TO_GOODS = re.compile(r"\bto\s+(?:[\w.'-]+\s+){0,3}?(?:goods|imports|exports|products|shipments)\b")
"""Relief extended to another's goods: an easing of a measure on them."""
_MATERIAL_SUPPORT = re.compile(r"\b(?:financial|military|humanitarian|economic)\s+(?:support|assistance)\b")
"""Support that is aid: "pledged new financial support for South Africa"."""
_AID_STOPPED = re.compile(r"\b(?:halt|suspend|cut|freez|froze|end|stop|paus|withh|withdr|slash|terminat|cancel)\w*")
_TO_A_DEMAND = re.compile(r"(?:agree|consent)\w*\s+to\s+(?:[\w.'-]+\s+){0,4}?(?:demands?|requests?|calls?|"
                          r"conditions?|ultimatum|insistence)\b")
_ANSWERED_DEMAND = re.compile(r"\b(?:meet\w*|met|satisf\w*|fulfil\w*|heed\w*|gav\w* in to|giv\w* in to|"
                              r"bow\w* to|yield\w* to|cav\w* in to|compl\w* with|reject\w*|turn\w* down|"
                              r"dismiss\w*|rebuff\w*|spurn\w*|shot down|shoot\w* down|brush\w* (?:aside|off))"
                              r"\s+(?:[\w.'-]+\s+){0,4}$")
"""A demand named as what is granted or refused: its author is not the sentence's subject."""
_HOSTED_FORCES = re.compile(r"\s*(?:(?:\S+\s+){0,2}?\S+,\s+(?:the|a|an)\s+(?:\S+\s+){0,4}?(?:base|bases)\b|"
                            r"(?:\S+\s+){0,3}?(?:troops|forces|soldiers|bases|base|personnel|"
                            r"garrison|units|battalions?|brigades?)\b)")
"""What a country hosts that is no guest: "hosted American troops", "hosts Al Udeid, the largest U.S.
military base"."""
_RECIP_CHAIN = frozenset({"with", "between", "and", "to", None})
_EXCLUDED_TARGET_PREPS = frozenset({"in", "at", "by", "than", "like", "despite", "near", "across",
                                    "within", "into", "during", "under", "among", "amid", "after",
                                    "before", "via", "including", "regarding", "about", "over"})


_CONCLUDED_BEFORE = re.compile(r"\b(?:conclud|finalis|finaliz|complet)\w*\s+(?:[\w'-]+\s+){0,2}$")
"""A verb of concluding before talks named: an agreement reached, not another meeting."""
_JUDGED_BEFORE = re.compile(r"\b(?:denounc|condemn|criticis|criticiz|slamm?|blast|decr[iy]|lambast|welcom|prais|"
                            r"hail|mock|dismiss|reject|deplor|rebuk|castigat)\w*\s+(?:[\w'-]+\s+){0,4}$")
"""A judging verb before a meeting or deal noun: its subject judges the act, it took no part in it."""


_PASSIVE_BY = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|hit|hurt|struck|cut|shut|"
                         r"set|put|caught|sent|spent|built|made|sold|held|led|brought|bought|won|lost|met|paid)"
                         r"\s+(?:[\w,]+\s+){0,3}?by\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$")
"""A noun of an act after a passive's "by": its agent, not the sentence's subject, acts."""
_GOODS_OF = re.compile(r"\b(?:purchases|imports|exports|shipments|sales|supplies|deliveries|buying|importing)"
                       r"\s+of\s+(?:[\w.'-]+\s+){0,2}$")
_VICTIM_OF = re.compile(r"\b(?:" + "|".join(sorted(VICTIM_NOUNS)) + r")\s+of\s+(?:[\w.'-]+\s+){0,4}$")
"""Those an act judged was done to: not the ones judged."""
_PROPOSED_THAT = re.compile(r"\b(?:demand|urg|ask|request|propos|suggest|recommend|requir|insist)\w*\s+that\b[^.;]{0,100}$")
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,3}$")
"""A noun phrase after a comma that describes what the clause before it tells ("..., his first visit")."""
_LEVEL_AFTER = re.compile(r"(?:\s+[\w.'%-]+){0,6}?\s+(?:had\s+|have\s+|has\s+)?(?:"
                          + "|".join(sorted(LEVEL_VERBS)) + r")\b")
"""A measure's level told ("had peaked at 145%", "stood at 25%"): no act."""
_FUTURE_MAIN = re.compile(r"\b(?:will|'ll|(?:is|are) (?:set|expected|due|scheduled) to|plans? to|next (?:week|month))\b")
"""A main clause still to come: what it comes "after" is to come too."""
_FAILED_LATER = re.compile(r"\b(?:stalled|collapsed|broke down|failed|faltered|foundered)\b")
_BY_AFTER = re.compile(r"\s*by\b")
_NOUN_BEFORE = re.compile(r"\b(?!(?:has|have|had|and|or|then|also|not|it|he|she|they|we)\b)[a-z]+\s+$")
"""A participle after a noun with "by" after it ("a loan backed by ...") modifies the noun: no act of its own."""
_UNNAMED_OWNER = re.compile(r"\b(?:western|foreign|international|allied|global|multilateral)\s+(?:[a-z-]+\s+)?$")
"""An act noun owned by an unnamed group ("Western military aid"): no actor of the sentence gives it."""
_ANY_BEFORE = re.compile(r"\bany\s+(?:[a-z-]+\s+)?$")
"""A noun of an act after "any": an act that may come, none that happened."""


def _subject_like(doc: Document, g: Group) -> bool:
    return bool(g.strong_codes) and not g.compound and _MODIFIED.match(doc.lower[g.end:g.end + 24]) is None


def _source(sent: SentenceView, clause: Clause, trig: Trigger, t0: int, t1: int
            ) -> tuple[Group | None, bool, int]:
    """The acting group, whether the trigger is passive, and where its clause starts."""
    doc = sent.doc
    quoted_to = max([clause.start, *(q1 for q0, q1, _ in doc.quotes
                                     if q0 <= max(clause.start, sent.start) + 2 and clause.start < q1 <= t0)])
    # '"... Russia's actions ...," Anand said at a news conference with ...': no actor inside the
    # quotation that opens the clause (a word quoted later, '"lopsided"', hides no one)
    before = [g for g in sent.groups_in(clause.start, t0) if g.start >= quoted_to]
    if _PASSIVE_BY.search(doc.lower, max(clause.start, t0 - 60), t0):
        return None, False, clause.start  # "exporters were hit by the doubling of American duties"
    if trig.nominal:
        if _ANY_BEFORE.search(doc.lower, max(clause.start, t0 - 30), t0):
            return None, False, clause.start  # "any visit by Taiwan's president to Washington": none made
        if _UNNAMED_OWNER.search(doc.lower, max(clause.start, t0 - 30), t0):
            return None, False, clause.start  # "the main hub for Western military aid to Ukraine": no one named
        for g in reversed(before):
            if g.possessive and _POSSESSOR_GAP.match(doc.norm[g.end:t0] + " "):
                return g, False, g.start
        agents = [g for g in sent.groups_in(t0, clause.end) if g.prep in ("by", "from")]
        if agents and agents[0].start - t1 < 30:
            return agents[0], False, clause.start
        if trig.type not in _NOMINAL_SUBJECT or _UNDONE.search(doc.lower[max(clause.start, t0 - 40):t0]):
            return None, False, clause.start
        if trig.type in RECIPROCAL_TYPES and _JUDGED_BEFORE.search(doc.lower, max(clause.start, t0 - 40), t0):
            return None, False, clause.start  # "denounced the Gyeongju summit": the judge was no party
        if trig.type == "CONSULT" and _CONCLUDED_BEFORE.search(doc.lower, max(clause.start, t0 - 30), t0):
            return None, False, clause.start  # "concluded negotiations on ...": an agreement (the parse reads it)
        if participial(clause):
            return sent.main_subject(), False, clause.start
        for g in before:
            if g.prep is None and (_subject_like(doc, g) or (g.compound and trig.type in RECIPROCAL_TYPES)):
                return g, False, g.end
        if trig.type in RECIPROCAL_TYPES and not before and clause.start > sent.start \
                and clause.lead.split()[:1] in (["after"], ["following"], ["during"]) \
                and "," in doc.norm[max(sent.start, clause.start - 3):clause.start + 1] \
                and not _FUTURE_MAIN.search(doc.lower, sent.start, sent.end) \
                and not _FAILED_LATER.search(doc.lower, t1, clause.end):
            return sent.main_subject(), False, clause.start  # "..., after talks with Rutte": the main subject's
        return None, False, clause.start
    if _BY_AFTER.match(doc.lower, t1) and doc.lower[t0:t1].rstrip().endswith("ed") \
            and _PASSIVE.search(doc.lower[max(clause.start, t0 - 30):t0]) is None \
            and _NOUN_BEFORE.search(doc.lower, max(clause.start, t0 - 30), t0):
        agent = next(iter(sent.groups_in(t1, min(clause.end, t1 + 40))), None)
        if agent is not None and agent.members[0].kind == "adjective":
            # "a loan backed by frozen Russian assets": a participle whose agent is a thing, not the act
            return None, False, clause.start
    joined = _SECOND_VERB.search(doc.lower, clause.start, t0) if len(before) > 1 and not trig.nominal else None
    if joined is not None and before[0].prep is None and before[1].start < joined.start() \
            and _VERB_BETWEEN.search(doc.lower, before[0].end, before[1].start) and _subject_like(doc, before[0]):
        # "Carney met Macron in Paris and then flew to Berlin": the one named after the first verb is its
        # object; the subject is the first verb's, and a finite second verb has its own words (a negation
        # of the first is not its); a bare one shares the first's ("refused to meet Trump and sign the deal",
        # "may meet Xi and sign a deal": refused and may reach "sign" too)
        finite = _FINITE_VERB.match(doc.lower, t0) is not None
        return before[0], False, joined.end() if finite else before[0].end
    for g in reversed(before):
        gap = doc.norm[g.end:t0]
        adjacent = _ADJACENT.match(gap + " ") is not None
        if g.compound and trig.type in RECIPROCAL_TYPES:
            return g, False, g.end
        opens_clause = _OPENING_WORD.fullmatch(doc.norm[clause.start:g.start]) is not None
        if g.prep is not None and not adjacent and not opens_clause:
            continue
        if g.prep in ("in", "at") and not opens_clause:
            continue  # "China's embassy in Manila criticised": a place inside the subject
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
    if participial(clause):
        return sent.main_subject(), False, clause.start
    return None, False, clause.start


_PARTNER_WITH = re.compile(r"\b(?:coordination|concert|tandem|lock ?step|lockstep|conjunction|cooperation|"
                           r"consultation|partnership|together|jointly|along)\s+with\s+(?:\w+\s+){0,4}?$")
"""Partners of an act, not its targets: "in coordination with several countries, including ..."."""


def _targets(sent: SentenceView, clause: Clause, trig: Trigger, t0: int, t1: int,
             source: Group | None, reciprocal: bool) -> list[Group]:
    out: list[Group] = []
    cut = _NEXT_CLAUSE.search(sent.doc.norm, t1, clause.end) or _ACT_DESCRIBED.search(sent.doc.lower, t1, clause.end)
    for g in sent.groups_in(t0, cut.start() if cut else clause.end):
        if source is not None and (g is source or (not reciprocal and set(g.codes) <= set(source.codes) and (
                trig.type not in ("SUPPORT", "AID") or g.prep not in ("for", "to")
                or set(g.codes) == set(source.codes)))):
            continue  # (but "Carney and Zelensky reaffirmed their support for Ukraine": Canada's, for Ukraine)
        if trig.type in ("SUPPORT", "AID") and _ADVERSARY_BEFORE.search(sent.doc.lower, max(t1, g.start - 30), g.start):
            continue  # "support for Ukraine in the face of Russia's invasion": not who is supported
        if g.start > t1 + _TARGET_REACH and not out:
            break
        if not out and g.start > t1 and _ANOTHER_VERB.search(sent.doc.lower, t1, g.start):
            break  # "met on Tuesday and condemned Russia's ...": the target of another verb
        if g.prep == "between" and _CONFLICT_BETWEEN.search(sent.doc.lower, max(t1, g.start - 40), g.start):
            break  # "left the summit early, citing the conflict between Israel and Iran": not the parties
        prep = g.prep or ""
        if not reciprocal and prep == "with" and _PARTNER_WITH.search(sent.doc.lower, max(clause.start, g.start - 30),
                                                                      g.start):
            continue  # "imposed sanctions in coordination with the United Kingdom": a partner, not a target
        if trig.type == "CONSULT" and not trig.nominal and prep not in ("with", "between") and g.start > t1 \
                and sent.doc.lower.startswith(" about ", t1):
            continue  # "talked about making Canada the 51st state": a topic, not a partner
        if prep in ("in", "of") and _AMOUNT_ON.search(sent.doc.lower, max(t1, g.start - 70), g.start):
            prep = "on"  # "a 25 per cent tariff on $30 billion in U.S. goods": the goods' owner is the target
        if trig.type in JUDGING_TYPES and _VICTIM_OF.search(sent.doc.lower, max(t1, g.start - 50), g.start):
            continue  # "condemned the arrest of two Japanese nationals": those arrested are not judged
        if trig.type == "REJECT" and _GOODS_OF.search(sent.doc.lower, max(t1, g.start - 40), g.start):
            continue  # "refused to halt its purchases of Russian crude": the goods' origin is refused nothing
        if not out and prep == "by" and trig.type in JUDGING_TYPES and _AUTHORED.search(
                sent.doc.lower, max(t1, g.start - 40), g.start):
            out.append(g)  # "condemned a tariff imposed by Washington over Russian oil": its author
            break
        if out:
            gap = sent.doc.lower[out[-1].end:g.start]
            if reciprocal and g.prep in _RECIP_CHAIN and g.start - out[-1].end < 60 \
                    and not _ANOTHER_VERB.search(gap) and not (g.possessive and "," in gap and " and " not in gap):
                # (not "joined Philippine ships in a patrol, an exercise China's military called ...": an aside)
                # (not "visited Panama and is due to travel on to Costa Rica": another verb's)
                out.append(g)
                continue
            break
        if not out and prep and not trig.nominal and g.start - t1 < 6 \
                and sent.doc.lower[t0:t1].split()[-1:] == [prep]:
            out.append(g)  # "stood with Denmark and Greenland": the trigger's own preposition governs it
            continue
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


_ADVERSARY_BEFORE = re.compile(r"\b(?:in the face of|against|amid|despite)\s+(?:the\s+|a\s+)?$")
_BY_MEANS_OF = re.compile(r"\b(?:through|via|by means of)\s+(?:\w+\s+){0,2}$")
_RESTRAINED = re.compile(r"\b(?:restraint|reluctance|hesitancy|hesitation|reticence)\s+(?:in|about|over|on)\s+$")
_PLACE_VISITED = re.compile(r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:"
                            + "|".join(sorted(SITES)) + r")\b")
"""A site or a unit visited, not a country's government: "visited a shipyard in Ulsan"."""
_STRANDED = re.compile(r"(?:with|to|at|on|from|by|against)\s*[,.;:)]")
"""A verb's own preposition followed by punctuation has no object there: "the experts CTV News spoke with,"."""
_NO_SIGN = re.compile(r"\b(?:no|little|scant)\s+(?:\w+\s+)?(?:indication|sign|signs|evidence|confirmation|word)\s+"
                      r"(?:that\s+|of\s+)?(?:[\w.'-]+\s+){0,6}$")
"""An act said not to be known to have happened: "there was no indication he had met"."""
_AMOUNT_ON = re.compile(r"\bon\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|over\s+|more than\s+|almost\s+)?"
                        r"(?:c\$|ca\$|us\$|\$|\u20ac|\u00a3)?\s?\d[\d,.]*\s*(?:billion|million|bn|trillion)?\s+"
                        r"(?:(?:worth|dollars|euros|pounds|yuan)\s+)?(?:in|of)\s+(?:the\s+)?$")
"""A measure on an amount "in" or "of" another's goods: "on $30 billion in U.S. goods"."""
_TALKS_SOUGHT = re.compile(
    r"\b(?:to|bid to|effort to|attempt to)\s+(?:\w+ly\s+)?(?:get|restart|revive|resume|reopen|relaunch|"
    r"kick-start|jump-start|unblock|unfreeze|salvage|save|rescue|bring\s+\w+\s+back\s+to|pave the way for|"
    r"clear the way for|smooth the way for|secure|win|reach|seek|pursue)\s+(?:[\w'-]+\s+){0,3}$")
"""Talks or a deal as the aim of an act ("scrapped the tax to get trade talks restarted"), not held."""
_SECOND_VERB = re.compile(r"\s+and\s+(?:(?:then|later|also|subsequently|afterwards|again|\w+ly)\s+)*$")
"""A verb joined after "and" to a clause with its own verb and object ("met Macron in Paris and then flew"):
whoever is named just before is that object, not the subject of the verb that follows."""
_FINITE_VERB = re.compile(r"(?:\w+ed|\w+s|met|spoke|flew|held|struck|made|gave|sent|took|told|said|went|came|led|"
                          r"paid|sought|brought|won|saw|began|wrote|threw|drew|swore|rose|fell|broke|chose|"
                          r"froze|stood|fought|sold|bought|kept|left|shut|cut|hit|put|set|let)\b")
"""A verb in a tense of its own (not the bare form a modal or "to" before "and" governs)."""
_VERB_BETWEEN = re.compile(r"\b(?:\w+ed|met|meets|meet|spoke|speaks|held|holds|told|tells|said|says|made|gave|"
                           r"sent|took|struck|signed|won|hit|led|paid|saw|sought|brought|did|does|has|had|is|was|"
                           r"are|were|will|would)\b")
"""A verb between the clause's first actor and the next one: the next one is no co-subject ("China and Russia")."""
_DEMAND_AS_NOUN = re.compile(r"\b(?:rising|strong|stronger|weak|weaker|growing|falling|global|domestic|consumer|"
                             r"market|export|import|energy|oil|gas|lng|seasonal|robust|soft|softer|high|low|"
                             r"higher|lower|surging|slowing|sluggish|booming|pent-up|world)\s+$")
"""Words before "demand" that make it a market's ("rising demand from Mexico"), not one made of another."""
_STOPPING = re.compile(r"\b(?:stop|stops|cease|ceases|quit|refrain from|refrains from|desist from)\s+$")
_EASING_START = re.compile(r"(?:pause|suspension|delay|postponement|exemption|removal|lifting|rollback|"
                           r"reprieve|reduction|cut)\b")
_CRITICISED_BEFORE = re.compile(r"\b(?:(?:" + "|".join(CRITICISING) + r")\w*|over|about|against)\s+(?:the\s+)?$")
"""Support named as what is criticised: "denounced Washington's support for ..."."""
_TALKS_OWNED_IN_PASSING = re.compile(r"\b(?:in|on|into|about|for|of|to)\s+(?:its|their|his|her|our)\s+"
                                     r"(?:[a-z-]+\s+){0,2}$")
_CONCLUDED_TALKS = re.compile(r"\b(?:" + "|".join(sorted(CONCLUSIONS)) + r") of (?:the )?(?:[\w-]+ ){0,4}$")
_PRAISE_VERB = re.compile(r"(?:" + "|".join(sorted(PRAISING, key=len, reverse=True)) + r")\b")
"""A verb of praise: the money it praises is another's ("praised Norway's commitment to allocate $300 million")."""
_IN_TALKS = re.compile(r"\b(?:is|are|am|remains?|remained)\s+(?:also\s+|still\s+|now\s+|already\s+)?in\s+"
                       r"(?:[a-z-]+\s+)?talks\b")
_VISITING_FORCES = re.compile(r"visiting[- ]forces?\b")
_CONFLICT_BETWEEN = re.compile(r"\b(?:conflict|war|fighting|clashes|tensions|dispute|row|feud|hostilities|"
                               r"border|rivalry|standoff)\s+between\s+$")
_REMOVED_IN_SPAN = re.compile(r"\b(?:" + _EASING_VERBS + r"|eas(?:e|ed|es|ing))\b")
"""Inside a measure trigger's span after its verb ("announced he would remove all sanctions"): an easing."""
_AVOIDED_TRAVEL = re.compile(r"\b(?:avoid|avoiding|against|not to)\s+(?:\w+\s+)?$")
_LOWERED_IN_SPAN = re.compile(r"\b(?:a|the|its|their)\s+(?:new\s+)?(?:lower|reduced|cut)\b")
_CALLED_ON = re.compile(r"call(?:ed|s|ing)? on\b")
_OWN_CLAUSE = re.compile(r";|\band (?:is|was|are|were|will|has|had|have)\b")
"""A clause of its own between "called on X" and a "to": the "to" is not the appeal's."""
_TO_DO = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|\bfor\b")
"""What an appeal asks: "called on Beijing to release ...", "called on Ottawa for ..."."""


def _asks_to_do(doc: Document, t1: int, end: int) -> bool:
    """After "called on X": what the appeal asks ("to release ..."), not the "to" of another clause
    ("called on Modi and is scheduled to meet Goyal")."""
    to_do = _TO_DO.search(doc.lower, t1, end)
    return to_do is not None and not _OWN_CLAUSE.search(doc.lower, t1, to_do.start())
_WITNESSED = re.compile(r"(?:witness|oversaw|oversee|presid)")
_WITNESSED_BEFORE = re.compile(r"\b(?:witness\w*|oversaw|oversee\w*|presid\w* over)\s+the\s+$")
_PREVENTED = re.compile(r"\b(?:prevent\w*|stop(?:s|ped|ping)?|bar(?:s|red|ring)?|block\w*|kept|keeps?|keeping|"
                        r"hinder\w*|deter\w*|discourag\w*|prohibit\w*|ban(?:s|ned|ning)?)\b[^.;]{0,90}?\bfrom\s+$")
"""An act kept from happening: "prevented the two countries from signing"."""


_ASKED_THAT = re.compile(r"\b(?:demand|urg|ask|request|propos|suggest|recommend|requir)\w*\s+that\s+"
                         r"(?:[\w.'-]+\s+){0,5}$")
"""A "that" clause of asking ending where the act's actor begins: what the actor is asked to do."""


_PLACES_MEET = re.compile(r"\bwhere\s+(?:[\w.'-]+,?\s+){1,8}?meet\b")
"""Borders or rivers that meet: "the area where Thailand, Cambodia and Laos meet"."""
_SHIP_VISIT = re.compile(r"\s*(?:by|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:uss|hms|hmcs|ins|warships?|ships?|"
                         r"vessels?|carriers?|destroyers?|frigates?|submarines?|aircraft carrier)\b")
_SHIP_VISIT_BEFORE = re.compile(r"\b(?:port|ship|warship|naval)\s+$")
"""A visit made by a ship ("the visit of the USS Gravely", "a port visit"): a show of force or a call at port."""
_NONE_OF = re.compile(r"\b(?:no|neither|nor)\s+(?:the\s+)?$")
"""A determiner before the actor that denies it acted: "no U.S. delegation", "neither side", "neither Canada
nor Mexico"."""


_GOING_ON = re.compile(r"\b(?:will|would|'ll)\s+(?:\w+ly\s+)?continue\s+to\b")
"""An act said to go on ("we will continue to strongly urge China"): it is being done, not planned."""


_GOING_ON_TYPES = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "COOPERATE", "AID"})
"""Acts that can be said to go on: a measure or a threat "will continue" only under a condition."""


def _unreal(text: str, type_: str = "") -> tuple[bool, bool]:
    """(modal or planned, negated) for the words between actor and trigger."""
    if type_ in _GOING_ON_TYPES:
        text = _GOING_ON.sub(" continue to", text)
    modal = _MODAL.search(text) is not None or _REFUSED_IDEA.search(text) is not None
    return modal, _NEGATION.search(text) is not None


_ANOTHER_VERB = re.compile(r"\band (?:then |later |also |\w+ly )?(?:\w+ed|met|said|told|held|"
                           r"spoke|made|gave|took|sent|struck|signed|slammed|is|are|was|were|will|would|"
                           r"has|have|had)\b")
"""A second verb joined by "and" after the trigger: what follows is its object."""
_REFUSED_TO_RULE_OUT = re.compile(r"\b(?:refus|declin)\w*\s+(?:\w+\s+){0,3}?to\s+(?:rul\w* out|exclud\w*)\b")
"""Refusing to rule something out keeps it open: a threat, not a refusal."""
_REFUSED_IDEA = re.compile(r"\b(?:dismiss|reject|rul\w* out|refus|declin|oppos|brush\w* off|brush\w* aside|"
                           r"scoff\w* at|balk\w* at|baulk\w* at)\w*\s+(?:\w+\s+){0,2}"
                           r"(?:idea|notion|prospect|possibility|suggestion)\s+of\b")
"""An act named as an idea refused ("dismissed the idea of joining talks"): it did not happen."""


def _resolve_type(trig: Trigger, window: str, before: str, sentence: str, clause_lead: str
                  ) -> str | None:
    """The type the clause really reports, or ``None`` when it reports no act."""
    modal, negated = _unreal(window, trig.type)
    if clause_lead.split(" ")[0] in ("if", "whether", "unless", "once", "until"):
        return None
    type_ = trig.type
    if type_ == "REJECT" and _REFUSED_TO_RULE_OUT.search(window):
        return "THREATEN"  # "refused to rule out the use of force to take Greenland": an option kept
    if type_ in ("RETREAT", "CONCEDE") and not negated and _EASING_REFUSED.search(before):
        return "REJECT"  # "ruled out dropping the counter-tariffs on U.S. goods": a refusal to ease
    if negated:
        if type_ in ("SANCTION", "THREATEN", "ASSAULT") and _RULED_OUT.search(window):
            return "THREATEN"  # "did not rule out using military force": an option kept open
        if type_ in ("SANCTION", "THREATEN") and _NEGATED_MODAL.search(window):
            return "RETREAT"
        if type_ in ("RETREAT", "CONCEDE") and _NEGATED_MODAL.search(window):
            return "REJECT"
        return None
    if modal:
        futures = _FUTURE.findall(window)
        others = _MODAL.findall(_FUTURE.sub("", window))
        if futures and not others and type_ == "RETREAT":
            return type_  # "China will cut duties on Canadian canola": an easing promised is given
        if futures and not others and _ANNOUNCE.search(sentence):
            if type_ == "SANCTION" and "would" in futures and not _ANNOUNCE_WORD.search(sentence):
                return "THREATEN"
            if type_ in ("SANCTION", "RETREAT", "MOBILIZE", "AID", "REJECT"):
                return type_
        return None
    if _MADE_GOOD.search(before):
        return type_ if type_ != "THREATEN" else None  # "made good on his threat to slap a surcharge": done
    if type_ == "THREATEN" and _MADE_GOOD_ON.search(before):
        return None  # the threat carried out is the act the words after it tell
    if _INFINITIVE.search(before) and not _INF_OK.search(before):
        return None
    if _STOPPING.search(before):
        return None  # "told Beijing to stop threatening Taiwan": an act to end, not one done here
    if type_ in ("SANCTION", "ASSAULT", "COERCE") and (_THREAT_TO.search(before) or _IDEA_OF.search(window)):
        return "THREATEN"  # "threatened to impose tariffs on Canada": the measure is not imposed
    return type_


def extract_events(doc: Document, dic: Dictionary | None = None, *, structured: bool = True
                   ) -> list[Event]:
    """Events of one analysed article: the fast path, then the dependency parse, counted
    once per occasion (:mod:`diversify.news.occasions`)."""
    dic = dic or dictionary()
    fast = fast_events(doc, dic)
    if not structured:
        return count_occasions(doc, mediation_events(doc, fast, dic.weight("CONSULT")))
    from diversify.news.structure import structured_events

    return merge_events(doc, fast, structured_events(doc, fast), dic)


def merge_events(doc: Document, fast: list[Event], parsed: list[Event], dic: Dictionary | None = None
                 ) -> list[Event]:
    """The mentions read by both passes (the parse reads only the sentences the fast path left),
    with the mediators' meetings, one event per occasion."""
    events = post_filters(doc, [*fast, *not_within_a_bloc(doc, parsed)])
    events = mediation_events(doc, events, (dic or dictionary()).weight("CONSULT"))
    return count_occasions(doc, events)  # fast_events filtered its own


def fast_events(doc: Document, dic: Dictionary | None = None) -> list[Event]:
    """Events of one analysed article, each (source, type, target) once per clause.

    Each pattern runs once over the whole article (after a check that its
    first words occur at all); a match is then handled in its sentence, and
    one that runs past the end of its sentence is searched again inside it.
    """
    dic = dic or dictionary()
    low = doc.lower
    starts = [s.start for s in doc.sentences]
    live = {i for i, s in enumerate(doc.sentences) if doc.mentions_between(s.start, s.end)
            and not yes_no_question(doc.norm, s.start, s.end)}
    if not live:
        return []
    cache: dict[int, SentenceView] = {}
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
    found: dict[tuple[tuple[str, str, str | None], int, str], Event] = {}
    unsure: set[int] = set()  # sentences left to the parse, whole
    for a, b, i, t in sorted(hits, key=lambda h: (h[2], h[3], h[0])):
        s = doc.sentences[i]
        sent = cache.get(i) or cache.setdefault(i, SentenceView(doc, s.start, s.end))
        events = _events_for(sent, dic.triggers[t], a, b, dic)
        if events is None:
            unsure.add(i)
            continue
        for ev in events:
            found.setdefault((ev.key(), i, ev.evidence), ev)
    found = {k: ev for k, ev in found.items() if k[1] not in unsure}
    for ev in (*speech_accusations(doc, dic), *self_determination_support(doc, dic),
               *joint_forces_cooperation(doc, dic)):
        if not any(k == ev.key() for k, _, _ in found):
            found.setdefault((ev.key(), -1, ev.evidence), ev)
    return not_within_a_bloc(doc, list(found.values()))


_NESTED_CLAUSE = re.compile(
    r",\s+(?:(?:with|to|for|from|against|by|of|on|in|at)\s+)?(?:who|whom|whose|which)\b|"
    r",\s+(?:accusing|saying|calling|urging|warning|adding|describing|"
    r"praising|criticising|criticizing|demanding|blaming|telling)\b")
"""A relative or participial clause: the actor before it need not act in what follows
("Trudeau, whose government matched the U.S. move, accused Trump")."""


_ACT_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:step|move|decision|development|deal|"
                            r"agreement|pact|measure|outcome)\s+(?:that\s+|which\s+)?[a-z]*\s*[A-Z]?")
"""An act described after a comma ("..., a step Beijing has watched closely"): its actors are not the act's."""
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:[a-z]+ed|said|says|"
                          r"announced|told|made|gave|sent|took|agreed|signed|met|spoke|held)\b")
"""A new clause with its own subject after a comma: "..., and the EU announced ..."."""
_WITHDRAWN = re.compile(r"\b(?:back\w* (?:down|off)|walk\w* back|climb\w* down|hold\w* off|drop\w*|"
                        r"refrain\w* from|stopp\w* short of|steer\w* clear of|"
                        r"withdr\w*|abandon\w*|scrap\w*|retract\w*|rescind\w*|delay\w*|postpon\w*|paus\w*|shelv\w*|suspend\w*)\s+(?:on\s+|from\s+)?"
                        r"(?:[\w%.$-]+\s+){0,3}$")
_LIFTED_OWN = re.compile(r"\b(?:drop\w*|lift\w*|withdr\w*|abandon\w*|waiv\w*|end\w*|set\w* aside)\s+"
                         r"(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?$")
_DESPITE_PRESSURE = re.compile(r"\b(?:despite|in defiance of)\s+(?:[\w.'-]+\s+){0,3}?(?:pressure|demands?|calls|"
                               r"appeals|objections|threats|warnings|protests|requests|opposition)\b")
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|'s|'re)\s+(?:\w+ly\s+|also\s+|now\s+)?$")
_ARTICLE_BEFORE = re.compile(r"\b(?:during|on|after|before|following|amid|in|at|since)\s+"
                             r"(?:a|an|the|this|that|his|her|its|their)\s+(?:[\w-]+\s+)?$")
"""A meeting word as the object of a preposition of time ("during a visit to Warsaw", "after a brief stop
in Riga"): a noun with its own actor (not "concluded his visit to Kyiv", whose subject made it)."""
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|"
                                r"nine|ten|dozens of|hundreds of|several|many|other|remaining)\s+$")
_PUSHING = re.compile(r"\bpush(?:es|ed|ing)?\s+(?:[\w%.$-]+\s+){0,3}$")
_BACK_AFTER = re.compile(r"(?:\s+[\w%.$,-]+){0,4}?\s+back\b(?!\s+(?:on|in|into)\b)")
"""A measure pushed back: "pushes the tariff increase on Mexico back by three months"."""
_EASING_NOUN = re.compile(r"\s*(?:" + "|".join(sorted(EASING_NOUNS | {"cut", "cuts", "reduction", "holiday"}))
                          + r")\b")
"""After a measure noun: an easing of it ("the tariff pause", "a tariff cut"), not the measure."""
_ASKED_FOR = re.compile(r"\b(?:(?:request\w*|call\w*|ask\w*|push\w*|bid|appeal\w*|urg\w*)\s+for|"
                        r"request(?:s|ed|ing)?|sought|seek(?:s|ing)?|urg(?:e|es|ed|ing)|"
                        r"propos(?:al|als|ed|es|e|ing)\s+(?:[\w.'-]+\s+){0,6}?to\s+(?:resume|hold|restart|start|open|"
                        r"launch|establish|set up|create))\s+(?:\w+\s+){0,2}$")
_ON_A_DAY = re.compile(r"\s*(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|\d|the\s+(?:phone|sidelines|margins)|weekend|tues|thurs)")
_HYBRID = re.compile(r"\bhybrid\s+$")
_RELATIVE = re.compile(r",\s+(?:(?:with|to|for|from|against|by|of|on|in|at)\s+)?(?:who|whom|whose|which)\b[^,;]*,")


def _guest_at_home(doc: Document, t1: int, end: int) -> bool:
    """The one welcomed is a person named right after the verb, and a capital or residence follows
    them ("welcomed President Lee in Tokyo"), not a thing welcomed ("the tariff cut announced by
    Trump in Washington")."""
    ms = doc.mentions_between(t1, end)
    if not ms or ms[0].person is None or doc.lower[t1:ms[0].start].strip(" ,") not in ("", "the"):
        return False
    return any(m.kind in ("capital", "body") and m.prep in ("in", "at") and m.start - ms[0].end < 40 for m in ms[1:])


def _nested_between(sent: SentenceView, source_start: int, t0: int) -> bool:
    """The actor found for a trigger sits in a relative clause the trigger is not part of
    ("Trudeau, whose government matched the U.S. move, accused Trump": not the U.S.)."""
    low = sent.doc.lower
    for m in _RELATIVE.finditer(low, sent.start, t0):
        if m.start() < source_start < m.end() <= t0:
            return True
    return False


def _events_for(sent: SentenceView, trig: Trigger, t0: int, t1: int, dic: Dictionary
                ) -> list[Event] | None:
    """The events of one trigger match; ``None`` when who acts is a matter of grammar the
    phrase rules do not read (the sentence is then left to the parse, whole)."""
    doc = sent.doc
    clause = sent.clause_at(t0)
    if t1 > clause.end and trig.type != "MOBILIZE":
        t1 = max(clause.end, t0 + 1)
    if trig.type in ("CONSULT", "AGREE") and _UNDONE.search(doc.lower[max(clause.start, t0 - 40):t0]):
        return []  # "terminated trade talks with Canada" is not a consultation
    if not trig.nominal and (_STRANDED.match(doc.lower, doc.lower.rfind(" ", t0, t1) + 1 or t0)
                             or _STRANDED.match(doc.lower, t1 + 1)):
        return []  # "trade experts CTV News spoke with, ...": the partner is no actor of the sentence
    if trig.type == "SUPPORT" and doc.lower.startswith("welcom", t0) and _guest_at_home(doc, t1, clause.end):
        return None  # "welcomed South Korean President Lee in Tokyo": a guest received, for the parse
    if _NO_SIGN.search(doc.lower, max(sent.start, t0 - 80), t0):
        return []  # "There was no indication he had met with Ukrainian officials"
    if (trig.nominal or doc.lower.startswith(("talks ", "negotiations ", "discussions "), t0)) \
            and trig.type in ("CONSULT", "AGREE") and _UNDONE_AFTER.match(doc.lower, t1, clause.end):
        return []  # "trade talks between the two countries have stalled": no round is reported
    if trig.type in ("THREATEN", "SANCTION") and _WITHDRAWN.search(doc.lower[max(clause.start, t0 - 50):t0]):
        return []  # "backed down on his tariff threat": the threat is what is eased
    if trig.nominal and trig.type == "CONSULT" and _BY_MEANS_OF.search(doc.lower, max(clause.start, t0 - 20), t0):
        return []  # "the peaceful resolution of the conflict through dialogue": a means urged, no round held
    if _RESTRAINED.search(doc.lower, max(clause.start, t0 - 40), t0):
        return []  # "has shown restraint in imposing new tariffs on China": not done
    if trig.type == "CONSULT" and not trig.nominal and _PLACE_VISITED.match(doc.lower, t1):
        return []  # "visited a rival submarine facility in Kiel, Germany": a site, not a government
    if trig.type == "REJECT" and _LIFTED_OWN.search(doc.lower[max(clause.start, t0 - 40):t0]):
        return None  # "Hungary dropped its veto of the sanctions": giving way, for the parse
    if trig.type in ("THREATEN", "SANCTION") and _PUSHING.search(doc.lower[max(clause.start, t0 - 50):t0]) \
            and _BACK_AFTER.match(doc.lower, t1, clause.end):
        return []  # "pushes the increase in tariffs on Mexico back by three months": delayed
    if trig.nominal and trig.type == "SANCTION" and _LEVEL_AFTER.match(doc.lower, t1, clause.end):
        return []  # "U.S. tariffs on Chinese goods had peaked at 145% in April": a level, no act
    if trig.nominal and trig.type == "SANCTION" and _EASING_NOUN.match(doc.lower, t1):
        return []  # "extended the tariff pause for Mexico": an easing, read by the parse
    lead = doc.lower[max(sent.start, t0 - 60):t0]
    if trig.type == "REQUEST" and not trig.nominal and doc.lower.startswith("demand", t0) and (
            _DEMAND_AS_NOUN.search(doc.lower, max(clause.start, t0 - 24), t0) or any(
                m.kind == "adjective" and doc.lower[m.end:t0].strip() == "" for m in doc.mentions_between(t0 - 24, t0))):
        return []  # "racing to meet Japanese demand", "rising demand from Mexico": a market's, no demand made
    if trig.type in ("CONSULT", "AGREE") and _TALKS_SOUGHT.search(lead) and not _INF_OK.search(lead):
        return []  # "dropped its tax to get trade talks with Washington restarted": sought, not held
    if not trig.nominal and _PROGRESSIVE_BEFORE.search(doc.lower, max(clause.start, t0 - 20), t0) \
            and doc.lower[t0:t1].split(" ", 1)[0].endswith("ing") and FUTURE_TIME.search(doc.norm, clause.start, clause.end):
        return []  # "Carney is visiting Japan next week": the present progressive of a plan
    if trig.type == "CONSULT" and not trig.nominal and _ARTICLE_BEFORE.search(doc.lower, max(clause.start, t0 - 30), t0):
        return []  # "during a visit to Warsaw": a noun, read by the noun patterns with its own actor
    if trig.type == "COERCE" and not trig.nominal and _DETERMINER_BEFORE.search(doc.lower[max(clause.start, t0 - 20):t0]):
        return []  # "released six detained Americans": a participle naming the people, no act here
    if trig.type == "CONSULT" and trig.nominal and doc.lower.startswith("call", t0) \
            and _APPEAL_BEFORE.search(doc.lower, max(clause.start, t0 - 30), t0):
        return []  # "rejected the ceasefire call": an appeal, not a phone call
    if trig.type == "CONSULT" and _TALKS_OWNED_IN_PASSING.search(
            doc.lower, max(clause.start, t0 - 40), t0):
        return []  # "a priority in its negotiations with Washington", "on their respective talks with": a topic
    if trig.type == "CONSULT" and _IN_TALKS.search(doc.lower, max(clause.start, t0 - 40), t0 + 8):
        return []  # "Ankara is also in talks with Qatar": a standing state, no round reported
    if trig.type == "CONSULT" and not trig.nominal and _AVOIDED_TRAVEL.search(doc.lower, max(clause.start, t0 - 25), t0):
        return []  # "advised its citizens to avoid traveling to Japan": a travel warning, no visit
    if trig.type == "CONSULT" and _VISITING_FORCES.match(doc.lower, t0):
        return []  # "visiting-forces agreements": the name of a kind of pact, no visit
    if trig.type == "CONSULT" and not trig.nominal and _MET_A_TARGET.match(doc.lower, t0):
        return []  # "has already met NATO's 2 per cent of GDP spending target": reached, not a meeting
    if trig.type == "CONSULT" and _JOINING_REMOTELY.search(doc.lower, sent.start, sent.end):
        return None  # "met al-Sharaa in Riyadh, with Erdogan joining by phone": three parties, for the parse
    if trig.type == "CONSULT" and trig.nominal and _CONCLUDED_TALKS.search(doc.lower[max(clause.start, t0 - 60):t0]):
        return None  # "announced the successful conclusion of trade negotiations with Ecuador": a deal, for the parse
    if trig.type == "CONSULT" and _ASKED_FOR.search(doc.lower[max(clause.start, t0 - 40):t0]):
        return []  # "filed a request for consultations": asked for, not held
    if trig.type in ("CONSULT", "AGREE"):
        if trig.nominal and _PROPOSED_THAT.search(doc.lower, max(sent.start, t0 - 120), t0):
            return []  # "proposed that Russia and Ukraine restart direct negotiations": asked for, not held
        appositive = _APPOSITIVE_BEFORE.search(doc.lower, max(sent.start, t0 - 60), t0)
        if appositive is not None and _FUTURE_MAIN.search(doc.lower, sent.start, appositive.start()):
            return []  # "Modi will leave for Tianjin ..., his first visit to China in seven years": still to come
    if trig.nominal and trig.type in ("CONSULT", "AGREE") and _IN_PASSING.search(
            doc.lower[max(clause.start, t0 - 64):t0]):
        return []  # "amid ongoing trade talks between Ottawa and Washington": talks in passing
    if trig.type == "AGREE" and not trig.nominal and _TO_A_DEMAND.match(doc.lower, t0):
        return None  # "agreed to a long-standing U.S. request": a concession, for the parse
    if trig.type == "REQUEST" and _ANSWERED_DEMAND.search(doc.lower[max(clause.start, t0 - 40):t0]):
        return None  # "meeting a key demand from Washington": whose demand is for the parse to read
    judged = _JUDGED_WORDS.match(doc.lower, t1) if trig.type in JUDGING_TYPES and not trig.nominal else None
    if judged is not None and not doc.mentions_between(t1, judged.end()) \
            and not _AUTHOR_AFTER.match(doc.lower, judged.end()) \
            and doc.mentions_between(judged.end(), sent.end) and "," in doc.lower[judged.end():sent.end]:
        return None  # "Beijing rejected the criticism, saying Taiwan ...": the act judged is told before
    if trig.type == "CONSULT" and not trig.nominal and _HOSTED_FORCES.match(doc.lower, t1):
        return []  # "has hosted American troops since the war": a presence, not a visit
    after_verb = doc.lower.find(" ", t0, t1) + 1 or t1  # the span after the trigger's first word
    if trig.type == "SANCTION" and not trig.nominal and (
            _LOWERED_IN_SPAN.search(doc.lower, t0, t1) or _REMOVED_IN_SPAN.search(doc.lower, after_verb, t1)):
        return []  # "began applying a lower 15 percent tariff", "announced he would remove all sanctions": easing
    if (trig.nominal or doc.lower.startswith("sanction", t0)) and trig.type == "SANCTION" and (
            _REMOVAL.search(doc.lower[max(clause.start, t0 - 50):t0])
            or _CONTESTED.search(doc.lower[max(clause.start, t0 - 50):t0])
            or _DISPUTED_OVER.search(doc.lower[max(clause.start, t0 - 160):t0])):
        return []  # "removing all of Canada's tariffs", "a challenge of U.S. duties" impose nothing
    if _ON_A_DAY.match(doc.lower, t1) and doc.lower[t0:t1].rstrip().endswith(" on"):
        return []  # "held a video call on Thursday": a date, not "called on X to ..."
    source, passive, window_start = _source(sent, clause, trig, t0, t1)
    if trig.type == "RETREAT" and not trig.nominal:
        owner = next((g for g in sent.groups_in(t0, t1) if g.possessive and g.strong_codes), None)
        if owner is not None:  # "by removing all of Canada's tariffs on US goods": the owner eases them
            source = owner
    if source is not None and _nested_between(sent, source.start, t0):
        return None
    if trig.type in RECIPROCAL_TYPES and not trig.nominal and _AND_THEN.search(doc.lower, clause.start, t0) and any(
            g.prep == "with" for g in sent.groups_in(clause.start, t0)):
        return None  # "A and B spent an hour with Vance and agreed to ...": partners of the verb before
    if source is not None and not passive and not trig.nominal and trig.type not in RECIPROCAL_TYPES \
            and _AND_THEN.search(doc.lower, source.end, t0):
        # "Wang Yi accused Tokyo of ... and demanded that ...": Tokyo is the first verb's object; the
        # second verb shares the first one's subject
        shared = next((g for g in sent.groups_in(clause.start, source.start)
                       if g.prep is None and _subject_like(doc, g)), None)
        if shared is not None:
            source = shared
    reciprocal = trig.type in RECIPROCAL_TYPES
    targets = _targets(sent, clause, trig, t0, t1, source, reciprocal)
    if passive:
        agents = [g for g in sent.groups_in(t1, clause.end) if g.prep == "by"]
        if not agents or source is None:
            return []
        source, targets = agents[0], [source]
    # The window runs through the trigger: "announced he would not double the tariffs".
    first = _FIRST_TOKEN.match(doc.lower[t0:t1])
    window = doc.lower[window_start:t0] + " " + doc.lower[t0 + (first.end() if first else 0):t1]
    type_ = _resolve_type(trig, window, doc.lower[window_start:t0], doc.lower[sent.start:sent.end],
                          clause.lead)
    if _PREVENTED.search(doc.lower, clause.start, t0):
        type_ = None  # "the dispute has prevented the two countries from signing a peace treaty"
    if source is not None and _NONE_OF.search(doc.lower, max(clause.start, source.start - 12), source.start):
        type_ = None  # "no U.S. delegation was accredited for the summit": none of them acted
    if type_ == "CONSULT" and (_PLACES_MEET.search(doc.lower, clause.start, t1) or _SHIP_VISIT.match(doc.lower, t1)
                               or _SHIP_VISIT_BEFORE.search(doc.lower, max(clause.start, t0 - 12), t0)):
        type_ = None  # "the area where Thailand, Cambodia and Laos meet", "the visit of the USS Gravely": no talks
    if type_ is None or historical(doc, act_part(doc.norm[clause.start:clause.end], t1 - clause.start)):
        return []
    if source is not None and trig.nominal and trig.type == "SUPPORT" and _CRITICISED_BEFORE.search(
            doc.lower, max(clause.start, source.start - 60), source.start):
        return []  # "denounced Washington's support for Israel's war": the support criticised, no act told
    if source is not None and not trig.nominal and _ASKED_THAT.search(doc.lower, sent.start, source.start):
        return []  # "Washington demanded that Mexico scrap its tariffs": asked for, not done
    if type_ == "ASSAULT" and (doc.in_quote(t0) or _HYBRID.search(doc.lower, max(clause.start, t0 - 12), t0)):
        return []  # '"Russia is waging a hybrid war on Polish soil," the minister said': words
    if type_ == "SANCTION" and trig.nominal and _REMOVED_AFTER.search(doc.lower[t1:clause.end]):
        type_ = "RETREAT"
    if type_ in ("SANCTION", "THREATEN") and _ON_HOLD.search(doc.lower, max(clause.start, t0 - 60), clause.end):
        type_ = "RETREAT"  # "put on hold a threatened 50% tariff", "put its countermeasures on ice"
    if (type_ == "SANCTION" or type_ == "ASSAULT" and trig.nominal) and _MODAL_AFTER.match(doc.lower, t1, sent.end):
        # ("U.S. strikes on targets inside Venezuela could follow": force held out)
        type_ = "THREATEN"  # "put Ottawa on notice that lumber duties could double": may come
    if type_ == "SANCTION" and starts_later(doc.norm[clause.start:clause.end], doc.published):
        type_ = "THREATEN"  # "a 35% tariff on Canadian goods starting Aug. 1": announced, not in force
    if type_ == "SANCTION" and _ANNOUNCED_PLAN.search(doc.lower[window_start:t1]):
        type_ = "THREATEN"  # "announced plans last month to triple duties": not yet imposed
    date = find_date(doc.norm[clause.start:clause.end], doc.published) or find_date(
        doc.norm[sent.start:sent.end], doc.published)
    quote = evidence(doc, clause.start, clause.end, t0)
    own = _NEXT_CLAUSE.search(doc.norm, t1, clause.end)  # "..., and the EU announced €2 billion"
    if type_ == "SUPPORT" and not (not trig.nominal and _PRAISE_VERB.match(doc.lower, t0)) and (
            _MONEY.search(doc.norm, clause.start, own.start() if own else clause.end)
                               or _MATERIAL_SUPPORT.search(doc.lower, max(clause.start, t0 - 30), min(clause.end, t1 + 30))):
        type_ = "AID"  # "$4.3 billion in new support for Ukraine", "new financial support": aid, as in the parse
    if type_ == "RETREAT" and doc.lower.startswith("lift", t0) and _RAISED_TO.search(doc.lower, t1, clause.end):
        type_ = "SANCTION"  # "lifted the combined levy on Canadian producers to 35.19 per cent": raised
    if type_ == "AID" and _TO_GOODS.search(doc.lower, t0, clause.end):
        type_ = "RETREAT"  # "extended the same relief to Canadian goods": tariff relief, not aid
    if type_ == "AID" and _AID_STOPPED.search(doc.lower, max(clause.start, t0), t1):
        return []  # "announced he was halting aid payments to Colombia": aid cut, not given
    weight = dic.weight(type_)
    pairs: list[tuple[str, str | None]] = []
    if type_ == "MOBILIZE":
        if source is not None:
            pairs = [(c, None) for c in source.strong_codes]
    elif reciprocal:
        if type_ == "AGREE" and (_WITNESSED.match(doc.lower, t0) or _WITNESSED_BEFORE.search(
                doc.lower, max(clause.start, t0 - 30), t0)) and any(g.prep == "between" for g in targets):
            source = None  # "Trump witnessed the signing of a declaration between Thailand and Cambodia": no party
        pairs = _reciprocal_pairs(sent, clause, source, targets, t0, trig.nominal, type_ == "AGREE")
    elif source is not None and type_ == "RETREAT" and _EASING_START.match(doc.lower, t0) and (inner := [
            m.code for m in doc.mentions_between(t0, t1) if not m.weak and m.code not in source.codes]):
        # "Sheinbaum secured a one-month pause of U.S. tariffs": the measure's owner eases it, for the subject
        pairs = [(inner[0], b) for b in source.strong_codes]
    elif source is not None:
        tcodes = [c for g in targets for c in g.codes]
        despite = _DESPITE_PRESSURE.search(doc.lower, t1, sent.end) if type_ == "REJECT" else None
        if despite is not None:  # "refused to stop buying Russian oil despite U.S. pressure": the one pressing
            tcodes = [m.code for m in doc.mentions_between(despite.start(), despite.end()) if not m.weak] or tcodes
        pairs = [(a, b) for a in source.strong_codes for b in tcodes]
        if type_ == "REQUEST" and _CALLED_ON.match(doc.lower, t0) and not _asks_to_do(doc, t1, sent.end):
            # "also called on Prime Minister Narendra Modi": a courtesy call, not an appeal (no "to ...")
            type_, weight = "CONSULT", dic.weight("CONSULT")
            pairs += [(b, a) for a, b in pairs if b is not None]
    return [
        Event(a, type_, b, date if isinstance(date, dt.date) else None, quote, weight)
        for a, b in dict.fromkeys(pairs) if a != b
    ]


def _reciprocal_pairs(sent: SentenceView, clause: Clause, source: Group | None, targets: list[Group],
                      t0: int, nominal: bool = False, agreement: bool = False) -> list[tuple[str, str | None]]:
    """Pairs among the parties: the actor with each partner; a coordinated subject
    ("Carney and Xi spoke") or a "between" list among themselves."""
    pairs: list[tuple[str, str | None]] = []
    doc = sent.doc
    targets = [g for g in targets  # "relations between Tokyo and Beijing", "the waters between"
               if not (g.prep == "between" and _NOT_PARTIES.search(doc.lower, max(clause.start, t0), g.start))]
    if source is not None and len(source.strong_codes) >= 2 and source.end <= t0:
        # "The United States, Egypt, Qatar and Turkiye signed a declaration ... as guarantors of a ceasefire
        # agreement between Israel and Hamas": the subject names the parties; another pact's are not them
        targets = [g for g in targets if g.prep != "between" or set(g.codes) <= set(source.codes)]
    if nominal and source is not None and len(source.codes) > 1 and source.end <= t0 \
            and _NOT_SUBJECT_GAP.search(doc.lower, source.end, t0):
        source = None  # "singling out Spain and Canada at the close of a summit": no subject

    def among(codes: list[str]) -> None:
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                pairs.extend([(a, b), (b, a)])

    mine = (source.codes if source.compound else source.strong_codes) if source is not None else []
    for g in sent.groups_in(clause.start, clause.end):
        if g.compound and abs(g.start - t0) < 60:  # "Canada-EU talks"
            among(g.codes)
    partners = [c for g in targets for c in g.codes]
    if source is not None and _ALONG_WITH.search(
            doc.lower[max(sent.start, source.start - 45):source.start]):
        # the subject is the group before "along with": each of it with each of these
        lead = [g for g in sent.groups_in(sent.start, source.start) if g.prep is None]
        if lead:
            partners = [*source.codes, *partners]
            mine = lead[-1].strong_codes
    if source is not None:
        for a in mine:
            for b in partners:
                pairs.extend([(a, b), (b, a)])
        if not partners or agreement:
            among(mine)  # "Britain and France signed a declaration with Ukraine": all three signed
    for g in targets:
        if g.prep == "between":
            among(g.codes)
    return pairs
