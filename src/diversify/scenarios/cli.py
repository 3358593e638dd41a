"""``diversify scenario``: run, list, show and compare scenario files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table as RichTable

from diversify.jsontext import dumps
from diversify.scenarios.result import Format, ScenarioResult, format_value

app = typer.Typer(
    help="Run what-if scenarios from TOML files and compare stored runs.", no_args_is_help=True
)

MAX_ROWS = 25
# Columns shown in text output (all columns are in --format json / csv).
TEXT_VIEWS = {
    "by_product": [
        "product",
        "tariff_before",
        "tariff_after",
        "reporter_before",
        "reporter_after",
        "reporter_change_pct",
    ],
    "partners": ["partner", "before", "after", "change_pct"],
    "reporter_partner_shares": ["partner", "share_before", "share_after"],
    "plan": [
        "capability",
        "option",
        "route",
        "goods",
        "country",
        "quantity",
        "volume",
        "unit_cost",
        "cost",
        "eligible_share",
    ],
    "cheapest_plan": ["capability", "option", "country", "quantity", "cost", "eligible_share"],
    "corridors": ["corridor", "mode", "capacity", "used", "binding", "shadow_price"],
    "targets": ["goods", "exports_to_partner", "share", "volume", "marginal_cost"],
    "spend_by_origin": ["origin", "plan", "plan_share", "cheapest", "cheapest_share"],
    "excluded": ["capability", "option", "reason"],
    "years": [
        "year",
        "core_share",
        "resilience_share",
        "core",
        "resilience",
        "total",
        "total_p5",
        "total_p95",
    ],
    "countries": ["country", "gdp_change_pct", "welfare", "foreign_exports_change_pct"],
    "bands": ["item", "quantity", "p5", "p50", "p95"],
}
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json or csv.")]
TableOpt = Annotated[
    str | None, typer.Option("--table", help="With --format csv: only this result table.")
]


PIPED_WIDTH = 10_000
"""Console width when the output is not a terminal: tables are as wide as their content, so no
name or value is cut (a terminal folds long cells onto a second line instead)."""


def _console() -> Console:
    """A console for text output: the terminal's width, or no limit when piped."""
    return Console() if Console().is_terminal else Console(width=PIPED_WIDTH)


def _table(*columns: str, **kwargs: Any) -> RichTable:
    """A borderless table whose cells wrap onto a second line instead of being cut short."""
    t = RichTable(box=None, **kwargs)
    for column in columns:
        t.add_column(column, overflow="fold")
    return t


def _check_format(fmt: str, allowed: tuple[str, ...] = ("text", "json", "csv")) -> Format:
    from diversify.errors import InputError

    if fmt not in allowed:
        raise InputError(f"expected one of {', '.join(allowed)}, got '{fmt}'", field="--format")
    return fmt  # type: ignore[return-value]


def print_result(result: ScenarioResult, fmt: Format, table: str | None = None) -> None:
    """Print a result as text (summary and tables), JSON or CSV."""
    if fmt == "json":
        typer.echo(result.to_json())
        return
    if fmt == "csv":
        typer.echo(result.to_csv(table), nl=False)
        return
    con = _console()
    head = f"[bold]{result.name}[/bold]  ({result.kind}"
    head += f", run {result.id})" if result.id is not None else ", not stored)"
    con.print(head)
    if result.description:
        con.print(result.description, style="dim")
    summary = _table("field", "value", show_header=False)
    for k, v in result.summary().items():
        summary.add_row(k, format_value(v))
    con.print(summary)
    for name, rows in result.tables().items():
        present = list(dict.fromkeys(k for r in rows for k in r))
        cols = [c for c in TEXT_VIEWS.get(name, []) if c in present]
        if not cols:
            con.print(f"{name}: {len(rows)} rows (--format csv --table {name})", style="dim")
            continue
        t = _table(*cols, title=name, title_justify="left")
        for r in rows[:MAX_ROWS]:
            t.add_row(*(format_value(r.get(c)) for c in cols))
        con.print(t)
        if len(rows) > MAX_ROWS:
            con.print(
                f"  ... {len(rows) - MAX_ROWS} more rows (--format csv --table {name})", style="dim"
            )
    con.print(f"inputs hash {result.inputs_hash[:16]}", style="dim")


