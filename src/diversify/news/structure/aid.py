"""Aid (AID): money given for another actor (not for one's own defence, not what goods are worth),
equipment or supplies handed to another state rather than goods traded or words sent, more aid
for the recipient named just before, another state's forces trained, and training missions
extended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.modality import _unreal
from diversify.news.structure.subjects import _actors_under, _codes, _subject, _subject_codes
from diversify.news.structure.tokens import _prep_as_dative
from diversify.news.structure.words import _DIRECT
from diversify.news.triggers import inflect
from diversify.news.verbs import SERVICE_MEMBERS, Lexicon, words_money

if TYPE_CHECKING:
    from spacy.tokens import Token


def _money_for_actor(t: Token, lex: Lexicon, after: list[str], heads: dict[int, list[Mention]]) -> bool:
    """A verb of giving with a sum "for" a named actor: "pledged $2 billion for Ukraine"."""
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] or not words_money(after) or not _NOT_GIVEN.isdisjoint(after):
        return False
    subj, _ = _subject(t)
    own = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()

    def names_another(p: Token) -> bool:
        return any(m.code not in own for x in p.subtree for m in heads.get(x.i, ()))

    # "released $20 million from its central emergency fund for Sudan"
    holders = [c for c in t.children if c.dep_ in _DIRECT]
    holders += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    # "announced 150 million pounds of drones for Ukraine": what the sum buys
    holders += [g for c in holders if c.dep_ in _DIRECT for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    if any(p.dep_ == "prep" and p.lower_ == "for" and names_another(p) for c in holders for p in c.children):
        return True
    # "committed A$600 million to Papua New Guinea's police", "deposited $3 billion with Pakistan's
    # central bank", "extended a $20 billion swap line to Argentina"
    if any((p.dep_ == "prep" or _prep_as_dative(p)) and p.lower_ in ("to", "with") and names_another(p)
           and not any(x.lower_ in _NOT_RECIPIENTS for x in p.subtree)
           for c in (t, *(c for c in t.children if c.dep_ in _DIRECT)) for p in c.children):
        return True
    # "gave Papua New Guinea A$600 million", "pledged 10 billion crowns to help Ukraine buy air defence"
    return any(c.dep_ == "dative" and heads.get(c.i) and names_another(c) for c in t.children) \
        or bool([c for c in _helped(t, heads) if c not in own])


_HELPING = frozenset({"help", "helps", "helping", "assist", "support", "enable", "allow", "pay", "fund",
                      "finance", "cover", "rebuild"})
"""Verbs of a purpose clause that name whom a sum helps: "pledged $60 million to pay the salaries of
Lebanese soldiers"."""


_AID_PURPOSES = frozenset({"supplies", "food", "medical", "medicine", "medicines", "humanitarian", "generators",
                           "repairs", "reconstruction", "relief", "shelter", "aid", "assistance", "demining",
                           "refugees", "grid", "heating", "water", "vaccines", "tents"})
"""What a sum given for something, not someone, is aid for: "C$30 million for food and medical supplies"."""
_FOLLOWING = frozenset(w for v in ("follow", "add", "match") for w in inflect(v))


def _more_aid(t: Token, heads: dict[int, list[Mention]], lex: Lexicon, aid: list[str] | None
              ) -> list[tuple[str, str]]:
    """A sum for relief that names no recipient, told beside or after another's aid, goes to the
    same recipient: "The UAE pledged US$100 million for Gaza, while Canada announced C$30 million
    for food and medical supplies", "Canada followed with C$220 million for generators"."""
    if aid is None or not t.tag_.startswith("VB") or t.dep_ in ("amod", "acl", "relcl"):
        return []
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] and t.lower_ not in _FOLLOWING:
        return []
    after = [w for w in t.subtree if w.i > t.i]
    words = {w.lower_ for w in after}
    if not words_money(list(words)) or _AID_PURPOSES.isdisjoint(words) or not _NOT_GIVEN.isdisjoint(words):
        return []
    modal, negated, _ = _unreal(t)
    if modal or negated:
        return []
    src = _subject_codes(t, heads) or []
    if not src or aid[1] in src or any(m.code not in src for w in after for m in heads.get(w.i, ())):
        return []  # a recipient named here is for the other rules
    return [(a, aid[1]) for a in src]


_PROCURING = frozenset(w for v in ("buy", "purchase", "procure", "acquire") for w in inflect(v))


