"""Bands on a rerouting scenario: corridor capacities and costs as ranges.

``[rerouting.uncertainty]``::

    draws = 200
    seed = 1
    capacity = [0.8, 1.2]    # multiplier on every corridor's capacity, drawn per corridor
    cost = [0.8, 1.2]        # multiplier on every corridor's unit cost, drawn per corridor

Both default to those ranges (set ``[1, 1]`` to hold one fixed). Each trial solves the
same LP with its corridors; a trial whose targets cannot be met is *infeasible* (counted,
not failed). The ``uncertainty`` object has the share of trials in which the target is
feasible, bands on the total and average cost over the feasible trials, and every corridor
with the share of feasible trials in which it binds, most often binding first.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from diversify.scenarios import rerouting as model
from diversify.scenarios.band_spec import RangeRule, header, parse_band_table, without_uncertainty
from diversify.scenarios.bands import band, finite, with_uncertainty
from diversify.scenarios.network import load_network
from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
RULES = {
    "capacity": RangeRule((0.8, 1.2), min=0.0, meaning="multipliers on corridor capacities"),
    "cost": RangeRule((0.8, 1.2), min=0.0, meaning="multipliers on corridor unit costs"),
}


def run(t: Table, wh: Warehouse, *, trials: bool = False) -> Outcome:
    """The one-shot rerouting scenario plus its ``uncertainty`` object (and trials on request)."""
    spec = parse_band_table(t.table("uncertainty"), RULES)
    plain = without_uncertainty(t)
    outcome = model.run(plain, wh)
    net = load_network(plain)
    reporter, away = plain.country("reporter", "CAN"), plain.country("away_from", "USA")
    targets, year, _ = model.parse_targets(
        plain, net, wh, reporter, away, plain.integer("year", None, min=1800, max=2100)
    )
    net, _ = model.routable(net, reporter, away, year)
    ids = list(net.corridors)
    rng = np.random.default_rng(spec.seed)
    start = time.perf_counter()
    cost = np.full(spec.draws, np.nan)
    moved = np.full(spec.draws, np.nan)
    feasible = np.zeros(spec.draws, dtype=bool)
    failed = 0
    binds = np.zeros(len(ids))
    rows: list[dict[str, Any]] = []
    for k in range(spec.draws):
        cap = rng.uniform(*spec.ranges["capacity"], size=len(ids))
        unit = rng.uniform(*spec.ranges["cost"], size=len(ids))
        corridors = {
            c: replace(net.corridors[c], capacity=net.corridors[c].capacity * cap[i],
                       unit_cost=net.corridors[c].unit_cost * unit[i])
            for i, c in enumerate(ids)
        }
        prog = model.build_program(replace(net, corridors=corridors), targets)
        res = model.solve(prog)
        bound: list[str] = []
        if res.status == 0:
            x = np.where(np.abs(res.x) < model.TOL, 0.0, res.x)
            feasible[k] = True
            cost[k] = float(prog.cost @ x)
            moved[k] = float(x.sum())
            slack = prog.b_ub - prog.a_ub @ x if prog.a_ub.shape[0] else np.zeros(0)
            for i, label in enumerate(prog.ub_rows):
                if label[0] == "corridor":
                    capacity = corridors[label[1]].capacity
                    if slack[i] <= 1e-7 * max(1.0, capacity):
                        binds[ids.index(label[1])] += 1
                        bound.append(label[1])
        elif res.status != 2:
            failed += 1
        if trials:
            rows.append(
                {
                    "trial": k,
                    "converged": res.status in (0, 2),
                    "feasible": bool(res.status == 0),
                    "total_cost": finite(cost[k]),
                    "binding_corridors": ", ".join(bound),
                    **{f"capacity_x_{c}": float(cap[i]) for i, c in enumerate(ids)},
                    **{f"cost_x_{c}": float(unit[i]) for i, c in enumerate(ids)},
                }
            )
    seconds = time.perf_counter() - start
    n_feasible = int(feasible.sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        average = np.where(moved > 0, cost / moved, np.nan)
    solved = spec.draws - failed
    uncertainty: dict[str, Any] = header(spec, failed, seconds)
    uncertainty.update(
        {
            "feasible_share": n_feasible / solved if solved else None,
            "total_cost": band(cost),
            "average_cost": band(average),
            "corridors": [
                {"corridor": ids[i], "binding_share": binds[i] / n_feasible if n_feasible else None}
                for i in sorted(range(len(ids)), key=lambda i: (-binds[i], ids[i]))
            ],
        }
    )
    return with_uncertainty(outcome, uncertainty, rows if trials else None)

