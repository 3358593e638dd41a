"""Uncertainty bands: the summary every scenario kind reports over its trials.

A band summarises the values one quantity took over the trials that solved:
``mean``, ``std`` (the sample standard deviation, ``n - 1`` in the denominator,
as gegravity and pandas report it) and the 5th, 50th and 95th percentiles
(numpy's default linear interpolation). Failed trials are passed as NaN and
left out of the band; callers report how many there were.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from diversify.scenarios.result import Outcome

BAND_KEYS: tuple[str, ...] = ("mean", "std", "p5", "p50", "p95")
PERCENTILES: tuple[float, ...] = (5.0, 50.0, 95.0)


def bands(values: np.ndarray) -> list[dict[str, float | None]]:
    """One band per column of a ``trials x quantities`` array (NaN rows are failed trials).

    A quantity with no finite value gets ``None`` everywhere; with one value its
    ``std`` is ``None`` (a sample standard deviation needs two).

    Examples
    --------
    >>> bands(np.array([[1.0], [2.0], [3.0]]))[0]["p50"]
    2.0
    """
    values = np.asarray(values, dtype=float)
    if values.ndim == 1:
        values = values[:, None]
    out: list[dict[str, float | None]] = []
    for column in values.T:
        finite = column[np.isfinite(column)]
        if finite.size == 0:
            out.append(dict.fromkeys(BAND_KEYS))
            continue
        if np.all(finite == finite[0]):
            # No spread: say so exactly rather than with the rounding of a sum.
            value = float(finite[0])
            std = 0.0 if finite.size > 1 else None
            out.append({"mean": value, "std": std, "p5": value, "p50": value, "p95": value})
            continue
        p5, p50, p95 = np.percentile(finite, PERCENTILES).tolist()
        out.append(
            {
                "mean": float(finite.mean()),
                "std": float(finite.std(ddof=1)) if finite.size > 1 else None,
                "p5": p5,
                "p50": p50,
                "p95": p95,
            }
        )
    return out


def band(values: np.ndarray) -> dict[str, float | None]:
    """The band of one quantity over its trials."""
    return bands(np.asarray(values, dtype=float).reshape(-1, 1))[0]


def is_band(value: Any) -> bool:
    """Whether a JSON value is a band (a mapping with exactly the band keys)."""
    return isinstance(value, Mapping) and set(value) == set(BAND_KEYS)


def overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool | None:
    """Whether two bands' 5-95% intervals overlap (``None`` if either is empty)."""
    ends = [a.get("p5"), b.get("p5"), a.get("p95"), b.get("p95")]
    if any(v is None for v in ends):
        return None
    low_a, low_b, high_a, high_b = (float(v) for v in ends if v is not None)
    return max(low_a, low_b) <= min(high_a, high_b)


def format_band(value: Mapping[str, Any], fmt: str = "{:,.4g}") -> str:
    """``median [p5, p95]`` as text, e.g. ``0.084 [0.071, 0.097]``."""
    if value.get("p50") is None:
        return "n/a"
    return (
        f"{fmt.format(value['p50'])} [{fmt.format(value['p5'])}, {fmt.format(value['p95'])}]"
    )


def _label(record: Mapping[str, Any]) -> str:
    parts = [
        str(v)
        for v in record.values()
        if isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
    ]
    return " -> ".join(parts)


def band_rows(uncertainty: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every band of an ``uncertainty`` object as flat rows ``item, quantity, mean, std, p5, p50, p95``.

    A band at the top level has an empty ``item``; in a list of records (``countries``,
    ``pairs``, ``years``...) the item is the record's text and whole-number fields
    joined by ``->`` (``CAN``, ``CAN -> DEU``, ``2035``). Other values (counts, seeds) are not bands.
    """
    rows: list[dict[str, Any]] = []
    for key, value in uncertainty.items():
        if is_band(value):
            rows.append({"item": "", "quantity": key, **value})
        elif isinstance(value, list):
            for record in value:
                if not isinstance(record, Mapping):
                    continue
                item = _label(record)
                for field, inner in record.items():
                    if is_band(inner):
                        rows.append({"item": item, "quantity": field, **inner})
    return rows


def finite(v: float) -> float | None:
    """A trial's figure for JSON: ``None`` where the trial gave no finite value."""
    return float(v) if np.isfinite(v) else None


def with_uncertainty(outcome: Outcome, uncertainty: dict[str, Any],
                     trials: list[dict[str, Any]] | None = None) -> Outcome:
    """``outcome`` with its ``uncertainty`` object (and every trial, when asked) added."""
    from diversify.scenarios.result import Outcome

    results = {**outcome.results, "uncertainty": uncertainty}
    if trials is not None:
        results["trials"] = trials
    return Outcome(results, files=outcome.files, source_ids=outcome.source_ids)
