"""Words of praise and blame: what turns "called the duties ..." into criticism or endorsement.

The reviewed lists hold the words of diplomatic and trade language ("unjustified",
"protectionist", "constructive"); VADER's valence lexicon (Hutto and Gilbert 2014, MIT, about
7,500 rated English words, read from the installed ``vaderSentiment`` package) adds the general
vocabulary no list written for a few articles can hold ("scam", "farce", "warmongers").
A word counts as blame at valence -1.5 or below and as praise at +1.5 or above, on VADER's
scale of -4 to +4: the middle of the scale ("frank", "crazy") decides nothing.

Example
-------
>>> sorted({"scam", "tariff", "unjustified"} & blame_words())
['scam', 'unjustified']
"""

from __future__ import annotations

from functools import cache
from importlib import resources

BLAME_AT = -1.5
PRAISE_AT = 1.5

REVIEWED_BLAME = frozenset({"attack", "unfair", "unjustified", "unjustifiable", "unacceptable", "betrayal",
                    "disaster", "insult", "insulting", "ridiculous", "absurd", "egregious",
                    "outrageous", "hostile", "bullying", "blackmail", "threat", "reckless", "wrong",
                    "mistake", "inaccurate", "shameful", "disgraceful", "aggression", "nasty",
                    "abusive", "worst", "terrible", "ripoff", "rip-off", "unjust", "illegal",
                    "unlawful", "discriminatory", "protectionist", "protectionism", "unilateral",
                    "unilateralism", "theft", "smear", "smears", "coercion", "coercive",
                    "aggressive", "provocative", "provocation", "interference", "hypocritical",
                    "irresponsible", "dangerous", "destabilising", "destabilizing", "destructive",
                    "harmful", "damaging", "baseless", "groundless", "unreasonable", "deplorable",
                    "extortion", "hegemony", "hegemonic", "sabotage", "lies", "cheating",
                    "unfriendly", "problematic", "counterproductive", "short-sighted", "disappointing",
                    "regrettable", "illegitimate", "piracy", "excessive", "arbitrary", "insufficient",
                    "escalatory", "escalation", "warmongering", "warmongers", "imperialist", "colonial",
                    "racist", "genocide", "terror", "terrorism", "barbaric", "criminal", "crime", "crimes",
                    "disloyal", "delinquent", "freeloading", "freeloaders", "unreliable", "erroneous",
                    "irrational", "unprovoked", "shameless", "lawless", "rogue", "bully",
                    # names a leader is called by (VADER rates none of them)
                    "dictator", "tyrant", "autocrat", "despot", "thug", "crook", "clown", "puppet",
                    "madman", "gangster"})
"""Reviewed words of blame in diplomatic and trade language."""
_PRAISE = frozenset({"positive", "constructive", "productive", "excellent", "great", "good",
                     "fruitful", "historic", "encouraging", "remarkable", "win", "success",
                     "successful", "friend", "ally", "reliable", "important", "strong"})
"""Reviewed words of praise."""


@cache
def valences() -> dict[str, float]:
    """VADER's lexicon: word -> mean valence (-4 to +4). Multi-word entries and emoticons are
    kept; they simply never match a single lower-case word."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out[parts[0]] = float(parts[1])
    return out


@cache
def blame_words() -> frozenset[str]:
    return REVIEWED_BLAME | {w for w, v in valences().items() if v <= BLAME_AT and w.isalpha()}


@cache
def praise_words() -> frozenset[str]:
    return _PRAISE | {w for w, v in valences().items() if v >= PRAISE_AT and w.isalpha()}
