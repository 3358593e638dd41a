"""Request size limit and write serialisation as pure ASGI middleware.

A declared ``Content-Length`` above the limit is refused before the body is
read; a body sent without one (chunked) is counted as it arrives and refused as
soon as it passes the limit. Both answer 413 in the service's error shape.

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
