"""The command line: a thin layer over the library.

Library errors (:class:`~diversify.errors.DiversifyError`) become one line on
stderr and exit code 2; nothing prints a traceback at a user.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from diversify.errors import DiversifyError, InputError
from diversify.jsontext import dumps

if TYPE_CHECKING:
    from rich.console import Console

    from diversify.store import Warehouse

T = TypeVar("T")

app = typer.Typer(
    name="diversify",
    help="Measure a country's dependence on its partners, simulate diversifying, check the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="The embedded default data.", no_args_is_help=True)
app.add_typer(data_app, name="data")




@lru_cache(maxsize=1)
def error_console() -> Console:
    """The console for errors and progress bars on stderr (rich loads when first needed)."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


_state: dict[str, Any] = {"warehouse": None, "engine": "duckdb", "spark_master": None, "data": None}


class EngineChoice(str, Enum):
    duckdb = "duckdb"
    spark = "spark"


def use_engine(engine: EngineChoice | None, spark_master: str | None, data: str | None) -> None:
    """Options given after a command (``table hhi --engine spark``) override those before it."""
    if engine is not None:
        _state["engine"] = engine.value
    if spark_master is not None:
        _state["spark_master"] = spark_master
    if data is not None:
        _state["data"] = data


@app.callback()
def _main(
    warehouse: Annotated[
        Path | None,
        typer.Option(
            "--warehouse", envvar="DIVERSIFY_WAREHOUSE",
            help="Warehouse file (created from the embedded default data if missing).",
        ),
    ] = None,
    engine: Annotated[
        EngineChoice,
        typer.Option("--engine", envvar="DIVERSIFY_ENGINE",
                     help="Engine of `report` and `table`: duckdb (the warehouse file) or spark "
                     "(the Parquet layout at --data, on --spark-master)."),
    ] = EngineChoice.duckdb,
    spark_master: Annotated[
        str | None,
        typer.Option("--spark-master", envvar="DIVERSIFY_SPARK_MASTER",
                     help="Spark master URL (default local[*]): spark://host:7077, yarn, local[2] ..."),
    ] = None,
    data: Annotated[
        str | None,
        typer.Option("--data", envvar="DIVERSIFY_DATA",
                     help="Parquet layout written by `diversify export parquet` (a local path, or for "
                     "Spark any Hadoop-compatible URI: hdfs://, s3a://, gs://, abfss://)."),
    ] = None,
) -> None:
    _state.update(warehouse=warehouse, engine=engine.value, spark_master=spark_master, data=data)


def open_warehouse(*, progress: bool = True, read_only: bool = False):  # type: ignore[no-untyped-def]
    """The warehouse selected by --warehouse / DIVERSIFY_WAREHOUSE / the default path.

    ``read_only`` for commands that only read: any number of them run side by side, beside
    a running ``diversify serve`` (which reads read-only too) and beside an ingest (which
    writes a copy and swaps it in). A command that writes opens it read-write only for the
    write: DuckDB lets one process at a time do that.
    """
    from diversify.store import Warehouse

    require_duckdb()
    return Warehouse(_state["warehouse"], progress=progress and sys.stderr.isatty(),
                     read_only=read_only)


def require_duckdb() -> None:
    """Refuse --engine spark and --data for a command that runs on the DuckDB warehouse file."""
    if _state["engine"] != "duckdb" or _state["data"] is not None:
        raise InputError("--engine spark and --data serve `report` and `table` only; this command "
                         "runs on the DuckDB warehouse (leave both out)", field="--engine")


