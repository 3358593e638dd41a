"""News tables in the warehouse, created on first use.

======== =================================================================
table    one row per
======== =================================================================
articles article: ``article_id``, ``text_hash`` (unique, makes ingest
         idempotent), ``story_id``, url, title, published, source (publisher),
         origin (file and line), text, MinHash ``signature``
stories  story: id (its earliest article), title, first published, articles
events   event of an article: source, type, target, date, evidence, weight
claims   claim of an article: quantity, unit, subject, year, text and the
         verdict with data value, year, source (citation) and ``source_id``
         (the row of ``sources`` it was checked against), and what it was
         checked as (``check_kind``, ``reporter``, ``partner``)
======== =================================================================

An event or claim counts once per story (see :mod:`diversify.news.dyads`);
every article keeps its own rows as provenance.

**Versions of the news tables.** ``meta.news_schema_version`` says which
layout the tables have (no entry: the first one); an earlier layout is brought
up to date in the transaction of the next news write or claims read
(:data:`NEWS_MIGRATIONS`), as the warehouse's own tables are on opening.

**Verdicts follow the data.** A stored verdict names the source it was checked
against. When a data ingest replaces or removes that source, the verdict is
stale; it is checked again, from what the claim was checked as (no article is
read again), the next time claims are read (:func:`refresh_verdicts`, which the
claims API calls) or stored (``news ingest``), in one transaction. The data
ingest itself does not touch the news tables: it belongs to the store, which
needs nothing of the news stage.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

import numpy as np

from diversify.errors import DiversifyError
from diversify.news.ingest import Format, origin_file, read_articles, resolve_ids, unique_ids
from diversify.news.model import Article, ArticleResult, Check, CheckKind, Claim

if TYPE_CHECKING:
    from pathlib import Path

    from diversify.store.warehouse import Warehouse

NEWS_DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id  VARCHAR PRIMARY KEY,
    text_hash   VARCHAR NOT NULL UNIQUE,
    story_id    VARCHAR NOT NULL,
    url         VARCHAR,
    title       VARCHAR,
    published   DATE,
    source      VARCHAR,
    origin      VARCHAR,
    text        VARCHAR NOT NULL,
    signature   BLOB NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    story_id        VARCHAR PRIMARY KEY,
    title           VARCHAR,
    first_published DATE,
    articles        INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    source     VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    target     VARCHAR,
    date       DATE,
    evidence   VARCHAR NOT NULL,
    weight     DOUBLE NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS claims (
    article_id  VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    quantity    DOUBLE NOT NULL,
    unit        VARCHAR NOT NULL,
    subject     VARCHAR NOT NULL,
    year        INTEGER,
    text        VARCHAR NOT NULL,
    verdict     VARCHAR,
    measure     VARCHAR,
    data_value  DOUBLE,
    data_year   INTEGER,
    data_source VARCHAR,
    note        VARCHAR,
    source_id   VARCHAR,
    check_kind  VARCHAR,
    reporter    VARCHAR,
    partner     VARCHAR,
    PRIMARY KEY (article_id, seq)
);
"""

NEWS_SCHEMA_VERSION = "2"

NEWS_MIGRATIONS = {
    # 1 -> 2: a claim keeps the source it was checked against and what it was checked as
    # (filled in, and the claim checked again, by _fill_checks).
    "1": [
        "ALTER TABLE claims ADD COLUMN source_id VARCHAR",
        "ALTER TABLE claims ADD COLUMN check_kind VARCHAR",
        "ALTER TABLE claims ADD COLUMN reporter VARCHAR",
        "ALTER TABLE claims ADD COLUMN partner VARCHAR",
    ],
}

CLAIM_COLUMNS = ("article_id", "seq", "quantity", "unit", "subject", "year", "text", "verdict",
                 "measure", "data_value", "data_year", "data_source", "note", "source_id",
                 "check_kind", "reporter", "partner")

