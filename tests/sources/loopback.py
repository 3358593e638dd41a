"""A small HTTP server on loopback for the fetch tests: routes answer like the publisher's servers.

A route gets the request (method, path, query, headers, body) and returns (status, headers,
body); files are served with HTTP ``Range`` support and can be cut once after N bytes.
"""

from __future__ import annotations

import http.server
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[Request], Answer]


@dataclass
class Loopback:
    routes: dict[str, Route]
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def file_route(body: bytes, state: dict[str, int | None]) -> Route:
    """Serve ``body`` with Range support; ``state['break_after']`` cuts the next answer once."""
    def route(req: Request) -> Answer:
        rng = req.headers.get("range")
        start = int(rng.removeprefix("bytes=").rstrip("-")) if rng else 0
        if start >= len(body):
            return 416, {}, b""
        headers = {"Content-Length": str(len(body) - start), "Content-Type": "text/csv"}
        if rng:
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
        part = body[start:]
        if state.get("break_after") is not None:
            part, state["break_after"] = part[: state["break_after"]], None
        return (206 if rng else 200), headers, part
    return route


def _handler(server: Loopback) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _serve(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            req = Request(self.command, parts.path, dict(urllib.parse.parse_qsl(parts.query)),
                          {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
            server.requests.append(req)
            route = server.routes.get(parts.path)
            status, headers, body = route(req) if route else (404, {}, b"not found")
            self.send_response(status)
            headers.setdefault("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _serve

    return Handler


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Loopback]:
    state = Loopback(routes)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = srv.server_address[1]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        srv.shutdown()
        srv.server_close()


def closed_port() -> int:
    """A loopback port nothing listens on."""
    srv = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    port = srv.server_address[1]
    srv.server_close()
    return port


def cli_error_line(argv: list[str]) -> str:
    """Run ``diversify argv`` in a new process and return its one line of error, after checking
    it exits with code 2, prints one line on standard error and no traceback."""
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-c", "from diversify.cli import main; main()", *argv],
                         check=False, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    return res.stderr
