"""Shared fixtures: paths to the real public data and warehouses built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
NEWS = SHARED / "news"

# (relative path under shared/data, loader name)
SHARED_FILES = [
    ("sipri/sipri_trade_register_1950_2024_raw.csv.gz", "sipri_register"),
    ("defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv", "sipri_milex_gdp"),
    ("defence_spending/sipri_milex_constant_usd_owid_1949_2025.csv", "sipri_milex_usd"),
    ("defence_spending/cow_nmc_1816_2022.csv.gz", "cow_nmc"),
    ("trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet", "canada_tdo_hs2"),
    ("trade_canada/canada_trade_by_province_partner_1990_2024.parquet", "canada_tdo_partner"),
    ("trade_bilateral/cow_dyadic_trade_v4_1870_2014.parquet", "cow_trade"),
    ("trade_bilateral/cow_national_trade_v4_1870_2014.csv.gz", "cow_trade_national"),
    ("alliances/atop5_dyad_year_1815_2018.csv.gz", "atop"),
    ("alliances/cow_alliance_v4_1_dyad_year_1816_2012.csv.gz", "cow_alliance"),
]


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
