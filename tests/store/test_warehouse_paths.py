"""A --warehouse that cannot be one: one line naming the path the user gave, exit code 2, nothing
left behind and nothing changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from diversify.store import Warehouse

MILEX = "defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv"


@pytest.fixture()
def not_a_warehouse(shared_data: Path, tmp_path: Path) -> Path:
    path = tmp_path / "notawarehouse.csv"
    shutil.copy(shared_data / MILEX, path)
    return path


def _run(run_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    assert run_main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("command", [["sources"], ["vacuum"], ["report", "CAN"], ["ingest", MILEX, "--source",
                                                                                   "sipri_milex_gdp"]])
def test_a_file_that_is_not_duckdb(command: list[str], not_a_warehouse: Path, shared_data: Path, tmp_path: Path,
                                   run_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    """The path given is named (not a staged copy beside it), no lock or staged file is left,
    and the file is untouched."""
    before = not_a_warehouse.read_bytes()
    argv = [str(shared_data / a) if a == MILEX else a for a in command]
    err = _run(run_main, capsys, ["--warehouse", str(not_a_warehouse), *argv])
    assert err == f"error: {not_a_warehouse}: not a diversify warehouse (not a DuckDB file)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notawarehouse.csv"]
    assert not_a_warehouse.read_bytes() == before


def test_a_duckdb_file_without_the_tables(tmp_path: Path, shared_data: Path, run_main: Callable[[list[str]], int],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    for argv in (["ingest", str(shared_data / MILEX), "--source", "sipri_milex_gdp"], ["vacuum"], ["sources"]):
        err = _run(run_main, capsys, ["--warehouse", str(other), *argv])
        assert err == f"error: {other}: not a diversify warehouse (no meta table)\n"
    assert not list(tmp_path.glob("other.duckdb.staged*"))


def test_a_warehouse_under_a_file(tmp_path: Path, run_main: Callable[[list[str]], int],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "afile").touch()
    for path in (tmp_path / "afile" / "w.duckdb", tmp_path / "afile" / "sub" / "w.duckdb"):
        err = _run(run_main, capsys, ["--warehouse", str(path), "sources"])
        assert err == f"error: {path}: cannot create the warehouse: {tmp_path / 'afile'} is a file, not a folder\n"
    err = _run(run_main, capsys, ["--warehouse", str(tmp_path), "sources"])
    assert err == f"error: {tmp_path}: is a folder; expected a diversify warehouse (a DuckDB file)\n"
    with pytest.raises(Exception, match="is a file, not a folder"):
        Warehouse(tmp_path / "afile" / "w.duckdb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]
