"""The event dictionary (``data/events.toml``): patterns and weights per PLOVER type."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from diversify.errors import InputError
from diversify.news.model import EVENT_TYPES

_IRREGULAR = {
    "meet": ("meet", "meets", "met", "meeting"),
    "hold": ("hold", "holds", "held", "holding"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "strike": ("strike", "strikes", "struck", "striking"),
    "seize": ("seize", "seizes", "seized", "seizing"),
    "shell": ("shell", "shells", "shelled", "shelling"),
    "decry": ("decry", "decries", "decried", "decrying"),
    "veto": ("veto", "vetoes", "vetoed", "vetoing"),
    "expel": ("expel", "expels", "expelled", "expelling"),
    "sit": ("sit", "sits", "sat", "sitting"),
    "become": ("become", "becomes", "became", "becoming"),
    "stand": ("stand", "stands", "stood", "standing"),
    "freeze": ("freeze", "freezes", "froze", "frozen", "freezing"),
    "break": ("break", "breaks", "broke", "broken", "breaking"),
    "withdraw": ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),
    "lend": ("lend", "lends", "lent", "lending"),
    "send": ("send", "sends", "sent", "sending"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "bring": ("bring", "brings", "brought", "bringing"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "hit": ("hit", "hits", "hitting"),
    "put": ("put", "puts", "putting"),
    "set": ("set", "sets", "setting"),
    "tell": ("tell", "tells", "told", "telling"),
    "say": ("say", "says", "said", "saying"),
    "make": ("make", "makes", "made", "making"),
    "lead": ("lead", "leads", "led", "leading"),
    "fight": ("fight", "fights", "fought", "fighting"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "sink": ("sink", "sinks", "sank", "sunk", "sinking"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "keep": ("keep", "keeps", "kept", "keeping"),
    "cut": ("cut", "cuts", "cutting"),
    "fly": ("fly", "flies", "flew", "flown", "flying"),
    "sell": ("sell", "sells", "sold", "selling"),
    "shut": ("shut", "shuts", "shutting"),
}
_DOUBLE = frozenset({"slam", "slap", "scrap", "drop", "ban", "plan", "stop", "ship", "rebut", "commit", "permit",
                     "submit", "admit", "confer", "defer", "deter", "refer", "prefer", "patrol",
                     "control", "regret", "occur", "propel", "compel"})


_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][bdgklmnprtvz]")
"""A one-syllable verb ending in consonant, vowel, consonant doubles its last letter."""


def inflect(verb: str) -> tuple[str, ...]:
    """Base, third person, past and -ing forms of a regular English verb.

    >>> inflect("praise")
    ('praise', 'praises', 'praised', 'praising')
    """
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _DOUBLE or _ONE_SYLLABLE_CVC.fullmatch(verb):  # "shrug": "shrugged", "bar": "barred"
        return (verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return (verb, third, verb + "ed", verb + "ing")


def expand(pattern: str) -> str:
    """Expand ``<verb>`` and ``~N`` abbreviations into a regular expression."""
    def verb(m: re.Match[str]) -> str:
        forms = sorted(inflect(m.group(1)), key=len, reverse=True)
        return "(?:" + "|".join(forms) + r")\b"

    out = re.sub(r"<([a-z]+)>", verb, pattern)
    out = re.sub(r" ~(\d*) ", lambda m: r" (?:\S+ ){0,%s}?" % (m.group(1) or "4"), out)
    return r"\b" + out


@dataclass(frozen=True)
class Trigger:
    type: str
    regex: re.Pattern[str]
    nominal: bool
    preps: frozenset[str]
    source: str
    prefixes: tuple[str, ...] | None = None
    """Letters every match starts with (one of these), for a quick pre-check; None if unknown."""


def _group_end(body: str) -> int:
    """Index of the parenthesis closing the group ``body`` opens (-1 if none)."""
    depth = 0
    for n, ch in enumerate(body):
        if ch == "(" and (n == 0 or body[n - 1] != "\\"):
            depth += 1
        elif ch == ")" and body[n - 1] != "\\":
            depth -= 1
            if depth == 0:
                return n
    return -1


def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Leading letters every match of an expanded pattern starts with (one of them).

    ``\\b(?:held|hold|holds)...`` gives ``("held", "hold", "holds")``; a pattern
    whose start is not such a literal gives ``None`` (no pre-check).
    """
    body = pattern.removeprefix("\\b")
    while body.startswith(("(?<!", "(?<=")):  # a leading look-behind checks the text before the start
        close = _group_end(body)
        if close < 0:
            return None
        body = body[close + 1:]
    if body.startswith("(?:"):
        end = _group_end(body)
        if end < 0:
            return None
        if body[end + 1:end + 2] in ("?", "*"):
            # an optional leading group ("(?:joint )?(?:news|press) conference"): its first words or the rest's
            group, after = literal_prefixes(body[:end + 1]), literal_prefixes(body[end + 2:].lstrip("?+"))
            return tuple(sorted(set(group) | set(after))) if group is not None and after is not None else None
        inner, alts, depth, cur = body[3:end], [], 0, ""
        for ch in inner:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            if ch == "|" and depth == 0:
                alts.append(cur)
                cur = ""
            else:
                cur += ch
        alts.append(cur)
    else:
        alts = [body]
    leads = []
    for alt in alts:
        m = re.match(r"[a-z0-9]+", alt)
        if not m:
            return None
        lead = m.group(0)
        # a quantifier or optional group right after the letters makes the last one optional
        rest = alt[m.end():]
        if rest[:1] in ("?", "*", "{") or rest.startswith("(?:"):
            lead = lead[:-1]
        if not lead:
            return None
        leads.append(lead)
    return tuple(sorted(set(leads)))


