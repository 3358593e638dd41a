"""Procurement diversification: a mixed-integer program choosing suppliers per capability.

For every need (capability, quantity) the program buys integer quantities of
catalogue options (:mod:`diversify.scenarios.catalogue`) at least cost::

    min  sum_o p_o n_o
    s.t. sum_{o in c} n_o = Q_c                       every need c
         m_c y_o <= n_o <= Q_c y_o,  sum_{o in c} y_o <= K_c   (y_o binary: option used)
         sum_o p_o n_o <= budget
         sum_o p_o n_o (a_ok - s_k) <= 0              every supplier country k (share cap)
         origin rule (SAFE-style, below)

``a_ok`` is option ``o``'s share of component value from country ``k``; the cap
``s_k`` (``[procurement.max_share]``) applies to component value by country, the
measure of dependence; the buyer's own country can be exempt (``domestic``).
The origin rule, in the manner of the EU's SAFE regulation (Council Regulation
(EU) 2025/1106): at least ``min_share`` (65%) of component value from EU
member states, EEA-EFTA states and Ukraine, or from partners with an agreement
(``partners``). With ``scope = "each"`` (SAFE's reading: per procurement) an
option that misses it is not eligible for the covered capabilities; with
``scope = "portfolio"`` the rule holds for the covered spending as a whole.

The cheapest plan drops the budget, the share caps and the origin rule (it keeps
the quantities, interoperability and lead-time requirements); the premium is
the constrained plan's cost over it. Solved with HiGHS via
:func:`scipy.optimize.milp`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from diversify.errors import SolverError
from diversify.scenarios.catalogue import OTHER, Catalogue, Option, load_catalogue
from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

NEEDS_WAREHOUSE = False
SAFE_ELIGIBLE = ("EU27", "NOR", "ISL", "LIE", "UKR")
SAFE_YEAR = 2025  # default year for EU membership: the year SAFE was adopted


@dataclass(frozen=True)
class Need:
    capability: str
    quantity: int
    max_options: int
    min_per_option: int
    require: frozenset[str]
    max_lead_time: float | None
    field: str


@dataclass(frozen=True)
class Rules:
    budget: float | None
    max_share: dict[str, float]  # country -> cap; "default" for the rest
    exempt: frozenset[str]
    min_share: float | None
    eligible: frozenset[str]  # ISO3 codes and bloc codes counted as eligible origins
    scope: str
    covered: frozenset[str] | None  # capabilities under the origin rule (None: all)


def eligible_share(o: Option, rules: Rules) -> float:
    return float(sum(s for code, s in o.origin if code in rules.eligible))


def parse(t: Table) -> tuple[list[Need], Rules, Catalogue, int]:
    t.check_keys(
        {"year", "budget", "catalogue", "options", "needs", "max_share", "domestic", "origin_rule"}
    )
    from diversify.reference.blocs import load_blocs

    year = t.integer("year", SAFE_YEAR, min=1950, max=2100)
    cat = load_catalogue(t)
    needs: list[Need] = []
    for item in t.tables("needs"):
        item.check_keys(
            {"capability", "quantity", "max_options", "min_per_option", "require", "max_lead_time"}
        )
        cap = item.string("capability")
        if any(nd.capability == cap for nd in needs):
            raise item.error("capability", f"'{cap}' is listed twice; give one need per capability")
        if not cat.for_capability(cap):
            have = sorted({o.capability for o in cat.options.values()})
            raise item.error(
                "capability", f"no option in the catalogue for '{cap}' (have: {', '.join(have)})"
            )
        qty = item.integer("quantity", min=1)
        needs.append(
            Need(
                cap,
                qty,
                item.integer("max_options", 1, min=1),
                item.integer("min_per_option", 1, min=1, max=qty),
                frozenset(item.str_list("require", [])),
                item.number("max_lead_time", None, min=0.0),
                item.field,
            )
        )
    if not needs:
        raise t.error(
            "needs", "a procurement scenario needs at least one [[procurement.needs]] entry"
        )
    caps: dict[str, float] = {}
    ms = t.table("max_share", None)
    if ms is not None:
        for key in ms:
            code = "default" if key == "default" else ms.to_country(key, key)
            caps[code] = float(ms.number(key, min=0.0, max=1.0))
    exempt = frozenset([t.country("domestic")]) if "domestic" in t else frozenset()
    rule = t.table("origin_rule", None)
    min_share: float | None = None
    eligible: frozenset[str] = frozenset()
    scope = "each"
    covered: frozenset[str] | None = None
    if rule is not None:
        rule.check_keys({"min_share", "eligible", "partners", "scope", "capabilities"})
        blocs = load_blocs()
        min_share = float(rule.number("min_share", 0.65, min=0.0, max=1.0))
        codes: set[str] = set()
        for key in ("eligible", "partners"):
            for code in rule.str_list(key, list(SAFE_ELIGIBLE) if key == "eligible" else []):
                if code in blocs:
                    codes |= set(blocs[code].members_in(year)) | {code}
                else:
                    codes.add(rule.to_country(code, key))
        eligible = frozenset(codes)
        scope = rule.string("scope", "each", choices=("each", "portfolio"))
        if "capabilities" in rule:
            covered = frozenset(rule.str_list("capabilities"))
    budget = t.number("budget", None, min=0.0, strict_min=True)
    return needs, Rules(budget, caps, exempt, min_share, eligible, scope, covered), cat, year


def candidates(
    needs: list[Need], cat: Catalogue, rules: Rules | None
) -> tuple[dict[str, list[Option]], list[dict[str, Any]]]:
    """Options each need may use, and the excluded ones with the reason."""
    chosen: dict[str, list[Option]] = {}
    excluded = []
    for need in needs:
        ok = []
        for o in cat.for_capability(need.capability):
            why = []
            if not need.require <= o.flags:
                why.append(f"lacks {', '.join(sorted(need.require - o.flags))}")
            if need.max_lead_time is not None and o.lead_time > need.max_lead_time:
                why.append(f"lead time {o.lead_time:g} > {need.max_lead_time:g} years")
            if (
                rules is not None
                and rules.min_share is not None
                and rules.scope == "each"
                and (rules.covered is None or need.capability in rules.covered)
                and eligible_share(o, rules) < rules.min_share - 1e-12
            ):
                why.append(
                    f"eligible content {eligible_share(o, rules):.0%} < {rules.min_share:.0%}"
                )
            if why:
                excluded.append(
                    {"capability": need.capability, "option": o.id, "reason": "; ".join(why)}
                )
            else:
                ok.append(o)
        chosen[need.capability] = ok
    return chosen, excluded


def solve(
    needs: list[Need],
    options: dict[str, list[Option]],
    rules: Rules | None,
    *,
    budget: bool = True,
    caps: bool = True,
    portfolio: bool = True,
    time_limit: float = 60.0,
) -> tuple[int, dict[str, int]]:
    """Solve the MILP; (status, quantity by option id). Status as :func:`scipy.optimize.milp`."""
    opts = [(need, o) for need in needs for o in options[need.capability]]
    n = len(opts)
    price = np.array([o.unit_price for _, o in opts])
    c = np.concatenate([price, np.zeros(n)])
    rows: list[tuple[np.ndarray, float, float]] = []
    blocks = []
    lo_list, hi_list = [], []
    eye = sparse.identity(n, format="csr")
    qty = np.array([need.quantity for need, _ in opts], float)
    mins = np.array([need.min_per_option for need, _ in opts], float)
    blocks.append(sparse.hstack([eye, -sparse.diags(qty)]))  # n - Q y <= 0
    lo_list.append(np.full(n, -np.inf))
    hi_list.append(np.zeros(n))
    blocks.append(sparse.hstack([eye, -sparse.diags(mins)]))  # n - m y >= 0
    lo_list.append(np.zeros(n))
    hi_list.append(np.full(n, np.inf))
    for need in needs:
        member = np.array([nd is need for nd, _ in opts], float)
        rows.append((np.concatenate([member, np.zeros(n)]), need.quantity, need.quantity))
        rows.append((np.concatenate([np.zeros(n), member]), 0.0, need.max_options))
    if rules is not None and budget and rules.budget is not None:
        rows.append((np.concatenate([price, np.zeros(n)]), -np.inf, rules.budget))
    if rules is not None and caps and rules.max_share:
        countries = sorted({k for _, o in opts for k, _ in o.origin if len(k) == 3 and k != OTHER})
        for k in countries:
            if k in rules.exempt:
                continue
            cap = rules.max_share.get(k, rules.max_share.get("default"))
            if cap is None:
                continue
            a = np.array([dict(o.origin).get(k, 0.0) for _, o in opts])
            rows.append((np.concatenate([price * (a - cap), np.zeros(n)]), -np.inf, 0.0))
    if (
        rules is not None
        and portfolio
        and rules.min_share is not None
        and rules.scope == "portfolio"
    ):
        cov = np.array(
            [rules.covered is None or nd.capability in rules.covered for nd, _ in opts], float
        )
        e = np.array([eligible_share(o, rules) for _, o in opts])
        rows.append(
            (np.concatenate([price * cov * (e - rules.min_share), np.zeros(n)]), 0.0, np.inf)
        )
    if rows:
        blocks.append(sparse.csr_matrix(np.array([r[0] for r in rows])))
        lo_list.append(np.array([r[1] for r in rows]))
        hi_list.append(np.array([r[2] for r in rows]))
    a_mat = sparse.vstack(blocks).tocsr()
    cons = LinearConstraint(a_mat, np.concatenate(lo_list), np.concatenate(hi_list))
    bounds = Bounds(np.zeros(2 * n), np.concatenate([qty, np.ones(n)]))
    res = milp(
        c,
        constraints=cons,
        integrality=np.ones(2 * n),
        bounds=bounds,
        options={"time_limit": time_limit, "mip_rel_gap": 1e-9},
    )
    if res.status != 0 or res.x is None:
        return int(res.status), {}
    x = np.round(res.x[:n]).astype(int)
    return 0, {o.id: int(q) for (_, o), q in zip(opts, x, strict=True) if q > 0}


def _plan_rows(
    needs: list[Need], cat: Catalogue, plan: dict[str, int], rules: Rules | None
) -> list[dict[str, Any]]:
    rows = []
    for need in needs:
        for o in cat.for_capability(need.capability):
            q = plan.get(o.id, 0)
            if q:
                rows.append(
                    {
                        "capability": need.capability,
                        "option": o.id,
                        "system": o.system,
                        "supplier": o.supplier,
                        "country": o.country,
                        "quantity": q,
                        "unit_price": o.unit_price,
                        "cost": q * o.unit_price,
                        "lead_time": o.lead_time,
                        "eligible_share": eligible_share(o, rules)
                        if rules and rules.min_share is not None
                        else None,
                    }
                )
    return rows


def spend_by_origin(cat: Catalogue, plan: dict[str, int]) -> dict[str, float]:
    """Component value by origin code (ISO3, bloc code for other content of a bloc, OTHER)."""
    out: dict[str, float] = {}
    for oid, q in plan.items():
        o = cat.options[oid]
        for code, share in o.origin:
            out[code] = out.get(code, 0.0) + q * o.unit_price * share
    return out


def concentration(cat: Catalogue, plan: dict[str, int], rules: Rules | None) -> dict[str, Any]:
    """HHI and US share of spending by component origin and by prime contractor's country."""
    content = spend_by_origin(cat, plan)
    prime: dict[str, float] = {}
    for oid, q in plan.items():
        o = cat.options[oid]
        prime[o.country] = prime.get(o.country, 0.0) + q * o.unit_price
    out: dict[str, Any] = {}
    for name, spend in (("content", content), ("prime", prime)):
        total = sum(spend.values())
        shares = {k: v / total for k, v in spend.items()} if total else {}
        out[f"hhi_{name}"] = sum(s * s for s in shares.values())
        out[f"us_share_{name}"] = shares.get("USA", 0.0)
        out[f"top_{name}"] = max(shares, key=shares.__getitem__) if shares else None
    if rules is not None and rules.eligible:
        total = sum(content.values())
        out["eligible_share"] = (
            sum(v for k, v in content.items() if k in rules.eligible) / total if total else 0.0
        )
    return out


