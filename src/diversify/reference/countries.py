"""Country names and codes.

Names are matched in this order: the reviewed alias file
(``data/country_aliases.csv``, publisher spellings and former states), an
ISO3 code as it is, then country_converter's regular expressions. SIPRI marks
non-state armed groups with ``*`` and international organisations with ``**``;
those become the user-assigned codes ``XNS`` and ``XIO`` unless the alias file
says otherwise. A name that matches nothing, or more than one country, is
reported as unmatched, never guessed.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from diversify.errors import UnknownCountryError

NON_STATE = "XNS"
INTERNATIONAL_ORG = "XIO"
UNIDENTIFIED = "XXX"
"""The code under which the sources' unidentified parties are stored (SIPRI's "Unknown" supplier
or recipient, Comtrade's and BACI's unspecified areas): a partner left out of every share, never a
country a user can name as a reporter, partner or bloc member."""

_NOT_A_COUNTRY = (f"{UNIDENTIFIED} stands for the partners a source does not identify, "
                  "never a country")


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).casefold()


def read_data_csv(name: str) -> list[dict[str, str]]:
    """A reviewed CSV of the package's reference data, ``#`` comment lines skipped."""
    text = resources.files("diversify.reference").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Reviewed alias table: normalised name -> code."""
    return {_norm(row["name"]): row["code"] for row in read_data_csv("country_aliases.csv")}


@lru_cache(maxsize=1)
def _coco():  # type: ignore[no-untyped-def]
    import country_converter as coco

    # country_converter logs every miss at WARNING; misses are our report's job.
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    logging.getLogger("country_converter.country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


def _cache_path(table: str) -> Path:
    """Where one of country_converter's tables is kept between runs (one file per version)."""
    from importlib.metadata import version

    import platformdirs

    return Path(platformdirs.user_cache_dir("diversify")) / f"{table}-coco-{version('country_converter')}.json"


def _coco_table(table: str, key: str, value: str) -> dict[str, str]:
    """country_converter's ``key`` -> ``value`` column map; read from the cache file when there
    is one.

    Loading country_converter takes about half a second (it reads its table with pandas);
    a report needs only small maps, so a cold start reads a few kilobytes of JSON instead.
    """
    cache = _cache_path(table)
    try:
        names = json.loads(cache.read_text("utf-8"))
        if isinstance(names, dict) and names:
            return names
    except (OSError, ValueError):
        pass
    data = _coco().data
    names = {str(k): str(v) for k, v in zip(data[key], data[value], strict=True)}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(names), "utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: no cache, just slower
    return names


def _coco_names() -> dict[str, str]:
    """country_converter's ISO3 -> short name (cached between runs)."""
    return _coco_table("iso3_names", "ISO3", "name_short")


@lru_cache(maxsize=1)
def _iso3_names() -> dict[str, str]:
    names = dict(_coco_names())
    for row in read_data_csv("special_codes.csv"):
        names[row["code"]] = row["name"]
    return names


def country_name(code: str) -> str:
    """Short English name of an ISO3 (or special) code; the code itself if unknown."""
    return _iso3_names().get(code, code)


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return _coco_table("iso2_iso3", "ISO2", "ISO3")


def home_country(code: str) -> str:
    """The country a reporter belongs to: itself, or for an ISO 3166-2 code (``CA-ON``) its
    country's ISO3 (``CAN``); a flow to it is a re-import, not trade with a foreign partner."""
    if "-" not in code:
        return code
    return _iso2_to_iso3().get(code.split("-", 1)[0], code)


def un_m49_code(code: str) -> int | None:
    """The UN M49 number of an ISO3 code (``DEU`` -> 276), or ``None`` if it has none."""
    number = _coco_table("iso3_m49", "ISO3", "UNcode").get(code)
    return int(number) if number and number.isdigit() else None


def is_known_code(code: str) -> bool:
    """Whether ``code`` is an ISO3 or special code of the reference data (``XXX`` included: the
    loaders store unidentified parties under it)."""
    return code in _iso3_names()


def is_country_code(code: str) -> bool:
    """Whether a user may name ``code`` as a country: a known code, but not :data:`UNIDENTIFIED`."""
    return code != UNIDENTIFIED and is_known_code(code)


def not_a_country(expected: str) -> str:
    """The bracket of an error refusing :data:`UNIDENTIFIED` as a country: why, then
    ``expected``, the bracket an unknown code gets."""
    return f"({_NOT_A_COUNTRY}; {expected})"


@lru_cache(maxsize=1)
def legacy_codes() -> dict[str, str]:
    """Reviewed table of superseded three-letter codes still found in datasets -> ISO3 code
    (``ROM`` -> ``ROU``); see ``data/legacy_codes.csv``."""
    return {row["code"]: row["iso3"] for row in read_data_csv("legacy_codes.csv")}


def to_iso3(name: str) -> str | None:
    """ISO3 code of one name a user typed, or ``None`` if it matches nothing unambiguously or
    names the placeholder :data:`UNIDENTIFIED` (``XXX``, ``Unknown``), which is no country."""
    code = resolve_names([name]).get(name)
    return None if code == UNIDENTIFIED else code


def resolve_names(names: Iterable[str]) -> dict[str, str | None]:
    """Map each distinct name to a code (``None`` when unmatched)."""
    table = aliases()
    known = _iso3_names()
    out: dict[str, str | None] = {}
    pending: list[str] = []
    for name in dict.fromkeys(names):
        if name is None:
            continue
        key = _norm(name)
        if key in table:
            out[name] = table[key]
        elif name.strip().upper() in known and (len(name.strip()) == 3 or "-" in name):
            out[name] = name.strip().upper()
        elif name.rstrip().endswith("**"):
            out[name] = INTERNATIONAL_ORG
        elif name.rstrip().endswith("*"):
            out[name] = NON_STATE
        else:
            pending.append(name)
    if pending:
        converted = _coco().convert(pending, to="ISO3", not_found=None)
        if isinstance(converted, str) or converted is None:
            converted = [converted]
        for name, code in zip(pending, converted, strict=True):
            out[name] = code if isinstance(code, str) and code in known else None
    return out


def require_iso3(name: str, *, field: str = "country") -> str:
    """ISO3 code of a name or code a user typed; :class:`UnknownCountryError` if none, or if it
    names the placeholder :data:`UNIDENTIFIED` (a report of it would measure a bucket of unrelated
    parties)."""
    code = resolve_names([name]).get(name)
    expected = "expected an ISO3 code such as CAN or a country name"
    if code is None:
        raise UnknownCountryError(f"unknown country '{name}' ({expected})", field=field)
    if code == UNIDENTIFIED:
        raise UnknownCountryError(
            f"unknown country '{name}' {not_a_country(expected)}", field=field
        )
    return code
