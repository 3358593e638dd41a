"""The spending scenario's Monte Carlo in the shape every scenario kind reports.

A spending scenario already draws GDP growth (``[spending.growth]``: ``sd``, ``draws``,
``seed``) and reports percentiles of its budgets. With a ``[spending.uncertainty]`` table
(the section every kind uses; it may be empty, or hold ``draws``, ``seed`` and ``sd``
instead of ``[spending.growth]``) the result also gets the common ``uncertainty`` object: ``draws``,
``failed`` (always 0: a path cannot fail), ``seed``, ``seconds``, bands on the end year's
total and on the cumulative increase over the base-year budget, and a band on each year's
total (``years``). The paths are those of the model (same generator, same seed, same
order), rebuilt from its results, so the bands' percentiles equal its ``total_p5`` ...
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np

from diversify.scenarios import spending as model
from diversify.scenarios.bands import band, bands
from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
_MOVED = ("draws", "seed", "sd")


def _with_growth_from_uncertainty(t: Table) -> Table:
    if "uncertainty" not in t:
        return t
    u = t.table("uncertainty")
    u.check_keys(_MOVED)
    growth = dict(t.table("growth").data) if "growth" in t else {}
    for key in _MOVED:
        if key in u and key in growth:
            raise u.error(key, f"set {key} in [spending.uncertainty] or [spending.growth], not both")
        if key in u:
            growth[key] = u.raw(key)
    data = {k: v for k, v in t.data.items() if k != "uncertainty"}
    data["growth"] = growth
    return Table(data, t.field, t.source)


def uncertainty_of(results: dict[str, Any]) -> dict[str, Any]:
    """The common ``uncertainty`` object, from the model's own results."""
    start = time.perf_counter()
    mc = results["monte_carlo"]
    rows = results["years"]
    draws, seed = int(mc["draws"]), int(mc["seed"])
    rng = np.random.default_rng(seed)
    growth = rng.normal(mc["growth_mean"], mc["growth_sd"], size=(draws, len(rows) - 1))
    gdp0 = float(rows[0]["gdp"])
    paths = gdp0 * np.concatenate([np.ones((draws, 1)), np.cumprod(1.0 + growth, axis=1)], axis=1)
    share = np.array([(r["core_share"] + r["resilience_share"]) / 100.0 for r in rows])
    totals = paths * share
    cumulative = (totals[:, 1:] - float(results["base_budget"])).sum(axis=1)
    per_year = bands(totals)
    return {
        "draws": draws,
        "failed": 0,
        "seed": seed,
        "seconds": time.perf_counter() - start,
        "end_total": per_year[-1],
        "cumulative_increase": band(cumulative),
        "years": [{"year": int(r["year"]), "total": b} for r, b in zip(rows, per_year, strict=True)],
    }


def run(t: Table, wh: Warehouse, *, trials: bool = False) -> Outcome:
    """Run the spending model and add its ``uncertainty`` object."""
    outcome = model.run(_with_growth_from_uncertainty(t), wh)
    results = {**outcome.results, "uncertainty": uncertainty_of(outcome.results)}
    return Outcome(results, files=outcome.files, source_ids=outcome.source_ids)
