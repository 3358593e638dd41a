"""Bearer-token checks for write endpoints (and, if configured, read endpoints).

No token configured means write endpoints are disabled: they answer 403 with a
message saying how to enable them. With a token, a missing or wrong
``Authorization: Bearer ...`` header answers 401. Routers with write endpoints
use :class:`AuthFirstRoute`, so the token is checked before the body is read: a
request without it answers 401 whatever its body, malformed or not.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from diversify.api._errors import ApiError
from diversify.api._settings import Settings

bearer = HTTPBearer(auto_error=False, description="The token the operator configured "
                    "(DIVERSIFY_API_TOKEN by default).")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="diversify"'}


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def _check(settings: Settings, creds: HTTPAuthorizationCredentials | None) -> None:
    if settings.token is None:  # only reachable for write endpoints
        raise ApiError(
            403,
            "write endpoints are disabled on this server: the operator has not configured an "
            "API token (set DIVERSIFY_API_TOKEN, or the variable named by --token-env)",
            code="writes_disabled",
        )
    if creds is None or creds.scheme.lower() != "bearer":
        raise ApiError(401, "this endpoint needs 'Authorization: Bearer <token>'",
                       code="unauthorized", headers=_CHALLENGE)
    if not hmac.compare_digest(creds.credentials.encode(), settings.token.encode()):
        raise ApiError(401, "the bearer token is not valid", code="unauthorized",
                       headers=_CHALLENGE)


async def require_write(request: Request) -> None:
    """Dependency of every write endpoint."""
    _check(_settings(request), await bearer(request))


async def require_read(request: Request) -> None:
    """Dependency of every read endpoint: open unless the operator asked otherwise."""
    settings = _settings(request)
    if settings.read_requires_token:
        _check(settings, await bearer(request))


class AuthFirstRoute(APIRoute):
    """A route that runs its :func:`require_write` dependency before the body is parsed.

    FastAPI reads and parses the body (a multipart form, JSON) before it solves
    dependencies, so a malformed body sent without a token would answer 400 or 422
    instead of 401. The dependency still runs as usual afterwards (it is cheap) and
    keeps the bearer scheme in the OpenAPI schema.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        if not any(d.call is require_write for d in self.dependant.dependencies):
            return handler

        async def checked(request: Request) -> Response:
            await require_write(request)
            return await handler(request)

        return checked
