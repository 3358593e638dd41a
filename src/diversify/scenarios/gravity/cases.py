"""Published reference cases the gravity oracle tests and benchmarks share.

* gegravity's own example on its sample data: Canada-Japan agreement, sigma 5,
  reference importer DEU, the coefficients its documentation estimates by PPML;
* Yotov et al. (2016), 69 countries, 2006: coefficients close to the PPML
  estimates on that year (exporter and importer effects; RTA from the panel with
  pair effects), and the EU members of 2006 in that data (Romania is ROM in the file,
  ROU once read, as everywhere at the interface).
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from diversify.errors import SolverError

SAMPLE_COEFFICIENTS: dict[str, float] = {
    "lndist": -0.3898623,
    "contiguity": 0.891577,
    "common_language": 0.0326249,
    "pta": 0.4711383,
    "international": -3.412584,
    "constant": 16.32434,
}
YOTOV_COEFFICIENTS: dict[str, float] = {
    "ln_DIST": -0.79,
    "CNTG": 0.53,
    "LANG": 0.35,
    "CLNY": -0.02,
    "RTA": 0.56,
    "INTL": -2.51,
}
EU_2006: list[str] = [
    "AUT", "BEL", "BGR", "CYP", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR",
    "GRC", "HUN", "IRL", "ITA", "MLT", "NLD", "POL", "PRT", "ROU", "SWE",
]


@dataclass(frozen=True)
class GegravityRun:
    """A converged run of USITC gegravity 0.3, the oracle of the ``gegravity`` formulation.

    ``seconds`` is the wall time of the attempt that converged; ``failed_rescales``
    the ``omr_rescale`` factors tried before it.
    """

    model: Any
    omr_rescale: float
    failed_rescales: tuple[float, ...]
    seconds: float


def run_gegravity(
    frame: pd.DataFrame,
    coefficients: Mapping[str, float],
    changes: Sequence[Mapping[str, Any]],
    *,
    sigma: float,
    reference: str = "DEU",
    year: int = 2006,
    rescales: Sequence[float] = (1, 10, 100, 1000, 0.1, 10000),
) -> GegravityRun:
    """Run gegravity on a long frame with Y and E columns (needs the ``gegravity`` package).

    gegravity's baseline solve converges only for some ``omr_rescale`` factors, so
    the factors its documentation suggests are tried in turn, and a run counts only
    if every stage reports convergence. ``changes`` are ``{exporter, importer,
    symmetric?, set}`` tables as in a scenario file.

    Raises
    ------
    SolverError
        If no factor converges.
    """
    import gegravity as ge

    frame = frame.reset_index(drop=True).copy()
    if "constant" in coefficients and "constant" not in frame.columns:
        frame["constant"] = 1.0
    estimates = pd.DataFrame(list(coefficients.items()), columns=["var", "beta"])
    params = ge.CostCoeffs(estimates=estimates, identifier_col="var", coeff_col="beta")
    failed: list[float] = []
    reasons: list[str] = []
    for rescale in rescales:
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            baseline = ge.BaselineData(
                frame.copy(), imp_var_name="importer", exp_var_name="exporter",
                year_var_name="year", trade_var_name="trade", expend_var_name="E",
                output_var_name="Y",
            )
            model = ge.OneSectorGE(
                baseline=baseline, cost_coeff_values=params, cost_variables=list(coefficients),
                year=str(year), reference_importer=reference, sigma=sigma, quiet=True,
            )
            try:
                model.build_baseline(omr_rescale=rescale)
            except ValueError as exc:
                failed.append(rescale)
                reasons.append(f"{rescale}: {exc}")
                continue
            model.define_experiment(_experiment(model.baseline_data, changes))
            model.simulate()
        if all(d.success for d in model.solver_diagnostics.values()):
            return GegravityRun(model, rescale, tuple(failed), time.perf_counter() - start)
        failed.append(rescale)
        reasons.append(f"{rescale}: not converged")
    raise SolverError("gegravity did not converge for any omr_rescale: " + "; ".join(reasons))


@dataclass(frozen=True)
class GegravityMonteCarlo:
    """A run of gegravity 0.3's ``MonteCarloGE``: the model (after ``run_trials``), its
    exported country results and the wall time of the trials."""

    model: Any
    country_results: pd.DataFrame
    seconds: float


def run_gegravity_monte_carlo(
    frame: pd.DataFrame,
    coefficients: Mapping[str, float],
    covariance: pd.DataFrame,
    changes: Sequence[Mapping[str, Any]],
    *,
    sigma: float,
    trials: int,
    seed: int,
    reference: str = "DEU",
    year: int = 2006,
    omr_rescale: float = 1,
    all_results: bool = True,
) -> GegravityMonteCarlo:
    """gegravity's Monte Carlo on a long frame with Y and E columns (needs ``gegravity``).

    Statistics are gegravity's defaults (``mean``, ``std``, ``sem``) and the
    median; ``country_results`` is the first table of its ``export_results()``.
    """
    import gegravity as ge
    import numpy as np

    frame = frame.reset_index(drop=True).copy()
    if "constant" in coefficients and "constant" not in frame.columns:
        frame["constant"] = 1.0
    names = list(coefficients)
    cov = covariance.loc[names, names]
    estimates = pd.DataFrame(
        {"var": names, "beta": [coefficients[v] for v in names], "se": np.sqrt(np.diag(cov))}
    )
    params = ge.CostCoeffs(
        estimates=estimates, identifier_col="var", coeff_col="beta", stderr_col="se",
        covar_matrix=cov,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        baseline = ge.BaselineData(
            frame, imp_var_name="importer", exp_var_name="exporter", year_var_name="year",
            trade_var_name="trade", expend_var_name="E", output_var_name="Y",
        )
        model = ge.MonteCarloGE(
            baseline, year=str(year), trials=trials, sigma=sigma, reference_importer=reference,
            cost_variables=names, cost_coeff_values=params, seed=seed, allow_singular_covar=True,
        )
        experiment = _experiment(model.baseline_data, changes)
        start = time.perf_counter()
        model.run_trials(
            experiment, omr_rescale=omr_rescale, quiet=True, all_results=all_results,
            result_stats=["mean", "std", "sem", "median"],
        )
        seconds = time.perf_counter() - start
        country, _, _ = model.export_results()
    return GegravityMonteCarlo(model, country, seconds)


def _experiment(baseline, changes):  # type: ignore[no-untyped-def]
    """gegravity's baseline table with the scenario's changes set on the pairs they name
    (both directions where a change is symmetric)."""
    experiment = baseline.copy()
    for change in changes:
        pairs = [(change["exporter"], change["importer"])]
        if change.get("symmetric"):
            pairs.append((change["importer"], change["exporter"]))
        for a, b in pairs:
            rows = (experiment["exporter"] == a) & (experiment["importer"] == b)
            for var, value in change["set"].items():
                experiment.loc[rows, var] = value
    return experiment


def yotov_2006(path: str | Path, *, with_output: bool = True) -> pd.DataFrame:
    """The 2006 cross-section of the Yotov et al. (2016) 69-country file at ``path``, as the
    oracle tests and the benchmarks feed it: ``ln_DIST`` and ``INTL`` added, ``pair_id`` and
    ``DIST`` dropped, superseded codes read as ISO3 (ROM as ROU, as the loader does), and
    output ``Y`` and expenditure ``E`` summed from trade unless ``with_output`` is false (the
    loader then derives them)."""
    import numpy as np

    from diversify.scenarios.gravity.data import current_codes

    frame = pd.read_csv(path)
    frame = frame[frame["year"] == 2006].copy()
    current_codes(frame)
    frame["ln_DIST"] = np.log(frame["DIST"])
    frame["INTL"] = (frame["exporter"] != frame["importer"]).astype(float)
    if with_output:
        frame["Y"] = frame.groupby("exporter")["trade"].transform("sum")
        frame["E"] = frame.groupby("importer")["trade"].transform("sum")
    return frame.drop(columns=["pair_id", "DIST"])
