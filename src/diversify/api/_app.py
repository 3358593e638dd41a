"""The application factory: API routers, dashboard, errors, limits, auth."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI

from diversify.api._auth import require_read
from diversify.api._errors import ERROR_RESPONSES, install_error_handlers
from diversify.api._limits import BodySizeLimit, HeadAsGet, OneWriteAtATime, RequestHeadLimit
from diversify.api._settings import Settings
from diversify.api._state import ServiceState

API_PREFIX = "/api"

DESCRIPTION = """\
How dependent a country is on its partners (trade, energy, arms, military
spending), scenarios of diversifying, and the news checked against the data.

* Every number carries its source: a `sources` list of `{id, citation, ...}`
  next to it; `/api/sources` gives the full provenance of each id.
* Read endpoints are open unless the operator requires the token for them.
* Write endpoints (ingest, scenario runs, news upload) need
  `Authorization: Bearer <token>`; with no token configured they answer 403.
* Every error has one shape: `{"error": {"status", "code", "message", "field",
  "details"}}`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """A ready-to-serve application.

    Parameters
    ----------
    settings
        How the server behaves; ``None`` reads :meth:`Settings.from_env`.

    The warehouse is opened when the app starts (a missing file is created
    from the embedded default data) and closed when it stops.
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "service", None) is None:
            app.state.service = ServiceState(settings)
        try:
            yield
        finally:
            app.state.service.close()
            app.state.service = None

    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("diversify")
    except PackageNotFoundError:
        ver = "0"
    app = FastAPI(
        title="diversify", version=ver, description=DESCRIPTION, lifespan=lifespan,
        openapi_url="/openapi.json", docs_url="/api/docs", redoc_url=None,
    )
    app.state.settings = settings
    app.state.service = None
    install_error_handlers(app)
    app.add_middleware(OneWriteAtATime, token=settings.token,  # type: ignore[arg-type]
                       wait=settings.write_wait)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)  # type: ignore[arg-type]
    app.add_middleware(HeadAsGet)  # type: ignore[arg-type]
    app.add_middleware(RequestHeadLimit)  # type: ignore[arg-type]

    from diversify.api.routes import ingest, meta, news, report, scenarios

    read: dict[str, Any] = {"dependencies": [Depends(require_read)], "responses": ERROR_RESPONSES}
    app.include_router(meta.router, prefix=API_PREFIX, **read)
    app.include_router(report.router, prefix=API_PREFIX, **read)
    app.include_router(scenarios.router, prefix=API_PREFIX, **read)
    app.include_router(news.router, prefix=API_PREFIX, **read)
    app.include_router(ingest.router, prefix=API_PREFIX, responses=ERROR_RESPONSES)

    from diversify.web import mount_dashboard

    mount_dashboard(app)
    return app


def open_state(app: FastAPI) -> ServiceState:
    """Open the service state now (for in-process use without the lifespan)."""
    if app.state.service is None:
        app.state.service = ServiceState(app.state.settings)
    return app.state.service  # type: ignore[no-any-return]
