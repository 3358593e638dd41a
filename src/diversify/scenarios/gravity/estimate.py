"""PPML estimation of gravity coefficients with high-dimensional fixed effects.

The estimator is pyfixest's ``fepois`` (Poisson pseudo-maximum likelihood with
fixed effects absorbed by alternating projections, as in Stata's ``ppmlhdfe``
and R's ``fixest``); standard errors are clustered by country pair.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from diversify.errors import InputError, SolverError, require
from diversify.scenarios.gravity.config import FIXED_EFFECTS, FixedEffect


@dataclass(frozen=True)
class PpmlResult:
    """A fitted PPML gravity equation.

    Attributes
    ----------
    coefficients
        Cost variable -> estimated beta (identified variables only).
    std_errors
        Cost variable -> standard error clustered by pair (CRV1).
    n_obs
        Observations used (after pyfixest drops singletons and separated rows).
    fixed_effects
        The fixed effects, e.g. ``("exporter-year", "importer-year", "pair")``.
    absorbed
        Cost variables dropped because the fixed effects absorb them (for example
        time-invariant distance with pair fixed effects).
    n_separated
        Observations dropped because of separation (zero trade predicted exactly).
    vcov
        Description of the variance estimator.
    covariance
        Cost variable -> cost variable -> covariance of the estimates (the same
        pair-clustered CRV1 estimator as ``std_errors``); what ``[gravity.uncertainty]``
        draws from with ``covariance = "estimated"``.
    """

    coefficients: Mapping[str, float]
    std_errors: Mapping[str, float]
    n_obs: int
    fixed_effects: tuple[FixedEffect, ...]
    absorbed: tuple[str, ...] = ()
    n_separated: int = 0
    vcov: str = "CRV1 clustered by pair"
    covariance: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "coefficients": dict(self.coefficients),
            "std_errors": dict(self.std_errors),
            "n_obs": self.n_obs,
            "fixed_effects": list(self.fixed_effects),
            "absorbed": list(self.absorbed),
            "n_separated": self.n_separated,
            "vcov": self.vcov,
        }


def _tight_demeaning(pf: Any) -> dict[str, Any]:
    # Recent pyfixest takes a typed demeaner; older releases take a fixef_tol argument.
    if hasattr(pf, "MapDemeaner"):
        return {"demeaner": pf.MapDemeaner(fixef_tol=1e-10)}
    return {"fixef_tol": 1e-10}


def _fixed_effect_names(count: int) -> list[str]:
    """Column names for ``count`` fixed effects that pyfixest takes in the order written.

    pyfixest (0.60) collects the fixed effects of a formula in a set, and the order of its
    alternating projections is the order that set iterates in: the hashes of the names,
    which change from process to process with ``PYTHONHASHSEED``. The estimates moved
    with it, by about 1e-11 relative (more for figures near zero). A set built here from
    the same names iterates them as pyfixest's does, so names are tried until that order
    is the written one: exporter-year, importer-year, pair as given.
    """
    for attempt in range(10_000):
        names = [f"fe{k}_{attempt}" for k in range(count)]
        if list(set(names)) == names:
            return names
    # Not reached in practice (each attempt succeeds with probability about 1/count!).
    return [f"fe{k}" for k in range(count)]


def estimate_ppml(
    frame: pd.DataFrame,
    cost_variables: Sequence[str],
    *,
    fixed_effects: Sequence[FixedEffect] = FIXED_EFFECTS,
    trade: str = "trade",
    exporter: str = "exporter",
    importer: str = "importer",
    year: str = "year",
) -> PpmlResult:
    """Estimate ``trade = exp(sum_k beta_k x^k + fixed effects)`` by PPML.

    Parameters
    ----------
    frame
        Long data, one row per exporter, importer and year.
    cost_variables
        Regressors (columns of ``frame``).
    fixed_effects
        Any of ``exporter-year``, ``importer-year`` and ``pair``; the default is
        all three, the standard panel specification of Yotov et al. (2016).
    trade, exporter, importer, year
        Column names.

    Returns
    -------
    PpmlResult

    Raises
    ------
    InputError
        For a missing column, bad values, an unknown fixed effect or a
        specification the data cannot identify.
    SolverError
        If the PPML iterations do not converge.

    Examples
    --------
    >>> fit = estimate_ppml(panel, ["rta"])  # doctest: +SKIP
    >>> fit.coefficients["rta"], fit.std_errors["rta"]  # doctest: +SKIP
    """
    pf = require("pyfixest", "scenarios")
    variables = list(dict.fromkeys(cost_variables))
    if not variables:
        raise InputError("no cost variables to estimate", field="cost_variables")
    for fe in fixed_effects:
        if fe not in FIXED_EFFECTS:
            raise InputError(
                f"unknown fixed effect '{fe}'; expected some of {', '.join(FIXED_EFFECTS)}",
                field="fixed_effects",
            )
    for column in [exporter, importer, year, trade, *variables]:
        if column not in frame.columns:
            raise InputError(f"missing column '{column}'", field=column)
    y = pd.to_numeric(frame[trade], errors="coerce").to_numpy(dtype=float)
    if not np.all(np.isfinite(y)) or np.any(y < 0):
        raise InputError("trade must be a non-negative number on every row", field=trade)

    exp_code = frame[exporter].astype(str).to_numpy()
    imp_code = frame[importer].astype(str).to_numpy()
    year_code = frame[year].astype(str).to_numpy()
    work = pd.DataFrame({"y": y})
    names = {}
    for k, v in enumerate(variables):
        x = pd.to_numeric(frame[v], errors="coerce").to_numpy(dtype=float)
        if not np.all(np.isfinite(x)):
            raise InputError("expected a finite number on every row", field=v)
        work[f"x{k}"] = x
        names[f"x{k}"] = v
    pair = pd.factorize(pd.Series(exp_code) + "\x1f" + pd.Series(imp_code))[0]
    ids = {
        "exporter-year": pd.factorize(pd.Series(exp_code) + "\x1f" + pd.Series(year_code))[0],
        "importer-year": pd.factorize(pd.Series(imp_code) + "\x1f" + pd.Series(year_code))[0],
        "pair": pair,
    }
    fe_terms = _fixed_effect_names(len(fixed_effects))
    for term, fe in zip(fe_terms, fixed_effects, strict=True):
        work[term] = ids[fe]
    work["cluster"] = pair
    if "pair" in fixed_effects and np.bincount(pair).max() < 2:
        raise InputError(
            "pair fixed effects need several years per pair; these data have one "
            "observation per pair (use exporter-year and importer-year)",
            field="fixed_effects",
        )

    # A variable constant within every group of one fixed effect is absorbed by it;
    # found here because the solver's own collinearity check can miss it when the
    # demeaning stops a little short of exact.
    nested = []
    for key, v in names.items():
        x = work[key]
        scale = max(1.0, float(x.abs().max()))
        for fe in fixed_effects:
            grouped = x.groupby(ids[fe])
            spread = grouped.max() - grouped.min()
            if float(spread.max()) <= 1e-12 * scale:
                nested.append(key)
                break
    regressors = [k for k in names if k not in nested]
    if not regressors:
        raise InputError(
            f"the fixed effects ({', '.join(fixed_effects)}) absorb every cost "
            f"variable ({', '.join(variables)})",
            field="cost_variables",
        )
    formula = "y ~ " + " + ".join(regressors) + (" | " + " + ".join(fe_terms) if fe_terms else "")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            # pyfixest's default demeaning tolerance (1e-6) moves standard errors in the
            # fourth digit; 1e-10 makes them agree with an exact dummy-variable fit.
            fit = pf.fepois(
                formula,
                data=work,
                vcov={"CRV1": "cluster"},
                iwls_tol=1e-10,
                iwls_maxiter=100,
                **_tight_demeaning(pf),
            )
        except ValueError as exc:
            if "collinear" in str(exc):
                raise InputError(
                    f"the fixed effects ({', '.join(fixed_effects)}) absorb every cost variable "
                    f"({', '.join(variables)})",
                    field="cost_variables",
                ) from exc
            raise InputError(
                f"PPML could not be estimated: {' '.join(str(exc).split())}", field="cost_variables"
            ) from exc
    del caught  # separation and collinearity are reported in the result instead
    if not bool(getattr(fit, "_convergence", True)):
        raise SolverError("PPML did not converge in 100 iterations")
    coef = fit.coef()
    se = fit.se()
    kept = [k for k in regressors if k in coef.index]
    absorbed = tuple(names[k] for k in names if k not in coef.index)
    if not kept:
        raise InputError(
            f"the fixed effects absorb every cost variable ({', '.join(absorbed)})",
            field="cost_variables",
        )
    vcov = np.asarray(fit._vcov, dtype=float)
    order = [list(coef.index).index(k) for k in kept]
    covariance = {
        names[a]: {names[b]: float(vcov[i, j]) for b, j in zip(kept, order, strict=True)}
        for a, i in zip(kept, order, strict=True)
    }
    return PpmlResult(
        coefficients={names[k]: float(coef[k]) for k in kept},
        std_errors={names[k]: float(se[k]) for k in kept},
        n_obs=int(fit._N),
        fixed_effects=tuple(fixed_effects),
        absorbed=absorbed,
        n_separated=int(getattr(fit, "n_separation_na", 0) or 0),
        covariance=covariance,
    )
