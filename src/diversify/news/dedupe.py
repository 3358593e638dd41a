"""Near-duplicates: repeated paragraphs inside an article, copies across articles.

Both use MinHash signatures of word shingles and locality-sensitive hashing
(LSH) over bands of the signatures:

* words are hashed with a polynomial hash over the UTF-8 bytes and shingles,
  signatures and band keys are computed with numpy for many texts at once, so
  no Python loop runs per word or per shingle;
* the banding (``b`` bands of ``r`` rows) is the one datasketch's
  :class:`~datasketch.MinHashLSH` chooses for the threshold; candidate pairs
  share a band and are kept when their estimated Jaccard similarity reaches
  the threshold.

**Paragraphs** (seed 002 repeats two paragraphs verbatim): a paragraph equal
to an earlier one after case and whitespace folding, or (from 6 words up) with
an estimated Jaccard similarity of word 3-shingles of at least
:data:`PARAGRAPH_THRESHOLD` to one, is dropped before extraction, so its
events and claims count once.

**Articles** (wire copies, re-posts, versions of one report with an updated
lead or paragraphs added or cut): word 5-shingles, 128 permutations, after
folding the spellings that differ between copies (:func:`fold`: "U.S." and
"US", "Cusma" and "CUSMA", "Sept." and "September", curly and straight
apostrophes, "counter-tariffs" and "countertariffs"). Two articles are one
story when the estimated Jaccard similarity of their shingles reaches
:data:`STORY_THRESHOLD`, or when one is contained in the other: at least
:data:`CONTAINMENT_THRESHOLD` of the smaller article's shingles are in the
larger one (a version with two paragraphs added, a summary), with a Jaccard
similarity of at least :data:`CONTAINMENT_MIN_JACCARD`. Containment is
estimated from the signatures alone: the number of distinct shingles of a
text follows from its minimum hash values (:func:`estimated_size`), so stored
signatures need nothing more. Candidate pairs come from LSH bands of
:data:`CANDIDATE_ROWS` rows, which catch a pair at the lowest Jaccard
similarity that can fold with probability above 0.98. Stories fold
transitively; a story's id is the id of its earliest article (publication
date, then input order). Translations share no shingles and stay separate
stories; independent reports of the same event share a few phrases, not
their paragraphs, and stay separate too.

Signatures are deterministic (fixed seed, no per-process hashing), so the
ones stored in the warehouse compare with those computed later.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

NUM_PERM = 128
STORY_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.7
"""Share of the smaller article's shingles found in the larger one for a version to fold."""
CONTAINMENT_MIN_JACCARD = 0.25
"""Floor on the Jaccard similarity of a contained pair (a one-paragraph brief in a long feature does not fold)."""
CONTAINMENT_MIN_SHINGLES = 30
"""Texts with fewer shingles fold only on Jaccard similarity (their sizes are too uncertain)."""
CANDIDATE_ROWS = 2
"""Rows per LSH band for candidate pairs: with 64 bands, P(candidate) = 0.98 at Jaccard 0.25."""
PARAGRAPH_THRESHOLD = 0.8
PARAGRAPH_PERM = 32
_CHUNK_SHINGLES = 1024
_BATCH_CHARS = 200_000
_MASK32 = np.uint64(0xFFFFFFFF)
_P = np.uint64(1099511628211)  # FNV prime: odd, so invertible modulo 2**64
_Q = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Multiply-shift hash functions ``(a * x + b) >> 32`` with odd 64-bit ``a``."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64)
    return a, b


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    t = np.zeros(256, dtype=bool)
    for c in b"abcdefghijklmnopqrstuvwxyz0123456789":
        t[c] = True
    t[128:] = True  # bytes of multi-byte UTF-8 letters
    return t


@lru_cache(maxsize=8)
def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**i and P**-i modulo 2**64 for i < n."""
    inv = np.uint64(pow(int(_P), -1, 1 << 64))
    with np.errstate(over="ignore"):
        pw = np.concatenate(([np.uint64(1)], np.cumprod(np.full(max(n - 1, 0), _P, dtype=np.uint64))))
        ipw = np.concatenate(([np.uint64(1)], np.cumprod(np.full(max(n - 1, 0), inv, dtype=np.uint64))))
    return pw[:n], ipw[:n]


def _words(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Hashes and byte offsets of the words of UTF-8 ``data`` (vectorised)."""
    empty = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    if data.size == 0:
        return empty
    mask = _word_table()[data]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], mask, [False])).astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    if starts.size == 0:
        return empty
    pw, ipw = _powers(1 << int(data.size + 1).bit_length())
    with np.errstate(over="ignore"):
        weighted = (data.astype(np.uint64) + np.uint64(1)) * ipw[: data.size]
        prefix = np.concatenate(([np.uint64(0)], np.cumsum(weighted, dtype=np.uint64)))
        return (prefix[ends] - prefix[starts]) * pw[ends - 1], starts


