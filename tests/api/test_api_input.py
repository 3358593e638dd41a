"""Input the API must refuse in its one error shape, or resolve as the command line does: the
placeholder XXX as a country, partners by name, dates that are not ISO dates, the loader's
query parameter, requests the HTTP parser refuses, and HEAD on read routes."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

# ---- XXX holds the partners a source does not identify; it is no country -------------

XXX_404 = ("no country with the ISO3 code 'XXX' (XXX stands for the partners a source does "
           "not identify, never a country; expected e.g. CAN, USA, DEU)")


@pytest.mark.parametrize("path", [
    "/api/report/XXX", "/api/report/xxx", "/api/report/XXX/html", "/api/report/XXX/pdf",
    "/api/countries/XXX", "/api/series/XXX/arms_imports", "/api/national/XXX",
])
def test_the_unknown_party_placeholder_is_no_country(client: httpx.Client, error_of: Any,
                                                       path: str) -> None:
    err = error_of(client.get(path), 404, "not_found")
    assert err["message"] == XXX_404.replace("'XXX'", f"'{path.split('/')[3]}'")
    assert err["field"] is None


@pytest.mark.parametrize("path", ["/api/report/CAN", "/api/series/CAN/goods_exports"])
def test_the_placeholder_is_no_bloc_either(client: httpx.Client, error_of: Any, path: str) -> None:
    err = error_of(client.get(path, params={"bloc": "XXX"}), 422, "invalid_input",
                   "unknown bloc or country 'XXX' (blocs: ")
    assert err["field"] == "bloc"


def test_a_scenario_for_the_placeholder_is_refused(client: httpx.Client, error_of: Any,
                                                   token: str) -> None:
    toml = ('[scenario]\nname = "x"\nkind = "tariff"\n[tariff]\nimporter = "USA"\n'
            'reporter = "XXX"\nyear = 2024\n[[tariff.changes]]\nexporter = "XXX"\n'
            'product = "*"\nrate = 0.25\n')
    r = client.post("/api/scenarios/run", params={"store": "false"}, content=toml,
                    headers={"Authorization": f"Bearer {token}",
                             "Content-Type": "application/toml"})
    # refused as any unknown code is (the scenario's own message, without the note on XXX)
    err = error_of(r, 422, "invalid_input")
    assert err["field"] == "tariff.reporter"
    assert err["message"] == ("<request body>, line 6, field 'tariff.reporter': unknown country "
                              "'XXX' (expected an ISO3 code such as CAN or a country name)")


# ---- partners resolved as the command line resolves them, or refused --------------------

def test_a_partner_name_is_resolved(client: httpx.Client) -> None:
    by_name = client.get("/api/series/CAN/goods_exports", params={"partner": "Mexico"})
    by_code = client.get("/api/series/CAN/goods_exports", params={"partner": "mex"})
    assert by_name.status_code == 200, by_name.text
    partners = by_name.json()["partners"]
    assert [(p["partner"], p["name"]) for p in partners] == [("MEX", "Mexico")]
    assert len(partners[0]["points"]) > 10
    assert by_name.json() == by_code.json()


EXPECTED = "expected an ISO3 code such as CAN or a country name"
XXX_HINT = "XXX stands for the partners a source does not identify, never a country"


@pytest.mark.parametrize(("partner", "message"), [
    ("ABC", f"field 'partner': unknown country 'ABC' ({EXPECTED})"),
    ("Atlantis", f"field 'partner': unknown country 'Atlantis' ({EXPECTED})"),
    ("XXX", f"field 'partner': unknown country 'XXX' ({XXX_HINT}; {EXPECTED})"),
    ("NATO", ("field 'partner': 'NATO' is a bloc, not a partner country: ask for its share "
              "with bloc=NATO")),
])
def test_an_unknown_partner_is_refused(client: httpx.Client, error_of: Any, partner: str,
                                       message: str) -> None:
    for path in ("/api/series/CAN/goods_exports", "/api/series/JPN/arms_imports"):
        err = error_of(client.get(path, params={"partner": ["USA", partner]}), 422,
                       "invalid_input")
        assert err["message"] == message and err["field"] == "partner"


def test_the_dyad_index_resolves_and_refuses_partners(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.get("/api/news/dyads/EU", params={"partner": "XYZ"}), 422,
                   "invalid_input")
    assert err["field"] == "partner"
    assert err["message"] == ("field 'partner': unknown actor 'XYZ' (expected an ISO3 code, a "
                              "country name or one of EU, NATO, UN, WTO, G7)")
    err = error_of(client.get("/api/news/dyads/CAN", params={"partner": "XXX"}), 422,
                   "invalid_input")
    assert err["field"] == "partner" and "XXX stands for the partners" in err["message"]
    by_name = client.get("/api/news/dyads/CAN", params={"partner": ["United States", "eu"]})
    by_code = client.get("/api/news/dyads/CAN", params={"partner": ["USA", "EU"]})
    assert by_name.status_code == 200, by_name.text
    assert by_name.json() == by_code.json()
    error_of(client.get("/api/news/dyads/XXX"), 404, "not_found", "no actor 'XXX'")


# ---- dates are ISO dates ---------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/news/events", "/api/news/articles"])
@pytest.mark.parametrize("param", ["since", "until"])
@pytest.mark.parametrize("value", ["2025", "1741737600", "12/03/2025", "2025-3-12", "2025-02-30",
                                   "2025-03-12T10:00:00"])
def test_a_date_must_be_an_iso_date(client: httpx.Client, error_of: Any, path: str, param: str,
                                    value: str) -> None:
    err = error_of(client.get(path, params={param: value}), 422, "validation_error")
    assert err["field"] == param
    assert err["message"] == (f"query parameter '{param}': expected an ISO date such as "
                              f"2025-03-12, got '{value}'")


def test_an_iso_date_is_accepted(client: httpx.Client) -> None:
    r = client.get("/api/news/events", params={"since": "2025-03-12", "until": "2026-01-01"})
    assert r.status_code == 200, r.text


# ---- the loader is the query parameter `source` -----------------------------------------

def test_an_unknown_loader_names_the_query_parameter(client: httpx.Client, error_of: Any,
                                                     token: str) -> None:
    r = client.post("/api/ingest", params={"source": "nope"},
                    headers={"Authorization": f"Bearer {token}"},
                    files={"file": ("x.csv", b"a,b\n1,2\n")})
    err = error_of(r, 422, "invalid_input")
    assert err["field"] == "source"
    assert err["message"].startswith("field 'source': unknown source 'nope' (expected one of: ")
    assert "--source" not in err["message"]


# ---- what the HTTP parser refuses, in the error shape; HEAD on read routes --------------

def _raw(url: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``request`` as it is and read the whole answer (the server closes the connection)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(request)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines)}
    return int(status_line.split()[1]), headers, body


def _shape(status: int, headers: dict[str, str], body: bytes) -> dict[str, Any]:
    import json

    assert headers["content-type"] == "application/json"
    assert int(headers["content-length"]) == len(body)
    payload = json.loads(body)
    assert set(payload) == {"error"}
    err = payload["error"]
    assert set(err) == {"status", "code", "message", "field", "details"}
    assert err["status"] == status and err["details"] == [] and err["field"] is None
    return err  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [17_000, 200_000, 2_000_000])
def test_an_over_long_url_is_a_414_in_the_error_shape(api_server: Any, size: int) -> None:
    request = (b"GET /api/news/articles?q=" + b"a" * size
               + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    status, headers, body = _raw(api_server.url, request)
    assert status == 414
    err = _shape(414, headers, body)
    assert err["code"] == "uri_too_long"
    assert err["message"] == ("the request line (method and URL) is longer than the limit of "
                              "16,384 bytes")


def test_over_long_headers_are_a_431_in_the_error_shape(api_server: Any) -> None:
    request = (b"GET /api/health HTTP/1.1\r\nHost: x\r\n"
               + b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * 1000) for i in range(40))
               + b"Connection: close\r\n\r\n")
    status, headers, body = _raw(api_server.url, request)
    assert status == 431
    err = _shape(431, headers, body)
    assert err["code"] == "headers_too_large"
    assert err["message"] == ("the request line and headers are longer than the limit of "
                              "16,384 bytes")


@pytest.mark.parametrize(("sent", "reason"), [
    (b"GARBAGE\r\n\r\n", "illegal request line"),
    (b"GET  /api/health HTTP/1.1\r\nHost: x\r\n\r\n", "illegal request line"),
    (b"GET /api/health HTTP/1.1\r\nBad Header\r\n\r\n", "illegal header line"),
    (b"GET /api/health HTTP/1.1\r\n\r\n", "Missing mandatory Host: header"),
    (b"GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "bad Content-Length"),
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"x" * 40 + b"\r\n\r\n",  # TLS
     "illegal request line"),
])
def test_a_malformed_request_is_a_400_in_the_error_shape(api_server: Any, sent: bytes,
                                                         reason: str) -> None:
    status, headers, body = _raw(api_server.url, sent)
    assert status == 400
    err = _shape(400, headers, body)
    assert err["code"] == "bad_request"
    assert err["message"] == f"malformed HTTP request ({reason})"


def test_a_long_url_under_the_limit_reaches_the_app(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.get("/api/news/articles", params={"q": "a" * 12_000}), 422,
                   "validation_error")
    assert err["field"] == "q"  # the route's own limit, not the server's


@pytest.mark.parametrize("path", ["/api/health", "/api/report/CAN", "/api/countries", "/",
                                  "/static/js/app.js", "/openapi.json"])
def test_head_is_answered_on_read_routes(client: httpx.Client, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert get.status_code == 200 and head.status_code == 200, head.text
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]


def test_head_errors_keep_their_status(client: httpx.Client) -> None:
    head = client.head("/api/report/XYZ")
    assert head.status_code == 404 and head.content == b""
    assert head.headers["content-type"] == "application/json"
    head = client.head("/api/ingest")  # a write route has no GET, so no HEAD either
    assert head.status_code == 405 and head.content == b""


def test_a_head_arriving_in_pieces_is_refused_by_the_server_in_the_error_shape(
        api_server: Any) -> None:
    """The HTTP parser's own limit (a head still incomplete past 16 KiB), answered in the error
    shape while the client is still sending; the client gets the answer, not a reset."""
    import time

    host, port = api_server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(b"GET /api/health?pad=" + b"a" * 20_000)
        time.sleep(0.3)  # the server has read (and refused) the first piece by now
        s.sendall(b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414 "), data[:200]
    assert b'"code": "uri_too_long"' in body


def test_the_middleware_measures_a_head_read_whole() -> None:
    """The same limit on a head the server read in one piece (the app's own check)."""
    import asyncio

    from diversify.api._limits import RequestHeadLimit

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    def status(path: bytes, headers: list[tuple[bytes, bytes]]) -> int:
        sent: list[Any] = []

        async def send(message: Any) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": path.decode(), "raw_path": path,
                 "query_string": b"", "http_version": "1.1", "headers": headers}
        asyncio.run(RequestHeadLimit(app)(scope, None, send))
        return int(sent[0]["status"])

    # "GET " + path + " HTTP/1.1" = 16,384 bytes: the longest request line allowed
    longest = b"/" + b"a" * (16_384 - len("GET  HTTP/1.1") - 1)
    assert status(longest, []) == 431  # with the line ends, the head is 4 bytes over
    assert status(longest[:-4], []) == 200
    assert status(longest + b"a", []) == 414
    assert status(b"/api/health", [(b"x-pad", b"b" * 16_000)]) == 200
    assert status(b"/api/health", [(b"x-pad", b"b" * 16_400)]) == 431


def test_the_schema_documents_the_head_limits(client: httpx.Client) -> None:
    """Any route may answer 414 or 431: the schema says so, with the error shape."""
    schema = client.get("/openapi.json").json()
    responses = schema["paths"]["/api/report/{iso3}"]["get"]["responses"]
    for status in ("414", "431"):
        assert responses[status]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorBody"}
