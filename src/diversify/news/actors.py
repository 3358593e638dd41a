"""Actors: find the countries, blocs, people and institutions a text names.

The reviewed data file ``data/actors.toml`` lists the names, demonym
adjectives, capitals used as metonyms, institutions and people (with
time-bounded roles) of each actor code. Mentions are found with spaCy's
``PhraseMatcher`` (case-sensitive, longest match wins), then

* a demonym or country, a title and a person in a row ("French President
  Emmanuel Macron", "NATO Secretary General Mark Rutte") become one mention;
* a bare title ("the prime minister") refers back to the last person named
  with that title in the article;
* each mention records the preposition that governs it ("with NATO"), whether
  it is possessive ("Trump's") and whether it is part of a hyphenated pair
  ("Canada-EU summit"); chains of three or more ("Canada-U.S.-Mexico") name
  agreements or regions and are dropped.

Example
-------
>>> lex = lexicon()
>>> [m.code for m in lex.find_in("Carney met Macron in Paris.")]
['CAN', 'FRA', 'FRA']
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from diversify.errors import InputError
from diversify.news.dates import MONTHS, WEEKDAYS
from diversify.news.model import BLOC_CODES
from diversify.news.nlp import normalise, parse, pipeline

_TOKENS = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")

if TYPE_CHECKING:
    from diversify.news.nlp import Paragraph

Kind = Literal["name", "adjective", "capital", "body", "weak", "person", "title", "pronoun"]

ROLE_GRACE = dt.timedelta(days=365)
"""A role that ended less than this before the article still identifies its holder."""

PREPOSITIONS = frozenset(
    ["with", "between", "to", "from", "for", "on", "against", "of", "by", "in", "at", "into", "toward", "towards", "about", "regarding", "over", "than", "like", "despite", "including", "among", "amongst", "amid", "amidst", "after", "before", "during", "under", "via", "alongside", "beside", "within", "without", "through", "throughout", "across", "behind", "beyond", "upon", "outside", "inside"]
)
SEATED = frozenset({"authorities", "officials", "government", "regime", "leadership", "prosecutors", "police",
                     "cabinet", "parliament", "legislature"})
"""Those "in" a capital or country who act for it: "authorities in Beijing", "officials in Washington"."""
_CONJUNCTIONS_TOO = frozenset({"after", "before", "since", "until", "till", "as", "once"})
"""Prepositions that also open a clause ("after Canada imposed ...")."""
_FINITE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:has|had|have|was|were|is|are|will|would|could|did|does|do|"
                           r"said|says|met|made|took|gave|sent|held|struck|won|[a-z]{2,}ed)\b")
"""A finite verb right after a mention: it is the subject of the clause it opens."""
_DETERMINERS = frozenset(["the", "a", "an", "both", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
TITLE_WORDS = frozenset(
    ["president", "prime", "minister", "secretary", "general", "premier", "chancellor", "leader", "head", "chief", "foreign", "affairs", "defence", "defense", "finance", "trade", "industry", "international", "minister's", "officials", "official", "government", "counterpart", "counterparts", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "senator", "senators", "governor", "king", "queen", "crown", "prince", "vice", "then-public", "safety", "public", "then-prime", "then-finance", "then-foreign", "former", "new", "newly", "minted", "incoming", "outgoing", "deputy", "state", "representative", "labour", "labor", "transport", "economy", "external", "national", "revenue", "of", "and", "the"]
)


@dataclass(frozen=True)
class Role:
    actor: str
    title: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[Role, ...]

    def actor_on(self, day: dt.date | None) -> str | None:
        """The actor this person acts for on ``day`` (any role when undated).

        A role held on the day wins (the latest begun); only without one does the
        role that ended most recently within the grace year count.
        """
        if day is None:
            return self.roles[-1].actor if self.roles else None
        held = [r for r in self.roles if r.start <= day and (r.end is None or day < r.end)]
        if held:
            return held[-1].actor
        recent = [r for r in self.roles if r.start <= day and r.end is not None and day < r.end + ROLE_GRACE]
        return max(recent, key=lambda r: r.end or day).actor if recent else None

    def titles_on(self, day: dt.date | None) -> frozenset[str]:
        return frozenset(
            r.title for r in self.roles
            if day is None or (r.start <= day and (r.end is None or day < r.end + ROLE_GRACE))
        )


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon: its actor code (``None`` for non-actors and titles)."""

    phrase: str
    code: str | None
    kind: Kind
    person: Person | None = None
    title: str | None = None


