"""The SMART partial-equilibrium model against hand computations and its properties."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.scenarios import smart
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


def _supplier_a(rows: list[tuple[str, str, float, float, float]], e_m: float = -1.5, sigma: float = 1.5,
                e_x: float = math.inf) -> pd.Series:
    """The simulated row of supplier A in the market of ``rows``."""
    return simulate(market(rows, e_m=e_m, sigma=sigma, e_x=e_x)).set_index("partner").loc["A"]


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
    q1 = 100 - 37.5 + td  # A's full response: creation and diversion
    cs = -0.25 * (100 + q1) / 2
    assert out.loc["A", "cs_change"] == pytest.approx(cs, rel=1e-12)
    assert out.loc["B", "cs_change"] == 0.0  # B's price does not change
    assert out.loc["A", "smart_deadweight"] == pytest.approx(0.5 * 0.25 * 37.5, rel=1e-12)
    assert out.loc["A", "deadweight_change"] == pytest.approx(0.5 * 0.25 * (100 - q1), rel=1e-12)
    # net welfare = -(change in deadweight loss): the Harberger triangle on A's whole loss
    net = out["cs_change"].sum() + out["revenue_after"].sum() - out["revenue_before"].sum()
    assert net == pytest.approx(-0.5 * 0.25 * (37.5 - td), rel=1e-12)


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
    # sigma * rho below -1: the supplier loses all its trade, never more; creation took 3 of
    # its 10, so 7 are left to divert to B.
    out = simulate(
        market([("01", "A", 10.0, 0.0, 3.0), ("01", "B", 90.0, 0.0, 0.0)], e_m=-0.1, sigma=10.0)
    ).set_index("partner")
    assert out.loc["A", "creation"] == pytest.approx(-3.0, rel=1e-12)
    assert out.loc["A", "after"] == 0.0
    assert out.loc["B", "after"] == pytest.approx(97.0, rel=1e-12)


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
    # also where the zero floor binds: the others gain only what the taxed suppliers lose
    assert abs(float(out["diversion"].sum())) <= 1e-9 * scale
    assert (out["value"] + out["creation"] + out["diversion"] >= -1e-9 * scale).all()
    # tariff increases never raise the market's total imports
    assert float(out["after"].sum()) <= float(out["value"].sum()) + 1e-9 * scale


def test_diversion_stops_where_the_floor_binds() -> None:
    # A (100, 0 -> 50%) loses 75 to creation; unfloored diversion would take 42.9 more, but
    # only 25 are left: B gains those 25, not 42.9.
    out = simulate(
        market([("72", "A", 100.0, 0.0, 0.5), ("72", "B", 300.0, 0.0, 0.0)])
    ).set_index("partner")
    assert out.loc["A", "creation"] == pytest.approx(-75.0, rel=1e-12)
    assert out.loc["A", "after"] == 0.0
    assert out.loc["A", "diversion"] == pytest.approx(-25.0, rel=1e-12)
    assert out.loc["B", "diversion"] == pytest.approx(25.0, rel=1e-12)
    assert out["diversion"].sum() == pytest.approx(0.0, abs=1e-12)


def test_floor_cut_is_shared_by_the_gainers() -> None:
    out = simulate(
        market(
            [("72", "A", 100.0, 0.0, 0.5), ("72", "B", 200.0, 0.0, 0.0), ("72", "C", 100.0, 0.0, 0.0)]
        )
    ).set_index("partner")
    assert out.loc["A", "after"] == 0.0
    assert out.loc["B", "diversion"] == pytest.approx(2 * out.loc["C", "diversion"], rel=1e-12)
    assert out.loc["B", "diversion"] + out.loc["C", "diversion"] == pytest.approx(25.0, rel=1e-12)


def _path_integral_cs(rows: list[tuple[str, str, float, float, float]], supplier: str, **kw: float) -> float:
    """-integral of the taxed supplier's quantity over its domestic price, along the model's own
    demand curve (the quantity at each intermediate tariff), by the trapezoid rule on a fine grid."""
    (t0, t1) = next((a, b) for _, k, _, a, b in rows if k == supplier)
    grid = np.linspace(t0, t1, 2001)
    q, p = [], []
    for t in grid:
        step = [(g, k, m, a, t if k == supplier else b) for g, k, m, a, b in rows]
        out = simulate(market(step, **kw)).set_index("partner")
        q.append(float(out.loc[supplier, "value"] + out.loc[supplier, "creation"] + out.loc[supplier, "diversion"]))
        p.append((1 + t0) * (1 + float(out.loc[supplier, "price_change"])))  # domestic price
    return -float(np.trapezoid(q, p))


@pytest.mark.parametrize(
    ("rows", "kw"),
    [
        ([("87", "A", 100.0, 0.0, 0.25), ("87", "B", 300.0, 0.0, 0.0)], {"e_m": -1.5, "sigma": 1.5}),
        ([("87", "A", 60.0, 0.10, 0.35), ("87", "B", 300.0, 0.05, 0.05)], {"e_m": -1.0, "sigma": 2.0}),
        ([("27", "A", 500.0, 0.0, 0.10), ("27", "B", 400.0, 0.0, 0.0)], {"e_m": -0.3, "sigma": 1.5}),
    ],
)
def test_consumer_surplus_against_an_integration_of_the_demand_curve(rows, kw) -> None:  # type: ignore[no-untyped-def]
    # The model's demand for A's product (creation and diversion) is nearly linear in its price
    # over these ranges: the trapezoid of cs_change is within 1.5% of the integral (creation
    # alone, as before, was 3-24% off).
    out = simulate(market(rows, **kw)).set_index("partner")
    exact = _path_integral_cs(rows, "A", **kw)
    assert out.loc["A", "cs_change"] == pytest.approx(exact, rel=0.015)
    assert out.loc["B", "cs_change"] == 0.0


def test_deadweight_with_a_baseline_tariff() -> None:
    # No diversion (sigma 0): the change in deadweight loss is 1/2 |dM| (t0 + t1), 1.8 times
    # SMART's 1/2 dt dM for 0.10 -> 0.35.
    out = simulate(
        market([("84", "A", 100.0, 0.10, 0.35), ("84", "B", 100.0, 0.0, 0.0)], e_m=-1.0, sigma=0.0)
    ).set_index("partner")
    dm = -out.loc["A", "creation"]
    assert out.loc["A", "deadweight_change"] == pytest.approx(0.5 * dm * (0.10 + 0.35), rel=1e-12)
    assert out.loc["A", "smart_deadweight"] == pytest.approx(0.5 * dm * 0.25, rel=1e-12)
    assert out.loc["A", "deadweight_change"] / out.loc["A", "smart_deadweight"] == pytest.approx(1.8)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(values, rates, rates), min_size=2, max_size=8),
    st.floats(min_value=0.0, max_value=4.0),
    st.sampled_from([math.inf, 99.0, 2.0, 0.5]),
)
def test_welfare_decomposition(rows, sigma: float, e_x: float) -> None:  # type: ignore[no-untyped-def]
    """Net welfare (consumer surplus + revenue change) = terms of trade - deadweight change, per row."""
    out = simulate(
        market([("01", f"S{i}", m, a, b) for i, (m, a, b) in enumerate(rows)], sigma=sigma, e_x=e_x)
    )
    net = out["cs_change"] + out["revenue_after"] - out["revenue_before"]
    scale = max(1.0, float(out["value"].sum()))
    assert np.allclose(net, out["terms_of_trade"] - out["deadweight_change"], rtol=1e-9, atol=1e-9 * scale)


def test_welfare_stops_at_the_choke_price() -> None:
    # No diversion (sigma 0), infinite supply: A's demand is 100 (1 - 1.5 r), zero at r = 2/3.
    # Beyond that tariff nothing is bought, so every welfare figure is the one at the choke price:
    # the whole consumer-surplus triangle 100 * (2/3) / 2, lost as deadweight; no revenue.
    rows = [("87", "A", 100.0, 0.0, 0.0), ("87", "B", 300.0, 0.0, 0.0)]
    for rate in (2 / 3, 1.0, 2.0, 10.0):
        step = [(g, k, m, a, rate if k == "A" else b) for g, k, m, a, b in rows]
        out = simulate(market(step, e_m=-1.5, sigma=0.0)).set_index("partner")
        assert out.loc["A", "after"] == 0.0
        assert out.loc["A", "revenue_after"] == 0.0
        assert out.loc["A", "cs_change"] == pytest.approx(-100 * (2 / 3) / 2, rel=1e-12)
        assert out.loc["A", "deadweight_change"] == pytest.approx(100 * (2 / 3) / 2, rel=1e-12)
        assert out.loc["A", "smart_deadweight"] == pytest.approx(100 * (2 / 3) / 2, rel=1e-12)
        assert out.loc["A", "terms_of_trade"] == 0.0


def test_choke_price_with_a_baseline_tariff_and_finite_supply() -> None:
    # t0 = 0.1, e_m = -1, e_x = 2, no diversion: demand 100 (1 - r), zero at r = 1, i.e. at the
    # tariff t0 + (1 + t0)(1 - e_m/e_x) = 1.75. A tariff of 5 gives the figures of 1.75.
    def run(rate: float) -> pd.Series:
        rows = [("27", "A", 100.0, 0.1, rate), ("27", "B", 50.0, 0.0, 0.0)]
        return _supplier_a(rows, e_m=-1.0, sigma=0.0, e_x=2.0)

    at, beyond = run(1.75), run(5.0)
    assert beyond["after"] == 0.0
    for col in ("cs_change", "deadweight_change", "smart_deadweight", "terms_of_trade"):
        assert beyond[col] == pytest.approx(at[col], rel=1e-12, abs=1e-12), col
    assert at["cs_change"] == pytest.approx(-1.1 * 1.0 * 100 / 2, rel=1e-12)
    net = beyond["cs_change"] + beyond["revenue_after"] - beyond["revenue_before"]
    assert net == pytest.approx(beyond["terms_of_trade"] - beyond["deadweight_change"], rel=1e-12)


def _choke_from_welfare(row: pd.Series, t0: float, supply: float) -> float:
    """The choke tariff the model measured welfare at, read back from a choked row: nothing is
    bought there, so cs_change = -dp M / 2 with dp = (1 + t0) r, and the tariff is
    t0 + r (1 + t0) supply."""
    dp = -2.0 * row["cs_change"] / row["value"]
    return t0 + dp * supply


def _choke_with_an_unaffected_rest(m_a: float, m_r: float, e_m: float, sigma: float) -> float:
    """A's price ratio u = 1 + r at which SMART's trade creation and diversion take all of it,
    A's tariff rising and the rest's unchanged (Jammes and Olarreaga 2005):

        TC = e_m M_A r,  TD = M_A M_R sigma rho / (M_R + M_A + M_A sigma rho),  rho = 1/u - 1,
        M_A + TC + TD = 0.

    Times u / M_A, with k = -e_m, P = M_A + M_R - sigma M_A, Q = sigma M_A, a quadratic:
        -k P u^2 + ((1 + k) P - k Q - sigma M_R) u + (1 + k) Q + sigma M_R = 0.
    """
    k, big_p, big_q = -e_m, m_a + m_r - sigma * m_a, sigma * m_a
    a, b, c = -k * big_p, (1 + k) * big_p - k * big_q - sigma * m_r, (1 + k) * big_q + sigma * m_r
    roots = [(-b + sg * math.sqrt(b * b - 4 * a * c)) / (2 * a) for sg in (1.0, -1.0)]
    u = min(z for z in roots if z > 1)  # the first price at which A's trade is gone
    rho = 1 / u - 1
    td = m_a * m_r * sigma * rho / (m_r + m_a + m_a * sigma * rho)
    assert m_a + e_m * m_a * (u - 1) + td == pytest.approx(0.0, abs=1e-9 * m_a)
    assert e_m * (u - 1) > -1 and 1 + sigma * rho > 0  # no floor binds at the root
    return u


def _choke_with_no_unaffected_supplier(
    m_a: float, m_b: float, v: float, e_m: float, sigma: float
) -> float:
    """A's price ratio u at which its quantity reaches zero when B's price also moves (ratio v),
    so that no supplier is unaffected: the reference price is the import-weighted mean
    p = (M_A u + M_B v) / T, each supplier's share weight is w = M (1 + sigma (p / price - 1))
    and A's quantity is M_A + e_m M_A (u - 1) + (T w_A / (w_A + w_B) - M_A).

    Zero where T w_A = k M_A (u - 1)(w_A + w_B), k = -e_m. With u w_A = M_A (alpha u + beta)
    and v w_B = M_B (gamma u + delta), times u v / M_A, a cubic in u:
        T v (alpha u + beta) = k (u - 1)(c2 u^2 + c1 u + c0),
        c2 = M_B gamma, c1 = v M_A alpha + M_B delta, c0 = v M_A beta.
    """
    t, k = m_a + m_b, -e_m
    alpha, beta = 1 - sigma + sigma * m_a / t, sigma * m_b * v / t
    gamma, delta = sigma * m_a / t, (1 - sigma) * v + sigma * m_b * v / t
    c2, c1, c0 = m_b * gamma, v * m_a * alpha + m_b * delta, v * m_a * beta
    roots = np.roots([k * c2, k * (c1 - c2), k * (c0 - c1) - t * v * alpha, -k * c0 - t * v * beta])
    u = float(min(z.real for z in roots if abs(z.imag) < 1e-12 and z.real > 1))

    def quantity(u: float) -> float:  # the formula itself, to check the algebra
        p = (m_a * u + m_b * v) / t
        w_a, w_b = m_a * (1 + sigma * (p / u - 1)), m_b * (1 + sigma * (p / v - 1))
        return m_a + e_m * m_a * (u - 1) + (t * w_a / (w_a + w_b) - m_a)

    assert quantity(u) == pytest.approx(0.0, abs=1e-9 * m_a)
    assert quantity(u * (1 - 1e-6)) > 0 > quantity(u * (1 + 1e-6))
    assert e_m * (u - 1) > -1  # creation alone does not take all of A's trade there
    return u


@pytest.mark.parametrize(
    ("m_b", "e_m", "sigma"), [(300.0, -1.5, 1.5), (100.0, -2.0, 3.0), (1000.0, -0.5, 1.5)]
)
def test_choke_with_an_unaffected_supplier_against_smarts_formulas(
    m_b: float, e_m: float, sigma: float
) -> None:
    def run(rate: float) -> pd.Series:
        rows = [("84", "A", 100.0, 0.0, rate), ("84", "B", m_b, 0.0, 0.0)]
        return _supplier_a(rows, e_m=e_m, sigma=sigma)

    exact = _choke_with_an_unaffected_rest(100.0, m_b, e_m, sigma) - 1.0
    prohibitive = run(10.0)
    assert prohibitive["after"] == 0.0
    assert _choke_from_welfare(prohibitive, 0.0, 1.0) == pytest.approx(exact, rel=1e-12)
    assert run(exact * (1 - 1e-9))["after"] > 0.0
    assert run(exact * (1 + 1e-9))["after"] == 0.0


@pytest.mark.parametrize(
    ("m_b", "b_rate", "e_m", "sigma", "choke"),
    [
        # The case that showed the defect: the choke was reported at 0.281 and A still sold
        # 76.3 of its 100 at a tariff just above it.
        (300.0, 0.5, -1.5, 1.5, 0.6131482955),
        (300.0, 0.25, -1.5, 1.5, None),
        (100.0, 0.5, -1.0, 3.0, None),
        (1000.0, 0.1, -0.5, 1.5, None),
        (300.0, 0.5, -1.5, 0.5, None),
    ],
)
def test_choke_with_no_unaffected_supplier_against_the_formulas(
    m_b: float, b_rate: float, e_m: float, sigma: float, choke: float | None
) -> None:
    def run(rate: float) -> pd.Series:
        rows = [("84", "A", 100.0, 0.0, rate), ("84", "B", m_b, 0.0, b_rate)]
        return _supplier_a(rows, e_m=e_m, sigma=sigma)

    exact = _choke_with_no_unaffected_supplier(100.0, m_b, 1.0 + b_rate, e_m, sigma) - 1.0
    if choke is not None:
        assert exact == pytest.approx(choke, rel=1e-10)
    prohibitive = run(10.0)
    assert prohibitive["after"] == 0.0
    assert _choke_from_welfare(prohibitive, 0.0, 1.0) == pytest.approx(exact, rel=1e-12)
    assert run(exact * (1 - 1e-9))["after"] > 0.0
    assert run(exact * (1 + 1e-9))["after"] == 0.0
    # Nothing is bought at the choke: the whole surplus of A's 100 lost as deadweight.
    assert prohibitive["cs_change"] == pytest.approx(-exact * 100.0 / 2, rel=1e-12)
    assert prohibitive["deadweight_change"] == pytest.approx(exact * 100.0 / 2, rel=1e-12)
    assert prohibitive["revenue_after"] == 0.0


def test_choke_with_no_unaffected_supplier_baseline_tariffs_and_finite_supply() -> None:
    # A 0.10 -> 3, B 0.05 -> 0.40, e_m -1, e_x 2: prices move by r = dt / ((1 + t0)(1 - e_m/e_x)).
    e_m, e_x, sigma = -1.0, 2.0, 2.0
    supply = 1 - e_m / e_x
    v = 1 + (0.40 - 0.05) / (1.05 * supply)
    u = _choke_with_no_unaffected_supplier(80.0, 200.0, v, e_m, sigma)
    exact = 0.10 + (u - 1) * 1.10 * supply

    def run(rate: float) -> pd.Series:
        rows = [("27", "A", 80.0, 0.10, rate), ("27", "B", 200.0, 0.05, 0.40)]
        return _supplier_a(rows, e_m=e_m, sigma=sigma, e_x=e_x)

    prohibitive = run(3.0)
    assert prohibitive["after"] == 0.0
    assert _choke_from_welfare(prohibitive, 0.10, supply) == pytest.approx(exact, rel=1e-12)
    assert run(exact * (1 - 1e-9))["after"] > 0.0
    assert run(exact * (1 + 1e-9))["after"] == 0.0


@pytest.mark.parametrize("b_rate", [1.0, 10.0])
def test_choke_where_the_other_supplier_is_priced_out(b_rate: float) -> None:
    # e_m -1.5: at a tariff of 100% or more B's own demand is gone (creation takes all of its
    # 300), so none of its trade is left to divert to A, whatever A's price: A's choke is where
    # its own creation takes all of it, r = 1 / 1.5.
    def run(rate: float) -> pd.Series:
        rows = [("84", "A", 100.0, 0.0, rate), ("84", "B", 300.0, 0.0, b_rate)]
        return _supplier_a(rows, e_m=-1.5, sigma=1.5)

    prohibitive = run(10.0)
    assert _choke_from_welfare(prohibitive, 0.0, 1.0) == pytest.approx(1 / 1.5, rel=1e-12)
    assert run(1 / 1.5 * (1 - 1e-9))["after"] > 0.0


@pytest.mark.parametrize("others_rate", [0.0, 0.5])
def test_the_choke_price_is_where_the_scenario_quantity_reaches_zero(others_rate: float) -> None:
    # With diversion (sigma 1.5), the choke found for a prohibitive tariff on A is the tariff at
    # which the scenario's own quantity of A reaches zero: just below it A still sells, just
    # above it A sells nothing and every welfare figure is that of the prohibitive tariff.
    # With others_rate > 0 no supplier is unaffected, and the reference price follows A's own.
    def run(rate: float) -> pd.Series:
        rows = [("84", "A", 100.0, 0.0, rate), ("84", "B", 300.0, 0.0, others_rate)]
        return _supplier_a(rows, e_m=-1.5, sigma=1.5)

    prohibitive = run(10.0)
    assert prohibitive["after"] == 0.0
    choke = _choke_from_welfare(prohibitive, 0.0, 1.0)
    assert 0.0 < choke < 10.0
    assert run(choke * (1 - 1e-6))["after"] > 0.0
    beyond = run(choke * (1 + 1e-6))
    assert beyond["after"] == 0.0
    for col in ("cs_change", "deadweight_change", "smart_deadweight", "terms_of_trade"):
        assert beyond[col] == pytest.approx(prohibitive[col], rel=1e-9, abs=1e-9), col


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=1.0, max_value=1e3),
            st.sampled_from([0.0, 0.1]),
            st.sampled_from([0.05, 0.3, 1.0, 3.0, 10.0]),
        ),
        min_size=2,
        max_size=5,
    ),
    st.floats(min_value=-3.0, max_value=-0.2),
    st.sampled_from([0.0, 0.5, 1.5, 5.0, 8.0]),
    st.sampled_from([math.inf, 99.0, 2.0]),
    st.booleans(),
)
def test_every_reported_choke_is_where_the_scenario_chokes(  # type: ignore[no-untyped-def]
    rows, e_m: float, sigma: float, e_x: float, one_unaffected: bool
) -> None:
    """Several suppliers, every one's tariff raised (or all but the last): for each supplier
    whose trade is choked off, the scenario run with its tariff 1e-7 below the choke the welfare
    figures were measured at still has it selling, and 1e-7 above it not."""
    base = [
        ("01", f"S{i}", m, t0, t0 if one_unaffected and i == len(rows) - 1 else t0 + dt)
        for i, (m, t0, dt) in enumerate(rows)
    ]
    out = simulate(market(base, e_m=e_m, sigma=sigma, e_x=e_x))
    supply = 1.0 if math.isinf(e_x) else 1 - e_m / e_x
    for i in np.flatnonzero((out["after"] == 0) & (out["price_change"] > 0)):
        t0 = base[i][3]
        choke = _choke_from_welfare(out.iloc[i], t0, supply)

        def after(rate: float, i: int = i) -> float:
            step = [row if k != i else (*row[:4], rate) for k, row in enumerate(base)]
            return float(simulate(market(step, e_m=e_m, sigma=sigma, e_x=e_x))["after"].iloc[i])

        assert t0 < choke <= base[i][4] * (1 + 1e-12)
        assert after(t0 + (choke - t0) * (1 - 1e-7)) > 0.0
        assert after(t0 + (choke - t0) * (1 + 1e-7)) == 0.0


def test_choke_search_in_batches_gives_the_same_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Markets of 2-4 suppliers, several choked in each: batches of a few rows (one market's
    # copies may exceed a batch) give the figures of one batch, bit for bit.
    rows = [
        (p, f"S{k}", 50.0 + 10 * k + i, 0.0, rate)
        for i, p in enumerate(("01", "02", "03"))
        for k, rate in enumerate((10.0, 3.0, 0.2, 10.0)[: 2 + i])
    ]
    whole = simulate(market(rows, e_m=-1.2, sigma=3.0))
    assert (whole["after"] == 0).sum() >= 4
    monkeypatch.setattr(smart, "CHOKE_BATCH_ROWS", 3)
    pd.testing.assert_frame_equal(simulate(market(rows, e_m=-1.2, sigma=3.0)), whole)


RATE_GRID = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)


@settings(max_examples=80, deadline=None)
@given(
    st.floats(min_value=1.0, max_value=1e12),
    st.lists(st.floats(min_value=0.0, max_value=1e12), min_size=1, max_size=4),
    st.floats(min_value=0.0, max_value=0.3),
    st.floats(min_value=-3.0, max_value=-0.1),
    st.floats(min_value=0.0, max_value=5.0),
    st.sampled_from([math.inf, 99.0]),
)
def test_welfare_loss_is_monotone_and_bounded_in_the_rate(  # type: ignore[no-untyped-def]
    m, others, t0, e_m, sigma, e_x
) -> None:
    """Over a grid of new rates on one supplier: the welfare loss never falls as the rate rises;
    the consumer-surplus loss stays below the whole demand triangle (and the welfare loss below
    that plus the lost baseline revenue) and stops changing once trade is choked off; market
    shares stay in [0, 1]."""
    cs, net, choked = [], [], []
    for rate in RATE_GRID:
        t1 = t0 + rate
        rows = [("01", "A", m, t0, t1)] + [
            ("01", f"S{i}", v, 0.0, 0.0) for i, v in enumerate(others)
        ]
        out = simulate(market(rows, e_m=e_m, sigma=sigma, e_x=e_x))
        a = out.iloc[0]
        cs.append(float(a["cs_change"]))
        net.append(float(a["cs_change"] + a["revenue_after"] - a["revenue_before"]))
        triangle = (1 + t0) * m / (2 * -e_m)
        assert -a["cs_change"] <= triangle * (1 + 1e-9)
        assert -net[-1] <= (triangle + t0 * m) * (1 + 1e-9) + 1e-9 * m
        if a["after"] == 0:
            assert a["revenue_after"] == 0.0 and a["price_effect"] == 0.0
            choked.append(float(a["cs_change"]))
        share = out["after"] / out["after"].sum() if out["after"].sum() > 0 else out["after"]
        assert ((share >= 0) & (share <= 1)).all()
    tol = 1e-9 * m
    assert all(c == pytest.approx(choked[0], rel=1e-9) for c in choked), cs
    # above the optimal tariff of a large buyer (1/e_x, 1% for 99) net welfare only falls
    assert all(b <= a + tol for a, b in itertools.pairwise(net)), net
