"""Write endpoints with the bearer token: ingest through the API, and `diversify serve`."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

MILEX = "defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv"


@pytest.fixture()
def empty_server(tmp_path: Path, make_server: Any, token: str) -> Any:
    from diversify.store import Warehouse

    path = tmp_path / "empty.duckdb"
    Warehouse(path, seed=False).close()
    return make_server(path, token=token)


def test_ingest_through_the_api(empty_server: Any, shared_data: Path, token: str,
                                error_of: Any) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    url = empty_server.url
    before = httpx.get(url + "/api/report/CAN").json()
    assert "military_expenditure" not in before["domains"]
    data = (shared_data / MILEX).read_bytes()
    r = httpx.post(url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                   files={"file": (Path(MILEX).name, data)}, headers=auth, timeout=60)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["skipped"] is False and out["rows"]["national_series"] > 8000
    assert out["file_name"] == Path(MILEX).name and len(out["sha256"]) == 64
    # the cached report is replaced at once: the new figures appear
    after = httpx.get(url + "/api/report/CAN").json()
    assert after["domains"]["military_expenditure"]["share_of_gdp"] == pytest.approx(1.3, abs=0.1)
    sources = httpx.get(url + "/api/sources").json()
    assert [s["source_id"] for s in sources["items"]] == [out["source_id"]]
    # idempotent: the same file again adds nothing
    again = httpx.post(url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                       files={"file": (Path(MILEX).name, data)}, headers=auth, timeout=60).json()
    assert again["skipped"] is True and again["source_id"] == out["source_id"]


def test_bad_upload_names_the_file_not_the_server(empty_server: Any, token: str,
                                                  error_of: Any) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    r = httpx.post(empty_server.url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                   files={"file": ("../../etc/milex.csv", b"Entity,Code,Year\nCanada,CAN,abc\n")},
                   headers=auth)
    err = error_of(r, 422, "invalid_input")
    assert err["message"].startswith("milex.csv")
    assert "diversify-upload" not in err["message"] and "/tmp" not in err["message"]
    error_of(httpx.post(empty_server.url + "/api/ingest", params={"source": "nope"},
                        files={"file": ("a.csv", b"x")}, headers=auth), 422,
             contains="unknown source 'nope'")
    error_of(httpx.post(empty_server.url + "/api/ingest", params={"source": "sipri_milex_gdp"},
                        files={"file": ("a.csv", b"")}, headers=auth), 422,
             contains="the uploaded file is empty")
    assert httpx.get(empty_server.url + "/api/sources").json()["total"] == 0


# a multipart body the form parser refuses: the part has no Content-Disposition name
BROKEN_MULTIPART = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n"
BROKEN_TYPE = {"Content-Type": "multipart/form-data; boundary=b"}


@pytest.mark.parametrize("path", ["/api/news/articles", "/api/ingest?source=sipri_milex_gdp"])
def test_token_is_checked_before_the_body(client: httpx.Client, make_server: Any,
                                          api_warehouse: Path, token: str, error_of: Any,
                                          path: str) -> None:
    """A malformed upload without the token answers 401 (or 403 with writes disabled),
    not the parser's 400: nobody learns anything about the body before authenticating."""
    r = client.post(path, content=BROKEN_MULTIPART, headers=BROKEN_TYPE)
    error_of(r, 401, "unauthorized", "Authorization: Bearer")
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = client.post(path, content=b"\x00garbage", headers={
        **BROKEN_TYPE, "Authorization": "Bearer wrong-token-0000000000"})
    error_of(r, 401, "unauthorized", "not valid")
    error_of(client.post(path, content=b"abc", headers={"Content-Type": "multipart/form-data"}),
             401, "unauthorized")
    # with the token, the same body reaches the parser and is refused there
    r = client.post(path, content=BROKEN_MULTIPART,
                    headers={**BROKEN_TYPE, "Authorization": f"Bearer {token}"})
    error_of(r, 400, "bad_request", "Content-Disposition")
    no_token = make_server(api_warehouse)
    error_of(httpx.post(no_token.url + path, content=BROKEN_MULTIPART, headers=BROKEN_TYPE), 403,
             "writes_disabled")


def test_scenario_run_checks_the_token_before_the_body(client: httpx.Client,
                                                       error_of: Any) -> None:
    r = client.post("/api/scenarios/run", content=b"{not json",
                    headers={"Content-Type": "application/json"})
    error_of(r, 401, "unauthorized", "Authorization: Bearer")


