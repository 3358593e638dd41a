"""The type an act is coded as once its modality is known: a negated or modal act becomes a threat,
a retreat, a refusal or nothing ("would not rule out force" threatens, "will not double the
tariffs" retreats), pledges and decisions count as done, and taking a territory counts only as
pressure to take it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.structure.measures import _takes_effect
from diversify.news.structure.modality import _PLEDGING, _RULE_OUT, _on_condition, _told_by_analysts
from diversify.news.structure.retaliation import _answering, _any_attempt, _fights_back
from diversify.news.structure.threats import _HINTING
from diversify.news.structure.tokens import _saying_verb
from diversify.news.structure.words import _FACE, _INTENT_NOUNS, _TAKING
from diversify.news.triggers import inflect

if TYPE_CHECKING:
    from spacy.tokens import Token


def _resolve(typ: str, modal: bool, negated: bool, mwords: set[str], t: Token,
             anchor: Token | None) -> str | None:
    if negated:
        if _ruling_out(t, typ):
            return "THREATEN"  # "would not rule out force", "would not exclude the use of force"
        if typ in ("SANCTION", "THREATEN") and mwords & {"will", "would", "'ll", "wo"}:
            return "RETREAT"  # "would not double the tariffs" backs off
        if typ in ("RETREAT", "CONCEDE") and mwords & {"will", "would", "'ll", "wo"}:
            return "REJECT"  # "would not pause the tax" refuses
        return None
    if modal and t.lower_ in _FACE:
        return typ  # the warning is the act: "would face tariffs"
    if modal and typ == "REJECT" and mwords and mwords <= {"will", "would", "'ll"}:
        return typ  # "Tokyo would reject any deal that ...": saying so refuses
    if modal and mwords and mwords <= _DECIDING and typ in ("RETREAT", "SANCTION", "MOBILIZE", "AID", "CONCEDE"):
        return typ  # "decided to postpone the tariff", "agreed to lift the duties": decided, done
    if modal and mwords and mwords <= _STANDING_READY and typ in ("SANCTION", "ASSAULT", "COERCE"):
        return "THREATEN"  # "Ottawa stands ready to retaliate against U.S. tariffs"
    if modal:
        if typ == "SANCTION" and anchor is not None and _takes_effect(anchor):
            return "THREATEN"  # a tariff announced for a future date is a threat until imposed
        head = anchor.head if anchor is not None else None
        if mwords <= {"will", "'ll"} and typ in ("SANCTION", "RETREAT", "MOBILIZE", "AID") \
                and head is not None and head.lower_.startswith("announc"):
            return typ
        saying = _saying_verb(anchor) if anchor is not None else None
        if mwords <= {"will", "'ll", "would"} and typ in ("AID", "MOBILIZE") and anchor is not None \
                and saying is not None and not _told_by_analysts(anchor) \
                and not _on_condition(anchor) and saying.lower_ not in _HINTING \
                and (typ == "AID" or any(w.tag_ == "CD" for w in t.subtree)):
            # (a deployment or spending pledged in figures: "would send 10,000 troops", not "will also
            # increase the brigade's capabilities")
            # "Germany will give Ukraine four more IRIS-T systems, Pistorius said", "Japan said it would
            # provide five more patrol vessels to the Philippine coast guard": pledged
            return typ
        if typ == "AID" and mwords and all(w.startswith(_PLEDGING) for w in mwords):
            return typ  # "pledged to deliver two more Patriot systems to Ukraine": the pledge is the aid given
        if typ == "MOBILIZE" and mwords and all(w.startswith(_PLEDGING) for w in mwords) \
                and not _SPENDING_SHARE.isdisjoint(w.lower_ for w in t.subtree):
            return typ  # "pledged to reach NATO's benchmark of 2% of GDP": a national pledge is the act
        if mwords <= {"will", "'ll", "would"} and typ == "RETREAT":
            return typ  # "Washington will cut the tariff to 10%": an easing promised is given
        if mwords <= {"will", "'ll", "would"} and typ in ("RETREAT", "MOBILIZE", "AID") \
                and head is not None and head.lower_.startswith(_PLEDGING):
            return typ  # "announced it would station two more jets": a pledge made, not a plan
        if typ == "SANCTION" and anchor is not None and anchor.head.lower_ in ("plan", "plans") \
                and anchor.head.head.lower_.startswith("announc"):
            return "THREATEN"  # "announced plans to triple duties": announced, not yet imposed
        if typ == "SANCTION" and mwords & _WARNING:
            return "THREATEN"  # "threatened to impose", "would hit", "plans to triple duties"
        if typ == "SANCTION" and mwords and mwords <= {"will", "'ll", "would"} and _answering(t):
            return "THREATEN"  # "will impose countermeasures in response to the US tariffs": vowed retaliation
        if typ == "SANCTION" and mwords & {"should", "must"} and t.dep_ == "ccomp" \
                and any(c.dep_ == "auxpass" for c in t.children):
            return "THREATEN"  # "told reporters that Spain should be punished with tariffs"
        if typ in ("SANCTION", "ASSAULT", "COERCE") and anchor is not None and _on_condition(anchor):
            return "THREATEN"  # "will impose duties on X if X retaliates": conditional escalation
        if typ == "ASSAULT" and mwords and mwords <= {"will", "would", "'ll"} and _fights_back(t):
            return "THREATEN"  # "would fight to the end against any U.S. escalation"
        if typ in ("SANCTION", "ASSAULT", "COERCE") and anchor is not None and mwords \
                and mwords <= {"will", "would", "'ll"} and _any_attempt(anchor) is not None:
            return "THREATEN"  # "would crush any attempt by Taipei to ...": force promised to what may come
        if typ == "THREATEN" and t.lower_ in _TAKING:
            return typ  # "would take all necessary measures"
        if _annexing(t) and (mwords & _WANTING or (mwords and mwords <= {"will", "would", "'ll"})):
            return "THREATEN"  # "wants to acquire Greenland", "would take Greenland": pressure to acquire
        if typ == "AGREE" and mwords & {"agree", "agreed", "agrees"}:
            return "AGREE"
        return None
    if _annexing(t):
        return None  # "annexed Crimea" is occupation, not coded here
    return typ


_SPENDING_SHARE = frozenset({"gdp", "%", "percent", "per", "output"})
"""Words of a spending target stated as a share of the economy."""
_STANDING_READY = frozenset({"ready", "prepared", "poised", "willing"})
_DECIDING = frozenset({"decide", "decided", "decides", "agree", "agreed", "agrees", "vote", "voted",
                       "votes", "move", "moved", "moves", "opted", "chose"})
"""Verbs whose infinitive is an act decided ("voted to impose"), not a plan."""

_WARNING = frozenset({"threaten", "threatened", "threatens", "threatening", "vow", "vowed", "vows",
                      "warn", "warned", "warns", "would", "could", "may", "might"})
_ANNEX = frozenset({"annex", "annexes", "annexed", "annexing", "acquire", "acquires", "acquiring",
                    "absorb", "absorbing", "absorbs", "seize", "seizing"})
_TAKING_FORMS = frozenset(inflect("take"))

_SPENDING_GOALS = frozenset({"target", "targets", "benchmark", "goal", "figure", "threshold"})


def _spending_target_named(t: Token) -> bool:
    """What is refused is a spending target stated as a share: "refused to commit to the 5% target",
    "declined to set a date for reaching 3.5 per cent" (NATO's, in this domain's reporting)."""
    words = [w.lower_ for c in t.children if c.dep_ in ("xcomp", "dobj", "prep") for w in c.subtree]
    after = [w.lower_ for w in t.subtree if w.i > t.i]
    if "nato" in after and not _SPENDING_GOALS.isdisjoint(words) and ("spending" in words or "defence" in words
                                                                    or "defense" in words):
        return True  # "declined to commit to the spending goal agreed at last year's NATO summit"
    return ("%" in words or "cent" in words or "percent" in words) and (
        not _SPENDING_GOALS.isdisjoint(words) or "reaching" in words or "spending" in words)


def _annexing(t: Token) -> bool:
    """A verb of taking a territory: "annex", "acquire", "take over", "take control of"."""
    if t.lower_ in _ANNEX:
        return True
    if t.lower_ not in _TAKING_FORMS:
        return False
    objects = [c for c in t.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children):
        taken = objects
    elif t.lower_ == "take" and objects and not any(c.lower_ == "control" for c in objects) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children) and not any(
            c.dep_ == "neg" for c in t.children) and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("to", "into", "off", "up", "on", "in") for c in t.children):
        taken = objects  # "the United States would take Greenland one way or the other"
    else:  # "take control of Greenland"
        taken = [p for c in objects if c.lower_ == "control" for g in c.children
                 if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
    # a place, not an office or a process: not "take over the presidency of the EU Council"
    return any(x.tag_ == "NNP" or x.lower_ in _TERRITORIES for x in taken)


_TERRITORIES = frozenset({"island", "territory", "canal", "region", "country", "strait", "peninsula",
                          "province", "land"})


_WANTING = frozenset({"want", "wants", "wanted", "push", "pushed", "pushing", "seek", "seeks",
                      "seeking", "threaten", "threatened", "threatens", "threatening", "intent",
                      "determined", "would", "will", "plan", "plans", "aim", "aims", "try",
                      "tries", "trying"}) | _INTENT_NOUNS


def _ruling_out(t: Token, typ: str) -> bool:
    """"rule out force", "exclude the use of force": refusing an option, which negated threatens.
    The public dictionary codes "exclude" as a ban (excluding firms from contracts), so a ban verb
    counts here only with force named after it."""
    if t.lower_ not in _RULE_OUT:
        return False
    if typ == "REJECT":
        return True
    return typ == "SANCTION" and any(w.lower_ in ("force", "military", "invasion", "annexation")
                                     for w in t.subtree if w.i > t.i)
