"""Fixtures of the news tests: the labelled articles, extracted once per session."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def news_results(shared_news: Path):  # type: ignore[no-untyped-def]
    """Extraction output (no warehouse) and labels for seeds, dev and dev2: name -> (results, labels)."""
    from diversify.news.evaluate import load_labels
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import extract

    out = {}
    for name in ("seeds", "dev", "dev2"):
        arts = read_articles(shared_news / f"{name}.jsonl")
        out[name] = (extract(arts, None, check=False), load_labels(shared_news / f"{name}.labels.jsonl"))
    return out
