"""Score extracted events and claims against hand labels (``shared/news`` rules).

* Events match on (``source``, ``type``, ``target``) within an article, as
  multisets: two predicted CAN CONSULT EU events match at most two labelled ones.
* Claims match on ``unit`` (case-insensitive) and ``quantity`` within 0.5 %
  (relative); each labelled claim matches at most one predicted claim, the
  closest first.
* ``date``, ``evidence``, ``subject``, ``year`` and ``text`` are not matched.

Precision, recall and F1 are computed overall (micro, over all articles) and
per event type / claim unit. With nothing predicted, precision is 0.

A labelled set is a sample of articles, so its scores are uncertain: with
``bootstrap`` resamples, the articles are drawn again with replacement and the
2.5th and 97.5th percentiles of the overall scores give a 95 % interval
(percentile bootstrap, ``scipy.stats.bootstrap``; articles, not events, are the
unit, because the events of one article are not independent).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diversify.errors import InputError
from diversify.news.model import EVENT_TYPES

CLAIM_TOLERANCE = 0.005
"""Relative tolerance on a claim's quantity (0.5 %)."""


@dataclass(frozen=True)
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Evaluation:
    """Scores of one prediction set against one labels set."""

    articles: int
    events: Score
    claims: Score
    events_by_type: dict[str, Score] = field(default_factory=dict)
    claims_by_unit: dict[str, Score] = field(default_factory=dict)
    events_interval: Interval | None = None
    claims_interval: Interval | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "events": self.events.to_json(),
            "claims": self.claims.to_json(),
            "events_by_type": {k: v.to_json() for k, v in sorted(self.events_by_type.items())},
            "claims_by_unit": {k: v.to_json() for k, v in sorted(self.claims_by_unit.items())},
            **({"events_interval": self.events_interval.to_json()} if self.events_interval else {}),
            **({"claims_interval": self.claims_interval.to_json()} if self.claims_interval else {}),
        }

    def to_text(self) -> str:
        lines = [f"{self.articles} articles",
                 f"{'':22s}{'precision':>10s}{'recall':>8s}{'F1':>7s}{'tp':>5s}{'fp':>5s}{'fn':>5s}"]

        def row(name: str, s: Score) -> str:
            return (f"{name:22s}{s.precision:10.3f}{s.recall:8.3f}{s.f1:7.3f}"
                    f"{s.tp:5d}{s.fp:5d}{s.fn:5d}")

        lines.append(row("events", self.events))
        for k, v in sorted(self.events_by_type.items(), key=lambda kv: -(kv[1].tp + kv[1].fn)):
            lines.append(row(f"  {k}", v))
        lines.append(row("claims", self.claims))
        for k, v in sorted(self.claims_by_unit.items(), key=lambda kv: -(kv[1].tp + kv[1].fn)):
            lines.append(row(f"  {k}", v))
        for name, iv in (("events", self.events_interval), ("claims", self.claims_interval)):
            if iv is not None:
                lines.append(f"{name} 95% interval ({iv.resamples} bootstrap resamples of the "
                             f"articles): {iv.to_text()}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Interval:
    """95 % bootstrap intervals of precision, recall and F1 (``(low, high)`` each)."""

    precision: tuple[float, float]
    recall: tuple[float, float]
    f1: tuple[float, float]
    resamples: int

    def to_json(self) -> dict[str, Any]:
        return {"precision": [round(v, 4) for v in self.precision],
                "recall": [round(v, 4) for v in self.recall],
                "f1": [round(v, 4) for v in self.f1],
                "level": 0.95, "resamples": self.resamples, "unit": "article"}

    def to_text(self) -> str:
        return "  ".join(f"{n} {lo:.3f}-{hi:.3f}" for n, (lo, hi) in
                         (("P", self.precision), ("R", self.recall), ("F1", self.f1)))


def _ratio(num: Any, den: Any) -> Any:
    import numpy as np

    return np.divide(num, den, out=np.zeros(np.broadcast(num, den).shape), where=den > 0)


def bootstrap_interval(counts: Sequence[Score], resamples: int, seed: int = 0) -> Interval:
    """Percentile bootstrap over articles of the micro precision, recall and F1.

    ``counts`` holds one :class:`Score` per article. Deterministic for a given ``seed``.
    """
    import numpy as np
    from scipy.stats import bootstrap

    if resamples < 1:
        raise InputError("the number of bootstrap resamples must be at least 1", field="bootstrap")
    arr = np.array([(c.tp, c.fp, c.fn) for c in counts], dtype=float).T
    if arr.shape[-1] < 2:
        raise InputError("a bootstrap interval needs at least 2 labelled articles", field="bootstrap")

    def stat(which: int) -> Any:
        def f(tp: Any, fp: Any, fn: Any, axis: int = -1) -> Any:
            t, p, n = tp.sum(axis=axis), fp.sum(axis=axis), fn.sum(axis=axis)
            prec, rec = _ratio(t, t + p), _ratio(t, t + n)
            return (prec, rec, _ratio(2 * prec * rec, prec + rec))[which]
        return f

    out = []
    for which in range(3):
        res = bootstrap(tuple(arr), stat(which), paired=True, vectorized=True, n_resamples=resamples,
                        method="percentile", rng=np.random.default_rng(seed))
        ci = res.confidence_interval
        out.append((float(ci.low), float(ci.high)))
    return Interval(out[0], out[1], out[2], resamples)


def event_key(e: Mapping[str, Any]) -> tuple[str, str, str | None]:
    return (str(e["source"]), str(e["type"]), None if e.get("target") is None else str(e["target"]))


def score_events(pred: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]
                 ) -> dict[str, Score]:
    """Per-type scores of one article's events (multiset match on source, type, target)."""
    p = Counter(event_key(e) for e in pred)
    g = Counter(event_key(e) for e in gold)
    out: dict[str, Score] = {}
    for key in set(p) | set(g):
        tp = min(p[key], g[key])
        s = Score(tp, p[key] - tp, g[key] - tp)
        out[key[1]] = out.get(key[1], Score()) + s
    return out


