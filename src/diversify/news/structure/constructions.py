"""The self-contained constructions tried on each word before the lexicon, in order (the first that
gives pairs decides the word; some start from a verb only), and whether the act a construction
read happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.structure.concessions import (
    _averting,
    _concession_described,
    _done_under_pressure,
    _in_exchange,
    _placating,
    _suspects_handed,
    _yielded_to_pressure,
)
from diversify.news.structure.criticism import _protest_led, _walked_out, _wrongdoing_said
from diversify.news.structure.demands import _asked_in_a_noun, _at_the_request, _wish_for_another
from diversify.news.structure.force import (
    _airspace_intruded,
    _fire_exchanged,
    _forces_moved,
    _forces_withdrawn,
    _in_an_exercise,
    _intrusion_denied,
    _missiles_tested,
)
from diversify.news.structure.measures import (
    _easing_named,
    _expelled_from,
    _measure_declared,
    _measure_hits,
)
from diversify.news.structure.meetings import (
    _acting_together,
    _agreed_with,
    _brought_together,
    _in_coordination_with,
    _joined_led_exercise,
    _joint_appearance_abroad,
    _met_where_agreed,
    _sale_approved,
)
from diversify.news.structure.modality import _ancestor_conditional, _real, _told_by_analysts
from diversify.news.structure.refusals import (
    _decided_not_by,
    _kept_off_the_table,
    _not_for_sale,
    _refused_in_apposition,
    _said_no,
    _will_not_comply,
)
from diversify.news.structure.threats import (
    _acting_to_prevent,
    _consequence_warned,
    _kept_on_the_table,
    _marked_as_a_cause_of_war,
    _marked_as_targets,
    _response_warned,
    _threat_answered,
    _threat_drawn,
    _unless_another_acts,
    _warned_in_idiom,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


_CONSTRUCTIONS = (
    ("ASSAULT", _airspace_intruded),  # "three Russian MiG-31s violated Estonian airspace"
    ("REJECT", _intrusion_denied),  # "Moscow denies its jets entered Estonian airspace"
    ("CONCEDE", _yielded_to_pressure),  # "backed down under EU pressure", "bowing to pressure from Washington"
    ("CONCEDE", _placating),  # "one of several border steps Ottawa has taken to placate Washington"
    ("CONCEDE", _averting),  # "sent 10,000 troops to the border to avert Trump's tariffs"
    ("CONCEDE", _in_exchange),  # "agreed to suspend its export controls in exchange for a cut in U.S. tariffs"
    ("CONCEDE", _done_under_pressure),  # "withdrew from the Belt and Road Initiative under pressure from Washington"
    ("CONCEDE", _concession_described),  # "..., a climbdown in its dispute with Beijing", "... to placate Washington"
    ("THREATEN", _kept_on_the_table),  # "nothing was off the table regarding Greenland"
    ("THREATEN", _threat_answered),  # "Lula lambasted Trump's threatened 50% tariff"
    ("COERCE", _expelled_from),  # "Two Estonian diplomats were ordered out of Moscow"
    ("AGREE", _sale_approved),  # "approved the sale of weapons worth $11.1 billion to Taiwan"
    ("AGREE", _agreed_with),  # "under a trade deal struck with the United States in July, Japan ..."
    ("PROTEST", _walked_out),  # "walked out of a G20 session when Lavrov began to speak"
    ("THREATEN", _warned_in_idiom),  # "said the Philippines was playing with fire", "warned Tokyo would regret it"
    ("THREATEN", _consequence_warned),  # "warned that any Greek vessel ... would be met by the Turkish navy"
    ("THREATEN", _marked_as_targets),
    ("THREATEN", _response_warned),  # "said a Chinese attack on Taiwan could trigger a military response from Tokyo"  # "Moscow said any British troops in Ukraine would be legitimate targets"
    ("THREATEN", _unless_another_acts),  # "he could let the agreement lapse unless Canada treated farmers fairly"
    ("THREATEN", _threat_drawn),  # "..., prompting Pyongyang to warn of merciless retaliation"
    ("THREATEN", _marked_as_a_cause_of_war),  # "would be treated as legitimate targets", "as an act of war"
    ("REQUEST", _asked_in_a_noun),  # "issued an ultimatum to Chisinau", "despite pressure from Washington"
    ("REQUEST", _at_the_request),
    ("REQUEST", _wish_for_another),  # "emphasised Trump's desire for each NATO member to dedicate 5% of GDP"  # "lifted sanctions on Syria at the request of the Saudi crown prince"
    ("ACCUSE", _wrongdoing_said),  # "Rubio said China was cheating on trade"
    ("REJECT", _not_for_sale),  # "Carney told Trump in the Oval Office that Canada is not for sale"
    ("REJECT", _will_not_comply),  # "Warsaw would not implement the EU's relocation scheme"
    ("REJECT", _kept_off_the_table),  # "will not put its dairy sector on the table in the talks with Washington"
    ("RETREAT", _forces_withdrawn),  # "Israel withdrew its troops from ... southern Lebanon"
    ("CONSULT", _met_where_agreed),  # (and "agreed ... at a bilateral summit")
    ("CONSULT", _brought_together),
    ("CONSULT", _joint_appearance_abroad),  # "Carney said at a joint press conference in Mexico City"  # "the summit brought together Starmer and key EU leaders"  # "signed a framework in Abu Dhabi", "agreed on the sidelines of the G7"
    ("COOPERATE", _acting_together),  # "Canadian and Danish troops trained alongside each other"
    ("COOPERATE", _in_coordination_with),  # "announced the sanctions in coordination with Britain and Australia"
    ("COOPERATE", _joined_led_exercise),  # "Canada joined the US-led exercise in the Pacific"
    ("SANCTION", _measure_hits),
    ("SANCTION", _measure_declared),  # "announced the closure of its airspace to all Indian airlines"  # "raised his tariffs on foreign steel to 50%, a move that hit Canada"
    ("CONCEDE", _suspects_handed),  # "Mexico sent 32 alleged cartel figures to the United States"
    ("MOBILIZE", _in_an_exercise),  # "About 2,600 Canadian soldiers are taking part in a cold-weather exercise"
    ("MOBILIZE", _missiles_tested),  # "North Korea fired several cruise missiles into the sea"
    ("REJECT", _decided_not_by),  # "the island's future will be decided in Nuuk, not in Washington"
    ("REJECT", _said_no),  # "South Korea said no to an American demand"
    ("REJECT", _refused_in_apposition),  # "Washington had asked Ottawa to ..., a request Canadian officials rebuffed"
    ("RETREAT", _easing_named),  # "Ottawa's scrapping of its surtax on US steel drew praise from Washington"
    ("MOBILIZE", _forces_moved),  # "Four Chinese coast guard vessels sailed through waters around the Senkakus"
    ("THREATEN", _acting_to_prevent),  # "Israel would act alone, if necessary, to prevent Iran from rebuilding"
    ("PROTEST", _protest_led),  # "Maduro led thousands of supporters through Caracas in a march against U.S. aggression"
    ("ASSAULT", _fire_exchanged),  # "Indian and Pakistani troops traded artillery fire": both ways
)
"""Constructions read from one word and its parse alone, tried in order before the lexicon: the
first that gives pairs decides the word."""
_VERB_ONLY = frozenset({_yielded_to_pressure, _placating, _averting, _done_under_pressure, _consequence_warned,
                        _unless_another_acts, _threat_drawn, _wrongdoing_said, _will_not_comply, _forces_withdrawn,
                        _acting_together, _measure_hits, _suspects_handed, _missiles_tested, _decided_not_by,
                        _forces_moved, _protest_led, _brought_together, _in_coordination_with,
                        _joined_led_exercise, _measure_declared, _response_warned})
"""Constructions that start from a verb only (each checks its word is one): not tried on nouns."""
_NOUN_CONSTRUCTIONS = tuple((typ, rule) for typ, rule in _CONSTRUCTIONS if rule not in _VERB_ONLY)


def _construction_holds(typ: str, t: Token) -> bool:
    """Whether a construction's act happened: joint action must be real; giving way must not hang
    on a condition (a concession told as a participle of a planned act still counts: "would leave
    the initiative, bowing to pressure from Washington"); the others check themselves."""
    if typ in ("COOPERATE", "ASSAULT"):
        return _real(t)  # "Azerbaijani and Armenian troops did not exchange fire": no clash
    if typ == "THREATEN":
        return not _told_by_analysts(t)  # "..., a RAND Corporation study concluded": a forecast
    if typ == "CONCEDE":
        return not _ancestor_conditional(t)
    return True
