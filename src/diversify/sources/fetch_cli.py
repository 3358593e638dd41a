"""``diversify fetch``: download a publisher's files, check them, record provenance, ingest."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Download public data from the publisher and load it.", no_args_is_help=True)

ENV_BACI_URL = "DIVERSIFY_BACI_URL"


def _download_dir(folder: Path | None) -> Path:
    if folder is not None:
        return folder
    import platformdirs

    return Path(platformdirs.user_cache_dir("diversify")) / "downloads"


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
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from diversify.cli import error_console, open_warehouse
    from diversify.sources.baci_fetch import BASE_URL, fetch_baci, parse_years

    wanted = parse_years(years)
    base = url or os.environ.get(ENV_BACI_URL) or BASE_URL
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                  console=error_console(), transient=True, disable=not sys.stderr.isatty()) as bar:
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