def _explain(
    t: Table,
    needs: list[Need],
    options: dict[str, list[Option]],
    excluded: list[dict[str, Any]],
    rules: Rules,
) -> Exception:
    for need in needs:
        if not options[need.capability]:
            why = "; ".join(
                f"{e['option']}: {e['reason']}"
                for e in excluded
                if e["capability"] == need.capability
            )
            return t.source.error(
                f"{need.field}.capability",
                f"no option for '{need.capability}' meets the requirements ({why})",
            )
    status, plan = solve(needs, options, rules, budget=False)
    if status == 0:
        cost = sum(
            q * next(o for v in options.values() for o in v if o.id == oid).unit_price
            for oid, q in plan.items()
        )
        return t.error(
            "budget",
            f"too small: the cheapest plan that meets the other rules costs "
            f"{cost:,.1f}, the budget is {rules.budget:,.1f}",
        )
    status, _ = solve(needs, options, rules, budget=False, caps=False)
    if status == 0:
        return t.error(
            "max_share",
            "the maximum share per supplier country cannot be met with these "
            "options and origin rules (the eligible suppliers are too few)",
        )
    status, _ = solve(needs, options, rules, budget=False, caps=False, portfolio=False)
    if status == 0:
        return t.error(
            "origin_rule",
            f"no plan reaches {rules.min_share:.0%} eligible content over the covered spending",
        )
    return t.error("needs", "no plan satisfies the needs (check max_options and min_per_option)")


