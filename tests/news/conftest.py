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


@pytest.fixture(scope="session")
def spark():  # type: ignore[no-untyped-def]
    """One Spark session in local mode (``local[2]``) for the whole test process.

    Without a Java runtime the Spark tests fail with a clear message in CI
    (``CI=true``) and are skipped with a reason elsewhere.
    """
    import os
    import shutil

    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        message = ("no Java runtime: install Debian's default-jre-headless (Java 17+) to run the "
                   "Spark tests (scripts/install-system-deps.sh does)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from diversify.news.spark_job import spark_session

    with spark_session("local[2]") as session:
        yield session
