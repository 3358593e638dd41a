"""Request size limits, HEAD requests and write serialisation as pure ASGI middleware.

A request line (method and URL) longer than :data:`MAX_REQUEST_HEAD` bytes answers
414, a request line and headers longer than that together 431, both in the
service's error shape. The HTTP server enforces the same limit on a head that
arrives in pieces (:mod:`diversify.api._protocol`); this middleware on a head it
read whole, so the answer does not depend on how the network cut the request.

A declared ``Content-Length`` above the limit is refused before the body is
read; a body sent without one (chunked) is counted as it arrives and refused as
soon as it passes the limit. Both answer 413 in the service's error shape.

HEAD is answered on every GET route (:class:`HeadAsGet`): the route runs as for
GET and only the headers are sent.

DuckDB lets one transaction at a time change a table: two ingests at the same
moment would make one fail with a write-write conflict. :class:`OneWriteAtATime`
runs authorised write requests (any method but GET, HEAD, OPTIONS) one after
the other; a write that waits longer than ``Settings.write_wait`` answers 503
with ``Retry-After``. Requests without the right token are not queued: the
route answers them 401 at once.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from typing import Any

from starlette.exceptions import HTTPException

from diversify.api._errors import error_payload

Scope = dict[str, Any]
Message = dict[str, Any]

MAX_REQUEST_HEAD = 16 * 1024
"""Bytes of the request line and headers together (h11's and uvicorn's default)."""


def head_too_long(status: int, limit: int = MAX_REQUEST_HEAD) -> str:
    """The message of a 414 (the request line alone is too long) or a 431 (with the headers)."""
    if status == 414:
        return f"the request line (method and URL) is longer than the limit of {limit:,} bytes"
    return f"the request line and headers are longer than the limit of {limit:,} bytes"


async def send_error(send: Any, status: int, payload: dict[str, Any],
                     headers: list[tuple[bytes, bytes]]) -> None:
    """Answer an ASGI request with the JSON error ``payload`` before any route runs."""
    body = json.dumps(payload).encode()
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()), *headers],
    })
    await send({"type": "http.response.body", "body": body})


class RequestHeadLimit:
    """Refuse a request line over ``limit`` bytes with 414, and with its headers with 431.

    Sizes are counted as on the wire (``GET /path?query HTTP/1.1``, ``name: value`` per header,
    the line ends), so what passes the HTTP server's limit passes this one too.
    """

    def __init__(self, app: Any, limit: int = MAX_REQUEST_HEAD) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"")
        line = (len(scope["method"]) + 1 + len(scope.get("raw_path") or scope["path"].encode())
                + (1 + len(query) if query else 0) + 1 + len("HTTP/") + len(scope["http_version"]))
        head = line + 2 + sum(len(k) + 2 + len(v) + 2 for k, v in scope.get("headers", ())) + 2
        status = 414 if line > self.limit else 431 if head > self.limit else 0
        if status:
            await send_error(send, status, error_payload(status, head_too_long(status, self.limit)),
                             [(b"connection", b"close")])
            return
        await self.app(scope, receive, send)


class HeadAsGet:
    """Answer HEAD wherever GET is answered: the request runs as a GET and the body is dropped,
    so the status and headers (``Content-Length`` included) are those of the GET."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class _TooLarge(HTTPException):
    """Raised from ``receive``; an HTTP exception so the route's error handler
    formats it when the framework catches it first."""


class BodySizeLimit:
    """Refuse request bodies larger than ``max_bytes`` with 413."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self) -> str:
        return f"request body is larger than the limit of {self.max_bytes} bytes"

    async def _send_413(self, send: Any) -> None:
        await send_error(send, 413, error_payload(413, self._message()), [(b"connection", b"close")])

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_bytes:
                    await self._send_413(send)
                    return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message: Message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(413, self._message())
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._send_413(send)


_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class OneWriteAtATime:
    """Run authorised write requests one at a time (see the module notes)."""

    def __init__(self, app: Any, token: str | None, wait: float) -> None:
        self.app = app
        self.token = token.encode() if token else None
        self.wait = wait
        self._locks: dict[int, asyncio.Lock] = {}

    def _authorised(self, scope: Scope) -> bool:
        if self.token is None:
            return False
        for name, value in scope.get("headers", ()):
            if name == b"authorization":
                scheme, _, given = bytes(value).partition(b" ")
                return scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), self.token)
        return False

    def _lock(self) -> asyncio.Lock:
        loop = id(asyncio.get_running_loop())
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in _READS or not self._authorised(scope):
            await self.app(scope, receive, send)
            return
        lock = self._lock()
        try:
            await asyncio.wait_for(lock.acquire(), timeout=self.wait)
        except TimeoutError:
            await send_error(send, 503, error_payload(
                503, "another write is still running; try again in a few seconds", code="busy"),
                [(b"retry-after", b"5")])
            return
        try:
            await self.app(scope, receive, send)
        finally:
            lock.release()
