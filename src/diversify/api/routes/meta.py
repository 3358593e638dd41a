"""Read endpoints about what the warehouse holds: health, countries, blocs, sources."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from diversify.api._deps import Iso3, Paging, country_code, get_state, paging
from diversify.api._models import Bloc, Country, CountrySummary, Health, Page, Source
from diversify.api._state import ServiceState
from diversify.config import YEARS
from diversify.errors import NotFoundError

router = APIRouter()

# Codes that are no country a user would open a page for.
_NOT_COUNTRIES = {"XXX", "XNS", "XIO", "XHS"}


def _coverage(wh: Any) -> dict[str, list[dict[str, Any]]]:
    """Per country: datasets with first and last year and their sources."""
    from diversify.store.schema import COVERAGE_SQL

    rows = wh.query(
        f"""
        SELECT * FROM ({COVERAGE_SQL}) WHERE length(reporter) = 3
        UNION ALL
        SELECT country, indicator, min(year), max(year), list(DISTINCT source_id ORDER BY source_id)
        FROM national_series GROUP BY ALL
        ORDER BY 1, 2
        """
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for iso3, dataset, first, last, sources in rows:
        if iso3 in _NOT_COUNTRIES:
            continue
        out.setdefault(iso3, []).append(
            {"dataset": dataset, "first_year": int(first), "last_year": int(last),
             "sources": list(sources)}
        )
    return out


def _summaries(wh: Any) -> list[dict[str, Any]]:
    from diversify.reference.countries import country_name, is_known_code

    items = []
    for iso3, cov in _coverage(wh).items():
        if not is_known_code(iso3):
            continue
        items.append({
            "iso3": iso3, "name": country_name(iso3),
            "first_year": min(c["first_year"] for c in cov),
            "last_year": max(c["last_year"] for c in cov),
            "datasets": sorted({c["dataset"] for c in cov}),
            "coverage": cov,
        })
    items.sort(key=lambda c: c["name"])
    return items


@router.get("/health", response_model=Health, tags=["meta"])
def health(state: Annotated[ServiceState, Depends(get_state)]) -> dict[str, Any]:
    """Liveness, version and what this server allows."""
    from importlib import util
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("diversify")
    except PackageNotFoundError:
        ver = "unknown"
    with state.pool.acquire() as wh:
        n = wh.query("SELECT count(*) FROM sources")[0][0]
    settings = state.settings
    return {
        "status": "ok", "version": ver, "sources": int(n),
        "writes_enabled": settings.writes_enabled,
        "read_requires_token": settings.read_requires_token,
        "features": {name: util.find_spec(f"diversify.{mod}") is not None for name, mod in
                     (("report", "report.build"), ("scenarios", "scenarios"), ("news", "news"))},
    }


@router.get("/countries", response_model=Page[CountrySummary], tags=["countries"])
def countries(
    state: Annotated[ServiceState, Depends(get_state)],
    page: Annotated[Paging, Depends(paging)],
    q: Annotated[str | None, Query(max_length=100, description="Part of a name or code.")] = None,
    dataset: Annotated[str | None, Query(max_length=60, description="Only countries with data "
                                         "in this domain or series, e.g. arms_imports.")] = None,
) -> dict[str, object]:
    """Countries with data in the warehouse, by name."""
    items = state.memoised("countries", _summaries)
    if q:
        needle = q.casefold()
        items = [c for c in items if needle in c["name"].casefold() or needle in c["iso3"].casefold()]
    if dataset:
        items = [c for c in items if dataset in c["datasets"]]
    return page.page(items)


@router.get("/countries/{iso3}", response_model=Country, tags=["countries"])
def country(state: Annotated[ServiceState, Depends(get_state)], iso3: Iso3) -> dict[str, Any]:
    """One country: what data it has (years, sources) and its blocs."""
    from diversify.reference.blocs import load_blocs
    from diversify.reference.countries import country_name

    code = country_code(iso3)
    found = [c for c in state.memoised("countries", _summaries) if c["iso3"] == code]
    if found:
        out = dict(found[0])
    else:
        out = {"iso3": code, "name": country_name(code), "datasets": [], "coverage": []}
    year = out.get("last_year") or dt.date.today().year
    out["blocs"] = sorted(b.code for b in load_blocs().values() if code in b.members_in(year))
    return out


# The sources named in the header of reference/data/blocs.toml.
BLOC_SOURCE = ("diversify reference data (reference/data/blocs.toml): EU treaties of accession "
               "and the Withdrawal Agreement (EUR-Lex); NATO, 'Member countries' (nato.int); "
               "G7 presidencies; the UKUSA agreement; user blocs from $DIVERSIFY_BLOCS")


def _bloc(bloc: Any, year: int | None) -> dict[str, Any]:
    from diversify.reference.countries import country_name

    return {
        "code": bloc.code, "name": bloc.name, "year": year, "source": BLOC_SOURCE,
        "members": [{"country": m.country, "name": country_name(m.country), "joined": m.joined,
                     "left": m.left} for m in bloc.members],
        "members_in_year": sorted(bloc.members_in(year)) if year is not None else None,
    }


YearQ = Annotated[int | None, Query(ge=YEARS[0], le=YEARS[1], description="Membership on 1 July of "
                                    "this year.")]


@router.get("/blocs", response_model=list[Bloc], tags=["blocs"])
def blocs(year: YearQ = None) -> list[dict[str, Any]]:
    """Every bloc with its members and their dates of joining and leaving."""
    from diversify.reference.blocs import load_blocs

    return [_bloc(b, year) for b in load_blocs().values()]


@router.get("/blocs/{code}", response_model=Bloc, tags=["blocs"])
def bloc(code: Annotated[str, Path(max_length=40)], year: YearQ = None) -> dict[str, Any]:
    """One bloc; with `year`, the members on 1 July of that year."""
    from diversify.reference.blocs import load_blocs

    table = load_blocs()
    if code.upper() not in table:
        raise NotFoundError(f"no bloc '{code}' (expected one of: {', '.join(sorted(table))})")
    return _bloc(table[code.upper()], year)


@router.get("/sources", response_model=Page[Source], tags=["sources"])
def sources(
    state: Annotated[ServiceState, Depends(get_state)],
    page: Annotated[Paging, Depends(paging)],
    publisher: Annotated[str | None, Query(max_length=100, description="Part of the "
                                           "publisher's name, e.g. SIPRI.")] = None,
) -> dict[str, object]:
    """Every loaded file with its provenance (publisher, dataset, version, SHA-256, licence)."""
    with state.pool.acquire() as wh:
        rows = wh.sources()
    if publisher:
        rows = [r for r in rows if publisher.casefold() in r["publisher"].casefold()]
    return page.page(rows)


@router.get("/sources/{source_id}", response_model=Source, tags=["sources"])
def source(state: Annotated[ServiceState, Depends(get_state)],
           source_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    """One source's provenance."""
    with state.pool.acquire() as wh:
        rows = [r for r in wh.sources() if r["source_id"] == source_id]
    if not rows:
        raise NotFoundError(f"no source '{source_id}' in the warehouse (see /api/sources)")
    return rows[0]