def run(t: Table, wh: object | None = None) -> Outcome:
    """Run a ``[procurement]`` scenario table."""
    needs, rules, cat, year = parse(t)
    options, excluded = candidates(needs, cat, rules)
    status, plan = solve(needs, options, rules) if all(options.values()) else (2, {})
    if status == 2:
        raise _explain(t, needs, options, excluded, rules)
    if status != 0:
        raise SolverError(
            f"the procurement MILP stopped without an optimal plan (HiGHS status {status})"
        )
    free, _ = candidates(needs, cat, None)
    fstatus, cheapest = solve(needs, free, None)
    if fstatus != 0:
        raise SolverError(f"the unconstrained procurement MILP failed (HiGHS status {fstatus})")
    cost = sum(r["cost"] for r in _plan_rows(needs, cat, plan, rules))
    base = sum(r["cost"] for r in _plan_rows(needs, cat, cheapest, rules))
    content, content0 = spend_by_origin(cat, plan), spend_by_origin(cat, cheapest)
    origins = sorted(set(content) | set(content0), key=lambda k: -content.get(k, 0.0))
    total, total0 = sum(content.values()), sum(content0.values())
    results = {
        "currency": cat.currency,
        "unit": cat.unit,
        "year": year,
        "budget": rules.budget,
        "total_cost": cost,
        "cheapest_cost": base,
        "premium": cost - base,
        "premium_pct": 100.0 * (cost / base - 1.0) if base else None,
        "origin_rule": {
            "min_share": rules.min_share,
            "scope": rules.scope,
            "eligible": ", ".join(sorted(c for c in rules.eligible if len(c) == 3)),
        }
        if rules.min_share is not None
        else {},
        "concentration": concentration(cat, plan, rules),
        "cheapest_concentration": concentration(cat, cheapest, rules),
        "plan": _plan_rows(needs, cat, plan, rules),
        "cheapest_plan": _plan_rows(needs, cat, cheapest, rules),
        "spend_by_origin": [
            {
                "origin": k,
                "plan": content.get(k, 0.0),
                "plan_share": content.get(k, 0.0) / total,
                "cheapest": content0.get(k, 0.0),
                "cheapest_share": content0.get(k, 0.0) / total0,
            }
            for k in origins
        ],
        "excluded": excluded,
    }
    return Outcome(results, files=cat.files)
