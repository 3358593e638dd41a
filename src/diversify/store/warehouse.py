"""The warehouse: one DuckDB file holding flows, national series, ties and provenance."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Self

import duckdb

from diversify.config import default_warehouse_path
from diversify.errors import BusyError, DiversifyError, InputError
from diversify.store.engine import Params
from diversify.store.schema import (
    DDL,
    MIGRATIONS,
    SCHEMA_VERSION,
    refresh_flows_view,
    store_matrix_sums,
)

BEING_WRITTEN = "the warehouse is being written by another process; try again when it has finished"
OPEN_ELSEWHERE = (
    "the warehouse is open in another process (a command reading or writing it) and a write "
    "needs it to itself; try again when that has finished"
)
SERVED_ELSEWHERE = (
    "a running `diversify serve` has the warehouse open; send the write to it (POST /api/ingest, "
    "/api/news/articles, /api/scenarios/run) or stop it first"
)


def _refusal(path: Path, *, read_only: bool) -> str:
    """Why the file could not be opened: DuckDB lets one process write, or many read."""
    if read_only:
        return BEING_WRITTEN
    from diversify.store.staged import served_elsewhere

    return SERVED_ELSEWHERE if served_elsewhere(path) else OPEN_ELSEWHERE


DUCKDB_MAGIC = b"DUCK"
"""Bytes 8-11 of every DuckDB database file."""


NOT_DUCKDB = "not a diversify warehouse (not a DuckDB file)"


def check_warehouse_path(path: Path, *, shown: Path | None = None) -> None:
    """Refuse, from the file system's metadata alone, a path that cannot be a warehouse: a
    folder, a device or pipe, or a new file whose folder cannot be made because a file is in
    the way. ``shown`` is the path the messages name (the warehouse a staged copy stands for).

    The file itself is not opened: closing any descriptor of a file drops every POSIX lock the
    process holds on it, DuckDB's included, and a process (a server) may hold the warehouse open.
    """
    shown = shown or path
    if path.is_dir():
        raise InputError("is a folder; expected a diversify warehouse (a DuckDB file)", path=shown)
    if path.exists():
        if not path.is_file():
            raise InputError("not a regular file (a device, pipe or socket); expected a diversify warehouse",
                             path=shown)
        return
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise InputError(f"cannot create the warehouse: {folder} is a file, not a folder", path=shown)


def check_warehouse_file(path: Path) -> None:
    """:func:`check_warehouse_path`, and an existing file must begin as a DuckDB database does.

    Reads the file's first bytes, so it is for a process that holds no DuckDB connection to it
    (see :func:`check_warehouse_path`): a command about to write beside the warehouse (an
    ingest's lock and staged copy, a fetch before its download).
    """
    check_warehouse_path(path)
    if not path.is_file():
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError as exc:
        raise InputError(f"cannot read the warehouse ({exc.strerror or exc})", path=path) from None
    if head[8:12] != DUCKDB_MAGIC:
        raise InputError(NOT_DUCKDB, path=path)


def _connect(path: Path | None, *, read_only: bool, wait: float = 3.0,
             shown: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file; a lock held by another process gets one plain line.

    Any number of processes may hold the file read-only, or one read-write. A lock is
    often held for a moment only (a report, a write through the server, an ingest swapping
    in its new file), so a refused open is tried again for ``wait`` seconds before
    :class:`~diversify.errors.BusyError` says why.
    """
    import time

    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path) if path else ":memory:", read_only=read_only)
        except duckdb.Error as exc:
            text = str(exc)
            # another process's lock, or this process holding the file in the other mode
            held = "lock" in text.casefold() or "different configuration" in text
            if held and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            if held and path is not None:
                raise BusyError(f"{shown or path}: {_refusal(path, read_only=read_only)}") from None
            if "not a valid DuckDB database file" in text or "in-memory database in read-only" in text:
                # the second: DuckDB opens a path it does not take for a database (a .csv) in memory
                raise InputError(NOT_DUCKDB, path=shown or path) from None
            first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
            raise DiversifyError(f"{shown or path}: cannot open the warehouse ({first})") from None
        con.execute("SET enable_progress_bar = false")
        return con


