"""News evidence: articles to deduplicated events, checked claims and a pivot index.

>>> from diversify.news import read_articles, extract          # doctest: +SKIP
>>> results = extract(read_articles("articles.jsonl"), wh)       # doctest: +SKIP

Needs the ``news`` extra (spaCy, datasketch, trafilatura, feedparser).
"""

from __future__ import annotations

from diversify.news.model import (
    EVENT_TYPES,
    RECIPROCAL_TYPES,
    Article,
    ArticleResult,
    Claim,
    Event,
    Verdict,
)

__all__ = [
    "EVENT_TYPES",
    "RECIPROCAL_TYPES",
    "Article",
    "ArticleResult",
    "Claim",
    "Event",
    "Verdict",
    "dyad_index",
    "evaluate",
    "extract",
    "ingest_path",
    "read_articles",
    "timeline",
]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """Heavy parts (spaCy, datasketch) load on first use."""
    if name == "extract":
        from diversify.news.pipeline import extract

        return extract
    if name == "read_articles":
        from diversify.news.ingest import read_articles

        return read_articles
    if name == "ingest_path":
        from diversify.news.store import ingest_path

        return ingest_path
    if name == "evaluate":
        from diversify.news.evaluate import evaluate

        return evaluate
    if name in ("dyad_index", "timeline"):
        from diversify.news import dyads

        return getattr(dyads, name)
    raise AttributeError(f"module 'diversify.news' has no attribute {name!r}")
