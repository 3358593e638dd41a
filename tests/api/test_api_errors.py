"""One JSON error shape for every error: pinned here, status by status."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from diversify.errors import (
    DiversifyError,
    InputError,
    MissingExtraError,
    NotFoundError,
    SolverError,
    SourceFormatError,
    UnknownCountryError,
)


def test_the_shape_is_pinned(client: httpx.Client) -> None:
    r = client.get("/api/report/XYZ")
    assert r.status_code == 404
    assert r.json() == {"error": {
        "status": 404, "code": "not_found",
        "message": "no country with the ISO3 code 'XYZ' (expected e.g. CAN, USA, DEU)",
        "field": None, "details": [],
    }}


@pytest.mark.parametrize(("path", "contains"), [
    ("/api/nothing-here", "no such resource: GET /api/nothing-here"),
    ("/no/such/page", "no such resource"),
    ("/static/missing.js", "no such resource"),
    ("/api/countries/QQQ", "no country with the ISO3 code 'QQQ'"),
    ("/api/sources/nope:123", "no source 'nope:123'"),
    ("/api/blocs/NOPE", "no bloc 'NOPE'"),
])
def test_not_found(client: httpx.Client, error_of: Any, path: str, contains: str) -> None:
    error_of(client.get(path), 404, "not_found", contains)


def test_method_not_allowed(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.delete("/api/report/CAN"), 405, "method_not_allowed")
    assert err["message"] == "method DELETE is not allowed on /api/report/CAN"


def test_validation_error_names_the_parameter(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.get("/api/report/CAN", params={"year": "abc"}), 422, "validation_error")
    assert err["field"] == "year"
    assert err["message"].startswith("query parameter 'year': ")
    assert err["details"][0]["loc"] == ["query", "year"]
    err = error_of(client.get("/api/report/CAN", params={"domain": "tulips"}), 422)
    assert err["field"] == "domain.0" and "goods_exports" in err["message"]  # the first value
    err = error_of(client.get("/api/countries", params={"limit": 0}), 422)
    assert err["field"] == "limit" and "greater than or equal to 1" in err["message"]


def test_library_input_error_is_422(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.get("/api/report/CAN", params={"bloc": "ATLANTIS"}), 422, "invalid_input",
                   "unknown bloc or country 'ATLANTIS'")
    assert err["field"] == "bloc" and "--bloc" not in err["message"]
    error_of(client.get("/api/series/CAN/goods_exports", params={"start": 2010, "end": 2000}), 422,
             contains="start 2010 is after end 2000")


@pytest.mark.parametrize("path", ["/api/report/SRB", "/api/report/SRB/html",
                                  "/api/series/JPN/goods_exports", "/api/series/JPN/arms_imports"])
def test_an_unknown_bloc_is_refused_on_every_route(client: httpx.Client, error_of: Any, path: str) -> None:
    err = error_of(client.get(path, params={"bloc": "XYZ"}), 422, "invalid_input",
                   "unknown bloc or country 'XYZ' (blocs: ")
    assert err["field"] == "bloc"


def test_a_country_is_a_bloc_of_its_own_on_the_series(client: httpx.Client) -> None:
    r = client.get("/api/series/JPN/goods_exports", params={"bloc": ["chn", "NATO"]})
    assert r.status_code == 200, r.text
    assert [b["partner"] for b in r.json()["blocs"]] == ["USA", "EU27", "CHN", "NATO", "other"]


def test_unauthorized_and_forbidden(client: httpx.Client, error_of: Any, make_server: Any,
                                    api_warehouse: Path, token: str) -> None:
    files = {"file": ("x.csv", b"a,b\n1,2\n")}
    r = client.post("/api/ingest", params={"source": "sipri_milex_gdp"}, files=files)
    error_of(r, 401, "unauthorized", "Authorization: Bearer")
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = client.post("/api/ingest", params={"source": "sipri_milex_gdp"}, files=files,
                    headers={"Authorization": "Bearer wrong-token-0000000000"})
    error_of(r, 401, "unauthorized", "not valid")
    no_token = make_server(api_warehouse)
    r = httpx.post(no_token.url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                   files=files, headers={"Authorization": f"Bearer {token}"})
    error_of(r, 403, "writes_disabled", "DIVERSIFY_API_TOKEN")


def test_body_too_large(make_server: Any, api_warehouse: Path, error_of: Any, token: str) -> None:
    server = make_server(api_warehouse, token=token, max_body_bytes=2048)
    headers = {"Authorization": f"Bearer {token}"}
    big = b"x" * 5000
    # declared length over the limit: refused before the body is read
    r = httpx.post(server.url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                   files={"file": ("big.csv", big)}, headers=headers)
    error_of(r, 413, "payload_too_large", "limit of 2048 bytes")

    # no length declared (chunked): counted as it arrives
    def chunks() -> Any:
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n'
        for _ in range(5):
            yield b"y" * 1000

    r = httpx.post(server.url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                   content=chunks(),
                   headers={**headers, "Content-Type": "multipart/form-data; boundary=b"})
    assert "content-length" not in r.request.headers
    error_of(r, 413, "payload_too_large")


def test_unexpected_error_is_500_without_internals(api_warehouse: Path, error_of: Any) -> None:
    from diversify.api import Settings, create_app
    from diversify.api._server import ServerThread

    app = create_app(Settings(warehouse=api_warehouse))

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    with ServerThread(app) as server:
        r = httpx.get(server.url + "/api/boom")
    err = error_of(r, 500, "internal_error")
    assert err["message"] == "internal error; the server log has the details"
    assert "secret" not in r.text


@pytest.mark.parametrize(("exc", "status"), [
    (NotFoundError("x"), 404),
    (InputError("x"), 422),
    (SourceFormatError("x"), 422),
    (UnknownCountryError("x"), 422),
    (SolverError("x"), 422),
    (MissingExtraError("api", "fastapi"), 501),
    (DiversifyError("x"), 400),
])
def test_library_errors_map_to_statuses(exc: DiversifyError, status: int) -> None:
    from diversify.api._errors import status_of

    assert status_of(exc) == status


def test_settings_are_checked() -> None:
    from diversify.api import Settings

    with pytest.raises(InputError, match="at least 16 characters"):
        Settings(token="short")
    with pytest.raises(InputError, match="no token is configured"):
        Settings(read_requires_token=True)


def test_read_endpoints_can_require_the_token(make_server: Any, api_warehouse: Path,
                                              error_of: Any, token: str) -> None:
    server = make_server(api_warehouse, token=token, read_requires_token=True)
    error_of(httpx.get(server.url + "/api/countries"), 401, "unauthorized")
    ok = httpx.get(server.url + "/api/countries", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200 and ok.json()["total"] > 100
    # the dashboard's static shell holds no data and stays reachable
    assert httpx.get(server.url + "/").status_code == 200


def test_api_package_exports() -> None:
    from diversify import api

    assert set(api.__all__) == {"ErrorBody", "Settings", "create_app"}
    for name in api.__all__:
        assert getattr(api, name) is not None
    with pytest.raises(AttributeError):
        api.nothing  # noqa: B018


def test_server_binds_loopback_only(api_server: Any) -> None:
    assert api_server.host == "127.0.0.1"
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", api_server.port)) == 0
