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
         verdict with data value, year and source
======== =================================================================

An event or claim counts once per story (see :mod:`diversify.news.dyads`);
every article keeps its own rows as provenance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from diversify.news.ingest import Format, origin_file, read_articles, resolve_ids
from diversify.news.model import Article, ArticleResult

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
    PRIMARY KEY (article_id, seq)
);
"""


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


def ensure_tables(wh: Warehouse) -> None:
    wh.con.execute(NEWS_DDL)


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
    one of ``articles`` is skipped (a note names a repeat); a new article whose
    id a stored one has is stored as ``id-2`` (a note says so) before stories
    are folded, so it joins a stored story only when its text is a version of
    that story's.
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
        return NewsIngestResult(0, skipped, 0, 0, 0, 0, ("nothing new: every article is stored", *notes),
                                repeated=repeated)
    ids = _unique_ids([a.id for a in new], known_ids)
    processed = _process_many(new, processes)
    stories = stories_for(processed, wh, ids=ids)
    results = [ArticleResult(p.article, story, p.events, verify(p, wh), p.removed_paragraphs)
               for p, story in zip(processed, stories, strict=True)]
    known_stories: set[str] = set()
    if has_news(wh):
        known_stories = {i for (i,) in wh.query("SELECT story_id FROM stories")}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    touched = sorted(set(stories))
    with wh.transaction() as con:
        ensure_tables(wh)
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
                con.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                    [aid, i, c.quantity, c.unit, c.subject, c.year, c.text,
                     c.verdict.verdict if c.verdict else None, c.verdict.measure if c.verdict else None,
                     c.verdict.value if c.verdict else None, c.verdict.year if c.verdict else None,
                     c.verdict.citation if c.verdict else None, c.verdict.note if c.verdict else None]
                    for i, c in enumerate(r.claims)])
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
        folded=folded, notes=(*renamed, *notes), repeated=repeated,
    )


def _where(a: Article) -> str:
    return f" ({a.origin})" if a.origin else ""


def _unique_ids(ids: list[str], taken: set[str]) -> list[str]:
    """Ids for new articles: an id already stored (with other text) gets a suffix."""
    out = []
    used = set(taken)
    for i in ids:
        new, n = i, 1
        while new in used:
            n += 1
            new = f"{i}-{n}"
        used.add(new)
        out.append(new)
    return out
