"""Tokens and sentences: a blank spaCy English pipeline with rule-based parts.

No trained model is needed: spaCy's tokenizer (with one extra infix rule, so
``U.S.-produced`` splits like ``Canada-EU``), the rules of spaCy's
``sentencizer`` (see :func:`sentence_starts`), and paragraph breaks as hard
sentence boundaries. The pipeline is built once per process.

Text is first normalised *without changing its length* (curly quotes and
apostrophes to straight ones, no-break spaces to spaces), so every character
offset found on the normalised text is valid in the original, and evidence is
always an exact substring of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

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
    """The blank English pipeline (tokenizer with two extra infix rules), cached per process."""
    spacy = require("spacy", "news")
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + [
        r"(?<=\.)-(?=[A-Za-z])",  # U.S.-produced -> U.S. - produced
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=1)
def _sentence_punct() -> np.ndarray:
    from spacy.pipeline import Sentencizer

    vocab = pipeline().vocab
    return np.array(sorted(vocab.strings.add(c) for c in Sentencizer.default_punct_chars), dtype=np.uint64)


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start, by the rules of spaCy's ``sentencizer``.

    The same rule as ``spacy.pipeline.Sentencizer`` (a sentence starts at the
    first non-punctuation token after one of its sentence-final characters),
    computed on the token arrays instead of token by token, which is several
    times faster on long articles.
    """
    from spacy.attrs import IS_PUNCT, ORTH

    if len(doc) == 0:
        return []
    arr = doc.to_array([ORTH, IS_PUNCT])
    punct = _sentence_punct()
    pos = np.minimum(np.searchsorted(punct, arr[:, 0]), punct.size - 1)
    final = punct[pos] == arr[:, 0]
    word = ~final & (arr[:, 1] == 0)
    ends = np.flatnonzero(final)
    words = np.flatnonzero(word)
    nxt = np.searchsorted(words, ends, side="right")
    starts = {0} | {int(words[k]) for k in nxt if k < len(words)}
    return sorted(starts)


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


def parse(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    """Tokenise ``text`` (already normalised) once and split it into sentences.

    Line breaks end paragraphs and sentences; inside a paragraph the rules of
    :func:`sentence_starts` apply. Returns the whole text as one paragraph
    ``Doc`` (for the phrase matcher) and the sentences with their paragraph.
    """
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SPACY

    doc = pipeline().make_doc(text)
    if len(doc) == 0:
        return [Paragraph(0, 0, doc)], []
    arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, IDX, SPACY])
    space = arr[:, 2] == 1
    idx = arr[:, 3].astype(np.int64)
    trailing = arr[:, 4].astype(np.int64)  # a token's trailing whitespace is one space or none
    ends = np.empty_like(idx)
    ends[:-1] = idx[1:] - trailing[:-1]
    ends[-1] = len(text) - trailing[-1]
    breaks = np.zeros(len(doc), dtype=bool)
    for i in np.flatnonzero(space):
        breaks[i] = "\n" in text[idx[i]:ends[i]]
    para = np.cumsum(breaks)
    punct = _sentence_punct()
    pos = np.minimum(np.searchsorted(punct, arr[:, 0]), punct.size - 1)
    final = punct[pos] == arr[:, 0]
    word_tok = ~final & (arr[:, 1] == 0) & ~space
    content = np.flatnonzero(~space)
    words = np.flatnonzero(word_tok)
    finals = np.flatnonzero(final)
    follow = np.searchsorted(words, finals, side="right")
    ok = follow < len(words)
    cand, finals = words[follow[ok]], finals[ok]
    # the sentence rule applies inside a paragraph; a line break starts one anyway
    starts = set(cand[para[cand] == para[finals]].tolist())
    after_break = np.searchsorted(content, np.flatnonzero(breaks), side="right")
    starts |= set(content[after_break[after_break < len(content)]].tolist())
    if content.size:
        starts.add(int(content[0]))
    ordered = np.array(sorted(starts), dtype=np.int64)
    following = np.append(ordered[1:], len(doc))
    last = content[np.searchsorted(content, following) - 1]  # last non-space token of each
    out_s: list[Sentence] = []
    for tok, end_tok in zip(ordered.tolist(), last.tolist(), strict=True):
        start, end = int(idx[tok]), int(ends[end_tok])
        out_s.append(Sentence(len(out_s), int(para[tok]), start, end, text[start:end]))
    return [Paragraph(0, 0, doc)], _merge_short(out_s, text)


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
