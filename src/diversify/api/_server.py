"""Run the app with uvicorn: :func:`serve` for ``diversify serve``, :class:`ServerThread` in a
background thread (tests, benchmarks, notebooks). Both listen on a socket opened first
(:func:`listen_socket`: a port in use is one clear error, before any warehouse is opened) and
answer the requests the HTTP parser refuses in the error shape (:mod:`diversify.api._protocol`).
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from diversify.api._limits import MAX_REQUEST_HEAD
from diversify.errors import DiversifyError, InputError, require


def listen_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (port 0: a free one), as uvicorn would bind it;
    :class:`InputError` naming ``--port`` (or ``--host``) when it cannot be."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, so asyncio sets TCP_NODELAY on accepted connections; with
    # proto 0 it does not, and small responses wait ~40 ms for a delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)  # uvicorn's backlog
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"cannot listen on {host}:{port}: the address is already in use "
                             "(choose another --port)", field="--port") from None
        reason = (exc.strerror or str(exc)).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        on_host = isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL
        raise InputError(f"cannot listen on {host}:{port}: {reason}",
                         field="--host" if on_host else "--port") from None
    return sock


def uvicorn_config(app: Any, **options: Any) -> Any:
    """uvicorn's configuration for ``app``: the h11 protocol that answers unparsable requests in
    the error shape, and the limit of :data:`~diversify.api._limits.MAX_REQUEST_HEAD`."""
    uvicorn = require("uvicorn", "api")
    from diversify.api._protocol import json_errors_protocol

    return uvicorn.Config(app, http=json_errors_protocol(),
                          h11_max_incomplete_event_size=MAX_REQUEST_HEAD, **options)


def serve(app: Any, sock: socket.socket, *, on_listening: Callable[[], None]) -> None:
    """Serve ``app`` on ``sock`` until interrupted; ``on_listening`` runs once the server accepts
    connections."""
    uvicorn = require("uvicorn", "api")

    class _Server(uvicorn.Server):  # type: ignore[misc,name-defined]
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                on_listening()

    server = _Server(uvicorn_config(app, log_level="warning", access_log=False,
                                    server_header=False, lifespan="on"))
    server.run(sockets=[sock])


class ServerThread:
    """uvicorn serving ``app`` on ``host`` in a daemon thread.

    Parameters
    ----------
    app
        An ASGI app, e.g. from :func:`~diversify.api.create_app`.
    host
        Interface to bind; loopback by default.
    port
        TCP port; 0 picks a free one (see :attr:`url`).

    Examples
    --------
    >>> with ServerThread(create_app(settings)) as server:  # doctest: +SKIP
    ...     httpx.get(server.url + "/api/health")
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        uvicorn = require("uvicorn", "api")
        self.app = app
        self._sock = listen_socket(host, port)
        self.host, self.port = self._sock.getsockname()[:2]
        self.url = f"http://{self.host}:{self.port}"
        self.server = uvicorn.Server(uvicorn_config(app, log_level="warning", access_log=False,
                                                    lifespan="on"))
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]},
                                        name=f"diversify-server-{self.port}", daemon=True)

    def start(self, timeout: float = 60.0) -> ServerThread:
        """Start and wait until the server has finished starting up."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self._thread.is_alive():
                raise DiversifyError(f"the server on {self.url} stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise DiversifyError(f"the server on {self.url} did not start within {timeout} s")
            time.sleep(0.05)
        return self

    def stop(self, timeout: float = 15.0) -> None:
        self.server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()

    def __enter__(self) -> ServerThread:  # noqa: PYI034 (start() returns self)
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
