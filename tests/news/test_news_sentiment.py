"""Words of praise and blame: the reviewed lists joined to VADER's valence lexicon."""

from __future__ import annotations

from diversify.news.sentiment import BLAME_AT, PRAISE_AT, blame_words, praise_words, valences


def test_the_lexicon_is_read_from_the_installed_package() -> None:
    v = valences()
    assert len(v) > 7000
    assert v["scam"] < BLAME_AT < 0 < PRAISE_AT < v["praise"]


def test_blame_and_praise_join_the_reviewed_words_and_the_lexicon() -> None:
    assert {"unjustified", "protectionist"} <= blame_words()  # reviewed, absent from VADER
    assert {"scam", "farce", "warmongers"} <= blame_words()  # from VADER
    assert {"constructive", "justice", "trust"} <= praise_words()
    assert not blame_words() & praise_words()


def test_the_middle_of_the_scale_decides_nothing() -> None:
    for word in ("crazy", "warm", "frank", "tariff"):
        assert word not in blame_words() and word not in praise_words()
