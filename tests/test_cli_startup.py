"""The command line starts without the heavy libraries: each command imports what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pandas", "duckdb", "plotly", "numpy", "pyarrow", "scipy", "jinja2", "country_converter")

_PROBE = """
import json, sys
sys.argv = {argv!r}
try:
    from diversify.cli import main
    {call}
except SystemExit:
    pass
print("\\n" + json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def _heavy_imported(argv: list[str], *, run: bool, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    code = _PROBE.format(argv=["diversify", *argv], call="main()" if run else "pass", heavy=heavy)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_cli_imports_no_heavy_library() -> None:
    assert _heavy_imported([], run=False) == []


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["report", "--help"], ["scenario", "--help"], ["news", "--help"], ["ingest", "--help"],
     ["data", "--help"], ["serve", "--help"], ["table", "--help"], ["table", "hhi", "--help"], ["fetch", "baci", "--help"],
     ["fetch", "sipri", "--help"], ["fetch", "comtrade", "--help"]],
)
def test_help_imports_no_heavy_library(argv: list[str]) -> None:
    assert _heavy_imported(argv, run=True) == []


def test_package_names_still_import_on_use() -> None:
    import diversify

    assert diversify.Warehouse.__name__ == "Warehouse"
    assert callable(diversify.build_report)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        diversify.nope  # noqa: B018


@pytest.mark.parametrize("argv", [["report", "DEU", "--format", "json"], ["report", "CAN", "--format", "json"],
                                  ["table", "hhi", "-o", "{tmp}/hhi.csv"]])
def test_json_report_and_table_import_no_data_frame_library(argv: list[str], real_warehouse_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The JSON report and the all-country table run on DuckDB alone: no pandas, numpy or pyarrow start up."""
    argv = ["--warehouse", str(real_warehouse_path), *(a.format(tmp=tmp_path) for a in argv)]
    _heavy_imported(argv, run=True)  # once, so the country-name cache is filled
    assert _heavy_imported(argv, run=True) == ["duckdb"]


OTHER_STAGES = ("diversify.news", "diversify.scenarios", "diversify.api", "diversify.sources", "rich.console")


def test_a_command_loads_its_own_stage_only(real_warehouse_path) -> None:  # type: ignore[no-untyped-def]
    """A report does not import the news, scenario, server or fetch commands, nor rich (nothing to
    draw); the list of commands still shows every stage."""
    argv = ["--warehouse", str(real_warehouse_path), "report", "CAN", "--format", "json"]
    assert _heavy_imported(argv, run=True, heavy=OTHER_STAGES) == []
    assert _heavy_imported(["--warehouse", str(real_warehouse_path), "report", "--help"], run=True,
                           heavy=OTHER_STAGES[:-1]) == []
    assert _heavy_imported(["--help"], run=True, heavy=OTHER_STAGES[:-1]) == sorted(OTHER_STAGES[:-1])
    out = subprocess.run([sys.executable, "-c", "from diversify.cli import main; main()", "--help"],
                         capture_output=True, text=True, timeout=120, check=False).stdout
    for command in ("ingest", "sources", "vacuum", "report", "serve", "data", "scenario", "news", "table", "fetch"):
        assert f"│ {command} " in out, command
