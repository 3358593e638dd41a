"""``diversify fetch``: download a publisher's files, check them, record provenance, ingest."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

if TYPE_CHECKING:
    from rich.progress import Progress

    from diversify.store import Warehouse

T = TypeVar("T")

app = typer.Typer(help="Download public data from the publisher and load it.", no_args_is_help=True)

ENV_BACI_URL = "DIVERSIFY_BACI_URL"
ENV_SIPRI_REGISTER_URL = "DIVERSIFY_SIPRI_REGISTER_URL"
ENV_SIPRI_MILEX_URL = "DIVERSIFY_SIPRI_MILEX_URL"
ENV_COMTRADE_URL = "DIVERSIFY_COMTRADE_URL"
ENV_COMTRADE_KEY = "DIVERSIFY_COMTRADE_KEY"


def _download_dir(folder: Path | None) -> Path:
    if folder is not None:
        return folder
    import platformdirs

    return Path(platformdirs.user_cache_dir("diversify")) / "downloads"


def _progress(counting: bool = False) -> Progress:
    """A progress bar on standard error, shown only on a terminal: bytes and speed of a download,
    or ``counting`` calls made (n of m)."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    from diversify.cli import error_console

    columns = (MofNCompleteColumn(),) if counting else (DownloadColumn(), TransferSpeedColumn())
    return Progress(TextColumn("{task.description}"), BarColumn(), *columns, console=error_console(),
                    transient=True, disable=not sys.stderr.isatty())


def _check_warehouse() -> None:
    """Refuse a warehouse path that cannot be written before a long download, not after it."""
    from diversify.cli import require_duckdb, warehouse_path
    from diversify.store.warehouse import check_warehouse_file

    require_duckdb()
    check_warehouse_file(warehouse_path())


def _load(work: Callable[[Warehouse], T], *, changed: Callable[[T], bool], files: int, folder: Path) -> T:
    """Load what was downloaded: the warehouse is opened for writing only now, for the load.

    The files of one fetch load in one transaction, all or none; a refusal says so, and a
    warehouse busy with another writer or a server says the downloads are kept.
    """
    from diversify.cli import write_warehouse
    from diversify.errors import BusyError, InputError

    try:
        return write_warehouse(work, changed=changed)
    except BusyError as exc:
        raise BusyError(f"{exc}; the downloads are kept in {folder}: run the same command again "
                        "to load them") from None
    except InputError as exc:
        if files < 2:
            raise
        raise type(exc)(f"{exc.message}; nothing was loaded (the {files} files of a fetch load all "
                        "or none)", path=exc.path, line=exc.line, field=exc.field) from exc


