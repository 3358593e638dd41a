"""Blocs (EU, EU27, NATO, G7, Five Eyes, user-defined) with membership by date.

A country is a member in year ``Y`` when it is a member on 1 July of ``Y``.
User blocs come from a TOML file of the same layout as ``data/blocs.toml``::

    [NORDIC]
    name = "Nordic countries"
    [NORDIC.members]
    DNK = "1900-01-01"
    SWE = ["1900-01-01", "2100-01-01"]
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from diversify.errors import InputError

ENV_BLOCS = "DIVERSIFY_BLOCS"
DEFAULT_SHARES = ("USA", "EU27", "other")
"""The shares every report and table gives; a user bloc may not take one of these names."""
RESERVED = frozenset(name.upper() for name in DEFAULT_SHARES)


@dataclass(frozen=True)
class Membership:
    country: str
    joined: dt.date
    left: dt.date | None


@dataclass(frozen=True)
class Bloc:
    code: str
    name: str
    members: tuple[Membership, ...]

    def members_in(self, year: int) -> frozenset[str]:
        """Members on 1 July of ``year``."""
        mid = dt.date(year, 7, 1)
        return frozenset(
            m.country for m in self.members if m.joined <= mid and (m.left is None or m.left >= mid)
        )


def _date(value: object, where: str, path: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"expected an ISO date such as 2020-01-31, got {value!r}", path=path, field=where)


def parse_blocs(text: str, path: str, *, check_codes: bool = True) -> dict[str, Bloc]:
    """Parse a blocs TOML document; errors name the file and the field.

    ``check_codes=False`` skips looking each member up in the country table (which loads
    country_converter, about half a second): for the built-in file, checked by a test.
    """
    from diversify.reference.countries import is_known_code

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML ({exc})", path=path) from exc
    blocs: dict[str, Bloc] = {}
    for code, table in doc.items():
        if not isinstance(table, dict) or not isinstance(table.get("members"), dict):
            raise InputError("a bloc needs a [CODE.members] table", path=path, field=code)
        members = []
        for country, span in table["members"].items():
            where = f"{code}.members.{country}"
            if check_codes and not is_known_code(country):
                raise InputError(f"unknown country code '{country}'", path=path, field=where)
            if isinstance(span, list):
                if len(span) != 2:
                    raise InputError("expected [joined, left]", path=path, field=where)
                joined, left = _date(span[0], where, path), _date(span[1], where, path)
                if left < joined:
                    raise InputError("'left' is before 'joined'", path=path, field=where)
            else:
                joined, left = _date(span, where, path), None
            members.append(Membership(country, joined, left))
        blocs[code] = Bloc(code, str(table.get("name", code)), tuple(members))
    return blocs


@lru_cache(maxsize=8)
def load_blocs(user_file: str | None = None) -> dict[str, Bloc]:
    """Built-in blocs, plus (overriding) those of ``user_file`` or ``$DIVERSIFY_BLOCS``; a user bloc
    named as a default share (USA, EU27, other) is refused, naming the file and the bloc."""
    builtin = resources.files("diversify.reference").joinpath("data", "blocs.toml")
    blocs = parse_blocs(builtin.read_text("utf-8"), "blocs.toml", check_codes=False)
    extra = user_file or os.environ.get(ENV_BLOCS)
    if extra:
        p = Path(extra).expanduser()
        if not p.is_file():
            raise InputError("blocs file not found", path=p)
        user = parse_blocs(p.read_text("utf-8"), str(p))
        for code in user:
            if code.upper() in RESERVED:
                raise InputError(
                    f"the name is reserved for the report's default shares ({', '.join(DEFAULT_SHARES)}); "
                    "give the bloc another name", path=p, field=code,
                )
        blocs.update(user)
    return blocs


def resolve_group(name: str, *, field: str = "bloc") -> str:
    """The code of a bloc (``NATO``, any case) or of a country (``CHN``, ``China``) a user asked a
    share of; an unknown name is an :class:`~diversify.errors.InputError` naming ``field`` and
    listing the blocs, on every surface alike (``--bloc``, the API's ``bloc``)."""
    from diversify.reference.countries import require_iso3

    known = load_blocs()
    code = name.strip().upper()
    if code in known:
        return code
    try:
        return require_iso3(name, field=field)
    except InputError:
        raise InputError(
            f"unknown bloc or country '{name}' (blocs: {', '.join(sorted(known))})", field=field
        ) from None


def membership_rows(blocs: dict[str, Bloc]) -> list[tuple[str, str, dt.date, dt.date | None]]:
    """Rows (bloc, country, joined, left) for the warehouse's membership table."""
    return [(b.code, m.country, m.joined, m.left) for b in blocs.values() for m in b.members]
