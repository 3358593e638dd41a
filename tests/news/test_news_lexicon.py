"""The event lexicon: derived table rebuilt from the public files, review, and the parser model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diversify.news import lexicon_build
from diversify.news.verbs import lexicon


def test_derived_table_is_reproduced_from_the_published_files(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "event_lexicon.tsv"
    n = lexicon_build.build(shared_data / "events" / "event_coding", out)
    assert out.read_text("utf-8") == lexicon_build.OUTPUT.read_text("utf-8")
    assert n > 5000


def test_public_codes_convert_to_plover_by_longest_prefix(shared_data: Path) -> None:
    table = lexicon_build.read_plover(shared_data / "events" / "event_coding" /
                                      lexicon_build.PLOVER_FILE)
    assert lexicon_build.plover_type("1121", table) == "ACCUSE"
    assert lexicon_build.plover_type("0841", table) == "RETREAT"
    assert lexicon_build.plover_type("138", table) == "THREATEN"
    assert lexicon_build.plover_type("99", table) == ""


def test_lexicon_covers_verbs_the_reviewed_phrases_never_listed() -> None:
    lex = lexicon()
    # synonyms from the public dictionary, with their inflections
    for form, expected in (("castigated", "ACCUSE"), ("rebuked", "ACCUSE"), ("lambastes", "ACCUSE"),
                           ("implored", "REQUEST"), ("vetoed", "REJECT")):
        verb = next(v for v in lex.verbs_for(form) if not v.particle)
        assert lex.verb_type(verb, []) == expected, form


def test_review_reads_codes_as_the_labels_do() -> None:
    lex = lexicon()
    sign = next(v for v in lex.verbs_for("signed") if v.lemma == "sign")
    assert lex.verb_type(sign, ["a", "memorandum"]) == "AGREE"    # CAMEO 057 is SUPPORT in PLOVER
    impose = next(v for v in lex.verbs_for("imposed") if v.lemma == "impose")
    assert lex.verb_type(impose, ["tariffs", "on"]) == "SANCTION"
    lift = next(v for v in lex.verbs_for("lifted") if v.lemma == "lift")
    assert lex.verb_type(lift, ["its", "tariffs"]) == "RETREAT"
    intend = [v for v in lex.verbs_for("pledged") if not v.particle]
    assert intend and all(lex.verb_type(v, ["to", "cooperate"]) is None for v in intend)  # an intent is no act


def test_parser_model_is_verified_before_use(tmp_path: Path) -> None:
    from diversify.news.parser import ModelError, model_path, verify_model

    good = model_path()
    assert verify_model(good) == good
    copy = tmp_path / "model"
    shutil.copytree(good, copy)
    with (copy / "parser" / "model").open("r+b") as fh:
        fh.seek(1000)
        byte = fh.read(1)
        fh.seek(1000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError, match="parser/model differs"):
        verify_model(copy)
    shutil.copy2(good / "parser" / "model", copy / "parser" / "model")
    (copy / "tagger" / "model").unlink()
    with pytest.raises(ModelError, match="tagger/model is missing"):
        verify_model(copy)
