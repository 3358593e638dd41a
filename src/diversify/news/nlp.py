"""Tokens and sentences: a blank spaCy English pipeline with rule-based parts.

No trained model is needed: spaCy's tokenizer (with two extra infix rules, so
``U.S.-produced`` and ``Trump's`` split like ``Canada-EU``), its rule-based
``sentencizer``, and paragraph breaks as hard sentence boundaries. The
pipeline is built once per process.

Text is first normalised *without changing its length* (curly quotes and
apostrophes to straight ones, no-break spaces to spaces), so every character
offset found on the normalised text is valid in the original, and evidence is
always an exact substring of the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from diversify.errors import require

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_SAME_LENGTH = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2010": "-", "\u2011": "-",
})


def normalise(text: str) -> str:
    """Same-length normalisation of quotes, apostrophes, hyphens and spaces."""
    return text.translate(_SAME_LENGTH)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The blank English pipeline with a sentencizer (cached per process)."""
    spacy = require("spacy", "news")
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + [
        r"(?<=\.)-(?=[A-Za-z])",  # U.S.-produced -> U.S. - produced
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``start``/``end`` are character offsets in the article text."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the (normalised) text with its spaCy ``Doc``."""

    index: int
    start: int
    doc: Doc


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty paragraphs (lines) with their offsets."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return out


def parse(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    """Tokenise and split ``text`` (already normalised) into paragraphs and sentences."""
    nlp = pipeline()
    paras = paragraphs(text)
    docs = list(nlp.pipe([p for _, p in paras], batch_size=64))
    out_p: list[Paragraph] = []
    out_s: list[Sentence] = []
    for i, ((offset, _), doc) in enumerate(zip(paras, docs, strict=True)):
        out_p.append(Paragraph(i, offset, doc))
        for sent in doc.sents:
            start = offset + sent.start_char
            end = offset + sent.end_char
            out_s.append(Sentence(len(out_s), i, start, end, text[start:end]))
    return out_p, _merge_short(out_s, text)


def _merge_short(sents: list[Sentence], text: str) -> list[Sentence]:
    """Re-join a sentence split after a closing quote mark or a lone quote.

    The sentencizer ends a sentence at ``,"`` inside quotations; a "sentence"
    that is only punctuation or starts with a lower-case word continues the
    previous one in the same paragraph.
    """
    out: list[Sentence] = []
    for s in sents:
        body = s.text.lstrip("\"' ")
        if out and out[-1].paragraph == s.paragraph and (not body or body[0].islower()):
            prev = out[-1]
            out[-1] = Sentence(prev.index, prev.paragraph, prev.start, s.end, text[prev.start:s.end])
        else:
            out.append(Sentence(len(out), s.paragraph, s.start, s.end, s.text))
    return out


def words(text: str) -> Iterator[str]:
    """Lower-cased word tokens (letters and digits) of a short text."""
    import re

    for m in re.finditer(r"[a-z0-9]+", text.lower()):
        yield m.group(0)
