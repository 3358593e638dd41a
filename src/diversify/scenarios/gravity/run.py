"""Run the ``[gravity]`` table of a scenario: read, (estimate), solve, report."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from diversify.errors import InputError, SolverError
from diversify.scenarios.gravity.config import GravityConfig, parse_gravity_table
from diversify.scenarios.gravity.counterfactual import simulate
from diversify.scenarios.gravity.data import (
    cost_index,
    counterfactual_costs,
    gravity_arrays,
    no_op_note,
    read_gravity_csv,
    resolve_changes,
    resolve_country,
)
from diversify.scenarios.gravity.estimate import PpmlResult, estimate_ppml
from diversify.scenarios.gravity.model import GravityResult, build_result

# Beyond this a cost index overflows exp() long before any solver sees it.
_MAX_COST_INDEX_RANGE = 700.0


def run_gravity(table: Mapping[str, Any], base_dir: Path) -> GravityResult:
    """Run a ``[gravity]`` scenario table.

    Parameters
    ----------
    table
        The ``[gravity]`` table as parsed by :mod:`tomllib` (see
        :mod:`diversify.scenarios.gravity.config` for its keys).
    base_dir
        Directory of the scenario file; ``data`` is relative to it.

    Returns
    -------
    GravityResult
        Its ``to_dict()`` is the JSON the CLI prints.

    Raises
    ------
    InputError
        For bad input, naming the field or file, line and column.
    SolverError
        If the model does not converge.
    """
    return run_gravity_config(parse_gravity_table(table, Path(base_dir)))


def run_gravity_config(config: GravityConfig) -> GravityResult:
    """Run an already parsed :class:`GravityConfig`."""
    frame = read_gravity_csv(config.data, config.cost_variables, need_trade=config.estimate)
    ppml: PpmlResult | None = None
    if config.estimate:
        try:
            ppml = estimate_ppml(frame, config.cost_variables, fixed_effects=config.fixed_effects)
        except InputError as exc:
            raise InputError(
                exc.message,
                path=exc.path,
                line=exc.line,
                field=f"gravity.{exc.field}" if exc.field else None,
            ) from exc
        if ppml.absorbed:
            raise InputError(
                f"the fixed effects ({', '.join(config.fixed_effects)}) absorb "
                f"{', '.join(ppml.absorbed)}, so no coefficient can be estimated for it; "
                "drop it from cost_variables or use fewer fixed effects",
                field="gravity.cost_variables",
            )
        coefficients = dict(ppml.coefficients)
    else:
        coefficients = dict(config.coefficients or {})

    data = gravity_arrays(frame, config.year, config.cost_variables, config.data)
    reference = resolve_country(data, config.reference_importer, "gravity.reference_importer")
    changes = resolve_changes(data, config.changes)
    new_costs = counterfactual_costs(data, changes)
    log_phi = cost_index(data.costs, coefficients)
    log_phi_new = cost_index(new_costs, coefficients)
    for values, state in ((log_phi, "baseline"), (log_phi_new, "counterfactual")):
        spread = float(np.ptp(values))
        if not np.isfinite(spread) or spread > _MAX_COST_INDEX_RANGE:
            raise InputError(
                f"the {state} trade-cost index sum(beta * x) spans {spread:.3g} across pairs, "
                "beyond what floating point can represent; check the coefficients and the "
                "units of the cost variables",
                field="gravity.coefficients",
            )

    start = time.perf_counter()
    try:
        solution = simulate(
            log_phi,
            log_phi_new,
            data.output,
            data.expenditure,
            config.sigma,
            data.index(reference),
            formulation=config.formulation,
            tolerance=config.tolerance,
            max_iterations=config.max_iterations,
        )
    except SolverError as exc:
        raise SolverError(
            f"gravity ({config.formulation}, {data.year}, sigma {config.sigma:g}): {exc}; "
            f"solver settings gravity.max_iterations = {config.max_iterations}, "
            f"gravity.tolerance = {config.tolerance:g}"
        ) from exc
    seconds = time.perf_counter() - start
    result = build_result(
        solution,
        data.countries,
        seconds=seconds,
        year=data.year,
        reference_importer=reference,
        coefficients=coefficients,
        ppml=ppml,
        tolerance=config.tolerance,
        note=no_op_note(data, changes),
    )
    if config.uncertainty is None:
        return result
    from dataclasses import replace

    from diversify.scenarios.gravity.trials import gravity_monte_carlo

    bands = gravity_monte_carlo(
        config, data, new_costs, coefficients, reference=data.index(reference), ppml=ppml
    )
    return replace(result, uncertainty=bands)
