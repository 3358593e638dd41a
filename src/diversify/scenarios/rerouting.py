"""Rerouting under capacity: a linear program that moves exports away from one partner.

A ``[rerouting]`` scenario moves given volumes of goods groups (``targets``) away
from ``away_from`` through the routes of a corridor network
(:mod:`diversify.scenarios.network`) at least cost::

    min  sum_{r,g} cost_r x_{r,g}
    s.t. sum_r x_{r,g} = V_g                   every target g        (dual: marginal cost of g)
         sum_{r uses c} sum_g x_{r,g} <= cap_c every corridor c      (dual: shadow price of c)
         sum_{r to m} sum_g x_{r,g} <= absorb_m, sum_g x_{r,g} <= cap_r
         x >= 0

solved by HiGHS (:func:`scipy.optimize.linprog`). A corridor's shadow price is
what one more unit of its capacity would save a year, per unit (CAD per CAD of
capacity with the default network): what a corridors fund buys. When the targets
cannot be met, a phase-1 program (the same constraints, a shortfall variable on
every target, minimising total shortfall) gives the total that is missing and
the capacities that limit it; its split among the goods is one of possibly many,
so the message gives instead each target's own maximum with the others relaxed.
That is an :class:`InputError` on the first target short even on its own. A
volume target above the reporter's exports of those goods to the partner is an
input error too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import linprog

from diversify.config import YEARS
from diversify.errors import SolverError
from diversify.scenarios.dependency import chapter_flows, compare_indicators, export_values
from diversify.scenarios.network import Network, load_network
from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
TOL = 1e-9


@dataclass(frozen=True)
class Target:
    goods: str
    volume: float
    share: float | None
    base: float | None
    field: str


@dataclass(frozen=True)
class Program:
    """The LP in matrix form, with labels for its variables and rows."""

    cost: np.ndarray
    a_ub: sparse.csr_matrix
    b_ub: np.ndarray
    a_eq: sparse.csr_matrix
    b_eq: np.ndarray
    variables: list[tuple[str, str]]  # (route, goods)
    ub_rows: list[tuple[str, str]]  # (kind, id): corridor / market / route


def build_program(net: Network, targets: list[Target]) -> Program:
    """The rerouting LP for ``targets`` on ``net`` (one pass over the variables)."""
    target_row = {t.goods: i for i, t in enumerate(targets)}
    variables = [(r.id, g) for r in net.routes.values() for g in target_row if g in r.goods]
    cost = np.array([net.route_cost(net.routes[r]) for r, _ in variables], float)
    # inequality rows: corridors, markets and routes with a finite capacity
    labels: list[tuple[str, str]] = []
    b_ub: list[float] = []
    row_of: dict[tuple[str, str], int] = {}
    candidates = (
        [("corridor", c.id, c.capacity) for c in net.corridors.values()]
        + [("market", m.id, m.absorb) for m in net.markets.values()]
        + [("route", r.id, r.capacity) for r in net.routes.values()]
    )
    used = {("route", r) for r, _ in variables} | {
        ("market", net.routes[r].market) for r, _ in variables
    }
    used |= {("corridor", c) for r, _ in variables for c in net.routes[r].via}
    for kind, rid, cap in candidates:
        if not math.isinf(cap) and (kind, rid) in used:
            row_of[(kind, rid)] = len(b_ub)
            labels.append((kind, rid))
            b_ub.append(cap)
    rows: list[int] = []
    cols: list[int] = []
    for j, (r, _) in enumerate(variables):
        route = net.routes[r]
        keys = [("corridor", c) for c in route.via] + [("market", route.market), ("route", r)]
        for key in keys:
            i = row_of.get(key)
            if i is not None:
                rows.append(i)
                cols.append(j)
    n = len(variables)
    a_ub = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(b_ub), n))
    eq_rows = [target_row[g] for _, g in variables]
    a_eq = sparse.csr_matrix((np.ones(n), (eq_rows, np.arange(n))), shape=(len(targets), n))
    return Program(
        cost,
        a_ub,
        np.array(b_ub, float),
        a_eq,
        np.array([t.volume for t in targets], float),
        variables,
        labels,
    )


def solve(prog: Program) -> Any:
    """Solve the LP with HiGHS; the raw :class:`scipy.optimize.OptimizeResult`."""
    return linprog(
        prog.cost,
        A_ub=prog.a_ub if prog.a_ub.shape[0] else None,
        b_ub=prog.b_ub if prog.a_ub.shape[0] else None,
        A_eq=prog.a_eq,
        b_eq=prog.b_eq,
        bounds=(0, None),
        method="highs",
    )


def shortfall(prog: Program, volumes: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Phase 1: a least-total-shortfall split over the targets, and the duals of the capacity rows.

    Only the total is unique: when several targets compete for one capacity, any split of the
    shortfall among them may be optimal. ``volumes`` replaces the targets' volumes.
    """
    n, k = len(prog.variables), len(prog.b_eq)
    b_eq = prog.b_eq if volumes is None else volumes
    cost = np.concatenate([np.zeros(n), np.ones(k)])
    a_ub = sparse.hstack([prog.a_ub, sparse.csr_matrix((prog.a_ub.shape[0], k))]).tocsr()
    a_eq = sparse.hstack([prog.a_eq, sparse.identity(k, format="csr")]).tocsr()
    res = linprog(
        cost,
        A_ub=a_ub if a_ub.shape[0] else None,
        b_ub=prog.b_ub if a_ub.shape[0] else None,
        A_eq=a_eq,
        b_eq=b_eq,
        bounds=(0, None),
        method="highs",
    )
    if res.status != 0:
        raise SolverError(f"the phase-1 rerouting program failed: {res.message}")
    duals = -res.ineqlin.marginals if prog.a_ub.shape[0] else np.zeros(0)
    return res.x[n:], duals


