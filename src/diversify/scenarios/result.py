"""What a scenario run returns: :class:`ScenarioResult`, and its JSON and CSV forms.

``results`` is a JSON-ready dict. Its scalar entries (and tables of scalars)
are the summary; its lists of records are the result tables (``by_product``,
``plan``, ``years``, ``countries`` ...), which export to CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from diversify.errors import InputError

Kind = Literal["tariff", "rerouting", "procurement", "spending", "gravity"]
KINDS: tuple[str, ...] = get_args(Kind)
Format = Literal["text", "json", "csv"]


def jsonable(value: Any) -> Any:
    """Plain JSON types: numpy scalars to Python, NaN to null, infinities to "inf"/"-inf"."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return value.name
    return value


def is_table(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(r, dict) for r in value)


@dataclass(frozen=True)
class Outcome:
    """What a kind's model hands back to the runner."""

    results: dict[str, Any]
    files: tuple[Path, ...] = ()
    source_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScenarioResult:
    """One scenario run.

    Attributes
    ----------
    name, kind, description
        From the file's ``[scenario]`` table.
    results
        The model's JSON-ready results (for ``gravity``, the gravity result object).
    toml_text, file_name
        The scenario as run.
    inputs_hash
        SHA-256 over the scenario text, the files it reads and the warehouse
        sources it used: equal hashes mean equal inputs.
    id, created_at
        Set once the run is stored in the warehouse.
    """

    name: str
    kind: Kind
    results: dict[str, Any]
    toml_text: str
    inputs_hash: str
    file_name: str | None = None
    description: str = ""
    id: int | None = None
    created_at: dt.datetime | None = None
    base_dir: str | None = field(default=None, repr=False)

    # -- views ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The results with ``scenario``, ``kind``, ``id`` and ``inputs_hash`` added at the top level."""
        head = {
            "scenario": self.name,
            "kind": self.kind,
            "id": self.id,
            "inputs_hash": self.inputs_hash,
        }
        return jsonable({**self.results, **head})

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def summary(self) -> dict[str, Any]:
        """Scalar results, nested tables of scalars flattened as ``outer.inner``."""
        out: dict[str, Any] = {}
        for key, value in self.results.items():
            if isinstance(value, dict):
                for k, v in value.items():
                    if not isinstance(v, dict | list):
                        out[f"{key}.{k}"] = v
            elif not isinstance(value, list):
                out[key] = value
        return jsonable(out)

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        """The result tables (lists of records), by name.

        A result with an ``uncertainty`` object also has a ``bands`` table: one row
        per band (``item, quantity, mean, std, p5, p50, p95``).
        """
        out = {k: jsonable(v) for k, v in self.results.items() if is_table(v)}
        rows = self.bands()
        if rows:
            out["bands"] = rows
        return out

    def bands(self) -> list[dict[str, Any]]:
        """The bands of the ``uncertainty`` object as flat rows (empty without one)."""
        from diversify.scenarios.bands import band_rows

        uncertainty = self.results.get("uncertainty")
        if not isinstance(uncertainty, Mapping):
            return []
        return jsonable(band_rows(uncertainty))  # type: ignore[no-any-return]

    def frame(self, table: str):  # type: ignore[no-untyped-def]
        """One result table as a pandas DataFrame."""
        import pandas as pd

        tables = self.tables()
        if table not in tables:
            raise InputError(
                f"no table '{table}' (this result has: {', '.join(tables) or 'none'})",
                field="--table",
            )
        return pd.DataFrame(tables[table])

    def to_csv(self, table: str | None = None) -> str:
        """One table, or every table stacked with a leading ``table`` column."""
        tables = self.tables()
        if table is not None:
            if table not in tables:
                raise InputError(
                    f"no table '{table}' (this result has: {', '.join(tables) or 'none'})",
                    field="--table",
                )
            return _csv(tables[table])
        stacked = [{"table": name, **row} for name, rows in tables.items() for row in rows]
        return _csv(stacked)


def _csv(rows: list[dict[str, Any]]) -> str:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in row.items()}
        )
    return buf.getvalue()


def format_value(value: Any) -> str:
    """A result value as the text outputs show it: 4.608, not 4.60799999999999; 1,234,567 from 1e5 up;
    "yes"/"no" for truth values; a list joined by commas; nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if abs(value) >= 1e5:
            return f"{value:,.0f}"
        return f"{value:,.4g}" if abs(value) < 1 else f"{value:,.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
