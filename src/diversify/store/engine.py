"""What an engine that runs the indicator SQL provides.

The indicator and report queries are written once, in DuckDB's dialect, with ``$name`` or ``?``
parameters. An engine runs them: :class:`~diversify.store.Warehouse` on a DuckDB file (the
default), :class:`~diversify.store.spark.SparkWarehouse` on Apache Spark over the Parquet
layout of :mod:`diversify.store.parquet_layout` (each query transpiled by
:mod:`diversify.store.dialect`). Code outside ``store/`` talks to an engine only through these
methods, so no dialect-specific query text lives anywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    import pandas as pd

Params = Mapping[str, Any] | Sequence[Any] | None
"""Named (``$name``) or positional (``?``) query parameters."""


class Engine(Protocol):
    """The query surface the indicators and the report use."""

    derived: set[str]
    """Names of per-connection derived tables built so far."""

    def query(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        """Rows of ``sql`` as tuples."""
        ...

    def frame(self, sql: str, params: Params = None) -> pd.DataFrame:
        """Rows of ``sql`` as a pandas DataFrame."""
        ...

    def records(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        """Rows of ``sql`` as dicts of plain Python values (no data-frame library)."""
        ...

    def materialize(self, name: str, sql: str, params: Params = None) -> None:
        """Compute ``sql`` into the session table ``name`` (replaced if it exists)."""
        ...

    def write(self, sql: str, params: Params, output: str, fmt: Literal["parquet", "csv"]) -> int:
        """Write the rows of ``sql`` to ``output`` in the engine; returns the number of rows."""
        ...

    def deterministic(self) -> AbstractContextManager[Any]:
        """A context in which repeated runs of a query sum in the same order."""
        ...

    def close(self) -> None: ...

