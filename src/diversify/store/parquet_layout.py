"""The Parquet layout: the warehouse's tables as files both engines read.

``diversify export parquet DIR`` writes::

    DIR/manifest.json                      layout version, tables, rows, columns and types
    DIR/flow_rows/year=1995/*.parquet      the long flows, hive-partitioned by year
    DIR/trade_matrix/year=2022/*.parquet   world matrices (BACI), hive-partitioned by year
    DIR/trade_pairs/year=2022/*.parquet    their pair sums over all products, and by HS chapter
    DIR/trade_chapters/year=2022/*.parquet (stored at ingest; the ``flows`` view reads them)
    DIR/national_series/*.parquet          national totals, military expenditure ...
    DIR/ties/*.parquet                     alliance ties
    DIR/sources/*.parquet                  provenance and priority of every source
    DIR/products/*.parquet                 product descriptions

The tables and columns are the warehouse's own (:mod:`diversify.store.schema`), so the
``flows`` view and every indicator query read them unchanged. A table with no rows has no
folder; its columns are in the manifest. Partitions by year let an engine skip the years a
query does not read; more files per year (Spark writes one per task) are read the same way.
Bloc membership is reference data of the package and is not exported.

Copied as it is to HDFS, S3, GCS or ADLS, the folder is what
``diversify --engine spark --data URI`` reads; ``--engine duckdb --data DIR`` reads a local copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diversify.errors import InputError

if TYPE_CHECKING:
    from diversify.store.warehouse import Warehouse

LAYOUT = "diversify-parquet"
LAYOUT_VERSION = 2
MANIFEST = "manifest.json"
TABLES: dict[str, str | None] = {
    "flow_rows": "year",
    "trade_matrix": "year",
    "trade_pairs": "year",
    "trade_chapters": "year",
    "national_series": None,
    "ties": None,
    "sources": None,
    "products": None,
}
"""Each exported table and the column it is partitioned by (``None``: one folder of files)."""


def layout_folder(folder: Path, *, field: str | None = None) -> None:
    """Make ``folder`` for a layout: it must be new or empty (a layout is written whole, never
    merged into another); a file in its place, or a folder that cannot be made, is refused in
    one line naming it (and ``field``, the option or argument that gave it)."""
    if folder.is_file() or (folder.exists() and not folder.is_dir()):
        raise InputError("is a file; expected a new or empty folder for the layout", path=folder, field=field)
    if folder.is_dir() and any(folder.iterdir()):
        raise InputError("not an empty folder; the layout is written into a new one", path=folder, field=field)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder ({exc.strerror or exc})", path=folder, field=field) from None


def export_parquet(wh: Warehouse, folder: Path) -> dict[str, int]:
    """Write the warehouse's tables to ``folder`` in the Parquet layout; returns rows per table.

    ``folder`` must be new or empty (:func:`layout_folder`).
    """
    import duckdb

    from diversify.store.schema import SCHEMA_VERSION

    layout_folder(folder)
    tables: dict[str, Any] = {}
    for name, partition in TABLES.items():
        columns = [(str(r[0]), str(r[1])) for r in wh.query(f"DESCRIBE {name}")]
        rows = int(wh.query(f"SELECT count(*) FROM {name}")[0][0])
        if rows:
            target = folder / name
            quoted = "'" + str(target if partition else target / "part-0.parquet").replace("'", "''") + "'"
            if not partition:
                target.mkdir()
            options = f"FORMAT parquet, COMPRESSION zstd{f', PARTITION_BY ({partition})' if partition else ''}"
            # ordered so that a year's rows of one reporter sit together: readers skip row groups
            order = {"flow_rows": " ORDER BY year, reporter, domain", "trade_matrix": " ORDER BY year, exporter",
                     "trade_pairs": " ORDER BY year, exporter", "trade_chapters": " ORDER BY year, importer"}
            try:
                wh.con.execute(f"COPY (SELECT * FROM {name}{order.get(name, '')}) TO {quoted} ({options})")
            except duckdb.IOException as exc:
                reason = str(exc).splitlines()[0].split(": ", 1)[-1]
                raise InputError(f"cannot write the layout ({reason})", path=target) from None
        tables[name] = {"rows": rows, "partitioned_by": partition, "columns": columns}
    manifest = {"layout": LAYOUT, "version": LAYOUT_VERSION, "schema_version": SCHEMA_VERSION, "tables": tables}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return {name: t["rows"] for name, t in tables.items()}


def check_manifest(text: str, where: str) -> dict[str, Any]:
    """The manifest of a layout, checked: one clear error for anything else."""
    try:
        manifest = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{MANIFEST} is not JSON ({exc})", path=where) from None
    if not isinstance(manifest, dict) or manifest.get("layout") != LAYOUT:
        raise InputError(f"not a diversify Parquet layout ({MANIFEST} has no \"layout\": \"{LAYOUT}\")", path=where)
    if manifest.get("version") != LAYOUT_VERSION:
        raise InputError(f"Parquet layout version {manifest.get('version')!r}; this version of diversify "
                         f"reads {LAYOUT_VERSION} (export it again)", path=where)
    missing = [t for t in TABLES if t not in manifest.get("tables", {})]
    if missing:
        raise InputError(f"{MANIFEST} lists no table {missing[0]!r}", path=where)
    return manifest


def select_columns(table: dict[str, Any], cast: str = "CAST({c} AS {t}) AS {c}") -> str:
    """The select list of a table in the manifest's column order and types (a hive partition
    column comes back last and as another integer type; this puts it back)."""
    return ", ".join(cast.format(c=c, t=t) for c, t in table["columns"])


def open_duckdb(folder: Path) -> Warehouse:
    """An in-memory DuckDB warehouse whose tables are views over the layout in ``folder``."""
    from diversify.store.schema import refresh_flows_view
    from diversify.store.warehouse import Warehouse

    path = folder / MANIFEST
    if not path.is_file():
        raise InputError(f"no {MANIFEST}: not a diversify Parquet layout (write one with "
                         "`diversify export parquet DIR`)", path=folder)
    manifest = check_manifest(path.read_text("utf-8"), str(folder))
    wh = Warehouse(":memory:", seed=False)
    for name, table in manifest["tables"].items():
        if name not in TABLES or not table["rows"]:
            continue  # the empty table of the schema stays
        files = "'" + str(folder / name / "**" / "*.parquet").replace("'", "''") + "'"
        hive = ", hive_partitioning = true" if table.get("partitioned_by") else ""
        wh.con.execute(f"DROP TABLE {name}")
        wh.con.execute(f"CREATE VIEW {name} AS SELECT {select_columns(table)} FROM read_parquet({files}{hive})")
    refresh_flows_view(wh.con)
    return wh
