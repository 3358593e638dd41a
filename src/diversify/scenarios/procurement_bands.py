"""Bands on a procurement scenario: catalogue prices as ranges.

``[procurement.uncertainty]``::

    draws = 200
    seed = 1
    price = [0.8, 1.3]     # multiplier on every option's unit price, drawn per option

Catalogue prices are contract values divided by units, so a range is the honest reading
of them (the default is 0.8-1.3: cost overruns are more common than savings). Each trial
solves the constrained plan and the cheapest plan at its prices; a trial whose plan no
longer fits the budget or the rules is infeasible (counted, not failed). The
``uncertainty`` object has the share of feasible trials, bands on the plan's cost, the
cheapest plan's cost and the premium (absolute and percent), and every supplier with the
share of feasible trials in which the plan buys from it, most often chosen first.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import numpy as np

from diversify.scenarios import procurement as model
from diversify.scenarios.band_spec import RangeRule, header, parse_band_table, without_uncertainty
from diversify.scenarios.bands import band, finite, with_uncertainty
from diversify.scenarios.catalogue import Option
from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

RULES = {
    "price": RangeRule(
        (0.8, 1.3), min=0.0, strict_min=True, meaning="multipliers on catalogue unit prices"
    ),
}
QUANTITIES = ("total_cost", "cheapest_cost", "premium", "premium_pct")


def _scaled(options: dict[str, list[Option]], factor: dict[str, float]) -> dict[str, list[Option]]:
    return {
        cap: [replace(o, unit_price=o.unit_price * factor[o.id]) for o in opts]
        for cap, opts in options.items()
    }


def _cost(options: dict[str, list[Option]], plan: dict[str, int]) -> float:
    return float(sum(plan.get(o.id, 0) * o.unit_price for opts in options.values() for o in opts))


def run(t: Table, wh: object | None = None, *, trials: bool = False) -> Outcome:
    """The one-shot procurement scenario plus its ``uncertainty`` object (and trials on request)."""
    spec = parse_band_table(t.table("uncertainty"), RULES)
    plain = without_uncertainty(t)
    outcome = model.run(plain, wh)
    needs, rules, cat, _ = model.parse(plain)
    options, _ = model.candidates(needs, cat, rules)
    free, _ = model.candidates(needs, cat, None)
    ids = list(cat.options)
    suppliers = {o.id: (o.supplier, o.country) for o in cat.options.values()}
    rng = np.random.default_rng(spec.seed)
    start = time.perf_counter()
    values = np.full((spec.draws, len(QUANTITIES)), np.nan)
    feasible = np.zeros(spec.draws, dtype=bool)
    chosen: dict[tuple[str, str], int] = {}
    failed = 0
    rows: list[dict[str, Any]] = []
    for k in range(spec.draws):
        factor = dict(zip(ids, rng.uniform(*spec.ranges["price"], size=len(ids)).tolist(), strict=True))
        opts, cheap_opts = _scaled(options, factor), _scaled(free, factor)
        status, plan = model.solve(needs, opts, rules)
        fstatus, cheapest = model.solve(needs, cheap_opts, None)
        if status == 0 and fstatus == 0:
            feasible[k] = True
            cost, base = _cost(opts, plan), _cost(cheap_opts, cheapest)
            values[k] = (cost, base, cost - base, 100.0 * (cost / base - 1.0) if base else np.nan)
            for key in {suppliers[o] for o, q in plan.items() if q}:
                chosen[key] = chosen.get(key, 0) + 1
        elif status != 2 or fstatus not in (0, 2):
            failed += 1
        if trials:
            rows.append(
                {
                    "trial": k,
                    "converged": status in (0, 2) and fstatus in (0, 2),
                    "feasible": bool(feasible[k]),
                    **{n: finite(values[k, i]) for i, n in enumerate(QUANTITIES)},
                    "plan": ", ".join(f"{o} x{q}" for o, q in sorted(plan.items()) if q)
                    if status == 0
                    else "",
                }
            )
    seconds = time.perf_counter() - start
    n_feasible = int(feasible.sum())
    solved = spec.draws - failed
    uncertainty: dict[str, Any] = header(spec, failed, seconds)
    uncertainty["feasible_share"] = n_feasible / solved if solved else None
    for i, name in enumerate(QUANTITIES):
        uncertainty[name] = band(values[:, i])
    uncertainty["suppliers"] = sorted(
        (
            {"supplier": s, "country": c, "chosen_share": n / n_feasible}
            for (s, c), n in chosen.items()
        ),
        key=lambda r: (-r["chosen_share"], r["supplier"]),
    )
    return with_uncertainty(outcome, uncertainty, rows if trials else None)

