"""A running server and command-line processes on one warehouse file.

DuckDB lets any number of processes open a file read-only, or one process open it
read-write. The server reads through read-only connections, so commands that read run
beside it; a write (through the server or a command) takes the file for the moment it
writes, and a writer that cannot get it is told why in one line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

MILEX = "defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv"
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "diversify" / "scenarios" / "examples"


def diversify(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as a user runs it."""
    script = Path(sys.executable).with_name("diversify")
    return subprocess.run(
        [str(script), *args], capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture()
def served(real_warehouse_path: Path, tmp_path: Path) -> Path:
    """A private copy of the real-data warehouse for a server that writes."""
    path = tmp_path / "served.duckdb"
    shutil.copyfile(real_warehouse_path, path)
    return path


@pytest.fixture()
def reader() -> Iterator[Any]:
    """Start a process holding a warehouse open read-only, as a command reading it does, for
    ``seconds``; it is stopped after the test."""
    started: list[subprocess.Popen[str]] = []

    def start(path: Path, seconds: float) -> subprocess.Popen[str]:
        code = (
            f"import duckdb, time; c = duckdb.connect({str(path)!r}, read_only=True); "
            f"print('ready', flush=True); time.sleep({seconds}); c.close()"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def test_commands_read_while_the_server_serves(served: Path, make_server: Any, token: str) -> None:
    server = make_server(served, token=token)
    api = httpx.get(server.url + "/api/report/CAN", timeout=60).json()
    report = diversify("--warehouse", str(served), "report", "CAN", "--format", "json")
    assert report.returncode == 0, report.stderr
    cli = json.loads(report.stdout)
    assert cli["year"] == api["year"] == 2024
    for name, domain in api["domains"].items():
        assert cli["domains"][name].get("top_partner") == domain.get("top_partner"), name
    table = diversify(
        "--warehouse", str(served), "table", "hhi", "--first", "2024", "--last", "2024"
    )
    assert table.returncode == 0, table.stderr
    assert (
        table.stdout.startswith("domain,reporter,year")
        and "\ngoods_exports,CAN,2024," in table.stdout
    )
    sources = diversify("--warehouse", str(served), "sources", "--json")
    assert sources.returncode == 0, sources.stderr
    served_ids = {
        s["source_id"]
        for s in httpx.get(server.url + "/api/sources", params={"limit": 500}).json()["items"]
    }
    assert {s["source_id"] for s in json.loads(sources.stdout)} == served_ids
    runs = diversify("--warehouse", str(served), "scenario", "list", "--json")
    assert runs.returncode == 0 and json.loads(runs.stdout) == [], runs.stderr
    assert httpx.get(server.url + "/api/report/USA", timeout=60).status_code == 200


def test_news_commands_that_read_run_while_the_server_serves(
    served: Path, make_server: Any, token: str, shared_news: Path
) -> None:
    ingest = diversify("--warehouse", str(served), "news", "ingest", str(shared_news / "seeds.jsonl"))
    assert ingest.returncode == 0, ingest.stderr
    server = make_server(served, token=token)
    assert httpx.get(server.url + "/api/news/dyads/CAN", timeout=60).status_code == 200
    timeline = diversify("--warehouse", str(served), "news", "timeline", "CAN", "--format", "json")
    assert timeline.returncode == 0, timeline.stderr
    assert json.loads(timeline.stdout), "the seeds give Canada events"
    dyads = diversify("--warehouse", str(served), "news", "dyads", "CAN", "--format", "json")
    assert dyads.returncode == 0 and json.loads(dyads.stdout)["country"] == "CAN", dyads.stderr
    checked = diversify("--warehouse", str(served), "news", "extract", str(shared_news / "seeds.jsonl"))
    assert checked.returncode == 0, checked.stderr
    assert any(json.loads(line)["claims"] for line in checked.stdout.splitlines())


def test_a_write_through_the_server_waits_for_a_command_reading(
    served: Path, make_server: Any, token: str, reader: Any
) -> None:
    """The server writes with a short-lived read-write connection once the command has
    closed the file; the stored run is then there for the next command to read."""
    server = make_server(served, token=token)
    toml = (EXAMPLES / "nato_pathway_2035.toml").read_text("utf-8")
    holder = reader(served, 1.5)
    started = time.monotonic()
    r = httpx.post(
        server.url + "/api/scenarios/run",
        content=toml,
        timeout=60,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/toml"},
    )
    assert r.status_code == 200, r.text
    assert time.monotonic() - started >= 1.0  # the run took 0.3 s: it waited for the command
    holder.wait(timeout=10)
    run_id = r.json()["id"]
    listed = diversify("--warehouse", str(served), "scenario", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [run["id"] for run in json.loads(listed.stdout)] == [run_id]
    assert httpx.get(server.url + f"/api/scenarios/runs/{run_id}").status_code == 200


def test_a_write_the_server_cannot_make_is_a_503_in_one_line(
    served: Path, make_server: Any, token: str, reader: Any, shared_data: Path, error_of: Any
) -> None:
    server = make_server(served, token=token, lock_wait=0.5)
    auth = {"Authorization": f"Bearer {token}"}
    data = (shared_data / MILEX).read_bytes()

    def ingest() -> httpx.Response:
        return httpx.post(
            server.url + "/api/ingest",
            params={"source": "sipri_milex_gdp"},
            files={"file": (Path(MILEX).name, data)},
            headers=auth,
            timeout=60,
        )

    before = httpx.get(server.url + "/api/sources", params={"limit": 500}).json()
    holder = reader(served, 60)
    err = error_of(ingest(), 503, "busy")
    assert err["message"].endswith(
        "the warehouse is open in another process (a command reading or writing it) and a "
        "write needs it to itself; try again when that has finished"
    )
    assert "\n" not in err["message"]
    # reads go on meanwhile, and nothing was written
    assert httpx.get(server.url + "/api/report/CAN", timeout=60).status_code == 200
    assert httpx.get(server.url + "/api/sources", params={"limit": 500}).json() == before
    holder.kill()
    holder.wait()
    r = ingest()
    assert r.status_code == 200, r.text
    assert r.json()["skipped"] is True  # the milex file is in the real warehouse already


def test_commands_that_write_beside_the_server_are_refused_in_one_line(
    served: Path, make_server: Any, token: str, tmp_path: Path
) -> None:
    make_server(served, token=token)
    data = tmp_path / "milex.csv"
    data.write_text(
        "Entity,Code,Year,Military expenditure (% of GDP)\nCanada,CAN,2024,1.3\n", encoding="utf-8"
    )
    started = time.monotonic()
    ingest = diversify(
        "--warehouse", str(served), "ingest", str(data), "--source", "sipri_milex_gdp"
    )
    assert ingest.returncode == 2
    assert ingest.stderr == (
        f"error: {served}: a running `diversify serve` has the warehouse open; send the file to "
        "it (POST /api/ingest) or stop it first\n"
    )
    assert time.monotonic() - started < 30
    run = diversify(
        "--warehouse", str(served), "scenario", "run", str(EXAMPLES / "nato_pathway_2035.toml")
    )
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == (
        f"error: {served}: a running `diversify serve` has the warehouse open; send the write to "
        "it (POST /api/ingest, /api/news/articles, /api/scenarios/run) or stop it first\n"
    )
    # the same run without storing reads only: it runs beside the server
    no_store = diversify(
        "--warehouse",
        str(served),
        "scenario",
        "run",
        str(EXAMPLES / "nato_pathway_2035.toml"),
        "--no-store",
        "--format",
        "json",
    )
    assert no_store.returncode == 0, no_store.stderr
    assert not Path(str(served) + ".staged").exists()


def test_a_server_does_not_start_during_an_ingest(served: Path) -> None:
    """An ingest (or vacuum) holds the warehouse's lock file: a server starting then would keep
    the file open and the ingest could never swap its copy in, so the server is refused."""
    from diversify.api import Settings
    from diversify.api._state import ServiceState
    from diversify.errors import BusyError
    from diversify.store.staged import _writer_lock

    with (
        _writer_lock(served),
        pytest.raises(
            BusyError,
            match="an ingest or vacuum into this warehouse is running; start the server when",
        ),
    ):
        ServiceState(Settings(warehouse=served))
    state = ServiceState(Settings(warehouse=served))
    try:
        with (
            pytest.raises(BusyError, match="a running `diversify serve` has the warehouse open"),
            _writer_lock(served),
        ):
            pass
    finally:
        state.close()
    with _writer_lock(served):
        pass