@dataclass(frozen=True)
class TypeSpec:
    type: str
    weight: float
    reciprocal: bool
    goldstein: str
    preps: frozenset[str]


@dataclass(frozen=True)
class Dictionary:
    types: dict[str, TypeSpec]
    triggers: tuple[Trigger, ...]

    def weight(self, type_: str) -> float:
        return self.types[type_].weight

    @cached_property
    def by_lead(self) -> dict[str, tuple[int, ...]]:
        """First letters of a pattern -> the patterns (indices) that start with them."""
        out: dict[str, list[int]] = {}
        for i, t in enumerate(self.triggers):
            for lead in t.prefixes or ():
                out.setdefault(lead, []).append(i)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def longest_lead(self) -> int:
        return max((len(k) for k in self.by_lead), default=0)

    @cached_property
    def unanchored(self) -> tuple[int, ...]:
        """Patterns without known first letters: scanned over the whole text."""
        return tuple(i for i, t in enumerate(self.triggers) if t.prefixes is None)


def parse_dictionary(text: str, path: str) -> Dictionary:
    """Parse and compile an event dictionary; errors name the type and pattern."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML ({exc})", path=path) from exc
    types: dict[str, TypeSpec] = {}
    triggers: list[Trigger] = []
    for name, table in doc.items():
        if name not in EVENT_TYPES:
            raise InputError(f"unknown event type {name!r} (expected one of {', '.join(EVENT_TYPES)})",
                             path=path, field=name)
        weight = table.get("weight")
        if not isinstance(weight, int | float) or not -10 <= weight <= 10:
            raise InputError("weight must be a number in [-10, 10]", path=path, field=f"{name}.weight")
        preps = frozenset(table.get("preps", []))
        types[name] = TypeSpec(name, float(weight), bool(table.get("reciprocal", False)),
                               str(table.get("goldstein", "")), preps)
        for key, nominal in (("verbs", False), ("nouns", True)):
            for i, item in enumerate(table.get(key, [])):
                where = f"{name}.{key}[{i}]"
                if isinstance(item, dict):
                    raw, own = item.get("p"), frozenset(item.get("preps", preps))
                else:
                    raw, own = item, preps
                if not isinstance(raw, str):
                    raise InputError("a pattern must be a string", path=path, field=where)
                try:
                    regex = re.compile(expand(raw))
                except re.error as exc:
                    raise InputError(f"bad pattern ({exc})", path=path, field=where) from exc
                triggers.append(Trigger(name, regex, nominal, own, raw, literal_prefixes(regex.pattern)))
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise InputError(f"event types without an entry: {', '.join(sorted(missing))}", path=path)
    return Dictionary(types, tuple(triggers))


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The built-in event dictionary (cached)."""
    data = resources.files("diversify.news").joinpath("data", "events.toml").read_text("utf-8")
    return parse_dictionary(data, "events.toml")


def weights() -> dict[str, float]:
    """Cooperation-conflict weight of every event type."""
    d = dictionary()
    return {t: d.types[t].weight for t in EVENT_TYPES}
