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


def test_parser_multiplies_with_openblas_and_parses_as_with_blis() -> None:
    """The parser's layers use numpy's OpenBLAS (about a quarter less CPU time than thinc's BLIS
    kernels); a model loaded with thinc's defaults gives the same tags, labels and heads."""
    import spacy
    from thinc.api import use_ops

    from diversify.news.parser import EXCLUDE, dependency_parser, model_path, parse_sentences

    assert all(not pipe.model.ops.use_blis for _, pipe in dependency_parser().pipeline)
    with use_ops("numpy", use_blis=True):
        blis = spacy.load(model_path(), exclude=EXCLUDE)
    assert all(pipe.model.ops.use_blis for _, pipe in blis.pipeline)
    texts = [
        ("The Canadian prime minister, Mark Carney, lashed out at Washington on Tuesday after a phone "
         "conversation with President Donald Trump."),
        "Levies adopted by Washington and Brussels against Chinese cars were suspended for 90 days.",
        "Beijing said it would not rule out the use of force, and Taipei put its coast guard on alert.",
    ]

    def rows(docs: object) -> list[list[tuple[str, str, int]]]:
        return [[(t.tag_, t.dep_, t.head.i) for t in d] for d in docs]  # type: ignore[attr-defined]

    assert rows(parse_sentences(texts)) == rows(blis.pipe(texts))
