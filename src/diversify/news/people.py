"""People the reviewed lexicon does not know, named with a title and an actor.

News introduces officials once with their country and office and then uses
the surname alone: "his Latvian counterpart Andris Spruds ... Spruds said",
"Norway's trade minister, Cecilie Myrseth". A capitalised name of two
to four words that follows an actor mention and a title word (minister,
president, counterpart, ambassador, ...) becomes a person acting for that
actor, and later occurrences of the surname in the same article refer to
them. People the lexicon knows, once named in full ("Doug Ford"), are followed
by surname too ("Ford added"). Only within one article, only after the
introduction, never inside another name ("Henry Ford", "Ford Motor"), and never
over a mention the lexicon already found. An official named by a national title
alone ("Prime Minister Inga Ruginiene said") acts for the country of the
article's dateline ("VILNIUS (Reuters) -"), when it has one.
"""

from __future__ import annotations

import re

from diversify.news.actors import Mention
from diversify.news.dateline import dateline_country

_TITLES = (r"minister|president|prime minister|premier|chancellor|counterpart|ambassador|envoy|"
           r"representative|secretary|spokesperson|spokesman|spokeswoman|leader|official|"
           r"negotiator|commissioner|high commissioner|governor|senator|chief|head|king|queen|"
           r"emir|crown prince|foreign minister|defence minister|defense minister|trade minister|"
           r"director|director-general|director general|chairman|chairwoman|chair|adviser|advisor|"
           r"commander|admiral|czar|tsar")
_PARTICLE = r"(?:(?:de|da|do|dos|das|del|van|von|der|den|ter|bin|al|el|la|le|du|di)\s+){0,2}"
"""A lower-case particle inside a name: "Alexandre de Moraes", "Ursula von der Leyen"."""
_INTRO = re.compile(
    r"(?:'s?)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z]+|of|for|and)\s+){0,5}?(?i:" + _TITLES + r")"
    # "South Africa's ambassador to the United States, Ebrahim Rasool": the post's place, then the name
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},)?,?\s+"
    r"(?P<name>[A-Z][a-z'\u00c0-\u017f-]+(?:\s+" + _PARTICLE + r"(?:[A-Z]\.\s*)?[A-Z][a-z'\u00c0-\u017f-]+){1,3})"
)
_NOT_NAME = frozenset({"The", "This", "That", "On", "In", "At", "Last", "Next", "Monday", "Tuesday",
                       "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "House", "Office",
                       "Council", "Commission", "Ministry", "Department", "Parliament", "Senate",
                       "Congress", "Government", "Party", "Forces", "Affairs", "Trade", "Defence",
                       "Defense", "General", "State", "Security", "Minister", "President"})


def titled_people(norm: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of unknown officials introduced by actor and title, and of their surnames."""
    taken = [(m.start, m.end) for m in mentions]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    out: list[Mention] = []
    surnames: dict[str, tuple[str, int, str]] = {}
    for m in mentions:
        if m.weak or m.kind in ("pronoun", "person"):
            continue
        hit = _INTRO.match(norm, m.end, min(len(norm), m.end + 120))
        if hit is None:
            continue
        name = hit.group("name")
        words = name.split()
        if any(w in _NOT_NAME for w in words):
            continue
        a, b = hit.start("name"), hit.end("name")
        if not free(a, b):
            continue
        out.append(Mention(a, b, m.code, "person", name, m.prep, person=name))  # "to the U.S. envoy, X": X is "to"
        taken.append((a, b))
        surnames.setdefault(words[-1], (m.code, b, name))
        if len(words) == 2 and "-" in words[-1]:
            surnames.setdefault(words[0], (m.code, b, name))  # "Ahn Duk-geun ... Ahn said"
    home = dateline_country(norm)
    if home is not None:
        for hit in _BARE_TITLE.finditer(norm):
            name = hit.group("name")
            words = name.split()
            a, b = hit.start("name"), hit.end("name")
            if any(w in _NOT_NAME for w in words) or not free(a, b) or any(
                    m.start < hit.start() <= m.end + 3 for m in mentions):
                continue  # "Finnish Prime Minister X" was introduced with its own country
            out.append(Mention(a, b, home, "person", name, person=name))
            taken.append((a, b))
            surnames.setdefault(words[-1], (home, b, name))
        for hit in _BARE_BODY.finditer(norm):
            a, b = hit.start("body"), hit.end("body")
            if free(a, b):  # "The Department of Foreign Affairs summoned China's envoy" (MANILA -)
                out.append(Mention(a, b, home, "body", hit.group("body")))
                taken.append((a, b))
    for m in mentions:  # people of the lexicon named in full: "Doug Ford ... Ford added"
        if m.kind == "person" and m.person and len(m.person.split()) >= 2:
            words = [w for w in m.person.split() if w.rstrip(".") not in _SUFFIXES] or m.person.split()
            surnames.setdefault(words[-1], (m.code, m.end, m.person))
            if len(words) == 2 and ("-" in words[-1] or m.code in _FAMILY_NAME_FIRST):
                surnames.setdefault(words[0], (m.code, m.end, m.person))  # "Lee Jae-myung ... Lee's"
    for surname, (code, after, name) in surnames.items():
        for w in re.finditer(r"\b" + re.escape(surname) + r"\b", norm[after:]):
            a, b = after + w.start(), after + w.end()
            if free(a, b) and not _NAME_AROUND.search(norm[max(0, a - 20):a]) \
                    and not _NAME_AFTER.match(norm, b):
                out.append(Mention(a, b, code, "person", surname, person=name))
                taken.append((a, b))
    return out


_BARE_TITLE = re.compile(
    r"\b(?:Prime Minister|President|Chancellor|Premier|Foreign Secretary|Vice[- ]President|"
    r"Deputy Prime Minister|(?:Supreme Court |Chief )?Justice|"
    r"(?:[A-Z][a-z]+ (?:and [A-Z][a-z]+ )?)?Minister)\s+"
    r"(?P<name>[A-Z][a-z'\u00c0-\u017f-]+(?:\s+" + _PARTICLE + r"(?:[A-Z]\.\s*)?[A-Z][a-z'\u00c0-\u017f-]+){1,2})"
)
"""A national title and a name with no country before it: "Foreign Minister Margus Tsahkna"."""
_BARE_BODY = re.compile(
    r"\b[Tt]he (?P<body>Department of Foreign Affairs|(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Cc]ommerce) "
    r"[Mm]inistry|Ministry of (?:Foreign Affairs|Defen[cs]e|National Defen[cs]e|Commerce|Trade)|"
    r"[Cc]oast [Gg]uard|[Ff]ederal [Gg]overnment)\b(?!\s+(?:of|in)\b)"
)
"""A ministry named with no country before it acts for the dateline's country."""
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""What follows a surname in a full name: "Ferdinand Marcos Jr ... Marcos said"."""
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "HKG", "MAC"})
"""Where names are written family name first: "Wang Wentao ... Wang said"."""
_NAME_AROUND = re.compile(r"[A-Z][a-z]+\s$")
"""A capitalised word right before: another person's name ("Henry Ford")."""
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]")
"""A capitalised word right after: a name or company ("Ford Motor")."""
