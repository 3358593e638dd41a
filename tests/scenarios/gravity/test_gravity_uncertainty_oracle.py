"""Monte Carlo GE against gegravity 0.3's ``MonteCarloGE``, replaying its own draws.

gegravity draws the coefficients (``coeff_sample``), we read that sample as a
``draws_file`` and solve the same trials with the ``gegravity`` formulation:
every trial must agree within the one-shot oracle's tolerances, and the
summary statistics (mean, sample standard deviation, median) with those of its
``export_results``. A few trials in the default suite; more on the Yotov data
under the ``slow`` marker.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gravity_cases import (
    EU_2006,
    SAMPLE_COEFFICIENTS,
    SHOCKS,
    YOTOV_COEFFICIENTS,
    gravity_table,
    pair_changes,
)
from test_gravity_oracle import GDP_ATOL, PCT_ATOL, WELFARE_ATOL

from diversify.scenarios.gravity import run_gravity
from diversify.scenarios.gravity.montecarlo import MonteCarloResult

COLUMNS = {
    "gdp_change_pct": ("GDP change (percent)", GDP_ATOL),
    "welfare": ("welfare statistic", WELFARE_ATOL),
    "factory_gate_price_change_pct": ("factory gate price change (percent)", PCT_ATOL),
    "foreign_exports_change_pct": ("foreign exports change (percent)", PCT_ATOL),
}


def _diagonal(coefficients: dict[str, float], relative: float) -> pd.DataFrame:
    names = list(coefficients)
    se = np.array([max(abs(coefficients[v]) * relative, 1e-3) for v in names])
    return pd.DataFrame(np.diag(se**2), index=names, columns=names)


def _replay(
    csv: Path, frame: pd.DataFrame, coefficients: dict[str, float], changes, tmp_path: Path,
    *, trials: int, seed: int, sigma: float = 5.0, omr_rescale: float = 1,
) -> tuple[MonteCarloResult, object]:
    pytest.importorskip("gegravity")
    from diversify.scenarios.gravity.cases import run_gegravity_monte_carlo

    theirs = run_gegravity_monte_carlo(
        frame, coefficients, _diagonal(coefficients, 0.1), changes, sigma=sigma, trials=trials,
        seed=seed, omr_rescale=omr_rescale,
    )
    draws = tmp_path / "coeff_sample.csv"
    theirs.model.coeff_sample.to_csv(draws, index=False)
    table = gravity_table(
        csv, coefficients, sigma=sigma, formulation="gegravity", change=changes,
        uncertainty={"draws_file": str(draws), "workers": 1},
    )
    ours = run_gravity(table, csv.parent).uncertainty
    assert ours is not None
    return ours, theirs


def _check(ours: MonteCarloResult, theirs, trials: int) -> None:  # type: ignore[no-untyped-def]
    failed = list(theirs.model.failed_trials)
    solved = [t for t in range(trials) if t not in failed]
    # gegravity counts a trial as failed only when it raises: a trial whose solver reports
    # success = False stays in its statistics. None may occur in these cases.
    unconverged = [
        p for p, stages in theirs.model.solver_diagnostics.items()
        if not all(bool(s.get("success")) for s in stages.values())
    ]
    assert unconverged == []
    assert ours.draws == trials
    assert ours.failed == 0, "every trial gegravity could solve, and more, converges here"
    codes = list(ours.countries)
    everything = theirs.model.all_country_results
    for field, (column, atol) in COLUMNS.items():
        mine = ours.metric(field)
        for position, trial in enumerate(solved):
            np.testing.assert_allclose(
                mine[trial], everything[(position, column)].loc[codes].to_numpy(),
                rtol=0, atol=atol, err_msg=f"{field}, trial {trial}",
            )
        table = theirs.country_results
        kept = mine[solved]
        for stat, ours_stat in (
            ("mean", kept.mean(axis=0)),
            ("std", kept.std(axis=0, ddof=1)),
            ("median", np.median(kept, axis=0)),
        ):
            expected = table[table["statistic"] == stat][column].loc[codes].to_numpy(dtype=float)
            np.testing.assert_allclose(ours_stat, expected, rtol=0, atol=atol, err_msg=f"{field} {stat}")
    if not failed:
        summary = ours.to_dict()["countries"]
        table = theirs.country_results
        means = table[table["statistic"] == "mean"]["GDP change (percent)"].loc[codes].to_numpy()
        stds = table[table["statistic"] == "std"]["GDP change (percent)"].loc[codes].to_numpy()
        np.testing.assert_allclose(
            [c["gdp_change_pct"]["mean"] for c in summary], means, rtol=0, atol=GDP_ATOL
        )
        np.testing.assert_allclose(
            [c["gdp_change_pct"]["std"] for c in summary], stds, rtol=0, atol=GDP_ATOL
        )


def test_sample_replays_gegravity_draws(sample_csv: Path, tmp_path: Path) -> None:
    changes = SHOCKS["can_jpn_pta"]
    ours, theirs = _replay(
        sample_csv, pd.read_csv(sample_csv), SAMPLE_COEFFICIENTS, changes, tmp_path, trials=3, seed=7
    )
    _check(ours, theirs, 3)
    # The draws are real: the band has width.
    assert ours.to_dict()["countries"][0]["gdp_change_pct"]["std"] > 0


def test_seeded_draws_equal_gegravity_sample(sample_csv: Path, tmp_path: Path) -> None:
    """``seed`` draws the same coefficients as gegravity's ``MonteCarloGE(seed=...)``."""
    pytest.importorskip("gegravity")
    import gegravity as ge

    from diversify.scenarios.gravity.uncertainty import draw_coefficients

    cov = _diagonal(SAMPLE_COEFFICIENTS, 0.1)
    cov.iloc[0, 3] = cov.iloc[3, 0] = 0.5 * np.sqrt(cov.iloc[0, 0] * cov.iloc[3, 3])
    names = list(SAMPLE_COEFFICIENTS)
    est = pd.DataFrame({"var": names, "beta": list(SAMPLE_COEFFICIENTS.values())})
    est["se"] = np.sqrt(np.diag(cov))
    params = ge.CostCoeffs(est, identifier_col="var", coeff_col="beta", stderr_col="se",
                           covar_matrix=cov)
    frame = pd.read_csv(sample_csv)
    frame["constant"] = 1.0
    baseline = ge.BaselineData(frame, imp_var_name="importer", exp_var_name="exporter",
                               year_var_name="year", trade_var_name="trade",
                               expend_var_name="E", output_var_name="Y")
    mc = ge.MonteCarloGE(baseline, year="2006", trials=25, sigma=5, reference_importer="DEU",
                         cost_variables=names, cost_coeff_values=params, seed=11)
    ours = draw_coefficients(SAMPLE_COEFFICIENTS, cov, 25, 11)
    theirs = mc.coeff_sample.set_index("var")
    np.testing.assert_array_equal(ours.to_numpy(), theirs.to_numpy())


@pytest.mark.slow
def test_yotov_69_replays_gegravity_draws(yotov_2006_csv: Path, tmp_path: Path) -> None:
    changes = pair_changes([("CAN", c) for c in EU_2006], {"RTA": 1})
    frame = pd.read_csv(yotov_2006_csv)
    frame["Y"] = frame.groupby("exporter")["trade"].transform("sum")
    frame["E"] = frame.groupby("importer")["trade"].transform("sum")
    # gegravity converges on these data from omr_rescale 100 (see test_gravity_oracle).
    ours, theirs = _replay(
        yotov_2006_csv, frame, YOTOV_COEFFICIENTS, changes, tmp_path, trials=5, seed=3,
        omr_rescale=100,
    )
    assert len(ours.countries) == 69
    _check(ours, theirs, 5)
