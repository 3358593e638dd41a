"""Where the warehouse lives, and the years one may ask about."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_WAREHOUSE = "DIVERSIFY_WAREHOUSE"
YEARS = (1800, 2100)
"""The years a report, a series, a bloc lookup or a scenario may ask for (CLI and API alike)."""


def default_warehouse_path() -> Path:
    """The warehouse file: ``$DIVERSIFY_WAREHOUSE`` or the user's data directory."""
    env = os.environ.get(ENV_WAREHOUSE)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("diversify")) / "warehouse.duckdb"
