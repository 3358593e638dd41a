"""Vectorised solvers of the one-sector structural gravity system.

Notation (Yotov, Piermartini, Monteiro and Larch 2016, ch. 2): ``phi[i, j]`` is
``t_ij^(1-sigma)`` for exporter ``i`` and importer ``j``, always passed as its
logarithm ``log_phi`` (the linear index ``sum_k beta_k x_ij^k``) so that large
cost indices never overflow; ``y`` and ``e`` are world output and expenditure
shares (each sums to one); ``P_j^(1-sigma)`` and ``Pi_i^(1-sigma)`` are the inward
and outward multilateral resistances, normalised by ``P_ref = 1``.

Two problems are solved here:

* :func:`solve_resistances`, the Anderson-van Wincoop system
  ``P_j^(1-s) = sum_i phi_ij y_i / Pi_i^(1-s)`` and
  ``Pi_i^(1-s) = sum_j phi_ij e_j / P_j^(1-s)``. It is the first-order condition
  of a convex potential (a matrix-scaling problem), so damped Newton on that
  potential with an analytic Hessian converges from any start, quadratically at
  the end, with no rescaling knob.
* :func:`solve_equilibrium`, the endowment-economy equilibrium: factory-gate
  prices such that every country's sales equal its output when output and
  expenditure move with the prices. Newton with an analytic Jacobian and a
  backtracking line search on the market-clearing residual.

Both report iterations and residual and raise :class:`~diversify.errors.SolverError`
rather than return an unconverged answer.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from scipy import linalg

from diversify.errors import SolverError

DEFAULT_TOLERANCE = 1e-12
DEFAULT_MAX_ITERATIONS = 100
_ARMIJO = 1e-4
_MAX_HALVINGS = 60


@dataclass(frozen=True)
class Resistances:
    """Multilateral resistances solving the Anderson-van Wincoop system.

    Attributes
    ----------
    log_inward
        ``log P_j^(1-sigma)`` by importer; zero for the reference importer.
    log_outward
        ``log Pi_i^(1-sigma)`` by exporter.
    iterations
        Newton iterations taken.
    residual
        Largest relative gap between the model's sales (purchases) shares and
        ``y`` (``e``) at the solution.
    """

    log_inward: np.ndarray
    log_outward: np.ndarray
    iterations: int
    residual: float


@dataclass(frozen=True)
class Equilibrium:
    """Endowment-economy equilibrium after a change in trade costs.

    Attributes
    ----------
    price
        Factory-gate prices ``p_i`` relative to the baseline (baseline = 1),
        in units where the reference importer's price index is 1.
    log_inward, log_outward
        Counterfactual ``log P_j^(1-sigma)`` and ``log Pi_i^(1-sigma)``.
    output_share, expenditure_share
        Counterfactual world shares ``p_i y_i / sum p y`` and ``p_j e_j / sum p e``.
    iterations
        Newton iterations taken.
    residual
        Largest relative gap between a country's sales and its output.
    """

    price: np.ndarray
    log_inward: np.ndarray
    log_outward: np.ndarray
    output_share: np.ndarray
    expenditure_share: np.ndarray
    iterations: int
    residual: float


def logsumexp(a: np.ndarray, axis: int | None = None) -> np.ndarray:
    """``log(sum(exp(a)))`` along ``axis``, shifted by the maximum so it never overflows.

    The same result as :func:`scipy.special.logsumexp` for finite input, without
    its per-call overhead (about 0.4 ms, which dominated the small solves that a
    Monte Carlo repeats thousands of times).
    """
    peak = np.max(a, axis=axis, keepdims=True)
    out = np.log(np.sum(np.exp(a - peak), axis=axis, keepdims=True)) + peak
    return out.squeeze() if axis is None else np.squeeze(out, axis=axis)


def _check_inputs(log_phi: np.ndarray, y: np.ndarray, e: np.ndarray, reference: int) -> None:
    n = y.shape[0]
    if log_phi.shape != (n, n) or e.shape != (n,):
        raise SolverError(f"shape mismatch: costs {log_phi.shape}, shares {y.shape} and {e.shape}")
    if n < 2:
        raise SolverError("the gravity system needs at least two countries")
    if not 0 <= reference < n:
        raise SolverError(f"reference index {reference} outside 0..{n - 1}")
    if not np.all(np.isfinite(log_phi)):
        raise SolverError("trade costs are not finite (check coefficients and cost variables)")
    if np.any(y <= 0) or np.any(e <= 0) or not (np.all(np.isfinite(y)) and np.all(np.isfinite(e))):
        raise SolverError("output and expenditure shares must be positive and finite")


def _newton_step(matrix: np.ndarray, rhs: np.ndarray, *, positive: bool) -> np.ndarray:
    # An ill-conditioned step is not an error: convergence is judged by the residual.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", linalg.LinAlgWarning)
        return linalg.solve(matrix, rhs, assume_a="pos" if positive else "gen")


def _scaling_residual(m: np.ndarray, y: np.ndarray, e: np.ndarray) -> float:
    return float(
        max(np.max(np.abs(m.sum(axis=1) / y - 1.0)), np.max(np.abs(m.sum(axis=0) / e - 1.0)))
    )


def solve_resistances(
    log_phi: np.ndarray,
    y: np.ndarray,
    e: np.ndarray,
    reference: int,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    label: str = "resistances",
    start: Resistances | None = None,
) -> Resistances:
    """Solve the multilateral-resistance system by Newton's method.

    With ``b_i = 1/Pi_i^(1-s)`` and ``a_j = 1/P_j^(1-s)`` the system says that
    ``M_ij = phi_ij y_i e_j a_j b_i`` has row sums ``y`` and column sums ``e``:
    the gradient of the convex potential
    ``f(x, z) = sum_ij phi_ij y_i e_j exp(x_i + z_j) - y.x - e.z`` in
    ``x = log b`` and ``z = log a``, with ``z_ref = 0`` removing the one flat
    direction (imposed at the largest importer during the iteration, then
    shifted to the reference). Each step solves the Hessian system through its
    Schur complement (size ``n - 1``).

    Parameters
    ----------
    log_phi
        ``log t_ij^(1-sigma)``, exporters in rows, importers in columns.
    y, e
        Output and expenditure shares, each summing to one.
    reference
        Index of the reference importer (``P_ref = 1``).
    tolerance
        Largest accepted relative residual.
    max_iterations
        Newton iterations before giving up.
    label
        Names the problem in error messages.
    start
        Resistances to start from (a nearby problem's solution, e.g. the baseline
        of a Monte Carlo's point estimates); by default every row sum starts exact.

    Returns
    -------
    Resistances

    Raises
    ------
    SolverError
        If the iteration does not reach ``tolerance`` within ``max_iterations``.
    """
    _check_inputs(log_phi, y, e, reference)
    n = y.shape[0]
    log_k = log_phi + np.log(y)[:, None] + np.log(e)[None, :]
    # Newton fixes z at the largest importer, whose equation is then implied by the
    # others; its share is large, so the rounding it absorbs stays negligible in
    # relative terms (a small reference importer would magnify it). The
    # normalisation P_ref = 1 is applied at the end, an exact shift along the flat
    # direction (x + c, z - c).
    anchor = int(np.argmax(e))
    free = np.arange(n) != anchor
    if start is None:
        z = np.zeros(n)
        # Start with every row sum exactly right; only the columns remain to fix.
        x = np.log(y) - logsumexp(log_k, axis=1)
    else:
        # The same point moved along the flat direction (x + c, z - c) to z_anchor = 0.
        shift = float(-start.log_inward[anchor])
        x = -start.log_outward + shift
        z = -start.log_inward - shift

    def evaluate(x: np.ndarray, z: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(over="ignore", invalid="ignore"):
            m = np.exp(log_k + x[:, None] + z[None, :])
            value = float(m.sum() - y @ x - e @ z)
        return value, m

    value, m = evaluate(x, z)
    iterations = 0
    while True:
        r = m.sum(axis=1)
        c = m.sum(axis=0)
        residual = _scaling_residual(m, y, e)
        if not np.isfinite(residual):
            raise SolverError(
                f"{label}: the iteration left the finite range after {iterations} steps"
            )
        if residual <= tolerance:
            break
        if iterations >= max_iterations:
            raise SolverError(
                f"{label}: not converged after {iterations} Newton iterations "
                f"(relative residual {residual:.3e}, tolerance {tolerance:.1e})"
            )
        g_x = r - y
        g_z = c - e
        scaled = m / r[:, None]
        schur = np.diag(c) - m.T @ scaled
        rhs = -g_z + scaled.T @ g_x
        d_z = np.zeros(n)
        try:
            d_z[free] = _newton_step(schur[np.ix_(free, free)], rhs[free], positive=True)
        except (linalg.LinAlgError, ValueError) as exc:
            raise SolverError(f"{label}: singular Newton system at iteration {iterations}") from exc
        d_x = -(g_x + m @ d_z) / r
        slope = float(g_x @ d_x + g_z @ d_z)
        step = 1.0
        for _ in range(_MAX_HALVINGS):
            new_value, new_m = evaluate(x + step * d_x, z + step * d_z)
            if not np.isfinite(new_value):
                step *= 0.5
                continue
            if new_value <= value + _ARMIJO * step * slope:
                break
            # Near the solution the potential is flat to rounding, so sufficient
            # decrease cannot be seen; there a step that shrinks the residual is taken.
            if -slope < 1e-8 * (1.0 + abs(value)) and _scaling_residual(new_m, y, e) < residual:
                break
            step *= 0.5
        else:
            raise SolverError(
                f"{label}: line search failed at iteration {iterations} "
                f"(relative residual {residual:.3e})"
            )
        x = x + step * d_x
        z = z + step * d_z
        value, m = new_value, new_m
        iterations += 1
    shift = z[reference]
    x, z = x + shift, z - shift
    _, m = evaluate(x, z)
    residual = _scaling_residual(m, y, e)
    if not residual <= tolerance:
        raise SolverError(
            f"{label}: residual {residual:.3e} after normalising to the reference "
            f"importer exceeds the tolerance {tolerance:.1e}"
        )
    return Resistances(log_inward=-z, log_outward=-x, iterations=iterations, residual=residual)


def _shares(log_base: np.ndarray, w: np.ndarray) -> np.ndarray:
    s = log_base + w
    return np.exp(s - logsumexp(s))


def solve_equilibrium(
    log_phi: np.ndarray,
    y: np.ndarray,
    e: np.ndarray,
    baseline: Resistances,
    sigma: float,
    reference: int,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
) -> Equilibrium:
    """Solve the endowment-economy equilibrium under new trade costs.

    The baseline calibrates ``beta_i = y_i / Pi_i^(1-sigma)`` (that is
    ``(alpha_i p_i)^(1-sigma)`` with ``p = 1``). With prices ``p``, output is
    ``p_i Y_i``, expenditure ``p_j E_j`` (the baseline expenditure-to-output
    ratio, scaled once so world spending equals world output), the price index
    ``P_j^(1-s) = sum_i beta_i p_i^(1-s) phi_ij`` and market clearing requires

    ``beta_i p_i^(1-s) sum_j phi_ij e'_j / P_j^(1-s) = y'_i`` for every ``i``.

    The system is homogeneous of degree zero in ``p`` and one equation is
    implied by the others (Walras), so Newton runs on ``n - 1`` equations with
    the largest exporter's price held fixed; prices are then scaled so that
    ``P_ref = 1``, the normalisation of the baseline.

    Parameters
    ----------
    log_phi
        Counterfactual ``log t_ij^(1-sigma)``.
    y, e
        Baseline output and expenditure shares.
    baseline
        Baseline resistances (from :func:`solve_resistances` on baseline costs).
    sigma
        Elasticity of substitution, > 1.
    reference
        Index of the reference importer.
    tolerance, max_iterations
        Convergence controls, as in :func:`solve_resistances`.

    Returns
    -------
    Equilibrium

    Raises
    ------
    SolverError
        If markets do not clear to ``tolerance`` within ``max_iterations``.
    """
    _check_inputs(log_phi, y, e, reference)
    if not sigma > 1:
        raise SolverError(f"sigma must be greater than 1, got {sigma}")
    n = y.shape[0]
    power = 1.0 - sigma
    log_y, log_e = np.log(y), np.log(e)
    log_beta = log_y - baseline.log_outward
    # As in solve_resistances: hold the largest exporter's price fixed and drop its
    # (implied) equation; the level is set by P_ref = 1 afterwards.
    anchor = int(np.argmax(y))
    free = np.arange(n) != anchor
    eye = np.eye(n)

    def state(w: np.ndarray) -> dict[str, np.ndarray]:
        log_u = log_beta + power * w
        y_new = _shares(log_y, w)
        e_new = _shares(log_e, w)
        log_p_index = logsumexp(log_u[:, None] + log_phi, axis=0)
        a = log_phi + np.log(e_new)[None, :] - log_p_index[None, :]
        log_d = logsumexp(a, axis=1)
        h = log_u + log_d - np.log(y_new)
        return {
            "w": w,
            "log_u": log_u,
            "y": y_new,
            "e": e_new,
            "log_p": log_p_index,
            "a": a,
            "log_d": log_d,
            "h": h,
        }

    def merit(s: dict[str, np.ndarray]) -> float:
        return float(np.sqrt(np.sum(s["h"][free] ** 2)))

    cur = state(np.zeros(n))
    iterations = 0
    while True:
        residual = float(np.max(np.abs(np.expm1(cur["h"]))))
        if not np.isfinite(residual):
            raise SolverError(f"equilibrium: prices left the finite range after {iterations} steps")
        if residual <= tolerance:
            break
        if iterations >= max_iterations:
            raise SolverError(
                f"equilibrium: markets did not clear after {iterations} Newton iterations "
                f"(relative residual {residual:.3e}, tolerance {tolerance:.1e})"
            )
        sales_weights = np.exp(cur["a"] - cur["log_d"][:, None])
        supply_weights = np.exp(cur["log_u"][:, None] + log_phi - cur["log_p"][None, :])
        jac = (
            power * eye
            + sales_weights
            - cur["e"][None, :]
            - power * (sales_weights @ supply_weights.T)
            - eye
            + cur["y"][None, :]
        )
        step_dir = np.zeros(n)
        try:
            step_dir[free] = _newton_step(jac[np.ix_(free, free)], -cur["h"][free], positive=False)
        except (linalg.LinAlgError, ValueError) as exc:
            raise SolverError(f"equilibrium: singular Jacobian at iteration {iterations}") from exc
        base_merit = merit(cur)
        step = 1.0
        for _ in range(_MAX_HALVINGS):
            with np.errstate(over="ignore", invalid="ignore"):
                trial = state(cur["w"] + step * step_dir)
            trial_merit = merit(trial)
            if np.isfinite(trial_merit) and (
                trial_merit <= (1.0 - _ARMIJO * step) * base_merit or base_merit < 1e-14
            ):
                break
            step *= 0.5
        else:
            raise SolverError(
                f"equilibrium: line search failed at iteration {iterations} "
                f"(relative residual {residual:.3e})"
            )
        cur = trial
        iterations += 1

    # Fix the price level by the baseline normalisation P_ref = 1.
    w = cur["w"] - cur["log_p"][reference] / power
    final = state(w)
    residual = float(np.max(np.abs(np.expm1(final["h"]))))
    return Equilibrium(
        price=np.exp(w),
        log_inward=final["log_p"],
        log_outward=np.log(final["y"]) - final["log_u"],
        output_share=final["y"],
        expenditure_share=final["e"],
        iterations=iterations,
        residual=residual,
    )
