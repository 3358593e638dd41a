"""Elasticities for the partial-equilibrium tariff model, by HS chapter.

The documented default set is ``data/elasticities.toml`` (sources in its
comments). A scenario can replace it (``file = ...``) and override any value in
its ``[tariff.elasticities]`` table::

    [tariff.elasticities]
    substitution = 1.5            # or a table by chapter
    export_supply = "inf"         # SMART's default is 99 (about infinite)
    [tariff.elasticities.import_demand]
    "27" = -0.2
    "84-85" = -1.1

Keys are chapters (``"27"``), inclusive ranges (``"84-85"``) or ``"default"``.
Within one layer an exact chapter beats a range and a range beats the default;
the scenario's layer beats the file's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from diversify.scenarios.spec import Source, Table, parse_toml, read_toml_file

Param = Literal["import_demand", "substitution", "export_supply"]
PARAMS: tuple[Param, ...] = ("import_demand", "substitution", "export_supply")
_KEY = re.compile(r"^(\d{1,2})(?:-(\d{1,2}))?$")
_HINT = {
    "import_demand": "a negative number such as -1.0",
    "substitution": "a number >= 0 such as 1.5",
    "export_supply": 'a positive number or "inf"',
}


@dataclass(frozen=True)
class Layer:
    """One table of values by chapter, and the field it was read from."""

    exact: dict[int, tuple[float, str]]
    ranges: tuple[tuple[int, int, float, str], ...]
    default: tuple[float, str] | None
    field: str
    source: Source

    def lookup(self, chapter: int) -> tuple[float, str] | None:
        if chapter in self.exact:
            return self.exact[chapter]
        for lo, hi, value, where in self.ranges:
            if lo <= chapter <= hi:
                return value, where
        return self.default


def _check(table: Table, key: str, param: Param) -> float:
    if param == "import_demand":
        value = float(table.number(key))
        if value >= 0:
            raise table.error(key, f"an import-demand elasticity must be negative, got {value:g}")
        return value
    if param == "substitution":
        return float(table.number(key, min=0.0))
    return float(table.number(key, min=0.0, strict_min=True, allow_inf=True))


def _layer(parent: Table, param: Param) -> Layer | None:
    if param not in parent:
        return None
    raw = parent.raw(param)
    if isinstance(raw, dict):
        table = parent.table(param)
        exact: dict[int, tuple[float, str]] = {}
        ranges: list[tuple[int, int, float, str]] = []
        default: tuple[float, str] | None = None
        for key in table:
            value = _check(table, key, param)
            where = table.path_of(key)
            if key == "default":
                default = (value, where)
                continue
            m = _KEY.match(key)
            if not m:
                raise table.error(
                    key,
                    f'expected an HS chapter such as "27", a range such as "84-85" '
                    f"or \"default\", got '{key}'",
                )
            lo = int(m.group(1))
            hi = int(m.group(2)) if m.group(2) else lo
            if hi < lo:
                raise table.error(key, f"range '{key}' ends before it starts")
            if m.group(2):
                ranges.append((lo, hi, value, where))
            else:
                exact[lo] = (value, where)
        return Layer(exact, tuple(ranges), default, table.field, table.source)
    value = _check(parent, param, param)
    return Layer({}, (), (value, parent.path_of(param)), parent.path_of(param), parent.source)


@dataclass(frozen=True)
class Elasticities:
    """Layers of elasticities (scenario first, then the base file) for each parameter."""

    layers: dict[str, tuple[Layer, ...]]
    base: Table
    files: tuple[Path, ...]

    def value(self, param: Param, chapter: str) -> tuple[float, str]:
        """The value for an HS chapter and the field that set it."""
        c = int(chapter)
        for layer in self.layers[param]:
            found = layer.lookup(c)
            if found is not None:
                return found
        field = self.base.path_of(param) if param in self.base else param
        raise self.base.source.error(
            field,
            f"missing {param.replace('_', '-')} elasticity for HS chapter {chapter} "
            f'(add "{chapter}" = {_HINT[param]}, a range that covers it, or "default")',
        )


def default_file() -> str:
    return (
        resources.files("diversify.scenarios")
        .joinpath("data", "elasticities.toml")
        .read_text("utf-8")
    )


def load_elasticities(overrides: Table | None) -> Elasticities:
    """The default set (or ``overrides.file``) with the scenario's overrides on top.

    Parameters
    ----------
    overrides
        The scenario's ``[tariff.elasticities]`` table, or ``None``.
    """
    files: list[Path] = []
    if overrides is not None:
        overrides.check_keys({"file", *PARAMS})
    if overrides is not None and "file" in overrides:
        path = overrides.path("file")
        base, _ = read_toml_file(path)
        files.append(path)
    else:
        base, _ = parse_toml(
            default_file(), "diversify/scenarios/data/elasticities.toml", Path(".")
        )
    base.check_keys(PARAMS)
    layers: dict[str, tuple[Layer, ...]] = {}
    for param in PARAMS:
        found = [
            lay
            for lay in (
                (_layer(overrides, param) if overrides is not None else None),
                _layer(base, param),
            )
            if lay is not None
        ]
        layers[param] = tuple(found)
    return Elasticities(layers, base, tuple(files))


def supply_term(e_m: float, e_x: float) -> float:
    """SMART's ``1 - e_m / e_x`` (1 when export supply is perfectly elastic)."""
    return 1.0 if math.isinf(e_x) else 1.0 - e_m / e_x