@app.command()
def run(
    file: Annotated[
        str, typer.Argument(help="A scenario TOML file, or the id of a stored run to run again.")
    ],
    fmt: FormatOpt = "text",
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not keep the run in the warehouse.")
    ] = False,
    table: TableOpt = None,
    trials: Annotated[
        bool,
        typer.Option(
            "--trials",
            help="Also output every trial of the uncertainty table (with --format csv: "
            "only the trials, one row per trial and country).",
        ),
    ] = False,
) -> None:
    """Run a scenario file and print (and store) its results."""
    from diversify.cli import open_warehouse
    from diversify.scenarios.runner import (
        TRIALS,
        keep_run,
        load_scenario,
        needs_warehouse,
        rerun,
        run_parsed,
    )

    fmt_ = _check_format(fmt)
    if trials and fmt_ == "csv" and table is None:
        table = TRIALS
    # computed on a read-only connection (beside a running server, say); the warehouse is
    # opened for writing only to store the run
    if file.isdigit() and not Path(file).is_file():
        with open_warehouse(read_only=True) as wh:
            result = rerun(int(file), wh, store=False, trials=trials)
    else:
        sc = load_scenario(Path(file))
        if no_store and not needs_warehouse(sc):
            result = run_parsed(sc, None, store=False, trials=trials)
        else:
            with open_warehouse(read_only=True) as wh:
                result = run_parsed(sc, wh, store=False, trials=trials)
    if not no_store:
        with open_warehouse() as wh:
            result = keep_run(wh, result)
    print_result(result, fmt_, table)


@app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List stored runs, newest first."""
    from diversify.cli import open_warehouse
    from diversify.scenarios.store import list_runs

    with open_warehouse(read_only=True) as wh:
        rows = list_runs(wh)
    if as_json:
        typer.echo(dumps(rows, indent=2))
        return
    t = _table("id", "kind", "name", "file", "created (UTC)", "inputs")
    for r in rows:
        t.add_row(
            str(r["id"]),
            r["kind"],
            r["name"],
            r["file_name"] or "",
            str(r["created_at"]),
            r["inputs_hash"][:12],
        )
    _console().print(t)


@app.command()
def show(
    run_id: Annotated[int, typer.Argument(help="A stored run id (see `diversify scenario list`).")],
    fmt: FormatOpt = "text",
    table: TableOpt = None,
) -> None:
    """Print a stored run."""
    from diversify.cli import open_warehouse
    from diversify.scenarios.store import get_run

    fmt_ = _check_format(fmt)
    with open_warehouse(read_only=True) as wh:
        result = get_run(wh, run_id)
    print_result(result, fmt_, table)


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="A stored run id or a scenario file.")],
    b: Annotated[str, typer.Argument(help="A stored run id or a scenario file.")],
    fmt: FormatOpt = "text",
) -> None:
    """Compare two runs of the same kind (stored ids, or files run without storing)."""
    from diversify.cli import open_warehouse
    from diversify.scenarios.compare import compare as compare_runs

    fmt_ = _check_format(fmt, ("text", "json"))
    with open_warehouse(read_only=True) as wh:
        cmp = compare_runs(a, b, wh)
    if fmt_ == "json":
        typer.echo(cmp.to_json())
        return
    con = _console()
    label = {
        "a": f"A: {cmp.a.name}" + (f" (run {cmp.a.id})" if cmp.a.id else ""),
        "b": f"B: {cmp.b.name}" + (f" (run {cmp.b.id})" if cmp.b.id else ""),
    }
    con.print(f"[bold]{label['a']}[/bold]\n[bold]{label['b']}[/bold]")
    con.print("same inputs" if cmp.same_inputs else "different inputs", style="dim")
    t = _table("field", "A", "B", "B - A")
    for row in cmp.summary:
        if row["a"] != row["b"]:
            t.add_row(row["field"], format_value(row["a"]), format_value(row["b"]),
                      format_value(row["difference"]))
    con.print(t if t.row_count else "no differences in the summary")
    if cmp.bands:
        apart = [r for r in cmp.bands if r["overlap"] is False]
        con.print(
            f"bands: {len(cmp.bands) - len(apart)} of {len(cmp.bands)} overlap (5-95%)"
            + ("; these do not:" if apart else "")
        )
        if apart:
            t = _table("item", "quantity", "A 5-95%", "B 5-95%")
            for r in apart[:MAX_ROWS]:
                t.add_row(
                    r["item"],
                    r["quantity"],
                    f"{format_value(r['a_p5'])} to {format_value(r['a_p95'])}",
                    f"{format_value(r['b_p5'])} to {format_value(r['b_p95'])}",
                )
            con.print(t)
            if len(apart) > MAX_ROWS:
                con.print(f"  ... {len(apart) - MAX_ROWS} more (--format json)", style="dim")
    for name, rows in cmp.tables.items():
        diffs = [
            r for r in rows if any(k.endswith("_diff") and v not in (0, 0.0) for k, v in r.items())
        ]
        if diffs:
            con.print(
                f"{name}: {len(diffs)} of {len(rows)} rows differ (--format json for all)",
                style="dim",
            )
