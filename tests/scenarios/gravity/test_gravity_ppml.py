"""PPML estimation (pyfixest) against published estimates and a dummy-variable GLM."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gravity_cases import SAMPLE_COEFFICIENTS

from diversify.errors import InputError
from diversify.scenarios.gravity import TRUE_COEFFICIENTS, estimate_ppml, synthetic_gravity_data

SAMPLE_VARIABLES = ["lndist", "contiguity", "common_language", "pta", "international"]


def test_reproduces_gegravity_example_estimates(sample_csv: Path) -> None:
    """gegravity's documentation lists PPML estimates (7 significant digits) for its sample."""
    fit = estimate_ppml(
        pd.read_csv(sample_csv), SAMPLE_VARIABLES, fixed_effects=("exporter-year", "importer-year")
    )
    for name in SAMPLE_VARIABLES:
        assert fit.coefficients[name] == pytest.approx(SAMPLE_COEFFICIENTS[name], abs=6e-7)
        assert 0 < fit.std_errors[name] < 1
    assert fit.n_obs == 900 and fit.absorbed == () and fit.n_separated == 0


def _glm_with_dummies(frame: pd.DataFrame, variables: list[str]):  # type: ignore[no-untyped-def]
    """Poisson GLM with exporter-year and importer-year dummies of full rank."""
    import statsmodels.api as sm

    exporter_year = pd.get_dummies(frame["exporter"] + frame["year"].astype(str), dtype=float)
    # One importer-year dummy per year is implied by the exporter-year dummies of that year.
    first = frame["importer"] == frame["importer"].min()
    importer_year = pd.get_dummies(
        (frame["importer"] + frame["year"].astype(str)).where(~first), dtype=float
    )
    x = pd.concat([frame[variables].astype(float), exporter_year, importer_year], axis=1)
    model = sm.GLM(frame["trade"].to_numpy(), x, family=sm.families.Poisson())
    pair = pd.factorize(frame["exporter"] + "-" + frame["importer"])[0]
    return model.fit(
        method="newton", tol=1e-12, maxiter=100, cov_type="cluster", cov_kwds={"groups": pair}
    )


def test_matches_dummy_variable_glm() -> None:
    frame = synthetic_gravity_data(12, n_years=3, seed=7, zero_share=0.0)
    variables = ["lndist", "contiguity", "common_language", "pta", "international"]
    ours = estimate_ppml(frame, variables, fixed_effects=("exporter-year", "importer-year"))
    glm = _glm_with_dummies(frame, variables)
    # CRV1 = G/(G-1) (N-1)/(N-K) sandwich. The GLM counts K as the rank of its design;
    # fixest-style counting (pyfixest) takes every fixed-effect level and removes one per
    # extra fixed effect, i.e. K = k + levels - 1: two more here (three years).
    n, k_glm = len(frame), glm.df_model + 1
    k_fixest = len(variables) + 2 * 12 * 3 - 1
    dof = np.sqrt((n - k_glm) / (n - k_fixest))
    for name in variables:
        assert ours.coefficients[name] == pytest.approx(glm.params[name], abs=1e-6)
        assert ours.std_errors[name] == pytest.approx(glm.bse[name] * dof, rel=1e-5)


def test_pair_fixed_effects_identify_time_varying_costs_only() -> None:
    frame = synthetic_gravity_data(40, n_years=5, seed=8)
    fit = estimate_ppml(frame, ["pta", "lndist", "international"])
    assert fit.fixed_effects == ("exporter-year", "importer-year", "pair")
    assert fit.absorbed == ("lndist", "international")
    assert set(fit.coefficients) == {"pta"}
    assert abs(fit.coefficients["pta"] - TRUE_COEFFICIENTS["pta"]) < 4 * fit.std_errors["pta"]
    assert fit.to_dict()["absorbed"] == ["lndist", "international"]


def test_recovers_true_coefficients() -> None:
    frame = synthetic_gravity_data(40, n_years=2, seed=9)
    fit = estimate_ppml(
        frame, list(TRUE_COEFFICIENTS), fixed_effects=("exporter-year", "importer-year")
    )
    for name, beta in TRUE_COEFFICIENTS.items():
        assert abs(fit.coefficients[name] - beta) < 4 * fit.std_errors[name] + 0.02, name
    assert fit.n_obs <= len(frame)


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (lambda f: f.drop(columns=["pta"]), "pta", "missing column"),
        (lambda f: f.assign(trade=-f["trade"]), "trade", "non-negative"),
        (lambda f: f.assign(pta=np.nan), "pta", "finite"),
    ],
)
def test_bad_estimation_input(edit, field: str, words: str) -> None:  # type: ignore[no-untyped-def]
    frame = edit(synthetic_gravity_data(5, n_years=2, seed=1))
    with pytest.raises(InputError, match=words) as info:
        estimate_ppml(frame, ["pta"])
    assert info.value.field == field


def test_unknown_fixed_effect() -> None:
    with pytest.raises(InputError, match="unknown fixed effect 'country'"):
        estimate_ppml(synthetic_gravity_data(4, seed=1), ["pta"], fixed_effects=("country",))  # type: ignore[arg-type]