# Dropped, so that their parts make one word: apostrophes and hyphens ("minister's",
# "counter-tariffs") and full stops ("U.S." = "US"; "3.5" = "35" in every copy alike).
_JOINERS = str.maketrans("", "", "'.\u2019\u2018-\u2010\u2011")
_MONTHS = (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("june", "jun"),
           ("july", "jul"), ("august", "aug"), ("september", "sep"), ("sept", "sep"), ("october", "oct"),
           ("november", "nov"), ("december", "dec"))


def fold(text: str) -> str:
    """Lower-case ``text`` and fold spellings that differ between copies of one report.

    >>> fold("U.S. counter-tariffs lifted Sept. 1 under CUSMA, the minister’s site says.")
    'us countertariffs lifted sep 1 under cusma, the ministers site says'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.lower().translate(_JOINERS)
    for name, short in _MONTHS:  # plain replaces: a few scans at C speed, the same in every copy
        if name in text:
            text = text.replace(name, short)
    return text


def word_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the words of ``text`` after :func:`fold`, in order (vectorised)."""
    return _words(np.frombuffer(fold(text).encode("utf-8", "ignore"), dtype=np.uint8))[0]


def shingles(words: np.ndarray, k: int) -> np.ndarray:
    """32-bit hashes of the k-word shingles (all words as one shingle when fewer than k)."""
    if words.size == 0:
        return words
    k = min(k, int(words.size))
    with np.errstate(over="ignore"):
        acc = words[: words.size - k + 1].copy()
        for t in range(1, k):
            acc = acc * _Q + words[t: words.size - k + 1 + t]
        acc ^= acc >> np.uint64(29)
        acc *= _Q
        acc ^= acc >> np.uint64(32)
    return acc & _MASK32


