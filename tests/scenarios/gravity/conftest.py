"""Fixtures for the structural-gravity tests: real data files and the gegravity oracle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gravity_cases import SAMPLE, YOTOV, run_gegravity


@pytest.fixture(scope="session")
def sample_csv(shared_data: Path) -> Path:
    return shared_data / SAMPLE


@pytest.fixture(scope="session")
def yotov_2006_csv(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2006 cross-section of the Yotov 69-country file, with ``ln_DIST`` and ``INTL``
    added and no Y/E columns (so the loader derives them from trade)."""
    frame = pd.read_csv(shared_data / YOTOV)
    frame = frame[frame["year"] == 2006].copy()
    frame["ln_DIST"] = np.log(frame["DIST"])
    frame["INTL"] = (frame["exporter"] != frame["importer"]).astype(float)
    path = tmp_path_factory.mktemp("yotov") / "yotov_2006.csv"
    frame.drop(columns=["pair_id", "DIST"]).to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def gegravity_oracle() -> Callable[..., dict[str, pd.DataFrame]]:
    pytest.importorskip("gegravity")
    return run_gegravity
