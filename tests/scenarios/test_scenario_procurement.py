"""The procurement MILP: the SAFE example, a brute-force oracle, rule properties, infeasible plans."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.errors import InputError
from diversify.scenarios import run_scenario
from diversify.scenarios.catalogue import Catalogue, Option
from diversify.scenarios.procurement import Need, Rules, candidates, eligible_share, solve

ELIGIBLE = frozenset({"DEU", "FRA", "SWE", "NOR", "CAN"})


def test_safe_example(examples_dir: Path) -> None:
    res = run_scenario(examples_dir / "safe_procurement.toml", None, store=False).results
    needs = {
        "fighters": 72,
        "frigates": 4,
        "submarines": 8,
        "air_defence": 6,
        "munitions": 30,
        "vehicles": 300,
    }
    got: dict[str, int] = {}
    for row in res["plan"]:
        got[row["capability"]] = got.get(row["capability"], 0) + row["quantity"]
        assert row["eligible_share"] >= 0.65 - 1e-12, row  # SAFE rule, every purchase
    assert got == needs
    assert len([r for r in res["plan"] if r["capability"] == "fighters"]) == 1  # one fleet
    assert res["total_cost"] <= res["budget"]
    assert res["premium"] == pytest.approx(res["total_cost"] - res["cheapest_cost"])
    assert res["premium"] >= 0
    for o in res["spend_by_origin"]:
        if len(o["origin"]) == 3 and o["origin"] not in ("CAN",):
            assert o["plan_share"] <= 0.35 + 1e-9, o  # cap per foreign country
    shares = {o["origin"]: o["plan_share"] for o in res["spend_by_origin"]}
    assert sum(shares.values()) == pytest.approx(1.0)
    assert res["concentration"]["hhi_content"] == pytest.approx(sum(s * s for s in shares.values()))
    assert res["concentration"]["us_share_content"] == pytest.approx(shares["USA"])
    assert (
        res["concentration"]["us_share_content"] < res["cheapest_concentration"]["us_share_content"]
    )
    assert {e["option"] for e in res["excluded"]} >= {"f35a", "patriot", "gd_ots_155_us"}


def option(oid: str, cap: str, price: float, origin: dict[str, float]) -> Option:
    return Option(
        oid,
        cap,
        oid,
        "",
        next(iter(origin)),
        price,
        1.0,
        frozenset({"NATO"}),
        tuple(origin.items()),
        f"options.{oid}",
    )


origins = st.sampled_from(
    [
        {"DEU": 1.0},
        {"USA": 1.0},
        {"USA": 0.5, "SWE": 0.5},
        {"FRA": 0.7, "USA": 0.3},
        {"KOR": 0.8, "USA": 0.2},
        {"NOR": 0.4, "USA": 0.6},
        {"CAN": 0.6, "USA": 0.4},
    ]
)


@st.composite
def problems(draw):  # type: ignore[no-untyped-def]
    opts, needs = [], []
    for c in range(draw(st.integers(1, 2))):
        cap = f"cap{c}"
        for j in range(draw(st.integers(1, 3))):
            opts.append(option(f"{cap}_o{j}", cap, draw(st.floats(1.0, 100.0)), draw(origins)))
        needs.append(Need(cap, draw(st.integers(1, 4)), 1, 1, frozenset(), None, f"needs[{c}]"))
    rules = Rules(
        budget=draw(st.one_of(st.none(), st.floats(1.0, 600.0))),
        max_share={"default": draw(st.floats(0.3, 1.0))},
        exempt=frozenset({"CAN"}),
        min_share=draw(st.one_of(st.none(), st.floats(0.0, 1.0))),
        eligible=ELIGIBLE,
        scope=draw(st.sampled_from(["each", "portfolio"])),
        covered=None,
    )
    return Catalogue("CAD", "CAD m", {o.id: o for o in opts}), needs, rules


def brute_force(cat: Catalogue, needs: list[Need], rules: Rules) -> float | None:
    """The cheapest plan by enumeration (one option per need, max_options = 1)."""
    best = None
    for combo in itertools.product(*[cat.for_capability(n.capability) for n in needs]):
        spend = {o.id: n.quantity * o.unit_price for n, o in zip(needs, combo, strict=True)}
        total = sum(spend.values())
        if rules.budget is not None and total > rules.budget:
            continue
        if rules.min_share is not None:
            if rules.scope == "each" and any(
                eligible_share(o, rules) < rules.min_share - 1e-12 for o in combo
            ):
                continue
            if (
                rules.scope == "portfolio"
                and sum(spend[o.id] * eligible_share(o, rules) for o in combo)
                < rules.min_share * total - 1e-9
            ):
                continue
        content: dict[str, float] = {}
        for o in combo:
            for k, s in o.origin:
                content[k] = content.get(k, 0.0) + spend[o.id] * s
        if any(
            v > rules.max_share["default"] * total + 1e-9 for k, v in content.items() if k != "CAN"
        ):
            continue
        best = total if best is None else min(best, total)
    return best


@settings(max_examples=80, deadline=None)
@given(problems())
def test_milp_matches_brute_force_and_respects_the_rules(case) -> None:  # type: ignore[no-untyped-def]
    cat, needs, rules = case
    options, _ = candidates(needs, cat, rules)
    status, plan = solve(needs, options, rules) if all(options.values()) else (2, {})
    expected = brute_force(cat, needs, rules)
    if expected is None:
        assert status == 2
        return
    assert status == 0
    cost = sum(q * cat.options[o].unit_price for o, q in plan.items())
    assert cost == pytest.approx(expected, rel=1e-7)
    if rules.budget is not None:
        assert cost <= rules.budget * (1 + 1e-9)
    for n in needs:
        assert (
            sum(q for o, q in plan.items() if cat.options[o].capability == n.capability)
            == n.quantity
        )
    if rules.min_share is not None and rules.scope == "each":
        assert all(eligible_share(cat.options[o], rules) >= rules.min_share - 1e-12 for o in plan)
    if rules.min_share is not None and rules.scope == "portfolio":
        eligible = sum(
            q * cat.options[o].unit_price * eligible_share(cat.options[o], rules)
            for o, q in plan.items()
        )
        assert eligible >= rules.min_share * cost - 1e-7


BASE = """
[procurement]
budget = {budget}
[procurement.origin_rule]
min_share = 0.65
partners = ["CAN"]
[[procurement.needs]]
capability = "fighters"
quantity = 72
require = {require}
"""


def test_budget_too_small_is_an_input_error() -> None:
    with pytest.raises(InputError) as exc:
        run_scenario(BASE.format(budget=1000.0, require='["NATO"]'), None, store=False)
    assert exc.value.field == "procurement.budget"
    assert (
        "too small: the cheapest plan that meets the other rules costs 14,760.0, the budget is 1,000.0"
        in str(exc.value)
    )


def test_no_option_meets_the_rules() -> None:
    with pytest.raises(InputError) as exc:
        run_scenario(BASE.format(budget=50000.0, require='["NORAD"]'), None, store=False)
    assert exc.value.field == "procurement.needs[0].capability"
    msg = str(exc.value)
    assert "no option for 'fighters' meets the requirements" in msg
    assert "f35a: eligible content 7% < 65%" in msg
    assert "gripen_e: lacks NORAD" in msg
