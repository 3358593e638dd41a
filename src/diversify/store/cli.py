"""``diversify export``: the warehouse in a layout other engines read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Write the warehouse for other engines.", no_args_is_help=True)


@app.command()
def parquet(
    folder: Annotated[Path, typer.Argument(help="A new or empty folder.")],
) -> None:
    """The warehouse's tables as Parquet (flows partitioned by year) for `--engine spark --data`."""
    from diversify.cli import open_warehouse
    from diversify.store.parquet_layout import export_parquet, layout_folder

    layout_folder(folder, field="FOLDER")  # before the warehouse is opened
    with open_warehouse(read_only=True) as wh:
        rows = export_parquet(wh, folder)
    listed = ", ".join(f"{n} {name}" for name, n in rows.items())
    typer.echo(f"written {folder} ({listed})")