def most_movable_alone(prog: Program) -> np.ndarray:
    """Per target, the most of it that can move when the other targets are relaxed to zero."""
    out = np.empty(len(prog.b_eq))
    for i, volume in enumerate(prog.b_eq):
        alone = np.zeros_like(prog.b_eq)
        alone[i] = volume
        out[i] = volume - shortfall(prog, alone)[0][i]
    return out


def infeasibility(prog: Program, net: Network, targets: list[Target], unit: str) -> tuple[str, Target]:
    """Why the targets cannot be met, stating only what every optimal plan shares: the total
    shortfall, each target's own maximum with the others relaxed, and the capacities that limit
    the total. Returns the message and the target to point at (the first short even on its own)."""
    short, duals = shortfall(prog)
    alone = most_movable_alone(prog)
    lines, first = [], None
    for tgt, most in zip(targets, alone, strict=True):
        gap = tgt.volume - most
        if gap > TOL * max(1.0, tgt.volume):
            first = first or tgt
            routes = [r.id for r in net.routes.values() if tgt.goods in r.goods]
            why = "" if routes else " (no route carries it)"
            lines.append(
                f"{tgt.goods}: {tgt.volume:.2f} requested, at most {most:.2f} can move, "
                f"short by {gap:.2f} even on its own{why}"
            )
        else:
            lines.append(f"{tgt.goods}: {tgt.volume:.2f} requested, all of it can move on its own")
    limits = []
    for (kind, rid), d in zip(prog.ub_rows, duals, strict=True):
        if d > TOL:
            cap = {
                "corridor": lambda i: net.corridors[i].capacity,
                "market": lambda i: net.markets[i].absorb,
                "route": lambda i: net.routes[i].capacity,
            }[kind](rid)
            limits.append(f"{kind} '{rid}' (capacity {cap:.2f}, full)")
    total = float(short.sum())
    msg = (
        f"the rerouting targets cannot be met together: {total:.2f} {unit} is missing in total "
        "(plans that leave different goods short can be equally good). "
        "Each target on its own, the others relaxed: "
        + "; ".join(lines)
        + (". Limiting capacities: " + ", ".join(limits) if limits else "")
        + "."
    )
    return msg, first or targets[0]


def explain_infeasible(
    prog: Program, net: Network, targets: list[Target], t: Table, unit: str
) -> Exception:
    """An :class:`InputError` on the first target short even on its own (else the first target)."""
    msg, target = infeasibility(prog, net, targets, unit)
    key = "share" if target.share is not None else "volume"
    return t.source.error(f"{target.field}.{key}", msg)


