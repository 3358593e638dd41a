"""Where the warehouse lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_WAREHOUSE = "DIVERSIFY_WAREHOUSE"


def default_warehouse_path() -> Path:
    """The warehouse file: ``$DIVERSIFY_WAREHOUSE`` or the user's data directory."""
    env = os.environ.get(ENV_WAREHOUSE)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("diversify")) / "warehouse.duckdb"
