"""News: articles, stories, events, claims with verdicts, the timeline and the dyad
(pivot) index; upload of articles with the token."""

from __future__ import annotations

import datetime as dt
import tempfile
import weakref
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from diversify.api._auth import AuthFirstRoute, require_write
from diversify.api._deps import IsoDate, Paging, get_state, paging, partner_code
from diversify.api._json import Body, clean
from diversify.api._models import Page, SourceRef
from diversify.api._state import ServiceState
from diversify.errors import InputError, NotFoundError

router = APIRouter(prefix="/news", tags=["news"], route_class=AuthFirstRoute)

ACTOR_BLOCS = ("EU", "NATO", "UN", "WTO", "G7")
Actor = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9]{2,4}$", description="ISO3 code, or EU, "
                                 "NATO, UN, WTO, G7.", examples=["CAN"])]
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                    "COERCE", "ASSAULT"]
Verdict = Literal["supported", "contradicted", "not_comparable", "unverifiable", "unchecked"]


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    article_id: str
    story_id: str
    url: str | None
    title: str | None
    published: dt.date | None
    source: str | None = Field(description="Publisher.")
    text: str
    events: int
    claims: int


class NewsEvent(BaseModel):
    article_id: str
    seq: int
    source: str
    type: str
    target: str | None
    date: dt.date | None
    evidence: str = Field(description="The article's words that report the event.")
    weight: float = Field(description="Cooperation (+) or conflict (-), -10..+10.")
    article_title: str | None
    article_url: str | None
    published: dt.date | None


class NewsClaim(BaseModel):
    """A number an article states, and what the data say."""

    article_id: str
    seq: int
    quantity: float
    unit: str
    subject: str
    year: int | None
    text: str = Field(description="The phrase in the article.")
    verdict: str = Field(description="supported, contradicted, not_comparable, unverifiable, "
                         "or unchecked.")
    measure: str | None
    data_value: float | None
    data_year: int | None
    data_source: str | None = Field(description="Citation of the data the claim was checked "
                                    "against.")
    note: str | None
    source_id: str | None = Field(description="The source the verdict was checked against, a row "
                                  "of `GET /api/sources`; when a data ingest replaces or removes it, "
                                  "the claim is checked again against the data then loaded.")
    article_title: str | None
    article_url: str | None
    published: dt.date | None


class Story(BaseModel):
    story_id: str
    title: str | None
    first_published: dt.date | None
    articles: int


class NewsIngestOut(BaseModel):
    articles: int
    skipped: int
    stories: int
    events: int
    claims: int
    folded: int
    notes: list[str]


class DyadIndex(BaseModel):
    """Cooperation-conflict index per country pair and month, from deduplicated events."""

    country: str
    months: list[dict[str, Any]]
    totals: list[dict[str, Any]]
    undated_events: int
    timeline: list[dict[str, Any]] = Field(description="Events involving the actor, once per "
                                           "story, oldest first.")
    figure: dict[str, Any]
    timeline_figure: dict[str, Any]
    sources: list[SourceRef]


def _actor(value: str) -> str:
    from diversify.reference.countries import is_country_code

    code = value.upper()
    if code in ACTOR_BLOCS or is_country_code(code):
        return code
    raise NotFoundError(f"no actor '{value}' (expected an ISO3 code or one of "
                        f"{', '.join(ACTOR_BLOCS)})")


def _has_news(wh: Any) -> bool:
    from diversify.news.store import has_news

    return bool(has_news(wh))