def _quantity(c: Mapping[str, Any]) -> float:
    return float(c["quantity"])


def score_claims(pred: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]
                 ) -> dict[str, Score]:
    """Per-unit scores of one article's claims (unit, quantity within 0.5 %)."""
    pred, gold = list(pred), list(gold)
    cands = []
    for i, pc in enumerate(pred):
        for j, gc in enumerate(gold):
            if str(pc["unit"]).casefold() != str(gc["unit"]).casefold():
                continue
            q, g = _quantity(pc), _quantity(gc)
            diff = abs(q - g) / abs(g) if g else abs(q)
            if diff <= CLAIM_TOLERANCE:
                cands.append((diff, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(cands):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    out: dict[str, Score] = {}
    for i, pc in enumerate(pred):
        u = str(pc["unit"]).casefold()
        out[u] = out.get(u, Score()) + (Score(tp=1) if i in used_p else Score(fp=1))
    for j, gc in enumerate(gold):
        if j not in used_g:
            u = str(gc["unit"]).casefold()
            out[u] = out.get(u, Score()) + Score(fn=1)
    return out


def evaluate(predictions: Mapping[str, Mapping[str, Any]], labels: Mapping[str, Mapping[str, Any]],
             *, bootstrap: int = 0, seed: int = 0) -> Evaluation:
    """Score predictions (``id`` -> extract output) against labels (``id`` -> labels line).

    Every labelled article must have a prediction; predictions without labels
    are ignored. With ``bootstrap`` > 0, 95 % intervals from that many resamples
    of the articles (seeded by ``seed``) are added.
    """
    missing = [k for k in labels if k not in predictions]
    if missing:
        raise InputError(f"{len(missing)} labelled articles have no prediction "
                         f"(first: {missing[0]!r}); evaluate the file the labels belong to")
    by_type: dict[str, Score] = {}
    by_unit: dict[str, Score] = {}
    per_article: list[tuple[Score, Score]] = []
    for aid, gold in labels.items():
        pred = predictions[aid]
        ev = score_events(pred.get("events", []), gold.get("events", []))
        cl = score_claims(pred.get("claims", []), gold.get("claims", []))
        for k, s in ev.items():
            by_type[k] = by_type.get(k, Score()) + s
        for k, s in cl.items():
            by_unit[k] = by_unit.get(k, Score()) + s
        per_article.append((sum(ev.values(), Score()), sum(cl.values(), Score())))
    intervals: tuple[Interval | None, Interval | None] = (None, None)
    if bootstrap:
        intervals = (bootstrap_interval([e for e, _ in per_article], bootstrap, seed),
                     bootstrap_interval([c for _, c in per_article], bootstrap, seed))
    return Evaluation(
        articles=len(labels),
        events=sum(by_type.values(), Score()),
        claims=sum(by_unit.values(), Score()),
        events_by_type=by_type,
        claims_by_unit=by_unit,
        events_interval=intervals[0],
        claims_interval=intervals[1],
    )


def load_labels(path: str | Path) -> dict[str, dict[str, Any]]:
    """A labels file (one JSON object per line with ``id``, ``events``, ``claims``).

    Read and refused like an articles file (not UTF-8, invalid or too deeply
    nested JSON: one line naming the file and line), and checked to be labels:
    a line with neither ``events`` nor ``claims`` (an articles file, a file of
    story labels) is refused, and so is an event whose ``type`` is not one of
    the 16 PLOVER types as written in the labels (upper case), whose
    ``source`` is not a string or whose ``target`` is neither a string nor
    null, and a claim without a finite numeric ``quantity`` and a ``unit``:
    scoring such a file would quietly report a precision of 0.
    """
    from diversify.news.ingest import _check_size, _decode, check_file, parse_json_line

    p = Path(path)
    if not p.exists():
        raise InputError("labels file not found", path=p)
    check_file(p, "a labels file (JSONL)")
    _check_size(p.stat().st_size, p)
    text = _decode(p.read_bytes(), p)
    out: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        obj = parse_json_line(line, p, n, "a labels line")
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            raise InputError("expected an object with a string 'id'", path=p, line=n, field="id")
        if "events" not in obj and "claims" not in obj:
            extra = f" (it has {', '.join(repr(k) for k in list(obj)[:4])})"
            raise InputError("not an events and claims label: expected 'events' and 'claims' lists"
                             f"{extra}; is this an articles file or a file of story labels?",
                             path=p, line=n, field="events")
        for key in ("events", "claims"):
            if not isinstance(obj.get(key, []), list):
                raise InputError(f"'{key}' must be a list", path=p, line=n, field=key)
        for k, e in enumerate(obj.get("events", [])):
            _check_event(e, p, n, f"events[{k}]")
        for k, c in enumerate(obj.get("claims", [])):
            if not isinstance(c, dict) or not _number(c.get("quantity")) \
                    or not isinstance(c.get("unit"), str) or not c["unit"].strip():
                raise InputError("a claim needs a numeric 'quantity' and a 'unit'",
                                 path=p, line=n, field=f"claims[{k}]")
        if obj["id"] in out:
            raise InputError(f"duplicate id {obj['id']!r}", path=p, line=n, field="id")
        out[obj["id"]] = obj
    if not out:
        raise InputError("no labels in file", path=p)
    return out


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_event(e: object, p: Path, n: int, where: str) -> None:
    if not isinstance(e, dict) or not {"source", "type"} <= set(e):
        raise InputError("an event needs 'source', 'type' and 'target'", path=p, line=n, field=where)
    kind = e["type"]
    if not isinstance(kind, str) or kind not in EVENT_TYPES:
        raise InputError(f"event type {kind!r} is not one of the 16 PLOVER types "
                         f"({', '.join(EVENT_TYPES)})", path=p, line=n, field=f"{where}.type")
    if not isinstance(e["source"], str) or not e["source"].strip():
        raise InputError(f"expected an actor code such as CAN, USA or EU, got {e['source']!r}",
                         path=p, line=n, field=f"{where}.source")
    target = e.get("target")
    if target is not None and (not isinstance(target, str) or not target.strip()):
        raise InputError(f"expected an actor code such as CAN, USA or EU, or null, got {target!r}",
                         path=p, line=n, field=f"{where}.target")
