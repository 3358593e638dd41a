"""The HTTP API and the dashboard it serves (the ``api`` extra).

>>> from diversify.api import Settings, create_app
>>> app = create_app(Settings(warehouse="warehouse.duckdb"))  # doctest: +SKIP

``diversify serve`` runs it with uvicorn on 127.0.0.1. The names below are
imported on first use, so ``import diversify.api.cli`` works without FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diversify.api._app import create_app
    from diversify.api._errors import ErrorBody
    from diversify.api._settings import Settings

__all__ = ["ErrorBody", "Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "Settings":
        from diversify.api._settings import Settings

        return Settings
    if name in ("create_app", "ErrorBody"):
        from diversify.errors import require

        require("fastapi", "api")
        from diversify.api import _app, _errors

        return _app.create_app if name == "create_app" else _errors.ErrorBody
    raise AttributeError(f"module 'diversify.api' has no attribute {name!r}")
