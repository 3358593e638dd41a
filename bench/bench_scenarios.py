"""Scenario models at growing sizes: the rerouting LP, the procurement MILP, the SMART model.

Seeded synthetic problems of the shapes the models see:

* LP: ``n`` corridors, ``2n`` routes each using 1-3 corridors and carrying 1-3 of
  10 goods groups; targets at 60% of what the network can carry (feasible).
  Timed: building the program and solving it with HiGHS (``linprog``).
* MILP: ``c`` capabilities with 5 options each, origin content spread over 30
  countries, quantities 10-100, up to 2 options per capability, a 35% cap per
  country and a 65% portfolio origin rule. Timed: :func:`procurement.solve`
  (HiGHS via ``milp``), with the constrained and the unconstrained plan.
* PE: the SMART model on ``rows`` (product, supplier) rows, 20 suppliers per product.

Each time is the median of 3 runs. Results: bench/results/scenarios.json.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diversify.scenarios.catalogue import Catalogue, Option
from diversify.scenarios.network import Corridor, Market, Network, Route
from diversify.scenarios.procurement import Need, Rules, candidates, solve
from diversify.scenarios.rerouting import Target, build_program
from diversify.scenarios.rerouting import solve as solve_lp
from diversify.scenarios.smart import simulate

RESULTS = Path(__file__).resolve().parent / "results" / "scenarios.json"
SEED = 20250625
LP_SIZES = (10, 100, 1_000, 5_000)
MILP_SIZES = (5, 20, 50, 100)
PE_SIZES = (1_000, 10_000, 100_000, 1_000_000)
REPEAT = 3


def timed(fn: Any, repeat: int = REPEAT) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def lp_case(n: int, seed: int = SEED) -> tuple[Network, list[Target]]:
    rng = np.random.default_rng(seed + n)
    goods = [f"g{i}" for i in range(10)]
    corridors = {f"c{i}": Corridor(f"c{i}", f"c{i}", "port", float(rng.uniform(1, 20)),
                                   float(rng.uniform(0.01, 0.2)), f"corridors[{i}]") for i in range(n)}
    names = list(corridors)
    routes = {}
    for j in range(2 * n):
        via = tuple(rng.choice(names, size=int(rng.integers(1, 4)), replace=False))
        carried = tuple(rng.choice(goods, size=int(rng.integers(1, 4)), replace=False))
        routes[f"r{j}"] = Route(f"r{j}", "M", carried, via, 0.0, math.inf, f"routes[{j}]")
    net = Network("CAD", "bn", 1e9, {g: ((i + 1, i + 1),) for i, g in enumerate(goods)},
                  {"M": Market("M", "M", ("DEU",), 0.0, math.inf, "markets[0]")}, corridors, routes)
    # what each goods group could move alone, shared out: 60% of total capacity split by goods
    total = sum(c.capacity for c in corridors.values()) / 3.0
    targets = [Target(g, 0.6 * total / len(goods), None, None, f"targets[{i}]") for i, g in enumerate(goods)]
    return net, targets


def bench_lp() -> list[dict[str, Any]]:
    rows = []
    for n in LP_SIZES:
        net, targets = lp_case(n)
        t_build, prog = timed(lambda net=net, targets=targets: build_program(net, targets))
        t_solve, res = timed(lambda prog=prog: solve_lp(prog))
        rows.append({"model": "rerouting LP", "size": f"{n} corridors, {2 * n} routes",
                     "variables": len(prog.variables), "constraints": int(prog.a_ub.shape[0] + len(prog.b_eq)),
                     "build_s": t_build, "solve_s": t_solve, "status": int(res.status)})
    return rows


def milp_case(c: int, seed: int = SEED) -> tuple[Catalogue, list[Need], Rules]:
    rng = np.random.default_rng(seed + c)
    countries = ["USA", "DEU", "FRA", "SWE", "ITA", "ESP", "NOR", "GBR", "KOR", "JPN", "CAN", "POL", "NLD",
                 "FIN", "DNK", "BEL", "AUT", "CZE", "PRT", "GRC", "TUR", "ISR", "AUS", "CHE", "ROU", "HUN",
                 "SVK", "SVN", "EST", "LTU"]
    eligible = frozenset(countries[1:7] + countries[11:22] + ["CAN"])
    options, needs = {}, []
    for k in range(c):
        cap = f"cap{k}"
        for j in range(5):
            share = rng.dirichlet(np.full(3, 0.7))
            origin = tuple(zip(rng.choice(countries, size=3, replace=False).tolist(), share.tolist(), strict=True))
            options[f"{cap}_{j}"] = Option(f"{cap}_{j}", cap, "", "", origin[0][0], float(rng.uniform(1, 500)),
                                           float(rng.integers(1, 8)), frozenset({"NATO"}), origin, "")
        needs.append(Need(cap, int(rng.integers(10, 101)), 2, 1, frozenset(), None, f"needs[{k}]"))
    rules = Rules(None, {"default": 0.35}, frozenset({"CAN"}), 0.65, eligible, "portfolio", None)
    return Catalogue("CAD", "CAD m", options), needs, rules


def bench_milp() -> list[dict[str, Any]]:
    rows = []
    for c in MILP_SIZES:
        cat, needs, rules = milp_case(c)
        opts, _ = candidates(needs, cat, rules)
        free, _ = candidates(needs, cat, None)
        t_rules, (status, _) = timed(lambda opts=opts, needs=needs, rules=rules: solve(needs, opts, rules))
        t_free, (fstatus, _) = timed(lambda free=free, needs=needs: solve(needs, free, None))
        rows.append({"model": "procurement MILP", "size": f"{c} capabilities, {5 * c} options",
                     "variables": 10 * c, "constraints": None, "build_s": None,
                     "solve_s": t_rules, "unconstrained_s": t_free, "status": status, "free_status": fstatus})
    return rows


def pe_case(rows: int, seed: int = SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed + rows)
    suppliers = 20
    products = max(1, rows // suppliers)
    product = np.repeat([f"p{i}" for i in range(products)], suppliers)
    n = len(product)
    t0 = rng.uniform(0, 0.1, n)
    return pd.DataFrame({
        "product": product, "partner": np.tile([f"s{i}" for i in range(suppliers)], products),
        "value": rng.lognormal(15, 2, n), "t0": t0, "t1": np.where(rng.random(n) < 0.3, t0 + 0.25, t0),
        "e_m": np.repeat(rng.uniform(-3, -0.2, products), suppliers), "sigma": 1.5, "e_x": 99.0,
    })


def bench_pe() -> list[dict[str, Any]]:
    out = []
    for rows in PE_SIZES:
        frame = pe_case(rows)
        t, _ = timed(lambda frame=frame: simulate(frame))
        out.append({"model": "SMART PE", "size": f"{len(frame):,} rows", "variables": len(frame),
                    "constraints": None, "build_s": None, "solve_s": t, "status": 0})
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"
    return str(v)


def main() -> None:
    rows = bench_lp() + bench_milp() + bench_pe()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"seed": SEED, "repeat": REPEAT, "results": rows}, indent=2) + "\n")
    print("| model | size | variables | build | solve | unconstrained solve | status |")
    print("|---|---|---:|---:|---:|---:|---|")
    for r in rows:
        status = "optimal" if r["status"] == 0 else f"status {r['status']}"
        print(f"| {r['model']} | {r['size']} | {r['variables']:,} | {_fmt(r.get('build_s'))} | "
              f"{_fmt(r['solve_s'])} | {_fmt(r.get('unconstrained_s'))} | {status} |")


if __name__ == "__main__":
    main()
