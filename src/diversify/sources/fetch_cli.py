"""``diversify fetch``: download a publisher's files, check them, record provenance, ingest."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.progress import Progress

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
    from diversify.cli import open_warehouse
    from diversify.sources.baci_fetch import BASE_URL, fetch_baci, parse_years

    wanted = parse_years(years)
    base = url or os.environ.get(ENV_BACI_URL) or BASE_URL
    with _progress() as bar:
        task = bar.add_task(f"BACI {revision} {release}", total=None)

        def progress(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        def on_year(year: int) -> None:
            bar.update(task, description=f"loading {year}")

        with open_warehouse() as wh:
            got, loaded = fetch_baci(wh, wanted, _download_dir(folder), release=release, revision=revision.upper(),
                                     base_url=base, sha256=sha256, keep_files=keep_files, progress=progress,
                                     on_year=on_year)
    how = ("already downloaded" if got.resumed_from == got.size
           else f"resumed at {got.resumed_from:,} bytes" if got.resumed_from else "downloaded")
    typer.echo(f"{got.path.name}: {got.size:,} bytes, SHA-256 {got.sha256} ({how} from {got.url})")
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
    from diversify.cli import open_warehouse
    from diversify.errors import InputError
    from diversify.sources.baci_fetch import parse_years
    from diversify.sources.sipri_fetch import OWID_GRAPHER_URL, REGISTER_URL, fetch_sipri

    if only not in (None, "arms", "milex"):
        raise InputError(f"expected arms or milex, got {only!r}", field="--only")
    parts = ("arms", "milex") if only is None else (only,)
    span = parse_years(years) if years else []
    first, last = (span[0], span[-1]) if span else (1950, None)
    with _progress() as bar:
        task = bar.add_task("SIPRI", total=None)
        with open_warehouse() as wh:
            done = fetch_sipri(
                wh, _download_dir(folder), parts=parts, first=first, last=last,  # type: ignore[arg-type]
                register_url=register_url or os.environ.get(ENV_SIPRI_REGISTER_URL) or REGISTER_URL,
                milex_base=milex_url or os.environ.get(ENV_SIPRI_MILEX_URL) or OWID_GRAPHER_URL, refresh=refresh,
                replace_smaller=replace_smaller,
                progress=lambda n, total: bar.update(task, completed=n, total=total),
                on_step=lambda what: bar.update(task, description=what, completed=0, total=None))
    for item in done:
        how = "already downloaded" if item.reused else "fetched"
        typer.echo(f"{item.file.name}: {item.size:,} bytes, SHA-256 {item.sha256} ({how} from {item.url})")
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
    from diversify.cli import open_warehouse
    from diversify.sources.baci_fetch import parse_years
    from diversify.sources.comtrade_fetch import fetch_comtrade, parse_list

    wanted = parse_years(years)
    flow_list = parse_list(flows, "--flows", r"X|M")
    cmd_list = ",".join(parse_list(cmd, "--cmd", r"TOTAL|\d{2,6}"))
    partners = ",".join(parse_list(partner, "--partner", r"\d{1,3}")) if partner else None
    with _progress(counting=True) as bar:
        task = bar.add_task("Comtrade", total=None)
        with open_warehouse() as wh:
            got = fetch_comtrade(wh, reporter, wanted, _download_dir(folder),
                                 key=key or os.environ.get(ENV_COMTRADE_KEY) or None, flows=flow_list, cmd=cmd_list,
                                 partner=partners, base_url=url or os.environ.get(ENV_COMTRADE_URL) or None,
                                 preview=preview, refresh=refresh, replace_smaller=replace_smaller,
                                 progress=lambda n, total, what: bar.update(task, completed=n, total=total,
                                                                            description=what))
    fetched = sum(not c.reused for c in got.calls)
    typer.echo(f"{got.file.name}: {sum(c.records for c in got.calls):,} records from {len(got.calls)} calls "
               f"({fetched} made, {len(got.calls) - fetched} already stored), SHA-256 {got.sha256}")
    typer.echo(_loaded(f"reporter {got.reporter}", got.result))