def signatures(texts: Sequence[str], *, k: int = 5, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signatures of many texts (one row each, uint64 values below 2**32).

    Texts are hashed in batches of about :data:`_BATCH_CHARS` characters, each
    in one pass; shingles never span two texts. A text with fewer than ``k``
    words has all its words as one shingle; a text without words gets the
    empty signature (all ``2**32 - 1``).
    """
    out = np.full((len(texts), num_perm), _EMPTY, dtype=np.uint64)
    lo = 0
    while lo < len(texts):
        hi, size = lo, 0
        while hi < len(texts) and (hi == lo or size + len(texts[hi]) <= _BATCH_CHARS):
            size += len(texts[hi]) + 1
            hi += 1
        out[lo:hi] = _batch(texts[lo:hi], k, num_perm)
        lo = hi
    return out


def _batch(texts: Sequence[str], k: int, num_perm: int) -> np.ndarray:
    out = np.full((len(texts), num_perm), _EMPTY, dtype=np.uint64)
    if not texts:
        return out
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    data = np.frombuffer(fold(joined).encode("utf-8", "ignore"), dtype=np.uint8)
    words, starts = _words(data)
    if words.size == 0:
        return out
    owner = np.searchsorted(np.flatnonzero(data == 10), starts)
    counts = np.bincount(owner, minlength=len(texts))
    a, b = _permutations(num_perm)
    sh = shingles(words, k) if words.size >= k else np.zeros(0, dtype=np.uint64)
    ok = owner[: sh.size] == owner[k - 1: k - 1 + sh.size]
    sh, own = sh[ok], owner[: sh.size][ok]
    for lo in range(0, sh.size, _CHUNK_SHINGLES):
        part, who = sh[lo: lo + _CHUNK_SHINGLES], own[lo: lo + _CHUNK_SHINGLES]
        with np.errstate(over="ignore"):
            phv = (np.outer(part, a) + b) >> np.uint64(32)
        first = np.flatnonzero(np.concatenate(([True], who[1:] != who[:-1])))
        mins = np.minimum.reduceat(phv, first, axis=0)
        rows = who[first]
        out[rows] = np.minimum(out[rows], mins)
    for i in np.flatnonzero((counts > 0) & (counts < k)):
        ws = words[owner == i]
        with np.errstate(over="ignore"):
            out[i] = (a * shingles(ws, k)[0] + b) >> np.uint64(32)
    return out


def signature(text: str, *, k: int = 5, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature of one text."""
    return signatures([text], k=k, num_perm=num_perm)[0]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def estimated_size(sigs: np.ndarray) -> np.ndarray:
    """Estimated number of distinct shingles behind each signature (rows of ``sigs``).

    Each row holds the minima of ``num_perm`` hash functions with values
    uniform below 2**32; the minimum of n such values has mean 1/(n+1) of the
    range, so n is about num_perm / sum(minimum / 2**32) - 1 (relative error
    about 1/sqrt(num_perm), 9% with 128 permutations). Empty texts give 0.
    """
    sigs = np.atleast_2d(sigs)
    u = (sigs.astype(np.float64) + 0.5) / float(1 << 32)
    n = sigs.shape[1] / u.sum(axis=1) - 1.0
    n[(sigs == _EMPTY).all(axis=1)] = 0.0
    return np.maximum(n, 0.0)


def containment(j: np.ndarray, size_a: np.ndarray, size_b: np.ndarray) -> np.ndarray:
    """Share of the smaller set inside the larger from Jaccard ``j`` and the two sizes.

    |A & B| = J (|A| + |B|) / (1 + J), divided by min(|A|, |B|).
    """
    small = np.maximum(np.minimum(size_a, size_b), 1e-9)
    return np.minimum(1.0, j * (size_a + size_b) / ((1.0 + j) * small))


def unique_paragraphs(text: str) -> tuple[str, int]:
    """``text`` without paragraphs that repeat an earlier one; and how many were dropped."""
    lines = text.split("\n")
    folded = [" ".join(line.casefold().split()) for line in lines]
    long = [i for i, f in enumerate(folded) if len(f.split()) >= 6]
    sigs = signatures([lines[i] for i in long], k=3, num_perm=PARAGRAPH_PERM) if len(long) > 1 else None
    row = {i: n for n, i in enumerate(long)}
    kept: list[str] = []
    seen: set[str] = set()
    kept_rows: list[int] = []
    removed = 0
    for i, line in enumerate(lines):
        f = folded[i]
        if not f:
            kept.append(line)
            continue
        if f in seen:
            removed += 1
            continue
        if sigs is not None and i in row:
            mine = sigs[row[i]]
            need = PARAGRAPH_THRESHOLD * mine.size
            if kept_rows and bool(((sigs[kept_rows] == mine).sum(axis=1) >= need).any()):
                removed += 1
                continue
            kept_rows.append(row[i])
        seen.add(f)
        kept.append(line)
    return ("\n".join(kept) if removed else text), removed


@dataclass(frozen=True)
class Item:
    """An article to cluster: its id, publication date, input order and signature."""

    id: str
    published: dt.date | None
    order: int
    signature: np.ndarray
    story: str | None = None


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) of datasketch's MinHashLSH for this threshold (equal error weights)."""
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def banding(threshold: float, num_perm: int, contained: float | None) -> tuple[int, int]:
    """(bands, rows) of the LSH candidate search of :func:`similar_pairs`."""
    if contained is None:
        return lsh_bands(threshold, num_perm)
    return num_perm // CANDIDATE_ROWS, CANDIDATE_ROWS


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """LSH bucket key of every row of ``sigs`` in every band; shape (bands, n), uint64.

    Rows of the empty signature get keys too; :func:`similar_pairs` replaces them.
    """
    cols = np.ascontiguousarray(sigs.T)  # one permutation per row: bands read contiguous memory
    keys = np.empty((bands, sigs.shape[0]), dtype=np.uint64)
    for band in range(bands):
        block = cols[band * rows:(band + 1) * rows]
        with np.errstate(over="ignore"):
            key = block[0].copy()
            for j in range(1, rows):
                key = key * _Q + block[j]
        keys[band] = key
    return keys


def is_empty(sigs: np.ndarray) -> np.ndarray:
    """Rows of ``sigs`` that are the empty signature (a text without words)."""
    return (sigs == _EMPTY).all(axis=1)


