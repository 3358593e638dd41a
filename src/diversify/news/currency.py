"""The currency of a bare ``$``: whose figure it is.

Explicit markers (``C$``, ``US$``, ``euros``) are read in :mod:`diversify.news.claims`;
a bare ``$`` is decided here, most specific evidence first:

1. **the article's convention**: an outlet that marks Canadian dollars
   (``C$``, ``CA$``) writes US dollars as a bare ``$``; one that marks US
   dollars (``US$``) and never Canadian ones writes its home currency bare
   (step 6), when that is not the US dollar;
2. **a modifier of the figure**: "Washington's $25 billion", "the U.S. $175
   billion shield", "a Canadian $6 billion contract";
3. **a named programme's owner**: the figure measures a capitalised name next
   to it ("the Golden Dome, which is projected to cost $175 billion") that the
   article elsewhere attributes to an actor ("Trump's Golden Dome", "the U.S.
   Golden Dome");
4. **the clause's subject**: the first actor of the clause before the figure
   that no preposition governs ("Canada will impose tariffs on American goods
   worth $30 billion"), or the agent of a passive ("announced by LeBlanc");
   actors governed by "on", "of", "from", "in" are what the money buys or
   taxes, not whose it is;
5. **the nearest actor before the figure** in its sentence: for a relative
   clause ("..., which will cost $X") the nearest of all, the antecedent's;
   otherwise the nearest that is a subject ("Ottawa hit back with tariffs on
   U.S. products, targeting $60 billion worth of goods");
6. **the article's home**: the outlet's country (its web domain, a
   "Canadian Press" credit; an outlet of a country without a dollar of its own,
   ``.ua`` or ``.in``, writes US dollars bare), else the actor the article opens with, else the
   country it names most often as a subject.

Currencies are those of :data:`COUNTRY_CURRENCY`; anything else falls back to
US dollars, the usual bare ``$`` of the international wires.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from diversify.news.actors import Mention
from diversify.news.dateline import dateline_country
from diversify.news.document import Document

COUNTRY_CURRENCY = {"CAN": "CAD", "USA": "USD", "AUS": "AUD", "NZL": "NZD", "GBR": "USD", "EU": "USD"}
"""Currency of a bare ``$`` by actor code: a dollar country's own dollar; the EU and Britain, whose
money is written with other signs, quote dollars in US dollars ("the EU committed to buy $750 billion of
American energy")."""

_DOMAIN_CURRENCY = {"ca": "CAD", "au": "AUD", "nz": "NZD"}
_OWN_DOLLAR_OR_GENERIC = frozenset({"sg", "hk", "tw", "jm", "bs", "bb", "bz", "fj", "na", "lr", "zw", "tt", "gy",
                                    "sr", "bn", "sb", "ki", "tv", "io", "co", "me", "ai", "ly", "fm", "ws", "cc",
                                    "to", "is", "gg", "so", "am", "ag"})
"""Country domains whose bare ``$`` is a local dollar, and two-letter domains used as generic ones."""
_MARKS_CAD = re.compile(r"(?:\bC\$|\bCA\$|\bCan\$|\bCDN\$|\bCanadian \$)\s?\d")
_MARKS_USD = re.compile(r"(?:\bUS\$|\bU\.S\.\s?\$)\s?\d")
_CANADIAN_WIRE = re.compile(r"\bThe Canadian Press\b|\(CP\)|\bCP\s+[-\u2014]")
_MODIFIER_GAP = re.compile(r"^(?:'s?)?(?:\s+(?:an?\s+)?(?:estimated|proposed|initial|new|planned|total|"
                           r"additional|extra|annual|further|expected|projected|nearly|about|"
                           r"roughly|around|almost|over|some|approximately|up to|more than|just over|just under|"
                           r"less than|at least))*\s*$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NAME = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)")
_NAME_AFTER_FIGURE = re.compile(r"^\s*(?:[\w-]+\s+){0,1}?((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)")
_LEADING_DETERMINER = re.compile(r"^(?:The|A|An|This|That|Its|Their)\s+")
_RELATIVE = re.compile(r",?\s*(?:which|that)\s+", re.IGNORECASE)
_AGENT_PREPS = frozenset({None, "by"})


def outlet_currency(url: str | None) -> str | None:
    """Currency of an outlet's home country from its web domain (``.ca`` -> CAD)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    tld = host.rsplit(".", 1)[-1]
    if tld in _DOMAIN_CURRENCY:
        return _DOMAIN_CURRENCY[tld]
    if len(tld) == 2 and tld.isalpha() and tld not in _OWN_DOLLAR_OR_GENERIC:
        return "USD"  # an outlet of a country without a dollar of its own writes US dollars bare (".ua", ".in")
    return None


def convention(doc: Document, outlet: str | None = None) -> str | None:
    """The bare ``$`` the article's own markers imply (see step 1), or ``None``.

    Marked Canadian dollars make a bare ``$`` US dollars. Marked US dollars
    (and no Canadian ones) make it the article's home currency, when that is
    not the US dollar (a Canadian outlet's "US$" beside "$", an Australian
    one's likewise).
    """
    if _MARKS_CAD.search(doc.norm):
        return "USD"
    if _MARKS_USD.search(doc.norm):
        home = home_currency(doc, outlet)
        return home if home != "USD" else None
    return None


def home_currency(doc: Document, outlet: str | None) -> str:
    """Step 6: the currency of the article's home country."""
    if outlet:
        return outlet
    if _CANADIAN_WIRE.search(doc.norm) or dateline_country(doc.norm) == "CAN":
        return "CAD"
    lead = _lead_actor(doc)
    if lead is not None:
        return COUNTRY_CURRENCY[lead]
    counts = Counter(m.code for m in doc.mentions if m.code in COUNTRY_CURRENCY
                     and m.kind != "pronoun" and m.prep is None)
    return COUNTRY_CURRENCY[counts.most_common(1)[0][0]] if counts else "USD"


def _lead_actor(doc: Document) -> str | None:
    """The subject actor of the article's first sentence, when it has a currency."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    for m in doc.mentions_between(first.start, first.end):
        if m.prep is None and m.kind != "pronoun" and not m.compound:
            return m.code if m.code in COUNTRY_CURRENCY else None
    return None


def _owner_of(m: Mention) -> str | None:
    return COUNTRY_CURRENCY.get(m.code)


def _modifier(doc: Document, pos: int, sent_start: int) -> str | None:
    """Step 2: an actor that modifies the figure ("Washington's $25 billion")."""
    before = [m for m in doc.mentions_between(max(sent_start, pos - 40), pos) if m.code in COUNTRY_CURRENCY]
    if not before:
        return None
    m = before[-1]
    if not _MODIFIER_GAP.match(doc.norm[m.end:pos]):
        return None
    if m.possessive or m.kind == "adjective" or _DETERMINER_BEFORE.search(doc.norm[max(0, m.start - 6):m.start]):
        return _owner_of(m)
    return None


def _programme_names(doc: Document, pos: int, end: int, clause_start: int) -> list[str]:
    """Capitalised names the figure may measure: right after it, or the antecedent of its clause."""
    names = []
    after = _NAME_AFTER_FIGURE.match(doc.norm, end, min(len(doc.norm), end + 60))
    if after:
        names.append(after.group(1))
    rel = _RELATIVE.match(doc.norm, clause_start)
    if rel or doc.lower[clause_start:clause_start + 6] in ("which ", "that i"):
        head = doc.norm[max(0, clause_start - 60):clause_start]
        found = list(_NAME.finditer(head))
        if found and head[found[-1].end():].strip(" ,") == "":
            names.append(found[-1].group(1))
    names = [_LEADING_DETERMINER.sub("", n) for n in names]
    return [n for n in names if len(n) > 3 and not n.isupper()]


def _programme_owner(doc: Document, names: list[str]) -> str | None:
    """Step 3: an actor the article puts right before one of the names."""
    for name in names:
        for hit in re.finditer(re.escape(name), doc.norm):
            if doc.mentions_between(hit.start(), hit.end()):
                break  # an actor's own name ("Canadian goods"), not a programme
            ms = [m for m in doc.mentions_between(max(0, hit.start() - 40), hit.start())
                  if m.code in COUNTRY_CURRENCY]
            if not ms:
                continue
            m = ms[-1]
            gap = doc.norm[m.end:hit.start()]
            if (m.possessive or m.kind in ("adjective", "name", "body")) and re.fullmatch(
                    r"(?:'s?)?\s+(?:(?:proposed|planned|new|so-called)\s+)?", gap):
                return _owner_of(m)
    return None


def bare_dollar(doc: Document, pos: int, end: int, clause: tuple[int, int], sentence: tuple[int, int],
                home: str) -> str:
    """The currency of the bare ``$`` figure at ``doc.norm[pos:end]`` (steps 2-6)."""
    c0, _ = clause
    s0, _ = sentence
    owner = _modifier(doc, pos, s0)
    if owner:
        return owner
    mentions = [m for m in doc.mentions_between(c0, pos) if m.code in COUNTRY_CURRENCY and m.kind != "weak"]
    names = _programme_names(doc, pos, end, c0)
    owner = _programme_owner(doc, names) if names else None
    if owner:
        return owner
    subjects = [m for m in mentions if m.prep in _AGENT_PREPS and not m.compound]
    if subjects:
        return COUNTRY_CURRENCY[subjects[0].code]
    before = [m for m in doc.mentions_between(s0, pos) if m.code in COUNTRY_CURRENCY]
    if not before:
        return _previous_subject(doc, s0) or home
    if not _RELATIVE.match(doc.norm, c0):
        subjects = [m for m in before if m.prep in _AGENT_PREPS and not m.compound]
        before = subjects or before
    return COUNTRY_CURRENCY[before[-1].code]


def _previous_subject(doc: Document, s0: int) -> str | None:
    """Step 5b: a sentence naming no actor before its figure continues the one before, whose
    subject it is ("Ontario Premier Doug Ford said the ad would be pulled. The $75-million
    campaign ..."): that sentence's first actor no preposition governs, when it opens the sentence."""
    k = doc.sentence_at(s0)
    if k <= 0 or doc.sentences[k].start != s0:
        return None
    prev = doc.sentences[k - 1]
    ms = doc.mentions_between(prev.start, prev.end)
    first = next((m for m in ms if m.kind != "weak"), None)
    if first is None or first.prep is not None or first.compound or first.code not in COUNTRY_CURRENCY:
        return None
    if doc.norm[prev.start:first.start].strip(" \"'\u201c") not in ("", "The", "the"):
        return None
    return COUNTRY_CURRENCY[first.code]
