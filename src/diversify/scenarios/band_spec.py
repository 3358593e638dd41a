"""The ``uncertainty`` table of the tariff, rerouting and procurement scenarios.

Each kind lists the inputs it can vary as ranges ``[low, high]``; a trial draws
every varied input uniformly from its range with numpy's generator seeded by
``seed`` (so a run is reproducible and independent of anything else), runs the
model and keeps a few figures. The result's ``uncertainty`` object has
``draws``, ``failed``, ``seed``, ``seconds`` and the bands (see
:mod:`diversify.scenarios.bands`), like every scenario kind.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from diversify.scenarios.spec import Table

DEFAULT_DRAWS = 200
MAX_DRAWS = 100_000


@dataclass(frozen=True)
class RangeRule:
    """What one range may hold: its default and the bounds of its ends."""

    default: tuple[float, float] | None
    min: float | None = None
    max: float | None = None
    strict_min: bool = False
    meaning: str = ""


@dataclass(frozen=True)
class BandSpec:
    """A checked uncertainty table: trials, seed and the ranges by name."""

    draws: int
    seed: int
    ranges: Mapping[str, tuple[float, float]]

    def to_dict(self) -> dict[str, object]:
        return {name: list(r) for name, r in self.ranges.items()}


def parse_band_table(t: Table, rules: Mapping[str, RangeRule]) -> BandSpec:
    """Check ``[<kind>.uncertainty]``: ``draws``, ``seed`` and one ``[low, high]`` per rule.

    A range that is not given takes its rule's default (or is not varied when the
    default is ``None``). Errors name the field, e.g. ``tariff.uncertainty.substitution``.
    """
    t.check_keys({"draws", "seed", *rules})
    draws = int(t.integer("draws", DEFAULT_DRAWS, min=2, max=MAX_DRAWS))
    seed = int(t.integer("seed", 1, min=0))
    ranges: dict[str, tuple[float, float]] = {}
    for name, rule in rules.items():
        if name not in t:
            if rule.default is not None:
                ranges[name] = rule.default
            continue
        raw = t.raw(name)
        if not isinstance(raw, list) or len(raw) != 2:
            raise t.error(name, f"expected [low, high] ({rule.meaning}), got {raw!r}")
        for v in raw:
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise t.error(name, f"expected two finite numbers [low, high], got {raw!r}")
            below = rule.min is not None and (v < rule.min or (rule.strict_min and v == rule.min))
            if below or (rule.max is not None and v > rule.max):
                bounds = []
                if rule.min is not None:
                    bounds.append(f"{'>' if rule.strict_min else '>='} {rule.min:g}")
                if rule.max is not None:
                    bounds.append(f"<= {rule.max:g}")
                raise t.error(
                    name, f"both ends must be {' and '.join(bounds)} ({rule.meaning}), got {raw!r}"
                )
        low, high = float(raw[0]), float(raw[1])
        if high < low:
            raise t.error(name, f"high {high:g} is below low {low:g}")
        ranges[name] = (low, high)
    return BandSpec(draws, seed, ranges)


def without_uncertainty(t: Table) -> Table:
    """The model table without its ``uncertainty`` table: what the one-shot model reads."""
    return Table({k: v for k, v in t.data.items() if k != "uncertainty"}, t.field, t.source)


def header(spec: BandSpec, failed: int, seconds: float) -> dict[str, object]:
    """The fields every ``uncertainty`` object starts with."""
    return {
        "draws": spec.draws,
        "failed": failed,
        "seed": spec.seed,
        "seconds": seconds,
        "ranges": spec.to_dict(),
    }
