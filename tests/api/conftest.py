"""The real app under uvicorn on free loopback ports, over the real-data warehouse."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

TOKEN = "api-test-token-0123456789"
ERROR_KEYS = {"status", "code", "message", "field", "details"}


@pytest.fixture(scope="session")
def api_warehouse(real_warehouse_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the real-data warehouse for the read-only server."""
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    shutil.copyfile(real_warehouse_path, path)
    return path


def _start(warehouse: Path, **settings: Any) -> Any:
    from diversify.api import Settings, create_app
    from diversify.api._server import ServerThread

    return ServerThread(create_app(Settings(warehouse=warehouse, **settings))).start()


@pytest.fixture(scope="session")
def api_server(api_warehouse: Path) -> Iterator[Any]:
    server = _start(api_warehouse, token=TOKEN)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(api_server: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_server.url, timeout=60) as c:
        yield c


@pytest.fixture()
def make_server() -> Iterator[Callable[..., Any]]:
    """Start servers with other settings; all are stopped after the test."""
    started: list[Any] = []

    def make(warehouse: Path, **settings: Any) -> Any:
        server = _start(warehouse, **settings)
        started.append(server)
        return server

    yield make
    for s in started:
        s.stop()


def assert_error(response: httpx.Response, status: int, code: str | None = None,
                 contains: str | None = None) -> dict[str, Any]:
    """The response is an error in the one JSON shape, with this status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == ERROR_KEYS, err
    assert err["status"] == status
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["details"], list)
    if code is not None:
        assert err["code"] == code, err
    if contains is not None:
        assert contains in err["message"], err
    return err  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def error_of() -> Callable[..., dict[str, Any]]:
    """:func:`assert_error` as a fixture."""
    return assert_error


@pytest.fixture(scope="session")
def token() -> str:
    """The bearer token of :func:`api_server`."""
    return TOKEN
