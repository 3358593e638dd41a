"""The SMART partial-equilibrium model against hand computations and its properties."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.scenarios.smart import simulate


def market(
    rows: list[tuple[str, str, float, float, float]],
    e_m: float = -1.5,
    sigma: float = 1.5,
    e_x: float = math.inf,
) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "product": p,
                "partner": k,
                "value": m,
                "t0": t0,
                "t1": t1,
                "e_m": e_m,
                "sigma": sigma,
                "e_x": e_x,
            }
            for p, k, m, t0, t1 in rows
        ]
    )


def test_two_suppliers_by_hand() -> None:
    # A: 100 with a new 25% tariff; B: 300 untouched. e_m -1.5, sigma 1.5, infinite supply.
    out = simulate(market([("01", "A", 100.0, 0.0, 0.25), ("01", "B", 300.0, 0.0, 0.0)])).set_index(
        "partner"
    )
    tc = -1.5 * 100 * 0.25 / ((1 + 0) * 1)  # SMART: e_m M dt / ((1+t)(1 - e_m/e_x))
    rho = 1 / 1.25 - 1  # price of the rest relative to A
    td = 100 * 300 * 1.5 * rho / (300 + 100 + 100 * 1.5 * rho)
    assert out.loc["A", "creation"] == pytest.approx(tc, rel=1e-12)
    assert tc == -37.5
    assert out.loc["A", "diversion"] == pytest.approx(td, rel=1e-12)
    assert td == pytest.approx(-24.324324324324, rel=1e-12)
    assert out.loc["B", "diversion"] == pytest.approx(-td, rel=1e-12)
    assert out.loc["B", "creation"] == 0.0
    assert out.loc["A", "after"] == pytest.approx(100 - 37.5 + td, rel=1e-12)
    assert out.loc["A", "price_effect"] == 0.0
    assert out.loc["A", "revenue_after"] == pytest.approx(0.25 * (100 - 37.5 + td), rel=1e-12)
    cs = -0.25 * (100 + (100 - 37.5)) / 2
    assert out.loc["A", "cs_change"] == pytest.approx(cs, rel=1e-12)
    assert out.loc["A", "deadweight_change"] == pytest.approx(0.5 * 0.25 * 37.5, rel=1e-12)
    # net welfare = -deadweight + revenue lost to diversion (t * TD) with t0 = 0
    net = out["cs_change"].sum() + out["revenue_after"].sum() - out["revenue_before"].sum()
    assert net == pytest.approx(-0.5 * 0.25 * 37.5 + 0.25 * td, rel=1e-12)


def test_finite_export_supply_and_existing_tariff() -> None:
    out = simulate(
        market(
            [("27", "A", 200.0, 0.10, 0.30), ("27", "B", 50.0, 0.05, 0.05)],
            e_m=-0.8,
            sigma=2.0,
            e_x=2.0,
        )
    ).set_index("partner")
    supply = 1 - (-0.8) / 2.0
    r = 0.20 / (1.10 * supply)
    assert out.loc["A", "price_change"] == pytest.approx(r, rel=1e-12)
    assert out.loc["A", "creation"] == pytest.approx(-0.8 * 200 * 0.20 / (1.10 * supply), rel=1e-12)
    w = (1 + r) * 1.10 / 1.30 - 1  # the exporter's world price falls
    assert w < 0
    q = 200 + out.loc["A", "creation"] + out.loc["A", "diversion"]
    assert out.loc["A", "price_effect"] == pytest.approx(q * w, rel=1e-12)
    assert out.loc["A", "after"] == pytest.approx(q * (1 + w), rel=1e-12)
    assert out.loc["A", "change"] == pytest.approx(
        out.loc["A", "creation"] + out.loc["A", "diversion"] + out.loc["A", "price_effect"],
        rel=1e-12,
    )
    assert out.loc["B", "revenue_before"] == pytest.approx(0.05 * 50)


def test_three_suppliers_by_hand() -> None:
    # A and B get different new tariffs, C none: shares reallocate by w = M (1 + sigma rho).
    out = simulate(
        market(
            [
                ("87", "A", 100.0, 0.0, 0.5),
                ("87", "B", 100.0, 0.0, 0.25),
                ("87", "C", 50.0, 0.0, 0.0),
            ],
            e_m=-1.0,
            sigma=2.0,
        )
    ).set_index("partner")
    w = {"A": 100 * (1 + 2 * (1 / 1.5 - 1)), "B": 100 * (1 + 2 * (1 / 1.25 - 1)), "C": 50.0}
    total = sum(w.values())
    for k, m in (("A", 100.0), ("B", 100.0), ("C", 50.0)):
        assert out.loc[k, "diversion"] == pytest.approx(250 * w[k] / total - m, rel=1e-12)
    assert out.loc["B", "diversion"] > 0  # B is now cheaper than A
    assert out["diversion"].sum() == pytest.approx(0.0, abs=1e-12)
    assert out.loc["A", "creation"] == pytest.approx(-1.0 * 100 * 0.5, rel=1e-12)


def test_uniform_tariff_on_every_supplier_diverts_nothing() -> None:
    out = simulate(market([("84", "A", 10.0, 0.0, 0.1), ("84", "B", 30.0, 0.0, 0.1)]))
    assert (out["diversion"].abs() < 1e-12).all()
    assert (out["creation"] < 0).all()


def test_diversion_is_capped_by_existing_trade() -> None:
    # sigma * rho below -1: the supplier loses all its trade, never more.
    out = simulate(
        market([("01", "A", 10.0, 0.0, 3.0), ("01", "B", 90.0, 0.0, 0.0)], sigma=10.0)
    ).set_index("partner")
    assert out.loc["A", "after"] == 0.0
    assert out.loc["B", "after"] > 90.0


rates = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
values = st.floats(min_value=0.0, max_value=1e12, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["01", "27", "87"]), values, rates), min_size=1, max_size=12
    ),
    st.floats(min_value=-3.0, max_value=-0.1),
    st.floats(min_value=0.0, max_value=5.0),
)
def test_zero_shock_reproduces_the_baseline_exactly(rows, e_m: float, sigma: float) -> None:
    base = market(
        [(p, f"S{i}", m, t, t) for i, (p, m, t) in enumerate(rows)], e_m=e_m, sigma=sigma, e_x=99.0
    )
    out = simulate(base)
    assert (out["after"] == out["value"]).all()
    for col in (
        "creation",
        "diversion",
        "price_effect",
        "change",
        "cs_change",
        "deadweight_change",
    ):
        assert (out[col] == 0).all(), col
    assert (out["revenue_after"] == out["revenue_before"]).all()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(values, st.floats(min_value=0.0, max_value=0.5)), min_size=2, max_size=8),
    st.floats(min_value=0.0, max_value=4.0),
)
def test_diversion_sums_to_zero_and_trade_stays_non_negative(rows, sigma: float) -> None:
    # the first supplier keeps its tariff, so there is always an unaffected supplier
    base = market(
        [("01", f"S{i}", m, 0.0, 0.0 if i == 0 else t) for i, (m, t) in enumerate(rows)],
        sigma=sigma,
    )
    out = simulate(base)
    assert (out["after"] >= 0).all()
    scale = max(1.0, float(out["value"].sum()))
    if (out["value"] + out["creation"] + out["diversion"] > 0).all():
        assert abs(float(out["diversion"].sum())) <= 1e-9 * scale
    # tariff increases never raise the market's total imports
    assert float(out["after"].sum()) <= float(out["value"].sum()) + 1e-9 * scale
