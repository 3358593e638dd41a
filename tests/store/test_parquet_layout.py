"""The Parquet layout: written from the warehouse, read by DuckDB with the same reports as the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import synthetic_layout

from diversify.errors import InputError
from diversify.jsontext import dumps
from diversify.report.build import build_report
from diversify.store import Warehouse
from diversify.store.parquet_layout import MANIFEST, TABLES, export_parquet, open_duckdb


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    warehouse, layout, rows = synthetic_layout(tmp_path_factory.mktemp("layout"), 5_000, countries=30, products=200)
    assert rows["trade_matrix"] == 5_000 and rows["flow_rows"] > 1_000_000
    return warehouse, layout


def test_layout_on_disk(exported: tuple[Path, Path]) -> None:
    _, pq = exported
    manifest = json.loads((pq / MANIFEST).read_text())
    assert manifest["layout"] == "diversify-parquet" and set(manifest["tables"]) == set(TABLES)
    assert [c for c, _ in manifest["tables"]["flow_rows"]["columns"]][:3] == ["year", "reporter", "partner"]
    assert (pq / "trade_matrix" / "year=2022").is_dir()
    assert len(list((pq / "flow_rows").glob("year=*"))) > 50
    assert list((pq / "sources").glob("*.parquet"))


@pytest.mark.parametrize(("country", "year"), [("DEU", None), ("CAN", 2010), ("MEX", 2022)])
def test_duckdb_reads_the_layout_byte_for_byte(exported: tuple[Path, Path], country: str, year: int | None) -> None:
    db, pq = exported
    with Warehouse(db, read_only=True) as wh:
        expected = dumps(build_report(wh, country, year=year, blocs=["NATO"]), indent=2)
    with open_duckdb(pq) as wh:
        assert dumps(build_report(wh, country, year=year, blocs=["NATO"]), indent=2) == expected


def test_bad_folders(exported: tuple[Path, Path], tmp_path: Path, run_main: Callable[[list[str]], int],
                     capsys: pytest.CaptureFixture[str]) -> None:
    db, pq = exported
    with Warehouse(db, read_only=True) as wh, pytest.raises(InputError, match="not an empty folder"):
        export_parquet(wh, pq)
    with pytest.raises(InputError, match="no manifest.json: not a diversify Parquet layout"):
        open_duckdb(tmp_path)
    (tmp_path / MANIFEST).write_text('{"layout": "other"}')
    with pytest.raises(InputError, match='not a diversify Parquet layout'):
        open_duckdb(tmp_path)
    (tmp_path / MANIFEST).write_text('{"layout": "diversify-parquet", "version": 99, "tables": {}}')
    with pytest.raises(InputError, match="layout version 99"):
        open_duckdb(tmp_path)
    assert run_main(["--warehouse", str(db), "--engine", "spark", "report", "DEU"]) == 2
    assert "give --data URI" in capsys.readouterr().err
    assert run_main(["--warehouse", str(db), "--data", str(pq), "sources"]) == 2
    assert "serve `report` and `table` only" in capsys.readouterr().err


def test_cli_export_then_report(exported: tuple[Path, Path], tmp_path: Path,
                                run_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = exported
    assert run_main(["--warehouse", str(db), "export", "parquet", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.startswith(f"written {tmp_path / 'out'} (")
    assert run_main(["--warehouse", str(db), "report", "FRA", "--format", "json"]) == 0
    from_file = capsys.readouterr().out
    assert run_main(["--data", str(tmp_path / "out"), "report", "FRA", "--format", "json"]) == 0
    assert capsys.readouterr().out == from_file


def test_spark_without_java_or_pyspark_is_one_line(exported: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                                   run_main: Callable[[list[str]], int],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    _, pq = exported
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(pq))  # no java on it
    assert run_main(["--engine", "spark", "--data", str(pq), "report", "DEU"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    expected = ("error: the Spark engine needs a Java 17+ runtime" if importlib.util.find_spec("pyspark")
                else "error: this feature needs the 'spark' extra")
    assert len(err) == 1 and err[0].startswith(expected)


def test_export_into_a_file_or_a_folder_that_cannot_be_made(exported: tuple[Path, Path], tmp_path: Path,
                                                             run_main: Callable[[list[str]], int],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """One line naming the path and the argument, exit code 2, as `report -o` does; nothing written."""
    db, _ = exported
    afile = tmp_path / "afile"
    afile.write_text("kept")
    cases = [(afile, "is a file; expected a new or empty folder for the layout"),
             (afile / "sub", "cannot create the folder (Not a directory)")]
    if Path("/proc/self").is_dir():  # Linux: no folder can be made in /proc
        cases.append((Path("/proc/diversify-layout"), "cannot create the folder (No such file or directory)"))
    for folder, message in cases:
        capsys.readouterr()
        assert run_main(["--warehouse", str(db), "export", "parquet", str(folder)]) == 2
        assert capsys.readouterr().err == f"error: {folder}, field 'FOLDER': {message}\n"
    assert afile.read_text() == "kept" and sorted(p.name for p in tmp_path.iterdir()) == ["afile"]
