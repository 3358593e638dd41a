"""The ``gegravity`` formulation against USITC gegravity 0.3 itself, same inputs.

Tolerances are those of the issue: 1e-5 percentage points on GDP change, 1e-7
on the welfare statistic; the other country results get 1e-5 percentage points
and bilateral trade a relative 1e-6 (gegravity's own solver stops at a relative
step of 1e-8, which bounds how closely any two answers can agree).
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

from diversify.scenarios.gravity import GravityResult, run_gravity

GDP_ATOL = 1e-5
WELFARE_ATOL = 1e-7
PCT_ATOL = 1e-5
TRADE_RTOL = 1e-6

COLUMNS = {
    "gdp_change_pct": "GDP change (percent)",
    "factory_gate_price_change_pct": "factory gate price change (percent)",
    "imr_change_pct": "imr change (percent)",
    "omr_change_pct": "omr change (percent)",
    "foreign_exports_change_pct": "foreign exports change (percent)",
    "foreign_imports_change_pct": "foreign imports change (percent)",
    "terms_of_trade_change_pct": "terms of trade change (percent)",
}


def compare(ours: GravityResult, theirs: dict[str, pd.DataFrame]) -> dict[str, float]:
    """Assert agreement and return the largest differences."""
    codes = [c.country for c in ours.countries]
    table = theirs["countries"].loc[codes]
    diffs: dict[str, float] = {}
    for field, column in COLUMNS.items():
        mine = np.array([getattr(c, field) for c in ours.countries])
        diffs[field] = float(np.max(np.abs(mine - table[column].to_numpy())))
        atol = GDP_ATOL if field == "gdp_change_pct" else PCT_ATOL
        np.testing.assert_allclose(mine, table[column].to_numpy(), rtol=0, atol=atol, err_msg=field)
    welfare = np.array([c.welfare for c in ours.countries])
    diffs["welfare"] = float(np.max(np.abs(welfare - table["welfare statistic"].to_numpy())))
    np.testing.assert_allclose(
        welfare, table["welfare statistic"].to_numpy(), rtol=0, atol=WELFARE_ATOL, err_msg="welfare"
    )
    trade = theirs["trade"]
    keys = pd.MultiIndex.from_tuples([(p.exporter, p.importer) for p in ours.pairs])
    for mine, column in (
        ("baseline_trade", "baseline modeled trade"),
        ("counterfactual_trade", "experiment trade"),
    ):
        values = np.array([getattr(p, mine) for p in ours.pairs])
        np.testing.assert_allclose(
            values, trade.loc[keys, column].to_numpy(), rtol=TRADE_RTOL, atol=0, err_msg=mine
        )
    return diffs


@pytest.mark.parametrize("sigma", [3.0, 5.0, 8.0])
@pytest.mark.parametrize("shock", sorted(SHOCKS))
def test_sample_matches_gegravity(
    sample_csv: Path, gegravity_oracle, sigma: float, shock: str
) -> None:
    changes = SHOCKS[shock]
    ours = run_gravity(
        gravity_table(
            sample_csv, SAMPLE_COEFFICIENTS, sigma=sigma, formulation="gegravity", change=changes
        ),
        sample_csv.parent,
    )
    theirs = gegravity_oracle(pd.read_csv(sample_csv), SAMPLE_COEFFICIENTS, changes, sigma=sigma)
    compare(ours, theirs)
    assert ours.converged and ours.formulation == "gegravity"


def test_sample_reproduces_published_example(sample_csv: Path) -> None:
    """The CAN-JPN agreement results printed in gegravity's documentation (6 decimals)."""
    ours = run_gravity(
        gravity_table(
            sample_csv, SAMPLE_COEFFICIENTS, formulation="gegravity", change=SHOCKS["can_jpn_pta"]
        ),
        sample_csv.parent,
    )
    published = {  # country: factory-gate price, GDP change, welfare, foreign exports change
        "AUS": (0.004143, -0.007106, 1.000071, -0.087678),
        "AUT": (-0.002774, -0.005179, 1.000052, -0.034691),
        "BEL": (-0.002052, -0.002409, 1.000024, -0.037698),
        "BRA": (-0.005588, -0.005496, 1.000055, -0.080228),
        "CAN": (-0.135770, 0.418261, 0.995835, 1.573180),
    }
    for code, (price, gdp, welfare, exports) in published.items():
        c = ours.country(code)
        assert c.factory_gate_price_change_pct == pytest.approx(price, abs=6e-7)
        assert c.gdp_change_pct == pytest.approx(gdp, abs=6e-7)
        assert c.welfare == pytest.approx(welfare, abs=6e-7)
        assert c.foreign_exports_change_pct == pytest.approx(exports, abs=6e-7)
    first = ours.pairs[1]
    assert (first.exporter, first.importer) == ("AUS", "AUT")
    assert first.baseline_trade == pytest.approx(666.648700, abs=1e-5)
    assert first.trade_change_pct == pytest.approx(-0.022351, abs=6e-7)


def test_yotov_69_matches_gegravity(yotov_2006_csv: Path, gegravity_oracle) -> None:
    """A Canada-EU agreement on the Yotov et al. (2016) data, Y and E derived from trade."""
    changes = pair_changes([("CAN", c) for c in EU_2006], {"RTA": 1})
    ours = run_gravity(
        gravity_table(yotov_2006_csv, YOTOV_COEFFICIENTS, formulation="gegravity", change=changes),
        yotov_2006_csv.parent,
    )
    frame = pd.read_csv(yotov_2006_csv)
    frame["Y"] = frame.groupby("exporter")["trade"].transform("sum")
    frame["E"] = frame.groupby("importer")["trade"].transform("sum")
    # gegravity fails on these data at omr_rescale 1 and 10; start where it converges.
    theirs = gegravity_oracle(
        frame, YOTOV_COEFFICIENTS, changes, sigma=5.0, rescales=(100, 1000, 1, 10)
    )
    diffs = compare(ours, theirs)
    assert len(ours.countries) == 69
    assert diffs["gdp_change_pct"] < GDP_ATOL
    # The agreement must be a real shock for the comparison to mean anything.
    assert ours.country("CAN").gdp_change_pct > 0.1
    assert 1e-5 < ours.market_clearing_residual < 1e-1
