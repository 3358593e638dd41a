"""Events from a dependency parse: who did what to whom, read from grammar.

The fast path (:mod:`diversify.news.events`) matches reviewed phrases inside
clauses. This second pass reads the roles from a statistical dependency parse
(:mod:`diversify.news.parser`) and the broad lexicon (:mod:`diversify.news.verbs`):

* only sentences that hold an actor mention and a lexicon word are parsed;
* a verb's actor is its subject (``nsubj``; coordination "Canada and the EU
  signed"; apposition "the prime minister, Mark Carney"; a verb joined by
  "and" or an open complement shares its head's subject; a relative clause
  takes its antecedent); a passive's actor is its ``by`` agent and its
  subject is the target;
* its target is an actor inside its object or inside a prepositional phrase
  the type allows ("lashed out *at* Washington", "tariffs *on* Canadian
  goods"), never inside a nested clause;
* an event noun ("talks", "a call", "tariffs", "criticism") takes as actor its
  possessor ("Trump's tariffs"), an actor modifier ("U.S. tariffs",
  "Canada-EU summit"), its agent ("by", "from"), or the subject of the verb
  that governs it ("held talks with", "after a phone conversation with");
* modals, planning verbs ("plans to", "is set to"), conditions and negation
  make an act unreal, except the negations the labels code ("would not rule
  out force" threatens, "will not double the tariffs" retreats); a clause
  naming an earlier year than the article's is history.

Actors and targets are taken from one sentence only, the precision guard
against joining unrelated parts of a story.

The modules, from the entry points down:

* :mod:`.driver` the entry points and which sentences are parsed;
  :mod:`.selection` and :mod:`.earlier_acts` what it decides that from;
* :mod:`.sentence` the events of one parsed sentence, trying
  :mod:`.constructions` first, then the lexicon's type with the pairs of
  :mod:`.verb_pairs` or :mod:`.noun_pairs` (their targets from
  :mod:`.targets`) and the type :mod:`.resolve` gives an unreal act;
* one module per kind of construction: :mod:`.threats`, :mod:`.retaliation`,
  :mod:`.demands`, :mod:`.concessions`, :mod:`.refusals`, :mod:`.meetings`,
  :mod:`.aid`, :mod:`.force`, :mod:`.criticism`, :mod:`.measures`;
* beneath them :mod:`.demand_authors`, :mod:`.verb_words`, :mod:`.modality`
  (whether an act was done), :mod:`.subjects` (who acts), :mod:`.tokens`
  (grammar) and :mod:`.words` (word lists several rules share).
"""

from __future__ import annotations

from diversify.news.structure.driver import structured_events, structured_events_many

__all__ = ["structured_events", "structured_events_many"]
