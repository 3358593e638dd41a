"""Dependencies shared by the routers: the service state, pagination, country codes, partners,
dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Path, Query, Request
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from diversify.api._state import ServiceState
from diversify.errors import InputError, NotFoundError

T = TypeVar("T")

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000


def get_state(request: Request) -> ServiceState:
    return request.app.state.service  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int

    def page(self, items: list[T]) -> dict[str, object]:
        """The page of an in-memory list, in the :class:`~diversify.api._models.Page` layout."""
        return {"total": len(items), "limit": self.limit, "offset": self.offset,
                "items": items[self.offset : self.offset + self.limit]}


async def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


Iso3 = Annotated[
    str,
    Path(description="ISO 3166-1 alpha-3 country code, e.g. CAN.", pattern=r"^[A-Za-z]{3}$",
         examples=["CAN"]),
]


def country_code(iso3: str) -> str:
    """Upper-cased ISO3 code; :class:`NotFoundError` if it is no country we know, or is the
    placeholder ``XXX`` of the partners a source does not identify."""
    from diversify.reference.countries import UNIDENTIFIED, is_country_code, not_a_country

    code = iso3.upper()
    expected = "expected e.g. CAN, USA, DEU"
    if code == UNIDENTIFIED:
        raise NotFoundError(f"no country with the ISO3 code '{iso3}' {not_a_country(expected)}")
    if not is_country_code(code):
        raise NotFoundError(f"no country with the ISO3 code '{iso3}' ({expected})")
    return code


def partner_code(value: str, *, actors: tuple[str, ...] = ()) -> str:
    """The ISO3 code of a partner given by code or name, resolved as the command line resolves
    it (``Mexico``, ``mex`` -> ``MEX``), or one of ``actors`` (``EU`` for the news); an
    :class:`InputError` naming the query parameter ``partner`` otherwise (422)."""
    from diversify.reference.blocs import load_blocs
    from diversify.reference.countries import require_iso3, resolve_names

    name = value.strip()
    code = name.upper()
    if code in actors:
        return code
    if actors and resolve_names([name]).get(name) is None:
        raise InputError(f"unknown actor '{value}' (expected an ISO3 code, a country name or "
                         f"one of {', '.join(actors)})", field="partner")
    if not actors and code in load_blocs():
        raise InputError(f"'{code}' is a bloc, not a partner country: ask for its share with "
                         f"bloc={code}", field="partner")
    return require_iso3(name, field="partner")


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: Any) -> Any:
    """A query value as a date: only ``YYYY-MM-DD`` (pydantic alone would read ``2025`` as
    seconds since 1970 and refuse it with a message about datetimes)."""
    if not isinstance(value, str):
        return value
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise PydanticCustomError("iso_date", "expected an ISO date such as 2025-03-12, got {value}",
                              {"value": repr(value[:40])})


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A date query parameter: ``YYYY-MM-DD``, any other text a 422 saying so."""
