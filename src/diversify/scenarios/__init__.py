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

import sys
import types
from typing import TYPE_CHECKING, Any

from diversify.scenarios.result import KINDS, Kind, ScenarioResult

if TYPE_CHECKING:
    from diversify.scenarios.compare import Comparison, compare
    from diversify.scenarios.figures import scenario_figures
    from diversify.scenarios.runner import load_scenario, parse_scenario, rerun, run_scenario
    from diversify.scenarios.store import get_run, list_runs

# These import pandas and the solvers; they load on first use, so the command line starts fast.
_LAZY = {
    "Comparison": "diversify.scenarios.compare",
    "compare": "diversify.scenarios.compare",
    "scenario_figures": "diversify.scenarios.figures",
    "load_scenario": "diversify.scenarios.runner",
    "parse_scenario": "diversify.scenarios.runner",
    "rerun": "diversify.scenarios.runner",
    "run_scenario": "diversify.scenarios.runner",
    "get_run": "diversify.scenarios.store",
    "list_runs": "diversify.scenarios.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diversify.scenarios' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """``compare`` names a submodule and a function: importing the submodule must not hide the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
