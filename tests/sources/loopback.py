"""A small HTTP server on loopback for the fetch tests: routes answer like the publisher's servers.

A route gets the request (method, path, query, headers, body) and returns (status, headers,
body); files are served with HTTP ``Range`` support (validated by ``If-Range`` against an ETag
or Last-Modified) and can be cut once after N bytes.
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
    """Serve ``body`` with Range support and a strong ETag (honouring ``If-Range``);
    ``state['break_after']`` cuts the next answer once."""
    def route(req: Request) -> Answer:
        return range_answer(req, body, state)
    return route


def etag_of(body: bytes) -> str:
    """A strong ETag for ``body``, as a server derives one from the content."""
    import hashlib

    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def range_answer(req: Request, body: bytes, state: dict[str, int | None], *, etag: str | None = "auto",
                 last_modified: str | None = None, honour_if_range: bool = True) -> Answer:
    """A file server's answer to ``req``: 200 whole, or 206 from the ``Range`` start when an
    ``If-Range`` (if sent) names the current version (RFC 9110: otherwise the whole file, 200).
    ``etag`` "auto" derives one from ``body``, ``None`` sends none; ``honour_if_range=False``
    is a server that ignores ``If-Range`` (sending the current tail whatever the version)."""
    etag = etag_of(body) if etag == "auto" else etag
    rng = req.headers.get("range")
    if_range = req.headers.get("if-range")
    if rng and if_range is not None and honour_if_range and if_range not in (etag, last_modified):
        rng = None  # another version: the whole file
    start = int(rng.removeprefix("bytes=").rstrip("-")) if rng else 0
    if start >= len(body):
        return 416, {"Content-Range": f"bytes */{len(body)}"}, b""
    headers = {"Content-Length": str(len(body) - start), "Content-Type": "text/csv"}
    if etag:
        headers["ETag"] = etag
    if last_modified:
        headers["Last-Modified"] = last_modified
    if rng:
        headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
    part = body[start:]
    if state.get("break_after") is not None:
        part, state["break_after"] = part[: state["break_after"]], None
    return (206 if rng else 200), headers, part


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


def warehouse_state(path: object) -> list[object]:
    """What a refused load must leave as it was: every stored table's row count and checksum,
    and the sources table itself."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        out: list[object] = [con.execute(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {table}").fetchall()
                             for table in ("flow_rows", "trade_matrix", "trade_pairs", "trade_chapters",
                                           "national_series", "ties", "products", "unmatched_names")]
        out.append(con.execute("SELECT * FROM sources ORDER BY source_id").fetchall())
    finally:
        con.close()
    return out