_WRITES = threading.Lock()
"""News writes of one process, one at a time (API request threads share the database: two
transactions changing the same claims would conflict)."""


@dataclass(frozen=True)
class NewsIngestResult:
    """What one ``news ingest`` added."""

    articles: int
    skipped: int
    stories: int
    events: int
    claims: int
    folded: int
    notes: tuple[str, ...] = field(default=())
    repeated: int = 0
    """Of ``skipped``: articles whose text an earlier article of the same input has."""
    rechecked: int = 0
    """Stored claims checked again because a source they were checked against is gone."""


def ensure_tables(wh: Warehouse) -> None:
    """Create the news tables, or bring those of an earlier version up to date.

    Run inside the caller's transaction.
    """
    existed = has_news(wh)
    version = news_schema_version(wh) if existed else NEWS_SCHEMA_VERSION
    if version != NEWS_SCHEMA_VERSION and version not in NEWS_MIGRATIONS:
        raise DiversifyError(f"{wh.path}: news tables of schema version {version!r}, which this "
                             f"version of diversify does not read (it reads {NEWS_SCHEMA_VERSION})")
    wh.con.execute(NEWS_DDL)
    if version != NEWS_SCHEMA_VERSION:
        for statement in NEWS_MIGRATIONS[version]:
            wh.con.execute(statement)
        _fill_checks(wh)
    if version != NEWS_SCHEMA_VERSION or not existed:
        wh.con.execute("INSERT OR REPLACE INTO meta VALUES ('news_schema_version', ?)",
                       [NEWS_SCHEMA_VERSION])


def news_schema_version(wh: Warehouse) -> str:
    """The layout of the stored news tables (``"1"``: from before the layout was recorded)."""
    row = wh.query("SELECT value FROM meta WHERE key = 'news_schema_version'")
    return str(row[0][0]) if row else "1"


