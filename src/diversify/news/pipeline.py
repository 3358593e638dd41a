"""From articles to results: paragraphs deduplicated, events, claims, stories, verdicts.

:func:`process_article` is pure (no warehouse) and picklable, so
:func:`extract` can spread articles over processes; stories and verification
then run in the calling process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from diversify.news.claims import extract_claims
from diversify.news.currency import outlet_currency
from diversify.news.dedupe import Item, cluster, signature, unique_paragraphs
from diversify.news.document import Document, analyse
from diversify.news.events import fast_events, merge_events
from diversify.news.model import Article, ArticleResult, Claim, Event

if TYPE_CHECKING:
    from diversify.store.warehouse import Warehouse


@dataclass(frozen=True)
class Processed:
    """What one article yields before stories and verification."""

    article: Article
    doc: Document
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    signature: np.ndarray
    removed_paragraphs: int


def process_article(article: Article, *, structured: bool = True) -> Processed:
    """Deduplicate paragraphs, then extract events and claims from one article.

    ``structured=False`` keeps to the fast path (reviewed phrases in clauses)
    and skips the dependency parse.
    """
    return process_batch([article], structured=structured)[0]


def process_batch(articles: Sequence[Article], *, structured: bool = True) -> list[Processed]:
    """:func:`process_article` of several articles, their sentences parsed in one batch."""
    docs, texts, removed = [], [], []
    for a in articles:
        text, n = unique_paragraphs(a.text)
        docs.append(analyse(text, a.published))
        texts.append(text)
        removed.append(n)
    fast = [fast_events(doc) for doc in docs]
    parsed: list[list[Event]] = [[] for _ in docs]
    if structured:
        from diversify.news.structure import structured_events_many

        parsed = structured_events_many(docs, fast)
    return [
        Processed(a, doc, tuple(merge_events(doc, first, more)),
                  tuple(extract_claims(doc, outlet=outlet_currency(a.url))), signature(text), n)
        for a, doc, first, more, text, n in zip(articles, docs, fast, parsed, texts, removed,
                                                 strict=True)
    ]


BATCH = 32
"""Articles whose sentences are parsed together."""


def _process_many(articles: Sequence[Article], processes: int) -> list[Processed]:
    batches = [list(articles[i:i + BATCH]) for i in range(0, len(articles), BATCH)]
    if processes <= 1 or len(batches) < 2:
        return [p for b in batches for p in process_batch(b)]
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(processes) as pool:
        return [p for b in pool.map(process_batch, batches, chunksize=1) for p in b]


def stories_for(processed: Sequence[Processed], wh: Warehouse | None = None, *,
                ids: Sequence[str] | None = None) -> list[str]:
    """Story id of every article, in order, folding near-duplicates (also with stored articles).

    ``ids`` are the ids the articles are stored under; by default their own,
    where a stored article has one (or an earlier article of ``processed``)
    with ``-2``, ``-3`` as ``news ingest`` would store it. Articles are told
    apart by these ids, never by the ids they came with, so an article joins a
    stored story only when its text is a version of it, whatever its id; a new
    story's id is the id its earliest article is stored under.
    """
    from diversify.news.ingest import unique_ids
    from diversify.news.store import stored_signatures

    stored = stored_signatures(wh) if wh is not None else []
    keys = list(ids) if ids is not None else unique_ids([p.article.id for p in processed],
                                                         {aid for aid, *_ in stored})
    items = [Item(key, p.article.published, i, p.signature)
             for i, (key, p) in enumerate(zip(keys, processed, strict=True))]
    items += [Item(aid, pub, -1, sig, story) for aid, pub, sig, story in stored]
    mapping = cluster(items)
    return [mapping[key] for key in keys]


def verify(processed: Processed, wh: Warehouse | None) -> tuple[Claim, ...]:
    """The article's claims with verdicts from ``wh`` (none without a warehouse)."""
    from diversify.news.verify import verify_claims

    if not processed.claims:
        return processed.claims
    return tuple(verify_claims(list(processed.claims), processed.doc, wh))


def extract(articles: Sequence[Article], wh: Warehouse | None = None, *, processes: int = 1,
            check: bool = True) -> list[ArticleResult]:
    """Events, claims (checked against ``wh`` when ``check``) and story of every article."""
    processed = _process_many(articles, processes)
    stories = stories_for(processed, wh)
    out = []
    for p, story in zip(processed, stories, strict=True):
        claims = verify(p, wh) if check else p.claims
        out.append(ArticleResult(p.article, story, p.events, claims, p.removed_paragraphs))
    return out
