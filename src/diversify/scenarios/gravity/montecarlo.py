"""Monte Carlo GE: one counterfactual per draw of the cost coefficients (and sigma).

As in gegravity's ``MonteCarloGE``, every trial solves the baseline and the
counterfactual with its own coefficients, so a band reflects how the estimated
trade costs move both states. The one-shot solve is reused: its baseline
resistances start each trial's Newton iterations, and a trial at exactly the
point estimates returns the one-shot figures. Trials run in worker processes (forked, so the
arrays are shared rather than copied), in chunks; a trial keeps only its
countries' four headline figures (and the asked pairs'), never its trade
matrices, so memory grows by ``8 * (4 n + pairs)`` bytes per trial (about 2 KB
for 69 countries) on top of the one-shot solve. A trial that does not converge
is counted in ``failed`` and left out of the bands.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

import numpy as np

from diversify.errors import SolverError
from diversify.scenarios.bands import bands
from diversify.scenarios.gravity.counterfactual import Formulation, simulate
from diversify.scenarios.gravity.solver import Resistances

METRICS: tuple[str, ...] = (
    "gdp_change_pct",
    "welfare",
    "factory_gate_price_change_pct",
    "foreign_exports_change_pct",
)
_MAX_COST_INDEX_RANGE = 700.0
# Below this many trials per worker, starting processes costs more than it saves.
_MIN_TRIALS_PER_WORKER = 8


@dataclass(frozen=True)
class TrialModel:
    """What every trial shares: the data as arrays and the solver settings.

    ``costs`` and ``new_costs`` stack the cost variables (in ``variables`` order)
    as ``k x n x n`` arrays, baseline and counterfactual.
    """

    variables: tuple[str, ...]
    costs: np.ndarray
    new_costs: np.ndarray
    output: np.ndarray
    expenditure: np.ndarray
    reference: int
    formulation: Formulation
    tolerance: float
    max_iterations: int
    pairs: tuple[tuple[int, int], ...] = ()
    start: Resistances | None = None
    point: np.ndarray | None = None
    point_sigma: float | None = None
    point_row: np.ndarray | None = None

    @property
    def width(self) -> int:
        return len(METRICS) * len(self.output) + len(self.pairs)

    def with_point(self, beta: np.ndarray, sigma: float) -> TrialModel:
        """This model reusing the one-shot solve: its baseline resistances start every
        trial's Newton iterations, and a trial at exactly the point estimates (and sigma)
        is the one-shot result itself."""
        from dataclasses import replace

        cold = solve_cold(self, beta, sigma)
        return replace(
            self,
            start=cold.start,
            point=np.array(beta, dtype=float),
            point_sigma=float(sigma),
            point_row=cold.row,
        )


@dataclass(frozen=True)
class _Cold:
    row: np.ndarray
    start: Resistances | None


def solve_cold(model: TrialModel, beta: np.ndarray, sigma: float) -> _Cold:
    """A trial solved from a cold start, as the one-shot run solves it (bit for bit),
    with its baseline resistances."""
    from dataclasses import replace

    cold = replace(model, start=None, point=None, point_row=None)
    row, cf = _solve(cold, beta, sigma)
    if cf is None:
        return _Cold(row, None)
    power = 1.0 - cf.sigma
    start = Resistances(
        log_inward=power * np.log(cf.baseline_imr),
        log_outward=power * np.log(cf.baseline_omr),
        iterations=0,
        residual=0.0,
    )
    return _Cold(row, start)


def solve_trial(model: TrialModel, beta: np.ndarray, sigma: float) -> np.ndarray:
    """One trial's figures: the four metrics by country (metric-major), then pair trade changes.

    Returns NaN everywhere when the trial does not converge.
    """
    if (
        model.point_row is not None
        and model.point is not None
        and sigma == model.point_sigma
        and np.array_equal(beta, model.point)
    ):
        return model.point_row.copy()
    return _solve(model, beta, sigma)[0]


def _solve(model: TrialModel, beta: np.ndarray, sigma: float) -> tuple[np.ndarray, Any]:
    # The same sum, in the same order, as the one-shot cost index, so a trial at the
    # point estimates reproduces the one-shot result bit for bit.
    log_phi = np.zeros_like(model.costs[0])
    log_phi_new = np.zeros_like(model.costs[0])
    for k, b in enumerate(beta.tolist()):
        log_phi = log_phi + b * model.costs[k]
        log_phi_new = log_phi_new + b * model.new_costs[k]
    failed = np.full(model.width, np.nan)
    for values in (log_phi, log_phi_new):
        spread = float(np.ptp(values))
        if not np.isfinite(spread) or spread > _MAX_COST_INDEX_RANGE:
            return failed, None
    try:
        cf = simulate(
            log_phi,
            log_phi_new,
            model.output,
            model.expenditure,
            sigma,
            model.reference,
            formulation=model.formulation,
            tolerance=model.tolerance,
            max_iterations=model.max_iterations,
            start=model.start,
        )
    except SolverError:
        return failed, None
    parts = [
        cf.gdp_change_pct,
        cf.welfare,
        cf.output_change_pct,
        cf.foreign_exports_change_pct,
    ]
    if model.pairs:
        rows, cols = zip(*model.pairs, strict=True)
        parts.append(
            100.0 * (cf.counterfactual_trade[rows, cols] / cf.baseline_trade[rows, cols] - 1.0)
        )
    out = np.concatenate(parts)
    return (out, cf) if np.all(np.isfinite(out)) else (failed, None)


_SHARED: dict[str, Any] = {}


def _solve_chunk(start: int, stop: int) -> np.ndarray:
    model: TrialModel = _SHARED["model"]
    betas: np.ndarray = _SHARED["betas"]
    sigmas: np.ndarray = _SHARED["sigmas"]
    return np.stack([solve_trial(model, betas[t], float(sigmas[t])) for t in range(start, stop)])


def _worker_count(requested: int, draws: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = requested or cores or 1
    return max(1, min(workers, draws // _MIN_TRIALS_PER_WORKER))


def run_trials(
    model: TrialModel, betas: np.ndarray, sigmas: np.ndarray, *, workers: int = 0
) -> np.ndarray:
    """Solve every trial; ``trials x model.width``, NaN rows for failed trials.

    Parameters
    ----------
    model
        The shared arrays and settings.
    betas
        ``trials x k`` coefficients, columns in ``model.variables`` order.
    sigmas
        One sigma per trial.
    workers
        Processes (0: one per core). Results do not depend on it: the draws are
        made before the trials are split.
    """
    draws = len(betas)
    n_workers = _worker_count(workers, draws)
    _SHARED.update(model=model, betas=betas, sigmas=sigmas)
    try:
        if n_workers == 1 or "fork" not in _start_methods():
            return _solve_chunk(0, draws)
        # Several chunks per worker even out trials that take longer to converge.
        bounds = np.linspace(0, draws, 4 * n_workers + 1).astype(int)
        chunks = [(int(a), int(b)) for a, b in itertools.pairwise(bounds) if b > a]
        with ProcessPoolExecutor(n_workers, mp_context=get_context("fork")) as pool:
            parts = list(pool.map(_solve_chunk, *zip(*chunks, strict=True)))
        return np.concatenate(parts)
    finally:
        _SHARED.clear()


def _start_methods() -> list[str]:
    from multiprocessing import get_all_start_methods

    return get_all_start_methods()


@dataclass(frozen=True)
class MonteCarloResult:
    """Bands of a gravity scenario over its trials.

    Attributes
    ----------
    draws
        Trials run.
    failed
        Trials that did not converge (left out of every band).
    seed
        Seed of the draws; ``None`` when they were replayed from a file.
    seconds
        Wall time of the trials.
    countries
        Country codes, the order of ``values``.
    pairs
        The pairs with a band on their trade.
    values
        ``trials x (4 n + pairs)``: per trial, each metric for every country
        (metric-major, in :data:`METRICS` order), then each pair's trade change.
    coefficients
        ``trials x k`` coefficients used, columns named by ``variables``.
    variables
        The cost variables, in column order of ``coefficients``.
    sigmas
        Sigma of each trial.
    """

    draws: int
    failed: int
    seed: int | None
    seconds: float
    countries: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    values: np.ndarray = field(repr=False)
    coefficients: np.ndarray = field(repr=False)
    variables: tuple[str, ...] = ()
    sigmas: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)

    def metric(self, name: str) -> np.ndarray:
        """``trials x n`` values of one metric (NaN rows for failed trials)."""
        n = len(self.countries)
        k = METRICS.index(name)
        return self.values[:, k * n : (k + 1) * n]

    def to_dict(self) -> dict[str, Any]:
        """The ``uncertainty`` object of the JSON contract."""
        n = len(self.countries)
        summary = bands(self.values)
        countries = []
        for i, code in enumerate(self.countries):
            row: dict[str, Any] = {"country": code}
            for k, name in enumerate(METRICS):
                row[name] = summary[k * n + i]
            countries.append(row)
        out: dict[str, Any] = {
            "draws": self.draws,
            "failed": self.failed,
            "seed": self.seed,
            "seconds": self.seconds,
            "countries": countries,
        }
        if self.pairs:
            out["pairs"] = [
                {"exporter": a, "importer": b, "trade_change_pct": summary[len(METRICS) * n + p]}
                for p, (a, b) in enumerate(self.pairs)
            ]
        return out

    def trial_rows(self) -> list[dict[str, Any]]:
        """One record per trial and country: the drawn inputs and the four metrics."""
        n = len(self.countries)
        rows = []
        for t in range(self.draws):
            inputs: dict[str, Any] = {"trial": t, "converged": bool(np.isfinite(self.values[t, 0]))}
            inputs.update(zip(self.variables, self.coefficients[t].tolist(), strict=True))
            inputs["sigma"] = float(self.sigmas[t])
            for i, code in enumerate(self.countries):
                row = {**inputs, "country": code}
                for k, name in enumerate(METRICS):
                    v = float(self.values[t, k * n + i])
                    row[name] = v if np.isfinite(v) else None
                rows.append(row)
        return rows


def monte_carlo(
    model: TrialModel,
    countries: Sequence[str],
    pairs: Sequence[tuple[str, str]],
    betas: np.ndarray,
    sigmas: np.ndarray,
    *,
    seed: int | None,
    workers: int = 0,
) -> MonteCarloResult:
    """Run the trials and keep what the bands need."""
    start = time.perf_counter()
    values = run_trials(model, betas, sigmas, workers=workers)
    seconds = time.perf_counter() - start
    failed = int(np.sum(~np.all(np.isfinite(values), axis=1)))
    return MonteCarloResult(
        draws=len(betas),
        failed=failed,
        seed=seed,
        seconds=seconds,
        countries=tuple(countries),
        pairs=tuple(pairs),
        values=values,
        coefficients=betas,
        variables=model.variables,
        sigmas=sigmas,
    )
