"""The dashboard: HTML, CSS and JavaScript shipped in the package, no build step.

:func:`mount_dashboard` serves it from the API's app: the page shell at ``/``
(it opens on Canada's country page), assets under ``/static/`` and Plotly.js
from the installed ``plotly`` package at ``/static/vendor/plotly.min.js``.
"""

from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from diversify.errors import MissingExtraError

STATIC = Path(str(resources.files("diversify.web").joinpath("static")))

# The dashboard's own scripts only; data are inserted as text, never as markup,
# and this policy keeps an injected inline script or handler from running at all.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class _Asset:
    """A static file held in memory with its gzip form and an ETag."""

    def __init__(self, data: bytes, media_type: str) -> None:
        self.plain = data
        self.gzipped = gzip.compress(data, compresslevel=6)
        self.etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        self.media_type = media_type

    def response(self, request: Request, *, cache: str) -> Response:
        headers = {"ETag": self.etag, "Cache-Control": cache, "Vary": "Accept-Encoding",
                   **SECURITY_HEADERS}
        if request.headers.get("if-none-match") == self.etag:
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(self.gzipped, media_type=self.media_type, headers=headers)
        return Response(self.plain, media_type=self.media_type, headers=headers)


@lru_cache(maxsize=1)
def _plotly() -> _Asset:
    try:
        import plotly
    except ImportError as exc:  # plotly is a core dependency; be clear if it is gone
        raise MissingExtraError("all", "plotly") from exc
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return _Asset(path.read_bytes(), "text/javascript")


def _index() -> _Asset:
    return _Asset((STATIC / "index.html").read_bytes(), "text/html; charset=utf-8")


def mount_dashboard(app: FastAPI) -> None:
    """Serve the dashboard from ``app``."""
    index = _index()

    @app.get("/", include_in_schema=False)
    def dashboard(request: Request) -> Response:
        return index.response(request, cache="no-cache")

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js(request: Request) -> Response:
        return _plotly().response(request, cache="public, max-age=86400")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
