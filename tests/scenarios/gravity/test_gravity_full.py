"""The ``full`` formulation: market clearing, zero shocks, and an independent reference.

The reference below is written for these tests only: the baseline resistances
and the counterfactual equilibrium in levels (CES demand with calibrated
preference weights, market clearing country by country, ``P_ref = 1``), solved
by ``scipy.optimize.root`` with finite-difference Jacobians. It shares no code
with the package's solver.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gravity_cases import SAMPLE_COEFFICIENTS, SHOCKS, gravity_table, pair_changes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import root

from diversify.scenarios.gravity import (
    TRUE_COEFFICIENTS,
    GravityResult,
    run_gravity,
    simulate,
    synthetic_gravity_data,
)

BIG_SHOCK = [  # the USA doubles the border cost on everything it imports
    {"exporter": c, "importer": "USA", "set": {"international": 2}}
    for c in (
        "AUS",
        "AUT",
        "BEL",
        "BRA",
        "CAN",
        "CHE",
        "CHN",
        "DEU",
        "DNK",
        "ESP",
        "FIN",
        "FRA",
        "GBR",
        "HKG",
        "IDN",
        "IND",
        "IRL",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "MYS",
        "NLD",
        "POL",
        "SGP",
        "SWE",
        "THA",
        "TUR",
        "ZAF",
    )
]
CASES = {**SHOCKS, "usa_border": BIG_SHOCK}


def reference_full(
    frame: pd.DataFrame,
    coefficients: dict[str, float],
    changes: list[dict],
    sigma: float,
    reference: str,
) -> dict[str, np.ndarray]:
    """Independent solution of the full equilibrium in levels."""
    frame = frame.copy()
    frame["constant"] = 1.0
    countries = sorted(frame["exporter"].unique())
    n = len(countries)
    pos = {c: k for k, c in enumerate(countries)}
    ref = pos[reference]
    cost = np.zeros((n, n))
    new_cost = np.zeros((n, n))
    for row in frame.itertuples(index=False):
        i, j = pos[row.exporter], pos[row.importer]
        values = {v: getattr(row, v) for v in coefficients}
        cost[i, j] = sum(b * values[v] for v, b in coefficients.items())
        for ch in changes:
            hits = (ch["exporter"], ch["importer"]) == (row.exporter, row.importer) or (
                ch.get("symmetric")
                and (ch["importer"], ch["exporter"]) == (row.exporter, row.importer)
            )
            if hits:
                values.update(ch["set"])
        new_cost[i, j] = sum(b * values[v] for v, b in coefficients.items())
    # Costs enter up to a common factor; dividing it out keeps the levels near one.
    shift = cost.max()
    phi, phi_new = np.exp(cost - shift), np.exp(new_cost - shift)
    output = frame.groupby("exporter")["Y"].first().loc[countries].to_numpy()
    spend = frame.groupby("importer")["E"].first().loc[countries].to_numpy()
    spend = spend * output.sum() / spend.sum()  # balanced world: only shares matter
    world = output.sum()

    def baseline_eqs(v: np.ndarray) -> np.ndarray:
        omr = np.exp(v[:n])
        imr = np.exp(np.insert(v[n:], ref, 0.0))
        f_omr = np.log(omr) - np.log((phi * (spend / world)[None, :] / imr[None, :]).sum(axis=1))
        f_imr = np.log(imr) - np.log((phi * (output / world)[:, None] / omr[:, None]).sum(axis=0))
        return np.concatenate([f_omr, np.delete(f_imr, ref)])

    sol = root(baseline_eqs, np.zeros(2 * n - 1), method="hybr", tol=1e-13)
    assert np.abs(baseline_eqs(sol.x)).max() < 1e-12, sol.message
    omr_b = np.exp(sol.x[:n])
    imr_b = np.exp(np.insert(sol.x[n:], ref, 0.0))
    alpha = (output / world) / omr_b  # (alpha_i)^(1 - sigma), calibrated at p = 1

    def price_index(p: np.ndarray) -> np.ndarray:
        return (alpha[:, None] * p[:, None] ** (1 - sigma) * phi_new).sum(axis=0)

    def equilibrium(lp: np.ndarray) -> np.ndarray:
        p = np.exp(lp)
        index = price_index(p)
        new_output = p * output
        new_spend = p * spend * new_output.sum() / (p * spend).sum()
        sales = (
            alpha[:, None]
            * p[:, None] ** (1 - sigma)
            * phi_new
            * new_spend[None, :]
            / index[None, :]
        ).sum(axis=1)
        clear = np.delete(sales / new_output - 1.0, ref)
        return np.append(clear, np.log(index[ref]))

    sol = root(equilibrium, np.zeros(n), method="hybr", tol=1e-13)
    assert np.abs(equilibrium(sol.x)).max() < 1e-12, sol.message
    p = np.exp(sol.x)
    imr_new = price_index(p)
    new_output = p * output
    new_spend = p * spend * new_output.sum() / (p * spend).sum()
    trade_base = alpha[:, None] * phi * spend[None, :] / imr_b[None, :]
    trade_new = (
        alpha[:, None] * p[:, None] ** (1 - sigma) * phi_new * new_spend[None, :] / imr_new[None, :]
    )
    level = lambda x: x ** (1 / (1 - sigma))
    return {
        "price": p,
        "imr_change": level(imr_new) / level(imr_b),
        "gdp_change": 100 * (p * level(imr_b) / level(imr_new) - 1),
        "welfare": (spend / level(imr_b)) / (new_spend / level(imr_new)),
        "trade_change": 100 * (trade_new / trade_base - 1),
        "clearing": np.abs(trade_new.sum(axis=1) / new_output - 1).max(),
    }


def arrays(result: GravityResult) -> dict[str, np.ndarray]:
    n = len(result.countries)
    return {
        "price": np.array([1 + c.factory_gate_price_change_pct / 100 for c in result.countries]),
        "imr_change": np.array([1 + c.imr_change_pct / 100 for c in result.countries]),
        "gdp_change": np.array([c.gdp_change_pct for c in result.countries]),
        "welfare": np.array([c.welfare for c in result.countries]),
        "trade_change": np.array([p.trade_change_pct for p in result.pairs]).reshape(n, n),
    }


@pytest.mark.parametrize("sigma", [2.5, 5.0, 9.0])
@pytest.mark.parametrize("case", sorted(CASES))
def test_full_matches_reference(sample_csv: Path, sigma: float, case: str) -> None:
    ours = run_gravity(
        gravity_table(sample_csv, SAMPLE_COEFFICIENTS, sigma=sigma, change=CASES[case]),
        sample_csv.parent,
    )
    ref = reference_full(pd.read_csv(sample_csv), SAMPLE_COEFFICIENTS, CASES[case], sigma, "DEU")
    got = arrays(ours)
    assert ref["clearing"] < 1e-10
    np.testing.assert_allclose(got["price"], ref["price"], rtol=1e-9, atol=0)
    np.testing.assert_allclose(got["imr_change"], ref["imr_change"], rtol=1e-9, atol=0)
    np.testing.assert_allclose(got["gdp_change"], ref["gdp_change"], rtol=0, atol=1e-7)
    np.testing.assert_allclose(got["welfare"], ref["welfare"], rtol=0, atol=1e-9)
    np.testing.assert_allclose(got["trade_change"], ref["trade_change"], rtol=0, atol=1e-7)
    assert ours.market_clearing_residual < 1e-10
    assert ours.formulation == "full"


def test_full_clears_markets_and_gegravity_does_not(sample_csv: Path) -> None:
    table = gravity_table(sample_csv, SAMPLE_COEFFICIENTS, change=SHOCKS["can_jpn_pta"])
    full = run_gravity(table, sample_csv.parent)
    single_step = run_gravity({**table, "formulation": "gegravity"}, sample_csv.parent)
    assert full.market_clearing_residual < 1e-10
    assert single_step.market_clearing_residual > 1e-4
    gap = max(
        abs(a.gdp_change_pct - b.gdp_change_pct)
        for a, b in zip(full.countries, single_step.countries, strict=True)
    )
    assert 1e-3 < gap < 0.5
    # Same baseline in both formulations.
    assert [p.baseline_trade for p in full.pairs] == [p.baseline_trade for p in single_step.pairs]


@pytest.mark.parametrize("formulation", ["full", "gegravity"])
@pytest.mark.parametrize(
    "changes", [[], pair_changes([("CAN", "USA")], {"pta": 1})], ids=["no-change", "same-values"]
)
def test_zero_shock_returns_the_baseline(sample_csv: Path, formulation: str, changes: list) -> None:
    result = run_gravity(
        gravity_table(sample_csv, SAMPLE_COEFFICIENTS, formulation=formulation, change=changes),
        sample_csv.parent,
    )
    for c in result.countries:
        for value in (
            c.gdp_change_pct,
            c.factory_gate_price_change_pct,
            c.imr_change_pct,
            c.omr_change_pct,
            c.foreign_exports_change_pct,
            c.foreign_imports_change_pct,
        ):
            assert abs(value) < 1e-10
        assert c.welfare == pytest.approx(1.0, abs=1e-12)
    for p in result.pairs:
        assert p.counterfactual_trade == pytest.approx(p.baseline_trade, rel=1e-12)
    assert result.market_clearing_residual < 1e-12


def _synthetic_csv(tmp_path: Path, n: int, seed: int) -> Path:
    path = tmp_path / f"synthetic_{n}_{seed}.csv"
    if not path.exists():
        synthetic_gravity_data(n, seed=seed).to_csv(path, index=False)
    return path


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(2, 12),
    seed=st.integers(0, 10_000),
    sigma=st.floats(1.2, 15.0),
    pta=st.sampled_from([0.0, 1.0]),
    border=st.floats(0.0, 3.0),
    formulation=st.sampled_from(["full", "gegravity"]),
)
def test_properties_on_synthetic_economies(
    tmp_path: Path, n: int, seed: int, sigma: float, pta: float, border: float, formulation: str
) -> None:
    path = _synthetic_csv(tmp_path, n, seed)
    table = {
        "data": str(path),
        "sigma": sigma,
        "reference_importer": "C001",
        "formulation": formulation,
        "coefficients": dict(TRUE_COEFFICIENTS),
    }
    base = run_gravity(table, tmp_path)
    # A zero shock reproduces the baseline.
    for c in base.countries:
        assert abs(c.gdp_change_pct) < 1e-9 and abs(c.welfare - 1) < 1e-11
    # A real shock: C002 -> C001 agreement and a new border cost on C001's exports to C002.
    change = [
        {"exporter": "C002", "importer": "C001", "set": {"pta": pta}},
        {"exporter": "C001", "importer": "C002", "set": {"international": border}},
    ]
    shocked = run_gravity({**table, "change": change}, tmp_path)
    if formulation == "full":
        assert shocked.market_clearing_residual < 1e-10
    # Real GDP and welfare do not depend on which importer is the numeraire.
    other = run_gravity({**table, "change": change, "reference_importer": f"C{n:03d}"}, tmp_path)
    for a, b in zip(shocked.countries, other.countries, strict=True):
        assert a.gdp_change_pct == pytest.approx(b.gdp_change_pct, abs=1e-8)
        assert a.welfare == pytest.approx(b.welfare, abs=1e-10)
    # World shares: foreign trade changes are finite and trade stays positive.
    assert all(p.counterfactual_trade > 0 for p in shocked.pairs)


def test_constant_and_scale_do_not_matter() -> None:
    """A common factor on all trade costs, or on Y and E, leaves every change unchanged."""
    frame = synthetic_gravity_data(15, seed=3)
    n = 15
    costs = {v: frame[v].to_numpy().reshape(n, n) for v in TRUE_COEFFICIENTS}
    log_phi = sum(b * costs[v] for v, b in TRUE_COEFFICIENTS.items())
    new = log_phi.copy()
    new[2, 5] += 0.8
    output = frame.groupby("exporter")["Y"].first().to_numpy()
    spend = frame.groupby("importer")["E"].first().to_numpy()
    for formulation in ("full", "gegravity"):
        a = simulate(log_phi, new, output, spend, 4.0, 0, formulation=formulation)
        b = simulate(
            log_phi + 25.0, new + 25.0, 1e6 * output, 1e6 * spend, 4.0, 0, formulation=formulation
        )
        np.testing.assert_allclose(a.gdp_change_pct, b.gdp_change_pct, rtol=0, atol=1e-9)
        np.testing.assert_allclose(a.trade_change_pct, b.trade_change_pct, rtol=0, atol=1e-8)
        np.testing.assert_allclose(a.welfare, b.welfare, rtol=0, atol=1e-11)


@pytest.mark.parametrize("sigma", [1.05, 30.0])
def test_extreme_shocks_converge_without_tuning(sigma: float) -> None:
    """Cutting all border costs to zero at extreme elasticities: no rescaling knob needed."""
    frame = synthetic_gravity_data(40, seed=11)
    n = 40
    costs = {v: frame[v].to_numpy().reshape(n, n) for v in TRUE_COEFFICIENTS}
    log_phi = sum(b * costs[v] for v, b in TRUE_COEFFICIENTS.items())
    new = log_phi - TRUE_COEFFICIENTS["international"] * costs["international"]
    output = frame.groupby("exporter")["Y"].first().to_numpy()
    spend = frame.groupby("importer")["E"].first().to_numpy()
    result = simulate(log_phi, new, output, spend, sigma, 0, formulation="full")
    assert result.market_clearing_residual < 1e-10
    assert np.all(np.isfinite(result.gdp_change_pct))
    assert np.all(result.gdp_change_pct > 0)  # free trade makes everyone richer
