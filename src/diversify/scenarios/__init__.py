"""Scenarios: tariffs (partial equilibrium), rerouting (LP), procurement (MILP),
spending pathways and structural gravity, each a TOML file.

>>> from diversify.scenarios import run_scenario, compare
>>> result = run_scenario("examples/us_tariff_25_10.toml", warehouse)   # doctest: +SKIP
>>> result.to_json()                                                    # doctest: +SKIP
"""

from __future__ import annotations

from diversify.scenarios.result import KINDS, Kind, ScenarioResult
from diversify.scenarios.runner import load_scenario, rerun, run_scenario

__all__ = ["KINDS", "Kind", "ScenarioResult", "load_scenario", "rerun", "run_scenario"]
