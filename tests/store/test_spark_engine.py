"""The same analyses on Apache Spark (local mode) as on DuckDB: 20 reports and the all-country table.

Marked ``spark`` and kept on one xdist worker (one SparkSession per test process). Without
Java or pyspark they fail in CI (``CI=true``) and are skipped with a reason elsewhere.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_helpers import synthetic_layout

from diversify.store import Warehouse

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

REPORTS: list[tuple[str, int | None, list[str] | None]] = [
    # (country, year, extra blocs): the embedded data (to 2014, arms and military spending, ties) ...
    ("CAN", None, None), ("DEU", 2010, ["NATO"]), ("USA", 2005, None), ("CHN", 2014, None),
    ("FRA", 1995, ["G7"]), ("GBR", 2000, None), ("JPN", 2012, None), ("IND", 2008, None),
    ("BRA", 2001, None), ("RUS", 2014, ["CHN"]), ("TUR", 1990, None), ("POL", 2004, ["NATO"]),
    # ... and the BACI-shaped year on top (every reporter has product-level flows in 2022)
    ("DEU", 2022, None), ("CHN", 2022, ["NATO"]), ("USA", 2022, None), ("MEX", 2022, None),
    ("CAN", 2022, None), ("FRA", 2022, ["EU"]), ("JPN", 2022, None), ("GBR", 2022, None),
]
TOLERANCE = 1e-12


def _need(what: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(what)
    pytest.skip(what)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark (two cores) for every Spark test of this process."""
    try:
        import pyspark  # noqa: F401
        import sqlglot  # noqa: F401
    except ImportError:
        _need("pyspark or sqlglot is not installed: pip install 'diversify[spark]' to run the Spark tests")
    from diversify.store.spark import java_available, spark_session

    if not java_available():
        _need("no Java runtime: install Debian's default-jre-headless (scripts/install-system-deps.sh) "
              "to run the Spark tests")
    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def layout(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The embedded data plus a BACI-shaped year, as a warehouse file and as the Parquet layout."""
    warehouse, layout, _ = synthetic_layout(tmp_path_factory.mktemp("spark"), 20_000, countries=40, products=300)
    return warehouse, layout


def _differences(a: Any, b: Any, path: str = "") -> Iterator[str]:
    """Where two report objects differ: numbers by more than TOLERANCE (relative above 1), else at all."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            yield f"{path}: keys {sorted(a.keys() ^ b.keys())}"
        for k in a.keys() & b.keys():
            yield from _differences(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield f"{path}: {len(a)} items against {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from _differences(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and isinstance(b, float) and not isinstance(a, bool):
        if not math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
            yield f"{path}: {a!r} against {b!r}"
    elif a != b:
        yield f"{path}: {a!r} against {b!r}"


def test_twenty_reports_agree_with_duckdb(spark: Any, layout: tuple[Path, Path]) -> None:
    from diversify.report.build import build_report
    from diversify.store.spark import SparkWarehouse

    db, pq = layout
    with Warehouse(db, read_only=True) as wh:
        expected = [build_report(wh, c, year=y, blocs=b) for c, y, b in REPORTS]

    with SparkWarehouse(str(pq), session=spark) as sw:
        got = {(c, y): build_report(sw, c, year=y, blocs=b) for c, y, b in REPORTS}
    domains = 0
    for (c, y, _), exp in zip(REPORTS, expected, strict=True):
        rep = got[(c, y)]
        assert list(_differences(exp, rep)) == [], (c, y)
        domains += len(exp["domains"])
    assert domains >= 75  # 78 of the 100 possible: some countries have no arms imports or energy exports
    assert {d for r in expected for d in r["domains"]} >= {"goods_exports", "goods_imports", "energy_exports",
                                                           "arms_imports", "military_expenditure"}


def test_hhi_table_and_cli(spark: Any, layout: tuple[Path, Path], tmp_path: Path,
                           run_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq_read

    from diversify.indicators.tables import hhi_table, write_hhi_table
    from diversify.store.spark import SparkWarehouse

    db, pq = layout
    with Warehouse(db, read_only=True) as wh:
        expected = hhi_table(wh, blocs=["NATO"], first=2012, last=2022)
    with SparkWarehouse(pq.as_uri(), session=spark) as sw:  # a URI, as on a cluster
        got = hhi_table(sw, blocs=["NATO"], first=2012, last=2022)
        n = write_hhi_table(sw, tmp_path / "hhi.parquet", blocs=["NATO"], first=2012, last=2022)
    assert len(got) == len(expected) == n > 1000
    assert list(got.columns) == list(expected.columns)
    for col in expected.columns:
        if expected[col].dtype.kind == "f":
            assert got[col].to_numpy() == pytest.approx(expected[col].to_numpy(), rel=TOLERANCE, abs=TOLERANCE), col
        else:
            assert got[col].tolist() == expected[col].tolist(), col
    written = pq_read.read_table(tmp_path / "hhi.parquet").to_pandas()  # Spark's folder of part files
    assert len(written) == n and list(written.columns) == list(expected.columns)

    # the command line: a clear line and exit 2 for a path that holds no layout
    assert run_main(["--engine", "spark", "--spark-master", "local[1]", "--data", str(tmp_path / "none"),
                     "report", "DEU"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"error: {tmp_path / 'none'}: cannot read manifest.json (no such file: ")
