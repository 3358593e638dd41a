"""``diversify table``: all-country tables, computed and written by the engine."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from diversify.errors import InputError

app = typer.Typer(help="All-country tables: every reporter and year at once.", no_args_is_help=True)


@app.command()
def hhi(
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="Write to this .parquet or .csv file (default: CSV on stdout); with "
        "--engine spark a folder of part files, at any URI Spark writes to.")] = None,
    domain: Annotated[list[str] | None, typer.Option(
        "--domain", help="Domain (repeatable; default goods_exports and goods_imports).")] = None,
    bloc: Annotated[list[str] | None, typer.Option(
        "--bloc", help="Extra bloc or country share column (repeatable): EU, NATO, G7, CHN ...")] = None,
    first: Annotated[int, typer.Option("--first", help="First year.")] = 1800,
    last: Annotated[int, typer.Option("--last", help="Last year.")] = 2100,
    engine: Annotated[str | None, typer.Option(
        "--engine", help="duckdb or spark (as `diversify --engine`).")] = None,
    spark_master: Annotated[str | None, typer.Option("--spark-master", help="Spark master URL.")] = None,
    data: Annotated[str | None, typer.Option("--data", help="Parquet layout URI (see `export parquet`).")] = None,
) -> None:
    """HHI, effective partners, top partner and bloc shares of every reporter and year."""
    from diversify.cli import EngineChoice, open_engine, use_engine

    if engine is not None and engine not in {e.value for e in EngineChoice}:
        raise InputError(f"unknown engine {engine!r} (expected duckdb or spark)", field="--engine")
    use_engine(EngineChoice(engine) if engine else None, spark_master, data)
    if output is not None:
        from diversify.cli import check_output, current_engine

        check_output(output, folder_ok=current_engine() == "spark")
    from diversify.indicators.tables import hhi_table, write_hhi_table

    with open_engine() as wh:
        if output is not None:
            n = write_hhi_table(wh, output, domain, bloc, first, last)
            typer.echo(f"written {output} ({n} rows)")
            return
        frame = hhi_table(wh, domain, bloc, first, last)
    frame.to_csv(sys.stdout, index=False, float_format="%.12g")