def open_engine(*, read_only: bool = True):  # type: ignore[no-untyped-def]
    """The engine the analyses run on: the DuckDB warehouse (default, ``read_only`` as in
    :func:`open_warehouse`), DuckDB over the Parquet layout at --data, or Spark over that
    layout (--engine spark)."""
    data = _state["data"]
    if _state["engine"] == "spark":
        if not data:
            raise InputError("--engine spark reads a Parquet layout: give --data URI (write one with "
                             "`diversify export parquet DIR`)", field="--data")
        from diversify.store.spark import SparkWarehouse

        return SparkWarehouse(data, _state["spark_master"])
    if data:
        from diversify.store.parquet_layout import open_duckdb

        return open_duckdb(Path(data))
    return open_warehouse(read_only=read_only)


def current_engine() -> str:
    """The engine selected by --engine (before or after the command): ``duckdb`` or ``spark``."""
    return str(_state["engine"])


def check_output(output: str | Path, *, folder_ok: bool = False, option: str = "--output") -> None:
    """Refuse, before any work, an output file that cannot be written: its folder is missing, or
    it is a folder (unless ``folder_ok``: Spark writes a folder of part files). URIs (``s3a://``
    ...) are the engine's to check."""
    if "://" in str(output):
        return
    path = Path(output)
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"the folder {folder} does not exist", path=path, field=option)
    if path.is_dir() and not folder_ok:
        raise InputError("is a folder, expected a file", path=path, field=option)


def write_output(output: Path, data: str | bytes, *, option: str = "--output") -> None:
    """Write ``data`` to ``output``; a failure is one line naming the file, not a traceback."""
    check_output(output, option=option)
    try:
        if isinstance(data, bytes):
            output.write_bytes(data)
        else:
            output.write_text(data, "utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the file ({exc.strerror or exc})", path=output,
                         field=option) from exc


def warehouse_path() -> Path:
    from diversify.config import default_warehouse_path

    return Path(_state["warehouse"] or default_warehouse_path())


def write_warehouse(work: Callable[[Warehouse], T], *, changed: Callable[[T], bool]) -> T:
    """Run ``work`` on the warehouse opened for writing, for as long as it writes.

    Where file locks work, ``work`` runs on a staged copy that is swapped in when it
    ``changed`` anything (:mod:`diversify.store.staged`): commands that read keep reading the
    last committed state meanwhile, and a failure leaves the warehouse as it was. A warehouse
    that does not exist yet is first created from the embedded default data.
    """
    from diversify.store import Warehouse
    from diversify.store.staged import run_staged, staging_supported

    target = warehouse_path()
    if not staging_supported(target):
        with open_warehouse() as wh:
            return work(wh)
    if not target.exists():
        open_warehouse().close()  # created from the embedded default data

    def staged(copy: Path) -> tuple[T, bool]:
        with Warehouse(copy, create=False, shown_as=target) as wh:
            out = work(wh)
            wh.con.execute("CHECKPOINT")
        return out, changed(out)

    return run_staged(target, staged)


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="A public data file.")],
    source: Annotated[str, typer.Option("--source", help="Loader name (see `diversify sources --loaders`).")],
    allow_unmatched: Annotated[
        bool, typer.Option(help="Store rows with unmatched country names under XXX instead of failing.")
    ] = False,
    replace_smaller: Annotated[
        bool, typer.Option(help="Let a new version replace the loaded one even when it is much "
                           "smaller or some of its series end earlier (a file cut short?).")
    ] = False,
) -> None:
    """Load a real public file into the warehouse (transactional, idempotent)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    options = {"allow_unmatched": allow_unmatched, "replace_smaller": replace_smaller}
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=error_console(), transient=True, disable=not sys.stderr.isatty(),
    ) as bar:
        bar.add_task(f"ingesting {path.name} with {source}", total=None)
        result = write_warehouse(lambda wh: wh.ingest(path, source, **options),
                                 changed=lambda out: not out.skipped)
    if result.skipped:
        typer.echo(f"{path.name}: already loaded as {result.source_id}; nothing added")
        return
    rows = ", ".join(f"{n} {t}" for t, n in result.rows.items()) or "no rows"
    typer.echo(f"{path.name}: loaded as {result.source_id} ({rows})")
    for old in result.replaced:
        typer.echo(f"  replaced older version {old}")
    for note in result.notes:
        typer.echo(f"  note: {note}")
    for name, n in result.unmatched.items():
        typer.echo(f"  unmatched name {name} ({n} rows stored under XXX)")


@app.command()
def sources(
    loaders: Annotated[bool, typer.Option("--loaders", help="List the loaders instead.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List what is loaded, with provenance (publisher, dataset, version, file, SHA-256)."""

    from rich.console import Console
    from rich.table import Table

    if loaders:
        from diversify.sources.registry import loaders as table

        for name, cls in sorted(table().items()):
            typer.echo(f"{name:22s} {cls.description}")
        return
    with open_warehouse(read_only=True) as wh:
        rows = wh.sources()
    if as_json:
        typer.echo(dumps(rows, indent=2))
        return
    t = Table(box=None)
    for col in ("source_id", "publisher / dataset", "version", "file", "rows", "sha256"):
        t.add_column(col, no_wrap=col != "publisher / dataset", justify="right" if col == "rows" else "left")
    for r in rows:
        t.add_row(
            r["source_id"], f"{r['publisher']}: {r['dataset']}", r["version"] or "",
            r["file_name"] or "", str(r["rows"]), (r["sha256"] or "")[:12],
        )
    Console(width=None if sys.stdout.isatty() else 200).print(t)


