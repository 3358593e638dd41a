"""Shared cases of the structural-gravity tests: coefficients, shocks, the gegravity oracle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from diversify.scenarios.gravity import cases
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
    """gegravity's country and bilateral results (see :func:`cases.run_gegravity`)."""
    run = cases.run_gegravity(
        frame, coefficients, changes, sigma=sigma, reference=reference, year=year, rescales=rescales
    )
    return {"countries": run.model.country_results, "trade": run.model.bilateral_trade_results}