def test_safe_file_name() -> None:
    from diversify.api.routes.ingest import safe_file_name

    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\data\\milex 2024.csv") == "milex_2024.csv"
    assert safe_file_name("..") == "upload"
    assert safe_file_name(None) == "upload"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_diversify_serve(api_warehouse: Path, tmp_path: Path) -> None:
    """The command a user runs: `diversify serve`, on 127.0.0.1 by default. It names its address
    only once the server listens: a request sent as soon as the line is printed is answered."""
    wh = tmp_path / "serve.duckdb"
    wh.write_bytes(api_warehouse.read_bytes())
    port = _free_port()
    env = {**os.environ, "MY_TOKEN": "serve-test-token-0123456789"}
    env.pop("DIVERSIFY_API_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "diversify.cli", "--warehouse", str(wh), "serve", "--port",
         str(port), "--token-env", "MY_TOKEN"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(proc.stderr.readline()), daemon=True).start()
        line = lines.get(timeout=60)  # the server says where it is (or exits)
        assert line == (f"diversify: dashboard at http://127.0.0.1:{port}/  API docs at "
                        f"http://127.0.0.1:{port}/api/docs\n"), line + proc.stderr.read()
        health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10)
        assert health.json()["writes_enabled"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        proc.terminate()
        try:
            _, stderr = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
    assert "Traceback" not in stderr


def test_serve_on_a_port_in_use_is_one_line(tmp_path: Path, api_warehouse: Path) -> None:
    """A port another program listens on: one line, exit 2, and no address printed before."""
    wh = tmp_path / "busy.duckdb"
    wh.write_bytes(api_warehouse.read_bytes())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "DIVERSIFY_API_TOKEN"}
        r = subprocess.run([sys.executable, "-m", "diversify.cli", "--warehouse", str(wh),
                            "serve", "--port", str(port)],
                           env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("note: ")]
    assert lines == [(f"error: field '--port': cannot listen on 127.0.0.1:{port}: the address is "
                     "already in use (choose another --port)")], r.stderr
    assert "dashboard at" not in r.stdout + r.stderr


def test_serve_during_an_ingest_is_one_line(tmp_path: Path, api_warehouse: Path) -> None:
    """The warehouse an ingest is writing: one line, exit 2 (was uvicorn's traceback, exit 3)."""
    from diversify.store.staged import _writer_lock

    wh = tmp_path / "ingesting.duckdb"
    wh.write_bytes(api_warehouse.read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "DIVERSIFY_API_TOKEN"}
    with _writer_lock(wh):
        r = subprocess.run([sys.executable, "-m", "diversify.cli", "--warehouse", str(wh),
                            "serve", "--port", str(_free_port())],
                           env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("note: ")]
    busy = ("an ingest or vacuum into this warehouse is running; start the server when it has "
            "finished")
    assert lines == [f"error: {wh}: {busy}"], r.stderr
    assert "dashboard at" not in r.stderr


def test_serve_rejects_a_short_token(tmp_path: Path) -> None:
    env = {**os.environ, "DIVERSIFY_API_TOKEN": "short"}
    r = subprocess.run([sys.executable, "-m", "diversify.cli", "--warehouse",
                        str(tmp_path / "w.duckdb"), "serve", "--port", "1"],
                       env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 2
    assert "the API token must be at least 16 characters long" in r.stderr
    assert "Traceback" not in r.stderr


def test_pool_forgets_derived_tables_after_a_change(api_warehouse: Path, tmp_path: Path) -> None:
    """After new data, each connection drops its per-connection derived tables (alliance
    helpers) before it serves again, so no request reads stale ones."""
    from diversify.api._state import WarehousePool

    path = tmp_path / "pool.duckdb"
    path.write_bytes(api_warehouse.read_bytes())
    pool = WarehousePool(path, 2)
    try:
        with pool.acquire() as a, pool.acquire() as b:
            for wh in (a, b):
                wh.con.execute("CREATE TEMP TABLE tie_best AS SELECT 1 AS year")
        pool.generation += 1
        with pool.acquire() as a, pool.acquire() as b:
            for wh in (a, b):
                assert not wh.query("SELECT 1 FROM duckdb_tables() WHERE temporary "
                                    "AND table_name = 'tie_best'")
                assert wh.query("SELECT count(*) FROM bloc_membership")[0][0] > 0
    finally:
        pool.close()
