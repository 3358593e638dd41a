"""One JSON error shape for every error the service returns.

::

    {"error": {"status": 404, "code": "not_found",
               "message": "no country 'XYZ' ...", "field": null, "details": []}}

``code`` is a stable machine-readable word; ``message`` is for people;
``field`` names the parameter at fault when there is one; ``details`` lists
each problem of a validation error as ``{"loc": [...], "message": "..."}``.
Library errors map as: :class:`~diversify.errors.NotFoundError` 404,
:class:`~diversify.errors.InputError` 422, other
:class:`~diversify.errors.DiversifyError` 400, a missing optional extra 501,
a write-write conflict of the database or a warehouse another process holds
(:class:`~diversify.errors.BusyError`) 503 with ``Retry-After``, anything
unexpected 500 (logged, never shown to the client). Messages name no local
path: the folders of the installation, the user and the temporary files are
replaced by placeholders (:func:`scrub_paths`).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from diversify.errors import (
    BusyError,
    DiversifyError,
    InputError,
    MissingExtraError,
    NotFoundError,
    SolverError,
)

log = logging.getLogger("diversify.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "too_many_requests",
    431: "headers_too_large",
    500: "internal_error",
    501: "not_implemented",
    503: "unavailable",
}


class ErrorItem(BaseModel):
    loc: list[str | int] = Field(description="Where the problem is, e.g. ['query', 'year'].")
    message: str


class ErrorInfo(BaseModel):
    status: int = Field(description="The HTTP status, repeated for clients that lose it.")
    code: str = Field(description="Stable machine-readable error code.")
    message: str = Field(description="What went wrong and what was expected.")
    field: str | None = Field(default=None, description="The parameter or field at fault.")
    details: list[ErrorItem] = Field(default_factory=list)


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


class ApiError(Exception):
    """An error raised by the service itself (auth, limits) with a fixed status."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.field = field
        self.headers = headers


def error_payload(
    status: int, message: str, *, code: str | None = None, field: str | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "error": {
            "status": status,
            "code": code or _CODES.get(status, "error"),
            "message": message,
            "field": field,
            "details": details or [],
        }
    }


def error_response(
    status: int, message: str, *, code: str | None = None, field: str | None = None,
    details: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_payload(status, message, code=code, field=field, details=details),
        status_code=status, headers=headers,
    )


def status_of(exc: DiversifyError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, MissingExtraError):
        return 501
    if isinstance(exc, BusyError):
        return 503
    if isinstance(exc, InputError | SolverError):
        return 422
    return 400


# Responses documented on every route, so the OpenAPI schema shows the shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": desc}
    for code, desc in (
        (400, "Bad request"),
        (401, "Missing or wrong bearer token"),
        (403, "Forbidden (e.g. write endpoints disabled)"),
        (404, "Not found"),
        (413, "Request body too large"),
        (414, "Request line (method and URL) too long"),
        (422, "Invalid input"),
        (431, "Request line and headers too long"),
        (500, "Internal error"),
    )
}


@lru_cache(maxsize=1)
def _local_roots() -> list[tuple[str, str]]:
    """(folder, placeholder) pairs, longest folder first."""
    import diversify

    package = Path(diversify.__file__).resolve().parent
    roots = {str(package): "diversify", str(package.parent): "<install>",
             sys.prefix: "<python>", sys.base_prefix: "<python>",
             str(Path(sys.executable).resolve().parent): "<python>",
             tempfile.gettempdir(): "<tmp>", os.path.expanduser("~"): "~", os.getcwd(): "."}
    pairs = [(k.rstrip("/\\"), v) for k, v in roots.items() if k and len(k) > 1]
    return sorted(pairs, key=lambda kv: -len(kv[0]))


def scrub_paths(text: str) -> str:
    """``text`` with the server's local folders replaced by placeholders."""
    for folder, placeholder in _local_roots():
        if folder in text:
            text = text.replace(folder, placeholder)
    return text


def _loc_text(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)] or [str(p) for p in loc]
    return ".".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through :func:`error_response`."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, code=exc.code, field=exc.field,
                              headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        if status == 404:
            message = f"no such resource: {request.method} {request.url.path}"
        elif status == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail) if exc.detail else _CODES.get(status, "error")
        return error_response(status, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        items = []
        for e in exc.errors():
            loc = [p if isinstance(p, int) else str(p) for p in e.get("loc", ())]
            items.append({"loc": loc, "message": str(e.get("msg", "invalid value"))})
        first = items[0] if items else {"loc": [], "message": "invalid request"}
        field = _loc_text(first["loc"][1:]) if len(first["loc"]) > 1 else None
        where = f"{first['loc'][0]} parameter '{field}'" if field else "request"
        return error_response(422, f"{where}: {first['message']}", code="validation_error",
                              field=field, details=items)

    @app.exception_handler(DiversifyError)
    async def _library_error(request: Request, exc: DiversifyError) -> JSONResponse:
        field = getattr(exc, "field", None)
        if isinstance(exc, BusyError):
            return error_response(
                503, scrub_paths(str(exc)), code="busy", field=field, headers={"Retry-After": "5"}
            )
        return error_response(status_of(exc), scrub_paths(str(exc)), field=field)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        import duckdb

        if isinstance(exc, duckdb.TransactionException):
            return error_response(503, "the data were being changed by another write; try again",
                                  code="busy", headers={"Retry-After": "2"})
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details")
