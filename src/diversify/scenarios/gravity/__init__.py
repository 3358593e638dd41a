"""Structural gravity: PPML estimation and general-equilibrium counterfactuals.

The one-sector model of Anderson and van Wincoop (2003) as set out by Yotov,
Piermartini, Monteiro and Larch (2016, ch. 2), solved by Newton's method with
analytic derivatives, in two formulations: ``full`` (the market-clearing
endowment-economy equilibrium, the default) and ``gegravity`` (the
counterfactual stage of USITC gegravity 0.3). See ``docs/gravity.md``.
"""

from __future__ import annotations

from diversify.scenarios.gravity.config import (
    FIXED_EFFECTS,
    CostChange,
    FixedEffect,
    GravityConfig,
    parse_gravity_table,
)
from diversify.scenarios.gravity.counterfactual import (
    FORMULATIONS,
    Counterfactual,
    Formulation,
    simulate,
)
from diversify.scenarios.gravity.data import GravityData, gravity_arrays, read_gravity_csv
from diversify.scenarios.gravity.estimate import PpmlResult, estimate_ppml
from diversify.scenarios.gravity.model import CountryOutcome, GravityResult, PairOutcome
from diversify.scenarios.gravity.montecarlo import METRICS, MonteCarloResult
from diversify.scenarios.gravity.run import run_gravity, run_gravity_config
from diversify.scenarios.gravity.solver import (
    Equilibrium,
    Resistances,
    solve_equilibrium,
    solve_resistances,
)
from diversify.scenarios.gravity.synthetic import TRUE_COEFFICIENTS, synthetic_gravity_data
from diversify.scenarios.gravity.uncertainty import UncertaintyConfig, draw_coefficients

__all__ = [
    "FIXED_EFFECTS",
    "FORMULATIONS",
    "METRICS",
    "TRUE_COEFFICIENTS",
    "CostChange",
    "Counterfactual",
    "CountryOutcome",
    "Equilibrium",
    "FixedEffect",
    "Formulation",
    "GravityConfig",
    "GravityData",
    "GravityResult",
    "MonteCarloResult",
    "PairOutcome",
    "PpmlResult",
    "Resistances",
    "UncertaintyConfig",
    "draw_coefficients",
    "estimate_ppml",
    "gravity_arrays",
    "parse_gravity_table",
    "read_gravity_csv",
    "run_gravity",
    "run_gravity_config",
    "simulate",
    "solve_equilibrium",
    "solve_resistances",
    "synthetic_gravity_data",
]