def has_news(wh: Warehouse) -> bool:
    return bool(wh.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'articles'"))


def stored_signatures(wh: Warehouse) -> list[tuple[str, dt.date | None, np.ndarray, str]]:
    """(article id, published, signature, story id) of every stored article."""
    if not has_news(wh):
        return []
    rows = wh.query("SELECT article_id, published, signature, story_id FROM articles")
    return [(a, p, np.frombuffer(bytes(sig), dtype=np.uint32).astype(np.uint64), s)
            for a, p, sig, s in rows]


def ingest_path(wh: Warehouse, path: str | Path, *, fmt: Format = "auto",
                allow_bad_dates: bool = False, processes: int = 1) -> NewsIngestResult:
    """Read, extract and store articles; all or nothing, and again adds nothing."""
    articles = read_articles(path, fmt=fmt, allow_bad_dates=allow_bad_dates)
    return ingest_articles(wh, articles, processes=processes)


def ingest_articles(wh: Warehouse, articles: Sequence[Article], *, processes: int = 1
                    ) -> NewsIngestResult:
    """Store new articles with their events, claims and stories, in one transaction.

    An article whose text is stored (up to whitespace) or repeats an earlier
    one of ``articles`` is skipped; a new article whose id a stored one has is
    stored as ``id-2`` (a note says so) before stories are folded, so it joins
    a stored story only when its text is a version of that story's. Stored
    claims whose data source is gone are checked again in the same transaction.
    """
    from diversify.news.pipeline import _process_many, stories_for, verify

    arts = list(articles)
    ids_read = resolve_ids([(origin_file(a.origin), a.id, a.id_given, a.origin) for a in arts])
    arts = [a if a.id == aid else replace(a, id=aid) for a, aid in zip(arts, ids_read, strict=True)]
    known_hashes: set[str] = set()
    known_ids: set[str] = set()
    if has_news(wh):
        known_hashes = {h for (h,) in wh.query("SELECT text_hash FROM articles")}
        known_ids = {i for (i,) in wh.query("SELECT article_id FROM articles")}
    new: list[Article] = []
    first: dict[str, Article] = {}
    skipped = 0
    notes: list[str] = []
    for a in arts:
        h = a.text_hash
        if h in known_hashes:
            skipped += 1
        elif h in first:
            skipped += 1
            notes.append(f"article {a.id!r}{_where(a)} repeats the text of {first[h].id!r}"
                         f"{_where(first[h])}, up to whitespace: stored once")
        else:
            first[h] = a
            new.append(a)
    repeated = len(notes)
    if not new:
        rechecked = refresh_verdicts(wh)
        return NewsIngestResult(0, skipped, 0, 0, 0, 0, (
            "nothing new: every article is stored", *notes, *_rechecked_note(rechecked)),
            repeated=repeated, rechecked=rechecked)
    ids = unique_ids([a.id for a in new], known_ids)
    processed = _process_many(new, processes)
    stories = stories_for(processed, wh, ids=ids)
    results = [ArticleResult(p.article, story, p.events, verify(p, wh), p.removed_paragraphs)
               for p, story in zip(processed, stories, strict=True)]
    known_stories: set[str] = set()
    if has_news(wh):
        known_stories = {i for (i,) in wh.query("SELECT story_id FROM stories")}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    touched = sorted(set(stories))
    with _WRITES, wh.transaction() as con:
        ensure_tables(wh)
        rechecked = _recheck(wh)
        for r, aid, p in zip(results, ids, processed, strict=True):
            a = r.article
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, a.text_hash, r.story, a.url, a.title, a.published, a.source, a.origin, a.text,
                 p.signature.astype(np.uint32).tobytes(), now])
            if r.events:
                con.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                    [aid, i, e.source, e.type, e.target, e.date, e.evidence, e.weight]
                    for i, e in enumerate(r.events)])
            if r.claims:
                con.executemany(_INSERT_CLAIM, [_claim_row(aid, i, c) for i, c in enumerate(r.claims)])
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest(?))", [touched])
        con.execute(
            "INSERT INTO stories SELECT a.story_id, arg_min(a.title, coalesce(a.published, DATE '9999-12-31')),"
            " min(a.published), count(*) FROM articles a WHERE a.story_id IN (SELECT unnest(?)) "
            "GROUP BY a.story_id", [touched])
    new_stories = len(set(touched) - known_stories)
    folded = sum(1 for aid, story in zip(ids, stories, strict=True) if story != aid)
    renamed = tuple(f"article id {a.id!r} is taken; stored as {aid!r}"
                    for a, aid in zip(new, ids, strict=True) if a.id != aid)
    return NewsIngestResult(
        articles=len(results), skipped=skipped, stories=new_stories,
        events=sum(len(r.events) for r in results), claims=sum(len(r.claims) for r in results),
        folded=folded, notes=(*renamed, *notes, *_rechecked_note(rechecked)),
        repeated=repeated, rechecked=rechecked,
    )


def _where(a: Article) -> str:
    return f" ({a.origin})" if a.origin else ""


def _rechecked_note(n: int) -> tuple[str, ...]:
    if not n:
        return ()
    note = f"{n} stored claims checked again: a data source they were checked against is gone"
    return (note,)


_INSERT_CLAIM = f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"


def _claim_row(aid: str, seq: int, c: Claim) -> list[object]:
    v = c.verdict
    check = v.check if v else None
    return [aid, seq, c.quantity, c.unit, c.subject, c.year, c.text,
            v.verdict if v else None, v.measure if v else None, v.value if v else None,
            v.year if v else None, v.citation if v else None, v.note if v else None,
            v.source_id if v else None, check.kind if check else None,
            check.reporter if check else None, check.partner if check else None]


# -- verdicts that follow the data ------------------------------------------------------
_STALE = ("c.source_id IS NOT NULL AND c.source_id NOT IN (SELECT source_id FROM sources)")


