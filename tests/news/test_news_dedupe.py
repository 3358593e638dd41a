"""Near-duplicates: repeated paragraphs (seed 002) and copies of an article folded into stories."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.news.dedupe import (
    Item,
    cluster,
    signature,
    similarity,
    unique_paragraphs,
    word_hashes,
)

WORDS = ["canada", "tariff", "trade", "defence", "minister", "ottawa", "europe", "partnership", "agreement", "summit", "steel", "aluminum", "energy", "exports", "market", "border", "security", "alliance", "spending", "budget", "talks"]


def _article(rng: random.Random, n: int = 120) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 50)) for _ in range(n))


def _perturb(text: str, rng: random.Random, edits: int) -> str:
    words = text.split()
    for _ in range(edits):
        words[rng.randrange(len(words))] = "edited"
    return "Wire copy. " + " ".join(words) + " Read more at example.com."


def test_seed_002_repeated_paragraphs_are_dropped(shared_news: Path) -> None:
    seeds = {d["id"]: d for d in map(json.loads, (shared_news / "seeds.jsonl").open())}
    text = seeds["002_6bbb36f87100fbe7"]["text"]
    kept, removed = unique_paragraphs(text)
    assert removed >= 3
    paras = [p for p in kept.split("\n") if p.strip()]
    assert len(paras) == len(set(paras))
    assert sum("During his tenure, Trump has openly questioned" in p for p in paras) == 1
    # articles without repeats are returned unchanged
    other = seeds["001_6c1474172c3cb8d6"]["text"]
    assert unique_paragraphs(other) == (other, 0)


def test_near_identical_paragraph_is_dropped() -> None:
    text = ("Canada and the European Union signed a security and defence partnership on Monday.\n"
            "Other news follows here with different words entirely.\n"
            "Canada and the European Union signed a security and defence partnership on Monday!!")
    kept, removed = unique_paragraphs(text)
    assert removed == 1 and kept.count("partnership") == 1


def test_copies_fold_into_one_story_named_after_the_earliest() -> None:
    rng = random.Random(7)
    base = [_article(rng) for _ in range(30)]
    items = [Item(f"a{i}", dt.date(2025, 1, 10), i, signature(t)) for i, t in enumerate(base)]
    items.append(Item("copy-late", dt.date(2025, 1, 12), 30, signature(_perturb(base[3], rng, 3))))
    items.append(Item("copy-early", dt.date(2025, 1, 9), 31, signature(_perturb(base[3], rng, 3))))
    stories = cluster(items)
    assert stories["copy-late"] == stories["copy-early"] == stories["a3"] == "copy-early"
    assert len(set(stories.values())) == 30


def test_stored_story_ids_are_kept() -> None:
    rng = random.Random(3)
    text = _article(rng)
    stored = Item("old", dt.date(2024, 1, 1), -1, signature(text), story="s-old")
    new = Item("new", dt.date(2025, 1, 1), 0, signature(_perturb(text, rng, 3)))
    assert cluster([new, stored])["new"] == "s-old"


def test_word_hashes_ignore_case_and_punctuation() -> None:
    a, b = word_hashes("Canada, the EU!"), word_hashes("canada the eu")
    assert np.array_equal(a, b) and len(set(a.tolist())) == 3


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=6, max_size=60))
def test_signature_is_deterministic_and_self_similar(words: list[str]) -> None:
    text = " ".join(words)
    s1, s2 = signature(text), signature(text.upper())
    assert np.array_equal(s1, s2)
    assert similarity(s1, s2) == 1.0
    assert s1.dtype == np.uint64 and int(s1.max()) < 2**32


def test_fold_spellings_that_differ_between_copies() -> None:
    from diversify.news.dedupe import fold

    assert fold("U.S. counter-tariffs on Cusma goods, Sept. 1, the minister\u2019s site") == \
        fold("US countertariffs on CUSMA goods, September 1, the minister's site")
    assert np.array_equal(word_hashes("U.S.-made goods"), word_hashes("US-made goods"))


def test_estimated_size_and_containment() -> None:
    from diversify.news.dedupe import containment, estimated_size

    rng = random.Random(11)
    for n in (50, 200, 1000):
        text = " ".join(f"w{rng.randrange(10**9)}" for _ in range(n + 4))  # n distinct 5-shingles
        assert estimated_size(signature(text))[0] == pytest.approx(n, rel=0.25)
    # |A| = 100 inside |B| = 300: Jaccard 1/3, containment 1
    assert float(containment(np.array(1 / 3), np.array(100.0), np.array(300.0))) == pytest.approx(1.0)


def test_a_version_with_paragraphs_added_or_cut_folds_but_a_quoting_article_does_not() -> None:
    rng = random.Random(5)
    paragraphs = [_article(rng, 40) for _ in range(6)]
    full = "\n".join(paragraphs)
    added = "\n".join([*paragraphs, _article(rng, 40), _article(rng, 40), _article(rng, 40)])  # +50%
    cut = "\n".join(paragraphs[:3])                                                            # half
    quoting = "\n".join([_article(rng, 40), paragraphs[0], *(_article(rng, 40) for _ in range(4))])
    other = "\n".join(_article(rng, 40) for _ in range(6))
    items = [Item(name, dt.date(2025, 8, 23), i, signature(t)) for i, (name, t) in enumerate(
        [("full", full), ("added", added), ("cut", cut), ("quoting", quoting), ("other", other)])]
    stories = cluster(items)
    assert stories["added"] == stories["cut"] == stories["full"] == "full"
    assert stories["quoting"] == "quoting" and stories["other"] == "other"


def test_versions_of_one_wire_report_are_one_story(shared_news: Path) -> None:
    # 7 real pages of one day: three versions of a Xinhua report ("US"/"U.S.", "Cusma"/"CUSMA",
    # a dateline, two paragraphs added), two of an Anadolu report, two independent reports.
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import process_article, stories_for

    labels = {d["id"]: d["story"] for d in map(json.loads, (shared_news / "versions.labels.jsonl").open())}
    arts = read_articles(shared_news / "versions.jsonl")
    got = dict(zip([a.id for a in arts], stories_for([process_article(a) for a in arts]), strict=True))

    def partition(mapping: dict[str, str]) -> set[frozenset[str]]:
        out: dict[str, set[str]] = {}
        for aid, story in mapping.items():
            out.setdefault(story, set()).add(aid)
        return {frozenset(v) for v in out.values()}

    assert partition(got) == partition(labels)


def test_distinct_labelled_stories_are_not_merged(shared_news: Path) -> None:
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import process_article, stories_for

    arts = [a for name in ("seeds", "dev", "dev2") for a in read_articles(shared_news / f"{name}.jsonl")]
    assert len(set(stories_for([process_article(a) for a in arts]))) == len(arts) == 45


def test_a_bucket_pairs_its_first_article_with_every_other_and_each_with_the_next() -> None:
    """Input order inside an LSH bucket (a stable sort): the candidates a Spark job reproduces."""
    from diversify.news.dedupe import signatures, similar_pairs

    text = " ".join(f"word{i}" for i in range(60))
    pairs = similar_pairs(signatures([text, "other words entirely here", text, text, text, text]))
    assert sorted(map(tuple, pairs.tolist())) == [(0, 2), (0, 3), (0, 4), (0, 5), (2, 3), (3, 4), (4, 5)]