@dataclass(frozen=True)
class Mention:
    """An actor named in the text; ``start``/``end`` are character offsets."""

    start: int
    end: int
    code: str
    kind: Kind
    text: str
    prep: str | None = None
    possessive: bool = False
    compound: bool = False
    person: str | None = None

    @property
    def weak(self) -> bool:
        return self.kind == "weak"


_FIRST_NAMES = frozenset({"Jordan", "Anwar", "Petro"})
"""Country names and office holders' aliases that are also first names: not the actor before a
capitalised word."""
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|cents|francs?|pounds?|crowns?|kroner|kronor|krona|yen|yuan|"
                             r"rupees?|pesos?|rubles?|roubles?|won|ringgit|rand|dinars?|riyals?|lira|shekels?)\b")
"""A demonym naming a currency ("2 billion Canadian dollars"): no actor."""
_INITIALS = [f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
_INITIAL_IN = re.compile(r"[a-z] [A-Z]\. [A-Z]")
"""A middle initial between two names: "Ferdinand R. Marcos"."""
_ALLIES_AFTER = re.compile(r"(?:\s+(?:key|close|major|main|closest|treaty|regional|traditional|longtime|"
                           r"long-time|strategic|security|defen[cs]e|trade|trading))?\s+(?:allies|ally|"
                           r"adversaries|foes)\b")
"""A demonym naming another's allies ("Japan and South Korea, key U.S. allies"): those countries, not it;
but "our Philippine allies" are the Philippines (:data:`_OWNER_BEFORE`)."""
_OWNER_BEFORE = re.compile(r"(?:\b(?:our|its|their|his|her|my|your)|['\u2019]s?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SOME_MEMBERS_BEFORE = re.compile(r"\b(?:other|fellow|several|some|many|most|few|two|three|four|five|six|a number of)"
                                  r"\s+$", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"\s+(?:countries|members|member states|member countries|nations|states|governments|"
                            r"partners|allies|capitals)\b")
"""Some of a bloc's members, unnamed ("other EU countries", "several NATO allies"): not the bloc."""
_FIRMS_AFTER = re.compile(
    r"(?:\s+(?!(?:authorities|government|governments|officials|ministry|ministries|regulators?|leaders?|"
    r"police|military|forces|navy|army|state|customs|diplomats?|envoys?|embassy|president|premier|"
    r"minister|parliament|lawmakers|senators?)\b)[a-z][\w-]*(?<!ed)(?<!ing)){0,2}?\s+(?:company|companies|firms?|corporations?|conglomerates?|"
    r"(?:industry|business|trade|employers'?|manufacturers'?|carmakers'?|automakers'?|exporters'?|farmers'?)\s+"
    r"(?:associations?|groups?|lobby|lobbies|federations?|bodies|councils?)|associations?|lobby|lobbies|"
    r"federations?|chambers? of commerce|carmakers|automakers|manufacturers|steelmakers|shipbuilders|"
    r"exporters|importers|producers|businesses|banks|investors|airlines|retailers|think tanks?|"
    r"newspapers?|broadcasters?|media|analysts|economists|experts)\b")
"""A demonym naming firms, business groups or commentators ("the German auto industry association",
"Chinese steelmakers"): no government acts there; what they are hit by is still the country's."""
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")


class Lexicon:
    """The compiled actor dictionary."""

    def __init__(self, doc: dict[str, object], path: str = "actors.toml") -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.entries: dict[str, Entry] = {}
        self.peoples: set[str] = set()
        """Plural people nouns of the demonyms, lower-case ("americans", "israelis")."""
        self.persons: dict[str, Person] = {}
        self.title_groups: dict[str, str] = {}
        seen: set[str] = set()
        for actor in _table_list(doc, "actor", path):
            code = _str(actor, "code", path)
            if code in seen:  # one table per actor: a second would be a copy or a mistake
                raise InputError(f"actor {code} is listed twice", path=path, field="code")
            seen.add(code)
            for kind, key in (("name", "names"), ("adjective", "adjectives"), ("capital", "capitals"),
                              ("body", "bodies"), ("weak", "weak")):
                for phrase in _str_list(actor, key, path):
                    self._add(Entry(phrase, code, kind), path)  # type: ignore[arg-type]
                    if kind == "adjective" and phrase.endswith(("an", "i")):  # ("South Koreans" too)
                        # "freed six detained Americans", "China detained two Canadians": the people
                        # of a country as a counterpart only (a population is no government act)
                        self._add(Entry(phrase + "s", code, "weak"), path)
                        self.peoples.add(phrase.lower().split(" ")[-1] + "s")
        for p in _table_list(doc, "person", path):
            person = Person(_str(p, "name", path), tuple(_roles(p, path)))
            self.persons[person.name] = person
            for phrase in dict.fromkeys(v for name in [person.name, *_str_list(p, "aliases", path)]
                                        for v in _spellings(name)):
                self._add(Entry(phrase, None, "person", person=person), path)
        titles = doc.get("titles", {})
        if not isinstance(titles, dict):
            raise InputError("[titles] must be a table", path=path, field="titles")
        self.title_names: tuple[str, ...] = tuple(titles)
        """The titles a bare mention refers back by ("the prime minister", "the crown prince")."""
        for group, phrases in titles.items():
            for phrase in phrases:
                self.entries.setdefault(phrase, Entry(phrase, None, "title", title=group))
        non = doc.get("non_actor", {})
        for phrase in (non.get("phrases", []) if isinstance(non, dict) else []):
            self.entries[phrase] = Entry(phrase, None, "name")
        nlp = pipeline()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase in self.entries:
            self.matcher.add(phrase, [nlp.make_doc(normalise(phrase))])
        self._keys = {nlp.vocab.strings[p]: p for p in self.entries}
        # a person's full name with a middle initial the lexicon does not list: "Ferdinand R. Marcos Jr."
        self.initialled = Matcher(nlp.vocab)
        for phrase, entry in self.entries.items():
            words = phrase.split(" ")
            if entry.kind == "person" and len(words) >= 2 and not any(w.endswith(".") and len(w) == 2 for w in words):
                self.initialled.add(phrase, [[{"ORTH": words[0]}, {"ORTH": {"IN": _INITIALS}},
                                              *({"ORTH": w} for w in words[1:])]])

    def _add(self, entry: Entry, path: str) -> None:
        old = self.entries.get(entry.phrase)
        if old is not None and (old.code, old.person) != (entry.code, entry.person):
            raise InputError(f"phrase {entry.phrase!r} is listed for two actors", path=path)
        self.entries[entry.phrase] = entry

    # -- finding ---------------------------------------------------------------
    def raw(self, paragraph: Paragraph) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping matches in one paragraph (character offsets)."""
        doc = paragraph.doc
        spans = []
        for key, s, e in self.matcher(doc):
            spans.append((s, e, self.entries[self._keys[key]]))
        if _INITIAL_IN.search(doc.text):
            for key, s, e in self.initialled(doc):
                spans.append((s, e, self.entries[self._keys[key]]))
        spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        out: list[tuple[int, int, Entry]] = []
        last = -1
        for s, e, entry in spans:
            if s < last:
                continue
            out.append((paragraph.start + doc[s].idx, paragraph.start + doc[e - 1].idx + len(doc[e - 1]), entry))
            last = e
        return out

    def find(self, text: str, paragraphs: list[Paragraph], day: dt.date | None) -> list[Mention]:
        """All actor mentions of a text (normalised) with their grammatical marks."""
        found: list[Mention] = []
        last_by_title: dict[str, Mention] = {}
        pending_titles: list[tuple[int, int, Entry]] = []
        raw = [m for p in paragraphs for m in self.raw(p)]
        merged = _merge(text, raw)
        for start, end, entries in merged:
            code, kind, person = _resolve(entries, day)
            if code is None and any(e.kind == "title" for e in entries) and len(entries) == 1:
                title = entries[0].title or ""
                ref = last_by_title.get(title)
                if ref is None:
                    pending_titles.append((start, end, entries[0]))
                    continue
                code, kind, person = ref.code, "title", ref.person
            if code is None or text[max(0, start - 4):start].lower() == "non-":
                continue  # "a major non-NATO ally": not the alliance
            if text[start:end] in _FIRST_NAMES and _NAME_NEXT.match(text, end):
                continue  # "Jordan Peterson", "Anwar Sadat": a first name, not the kingdom or the office holder
            if person is not None and " " not in text[start:end] and _THING_NAMED.match(text, end):
                continue  # "the Shaheen exercise", "a Nimitz-class carrier": a surname naming a thing
            m = Mention(start, end, code, kind, text[start:end], person=person)
            found.append(m)
            if person is not None:
                p = self.persons[person]
                for t in p.titles_on(day):
                    for group in self.title_names:
                        if t == group or t.startswith(group + " "):
                            last_by_title[group] = m
        kept = [_as_named(text, m) for m in found]
        return _mark(text, _drop_chains(text, [m for m in kept if m is not None]))

    def find_in(self, text: str, day: dt.date | None = None) -> list[Mention]:
        """Convenience: normalise, parse and find mentions in ``text``."""
        norm = normalise(text)
        paras, _ = parse(norm)
        return self.find(norm, paras, day)


def _as_named(text: str, m: Mention) -> Mention | None:
    """The mention as the words around it name it: ``None`` where it names no actor ("2 billion Canadian
    dollars", "key U.S. allies", "other EU countries"), a weak mention where it names firms or people
    of the country ("Chinese steelmakers"), else itself."""
    after = m.end
    if m.kind == "adjective" and _CURRENCY_AFTER.match(text, after):
        return None
    if m.kind in ("adjective", "name") and _ALLIES_AFTER.match(text, after) \
            and not _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start):
        return None
    if m.code in BLOC_CODES and _SOME_MEMBERS_BEFORE.search(text, max(0, m.start - 20), m.start) \
            and _MEMBERS_AFTER.match(text, after):
        return None
    if m.kind == "adjective" and _FIRMS_AFTER.match(text, after):
        return Mention(m.start, m.end, m.code, "weak", m.text, person=m.person)
    return m


def _resolve(entries: list[Entry], day: dt.date | None) -> tuple[str | None, Kind, str | None]:
    """Code, kind and person of a merged mention (the most specific part wins)."""
    code: str | None = None
    kind: Kind = "name"
    person: str | None = None
    rank = {"person": 0, "body": 1, "name": 2, "capital": 3, "adjective": 4, "weak": 5, "title": 6}
    for e in sorted(entries, key=lambda e: rank[e.kind]):
        c = e.person.actor_on(day) if e.person is not None else e.code
        if e.kind == "person" and e.person is not None:
            person = person or e.person.name
        if c is not None and code is None:
            code, kind = c, e.kind
    if any(e.kind == "name" and e.code is None and e.person is None and e.title is None
           for e in entries):
        return None, kind, None  # a non-actor phrase
    if (code is not None and kind == "weak" and len(entries) > 1
            and any(e.kind != "weak" for e in entries if e.code or e.person)):
        kind = "name"  # "European leaders, including von der Leyen": no longer a weak mention
    return code, kind, person


_GAP_OK = re.compile(r"^[\s]*(?:'s\s+)?(?:[A-Z][\w.'-]*\s+|(?:{})\s+)*$".format("|".join(sorted(TITLE_WORDS))))


def _merge(text: str, raw: list[tuple[int, int, Entry]]) -> list[tuple[int, int, list[Entry]]]:
    """Join a demonym/country, titles and a person in a row into one mention."""
    out: list[tuple[int, int, list[Entry]]] = []
    for s, e, entry in raw:
        if out:
            ps, pe, pentries = out[-1]
            gap = text[pe:s]
            if len(gap) <= 60 and "\n" not in gap and _compatible(pentries, entry) and (
                _GAP_OK.match(gap + " ") or gap.strip() in ("(", "")
            ):
                out[-1] = (ps, e, [*pentries, entry])
                continue
        out.append((s, e, [entry]))
    return out


def _compatible(prev: list[Entry], entry: Entry) -> bool:
    """Only an actor with a title, or a title and a person, or two parts of one actor merge."""
    def code(e: Entry) -> str | None:
        return e.code if e.person is None else e.person.roles[-1].actor if e.person.roles else None

    codes = {code(e) for e in prev if code(e)} | ({code(entry)} if code(entry) else set())
    if entry.kind == "name" and entry.code is None and entry.person is None and entry.title is None:
        return False
    if any(e.kind == "name" and e.code is None and e.person is None and e.title is None for e in prev):
        return False
    if len(codes) > 1:
        return False
    if any(e.kind == "person" for e in prev):
        return False  # a title follows no name of its own person: "Trump and Commission President ..."
    kinds = [e.kind for e in prev] + [entry.kind]
    return "title" in kinds or "person" in kinds or entry.kind == prev[-1].kind == "name"


def _drop_chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop hyphen chains of 3+ actors (agreement or region names); mark pairs."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and text[mentions[j].end:mentions[j + 1].start] in ("-", "\u2013", "/"):
            j += 1
        chain = mentions[i:j + 1]
        if len(chain) == 2:
            out.extend(Mention(m.start, m.end, m.code, m.kind, m.text, m.prep, m.possessive, True,
                               m.person) for m in chain)
        elif len(chain) == 1:
            out.append(chain[0])
        i = j + 1
    return out


_DATE_WORDS = "|".join(w.title() for w in (*MONTHS, *WEEKDAYS)
                       if not any(o != w and o.startswith(w) for o in MONTHS))  # full names, not "Jan"
"""Months and days: "in July, Seoul ..." names a date, not a place in apposition."""
_APPOSITION = re.compile(r"\b(in|at|near|from|to|outside)\s+(?:(?!(?:" + _DATE_WORDS + r")\b)"
                         r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*|the\s+(?:[\w'-]+\s+){0,3}"
                         r"(?:capital|city|port|town|resort|province|region|island|enclave|state))\s*,\s*(?:the\s+)?$")
"""A place in apposition: "in Gyeongju, South Korea", "in the Malaysian capital, Kuala Lumpur"."""
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:city|capital|port|town|village|resort|province|region|"
                               r"island|state|coast|border town|seaside town|airbase|base)\b")
_PLACE_BEFORE = re.compile(r"\b(in|at|near|outside|to)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}$")
"""An actor's adjective naming a place: "in the southeastern South Korean city of Busan" (a place,
not South Korea acting)."""


def _spellings(name: str) -> list[str]:
    """A person's name as written, and, for a hyphenated given name, the other common spellings
    ("Lee Jae-myung": "Lee Jae Myung", "Lee Jae-Myung")."""
    out = [name]
    words = name.split(" ")
    if any("-" in w and w[:1].isupper() for w in words[1:]):
        out.append(" ".join(w.replace("-", " ").title() if "-" in w else w for w in words))
        out.append(" ".join("-".join(x.capitalize() for x in w.split("-")) if "-" in w else w for w in words))
    return out


_THING_NAMED = re.compile(
    r"(?:-class\b|\s+(?:(?:air|naval|military|joint|missile|war|air-defence|air-defense)\s+)?(?:exercises?|drills?|"
    r"war games|missiles?|rockets?|system|systems|class|carriers?|destroyers?|frigates?|submarines?|"
    r"air base|airbase|naval base|bridge|dam|pipeline|tower|stadium|avenue|street|boulevard|"
    r"producers|exporters|exports|growers|houses|region|wines?|bottles|sales)\b)")
"""After a lone surname: a thing named after someone ("the Shaheen exercise", "the Patriot missile"), not the
person acting."""


def _mark(text: str, mentions: list[Mention]) -> list[Mention]:
    """Possessive and governing preposition of each mention."""
    out = []
    for m in mentions:
        after = text[m.end:m.end + 3]
        possessive = after.startswith("'s") or (after.startswith("'") and m.text.endswith("s"))
        before = text[max(0, m.start - 40):m.start]
        toks = _TOKENS.findall(before)
        prep = None
        k = len(toks) - 1
        while k >= 0 and toks[k].lower() in _DETERMINERS:
            k -= 1
        if k >= 0 and toks[k].lower() in PREPOSITIONS:
            prep = toks[k].lower()
            if prep in _CONJUNCTIONS_TOO and _FINITE_AFTER.match(text, m.end):
                prep = None  # "after Canada imposed ...": the subject of a clause, not a preposition's object
            elif prep == "in" and m.kind in ("capital", "name") and k >= 1 and toks[k - 1].lower() in SEATED:
                prep = None  # "authorities in Beijing": the government seated there
        place = _APPOSITION.search(before)
        if prep is None and place and m.person is None:  # a person is not a place
            prep = place.group(1).lower()  # "in Gyeongju, South Korea": a place, not an actor
        if m.kind == "adjective" and _PLACE_NOUN_AFTER.match(text, m.end):
            where = _PLACE_BEFORE.search(before)  # "in the southeastern South Korean city of Busan"
            if where:
                prep = where.group(1).lower()
        out.append(Mention(m.start, m.end, m.code, m.kind, m.text, prep, possessive, m.compound,
                           m.person))
    return out


# -- loading --------------------------------------------------------------------
def _table_list(doc: dict[str, object], key: str, path: str) -> list[dict[str, object]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InputError(f"expected [[{key}]] tables", path=path, field=key)
    return value  # type: ignore[return-value]


def _str(table: dict[str, object], key: str, path: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise InputError(f"expected a non-empty string, got {value!r}", path=path, field=key)
    return value


def _str_list(table: dict[str, object], key: str, path: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(f"expected a list of strings, got {value!r}", path=path, field=key)
    return value  # type: ignore[return-value]


def _roles(person: dict[str, object], path: str) -> list[Role]:
    roles = []
    where = f"person {person.get('name')!r}"
    raw = person.get("roles", [])
    if not isinstance(raw, list):
        raise InputError("roles must be a list of tables", path=path, field=where)
    for r in raw:
        if not isinstance(r, dict):
            raise InputError("a role must be a table", path=path, field=where)
        try:
            start = dt.date.fromisoformat(str(r["from"]))
            end = dt.date.fromisoformat(str(r["until"])) if r.get("until") else None
            roles.append(Role(str(r["actor"]), str(r.get("title", "")), start, end))
        except (KeyError, ValueError) as exc:
            raise InputError(f"a role needs actor and ISO dates 'from'/'until' ({exc})",
                             path=path, field=where) from exc
    if not roles:
        raise InputError("a person needs at least one role", path=path, field=where)
    return sorted(roles, key=lambda r: r.start)


def parse_lexicon(text: str, path: str) -> Lexicon:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML ({exc})", path=path) from exc
    return Lexicon(doc, path)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The built-in actor lexicon (cached): ``actors.toml`` and the world's other states
    (``actors_world.toml``)."""
    data = resources.files("diversify.news").joinpath("data")
    doc = tomllib.loads(data.joinpath("actors.toml").read_text("utf-8"))
    world = tomllib.loads(data.joinpath("actors_world.toml").read_text("utf-8"))
    doc["actor"] = [*doc.get("actor", []), *world.get("actor", [])]
    return Lexicon(doc, "actors.toml + actors_world.toml")
