"""Shared cases of the structural-gravity tests: coefficients, shocks, the gegravity oracle."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from diversify.scenarios.gravity.cases import (  # noqa: F401  (re-exported to the tests)
    EU_2006,
    SAMPLE_COEFFICIENTS,
    YOTOV_COEFFICIENTS,
)

SAMPLE = "gravity/gegravity_sample_data_set_2006.csv"
YOTOV = "gravity/yotov2016_gravity_69c_1986_2006_with_domestic_rta.csv.gz"


Change = tuple[str, str, dict[str, float]]


def pair_changes(
    pairs: Sequence[tuple[str, str]], values: dict[str, float]
) -> list[dict[str, Any]]:
    """``[[gravity.change]]`` entries for symmetric pairs."""
    return [
        {"exporter": a, "importer": b, "symmetric": True, "set": dict(values)} for a, b in pairs
    ]


SHOCKS: dict[str, list[dict[str, Any]]] = {
    "can_jpn_pta": pair_changes([("CAN", "JPN")], {"pta": 1}),
    "nafta_exit": pair_changes([("CAN", "USA"), ("CAN", "MEX"), ("MEX", "USA")], {"pta": 0}),
}


def gravity_table(
    data: Path, coefficients: Mapping[str, float], **overrides: Any
) -> dict[str, Any]:
    """A ``[gravity]`` table as tomllib would return it."""
    table: dict[str, Any] = {
        "data": str(data),
        "year": 2006,
        "sigma": 5,
        "reference_importer": "DEU",
        "coefficients": dict(coefficients),
    }
    table.update(overrides)
    return table


def run_gegravity(
    frame: pd.DataFrame,
    coefficients: Mapping[str, float],
    changes: Sequence[Mapping[str, Any]],
    *,
    sigma: float,
    reference: str = "DEU",
    year: int = 2006,
    rescales: Sequence[float] = (1, 10, 100, 1000, 0.1, 10000),
) -> dict[str, pd.DataFrame]:
    """Run USITC gegravity 0.3 on a long frame with Y and E columns.

    gegravity's baseline solve only converges for some ``omr_rescale`` factors, so
    the factors its documentation suggests are tried in turn (``rescales``), and a
    run counts only if every stage reports convergence.
    """
    import gegravity as ge

    frame = frame.reset_index(drop=True).copy()
    if "constant" in coefficients and "constant" not in frame.columns:
        frame["constant"] = 1.0
    estimates = pd.DataFrame(list(coefficients.items()), columns=["var", "beta"])
    params = ge.CostCoeffs(estimates=estimates, identifier_col="var", coeff_col="beta")
    failures = []
    for rescale in rescales:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            baseline = ge.BaselineData(
                frame.copy(),
                imp_var_name="importer",
                exp_var_name="exporter",
                year_var_name="year",
                trade_var_name="trade",
                expend_var_name="E",
                output_var_name="Y",
            )
            model = ge.OneSectorGE(
                baseline=baseline,
                cost_coeff_values=params,
                cost_variables=list(coefficients),
                year=str(year),
                reference_importer=reference,
                sigma=sigma,
                quiet=True,
            )
            try:
                model.build_baseline(omr_rescale=rescale)
            except ValueError as exc:
                failures.append(f"{rescale}: {exc}")
                continue
            experiment = model.baseline_data.copy()
            for change in changes:
                pairs = [(change["exporter"], change["importer"])]
                if change.get("symmetric"):
                    pairs.append((change["importer"], change["exporter"]))
                for a, b in pairs:
                    rows = (experiment["exporter"] == a) & (experiment["importer"] == b)
                    for var, value in change["set"].items():
                        experiment.loc[rows, var] = value
            model.define_experiment(experiment)
            model.simulate()
        if all(d.success for d in model.solver_diagnostics.values()):
            return {"countries": model.country_results, "trade": model.bilateral_trade_results}
        failures.append(f"{rescale}: not converged")
    raise RuntimeError("gegravity did not converge for any omr_rescale: " + "; ".join(failures))