def parse_targets(
    t: Table, net: Network, wh: Warehouse, reporter: str, away: str, year: int | None
) -> tuple[list[Target], int, list[str]]:
    flows = chapter_flows(wh, reporter, "goods_exports", year, away)
    if flows.empty:
        raise t.error(
            "year" if year is not None else "away_from",
            f"no {reporter} exports to {away} by HS chapter in the warehouse"
            + (f" for {year}" if year is not None else ""),
        )
    unit = str(flows["unit"].iat[0])
    if unit != net.currency:
        raise t.error(
            "network", f"the network is in {net.currency} but the warehouse's flows are in {unit}"
        )
    scale = float(net.scale)
    targets, seen = [], set()
    for item in t.tables("targets"):
        item.check_keys({"goods", "share", "volume"})
        g = item.string("goods", choices=list(net.goods))
        if g in seen:
            raise item.error("goods", f"'{g}' has two targets; give one")
        seen.add(g)
        base = float(flows[flows["product"].isin(net.chapters(g))]["value"].sum()) / scale
        if ("share" in item) == ("volume" in item):
            raise item.error(
                "share", "give either share (of current exports) or volume, not both or neither"
            )
        if "share" in item:
            share = float(item.number("share", min=0.0, max=1.0))
            targets.append(Target(g, share * base, share, base, item.field))
        else:
            volume = float(item.number("volume", min=0.0))
            if volume > base * (1 + 1e-12):
                raise item.error(
                    "volume",
                    f"{g}: {volume:.2f} {net.unit} requested, more than {reporter}'s exports of "
                    f"{g} to {away} in {int(flows['year'].iat[0])} ({base:.2f})",
                )
            targets.append(Target(g, volume, None, base, item.field))
    if not targets:
        raise t.error(
            "targets", "a rerouting scenario needs at least one [[rerouting.targets]] entry"
        )
    return targets, int(flows["year"].iat[0]), sorted(flows["source_id"].unique())


def run(t: Table, wh: Warehouse) -> Outcome:
    """Run a ``[rerouting]`` scenario table."""
    t.check_keys(
        {
            "reporter",
            "away_from",
            "year",
            "network",
            "targets",
            "goods",
            "markets",
            "corridors",
            "routes",
        }
    )
    reporter = t.country("reporter", "CAN")
    away = t.country("away_from", "USA")
    net = load_network(t)
    targets, year, sources = parse_targets(
        t, net, wh, reporter, away, t.integer("year", None, min=YEARS[0], max=YEARS[1])
    )
    net, members = routable(net, reporter, away, year)
    prog = build_program(net, targets)
    res = solve(prog)
    if res.status == 2:
        raise explain_infeasible(prog, net, targets, t, net.unit)
    if res.status != 0:
        raise SolverError(f"the rerouting LP failed: {res.message}")
    results = _results(prog, res, net, targets, wh, reporter, away, year, members)
    return Outcome(
        results,
        files=net.files,
        source_ids=tuple(sorted(set(sources) | set(results["dependency"]["source_ids"]))),
    )


def _expanded_markets(net: Network, year: int) -> dict[str, set[str]]:
    """Each market's countries in ``year`` as written, blocs expanded to their members."""
    from diversify.reference.blocs import load_blocs

    blocs = load_blocs()
    return {mid: {c for code in market.countries
                  for c in (blocs[code].members_in(year) if code in blocs else (code,))}
            for mid, market in net.markets.items()}


def market_members(net: Network, reporter: str, away: str, year: int) -> dict[str, set[str]]:
    """Each market's destination countries in ``year`` (blocs expanded), without the reporter and
    without ``away``: exports moved away from a partner never land in it again."""
    return {mid: members - {reporter, away} for mid, members in _expanded_markets(net, year).items()}


def routable(
    net: Network, reporter: str, away: str, year: int
) -> tuple[Network, dict[str, set[str]]]:
    """``net`` without the routes to markets left with no country once the reporter and ``away``
    are taken out (such a market receives nothing), and each market's countries."""
    members = market_members(net, reporter, away, year)
    routes = {rid: r for rid, r in net.routes.items() if members[r.market]}
    return replace(net, routes=routes), members