def refresh_verdicts(wh: Warehouse) -> int:
    """Check again, in one transaction, the stored claims whose data source is gone.

    A data ingest that replaces a source (a new version of a dataset) or
    removes it leaves the verdicts checked against it stale; this brings them
    up to date from the data now loaded, and brings news tables of an earlier
    layout up to date first. Returns the number of claims checked again; a
    read-only connection, or nothing to do, changes nothing (see
    :func:`verdicts_current` to ask first on a read-only connection).
    """
    if _read_only(wh):
        return 0
    with _WRITES:
        if verdicts_current(wh):
            return 0
        with wh.transaction():
            ensure_tables(wh)
            return _recheck(wh)


def verdicts_current(wh: Warehouse) -> bool:
    """Whether the stored claims are as :func:`refresh_verdicts` would leave them: no news
    tables, or tables of the current layout with no verdict checked against a source that
    is gone. Only reads."""
    if not has_news(wh):
        return True
    if news_schema_version(wh) != NEWS_SCHEMA_VERSION:
        return False
    return not wh.query(f"SELECT 1 FROM claims c WHERE {_STALE} LIMIT 1")


def _read_only(wh: Warehouse) -> bool:
    row = wh.query("SELECT current_setting('access_mode')")
    return bool(row) and str(row[0][0]).lower() == "read_only"


def _recheck(wh: Warehouse, where: str = _STALE) -> int:
    """Check the claims matching ``where`` (SQL over ``claims c``) again; inside a transaction."""
    from diversify.news.verify import check_data

    rows = wh.query(
        "SELECT c.article_id, c.seq, c.quantity, coalesce(c.year, year(a.published)), c.check_kind, "
        "c.reporter, c.partner FROM claims c JOIN articles a USING (article_id) "
        f"WHERE c.check_kind IS NOT NULL AND c.reporter IS NOT NULL AND ({where}) "
        "ORDER BY c.article_id, c.seq")
    for aid, seq, quantity, year, kind, reporter, partner in rows:
        v = check_data(wh, Check(cast(CheckKind, kind), reporter, partner), float(quantity),
                       None if year is None else int(year))
        wh.con.execute(
            "UPDATE claims SET verdict = ?, measure = ?, data_value = ?, data_year = ?, "
            "data_source = ?, note = ?, source_id = ? WHERE article_id = ? AND seq = ?",
            [v.verdict, v.measure, v.value, v.year, v.citation, v.note, v.source_id, aid, seq])
    return len(rows)


# What the verifier of the first layout wrote as ``measure`` for a claim it checked against the data
# (diversify.news.verify), and what that claim was checked as.
_MEASURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\S+) military expenditure, % of GDP$"), "milex_gdp"),
    (re.compile(r"^share of (\S+) arms imports from (\S+) \(SIPRI TIV, 5 years\)$"), "arms_share"),
    (re.compile(r"^share of (\S+) arms imports from (\S+) \(TIV, \d+-\d+\)$"), "procurement_share"),
    (re.compile(r"^share of (\S+) energy exports to (\S+)$"), "energy_export_share"),
    (re.compile(r"^share of (\S+) exports to (\S+)$"), "export_share"),
    (re.compile(r"^share of (\S+) imports from (\S+)$"), "import_share"),
)


def _fill_checks(wh: Warehouse) -> None:
    """Claims stored before verdicts named their source: what each was checked as (read from its
    ``measure``), and, for those checked against data, the check again, so every verdict with a
    data value names a loaded source."""
    rows = wh.query("SELECT article_id, seq, measure FROM claims WHERE measure IS NOT NULL "
                    "AND check_kind IS NULL")
    filled = []
    for aid, seq, measure in rows:
        for pattern, kind in _MEASURES:
            m = pattern.match(measure)
            if m:
                partner = m.group(2) if m.re.groups > 1 else None
                filled.append([kind, m.group(1), partner, aid, seq])
                break
    if filled:
        wh.con.executemany("UPDATE claims SET check_kind = ?, reporter = ?, partner = ? "
                           "WHERE article_id = ? AND seq = ?", filled)
    _recheck(wh, "c.source_id IS NULL AND c.data_value IS NOT NULL")
