"""Shared fixtures: paths to the real public data and warehouses built from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from diversify.data_build import DEFAULT_FILES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
NEWS = SHARED / "news"

# (relative path under shared/data, loader name): the files the embedded data are built from
SHARED_FILES = DEFAULT_FILES


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not DATA.is_dir():
        skip = pytest.mark.skip(reason="../shared/data is not beside the checkout")
        for item in items:
            if "shared_data" in getattr(item, "fixturenames", ()):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def shared_news() -> Path:
    return NEWS


@pytest.fixture(scope="session")
def real_warehouse_path(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A warehouse file built from every real file in ../shared/data (no embedded data)."""
    from diversify.store import Warehouse

    path = tmp_path_factory.mktemp("real") / "real.duckdb"
    with Warehouse(path, seed=False) as wh:
        for rel, loader in SHARED_FILES:
            wh.ingest(shared_data / rel, loader)
    return path


@pytest.fixture()
def real_wh(real_warehouse_path: Path):  # type: ignore[no-untyped-def]
    from diversify.store import Warehouse

    with Warehouse(real_warehouse_path, create=False) as wh:
        yield wh


@pytest.fixture()
def empty_wh(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A new, empty warehouse file (schema only)."""
    from diversify.store import Warehouse

    with Warehouse(tmp_path / "empty.duckdb", seed=False) as wh:
        yield wh


@pytest.fixture()
def run_main(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], int]:
    """The command line run in this process with ``argv``; returns its exit code."""
    import sys

    def run(argv: list[str]) -> int:
        from diversify import cli

        monkeypatch.setattr(sys, "argv", ["diversify", *argv])
        try:
            cli.main()
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0

    return run
