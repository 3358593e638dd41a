"""The command line refuses an impossible year or an output it cannot write in one line, exit 2."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[[list[str]], int]


@pytest.fixture()
def warehouse(real_warehouse_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "wh.duckdb"
    shutil.copyfile(real_warehouse_path, path)
    return path


def _one_line(run_main: Run, capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    code = run_main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith("error: "), err
    return err[len("error: ") : -1]


@pytest.mark.parametrize("year", ["0", "-5", "1799", "2101", "99999"])
def test_an_impossible_year_is_refused(
    year: str, warehouse: Path, run_main: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _one_line(
        run_main, capsys, ["--warehouse", str(warehouse), "report", "JPN", "--year", year]
    )
    assert line == f"field '--year': expected a year from 1800 to 2100, got {year}"


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "FRA", "-o", "{missing}/f.txt"],
        ["report", "FRA", "--format", "html", "--output", "{missing}/f.html"],
        ["report", "FRA", "--format", "pdf", "-o", "{missing}/f.pdf"],
        ["table", "hhi", "-o", "{missing}/t.csv"],
        ["table", "hhi", "-o", "{missing}/t.parquet"],
    ],
)
def test_an_output_in_a_missing_folder_is_refused(
    argv: list[str],
    warehouse: Path,
    tmp_path: Path,
    run_main: Run,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "no" / "such"
    args = [a.format(missing=missing) for a in argv]
    line = _one_line(run_main, capsys, ["--warehouse", str(warehouse), *args])
    assert line == f"{args[-1]}, field '--output': the folder {missing} does not exist"
    assert not missing.exists()


@pytest.mark.parametrize("argv", [["report", "FRA", "-o"], ["table", "hhi", "-o"]])
def test_an_output_that_is_a_folder_is_refused(
    argv: list[str],
    warehouse: Path,
    tmp_path: Path,
    run_main: Run,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    line = _one_line(run_main, capsys, ["--warehouse", str(warehouse), *argv, str(folder)])
    assert line == f"{folder}, field '--output': is a folder, expected a file"


XXX_HINT = "XXX stands for the partners a source does not identify, never a country"
EXPECTED = "expected an ISO3 code such as CAN or a country name"
NO_BLOC = "unknown bloc or country 'XXX' (blocs: EU, EU27, FVEY, G7, NATO)"


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["report", "XYZ"], f"field 'country': unknown country 'XYZ' ({EXPECTED})"),
        (["report", "XXX"], f"field 'country': unknown country 'XXX' ({XXX_HINT}; {EXPECTED})"),
        (["report", "xxx", "--format", "json"],
         f"field 'country': unknown country 'xxx' ({XXX_HINT}; {EXPECTED})"),
        (["report", "Unknown"],
         f"field 'country': unknown country 'Unknown' ({XXX_HINT}; {EXPECTED})"),
        (["report", "CAN", "--bloc", "XXX"], f"field '--bloc': {NO_BLOC}"),
        (["table", "hhi", "--bloc", "XXX"], f"field '--bloc': {NO_BLOC}"),
    ],
)
def test_the_unknown_party_placeholder_is_no_country(
    argv: list[str], line: str, warehouse: Path, run_main: Run,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """XXX holds the partners a source does not identify (SIPRI's "Unknown" recipients, unspecified
    areas): a report of it would give an HHI and trends of a bucket of unrelated parties."""
    assert _one_line(run_main, capsys, ["--warehouse", str(warehouse), *argv]) == line


def test_the_placeholder_is_refused_as_a_scenario_country(
    warehouse: Path, tmp_path: Path, run_main: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = tmp_path / "xxx.toml"
    toml.write_text('[scenario]\nname = "x"\nkind = "tariff"\n[tariff]\nimporter = "USA"\n'
                    'reporter = "XXX"\nyear = 2024\n[[tariff.changes]]\nexporter = "XXX"\n'
                    'product = "*"\nrate = 0.25\n', "utf-8")
    line = _one_line(run_main, capsys, ["--warehouse", str(warehouse), "scenario", "run",
                                        str(toml), "--no-store"])
    # refused as any unknown code is (the scenario's own message)
    assert line == f"{toml}, line 6, field 'tariff.reporter': unknown country 'XXX' ({EXPECTED})"