def _rows(wh: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = wh.con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _paged(wh: Any, base: str, where: list[str], params: list[Any], order: str,
           page: Paging, count_base: str | None = None) -> dict[str, Any]:
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    total = wh.con.execute(f"SELECT count(*) FROM ({count_base or base}{clause})",
                           params).fetchone()[0]
    items = _rows(wh, f"{base}{clause} ORDER BY {order} LIMIT ? OFFSET ?",
                  [*params, page.limit, page.offset])
    return {"total": int(total), "limit": page.limit, "offset": page.offset, "items": items}


def _filters(*conditions: tuple[str, Any]) -> tuple[list[str], list[Any]]:
    """WHERE terms and their parameters for the filters given (value not None or empty);
    the value is bound to every ``?`` of its term."""
    where: list[str] = []
    params: list[Any] = []
    for sql, value in conditions:
        if value:
            where.append(sql)
            params += [value] * sql.count("?")
    return where, params


def like_literal(text: str) -> str:
    """``text`` for a LIKE pattern that matches it literally (``%``, ``_`` and ``\\`` escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def _cached(request: Request, key: tuple[Any, ...], compute: Any) -> Response:
    """A list answered from the cache of the current data generation; built in a worker
    thread on a miss. Lists are the same bytes until the data change, so repeated
    requests cost no query and no serialisation (and leave the threads to reports)."""
    from diversify.api._deps import get_state
    from diversify.api.routes.report import send

    state = get_state(request)
    if state.refresh_due():
        await run_in_threadpool(state.refresh)
    full = (state.generation, *key)
    body = state.news.get(full)
    if body is None:
        body = await run_in_threadpool(lambda: Body(compute(state)))
        state.news.put(full, body)
    return send(request, body)


def _empty(page: Paging) -> dict[str, Any]:
    return {"total": 0, "limit": page.limit, "offset": page.offset, "items": []}


def _list_page(base: str, where: list[str], params: list[Any], order: str, page: Paging,
               count_base: str | None = None) -> Any:
    """The function that reads one page of a news list (empty before any news is stored)."""
    def compute(state: ServiceState) -> dict[str, Any]:
        with state.pool.acquire() as wh:
            if not _has_news(wh):
                return _empty(page)
            return _paged(wh, base, where, params, order, page, count_base=count_base)

    return compute


Since = Annotated[IsoDate | None, Query(description="Published on or after (YYYY-MM-DD).")]
Until = Annotated[IsoDate | None, Query(description="Published on or before (YYYY-MM-DD).")]

_ARTICLES = """SELECT a.article_id, a.story_id, a.url, a.title, a.published, a.source, a.text,
    (SELECT count(*) FROM events e WHERE e.article_id = a.article_id) AS events,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims
    FROM articles a"""


@router.get("/articles", response_model=None,
            responses={200: {"model": Page[ArticleOut], "description": "Stored articles."}})
async def articles(
    request: Request, page: Annotated[Paging, Depends(paging)],
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or text.")] = None,
    story: Annotated[str | None, Query(max_length=200)] = None,
    since: Since = None, until: Until = None,
) -> Response:
    """Stored articles, newest first."""
    where, params = _filters(
        ("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')",
         f"%{like_literal(q)}%" if q else None),
        ("a.story_id = ?", story),
        ("a.published >= ?", since),
        ("a.published <= ?", until),
    )

    compute = _list_page(_ARTICLES + " ", where, params, "a.published DESC NULLS LAST, a.article_id",
                         page, count_base="SELECT a.article_id FROM articles a ")

    return await _cached(request, ("articles", page, q, story, since, until), compute)


# An article id may hold "/" (ids are often the path of the article's URL): the route takes the
# rest of the path, "/articles/world/2025/x" as well as "/articles/world%2F2025%2Fx".
@router.get("/articles/{article_id:path}", response_model=dict[str, Any])
def article(state: Annotated[ServiceState, Depends(get_state)],
            article_id: Annotated[str, PathParam(max_length=300)]) -> Any:
    """One article with its events and claims (with verdicts)."""
    follow_the_data(state)
    with state.pool.acquire() as wh:
        found = _rows(wh, _ARTICLES + " WHERE a.article_id = ?", [article_id]) \
            if _has_news(wh) else []
        if not found:
            raise NotFoundError(f"no stored article '{article_id}'")
        out = found[0]
        out["event_list"] = _rows(wh, "SELECT * FROM events WHERE article_id = ? ORDER BY seq",
                                  [article_id])
        out["claim_list"] = _rows(wh, f"SELECT {_CLAIM_FIELDS} FROM claims WHERE article_id = ? "
                                  "ORDER BY seq", [article_id])
    return clean(out)


_CLAIM_FIELDS = ("article_id, seq, quantity, unit, subject, year, text, verdict, measure, data_value, "
                 "data_year, data_source, note, source_id")
"""The stored claim as the API shows it (what it was checked as stays inside)."""


@router.get("/stories", response_model=Page[Story])
def stories(state: Annotated[ServiceState, Depends(get_state)],
            page: Annotated[Paging, Depends(paging)]) -> dict[str, Any]:
    """Stories: near-duplicate articles folded into one, newest first."""
    with state.pool.acquire() as wh:
        if not _has_news(wh):
            return _empty(page)
        return clean(_paged(wh, "SELECT story_id, title, first_published, articles FROM stories",
                            [], [], "first_published DESC NULLS LAST, story_id", page))


@router.get("/events", response_model=None,
            responses={200: {"model": Page[NewsEvent], "description": "Coded events."}})
async def events(
    request: Request, page: Annotated[Paging, Depends(paging)],
    actor: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{2,4}$",
                                       description="Source or target.")] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type.")] = None,
    article: Annotated[str | None, Query(max_length=300)] = None,
    since: Since = None, until: Until = None,
) -> Response:
    """Coded events as stored per article (the timeline counts each once per story)."""
    where, params = _filters(
        ("(e.source = ? OR e.target = ?)", actor.upper() if actor else None),
        ("e.type = ?", type),
        ("e.article_id = ?", article),
        ("coalesce(e.date, a.published) >= ?", since),
        ("coalesce(e.date, a.published) <= ?", until),
    )
    base = ("SELECT e.article_id, e.seq, e.source, e.type, e.target, e.date, e.evidence, e.weight, "
            "a.title AS article_title, a.url AS article_url, a.published FROM events e "
            "JOIN articles a USING (article_id)")

    compute = _list_page(base, where, params,
                         "coalesce(e.date, a.published) NULLS LAST, e.article_id, e.seq", page)

    return await _cached(request, ("events", page, actor, type, article, since, until), compute)


@router.get("/claims", response_model=None,
            responses={200: {"model": Page[NewsClaim], "description": "Claims with verdicts."}})
async def claims(
    request: Request, page: Annotated[Paging, Depends(paging)],
    verdict: Annotated[Verdict | None, Query(description="Only claims with this verdict.")] = None,
    unit: Annotated[str | None, Query(max_length=30)] = None,
    article: Annotated[str | None, Query(max_length=300)] = None,
) -> Response:
    """Numbers stated in the news with the verdict of the check against the data: the data
    value, its year and its source."""
    where, params = _filters(
        ("coalesce(c.verdict, 'unchecked') = ?", verdict),
        ("c.unit = ?", unit),
        ("c.article_id = ?", article),
    )
    base = ("SELECT c.article_id, c.seq, c.quantity, c.unit, c.subject, c.year, c.text, "
            "coalesce(c.verdict, 'unchecked') AS verdict, c.measure, c.data_value, c.data_year, "
            "c.data_source, c.note, c.source_id, a.title AS article_title, a.url AS article_url, "
            "a.published FROM claims c JOIN articles a USING (article_id)")
    compute = _list_page(base, where, params, "a.published DESC NULLS LAST, c.article_id, c.seq",
                         page)
    state = get_state(request)
    if state.refresh_due():
        await run_in_threadpool(state.refresh)
    if not await run_in_threadpool(follow_the_data, state):
        from diversify.api.routes.report import send

        # stale verdicts the server cannot write now: shown as stored (each names the source it
        # was checked against), and not cached, so the next request tries again
        return send(request, await run_in_threadpool(lambda: Body(compute(state))))
    return await _cached(request, ("claims", page, verdict, unit, article), compute)


_CURRENT: weakref.WeakKeyDictionary[ServiceState, int] = weakref.WeakKeyDictionary()
"""The data generation in which each service last found the stored verdicts current."""


def follow_the_data(state: ServiceState) -> bool:
    """Bring the stored verdicts up to date with the data before claims are read.

    A verdict checked against a source that a data ingest has since replaced or
    removed is checked again (news tables of an earlier layout are brought up to
    date first) through the server's one writer, in one transaction
    (:func:`diversify.news.store.refresh_verdicts`). The data change only with a
    new generation, so this looks at the warehouse once per generation. Returns
    False when verdicts are stale and the warehouse cannot be written now (another
    process holds it): they are then read as stored; tables of an earlier layout
    cannot be read that way, and the request answers 503.
    """
    from diversify.errors import BusyError
    from diversify.news.store import (
        NEWS_SCHEMA_VERSION,
        has_news,
        news_schema_version,
        refresh_verdicts,
        verdicts_current,
    )

    generation = state.generation
    if _CURRENT.get(state) == generation:
        return True
    with state.pool.acquire() as wh:
        current = verdicts_current(wh)
        readable = not has_news(wh) or news_schema_version(wh) == NEWS_SCHEMA_VERSION
    if not current:
        try:
            with state.writing() as wh:
                refresh_verdicts(wh)
        except BusyError:
            if not readable:
                raise
            return False
    _CURRENT[state] = generation
    return True


@router.get("/dyads/{actor}", response_model=DyadIndex)
def dyads(
    state: Annotated[ServiceState, Depends(get_state)], actor: Actor,
    partner: Annotated[list[str] | None, Query(description="Only these partners (ISO3 code, "
                                               "country name, EU, NATO, UN, WTO or G7; "
                                               "repeatable).")] = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="Timeline events at most.")] = 500,
) -> Any:
    """The pivot index: monthly cooperation-conflict index of every pair with ``actor``
    (events counted once per story), the event timeline, and their Plotly figures."""
    from diversify.news.charts import dyad_figure, timeline_figure
    from diversify.news.dyads import dyad_index, dyad_totals, timeline

    code = _actor(actor)
    partners = [partner_code(p, actors=ACTOR_BLOCS) for p in partner] if partner else None
    with state.pool.acquire() as wh:
        rows, undated = dyad_index(wh, code, partners=partners)
        events = timeline(wh, code, limit=limit)
        n = wh.query("SELECT count(*) FROM articles")[0][0] if _has_news(wh) else 0
    return clean({
        "country": code, "months": [r.to_json() for r in rows],
        "totals": [r.to_json() for r in dyad_totals(rows)], "undated_events": undated,
        "figure": dyad_figure(rows, title=f"Cooperation-conflict index with {code}, by month"),
        "timeline_figure": timeline_figure(events, title=f"Events involving {code}"),
        "timeline": [e.to_json() for e in events],
        "sources": [{"id": "news:articles", "publisher": "stored news articles",
                     "dataset": "events coded by diversify.news (PLOVER types, weights -10..+10)",
                     "citation": f"{n} stored news articles; events coded by diversify.news, "
                                 "counted once per story"}],
    })


@router.post("/articles", response_model=NewsIngestOut, dependencies=[Depends(require_write)],
             tags=["write"])
def upload(
    state: Annotated[ServiceState, Depends(get_state)],
    file: Annotated[UploadFile, File(description="Articles: JSONL (one article per line), "
                                     "an HTML page, an RSS/Atom feed or plain text.")],
    input_format: Annotated[Literal["auto", "jsonl", "html", "feed", "text"], Query()] = "auto",
    allow_bad_dates: Annotated[bool, Query()] = False,
) -> dict[str, Any]:
    """Store articles with their events, claims (checked against the data) and stories;
    all or nothing, and the same articles again add nothing."""
    from diversify.api.routes.ingest import safe_file_name
    from diversify.news.store import ingest_path

    name = safe_file_name(file.filename, "articles.jsonl")
    with tempfile.TemporaryDirectory(prefix="diversify-news-") as tmp:
        path = Path(tmp) / name
        with open(path, "wb") as out:
            while chunk := file.file.read(1 << 20):
                out.write(chunk)
        try:
            with state.writing() as wh:
                r = ingest_path(wh, path, fmt=input_format, allow_bad_dates=allow_bad_dates)
        except InputError as exc:
            if exc.path:
                exc.path = exc.path.replace(str(path), name).replace(tmp, "upload")
            raise
    if r.articles:
        state.data_changed()
    return {"articles": r.articles, "skipped": r.skipped, "stories": r.stories,
            "events": r.events, "claims": r.claims, "folded": r.folded, "notes": list(r.notes)}
