"""uvicorn's h11 protocol, answering the requests its parser refuses in the service's error shape.

uvicorn answers a request h11 cannot parse with ``400 text/plain`` "Invalid HTTP request
received." before any application code runs. :func:`json_errors_protocol` gives a protocol
class that answers in the one JSON error shape instead:

* a request line longer than :data:`~diversify.api._limits.MAX_REQUEST_HEAD` bytes: 414
  ``uri_too_long``; a request line and headers longer than that together: 431
  ``headers_too_large`` (h11 applies the limit to a head still incomplete; a head read whole is
  measured by :class:`~diversify.api._limits.RequestHeadLimit` with the same result);
* anything else h11 refuses (a malformed request line or header, an HTTP version other than
  1.x): 400 ``bad_request``, with h11's reason.

After the answer the connection is half-closed and what the client still sends is read and
dropped for up to :data:`LINGER_SECONDS`: closing at once, with unread bytes, would make the
kernel reset the connection, and a client still sending a long request would lose the answer.

This module imports uvicorn and h11: only ``serve`` and :class:`~diversify.api._server.ServerThread`
load it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from diversify.api._errors import error_payload
from diversify.api._limits import MAX_REQUEST_HEAD, head_too_long

LINGER_SECONDS = 2.0
"""How long a refused connection keeps reading (and dropping) what the client still sends."""

MAX_REASON = 160
"""Characters of h11's reason kept in a 400's message (it may quote the client's bytes)."""


def refusal(error: Any, head: bytes, limit: int = MAX_REQUEST_HEAD) -> tuple[int, str]:
    """The status and message of a request h11 refused with ``error`` (an
    ``h11.RemoteProtocolError``, or ``None``), ``head`` being the bytes it had buffered."""
    if error is not None and getattr(error, "error_status_hint", 400) == 431:
        end = head.find(b"\n")
        status = 414 if end == -1 or end > limit else 431
        return status, head_too_long(status, limit)
    reason = str(error) if error is not None and str(error) else "not HTTP/1.1"
    # h11 quotes the offending bytes as a Python repr: the reason alone is clearer
    reason = re.sub(r":\s*(bytearray\()?b['\"].*$", "", reason, flags=re.DOTALL)
    if len(reason) > MAX_REASON:
        reason = reason[:MAX_REASON] + "..."
    return 400, f"malformed HTTP request ({reason})"


@lru_cache(maxsize=1)
def json_errors_protocol() -> type[Any]:
    """The protocol class to give uvicorn as ``http=`` (see the module notes)."""
    import h11
    from uvicorn.protocols.http.h11_impl import STATUS_PHRASES, H11Protocol

    class _Connection(h11.Connection):
        """h11's connection, remembering the protocol error it raised last."""

        error: h11.RemoteProtocolError | None = None

        def next_event(self) -> Any:
            try:
                return super().next_event()
            except h11.RemoteProtocolError as exc:
                self.error = exc
                raise

    class JsonErrorsH11Protocol(H11Protocol):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.head_limit = self.config.h11_max_incomplete_event_size or MAX_REQUEST_HEAD
            self.conn = _Connection(h11.SERVER, self.head_limit)
            self.refused = False

        def data_received(self, data: bytes) -> None:
            if self.refused:  # answered already: drop what is still coming (see the notes)
                return
            super().data_received(data)

        def send_400_response(self, msg: str) -> None:
            """Answer in the error shape (uvicorn calls this on any h11 parse error)."""
            status, message = refusal(getattr(self.conn, "error", None),
                                      self.conn.trailing_data[0], self.head_limit)
            body = json.dumps(error_payload(status, message)).encode()
            headers = [(b"content-type", b"application/json"),
                       (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
            self.refused = True
            try:
                for event in (h11.Response(status_code=status, headers=headers,
                                           reason=STATUS_PHRASES[status]),
                              h11.Data(data=body), h11.EndOfMessage()):
                    self.transport.write(self.conn.send(event))
            except h11.LocalProtocolError:  # a response was already under way: just close
                self.transport.close()
                return
            if self.transport.can_write_eof():
                self.transport.write_eof()
                self.loop.call_later(LINGER_SECONDS, self.transport.close)
            else:
                self.transport.close()

    return JsonErrorsH11Protocol
