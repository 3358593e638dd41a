"""Near-duplicates: repeated paragraphs inside an article, copies across articles.

Both use MinHash signatures of word shingles, computed with numpy (words are
hashed with a polynomial hash over the UTF-8 bytes, so no Python loop runs
per word) and indexed with datasketch's :class:`~datasketch.MinHashLSH`.

* **Paragraphs** (seed 002 repeats two paragraphs verbatim): a paragraph equal
  to an earlier one after case and whitespace folding, or (from 6 words up)
  with an estimated Jaccard similarity of word 3-shingles of at least
  :data:`PARAGRAPH_THRESHOLD` to one, is dropped before extraction, so its
  events and claims count once.
* **Articles** (wire copies, re-posts, lightly edited versions): word
  5-shingles, 128 permutations, LSH candidates verified on the signatures;
  articles with an estimated Jaccard similarity of at least
  :data:`STORY_THRESHOLD` are folded into one story, transitively. A story's id
  is the id of its earliest article (publication date, then input order).
  Translations share no shingles and stay separate stories.

Signatures are deterministic (fixed seed, no per-process hashing), so the
ones stored in the warehouse compare with those computed later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NUM_PERM = 128
STORY_THRESHOLD = 0.5
PARAGRAPH_THRESHOLD = 0.8
PARAGRAPH_PERM = 32
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_P = np.uint64(1099511628211)  # FNV prime: odd, so invertible modulo 2**64
_Q = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(seed)
    a = rng.randint(1, (1 << 31) - 1, size=num_perm, dtype=np.int64).astype(np.uint64)
    b = rng.randint(0, (1 << 31) - 1, size=num_perm, dtype=np.int64).astype(np.uint64)
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
    if data.size == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    mask = _word_table()[data]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], mask, [False])).astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    if starts.size == 0:
        return np.zeros(0, dtype=np.uint64), starts
    n = 1 << int(data.size).bit_length()
    pw, ipw = _powers(n + 1)
    with np.errstate(over="ignore"):
        weighted = (data.astype(np.uint64) + np.uint64(1)) * ipw[: data.size]
        prefix = np.concatenate(([np.uint64(0)], np.cumsum(weighted, dtype=np.uint64)))
        return (prefix[ends] - prefix[starts]) * pw[ends - 1], starts


def word_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the lower-cased words of ``text``, in order (vectorised)."""
    return _words(np.frombuffer(text.lower().encode("utf-8", "ignore"), dtype=np.uint8))[0]


def shingles(words: np.ndarray, k: int) -> np.ndarray:
    """Hashes of the k-word shingles (all words as one shingle when fewer than k)."""
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


def signature(text: str, *, k: int = 5, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature (``num_perm`` uint64 values below 2**32) of ``text``."""
    sh = np.unique(shingles(word_hashes(text), k))
    if sh.size == 0:
        return np.full(num_perm, _EMPTY, dtype=np.uint64)
    a, b = _permutations(num_perm)
    with np.errstate(over="ignore"):
        phv = ((np.outer(a, sh) + b[:, None]) % _PRIME) & _MASK32
    return phv.min(axis=1)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def paragraph_signatures(lines: Sequence[str], *, k: int = 3, num_perm: int = PARAGRAPH_PERM
                         ) -> np.ndarray:
    """One MinHash signature per line, from one pass over the whole text."""
    out = np.full((len(lines), num_perm), _EMPTY, dtype=np.uint64)
    data = np.frombuffer("\n".join(lines).lower().encode("utf-8", "ignore"), dtype=np.uint8)
    words, starts = _words(data)
    if words.size < k:
        return out
    newlines = np.flatnonzero(data == 10)
    para = np.searchsorted(newlines, starts)
    sh = shingles(words, k)
    ok = para[: sh.size] == para[k - 1: k - 1 + sh.size]
    sh, owner = sh[ok], para[: sh.size][ok]
    if sh.size == 0:
        return out
    a, b = _permutations(num_perm)
    with np.errstate(over="ignore"):
        phv = ((np.outer(a, sh) + b[:, None]) % _PRIME) & _MASK32
    first = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    out[owner[first]] = np.minimum.reduceat(phv, first, axis=1).T
    return out


def unique_paragraphs(text: str) -> tuple[str, int]:
    """``text`` without paragraphs that repeat an earlier one; and how many were dropped."""
    lines = text.split("\n")
    folded = [" ".join(line.casefold().split()) for line in lines]
    sigs = paragraph_signatures(lines)
    kept: list[str] = []
    seen: set[str] = set()
    kept_sigs: list[np.ndarray] = []
    removed = 0
    for i, line in enumerate(lines):
        f = folded[i]
        if not f:
            kept.append(line)
            continue
        if f in seen:
            removed += 1
            continue
        if len(f.split()) >= 6:
            if kept_sigs and bool((np.mean(np.array(kept_sigs) == sigs[i], axis=1)
                                   >= PARAGRAPH_THRESHOLD).any()):
                removed += 1
                continue
            kept_sigs.append(sigs[i])
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


def cluster(items: Sequence[Item], *, threshold: float = STORY_THRESHOLD) -> dict[str, str]:
    """Fold near-duplicate articles into stories: article id -> story id.

    Items with ``story`` set (already stored) keep their story; a new article
    that matches one joins it.
    """
    from datasketch import LeanMinHash, MinHashLSH

    if not items:
        return {}
    num_perm = int(items[0].signature.size)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    empty = np.full(num_perm, _EMPTY, dtype=np.uint64)
    with lsh.insertion_session(buffer_size=50_000) as session:
        for i, it in enumerate(items):
            if not np.array_equal(it.signature, empty):
                session.insert(i, LeanMinHash(seed=1, hashvalues=it.signature, scheme="legacy"))
    for i, it in enumerate(items):
        if np.array_equal(it.signature, empty):
            continue
        for j in lsh.query(LeanMinHash(seed=1, hashvalues=it.signature, scheme="legacy")):
            if j != i and similarity(it.signature, items[j].signature) >= threshold:
                ri, rj = find(i), find(int(j))
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
            story = sorted(stored)[0]
        else:
            first = min(group, key=lambda i: (items[i].published or far, items[i].order))
            story = items[first].id
        for i in group:
            out[items[i].id] = items[i].story or story
    return out