def _results(
    prog: Program,
    res: Any,
    net: Network,
    targets: list[Target],
    wh: Warehouse,
    reporter: str,
    away: str,
    year: int,
    members: dict[str, set[str]],
) -> dict[str, Any]:
    written = _expanded_markets(net, year)
    x = np.where(np.abs(res.x) < TOL, 0.0, res.x)
    slack = prog.b_ub - prog.a_ub @ x if prog.a_ub.shape[0] else np.zeros(0)
    duals = -res.ineqlin.marginals if prog.a_ub.shape[0] else np.zeros(0)
    row = {lab: i for i, lab in enumerate(prog.ub_rows)}
    plan = [
        {
            "route": r,
            "market": net.routes[r].market,
            "goods": g,
            "via": " + ".join(net.routes[r].via),
            "volume": float(v),
            "unit_cost": float(c),
            "cost": float(v * c),
        }
        for (r, g), v, c in zip(prog.variables, x, prog.cost, strict=True)
        if v > 0
    ]
    corridors = []
    for c in net.corridors.values():
        i = row.get(("corridor", c.id))
        used = float(c.capacity - slack[i]) if i is not None else 0.0
        binding = i is not None and slack[i] <= 1e-7 * max(1.0, c.capacity)
        corridors.append(
            {
                "corridor": c.id,
                "name": c.name,
                "mode": c.mode,
                "capacity": c.capacity,
                "used": used,
                "utilisation": used / c.capacity if c.capacity > 0 else None,
                "binding": bool(binding),
                "shadow_price": float(duals[i]) if i is not None else 0.0,
            }
        )
    marginal = np.asarray(res.eqlin.marginals)
    tgt_rows = [
        {
            "goods": t.goods,
            "chapters": ",".join(net.chapters(t.goods)),
            "exports_to_partner": t.base,
            "share": t.share,
            "volume": t.volume,
            "marginal_cost": float(m),
        }
        for t, m in zip(targets, marginal, strict=True)
    ]
    moved = float(x.sum())
    total_cost = float(prog.cost @ x)
    dep, shares = _dependency(wh, net, plan, members, reporter, away, year)
    binding = [c for c in corridors if c["binding"]]
    return {
        "reporter": reporter,
        "away_from": away,
        "year": year,
        "unit": net.unit,
        "network": net.files[0].name if net.files else "default",
        "moved": moved,
        "total_cost": total_cost,
        "average_cost": total_cost / moved if moved else 0.0,
        "binding_corridors": ", ".join(c["corridor"] for c in binding),
        "dependency": dep,
        "plan": plan,
        "corridors": corridors,
        "targets": tgt_rows,
        "markets": [
            {
                "market": m.id,
                "name": m.name,
                "volume": sum(p["volume"] for p in plan if p["market"] == m.id),
                "absorb": m.absorb,
                # the partner left, where the market as written includes it (directly or through a bloc)
                "excluded": away if away in written[m.id] else "",
            }
            for m in net.markets.values()
        ],
        "reporter_partner_shares": shares,
    }


def _dependency(
    wh: Warehouse,
    net: Network,
    plan: list[dict[str, Any]],
    members_of: dict[str, set[str]],
    reporter: str,
    away: str,
    year: int,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Partner indicators after moving the plan's volumes from ``away`` to each market's countries
    (``members_of``, which never holds ``away``), spread in proportion to the reporter's exports of
    those goods to them (all goods if none)."""
    before, basis, sources = export_values(wh, reporter, year)
    after = before.copy()
    flows = chapter_flows(wh, reporter, "goods_exports", year)
    scale = float(net.scale)
    for (market, goods), vol in (
        pd.DataFrame(plan, columns=["market", "goods", "volume"])
        .groupby(["market", "goods"])["volume"]
        .sum()
        .items()
    ):
        members = members_of[market]
        sel = flows[flows["partner"].isin(members) & flows["product"].isin(net.chapters(goods))]
        weights = sel.groupby("partner")["value"].sum()
        if weights.sum() <= 0:
            weights = before[before.index.isin(members)]
        if weights.sum() <= 0:
            weights = pd.Series(1.0, index=sorted(members))
        add = vol * scale * weights / weights.sum()
        after = after.add(add, fill_value=0.0)
        after.loc[away] = after.get(away, 0.0) - vol * scale
    after = after.clip(lower=0.0)
    return compare_indicators(before, after, away, basis, sources)
