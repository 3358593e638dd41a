"""Compare two scenario runs of the same kind: summary values and result tables side by side."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from diversify.errors import InputError
from diversify.scenarios.result import ScenarioResult, jsonable
from diversify.scenarios.runner import describe, resolve

if TYPE_CHECKING:
    from diversify.store import Warehouse

# Columns that identify a row of each result table.
KEYS = {
    "by_product": ["product"],
    "by_partner": ["product", "partner"],
    "partners": ["partner"],
    "reporter_partner_shares": ["partner"],
    "corridors": ["corridor"],
    "targets": ["goods"],
    "markets": ["market"],
    "cheapest_plan": ["capability", "option"],
    "spend_by_origin": ["origin"],
    "excluded": ["capability", "option"],
    "years": ["year"],
    "countries": ["country"],
    "pairs": ["exporter", "importer"],
}
PLAN_KEYS = {"rerouting": ["route", "goods"], "procurement": ["capability", "option"]}


@dataclass(frozen=True)
class Comparison:
    """Run ``b`` against run ``a``.

    Attributes
    ----------
    summary
        Rows ``field, a, b, difference`` (difference ``b - a`` where both are numbers).
    tables
        Per result table both have: the key columns, then ``<column>_a``,
        ``<column>_b`` and ``<column>_diff`` for every numeric column.
    same_inputs
        Whether the two runs had the same inputs hash.
    bands
        For every band both runs have (same item and quantity): the two 5-95%
        intervals and whether they ``overlap``; empty unless both have bands.
    """

    a: ScenarioResult
    b: ScenarioResult
    summary: list[dict[str, Any]]
    tables: dict[str, list[dict[str, Any]]]
    same_inputs: bool
    bands: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "a": describe(self.a),
            "b": describe(self.b),
            "kind": self.a.kind,
            "same_inputs": self.same_inputs,
            "summary": self.summary,
            "tables": self.tables,
        }
        if self.bands:
            out["bands"] = self.bands
        return jsonable(out)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _diff_table(
    name: str, kind: str, a: list[dict[str, Any]], b: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    fa, fb = pd.DataFrame(a), pd.DataFrame(b)
    keys = PLAN_KEYS.get(kind, []) if name == "plan" else KEYS.get(name, [])
    keys = [k for k in keys if k in fa.columns and k in fb.columns]
    if not keys:
        keys = [
            c
            for c in fa.columns
            if c in fb.columns and fa[c].map(lambda v: isinstance(v, str)).all()
        ]
    if not keys:
        return []
    numeric = [
        c
        for c in fa.columns
        if c in fb.columns
        and c not in keys
        and fa[c].map(_number).all()
        and fb[c].map(_number).all()
    ]
    merged = fa[keys + numeric].merge(
        fb[keys + numeric], on=keys, how="outer", suffixes=("_a", "_b")
    )
    for c in numeric:
        merged[f"{c}_diff"] = merged[f"{c}_b"] - merged[f"{c}_a"]
    cols = keys + [f"{c}{s}" for c in numeric for s in ("_a", "_b", "_diff")]
    merged = merged[cols].sort_values(keys).reset_index(drop=True)
    return [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
        for row in merged.to_dict("records")
    ]


def compare_results(a: ScenarioResult, b: ScenarioResult) -> Comparison:
    """Compare two results of the same kind."""
    if a.kind != b.kind:
        raise InputError(
            f"cannot compare a {a.kind} run with a {b.kind} run (compare runs of one kind)"
        )
    sa, sb = a.summary(), b.summary()
    summary = []
    for key in dict.fromkeys([*sa, *sb]):
        va, vb = sa.get(key), sb.get(key)
        summary.append(
            {
                "field": key,
                "a": va,
                "b": vb,
                "difference": vb - va
                if isinstance(va, int | float)
                and isinstance(vb, int | float)
                and not isinstance(va, bool)
                and not isinstance(vb, bool)
                else None,
            }
        )
    ta, tb = a.tables(), b.tables()
    tables = {name: _diff_table(name, a.kind, ta[name], tb[name]) for name in ta if name in tb}
    return Comparison(a, b, summary, tables, a.inputs_hash == b.inputs_hash, band_overlap(a, b))


def band_overlap(a: ScenarioResult, b: ScenarioResult) -> list[dict[str, Any]]:
    """Each band the two runs share, with both 5-95% intervals and whether they overlap."""
    from diversify.scenarios.bands import overlap

    theirs = {(r["item"], r["quantity"]): r for r in b.bands()}
    rows = []
    for r in a.bands():
        other = theirs.get((r["item"], r["quantity"]))
        if other is None:
            continue
        rows.append(
            {
                "item": r["item"],
                "quantity": r["quantity"],
                "a_p5": r["p5"],
                "a_p95": r["p95"],
                "b_p5": other["p5"],
                "b_p95": other["p95"],
                "overlap": overlap(r, other),
            }
        )
    return rows


def compare(
    a: ScenarioResult | int | str | Path,
    b: ScenarioResult | int | str | Path,
    warehouse: Warehouse | None = None,
) -> Comparison:
    """Compare two runs, each a result, a stored run id or a scenario file (run without storing).

    Mirrors ``diversify scenario compare A B``.
    """
    own = None
    needs_wh = any(isinstance(r, int | str | Path) for r in (a, b))
    if warehouse is None and needs_wh:
        from diversify.store import Warehouse

        warehouse = own = Warehouse()
    try:
        return compare_results(resolve(a, warehouse), resolve(b, warehouse))
    finally:
        if own is not None:
            own.close()
