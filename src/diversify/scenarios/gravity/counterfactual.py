"""General-equilibrium counterfactuals of the one-sector structural gravity model.

Both formulations share the baseline: multilateral resistances solved from the
baseline trade costs and the observed output and expenditure shares, and the
baseline trade the model implies, ``X_ij = phi_ij (Y_i/Y) E_j / (Pi_i^(1-s) P_j^(1-s))``.
They differ only in the counterfactual stage:

``full``
    The endowment-economy equilibrium of Yotov et al. (2016, ch. 2): output
    ``p_i Y_i`` and expenditure follow the factory-gate prices and feed back into
    the resistances until every market clears (:func:`solver.solve_equilibrium`).
``gegravity``
    The counterfactual stage of USITC gegravity 0.3: resistances are re-solved
    with the new costs but the baseline output and expenditure shares, and the
    prices follow in one step, ``p_i = (Pi_i^(1-s) / Pi_i'^(1-s))^(1/(1-s))``.
    Output and expenditure then move with ``p``, so the resulting trade does not
    clear markets exactly.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from diversify.errors import SolverError
from diversify.scenarios.gravity.solver import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_TOLERANCE,
    Resistances,
    solve_equilibrium,
    solve_resistances,
)

Formulation = Literal["full", "gegravity"]
FORMULATIONS: tuple[Formulation, ...] = ("full", "gegravity")

# Below this many countries the matrices are small enough that one BLAS thread is
# fastest, and a multi-threaded BLAS on a busy machine can be ten times slower.
_THREADED_FROM = 400


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # optional: without it BLAS keeps its own thread count
        return None
    return ThreadpoolController()


def _blas_threads_for(n: int) -> AbstractContextManager[Any]:
    controller = _blas_controller()
    if controller is None or n >= _THREADED_FROM:
        return nullcontext()
    return controller.limit(limits=1, user_api="blas")


@dataclass(frozen=True)
class Counterfactual:
    """Baseline and counterfactual of one experiment, by country index.

    Arrays are ordered like the ``countries`` the caller used; matrices have
    exporters in rows and importers in columns. Percent changes are
    ``100 * (new / old - 1)``.

    Attributes
    ----------
    formulation
        ``"full"`` or ``"gegravity"``.
    price
        Counterfactual factory-gate prices (baseline 1).
    baseline_imr, counterfactual_imr, baseline_omr, counterfactual_omr
        Inward ``P_j`` and outward ``Pi_i`` multilateral resistances in levels.
    output_change_pct, expenditure_change_pct, gdp_change_pct
        Nominal output, nominal expenditure and real GDP (``Y_i / P_i``).
    terms_of_trade_change_pct
        Change in ``p_i / P_i``.
    welfare
        ``(E_i / P_i) / (E'_i / P'_i)``, the statistic gegravity reports (below one
        is a gain).
    baseline_trade, counterfactual_trade
        Modelled bilateral flows in the units of the expenditure data.
    iterations
        Newton iterations over the baseline and counterfactual solves.
    market_clearing_residual
        ``max_i |sum_j X'_ij / (p_i sum_j X_ij) - 1|``: how far counterfactual
        sales are from counterfactual output.
    """

    formulation: Formulation
    sigma: float
    price: np.ndarray
    baseline_imr: np.ndarray
    counterfactual_imr: np.ndarray
    baseline_omr: np.ndarray
    counterfactual_omr: np.ndarray
    output_change_pct: np.ndarray
    expenditure_change_pct: np.ndarray
    gdp_change_pct: np.ndarray
    terms_of_trade_change_pct: np.ndarray
    welfare: np.ndarray
    baseline_trade: np.ndarray
    counterfactual_trade: np.ndarray
    iterations: int
    market_clearing_residual: float

    @property
    def foreign_exports_change_pct(self) -> np.ndarray:
        return _foreign_change(self.baseline_trade, self.counterfactual_trade, axis=1)

    @property
    def foreign_imports_change_pct(self) -> np.ndarray:
        return _foreign_change(self.baseline_trade, self.counterfactual_trade, axis=0)

    @property
    def imr_change_pct(self) -> np.ndarray:
        return 100.0 * (self.counterfactual_imr / self.baseline_imr - 1.0)

    @property
    def omr_change_pct(self) -> np.ndarray:
        return 100.0 * (self.counterfactual_omr / self.baseline_omr - 1.0)

    @property
    def trade_change_pct(self) -> np.ndarray:
        return 100.0 * (self.counterfactual_trade / self.baseline_trade - 1.0)


def _foreign_change(base: np.ndarray, new: np.ndarray, axis: int) -> np.ndarray:
    off = ~np.eye(base.shape[0], dtype=bool)
    before = np.where(off, base, 0.0).sum(axis=axis)
    after = np.where(off, new, 0.0).sum(axis=axis)
    return 100.0 * (after / before - 1.0)


def simulate(
    log_phi_baseline: np.ndarray,
    log_phi_counterfactual: np.ndarray,
    output: np.ndarray,
    expenditure: np.ndarray,
    sigma: float,
    reference: int,
    *,
    formulation: Formulation = "full",
    tolerance: float = DEFAULT_TOLERANCE,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    start: Resistances | None = None,
) -> Counterfactual:
    """Solve the baseline and one counterfactual.

    Parameters
    ----------
    log_phi_baseline, log_phi_counterfactual
        ``log t_ij^(1-sigma)`` (the cost index ``sum_k beta_k x_ij^k``) before and
        after the change; exporters in rows.
    output, expenditure
        Baseline ``Y_i`` and ``E_j`` in levels (positive).
    sigma
        Elasticity of substitution, > 1.
    reference
        Index of the reference importer, whose ``P`` is 1 in both states.
    formulation
        ``"full"`` (market-clearing equilibrium) or ``"gegravity"``.
    tolerance, max_iterations
        Solver controls (relative residual, Newton iterations per solve).
    start
        Baseline resistances of a nearby problem to start Newton from (the
        Monte Carlo passes the one-shot baseline); with it the ``gegravity``
        counterfactual also starts from this problem's baseline. Without it
        every solve starts cold, as a one-shot run does.

    Returns
    -------
    Counterfactual

    Raises
    ------
    SolverError
        If a solve does not converge or the inputs are not usable numbers.
    """
    if formulation not in FORMULATIONS:
        raise SolverError(f"unknown formulation '{formulation}' (expected one of {FORMULATIONS})")
    if not sigma > 1:
        raise SolverError(f"sigma must be greater than 1, got {sigma}")
    with _blas_threads_for(len(output)):
        return _simulate(
            log_phi_baseline,
            log_phi_counterfactual,
            output,
            expenditure,
            sigma,
            reference,
            formulation,
            tolerance,
            max_iterations,
            start,
        )


def _simulate(
    log_phi_baseline: np.ndarray,
    log_phi_counterfactual: np.ndarray,
    output: np.ndarray,
    expenditure: np.ndarray,
    sigma: float,
    reference: int,
    formulation: Formulation,
    tolerance: float,
    max_iterations: int,
    start: Resistances | None = None,
) -> Counterfactual:
    output = np.asarray(output, dtype=float)
    expenditure = np.asarray(expenditure, dtype=float)
    y = output / output.sum()
    e = expenditure / expenditure.sum()
    power = 1.0 - sigma

    base = solve_resistances(
        log_phi_baseline,
        y,
        e,
        reference,
        tolerance=tolerance,
        max_iterations=max_iterations,
        label="baseline resistances",
        start=start,
    )
    if formulation == "full":
        eq = solve_equilibrium(
            log_phi_counterfactual,
            y,
            e,
            base,
            sigma,
            reference,
            tolerance=tolerance,
            max_iterations=max_iterations,
        )
        price = eq.price
        log_in, log_out = eq.log_inward, eq.log_outward
        iterations = base.iterations + eq.iterations
        # World nominal spending moves with the output-weighted price; each country
        # keeps its share of it in proportion to p_j e_j.
        world = float(price @ y)
        expenditure_ratio = eq.expenditure_share / e * world
        log_cf_trade = (
            log_phi_counterfactual
            + np.log(eq.output_share)[:, None]
            + np.log(eq.expenditure_share * world * expenditure.sum())[None, :]
        )
    else:
        cf = solve_resistances(
            log_phi_counterfactual,
            y,
            e,
            reference,
            tolerance=tolerance,
            max_iterations=max_iterations,
            label="counterfactual resistances",
            start=base if start is not None else None,
        )
        log_in, log_out = cf.log_inward, cf.log_outward
        price = np.exp((base.log_outward - log_out) / power)
        iterations = base.iterations + cf.iterations
        expenditure_ratio = price
        new_output = price * output
        log_cf_trade = (
            log_phi_counterfactual
            + np.log(new_output / new_output.sum())[:, None]
            + np.log(price * expenditure)[None, :]
        )

    log_base_trade = log_phi_baseline + np.log(y)[:, None] + np.log(expenditure)[None, :]
    baseline_trade = np.exp(log_base_trade - base.log_outward[:, None] - base.log_inward[None, :])
    counterfactual_trade = np.exp(log_cf_trade - log_out[:, None] - log_in[None, :])
    if not (np.all(np.isfinite(baseline_trade)) and np.all(np.isfinite(counterfactual_trade))):
        raise SolverError("modelled trade flows are not finite")

    baseline_imr = np.exp(base.log_inward / power)
    counterfactual_imr = np.exp(log_in / power)
    baseline_omr = np.exp(base.log_outward / power)
    counterfactual_omr = np.exp(log_out / power)
    imr_ratio = np.exp((log_in - base.log_inward) / power)
    gdp_ratio = price / imr_ratio
    welfare = imr_ratio / expenditure_ratio
    sales = counterfactual_trade.sum(axis=1)
    target = price * baseline_trade.sum(axis=1)
    residual = float(np.max(np.abs(sales / target - 1.0)))
    return Counterfactual(
        formulation=formulation,
        sigma=float(sigma),
        price=price,
        baseline_imr=baseline_imr,
        counterfactual_imr=counterfactual_imr,
        baseline_omr=baseline_omr,
        counterfactual_omr=counterfactual_omr,
        output_change_pct=100.0 * (price - 1.0),
        expenditure_change_pct=100.0 * (expenditure_ratio - 1.0),
        gdp_change_pct=100.0 * (gdp_ratio - 1.0),
        terms_of_trade_change_pct=100.0 * (gdp_ratio - 1.0),
        welfare=welfare,
        baseline_trade=baseline_trade,
        counterfactual_trade=counterfactual_trade,
        iterations=iterations,
        market_clearing_residual=residual,
    )