@app.command()
def baci(
    years: Annotated[str, typer.Option("--years", help="Years to load: 2015-2023, 2019,2021 or 2022.")],
    release: Annotated[str, typer.Option("--release", help="CEPII release, e.g. V202501.")] = "V202501",
    revision: Annotated[str, typer.Option("--revision", help="HS revision: HS92 (1995 on), HS96 ... HS22.")] = "HS92",
    url: Annotated[str | None, typer.Option(
        "--url", help=f"Base URL of the archives (a mirror); default CEPII's, or ${ENV_BACI_URL}.")] = None,
    sha256: Annotated[str | None, typer.Option("--sha256", help="Expected SHA-256 of the archive.")] = None,
    folder: Annotated[Path | None, typer.Option(
        "--download-dir", help="Where the archive is kept (default: the user cache folder).")] = None,
    keep_files: Annotated[bool, typer.Option(
        "--keep-files", help="Keep the unpacked yearly CSV files after loading them.")] = False,
) -> None:
    """CEPII BACI: download the release archive (resumable), check it, load the years asked for."""
    from diversify.sources.baci_fetch import BASE_URL, download_baci, load_baci, parse_years

    wanted = parse_years(years)
    base = url or os.environ.get(ENV_BACI_URL) or BASE_URL
    _check_warehouse()
    where = _download_dir(folder)
    with _progress() as bar:
        task = bar.add_task(f"BACI {revision} {release}", total=None)

        def progress(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        def on_year(year: int) -> None:
            bar.update(task, description=f"loading {year}")

        fetched = download_baci(wanted, where, release=release, revision=revision.upper(), base_url=base,
                                sha256=sha256, progress=progress)
        got = fetched.archive
        loaded = _load(lambda wh: load_baci(wh, fetched, keep_files=keep_files, on_year=on_year),
                       changed=lambda out: any(not f.result.skipped for f in out), files=len(fetched.files),
                       folder=where)
    how = ("already downloaded" if got.resumed_from == got.size
           else f"resumed at {got.resumed_from:,} bytes" if got.resumed_from else "downloaded")
    typer.echo(f"{got.path.name}: {got.size:,} bytes, SHA-256 {got.sha256} ({how} from {got.url})")
    if got.restarted:
        typer.echo(f"  note: {got.restarted}")
    for item in loaded:
        r = item.result
        if r.skipped:
            typer.echo(f"  {item.year}: already loaded as {r.source_id}")
        else:
            typer.echo(f"  {item.year}: loaded as {r.source_id} ({r.rows.get('trade_matrix', 0):,} flows)")


def _loaded(label: str, r) -> str:  # type: ignore[no-untyped-def]
    if r.skipped:
        return f"  {label}: already loaded as {r.source_id}"
    return f"  {label}: loaded as {r.source_id} ({sum(r.rows.values()):,} rows)"


@app.command()
def sipri(
    years: Annotated[str | None, typer.Option(
        "--years", help="Delivery years of the arms register: 1950-2024 (default 1950 to last year).")] = None,
    only: Annotated[str | None, typer.Option(
        "--only", help="arms (the trade register) or milex (military expenditure); default both.")] = None,
    register_url: Annotated[str | None, typer.Option(
        "--register-url", help=f"Trade-register API endpoint; default SIPRI's, or ${ENV_SIPRI_REGISTER_URL}.")] = None,
    milex_url: Annotated[str | None, typer.Option(
        "--milex-url", help=f"Base URL of the OWID grapher CSVs; default OWID's, or ${ENV_SIPRI_MILEX_URL}.")] = None,
    folder: Annotated[Path | None, typer.Option(
        "--download-dir", help="Where the files are kept (default: the user cache folder).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch anew even if the files are there.")] = False,
    replace_smaller: Annotated[bool, typer.Option(
        "--replace-smaller", help="Let the fetched data replace a loaded version even when it is much smaller.")] = False,
) -> None:
    """SIPRI: the arms-transfers trade register and military expenditure, fetched, checked and loaded."""
    from diversify.errors import InputError
    from diversify.sources.baci_fetch import parse_years
    from diversify.sources.sipri_fetch import (
        OWID_GRAPHER_URL,
        REGISTER_URL,
        download_sipri,
        load_sipri,
    )

    if only not in (None, "arms", "milex"):
        raise InputError(f"expected arms or milex, got {only!r}", field="--only")
    parts = ("arms", "milex") if only is None else (only,)
    span = parse_years(years) if years else []
    first, last = (span[0], span[-1]) if span else (1950, None)
    _check_warehouse()
    where = _download_dir(folder)
    with _progress() as bar:
        task = bar.add_task("SIPRI", total=None)
        files = download_sipri(
            where, parts=parts, first=first, last=last,  # type: ignore[arg-type]
            register_url=register_url or os.environ.get(ENV_SIPRI_REGISTER_URL) or REGISTER_URL,
            milex_base=milex_url or os.environ.get(ENV_SIPRI_MILEX_URL) or OWID_GRAPHER_URL, refresh=refresh,
            progress=lambda n, total: bar.update(task, completed=n, total=total),
            on_step=lambda what: bar.update(task, description=what, completed=0, total=None))
        bar.update(task, description="loading", completed=0, total=None)
        done = _load(lambda wh: load_sipri(wh, files, replace_smaller=replace_smaller),
                     changed=lambda out: any(not d.result.skipped for d in out), files=len(files), folder=where)
    for item, f in zip(done, files, strict=True):
        how = "already downloaded" if item.reused else "fetched"
        typer.echo(f"{item.file.name}: {item.size:,} bytes, SHA-256 {item.sha256} ({how} from {item.url})")
        if f.restarted:
            typer.echo(f"  note: {f.restarted}")
        typer.echo(_loaded(item.loader, item.result))


@app.command()
def comtrade(
    reporter: Annotated[str, typer.Option("--reporter", help="Reporter: ISO3 code (DEU) or Comtrade number (276).")],
    years: Annotated[str, typer.Option("--years", help="Years: 2019-2023, 2019,2021 or 2022.")],
    key: Annotated[str | None, typer.Option(
        "--key", help=f"Comtrade API subscription key; default ${ENV_COMTRADE_KEY}. Never stored or shown.")] = None,
    flows: Annotated[str, typer.Option("--flows", help="X (exports), M (imports) or X,M.")] = "X,M",
    cmd: Annotated[str, typer.Option(
        "--cmd", help="HS codes: TOTAL, a chapter 27, heading 2709, or a list 27,84.")] = "TOTAL",
    partner: Annotated[str | None, typer.Option(
        "--partner", help="Partner numbers (e.g. 842,156); default all partners.")] = None,
    preview: Annotated[bool, typer.Option(
        "--preview", help="Use the keyless preview endpoint (at most 500 records a call).")] = False,
    url: Annotated[str | None, typer.Option(
        "--url", help=f"API endpoint (.../C/A/HS); default UN Comtrade's, or ${ENV_COMTRADE_URL}.")] = None,
    folder: Annotated[Path | None, typer.Option(
        "--download-dir", help="Where the API answers are kept (default: the user cache folder).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Call the API anew even for stored answers.")] = False,
    replace_smaller: Annotated[bool, typer.Option(
        "--replace-smaller", help="Let the fetched data replace a loaded version even when it is much smaller.")] = False,
) -> None:
    """UN Comtrade: one reporter's annual HS trade by partner from the API, checked and loaded."""
    from diversify.sources.baci_fetch import parse_years
    from diversify.sources.comtrade_fetch import download_comtrade, load_comtrade, parse_list

    wanted = parse_years(years)
    flow_list = parse_list(flows, "--flows", r"X|M")
    cmd_list = ",".join(parse_list(cmd, "--cmd", r"TOTAL|\d{2,6}"))
    partners = ",".join(parse_list(partner, "--partner", r"\d{1,3}")) if partner else None
    _check_warehouse()
    where = _download_dir(folder)
    with _progress(counting=True) as bar:
        task = bar.add_task("Comtrade", total=None)
        answers = download_comtrade(reporter, wanted, where, key=key or os.environ.get(ENV_COMTRADE_KEY) or None,
                                    flows=flow_list, cmd=cmd_list, partner=partners,
                                    base_url=url or os.environ.get(ENV_COMTRADE_URL) or None, preview=preview,
                                    refresh=refresh,
                                    progress=lambda n, total, what: bar.update(task, completed=n, total=total,
                                                                               description=what))
        got = _load(lambda wh: load_comtrade(wh, answers, replace_smaller=replace_smaller),
                    changed=lambda out: not out.result.skipped, files=1, folder=where)
    fetched = sum(not c.reused for c in got.calls)
    typer.echo(f"{got.file.name}: {sum(c.records for c in got.calls):,} records from {len(got.calls)} calls "
               f"({fetched} made, {len(got.calls) - fetched} already stored), SHA-256 {got.sha256}")
    typer.echo(_loaded(f"reporter {got.reporter}", got.result))
