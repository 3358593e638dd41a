"""`diversify report ISO3`: the dependency report in text, JSON, CSV, HTML or PDF."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from diversify.errors import InputError
from diversify.jsontext import dumps


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"
    pdf = "pdf"


def register(app: typer.Typer, data_app: typer.Typer) -> None:
    @app.command()
    def report(
        country: Annotated[str, typer.Argument(help="ISO3 code (CAN, USA, DEU ...) or country name.")],
        year: Annotated[int | None, typer.Option("--year", help="Year (default: latest with data).")] = None,
        domain: Annotated[
            list[str] | None,
            typer.Option("--domain", help="Domain (repeatable): goods_exports, goods_imports, energy_exports, "
                         "energy_imports, arms_imports, arms_exports, military_expenditure."),
        ] = None,
        bloc: Annotated[
            list[str] | None, typer.Option("--bloc", help="Extra bloc or country shares (repeatable): EU, NATO, G7, FVEY, CHN ...")
        ] = None,
        fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    ) -> None:
        """Dependency report of a country: partners, blocs, HHI, trends, sources."""
        from diversify.cli import check_output, open_engine, write_output
        from diversify.report.build import build_report, check_year

        check_year(year, field="--year")
        if output is not None:
            check_output(output)
        with open_engine() as wh:
            rep = build_report(wh, country, year=year, domains=domain, blocs=bloc)
            extra = []
            if fmt in (Format.html, Format.pdf) and hasattr(wh, "con"):  # news and scenarios: the DuckDB file
                from diversify.report.extras import extra_sections

                extra = extra_sections(wh, rep["country"])
        if fmt is Format.json:
            text = dumps(rep, indent=2)
        elif fmt is Format.csv:
            from diversify.report.text import render_csv

            text = render_csv(rep)
        elif fmt is Format.html:
            from diversify.report.html import render_html

            text = render_html(rep, extra_sections=extra)
        elif fmt is Format.pdf:
            if output is None:
                raise InputError("--format pdf needs --output FILE.pdf", field="--output")
            from diversify.report.pdf import render_pdf

            write_output(output, render_pdf(rep, extra_sections=extra))
            typer.echo(f"written {output}")
            return
        else:
            from diversify.report.text import render_text

            text = render_text(rep)
        if output is not None:
            write_output(output, text)
            typer.echo(f"written {output}")
        else:
            typer.echo(text, nl=not text.endswith("\n"))
