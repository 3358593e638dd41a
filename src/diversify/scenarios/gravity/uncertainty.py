"""The ``[gravity.uncertainty]`` table: which coefficients vary, and how they are drawn.

Example::

    [gravity.uncertainty]
    draws = 1000
    seed = 1
    covariance = "estimated"       # the PPML fit's pair-clustered covariance; or "cov.csv"
    variables = ["rta", "lndist"]  # default: every cost variable but a constant
    sigma = [4, 8]                 # uniform; or { distribution = "triangular", low, mode, high }
    pairs = [["CAN", "DEU"]]       # bands on these pairs' trade too
    # draws_file = "draws.csv"     # replay someone else's draws (gegravity's coeff_sample layout)
    # workers = 0                  # processes; 0 = every core

Coefficients are drawn as gegravity's ``MonteCarloGE`` draws them: one
multivariate normal over every variable of the covariance, centred on the
point estimates, with scipy's generator seeded by ``seed``; the draws of the
variables not listed in ``variables`` are discarded (they keep their point
estimate). The same seed, coefficients and covariance therefore give the same
sample as gegravity's ``coeff_sample``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diversify.errors import InputError

ESTIMATED = "estimated"
_KEYS = {"draws", "seed", "covariance", "variables", "sigma", "draws_file", "pairs", "workers"}
_WHERE = "gravity.uncertainty"
MAX_DRAWS = 1_000_000
# Relative size of a negative eigenvalue still taken as rounding of a zero one.
_PSD_TOLERANCE = 1e-10


@dataclass(frozen=True)
class SigmaDraw:
    """How the elasticity of substitution varies: ``uniform`` on [low, high] or ``triangular``."""

    distribution: str
    low: float
    high: float
    mode: float | None = None

    def sample(self, draws: int, seed: int) -> np.ndarray:
        # A stream of its own, so adding a sigma range leaves the coefficient draws unchanged.
        rng = np.random.default_rng([seed, 1])
        if self.distribution == "triangular" and self.mode is not None:
            return rng.triangular(self.low, self.mode, self.high, size=draws)
        return rng.uniform(self.low, self.high, size=draws)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"distribution": self.distribution, "low": self.low}
        if self.mode is not None:
            out["mode"] = self.mode
        out["high"] = self.high
        return out


@dataclass(frozen=True)
class UncertaintyConfig:
    """A checked ``[gravity.uncertainty]`` table.

    Attributes
    ----------
    draws
        Number of trials; ``None`` with a ``draws_file`` that says how many.
    seed
        Seed of the draws (``None`` when the draws are replayed from a file).
    covariance
        ``"estimated"``, or the path of a covariance CSV (variable names in the
        header and the first column), or ``None`` with ``draws_file``.
    variables
        The cost variables that vary; ``None`` means every one but a constant.
    sigma
        How sigma varies, or ``None`` to keep the scenario's value.
    draws_file
        A CSV of draws to replay: first column the variable names, then one
        column per trial (gegravity's ``coeff_sample``); a row named ``sigma``
        replays sigma too.
    pairs
        Directed pairs (exporter, importer) whose trade change gets a band.
    workers
        Processes to run the trials in; 0 means one per core.
    """

    draws: int | None
    seed: int | None
    covariance: str | Path | None
    variables: tuple[str, ...] | None = None
    sigma: SigmaDraw | None = None
    draws_file: Path | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    workers: int = 0


def _whole(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"expected a whole number from {low} to {high:,}, got {value!r}", field=name)
    return value


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(f"expected a finite number, got {value!r}", field=name)
    return float(value)


def _path(value: Any, name: str, base_dir: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"expected a file name, got {value!r}", field=name)
    path = Path(value.strip()).expanduser()
    if not path.is_absolute():
        path = base_dir / path
    if not path.is_file():
        raise InputError(f"no such file: {path}", field=name)
    return path


def _parse_sigma(value: Any) -> SigmaDraw:
    name = f"{_WHERE}.sigma"
    if isinstance(value, list):
        if len(value) != 2:
            raise InputError(f"expected [low, high], got {value!r}", field=name)
        low, high = (_number(v, name) for v in value)
        dist, mode = "uniform", None
    elif isinstance(value, Mapping):
        extra = sorted(set(value) - {"distribution", "low", "high", "mode"})
        if extra:
            raise InputError(
                f"unknown key '{extra[0]}'; expected distribution, low, high (and mode)",
                field=f"{name}.{extra[0]}",
            )
        dist = value.get("distribution", "uniform")
        if dist not in ("uniform", "triangular"):
            raise InputError(
                f"expected distribution 'uniform' or 'triangular', got {dist!r}",
                field=f"{name}.distribution",
            )
        for key in ("low", "high"):
            if key not in value:
                raise InputError(f"missing '{key}'", field=f"{name}.{key}")
        low, high = _number(value["low"], f"{name}.low"), _number(value["high"], f"{name}.high")
        mode = None
        if dist == "triangular":
            if "mode" not in value:
                raise InputError("a triangular distribution needs a mode", field=f"{name}.mode")
            mode = _number(value["mode"], f"{name}.mode")
            if not low <= mode <= high:
                raise InputError(
                    f"the mode {mode:g} must lie between low {low:g} and high {high:g}",
                    field=f"{name}.mode",
                )
    else:
        raise InputError(
            f"expected [low, high] or a table with distribution, low, high, got {value!r}",
            field=name,
        )
    if low <= 1:
        raise InputError(
            f"the elasticity of substitution must be greater than 1 on the whole range, "
            f"got low = {low:g}",
            field=name,
        )
    if high < low:
        raise InputError(f"high {high:g} is below low {low:g}", field=name)
    return SigmaDraw(str(dist), low, high, mode)


def _parse_pairs(value: Any) -> tuple[tuple[str, str], ...]:
    name = f"{_WHERE}.pairs"
    if not isinstance(value, list):
        raise InputError('expected a list of [exporter, importer], e.g. [["CAN", "DEU"]]', field=name)
    out = []
    for i, pair in enumerate(value):
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(c, str) and c.strip() for c in pair)
        ):
            raise InputError(f"expected [exporter, importer], got {pair!r}", field=f"{name}[{i}]")
        out.append((pair[0].strip(), pair[1].strip()))
    return tuple(out)


def parse_uncertainty(
    table: Any, base_dir: Path, cost_variables: Sequence[str], *, estimated: bool
) -> UncertaintyConfig:
    """Check a ``[gravity.uncertainty]`` table.

    Parameters
    ----------
    table
        The table as read by :mod:`tomllib`.
    base_dir
        Directory of the scenario file (CSV paths are relative to it).
    cost_variables
        The scenario's cost variables.
    estimated
        Whether the coefficients are estimated by PPML (``covariance = "estimated"``
        needs that).

    Raises
    ------
    InputError
        Naming the field, e.g. ``gravity.uncertainty.variables``.
    """
    if not isinstance(table, Mapping):
        raise InputError("expected a table", field=_WHERE)
    extra = sorted(set(table) - _KEYS)
    if extra:
        raise InputError(
            f"unknown key(s) {', '.join(extra)}; expected some of {', '.join(sorted(_KEYS))}",
            field=f"{_WHERE}.{extra[0]}",
        )
    draws_file = (
        _path(table["draws_file"], f"{_WHERE}.draws_file", base_dir)
        if "draws_file" in table
        else None
    )
    draws: int | None = _whole(table.get("draws", 1000), f"{_WHERE}.draws", 2, MAX_DRAWS)
    seed: int | None = _whole(table.get("seed", 1), f"{_WHERE}.seed", 0, 2**32 - 1)
    covariance: str | Path | None = None
    if draws_file is not None:
        for key in ("covariance", "seed", "sigma"):
            if key in table:
                raise InputError(
                    f"'{key}' has no effect when the draws are replayed from draws_file "
                    "(a row named sigma in that file replays sigma)",
                    field=f"{_WHERE}.{key}",
                )
        seed = None
        if "draws" not in table:
            draws = None
    else:
        raw = table.get("covariance", ESTIMATED if estimated else None)
        if raw is None:
            raise InputError(
                'missing covariance: give a CSV of the coefficients\' covariance matrix, or set '
                'estimate = true and covariance = "estimated", or give a draws_file',
                field=f"{_WHERE}.covariance",
            )
        if raw == ESTIMATED:
            if not estimated:
                raise InputError(
                    'covariance = "estimated" needs estimate = true (the PPML fit); '
                    "with given coefficients give a CSV of their covariance",
                    field=f"{_WHERE}.covariance",
                )
            covariance = ESTIMATED
        else:
            covariance = _path(raw, f"{_WHERE}.covariance", base_dir)

    variables: tuple[str, ...] | None = None
    if "variables" in table:
        raw_vars = table["variables"]
        if not isinstance(raw_vars, list) or not raw_vars:
            raise InputError("expected a non-empty list of cost variables", field=f"{_WHERE}.variables")
        for v in raw_vars:
            if v not in cost_variables:
                raise InputError(
                    f"{v!r} is not a cost variable of this scenario "
                    f"(cost variables: {', '.join(cost_variables)})",
                    field=f"{_WHERE}.variables",
                )
        if len(set(raw_vars)) != len(raw_vars):
            raise InputError("a variable is listed twice", field=f"{_WHERE}.variables")
        variables = tuple(raw_vars)

    sigma = _parse_sigma(table["sigma"]) if "sigma" in table else None
    pairs = _parse_pairs(table.get("pairs", []))
    workers = _whole(table.get("workers", 0), f"{_WHERE}.workers", 0, 1024)
    return UncertaintyConfig(
        draws=draws,
        seed=seed,
        covariance=covariance,
        variables=variables,
        sigma=sigma,
        draws_file=draws_file,
        pairs=pairs,
        workers=workers,
    )


# --------------------------------------------------------------------------- files


def read_covariance_csv(path: Path, cost_variables: Sequence[str]) -> pd.DataFrame:
    """A covariance matrix from CSV: variable names in the header and in the first column.

    Checks that it is square, labelled the same way on both sides, symmetric and
    positive semi-definite (a zero matrix is allowed: every trial is then the
    point estimate).
    """
    name = f"{_WHERE}.covariance"
    try:
        frame = pd.read_csv(path, index_col=0)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not a readable CSV file ({exc})", path=path, field=name) from exc
    frame.index = [str(i).strip() for i in frame.index]
    frame.columns = [str(c).strip() for c in frame.columns]
    if list(frame.index) != list(frame.columns):
        raise InputError(
            f"expected a square matrix with the same variables in the header and the first "
            f"column (header {', '.join(frame.columns)}; rows {', '.join(frame.index)})",
            path=path,
            field=name,
        )
    for v in frame.index:
        if v not in cost_variables:
            raise InputError(
                f"{v!r} is not a cost variable of this scenario "
                f"(cost variables: {', '.join(cost_variables)})",
                path=path,
                field=name,
            )
    values = frame.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    if not np.all(np.isfinite(values)):
        row, col = np.argwhere(~np.isfinite(values))[0]
        raise InputError(
            f"expected a number in row {frame.index[row]!r}, column {frame.columns[col]!r}",
            path=path,
            line=int(row) + 2,
            field=name,
        )
    check_covariance(values, list(frame.index), str(path))
    return pd.DataFrame(values, index=frame.index, columns=frame.columns)


def check_covariance(values: np.ndarray, names: Sequence[str], where: str) -> None:
    """Raise unless ``values`` is a symmetric positive semi-definite matrix."""
    name = f"{_WHERE}.covariance"
    scale = max(float(np.max(np.abs(values))), np.finfo(float).tiny)
    if not np.allclose(values, values.T, rtol=1e-8, atol=1e-12 * scale):
        i, j = (int(k) for k in np.unravel_index(np.argmax(np.abs(values - values.T)), values.shape))
        raise InputError(
            f"the covariance matrix of {where} is not symmetric "
            f"({names[i]},{names[j]} = {values[i, j]:g} but {names[j]},{names[i]} = {values[j, i]:g})",
            field=name,
        )
    smallest = float(np.linalg.eigvalsh((values + values.T) / 2).min())
    if smallest < -_PSD_TOLERANCE * scale:
        raise InputError(
            f"the covariance matrix of {where} is not positive semi-definite "
            f"(smallest eigenvalue {smallest:.3g}); a covariance cannot give a variable "
            "combination a negative variance",
            field=name,
        )


def read_draws_csv(path: Path, cost_variables: Sequence[str]) -> pd.DataFrame:
    """Draws to replay: first column the variable (or ``sigma``), then one column per trial.

    Returns a frame indexed by variable with one column per trial, in file order.
    """
    name = f"{_WHERE}.draws_file"
    try:
        frame = pd.read_csv(path, index_col=0)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            f"not a readable CSV file; expected one row per variable and one column per trial "
            f"({' '.join(str(exc).split())})",
            path=path,
            field=name,
        )from exc
    frame.index = [str(i).strip() for i in frame.index]
    if frame.shape[1] < 2:
        raise InputError(
            f"expected one row per variable and one column per trial (at least 2 trials), "
            f"found {frame.shape[1]} trial column(s)",
            path=path,
            field=name,
        )
    if len(set(frame.index)) != len(frame.index):
        raise InputError("a variable has more than one row", path=path, field=name)
    for line, v in enumerate(frame.index, start=2):
        if v != "sigma" and v not in cost_variables:
            raise InputError(
                f"row {v!r} is not a cost variable of this scenario (cost variables: "
                f"{', '.join(cost_variables)}); expected one row per variable, one column per trial",
                path=path,
                line=line,
                field=name,
            )
    values = frame.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    if not np.all(np.isfinite(values)):
        row, col = np.argwhere(~np.isfinite(values))[0]
        raise InputError(
            f"expected a number for every trial; row {frame.index[row]!r} has none in "
            f"trial column {frame.columns[col]!r} (a row shorter than the header?)",
            path=path,
            line=int(row) + 2,
            field=name,
        )
    if "sigma" in frame.index and np.any(values[list(frame.index).index("sigma")] <= 1):
        raise InputError(
            "every sigma must be greater than 1", path=path,
            line=list(frame.index).index("sigma") + 2, field=name,
        )
    return pd.DataFrame(values, index=frame.index, columns=[str(c) for c in frame.columns])


def draw_coefficients(
    mean: Mapping[str, float], covariance: pd.DataFrame, draws: int, seed: int
) -> pd.DataFrame:
    """Draws like gegravity's ``MonteCarloGE``: variables in rows, one column per trial.

    ``scipy.stats.multivariate_normal(mean, cov, seed=seed)`` is sampled once per
    trial, over the variables of ``covariance`` in its order.
    """
    from scipy.stats import multivariate_normal

    names = list(covariance.index)
    mu = np.array([mean[v] for v in names], dtype=float)
    dist = multivariate_normal(mu, covariance.to_numpy(), seed=seed, allow_singular=True)
    sample = np.column_stack([np.atleast_1d(dist.rvs()) for _ in range(draws)])
    return pd.DataFrame(sample, index=names, columns=[str(t) for t in range(draws)])
