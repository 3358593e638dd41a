"""The rerouting LP: a hand-checked case, dual values against perturbed capacities,
properties on random networks, and the example on the real warehouse."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.errors import InputError
from diversify.scenarios import run_scenario
from diversify.scenarios.network import Corridor, Market, Network, Route
from diversify.scenarios.rerouting import Target, build_program, infeasibility, shortfall, solve


def network(
    corridors: list[tuple[str, float, float]],
    routes: list[tuple[str, list[str], list[str]]],
    goods: tuple[str, ...] = ("energy", "grain"),
) -> Network:
    return Network(
        "CAD",
        "CAD bn",
        1e9,
        {g: ((i + 1, i + 1),) for i, g in enumerate(goods)},
        {"EUR": Market("EUR", "Europe", ("DEU",), 0.0, math.inf, "markets[0]")},
        {
            c: Corridor(c, c, "port", cap, cost, f"corridors[{i}]")
            for i, (c, cap, cost) in enumerate(corridors)
        },
        {
            r: Route(r, "EUR", tuple(g), tuple(via), 0.0, math.inf, f"routes[{i}]")
            for i, (r, g, via) in enumerate(routes)
        },
    )


def lp_cost(net: Network, targets: list[Target]) -> float:
    res = solve(build_program(net, targets))
    assert res.status == 0
    return float(res.fun)


def with_capacity(net: Network, cid: str, cap: float) -> Network:
    corridors = dict(net.corridors)
    corridors[cid] = dataclasses.replace(corridors[cid], capacity=cap)
    return dataclasses.replace(net, corridors=corridors)


def test_hand_checked_plan_and_duals() -> None:
    net = network(
        [("cheap", 6.0, 0.05), ("dear", 10.0, 0.15)],
        [("r1", ["energy"], ["cheap"]), ("r2", ["energy"], ["dear"])],
    )
    targets = [Target("energy", 10.0, None, None, "targets[0]")]
    prog = build_program(net, targets)
    res = solve(prog)
    assert res.status == 0
    plan = dict(zip(prog.variables, res.x, strict=True))
    assert plan[("r1", "energy")] == pytest.approx(6.0)
    assert plan[("r2", "energy")] == pytest.approx(4.0)
    assert res.fun == pytest.approx(6 * 0.05 + 4 * 0.15)
    shadow = dict(zip(prog.ub_rows, -res.ineqlin.marginals, strict=True))
    assert shadow[("corridor", "cheap")] == pytest.approx(0.10)  # one more unit saves 0.15 - 0.05
    assert shadow[("corridor", "dear")] == pytest.approx(0.0)
    assert res.eqlin.marginals[0] == pytest.approx(0.15)  # the next unit goes the dear way
    # the dual value against a perturbation of the capacity
    delta = 0.5
    saved = lp_cost(net, targets) - lp_cost(with_capacity(net, "cheap", 6.0 + delta), targets)
    assert saved / delta == pytest.approx(0.10, rel=1e-9)


def test_shortfall_names_the_missing_volume() -> None:
    net = network(
        [("a", 3.0, 0.1), ("b", 2.0, 0.2)], [("r1", ["energy"], ["a"]), ("r2", ["energy"], ["b"])]
    )
    prog = build_program(net, [Target("energy", 8.0, None, None, "targets[0]")])
    assert solve(prog).status == 2
    short, duals = shortfall(prog)
    assert short[0] == pytest.approx(3.0)
    assert (duals > 0).all()  # both corridors limit the volume


@st.composite
def random_networks(draw):  # type: ignore[no-untyped-def]
    n_c = draw(st.integers(1, 5))
    corridors = [
        (f"c{i}", draw(st.floats(0.0, 20.0)), draw(st.floats(0.0, 1.0))) for i in range(n_c)
    ]
    routes = []
    for j in range(draw(st.integers(1, 6))):
        via = draw(
            st.lists(
                st.sampled_from([c[0] for c in corridors]), min_size=1, max_size=2, unique=True
            )
        )
        goods = draw(
            st.lists(st.sampled_from(["energy", "grain"]), min_size=1, max_size=2, unique=True)
        )
        routes.append((f"r{j}", goods, via))
    vol = {g: draw(st.floats(0.0, 25.0)) for g in ("energy", "grain")}
    return network(corridors, routes), [
        Target(g, v, None, None, f"targets[{i}]") for i, (g, v) in enumerate(vol.items())
    ]


@settings(max_examples=60, deadline=None)
@given(random_networks())
def test_plans_respect_every_capacity_and_duals_are_subgradients(case) -> None:  # type: ignore[no-untyped-def]
    net, targets = case
    prog = build_program(net, targets)
    res = solve(prog)
    if res.status == 2:
        short, _ = shortfall(prog)
        assert short.sum() > 0
        return
    assert res.status == 0
    x = res.x
    assert (x >= -1e-7).all()  # HiGHS primal feasibility tolerance (1e-7), as the other checks
    used = prog.a_ub @ x
    assert (used <= prog.b_ub + 1e-7 * np.maximum(1.0, prog.b_ub)).all()
    assert prog.a_eq @ x == pytest.approx(prog.b_eq, abs=1e-7)
    # the cost is convex in capacity and the shadow price is a subgradient:
    # v(cap + d) >= v(cap) - shadow * d for d of either sign
    shadow = -res.ineqlin.marginals
    assert (shadow >= -1e-9).all()
    for (kind, cid), s in zip(prog.ub_rows, shadow, strict=True):
        cap = net.corridors[cid].capacity
        for d in (0.5, -min(0.5, cap)):
            perturbed = solve(build_program(with_capacity(net, cid, cap + d), targets))
            if perturbed.status == 0:
                assert perturbed.fun >= res.fun - s * d - 1e-7


def test_example_on_real_data(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    res = run_scenario(examples_dir / "reroute_to_europe_asia.toml", real_wh, store=False).results
    assert res["moved"] == pytest.approx(sum(t["volume"] for t in res["targets"]), rel=1e-9)
    energy = next(t for t in res["targets"] if t["goods"] == "energy")
    m27 = real_wh.query(
        "SELECT sum(value) FROM flows WHERE reporter = 'CAN' AND partner = 'USA' AND "
        "domain = 'goods_exports' AND year = 2024 AND product = '27'"
    )[0][0]
    assert energy["volume"] == pytest.approx(0.10 * m27 / 1e9, rel=1e-12)
    for c in res["corridors"]:
        assert c["used"] <= c["capacity"] + 1e-7
        if c["binding"]:
            assert c["used"] == pytest.approx(c["capacity"], rel=1e-7)
        if c["shadow_price"] > 1e-9:
            assert c["binding"]
    assert (
        next(c for c in res["corridors"] if c["corridor"] == "prince_rupert")["capacity"] == 9.0
    )  # override
    assert res["total_cost"] == pytest.approx(sum(p["cost"] for p in res["plan"]), rel=1e-9)
    dep = res["dependency"]
    assert dep["partner"] == "USA"
    assert dep["total_after"] == pytest.approx(dep["total_before"], rel=1e-12)  # moved, not lost
    assert dep["partner_share_before"] - dep["partner_share_after"] == pytest.approx(
        res["moved"] * 1e9 / dep["total_before"], rel=1e-9
    )
    assert dep["hhi_after"] < dep["hhi_before"]


def test_infeasible_target_explains_what_binds(real_wh, examples_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        (examples_dir / "reroute_to_europe_asia.toml")
        .read_text()
        .replace('goods = "energy"\nshare = 0.10', 'goods = "energy"\nshare = 0.5')
    )
    (tmp_path / "too_much.toml").write_text(text)
    with pytest.raises(InputError) as exc:
        run_scenario(tmp_path / "too_much.toml", real_wh, store=False)
    msg = str(exc.value)
    assert exc.value.field == "rerouting.targets[0].share"
    assert exc.value.path is not None and exc.value.path.endswith("too_much.toml")
    assert exc.value.line == text.splitlines().index("share = 0.5") + 1
    assert "energy:" in msg and "short by" in msg and "even on its own" in msg
    for corridor in ("tmx", "lng_canada", "saint_john_refined"):
        assert f"corridor '{corridor}'" in msg
    # energy can move at most the three energy corridors' capacity
    assert "at most 26.00 can move" in msg


def test_infeasibility_states_only_what_every_plan_shares() -> None:
    # energy and grain (6 each) compete for one corridor of 10: 2 are missing in total, but either
    # good can move in full on its own, so no split of the shortfall is stated as fact.
    net = network(
        [("shared", 10.0, 0.1)],
        [("r1", ["energy"], ["shared"]), ("r2", ["grain"], ["shared"])],
    )
    targets = [Target("energy", 6.0, None, None, "targets[0]"), Target("grain", 6.0, None, None, "targets[1]")]
    prog = build_program(net, targets)
    assert solve(prog).status == 2
    short, _ = shortfall(prog)
    assert short.sum() == pytest.approx(2.0)
    msg, target = infeasibility(prog, net, targets, "CAD bn")
    assert "2.00 CAD bn is missing in total" in msg
    assert "energy: 6.00 requested, all of it can move on its own" in msg
    assert "grain: 6.00 requested, all of it can move on its own" in msg
    assert "short by" not in msg and "at most" not in msg
    assert "corridor 'shared' (capacity 10.00, full)" in msg
    assert target is targets[0]


def test_infeasibility_names_a_good_short_on_its_own() -> None:
    net = network(
        [("shared", 10.0, 0.1), ("small", 3.0, 0.1)],
        [("r1", ["energy"], ["shared"]), ("r2", ["grain"], ["shared"]), ("r3", ["grain"], ["small"])],
    )
    targets = [Target("energy", 4.0, None, None, "targets[0]"), Target("grain", 15.0, None, None, "targets[1]")]
    prog = build_program(net, targets)
    msg, target = infeasibility(prog, net, targets, "CAD bn")
    assert "6.00 CAD bn is missing in total" in msg
    assert "grain: 15.00 requested, at most 13.00 can move, short by 2.00 even on its own" in msg
    assert "energy: 4.00 requested, all of it can move on its own" in msg
    assert target is targets[1]


def test_volume_target_above_exports_is_refused(real_wh, examples_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forest = float(
        real_wh.query(
            "SELECT sum(value) FROM flows WHERE reporter = 'CAN' AND partner = 'USA' AND year = 2024 "
            "AND domain = 'goods_exports' AND product IN ('44', '45', '46', '47', '48', '49')"
        )[0][0]
    )
    assert forest / 1e9 == pytest.approx(29.44, abs=0.005)
    text = (examples_dir / "reroute_to_europe_asia.toml").read_text().replace(
        'goods = "forest"\nshare = 0.10', 'goods = "forest"\nvolume = 30.0'
    )
    assert "volume = 30.0" in text
    (tmp_path / "too_big.toml").write_text(text)
    with pytest.raises(InputError) as exc:
        run_scenario(tmp_path / "too_big.toml", real_wh, store=False)
    assert exc.value.field == "rerouting.targets[3].volume"
    assert exc.value.line == text.splitlines().index("volume = 30.0") + 1
    assert "forest: 30.00 CAD bn per year requested, more than CAN's exports of forest to USA in 2024 (29.44)" in str(
        exc.value
    )


@pytest.mark.parametrize("away", ["CHN", "JPN"])
def test_moving_away_from_an_asian_partner_sends_nothing_back_to_it(  # type: ignore[no-untyped-def]
    real_wh, examples_dir: Path, away: str
) -> None:
    # The ASIA market lists CHN and JPN: the partner left is not a destination, so exports to it
    # fall by exactly what is moved, and the output says it was left out.
    text = (
        (examples_dir / "reroute_to_europe_asia.toml")
        .read_text()
        .replace('away_from = "USA"', f'away_from = "{away}"')
    )
    res = run_scenario(text, real_wh, store=False).results
    row = next(r for r in res["reporter_partner_shares"] if r["partner"] == away)
    assert res["moved"] > 0
    assert row["value_before"] - row["value_after"] == pytest.approx(res["moved"] * 1e9, rel=1e-9)
    asia = next(m for m in res["markets"] if m["market"] == "ASIA")
    assert asia["excluded"] == away
    assert next(m for m in res["markets"] if m["market"] == "EUR")["excluded"] == ""
    assert res["dependency"]["total_after"] == pytest.approx(
        res["dependency"]["total_before"], rel=1e-12
    )


def test_a_market_made_only_of_the_partner_left_gets_no_route(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # A market whose only country is the partner left cannot receive anything: its routes are
    # dropped, and with nothing else to carry the goods the target cannot be met.
    text = (
        (examples_dir / "reroute_to_europe_asia.toml")
        .read_text()
        .replace('away_from = "USA"', 'away_from = "CHN"')
    ) + '\n[[rerouting.markets]]\nid = "ASIA"\ncountries = ["CHN"]\n'
    res = run_scenario(text, real_wh, store=False).results
    assert all(p["market"] != "ASIA" for p in res["plan"])
    assert next(m for m in res["markets"] if m["market"] == "ASIA")["volume"] == 0
