"""Fixtures for the structural-gravity tests: real data files and the gegravity oracle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from gravity_cases import SAMPLE, YOTOV, run_gegravity

from diversify.scenarios.gravity.cases import yotov_2006


@pytest.fixture(scope="session")
def sample_csv(shared_data: Path) -> Path:
    return shared_data / SAMPLE


@pytest.fixture(scope="session")
def yotov_2006_csv(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2006 cross-section of the Yotov 69-country file, with ``ln_DIST`` and ``INTL``
    added and no Y/E columns (so the loader derives them from trade)."""
    path = tmp_path_factory.mktemp("yotov") / "yotov_2006.csv"
    yotov_2006(shared_data / YOTOV, with_output=False).to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def gegravity_oracle() -> Callable[..., dict[str, pd.DataFrame]]:
    pytest.importorskip("gegravity")
    return run_gegravity
