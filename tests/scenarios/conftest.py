"""Fixtures for the scenario tests (structural gravity has its own in gravity/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "diversify" / "scenarios" / "examples"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture()
def scen_wh_path(real_warehouse_path: Path, tmp_path: Path) -> Path:
    """A private copy of the real warehouse, for tests that store runs in it."""
    path = tmp_path / "scenarios.duckdb"
    shutil.copy(real_warehouse_path, path)
    return path


@pytest.fixture()
def scen_wh(scen_wh_path: Path):  # type: ignore[no-untyped-def]
    from diversify.store import Warehouse

    with Warehouse(scen_wh_path, create=False) as wh:
        yield wh