@app.command()
def vacuum() -> None:
    """Give back the space left by failed or interrupted loads (rewrites the warehouse file)."""
    from diversify.store.staged import vacuum as run

    before, after, leftovers = run(warehouse_path())
    mb = 1024 * 1024
    typer.echo(f"{warehouse_path().name}: {before / mb:.1f} MB -> {after / mb:.1f} MB"
               + (f"; removed {leftovers / mb:.1f} MB left by an interrupted ingest" if leftovers else ""))


OPTIONAL = (("diversify.report.cli", None, "report"), ("diversify.scenarios.cli", "scenario", "scenario"),
            ("diversify.news.cli", "news", "news"), ("diversify.api.cli", None, "serve"),
            ("diversify.indicators.cli", "table", "table"), ("diversify.sources.fetch_cli", "fetch", "fetch"),
            ("diversify.store.cli", "export", "export"), ("diversify.data_build", None, "data"))
"""Sub-commands of the other stages, each in its own package: (module, group name, command)."""
CORE = ("ingest", "sources", "vacuum")


def command_named(argv: list[str]) -> str | None:
    """The command of a command line (after the global ``--warehouse`` option); ``None`` when an
    option comes first (``--help``)."""
    args = iter(argv)
    for arg in args:
        if arg in _GLOBAL_VALUED:
            next(args, None)
        elif not arg.startswith(tuple(f"{o}=" for o in _GLOBAL_VALUED)):
            return None if arg.startswith("-") else arg
    return None


_GLOBAL_VALUED = ("--warehouse", "--engine", "--spark-master", "--data")
"""Global options that take a value."""


def _register_optional(argv: list[str]) -> None:
    """Register the sub-commands of the other stages: only the one a command line runs when it
    names one (a report need not import the news or scenario stages), else all of them."""
    wanted = command_named(argv)
    known = {command for *_, command in OPTIONAL} | set(CORE)
    for module, name, command in OPTIONAL:
        if wanted in known and wanted != command:
            continue
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            if exc.name and exc.name.startswith("diversify"):
                continue
            raise
        if name:
            app.add_typer(mod.app, name=name)
        elif hasattr(mod, "register"):
            mod.register(app, data_app)


_register_optional(sys.argv[1:])


def main() -> None:
    try:
        app(standalone_mode=True)
    except DiversifyError as exc:
        error_console().print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    # `python -m diversify.cli` runs this file as __main__, a copy beside the module
    # `diversify.cli` the sub-commands import their options from: run that one
    from diversify.cli import main as entry

    entry()
