"""The country of an article's dateline ("OSLO (Reuters) -", "OTTAWA —", "NEW DELHI, May 7 (AP) —").

Wire reports open with the city they were filed from. A capital of the actor lexicon gives its
country, and so do the larger Canadian cities (the project's home news). Cities that host
international bodies as much as a government (Brussels, Geneva, New York) give nothing.
"""

from __future__ import annotations

import re
from functools import cache

from diversify.news.actors import lexicon

_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'\u00c0-\u00de-]+(?:\s+[A-Z][A-Z.'\u00c0-\u00de-]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})(?:\s+\d{1,2})?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"  # "DAVOS, Switzerland, Jan 22 (Reuters) -"
    r"(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014]"
)
_CANADIAN_CITIES = frozenset({"TORONTO", "MONTREAL", "VANCOUVER", "CALGARY", "EDMONTON", "WINNIPEG",
                              "HALIFAX", "QUEBEC", "QUEBEC CITY", "REGINA", "VICTORIA", "SASKATOON",
                              "ST. JOHN'S", "FREDERICTON", "CHARLOTTETOWN", "WHITEHORSE", "YELLOWKNIFE",
                              "IQALUIT", "HAMILTON", "WINDSOR"})
_SHARED_SEATS = frozenset({"BRUSSELS", "GENEVA", "NEW YORK", "THE HAGUE", "STRASBOURG", "VIENNA"})


@cache
def _capitals() -> dict[str, str]:
    """Upper-case capitals of the actor lexicon and their country codes."""
    lex = lexicon()
    return {e.phrase.upper(): e.code for e in lex.entries.values()
            if e.kind == "capital" and e.code is not None and len(e.code) == 3}


def dateline_end(norm: str) -> int:
    """Where the dateline ends (0 without one): the place filed from is no actor of the story."""
    m = _DATELINE.match(norm)
    return 0 if m is None else m.end()


def dateline_country(norm: str) -> str | None:
    """The actor code of the country the article was filed from, or ``None``."""
    m = _DATELINE.match(norm)
    if m is None:
        return None
    city = " ".join(m.group("city").split())
    if city in _SHARED_SEATS:
        return None
    if city in _CANADIAN_CITIES:
        return "CAN"
    region = m.group("region")
    named = lexicon().entries.get(region) if region else None  # "GYEONGJU, South Korea --"
    if named is not None and named.kind == "name" and named.code is not None and len(named.code) == 3:
        return _capitals().get(city, named.code)
    return _capitals().get(city)
