"""Scenarios: tariffs (partial equilibrium), rerouting (LP), procurement (MILP),
defence-spending pathways and structural gravity, each written as a TOML file.

The Python API mirrors ``diversify scenario``::

    from diversify.scenarios import compare, run_scenario, scenario_figures

    result = run_scenario("us_tariff_25_10.toml", warehouse)      # run and store
    result.results["dependency"]["hhi_after"]
    result.to_json(); result.to_csv("by_product")
    compare(result, "other.toml", warehouse).summary
    scenario_figures(result)                                      # plotly figure dicts

See ``docs/scenarios.md``.
"""

from __future__ import annotations

from diversify.scenarios.compare import Comparison, compare
from diversify.scenarios.figures import scenario_figures
from diversify.scenarios.result import KINDS, Kind, ScenarioResult
from diversify.scenarios.runner import load_scenario, parse_scenario, rerun, run_scenario
from diversify.scenarios.store import get_run, list_runs

__all__ = [
    "KINDS",
    "Comparison",
    "Kind",
    "ScenarioResult",
    "compare",
    "get_run",
    "list_runs",
    "load_scenario",
    "parse_scenario",
    "rerun",
    "run_scenario",
    "scenario_figures",
]