class Warehouse:
    """A DuckDB warehouse file.

    Parameters
    ----------
    path
        The ``.duckdb`` file; ``None`` means :func:`default_warehouse_path`.
        ``":memory:"`` gives a throw-away in-memory warehouse.
    create
        When the file does not exist yet, create it and fill it from the
        embedded default data (the normal case right after installing).
    seed
        Fill a newly created warehouse from the embedded default data.
    read_only
        Open the file read-only: any number of processes may read it at once, while a
        read-write connection needs it to itself (DuckDB's rule). A file that does not exist
        yet, or needs an upgrade, is first written with a short-lived read-write connection.
    wait
        Seconds to keep trying when another process holds the file in a conflicting mode,
        before :class:`~diversify.errors.BusyError`.
    shown_as
        The path messages name, when ``path`` is a staged copy standing for it
        (see :mod:`diversify.store.staged`).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        create: bool = True,
        seed: bool = True,
        read_only: bool = False,
        progress: bool = False,
        wait: float = 3.0,
        shown_as: Path | None = None,
    ) -> None:
        self.path = Path(path) if path not in (None, ":memory:") else path
        self.derived: set[str] = set()
        """Names of per-connection derived tables built so far (see :meth:`drop_derived`)."""
        if self.path is None:
            self.path = default_warehouse_path()
        in_memory = self.path == ":memory:"
        self.read_only = read_only and not in_memory
        self._wait = wait
        self._in_transaction = False
        self._joined_failed = False
        """Whether a block joined to the open :meth:`transaction` failed."""
        file = Path(str(self.path)) if not in_memory else None
        self.shown: Path | str = shown_as or self.path
        """The path messages name."""
        fresh = in_memory or not Path(str(self.path)).exists()
        if fresh and not create:
            raise InputError("warehouse does not exist", path=self.shown)
        if file is not None:
            check_warehouse_path(file, shown=shown_as)
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"cannot create the warehouse's folder {file.parent} "
                                 f"({exc.strerror or exc})", path=self.shown) from None
        self.con = _connect(file, read_only=self.read_only and not fresh, wait=wait, shown=shown_as)
        if fresh:
            self._create(seed=seed, progress=progress)
            if self.read_only:
                self.con.close()
                self.con = _connect(file, read_only=True, wait=wait, shown=shown_as)
        else:
            try:
                self._check_opened_as_file()
                self._migrate()
            except BaseException:
                self.con.close()
                raise
        self._register_reference()

    # -- life cycle ---------------------------------------------------------
    def _create(self, *, seed: bool, progress: bool) -> None:
        try:
            with self.transaction():
                self.con.execute(DDL)
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
                )
                if seed:
                    from diversify.data_build import load_default_data

                    load_default_data(self.con, progress=progress)
                refresh_flows_view(self.con)
        except BaseException:
            self.con.close()
            if self.path != ":memory:":
                for p in (Path(str(self.path)), Path(str(self.path) + ".wal")):
                    p.unlink(missing_ok=True)
            raise

    def _check_opened_as_file(self) -> None:
        """A file DuckDB does not take for a database (a CSV) opens read-write as an in-memory
        database with the file as a view: refused, never written to."""
        row = self.con.execute(
            "SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
        if row is None or row[0] is None:
            raise InputError(NOT_DUCKDB, path=self.shown)

    def _migrate(self) -> None:
        """Bring a warehouse written by an earlier version to the current schema, in one transaction."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise DiversifyError(f"{self.shown}: not a diversify warehouse (no meta table)") from None
        version = row[0] if row else None
        if version == SCHEMA_VERSION:
            return
        if version not in MIGRATIONS:
            raise DiversifyError(
                f"{self.shown}: warehouse schema version {version!r} is not one this version of "
                f"diversify reads (it reads {SCHEMA_VERSION}); rebuild it with `diversify ingest`"
            )
        file, shown = Path(str(self.path)), Path(str(self.shown))
        if self.read_only:
            # a reader of an older warehouse upgrades it once, with a short-lived writable connection
            self.con.close()
            self.con = _connect(file, read_only=False, wait=self._wait, shown=shown)
        with self.transaction():
            for statement in MIGRATIONS[version]:
                self.con.execute(statement)
            self.con.execute(DDL)
            store_matrix_sums(self.con)
            refresh_flows_view(self.con)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        if self.read_only:
            self.con.close()
            self.con = _connect(file, read_only=True, wait=self._wait, shown=shown)

    def _register_reference(self) -> None:
        """Bloc membership as a temp table, so bloc shares are plain SQL joins."""
        from diversify.reference.blocs import load_blocs, membership_rows

        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE bloc_membership "
            "(bloc VARCHAR, country VARCHAR, joined DATE, left_on DATE)"
        )
        rows = membership_rows(load_blocs())
        if rows:  # one statement: a row at a time cost a tenth of a second at every start
            bloc, country, joined, left_on = (list(c) for c in zip(*rows, strict=True))
            self.con.execute(
                "INSERT INTO bloc_membership SELECT unnest($bloc::VARCHAR[]), unnest($country::VARCHAR[]), "
                "unnest($joined::DATE[]), unnest($left_on::DATE[])",
                {"bloc": bloc, "country": country, "joined": joined, "left_on": left_on},
            )

    def drop_derived(self) -> None:
        """Forget per-connection derived tables after the data changed."""
        self.derived.clear()
        for table in ("tie_best", "tie_system", "tie_level"):
            self.con.execute(f"DROP TABLE IF EXISTS temp.{table}")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def deterministic(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run queries on one thread, so floating-point sums add up in one order.

        Parallel aggregation may sum in a different order on each run and change
        the last digit of a share; reports must print the same figures every time.
        """
        before = self.con.execute("SELECT current_setting('threads')").fetchone()[0]  # type: ignore[index]
        self.con.execute("SET threads = 1")
        try:
            yield self.con
        finally:
            self.con.execute(f"SET threads = {int(before)}")

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: a failure inside leaves the warehouse as it was.

        Inside another ``transaction()`` the block joins the outer one (DuckDB nests none):
        nothing is committed before the outer block ends, and a failure in the inner block
        rolls back everything, even if the error is caught in between. This is how a fetch
        loads several files, each with its own ingest, all or none.
        """
        if self._in_transaction:
            try:
                yield self.con
            except BaseException:
                self._joined_failed = True
                raise
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_transaction, self._joined_failed = True, False
        try:
            yield self.con
        except BaseException:
            self._in_transaction = False
            self.con.execute("ROLLBACK")
            raise
        self._in_transaction = False
        if self._joined_failed:
            self.con.execute("ROLLBACK")
            raise DiversifyError("a part of the transaction failed and its error was caught; "
                                 "everything in it was rolled back")
        self.con.execute("COMMIT")

    # -- queries (the Engine protocol of diversify.store.engine) -------------
    def query(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params or []).fetchall()

    def frame(self, sql: str, params: Params = None):  # type: ignore[no-untyped-def]
        return self.con.execute(sql, params or []).df()

    def records(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        """The rows as dicts of plain Python values (no data-frame library imported)."""
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def materialize(self, name: str, sql: str, params: Params = None) -> None:
        """Compute ``sql`` into the temp table ``name`` (replaced if it exists)."""
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}", params or [])

    def write(self, sql: str, params: Params, output: str, fmt: Literal["parquet", "csv"]) -> int:
        """Write the rows of ``sql`` to the file ``output`` with DuckDB's COPY; returns the rows."""
        options = "(FORMAT parquet, COMPRESSION zstd)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
        target = "'" + output.replace("'", "''") + "'"
        try:
            row = self.con.execute(f"COPY ({sql}) TO {target} {options}", params or []).fetchone()
        except duckdb.IOException as exc:
            reason = str(exc).splitlines()[0].split(": ", 1)[-1]
            raise InputError(f"cannot write the file ({reason})", path=output) from exc
        return int(row[0]) if row else 0

    def sources(self) -> list[dict[str, Any]]:
        """Every loaded source with its provenance, newest first."""
        cur = self.con.execute(
            "SELECT source_id, loader, publisher, dataset, version, file_name, sha256, citation, "
            "licence, method, rows, ingested_at FROM sources ORDER BY ingested_at DESC, source_id"
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def citation(self, source_id: str) -> str:
        row = self.con.execute(
            "SELECT citation FROM sources WHERE source_id = ?", [source_id]
        ).fetchone()
        return row[0] if row else source_id

    def ingest(self, path: str | Path, source: str, **options: Any):  # type: ignore[no-untyped-def]
        """Load one public file with the loader named ``source``; see :mod:`diversify.store.ingest`."""
        from diversify.store.ingest import ingest_file

        return ingest_file(self, Path(path), source, **options)
