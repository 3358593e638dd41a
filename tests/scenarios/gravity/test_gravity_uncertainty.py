"""``[gravity.uncertainty]``: the JSON contract, exactness at zero variance, and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from gravity_cases import SAMPLE_COEFFICIENTS, SHOCKS, gravity_table

from diversify.errors import InputError
from diversify.scenarios.bands import BAND_KEYS
from diversify.scenarios.gravity import run_gravity
from diversify.scenarios.gravity.montecarlo import METRICS
from diversify.scenarios.runner import run_scenario

NAMES = list(SAMPLE_COEFFICIENTS)


def _covariance(path: Path, values: np.ndarray, names: list[str] = NAMES) -> Path:
    pd.DataFrame(values, index=names, columns=names).to_csv(path)
    return path


def _diagonal(relative: float = 0.1) -> np.ndarray:
    return np.diag([(abs(SAMPLE_COEFFICIENTS[v]) * relative) ** 2 for v in NAMES])


def _table(sample_csv: Path, **uncertainty: Any) -> dict[str, Any]:
    return gravity_table(
        sample_csv, SAMPLE_COEFFICIENTS, change=SHOCKS["can_jpn_pta"], uncertainty=uncertainty
    )


@pytest.mark.parametrize("formulation", ["full", "gegravity"])
def test_zero_variance_returns_the_one_shot_result_in_every_trial(
    sample_csv: Path, tmp_path: Path, formulation: str
) -> None:
    cov = _covariance(tmp_path / "zero.csv", np.zeros((len(NAMES), len(NAMES))))
    table = _table(sample_csv, draws=6, seed=3, covariance=str(cov), pairs=[["CAN", "JPN"]])
    table["formulation"] = formulation
    result = run_gravity(table, tmp_path)
    mc = result.uncertainty
    assert mc is not None and mc.draws == 6 and mc.failed == 0
    for name in METRICS:
        one_shot = np.array([getattr(c, name) for c in result.countries])
        for trial in mc.metric(name):
            np.testing.assert_array_equal(trial, one_shot, err_msg=name)
    can_jpn = next(p for p in result.pairs if (p.exporter, p.importer) == ("CAN", "JPN"))
    out = mc.to_dict()
    band = out["pairs"][0]["trade_change_pct"]
    assert band["p5"] == band["p50"] == band["p95"] == can_jpn.trade_change_pct
    assert band["std"] == 0.0


def test_json_contract_and_workers_do_not_change_results(sample_csv: Path, tmp_path: Path) -> None:
    cov = _covariance(tmp_path / "cov.csv", _diagonal())
    one = run_gravity(_table(sample_csv, draws=24, seed=5, covariance=str(cov), workers=1), tmp_path)
    two = run_gravity(_table(sample_csv, draws=24, seed=5, covariance=str(cov), workers=2), tmp_path)
    assert one.uncertainty is not None and two.uncertainty is not None
    np.testing.assert_array_equal(one.uncertainty.values, two.uncertainty.values)

    out = json.loads(json.dumps(one.to_dict(), allow_nan=False))
    assert list(out) == [
        "formulation", "converged", "iterations", "seconds", "market_clearing_residual",
        "countries", "pairs", "uncertainty",
    ]
    u = out["uncertainty"]
    assert list(u) == ["draws", "failed", "seed", "seconds", "countries"]
    assert (u["draws"], u["failed"], u["seed"]) == (24, 0, 5)
    assert len(u["countries"]) == 30
    for row in u["countries"]:
        assert list(row) == ["country", *METRICS]
        for name in METRICS:
            assert list(row[name]) == list(BAND_KEYS)
            assert row[name]["p5"] <= row[name]["p50"] <= row[name]["p95"]
    can = next(r for r in u["countries"] if r["country"] == "CAN")
    trials = one.uncertainty.metric("gdp_change_pct")[:, one.uncertainty.countries.index("CAN")]
    assert can["gdp_change_pct"]["std"] == pytest.approx(np.std(trials, ddof=1), rel=1e-12)
    assert can["gdp_change_pct"]["std"] > 0
    # The one-shot answer lies inside its own band.
    assert can["gdp_change_pct"]["p5"] < one.country("CAN").gdp_change_pct < can["gdp_change_pct"]["p95"]


def test_estimated_covariance_and_sigma_range(tmp_path: Path) -> None:
    from diversify.scenarios.gravity import synthetic_gravity_data

    synthetic_gravity_data(12, seed=2).to_csv(tmp_path / "panel.csv", index=False)
    table = {
        "data": "panel.csv",
        "year": 2000,
        "sigma": 5,
        "reference_importer": "C001",
        "estimate": True,
        "cost_variables": ["lndist", "pta", "international"],
        "change": [{"exporter": "C001", "importer": "C002", "symmetric": True, "set": {"pta": 1}}],
        "uncertainty": {"draws": 12, "seed": 1, "variables": ["pta"], "sigma": [3, 9], "workers": 1},
    }
    result = run_gravity(table, tmp_path)
    mc = result.uncertainty
    assert result.ppml is not None and mc is not None
    cov = result.ppml.covariance
    assert np.sqrt(cov["pta"]["pta"]) == pytest.approx(result.ppml.std_errors["pta"], rel=1e-10)
    columns = dict(zip(mc.variables, mc.coefficients.T, strict=True))
    assert np.all(columns["lndist"] == result.coefficients["lndist"])  # not listed: fixed
    assert np.std(columns["pta"]) > 0
    assert 3 <= mc.sigmas.min() and mc.sigmas.max() <= 9 and np.std(mc.sigmas) > 0
    rows = mc.trial_rows()
    assert len(rows) == 12 * 12 and {"trial", "converged", "pta", "sigma", "country"} <= set(rows[0])


# --------------------------------------------------------------------------- bad input


def _error(sample_csv: Path, tmp_path: Path, **uncertainty: Any) -> InputError:
    with pytest.raises(InputError) as exc:
        run_gravity(_table(sample_csv, **uncertainty), tmp_path)
    return exc.value


def test_non_positive_definite_covariance(sample_csv: Path, tmp_path: Path) -> None:
    values = _diagonal()
    values[0, 3] = values[3, 0] = 10 * np.sqrt(values[0, 0] * values[3, 3])
    err = _error(sample_csv, tmp_path, covariance=str(_covariance(tmp_path / "c.csv", values)))
    assert err.field == "gravity.uncertainty.covariance"
    assert "not positive semi-definite" in err.message and "c.csv" in err.message


def test_asymmetric_and_mislabelled_covariance(sample_csv: Path, tmp_path: Path) -> None:
    values = _diagonal()
    values[0, 1] = 0.001
    err = _error(sample_csv, tmp_path, covariance=str(_covariance(tmp_path / "a.csv", values)))
    assert "not symmetric" in err.message and "lndist,contiguity" in err.message
    pd.DataFrame(_diagonal()[:2], index=NAMES[:2], columns=NAMES).to_csv(tmp_path / "b.csv")
    err = _error(sample_csv, tmp_path, covariance=str(tmp_path / "b.csv"))
    assert "square matrix" in err.message and err.path and err.path.endswith("b.csv")


def test_draws_of_the_wrong_shape(sample_csv: Path, tmp_path: Path) -> None:
    path = tmp_path / "draws.csv"
    path.write_text("var,0,1,2\nlndist,-0.39,-0.4,-0.38\npta,0.47,0.5\n")
    err = _error(sample_csv, tmp_path, draws_file=str(path))
    assert (err.field, err.line) == ("gravity.uncertainty.draws_file", 3)
    assert "row 'pta'" in err.message and "trial column '2'" in err.message
    path.write_text("var,0,1\nlndist,-0.39,-0.4\nrta,0.47,0.5\n")
    err = _error(sample_csv, tmp_path, draws_file=str(path))
    assert "row 'rta' is not a cost variable" in err.message and err.line == 3
    path.write_text("var,0,1\nlndist,-0.39,-0.4\n")
    err = _error(sample_csv, tmp_path, draws_file=str(path), draws=5)
    assert err.field == "gravity.uncertainty.draws" and "has 2 trial columns" in err.message


def test_unknown_variables(sample_csv: Path, tmp_path: Path) -> None:
    cov = str(_covariance(tmp_path / "c.csv", _diagonal()))
    err = _error(sample_csv, tmp_path, covariance=cov, variables=["pta", "tariff"])
    assert err.field == "gravity.uncertainty.variables" and "'tariff' is not a cost variable" in err.message
    small = str(_covariance(tmp_path / "s.csv", _diagonal()[:2, :2], NAMES[:2]))
    err = _error(sample_csv, tmp_path, covariance=small, variables=["pta"])
    assert err.field == "gravity.uncertainty.variables" and "no row for it" in err.message


@pytest.mark.parametrize(
    ("sigma", "part"),
    [
        ([0.5, 4], "greater than 1 on the whole range, got low = 0.5"),
        ([1, 4], "got low = 1"),
        ({"distribution": "triangular", "low": 0.9, "mode": 3, "high": 5}, "low = 0.9"),
        ([6, 4], "high 4 is below low 6"),
        ([4], "expected [low, high]"),
    ],
)
def test_sigma_range(sample_csv: Path, tmp_path: Path, sigma: Any, part: str) -> None:
    cov = str(_covariance(tmp_path / "c.csv", _diagonal()))
    err = _error(sample_csv, tmp_path, covariance=cov, sigma=sigma)
    assert err.field == "gravity.uncertainty.sigma" and part in err.message


def test_estimated_covariance_needs_a_fit(sample_csv: Path, tmp_path: Path) -> None:
    err = _error(sample_csv, tmp_path, covariance="estimated")
    assert err.field == "gravity.uncertainty.covariance" and "needs estimate = true" in err.message
    err = _error(sample_csv, tmp_path)
    assert "missing covariance" in err.message
    err = _error(sample_csv, tmp_path, draws=1, covariance="x.csv")
    assert err.field == "gravity.uncertainty.draws"
    err = _error(sample_csv, tmp_path, trials=3)
    assert err.field == "gravity.uncertainty.trials" and "unknown key" in err.message


def test_scenario_file_error_names_file_line_and_field(sample_csv: Path, tmp_path: Path) -> None:
    text = (
        f'[gravity]\ndata = "{sample_csv}"\nyear = 2006\nsigma = 5\nreference_importer = "DEU"\n'
        "[gravity.coefficients]\nlndist = -0.39\npta = 0.47\n"
        "[gravity.uncertainty]\ndraws = 10\ncovariance = \"zero.csv\"\nsigma = [0.8, 3]\n"
    )
    _covariance(tmp_path / "zero.csv", np.zeros((2, 2)), ["lndist", "pta"])
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(InputError) as exc:
        run_scenario(path, None, store=False)
    err = exc.value
    assert err.path is not None and err.path.endswith("bad.toml")
    assert (err.field, err.line) == ("gravity.uncertainty.sigma", 12)


@pytest.mark.parametrize("formulation", ["full", "gegravity"])
def test_trials_started_from_the_one_shot_agree_with_cold_starts(
    sample_csv: Path, tmp_path: Path, formulation: str
) -> None:
    """Trials start Newton from the one-shot baseline; a cold start reaches the same answer."""
    from dataclasses import replace

    from diversify.scenarios.gravity import montecarlo

    seen: dict[str, Any] = {}
    original = montecarlo.run_trials

    def spy(model, betas, sigmas, *, workers=0):  # type: ignore[no-untyped-def]
        seen.update(model=model, betas=betas, sigmas=sigmas)
        return original(model, betas, sigmas, workers=workers)

    cov = _covariance(tmp_path / "cov.csv", _diagonal(0.2))
    table = _table(sample_csv, draws=8, seed=9, covariance=str(cov), sigma=[3, 8], workers=1)
    table["formulation"] = formulation
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(montecarlo, "run_trials", spy)
    try:
        result = run_gravity(table, tmp_path)
    finally:
        monkeypatch.undo()
    warm = result.uncertainty.values  # type: ignore[union-attr]
    model = seen["model"]
    assert model.start is not None and model.point_row is not None
    cold = original(replace(model, start=None, point=None, point_row=None), seen["betas"],
                    seen["sigmas"], workers=1)
    np.testing.assert_allclose(warm, cold, rtol=0, atol=1e-9)
    assert np.std(warm[:, 0]) > 0