def _helped(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Whom a purpose clause says a gift helps: "pledged 10 billion crowns to help Ukraine buy air
    defence", or buys for: "committed US$500 million to buy American weapons for Ukraine"."""
    purposes = [c for c in t.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    helped = _codes((m for c in purposes if c.lower_ in _HELPING
                     for o in c.children if o.dep_ in ("dobj", "nsubj", "ccomp")
                     for m in heads.get(o.i, ()) or _actors_under(o, heads, skip_preps=True)[:1]), acting=False)
    return helped + _codes((m for c in purposes if c.lower_ in _PROCURING
                            for h in (c, *(o for o in c.children if o.dep_ == "dobj")) for p in h.children
                            if p.dep_ == "prep" and p.lower_ == "for"
                            for m in _actors_under(p, heads, skip_preps=True)), acting=False)


_HANDING = frozenset({"handed", "hands", "hand", "handing", "donated", "donates", "donate", "donating",
                      "gifted", "gifts", "gift", "delivered", "delivers", "deliver", "delivering",
                      "supplied", "supplies", "supply", "supplying", "transferred", "transfers",
                      "transfer", "airlifted", "airlifts", "provide", "provides", "provided", "providing"})
_NOT_GIFTS = frozenset({
    "message", "messages", "letter", "letters", "note", "notes", "response", "reply", "proposal", "proposals",
    "memorandum", "memorandums", "memoranda", "memo", "draft", "plan", "plans", "text", "terms", "vision",
    "list", "statement", "invitation", "warning", "ultimatum", "demand", "demands", "request", "document",
    "documents", "credentials", "speech", "address", "remarks", "verdict", "blow", "rebuke", "power",
    "control", "command", "presidency", "chairmanship", "baton", "suspect", "suspects", "detainees",
    "prisoners", "bodies", "remains", "figures", "members", "fugitives", "nationals", "citizens", "migrants",
    "people", "individuals", "goods", "exports", "oil", "gas", "lng", "crude", "barrels", "cargo", "cargoes",
    "shipment", "shipments", "orders", "order", "tonnes", "tons", "details", "information", "data", "evidence",
    "assurances", "guarantees", "explanation", "update", "updates", "briefing", "answers", "clarification",
    "names", "access", "platform", "venue", "opportunity", "framework"})


def _handed_to(t: Token, heads: dict[int, list[Mention]]) -> list[str]:
    """Actors other than the subject's that ``t`` hands something "to"."""
    subj, passive = _subject(t)
    if passive:
        return []
    own = set(_codes(_actors_under(subj, heads, skip_preps=True), acting=True)) if subj is not None else set()
    holders = (t, *(c for c in t.children if c.dep_ == "dobj"))  # the parser hangs "to" on either
    return [m.code for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children for m in _actors_under(p, heads, skip_preps=True) if m.code not in own]


def _handed_to_another(t: Token, heads: dict[int, list[Mention]]) -> bool:
    """Equipment or supplies handed, donated or delivered to another state: aid, whatever the
    object is called ("handed over three destroyer escorts to the Philippine navy"); never a
    message, a demand, power or people handed over, nor goods delivered under trade."""
    if t.lower_ not in _HANDING and t.lower_ not in _SENDING:
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _NOT_GIFTS or heads.get(obj.i):
        return False
    if t.lower_ in _SENDING and _AID_CARGO.isdisjoint(w.lower_ for w in obj.subtree):
        return False  # "sent troops", "sent a letter", "shipped 25,000 cars": not a gift of arms or relief
    if t.lower_ in _SENDING and any(w.lower_ in SERVICE_MEMBERS for w in obj.subtree):
        return False  # "sent 200 soldiers and two F-35 jets to Greenland": a deployment, its jets with it
    return bool(_handed_to(t, heads))


_SENDING = frozenset({"sent", "sends", "send", "sending", "shipped", "ships", "ship", "shipping", "rushed",
                      "rushes", "rush", "rushing"})
_AID_CARGO = frozenset({"tanks", "howitzers", "missiles", "munitions", "ammunition", "shells", "weapons", "arms",
                        "rifles", "interceptors", "armoured", "armored", "military", "humanitarian", "medical",
                        "relief", "aid", "air-defence", "air-defense", "patriot", "fighter", "jets", "battery",
                        "batteries", "thaad", "himars", "artillery", "drones", "interceptor", "rescue",
                        "emergency", "supplies", "food", "medicine", "medicines", "tents", "vaccines"})
"""What is sent as aid ("sent 25 armoured vehicles to Ukraine", "shipped medical supplies to Gaza"), not
troops, envoys, letters or goods sold."""


_TRADE_FLOWS = frozenset({"imports", "exports", "purchases", "sales", "revenues", "revenue", "trade",
                          "payments", "receipts"})
_GOODS = frozenset({"goods", "products", "shipments", "cargo", "cargoes", "oil", "gas", "steel", "cars",
                    "vehicles", "crude", "grain", "lumber", "merchandise"})
"""What is shipped, not who travels: "Canadian goods go to the United States"."""
def _shipped(subj: Token | None) -> bool:
    """The subject is goods or a trade flow (or a share of one): "12% of Brazilian exports"."""
    if subj is None:
        return False
    words = {subj.lower_} | {p.lower_ for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"}
    return not words.isdisjoint(_TRADE_FLOWS | _GOODS)


_NOT_GIVEN = frozenset({"worth", "valued", "value", "reward", "bounty", "tonnes", "tons", "barrels", "goods",
                        "exports", "imports", "merchandise"})
"""A sum that is what goods are worth or a reward, not money given: "shipped 600,000 tonnes to the EU,
worth C$1.1 billion", "offers a reward of $50 million for information"."""
_NOT_RECIPIENTS = frozenset({"%", "per", "percent", "cent", "tariff", "tariffs", "duties", "goods",
                             "exports", "imports", "products"})


_DEFENCE_WORDS = frozenset({"defence", "defense", "military", "surveillance", "ammunition",
                            "armed", "navy", "army", "submarines", "frigates", "jets", "drones"})


def _money_for_defence(t: Token, lex: Lexicon, after: list[str], heads: dict[int, list[Mention]]
                       ) -> bool:
    """A verb of giving with a sum for the actor's own defence and no other actor named."""
    base = lex.object_lemmas.get(t.lower_, "").split(" ")[0]
    if base not in lex.objects["AID_VERBS"] or not words_money(after) or not _DEFENCE_WORDS & set(after):
        return False
    subj, _ = _subject(t)
    own = {x.i for x in subj.subtree} if subj is not None else set()
    return not any(heads.get(w.i) for w in t.subtree if w.i not in own)


_EXTENDING = frozenset({"extend", "extends", "extended", "extending", "expand", "expands", "expanded",
                        "expanding", "renew", "renews", "renewed", "renewing", "prolong", "prolongs", "prolonged"})


def _training_extended(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Extending a mission that trains another country's forces is aid to it (the labels'
    clarification): "extended Operation Interflex, its programme to train Ukrainian recruits"."""
    if t.lower_ not in _EXTENDING or any(c.dep_ == "neg" for c in t.children):
        return []
    objects = [c for c in t.children if c.dep_ == "dobj" or (c.dep_ in ("advcl", "xcomp") and c.i > t.i)]
    if not any(c.dep_ == "dobj" for c in objects) or not any(
            w.lower_.startswith("train") for o in objects for w in o.subtree):
        return []
    src = _subject_codes(t, heads)
    if src is None:
        return []
    trainees = [c for o in objects for c in _codes((m for w in o.subtree for m in heads.get(w.i, ())), acting=False)
                if c not in src]
    return [(a, b) for a in src for b in dict.fromkeys(trainees)]


_TRAINING = frozenset({"trained", "trains", "train", "training"})
_TRAINERS = frozenset({"instructors", "instructor", "trainers", "trainer", "troops", "soldiers", "forces",
                       "military", "personnel", "officers", "specialists", "experts"})


def _trained_forces(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another state's forces trained: aid from the trainers' state ("French instructors have trained
    the first Ukrainian squadron", "600 Ukrainian drone operators were trained by Latvian
    instructors")."""
    if t.lower_ not in _TRAINING or not t.tag_.startswith("VB"):
        return []
    subj, passive = _subject(t)
    if subj is None:
        return []
    if passive:
        trainers = [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        trainees = [subj]
    else:
        trainers = [subj]
        trainees = [c for c in t.children if c.dep_ == "dobj"]
    src = _codes((m for x in trainers for m in _actors_under(x, heads, skip_preps=True)), acting=True)
    tgt = _codes((m for x in trainees for m in _actors_under(x, heads, skip_preps=True)), acting=False)
    if not src or not tgt or (not passive and subj.lower_ not in _TRAINERS and not heads.get(subj.i)):
        return []
    return [(a, b) for a in src for b in tgt if a != b]
