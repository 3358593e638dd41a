"""The dependency report (the JSON contract of ``diversify report``), its HTML and
PDF renderings, and yearly series per domain, partner and bloc."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from diversify.api._deps import Iso3, country_code, get_state, partner_code
from diversify.api._json import Body
from diversify.api._models import NationalSeries, Series
from diversify.api._report_models import Report
from diversify.api._state import ServiceState
from diversify.config import YEARS
from diversify.errors import InputError
from diversify.indicators.domains import ALL_REPORT_DOMAINS, DOMAINS

router = APIRouter()

ReportDomain = Literal[ALL_REPORT_DOMAINS]  # type: ignore[valid-type]
BilateralDomain = Literal[tuple(DOMAINS)]  # type: ignore[valid-type]
MAX_GROUPS = 10

YearQ = Annotated[int | None, Query(ge=YEARS[0], le=YEARS[1], description="Year (default: the latest "
                                    "with data).")]
DomainQ = Annotated[list[ReportDomain] | None, Query(description="Domains (repeatable; default: "
                                                      "the five report domains).")]
BlocQ = Annotated[list[str] | None, Query(description="Extra bloc or country shares "
                                          "(repeatable): EU, NATO, G7, FVEY, CHN ...")]


def _groups(values: list[str] | None, field: str = "bloc") -> tuple[str, ...]:
    items = tuple(v.strip() for v in values or () if v.strip())
    if len(items) > MAX_GROUPS:
        raise InputError(f"at most {MAX_GROUPS} {field}s, got {len(items)}", field=field)
    for v in items:
        if len(v) > 40:
            raise InputError(f"a {field} has at most 40 characters", field=field)
    return items


def _blocs(bloc: list[str] | None) -> tuple[str, ...]:
    """The blocs or countries asked for, each known (422 naming ``bloc`` otherwise)."""
    from diversify.reference.blocs import resolve_group

    return tuple(dict.fromkeys(resolve_group(b, field="bloc") for b in _groups(bloc)))


def _partners(partner: list[str] | None) -> tuple[str, ...]:
    """The partner countries asked for, by code or name as on the command line (422 naming
    ``partner`` for one that is no country)."""
    return tuple(dict.fromkeys(partner_code(p) for p in _groups(partner, "partner")))


def send(request: Request, body: Body) -> Response:
    """A cached JSON body, compressed when the client accepts gzip."""
    headers = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(body.gzipped, media_type="application/json", headers=headers)
    return Response(body.plain, media_type="application/json", headers=headers)


def _build(state: ServiceState, iso3: str, year: int | None, domains: tuple[str, ...],
           blocs: tuple[str, ...]) -> dict[str, Any]:
    from diversify.report.build import build_report

    with state.pool.acquire() as wh:
        return build_report(wh, iso3, year=year, domains=list(domains) or None,
                            blocs=list(blocs) or None)


async def cached_report(state: ServiceState, iso3: str, year: int | None,
                        domains: tuple[str, ...], blocs: tuple[str, ...]) -> Body:
    """The report as a cached :class:`Body`; built in a worker thread on a miss."""
    if state.refresh_due():
        await run_in_threadpool(state.refresh)
    key = (state.generation, iso3, year, domains, blocs)
    body = state.reports.get(key)
    if body is None:
        rep = await run_in_threadpool(_build, state, iso3, year, domains, blocs)
        body = await run_in_threadpool(Body, rep)
        state.reports.put(key, body)
    return body  # type: ignore[no-any-return]


@router.get(
    "/report/{iso3}", response_model=None, tags=["report"],
    responses={200: {"model": Report, "description": "The report (JSON contract)."}},
)
async def report(request: Request, iso3: Iso3, year: YearQ = None, domain: DomainQ = None,
                 bloc: BlocQ = None) -> Response:
    """A country's dependency report: per domain the partners with shares, USA vs EU27 vs
    rest, HHI, effective partners, changes over 5 and 10 years, and the sources of every
    figure. The same JSON as `diversify report ISO3 --format json`."""
    state = get_state(request)
    code = country_code(iso3)
    body = await cached_report(state, code, year, tuple(dict.fromkeys(domain or ())),
                               _blocs(bloc))
    return send(request, body)


@router.get("/report/{iso3}/html", response_model=None, tags=["report"],
            responses={200: {"content": {"text/html": {}}, "description": "HTML report"}})
async def report_html(request: Request, iso3: Iso3, year: YearQ = None, domain: DomainQ = None,
                      bloc: BlocQ = None) -> HTMLResponse:
    """The HTML report (charts, methods and sources), self-contained and usable offline."""
    import json

    from diversify.report.html import render_html

    state = get_state(request)
    body = await cached_report(state, country_code(iso3), year,
                               tuple(dict.fromkeys(domain or ())), _blocs(bloc))
    html = await run_in_threadpool(render_html, json.loads(body.plain))
    return HTMLResponse(html)


@router.get("/report/{iso3}/pdf", response_model=None, tags=["report"],
            responses={200: {"content": {"application/pdf": {}}, "description": "PDF report"}})
async def report_pdf(request: Request, iso3: Iso3, year: YearQ = None, domain: DomainQ = None,
                     bloc: BlocQ = None) -> Response:
    """The report as PDF (WeasyPrint), with the same charts drawn as vector graphics."""
    import json

    from diversify.report.pdf import render_pdf

    state = get_state(request)
    code = country_code(iso3)
    body = await cached_report(state, code, year, tuple(dict.fromkeys(domain or ())),
                               _blocs(bloc))
    pdf = await run_in_threadpool(render_pdf, json.loads(body.plain))
    name = f"diversify-{code}-{year or 'latest'}.pdf"
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@router.get("/series/{iso3}/{domain}", response_model=Series, tags=["series"])
async def series(
    request: Request, iso3: Iso3, domain: BilateralDomain,  # type: ignore[valid-type]
    partner: Annotated[list[str] | None, Query(description="Partner countries (ISO3 code or "
                                               "name, repeatable); default: the top partners of "
                                               "the last year.")] = None,
    bloc: BlocQ = None,
    top: Annotated[int, Query(ge=1, le=20, description="How many top partners by default.")] = 6,
    start: Annotated[int | None, Query(ge=YEARS[0], le=YEARS[1])] = None,
    end: Annotated[int | None, Query(ge=YEARS[0], le=YEARS[1])] = None,
    window: Annotated[int | None, Query(ge=1, le=20, description="Years summed per point "
                                        "(default: 5 for arms, else 1).")] = None,
) -> Response:
    """Yearly totals, partner values and shares, bloc shares and concentration (HHI) of one
    domain; each point names its source."""
    from diversify.api._series import build_series

    state = get_state(request)
    code = country_code(iso3)
    partners = _partners(partner)
    if state.refresh_due():
        await run_in_threadpool(state.refresh)
    blocs = _blocs(bloc)
    key = (state.generation, code, domain, partners, blocs, top, start, end, window)
    body = state.series.get(key)
    if body is None:
        def work() -> Body:
            with state.pool.acquire() as wh:
                out = build_series(wh, code, domain, partners=list(partners),
                                   blocs=list(blocs), top=top, start=start, end=end,
                                   window=window)
            return Body(out)

        body = await run_in_threadpool(work)
        state.series.put(key, body)
    return send(request, body)


@router.get("/national/{iso3}", response_model=list[NationalSeries], tags=["series"])
def national(
    iso3: Iso3, state: Annotated[ServiceState, Depends(get_state)],
    indicator: Annotated[list[str] | None, Query(description="Indicators (repeatable), e.g. "
                                                 "milex_share_gdp, milex_constant_usd.")] = None,
) -> list[dict[str, Any]]:
    """A country's national series (military expenditure as % of GDP and in constant US$,
    trade totals, ...), each point with its source."""
    from diversify.api._series import national_series

    code = country_code(iso3)
    with state.pool.acquire() as wh:
        return national_series(wh, code, indicator)
