"""The ``[gravity]`` table of a scenario file, parsed and checked.

Example::

    [gravity]
    data = "gravity_2006.csv"          # relative to the scenario file
    year = 2006
    sigma = 5
    reference_importer = "DEU"
    formulation = "full"               # or "gegravity"

    [gravity.coefficients]
    lndist = -0.39
    pta = 0.47
    international = -3.41

    [[gravity.change]]
    exporter = "CAN"
    importer = "JPN"
    symmetric = true                   # also JPN -> CAN
    set = { pta = 1 }

``data = "embedded:yotov_2006"`` reads the gravity table shipped with
diversify (built by ``diversify data build`` from Yotov et al. 2016).

Instead of ``[gravity.coefficients]``, ``estimate = true`` with
``cost_variables = [...]`` estimates the coefficients by PPML from the data
(``fixed_effects`` chooses the fixed effects, default exporter-year and
importer-year). ``tolerance`` and ``max_iterations`` tune the solver.
``[gravity.uncertainty]`` asks for bands over draws of the coefficients (see
:mod:`diversify.scenarios.gravity.uncertainty`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

EMBEDDED_PREFIX = "embedded:"

from diversify.errors import InputError
from diversify.scenarios.gravity.counterfactual import FORMULATIONS, Formulation
from diversify.scenarios.gravity.solver import DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE

if TYPE_CHECKING:
    from diversify.scenarios.gravity.uncertainty import UncertaintyConfig

FixedEffect = Literal["exporter-year", "importer-year", "pair"]
FIXED_EFFECTS: tuple[FixedEffect, ...] = ("exporter-year", "importer-year", "pair")
CONSTANT = "constant"
"""A coefficient with this name and no column of that name is an intercept."""

_KEYS = {
    "data",
    "year",
    "sigma",
    "reference_importer",
    "formulation",
    "coefficients",
    "change",
    "estimate",
    "cost_variables",
    "fixed_effects",
    "tolerance",
    "max_iterations",
    "uncertainty",
}
_CHANGE_KEYS = {"exporter", "importer", "set", "symmetric"}


@dataclass(frozen=True)
class CostChange:
    """New values of cost variables for one directed pair (both with ``symmetric``).

    Attributes
    ----------
    exporter, importer
        Country codes as written in the scenario.
    values
        Cost variable -> new value.
    symmetric
        Apply the same values to ``importer -> exporter``.
    field
        Where the entry is in the scenario, e.g. ``gravity.change[0]``.
    """

    exporter: str
    importer: str
    values: Mapping[str, float]
    symmetric: bool = False
    field: str = "gravity.change"


@dataclass(frozen=True)
class GravityConfig:
    """A checked ``[gravity]`` table.

    Attributes
    ----------
    data
        Absolute path of the long CSV.
    year
        Year to simulate; ``None`` means the only year in the file.
    sigma
        Elasticity of substitution (> 1).
    reference_importer
        Country whose inward multilateral resistance is normalised to 1.
    formulation
        ``"full"`` or ``"gegravity"``.
    coefficients
        Cost variable -> beta, or ``None`` when estimated.
    cost_variables
        The cost variables, in order.
    estimate
        Estimate the coefficients by PPML from the data.
    fixed_effects
        Fixed effects of that estimation.
    changes
        The experiment.
    tolerance, max_iterations
        Solver controls.
    uncertainty
        The ``[gravity.uncertainty]`` table (Monte Carlo over the coefficients),
        or ``None`` for the one-shot result only.
    """

    data: Path
    year: int | None
    sigma: float
    reference_importer: str
    formulation: Formulation = "full"
    coefficients: Mapping[str, float] | None = None
    cost_variables: tuple[str, ...] = ()
    estimate: bool = False
    fixed_effects: tuple[FixedEffect, ...] = ("exporter-year", "importer-year")
    changes: tuple[CostChange, ...] = field(default_factory=tuple)
    tolerance: float = DEFAULT_TOLERANCE
    max_iterations: int = DEFAULT_MAX_ITERATIONS
    uncertainty: UncertaintyConfig | None = None


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"expected a number, got {value!r}", field=name)
    out = float(value)
    if not math.isfinite(out):
        raise InputError(f"expected a finite number, got {value!r}", field=name)
    return out


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"expected a non-empty string, got {value!r}", field=name)
    return value.strip()


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"expected true or false, got {value!r}", field=name)
    return value


def _unknown_keys(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise InputError(
            f"unknown key(s) {', '.join(extra)}; expected some of {', '.join(sorted(allowed))}",
            field=f"{where}.{extra[0]}",
        )


def _parse_change(entry: Any, i: int, variables: tuple[str, ...]) -> CostChange:
    where = f"gravity.change[{i}]"
    if not isinstance(entry, Mapping):
        raise InputError("expected a table with exporter, importer and set", field=where)
    _unknown_keys(entry, _CHANGE_KEYS, where)
    for key in ("exporter", "importer", "set"):
        if key not in entry:
            raise InputError(f"missing '{key}'", field=f"{where}.{key}")
    exporter = _text(entry["exporter"], f"{where}.exporter")
    importer = _text(entry["importer"], f"{where}.importer")
    new = entry["set"]
    if not isinstance(new, Mapping) or not new:
        raise InputError("expected a table of cost variable = new value", field=f"{where}.set")
    values: dict[str, float] = {}
    for name, value in new.items():
        if name not in variables:
            raise InputError(
                f"'{name}' is not a cost variable of this scenario "
                f"(cost variables: {', '.join(variables)})",
                field=f"{where}.set.{name}",
            )
        if name == CONSTANT:
            raise InputError("the constant cannot be changed", field=f"{where}.set.{name}")
        values[name] = _number(value, f"{where}.set.{name}")
    symmetric = _bool(entry.get("symmetric", False), f"{where}.symmetric")
    return CostChange(exporter, importer, values, symmetric, where)


def parse_gravity_table(table: Mapping[str, Any], base_dir: Path) -> GravityConfig:
    """Check a ``[gravity]`` table and resolve its data path.

    Parameters
    ----------
    table
        The table as read by :mod:`tomllib`.
    base_dir
        Directory of the scenario file; ``data`` is relative to it.

    Returns
    -------
    GravityConfig

    Raises
    ------
    InputError
        Naming the field (``gravity.sigma``, ``gravity.change[0].exporter``...)
        and what was expected.
    """
    if not isinstance(table, Mapping):
        raise InputError("expected a table", field="gravity")
    _unknown_keys(table, _KEYS, "gravity")
    for key in ("data", "sigma", "reference_importer"):
        if key not in table:
            raise InputError(f"missing '{key}'", field=f"gravity.{key}")
    text = _text(table["data"], "gravity.data")
    if text.startswith(EMBEDDED_PREFIX):
        from diversify.data_build import embedded_gravity_path

        data = embedded_gravity_path(text.removeprefix(EMBEDDED_PREFIX))
    else:
        data = Path(text)
    if not data.is_absolute():
        data = Path(base_dir) / data
    if not data.is_file():
        raise InputError(f"no such data file: {text} (a relative path is read beside the "
                         "scenario file)", field="gravity.data")

    year = table.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InputError(f"expected a whole year such as 2006, got {year!r}", field="gravity.year")

    sigma = _number(table["sigma"], "gravity.sigma")
    if sigma <= 1:
        raise InputError(
            f"the elasticity of substitution must be greater than 1, got {sigma:g}",
            field="gravity.sigma",
        )
    reference = _text(table["reference_importer"], "gravity.reference_importer")

    formulation = table.get("formulation", "full")
    if formulation not in FORMULATIONS:
        raise InputError(
            f"expected one of {', '.join(FORMULATIONS)}, got {formulation!r}",
            field="gravity.formulation",
        )

    estimate = _bool(table.get("estimate", False), "gravity.estimate")
    coefficients: dict[str, float] | None = None
    if estimate:
        if "coefficients" in table:
            raise InputError(
                "give [gravity.coefficients] or estimate = true, not both",
                field="gravity.coefficients",
            )
        raw_vars = table.get("cost_variables")
        if not isinstance(raw_vars, list) or not raw_vars:
            raise InputError(
                "estimate = true needs a list of cost_variables to estimate",
                field="gravity.cost_variables",
            )
        variables = tuple(_text(v, "gravity.cost_variables") for v in raw_vars)
        if len(set(variables)) != len(variables):
            raise InputError("a cost variable is listed twice", field="gravity.cost_variables")
        if CONSTANT in variables:
            raise InputError(
                "a constant is absorbed by the fixed effects and cannot be estimated",
                field="gravity.cost_variables",
            )
        raw_fe = table.get("fixed_effects", ["exporter-year", "importer-year"])
        if (
            not isinstance(raw_fe, list)
            or not raw_fe
            or any(fe not in FIXED_EFFECTS for fe in raw_fe)
        ):
            raise InputError(
                f"expected a list drawn from {', '.join(FIXED_EFFECTS)}, got {raw_fe!r}",
                field="gravity.fixed_effects",
            )
        fixed_effects = tuple(cast(list[FixedEffect], raw_fe))
    else:
        for key in ("cost_variables", "fixed_effects"):
            if key in table:
                raise InputError(
                    f"'{key}' is only used with estimate = true", field=f"gravity.{key}"
                )
        raw = table.get("coefficients")
        if not isinstance(raw, Mapping) or not raw:
            raise InputError(
                "missing [gravity.coefficients] (cost variable = beta), or set estimate = true",
                field="gravity.coefficients",
            )
        coefficients = {str(k): _number(v, f"gravity.coefficients.{k}") for k, v in raw.items()}
        variables = tuple(coefficients)
        fixed_effects = ("exporter-year", "importer-year")

    raw_changes = table.get("change", [])
    if not isinstance(raw_changes, list):
        raise InputError("expected [[gravity.change]] entries", field="gravity.change")
    changes = tuple(_parse_change(entry, i, variables) for i, entry in enumerate(raw_changes))

    tolerance = _number(table.get("tolerance", DEFAULT_TOLERANCE), "gravity.tolerance")
    if not 0 < tolerance < 1e-3:
        raise InputError(
            f"expected a tolerance between 0 and 1e-3, got {tolerance:g}", field="gravity.tolerance"
        )
    max_iterations = table.get("max_iterations", DEFAULT_MAX_ITERATIONS)
    if (
        isinstance(max_iterations, bool)
        or not isinstance(max_iterations, int)
        or max_iterations < 1
    ):
        raise InputError(
            f"expected a positive whole number, got {max_iterations!r}",
            field="gravity.max_iterations",
        )

    uncertainty = None
    if "uncertainty" in table:
        from diversify.scenarios.gravity.uncertainty import parse_uncertainty

        uncertainty = parse_uncertainty(
            table["uncertainty"], Path(base_dir), variables, estimated=estimate
        )

    return GravityConfig(
        data=data,
        year=year,
        sigma=sigma,
        reference_importer=reference,
        formulation=cast(Formulation, formulation),
        coefficients=coefficients,
        cost_variables=variables,
        estimate=estimate,
        fixed_effects=fixed_effects,
        changes=changes,
        tolerance=tolerance,
        max_iterations=max_iterations,
        uncertainty=uncertainty,
    )