def keep_pairs(sim: np.ndarray, size_a: np.ndarray, size_b: np.ndarray, threshold: float,
               contained: float | None) -> np.ndarray:
    """Which candidate pairs fold: similarity ``sim``, estimated sizes of both sides.

    Estimated Jaccard similarity >= ``threshold``, or (unless ``contained`` is
    ``None``) one contained in the other (see the module notes).
    """
    keep = sim >= threshold
    if contained is not None:
        keep |= ((sim >= CONTAINMENT_MIN_JACCARD) & (np.minimum(size_a, size_b) >= CONTAINMENT_MIN_SHINGLES)
                 & (containment(sim, size_a, size_b) >= contained))
    return keep


def similar_pairs(sigs: np.ndarray, threshold: float = STORY_THRESHOLD, *,
                  contained: float | None = CONTAINMENT_THRESHOLD) -> np.ndarray:
    """Pairs (i, j), i < j, of rows sharing an LSH band and similar enough; shape (m, 2).

    Similar enough: see :func:`keep_pairs`. In a bucket of an LSH band, rows
    in input order, the first row is paired with every other and each row with
    the next (a bucket of many copies costs linear work, and the copies still
    fold transitively).
    """
    n, num_perm = sigs.shape
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    bands, rows = banding(threshold, num_perm, contained)
    empty = is_empty(sigs)
    cand = []
    for key in band_keys(sigs, bands, rows):
        key[empty] = np.arange(int(empty.sum()), dtype=np.uint64) ^ _Q  # empty texts match nothing
        order = np.argsort(key, kind="stable")  # input order inside a bucket, on every platform
        ks = key[order]
        same = np.flatnonzero(ks[1:] == ks[:-1])
        if same.size == 0:
            continue
        # link each member of a bucket to the bucket's first member and to its neighbour
        starts = np.flatnonzero(np.concatenate(([True], ks[1:] != ks[:-1])))
        head = starts[np.searchsorted(starts, same + 1, side="right") - 1]
        cand.append(np.stack([order[same], order[same + 1]], axis=1))
        deep = head != same  # in a bucket of two the head pair is the neighbour pair
        cand.append(np.stack([order[head[deep]], order[same[deep] + 1]], axis=1))
    if not cand:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(cand).astype(np.int64), axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    code = np.unique(pairs[:, 0] * n + pairs[:, 1])  # one int per pair: a 1-D unique, not a row sort
    pairs = np.stack([code // n, code % n], axis=1)
    sim = np.mean(sigs[pairs[:, 0]] == sigs[pairs[:, 1]], axis=1)
    size = estimated_size(sigs) if contained is not None else np.zeros(n)
    return pairs[keep_pairs(sim, size[pairs[:, 0]], size[pairs[:, 1]], threshold, contained)]


class Member(Protocol):
    """What story assignment reads of an article (an :class:`Item` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def order(self) -> int: ...
    @property
    def story(self) -> str | None: ...


def cluster(items: Sequence[Item], *, threshold: float = STORY_THRESHOLD) -> dict[str, str]:
    """Fold near-duplicate articles into stories: article id -> story id.

    Items with ``story`` set (already stored) keep their story; a new article
    that matches one joins it.
    """
    if not items:
        return {}
    return fold_stories(items, similar_pairs(np.stack([it.signature for it in items]), threshold))


def fold_stories(items: Sequence[Member], pairs: np.ndarray | Sequence[tuple[int, int]]) -> dict[str, str]:
    """Stories of ``items`` given the similar ``pairs`` of their positions: article id -> story id.

    Stories fold transitively (connected components of the pairs, whatever
    their order); a story's id is the smallest stored story among its members,
    else the id of its earliest member (publication date, then ``order``).
    """
    parent = np.arange(len(items))

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = int(parent[root])
        while parent[i] != root:
            parent[i], i = root, int(parent[i])
        return root

    for i, j in (pairs.tolist() if isinstance(pairs, np.ndarray) else pairs):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(find(i), []).append(i)
    out: dict[str, str] = {}
    far = dt.date.max
    for group in members.values():
        stored = [items[i].story for i in group if items[i].story]
        if stored:
            story = min(s for s in stored if s)
        else:
            first = min(group, key=lambda i: (items[i].published or far, items[i].order))
            story = items[first].id
        for i in group:
            out[items[i].id] = items[i].story or story
    return out
