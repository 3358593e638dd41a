"""Set up the Monte Carlo of a gravity scenario: the draws, the shared arrays, the run."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from diversify.errors import InputError
from diversify.scenarios.gravity.config import GravityConfig
from diversify.scenarios.gravity.data import GravityData, resolve_country
from diversify.scenarios.gravity.estimate import PpmlResult
from diversify.scenarios.gravity.montecarlo import MonteCarloResult, TrialModel, monte_carlo
from diversify.scenarios.gravity.uncertainty import (
    ESTIMATED,
    UncertaintyConfig,
    check_covariance,
    draw_coefficients,
    read_covariance_csv,
    read_draws_csv,
)

_WHERE = "gravity.uncertainty"


def coefficient_sample(
    u: UncertaintyConfig, coefficients: Mapping[str, float], ppml: PpmlResult | None
) -> pd.DataFrame:
    """Draws (or replayed draws): variables (and possibly ``sigma``) in rows, trials in columns."""
    variables = list(coefficients)
    if u.draws_file is not None:
        sample = read_draws_csv(u.draws_file, variables)
        if u.draws is not None and u.draws != sample.shape[1]:
            raise InputError(
                f"draws = {u.draws} but {u.draws_file.name} has {sample.shape[1]} trial columns",
                field=f"{_WHERE}.draws",
            )
        return sample
    if u.covariance == ESTIMATED:
        if ppml is None or not ppml.covariance:
            raise InputError(
                'covariance = "estimated" needs the PPML fit (estimate = true)',
                field=f"{_WHERE}.covariance",
            )
        cov = pd.DataFrame(ppml.covariance).loc[variables, variables]
        check_covariance(cov.to_numpy(), variables, "the PPML fit")
    else:
        cov = read_covariance_csv(u.covariance, variables)  # type: ignore[arg-type]
    if u.draws is None or u.seed is None:  # parse_uncertainty sets both without a draws_file
        raise ValueError("draws and seed are needed to draw coefficients")
    return draw_coefficients(coefficients, cov, u.draws, u.seed)


def gravity_monte_carlo(
    config: GravityConfig,
    data: GravityData,
    new_costs: Mapping[str, np.ndarray],
    coefficients: Mapping[str, float],
    *,
    reference: int,
    ppml: PpmlResult | None,
) -> MonteCarloResult:
    """Run the trials of ``config.uncertainty`` around the one-shot scenario."""
    u = config.uncertainty
    if u is None:
        raise ValueError("the scenario has no [gravity.uncertainty] table")
    variables = tuple(coefficients)
    sample = coefficient_sample(u, coefficients, ppml)
    draws = sample.shape[1]
    varied = list(u.variables) if u.variables else [v for v in sample.index if v != "sigma"]
    source = "draws_file" if u.draws_file is not None else "covariance"
    for v in varied:
        if v not in sample.index:
            raise InputError(
                f"{v!r} varies but the {source} has no row for it "
                f"(it has {', '.join(sample.index)})",
                field=f"{_WHERE}.variables",
            )
    betas = np.tile(np.array([coefficients[v] for v in variables], dtype=float), (draws, 1))
    for v in varied:
        betas[:, variables.index(v)] = sample.loc[v].to_numpy(dtype=float)
    if "sigma" in sample.index:
        sigmas = sample.loc["sigma"].to_numpy(dtype=float)
    elif u.sigma is not None:
        sigmas = u.sigma.sample(draws, u.seed or 0)
    else:
        sigmas = np.full(draws, config.sigma)

    pairs = []
    for i, (a, b) in enumerate(u.pairs):
        where = f"{_WHERE}.pairs[{i}]"
        pairs.append((resolve_country(data, a, where), resolve_country(data, b, where)))
    model = TrialModel(
        variables=variables,
        costs=np.stack([data.costs[v] for v in variables]),
        new_costs=np.stack([new_costs[v] for v in variables]),
        output=data.output,
        expenditure=data.expenditure,
        reference=reference,
        formulation=config.formulation,
        tolerance=config.tolerance,
        max_iterations=config.max_iterations,
        pairs=tuple((data.index(a), data.index(b)) for a, b in pairs),
    )
    point = np.array([coefficients[v] for v in variables], dtype=float)
    model = model.with_point(point, config.sigma)
    return monte_carlo(
        model, data.countries, pairs, betas, sigmas, seed=u.seed, workers=u.workers
    )
