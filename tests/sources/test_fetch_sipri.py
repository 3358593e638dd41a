"""`diversify fetch sipri` against a loopback server answering like SIPRI's backend API and OWID's chart API.

The register served is cut from the real export in ../shared/data (its note lines, header and
the deals of a few recipients, ISO-8859-1 bytes as SIPRI wrote them), wrapped as the API
answers it: ``{"bytes": "<base64 CSV>"}``. The milex files are the real OWID grapher CSVs.
"""

from __future__ import annotations

import base64
import csv
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from loopback import (
    Answer,
    Request,
    cli_error_line,
    closed_port,
    etag_of,
    file_route,
    range_answer,
    serve,
    warehouse_state,
)
from typer.testing import CliRunner

from diversify.cli import app
from diversify.errors import SourceFormatError
from diversify.sources.download import DownloadError, sha256_of
from diversify.sources.sipri_fetch import OWID_QUERY, fetch_sipri
from diversify.store import Warehouse

REGISTER_PATH = "/api/p/trades/trade-register-csv/"
RECIPIENTS = (b"Canada,", b"Australia,", b"Algeria,")
MILEX = {"military-spending-sipri.csv": "sipri_milex_constant_usd_owid_1949_2025.csv",
         "military-spending-as-a-share-of-gdp-sipri.csv": "sipri_milex_share_of_gdp_owid_1949_2024.csv"}


@pytest.fixture(scope="module")
def register_csv(shared_data: Path) -> bytes:
    raw = gzip.decompress((shared_data / "sipri" / "sipri_trade_register_1950_2024_raw.csv.gz").read_bytes())
    lines = raw.split(b"\n")
    head = next(i for i, line in enumerate(lines) if line.startswith(b"Recipient,Supplier"))
    deals = [line for line in lines[head + 1:] if line.startswith(RECIPIENTS)]
    return b"\n".join([*lines[: head + 1], *deals]) + b"\n"


def _delivered_in(line: bytes, first: int, last: int) -> bool:
    row = next(csv.reader([line.decode("iso-8859-1")]))
    years = [int(y) for y in re.findall(r"\d{4}", row[10])] if len(row) > 10 else []
    return any(first <= y <= last for y in years)


def _register_for(csv_bytes: bytes, first: int, last: int) -> bytes:
    """The export SIPRI gives for deliveries in ``first``-``last``: its note lines, header and those deals."""
    lines = csv_bytes.split(b"\n")
    head = next(i for i, line in enumerate(lines) if line.startswith(b"Recipient,Supplier"))
    deals = [ln for ln in lines[head + 1:] if ln and _delivered_in(ln, first, last)]
    return b"\n".join([*lines[: head + 1], *deals]) + b"\n"


def _register_route(csv_bytes: bytes) -> callable:  # type: ignore[valid-type]
    """Like SIPRI's backend: the register of the deals with deliveries in the filter's years."""
    def route(req: Request) -> Answer:
        if req.method != "POST" or req.headers.get("content-type") != "application/json":
            return 405, {}, b'{"message": "POST a JSON filter"}'
        rule = next(r for r in json.loads(req.body)["filters"] if r["field"] == "Delivery year")
        body = _register_for(csv_bytes, rule["value1"], rule["value2"])
        return 200, {"Content-Type": "application/json"}, json.dumps(
            {"bytes": base64.b64encode(body).decode("ascii")}).encode()
    return route


def _routes(shared_data: Path, csv_bytes: bytes, state: dict[str, int | None]) -> dict:  # type: ignore[type-arg]
    routes = {REGISTER_PATH: _register_route(csv_bytes)}
    for name, local in MILEX.items():
        serve_file = file_route((shared_data / "defence_spending" / local).read_bytes(), state)

        def route(req: Request, serve_file=serve_file) -> Answer:  # type: ignore[no-untyped-def]
            # OWID's short column names would not match the loaders' columns: insist on the full titles
            if req.query != {"v": "1", "csvType": "full", "useColumnShortNames": "false"}:
                return 400, {}, b"unexpected query"
            return serve_file(req)
        routes[f"/grapher/{name}"] = route
    return routes


def _fetch(wh: Warehouse, srv, folder: Path, **kw):  # type: ignore[no-untyped-def]
    return fetch_sipri(wh, folder, register_url=srv.url(REGISTER_PATH), milex_base=srv.url("/grapher"), **kw)


def test_fetch_sipri_loads_register_and_milex_once(shared_data: Path, register_csv: bytes, tmp_path: Path) -> None:
    with serve(_routes(shared_data, register_csv, {})) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        done = _fetch(wh, srv, tmp_path / "dl", first=2000, last=2024)
        assert [d.loader for d in done] == ["sipri_register", "sipri_milex_usd", "sipri_milex_gdp"]
        assert not any(d.reused or d.result.skipped for d in done)
        post = srv.requests[0]
        rules = {r["field"]: r for r in json.loads(post.body)["filters"]}
        assert (rules["Delivery year"]["value1"], rules["Delivery year"]["value2"]) == (2000, 2024)
        assert "exportOption" not in rules  # that option switches to a layout the loader does not read
        # the register is stored byte for byte as SIPRI's export (ISO-8859-1) and loaded
        register = tmp_path / "dl" / "sipri-trade-register-2000-2024.csv"
        assert register.read_bytes() == _register_for(register_csv, 2000, 2024)
        assert "Wärtsilä".encode("iso-8859-1") in register.read_bytes()  # kept in SIPRI's encoding
        can = wh.query("SELECT count(DISTINCT partner), sum(value) FROM flows "
                       "WHERE reporter = 'CAN' AND domain = 'arms_imports' AND year BETWEEN 2015 AND 2024")[0]
        assert can[0] >= 5 and can[1] > 1000
        share = wh.query("SELECT value FROM national_series WHERE country = 'CAN' AND indicator = 'milex_share_gdp' "
                       "AND year = 2024")[0][0]
        assert share == pytest.approx(1.31, abs=0.01)  # PROVENANCE.md: Canada 1.31% of GDP in 2024
        for d in done:
            record = json.loads(d.file.with_name(d.file.name + ".provenance.json").read_text())
            assert record["sha256"] == sha256_of(d.file) == d.sha256 and record["url"] == d.url
        notes = wh.query("SELECT notes FROM sources WHERE source_id = ?", [done[0].result.source_id])[0][0]
        assert f"fetched from {srv.url(REGISTER_PATH)} (deliveries 2000-2024)" in notes
        # a second run: nothing fetched, nothing loaded
        calls = len(srv.requests)
        again = _fetch(wh, srv, tmp_path / "dl", first=2000, last=2024)
        assert all(d.reused and d.result.skipped for d in again) and len(srv.requests) == calls
        # a register of fewer years would replace the loaded one: refused unless asked for
        with pytest.raises(SourceFormatError, match="refusing to replace the loaded version of this dataset.*"
                                                    "use --replace-smaller"):
            _fetch(wh, srv, tmp_path / "dl", parts=("arms",), first=2020, last=2024)
        narrow = _fetch(wh, srv, tmp_path / "dl", parts=("arms",), first=2020, last=2024, replace_smaller=True)
        assert narrow[0].result.replaced == (done[0].result.source_id,)
        assert wh.query("SELECT source_id FROM sources WHERE loader = 'sipri_register'") == [
            (narrow[0].result.source_id,)]


def test_milex_download_resumes_and_register_layout_is_checked(shared_data: Path, register_csv: bytes,
                                                                tmp_path: Path) -> None:
    state: dict[str, int | None] = {"break_after": 50_000}
    with serve(_routes(shared_data, register_csv, state)) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        with pytest.raises(DownloadError, match=r"interrupted after 50,000 of [\d,]+ bytes.*run the same command"):
            _fetch(wh, srv, tmp_path / "dl", parts=("milex",))
        part = tmp_path / "dl" / "military-spending-sipri.csv.part"
        assert part.stat().st_size == 50_000
        done = _fetch(wh, srv, tmp_path / "dl", parts=("milex",))
        assert srv.requests[-2].headers["range"] == "bytes=50000-"  # resumed, not restarted
        real = (shared_data / "defence_spending" / MILEX["military-spending-sipri.csv"]).read_bytes()
        assert done[0].file.read_bytes() == real and done[0].sha256 == sha256_of(done[0].file)
        # the newer export layout (one row per delivery year) is refused with one line, nothing stored
        new_layout = b"Source: SIPRI Arms Transfers Database (c) SIPRI.\nSIPRI AT Database ID,Supplier,Recipient\n1,A,B\n"
        wrapped = json.dumps({"bytes": base64.b64encode(new_layout).decode("ascii")}).encode()
        srv.routes[REGISTER_PATH] = lambda req: (200, {"Content-Type": "application/json"}, wrapped)
        with pytest.raises(DownloadError, match="not the trade register the loader reads .*found SIPRI AT Database ID"):
            _fetch(wh, srv, tmp_path / "dl", parts=("arms",))
        assert not list((tmp_path / "dl").glob("sipri-trade-register-*"))
        cut = json.dumps({"bytes": base64.b64encode(register_csv).decode("ascii")}).encode()
        srv.routes[REGISTER_PATH] = lambda req: (200, {"Content-Length": str(len(cut))}, cut[:1000])
        with pytest.raises(DownloadError, match=r"answer cut short after 1,000 bytes; run the same command again"):
            _fetch(wh, srv, tmp_path / "dl", parts=("arms",))
        srv.routes[REGISTER_PATH] = lambda req: (200, {"Content-Type": "application/json"}, b'{"bytes": "@@@"}')
        with pytest.raises(DownloadError, match="the field 'bytes' is not base64"):
            _fetch(wh, srv, tmp_path / "dl", parts=("arms",))


def test_cli_fetch_sipri_and_no_network(shared_data: Path, register_csv: bytes, tmp_path: Path) -> None:
    wh = str(tmp_path / "w.duckdb")
    with Warehouse(wh, seed=False):
        pass
    args = ["--warehouse", wh, "fetch", "sipri", "--years", "2010-2024", "--download-dir", str(tmp_path / "dl")]
    with serve(_routes(shared_data, register_csv, {})) as srv:
        out = CliRunner().invoke(app, [*args, "--register-url", srv.url(REGISTER_PATH),
                                       "--milex-url", srv.url("/grapher")])
    assert out.exit_code == 0, out.output
    assert "sipri-trade-register-2010-2024.csv: " in out.output and f"(fetched from {srv.url(REGISTER_PATH)})" in out.output
    assert "military-spending-sipri.csv: " in out.output and OWID_QUERY in out.output
    assert "  sipri_register: loaded as sipri_arms_transfers:" in out.output
    port = closed_port()
    err = cli_error_line([*args[:-1], str(tmp_path / "dl2"), "--register-url", f"http://127.0.0.1:{port}/api"])
    assert err.startswith(f"error: cannot reach http://127.0.0.1:{port}/api: ")


GDP_CSV = "military-spending-as-a-share-of-gdp-sipri.csv"


def _can_2024_share(wh_path: Path) -> float:
    with Warehouse(wh_path, read_only=True) as wh:
        return float(wh.query("SELECT value FROM national_series WHERE country = 'CAN' "
                              "AND indicator = 'milex_share_gdp' AND year = 2024")[0][0])


def test_cli_refresh_never_splices_a_stale_part_file(shared_data: Path, register_csv: bytes, tmp_path: Path) -> None:
    """The audit's case: a .part of an older version of the file (CAN 2024 = 9.9999999, the same
    length) is left in the download folder. `--refresh` must fetch the file anew, and no resume
    may append the server's bytes to it: Canada's 2024 share of GDP stays SIPRI's 1.31%."""
    real = (shared_data / "defence_spending" / MILEX[GDP_CSV]).read_bytes()
    old = real.replace(b"Canada,CAN,2024,1.3130342,", b"Canada,CAN,2024,9.9999999,")
    assert old != real and len(old) == len(real)
    wh = tmp_path / "w.duckdb"
    with Warehouse(wh, seed=False):
        pass
    for refresh in (["--refresh"], []):
        dl = tmp_path / f"dl{len(refresh)}"
        dl.mkdir()
        (dl / f"{GDP_CSV}.part").write_bytes(old[:150_000])
        with serve(_routes(shared_data, register_csv, {})) as srv:
            out = CliRunner().invoke(app, ["--warehouse", str(wh), "fetch", "sipri", "--only", "milex", *refresh,
                                           "--milex-url", srv.url("/grapher"), "--download-dir", str(dl)])
            assert out.exit_code == 0, out.output
            assert not any("range" in r.headers for r in srv.requests)
        assert (dl / GDP_CSV).read_bytes() == real
        discarded = "note: a partial download on disk was discarded: its version on the server cannot be checked"
        assert (discarded in out.output) == (not refresh)  # --refresh discards it without a word
        assert _can_2024_share(wh) == pytest.approx(1.3130342)


def test_fetch_sipri_resumes_only_the_same_version(shared_data: Path, register_csv: bytes, tmp_path: Path) -> None:
    """The publisher replaces the file between a broken transfer and the next run: the next run
    gets the new version whole (If-Range), not the old head with the new tail."""
    real = (shared_data / "defence_spending" / MILEX[GDP_CSV]).read_bytes()
    new = real.replace(b"Canada,CAN,2024,1.3130342,", b"Canada,CAN,2024,1.4000000,")
    state: dict[str, int | None] = {"break_after": 50_000}
    routes = _routes(shared_data, register_csv, {})
    body = {"now": real}
    routes[f"/grapher/{GDP_CSV}"] = lambda req: range_answer(req, body["now"], state)
    with serve(routes) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        with pytest.raises(DownloadError, match="interrupted after 50,000"):
            _fetch(wh, srv, tmp_path / "dl", parts=("milex",))
        assert wh.query("SELECT count(*) FROM sources")[0][0] == 0  # the first file was not loaded alone
        body["now"] = new
        done = _fetch(wh, srv, tmp_path / "dl", parts=("milex",))
        asked = srv.requests[-1].headers
        assert asked["range"] == "bytes=50000-" and asked["if-range"] == etag_of(real)
        assert done[1].file.read_bytes() == new
        assert wh.query("SELECT value FROM national_series WHERE country = 'CAN' AND indicator = 'milex_share_gdp' "
                        "AND year = 2024")[0][0] == pytest.approx(1.4)


def test_a_fetch_loads_all_its_files_or_none(shared_data: Path, register_csv: bytes, tmp_path: Path) -> None:
    """The constant-US$ file is good, the share-of-GDP file is cut mid-line: neither is loaded,
    the warehouse is exactly as before, and the message says so."""
    routes = _routes(shared_data, register_csv, {})
    usd = (shared_data / "defence_spending" / MILEX["military-spending-sipri.csv"]).read_bytes()
    usd = usd.replace(b"\nCanada,CAN,2025,", b"\nCanada,CAN,2025,1")  # a figure the warehouse must never show
    routes["/grapher/military-spending-sipri.csv"] = lambda req: range_answer(req, usd, {})
    cut = (shared_data / "defence_spending" / MILEX[GDP_CSV]).read_bytes()[:150_000]
    routes[f"/grapher/{GDP_CSV}"] = lambda req: range_answer(req, cut, {})
    wh = tmp_path / "w.duckdb"
    with Warehouse(wh, seed=False) as w:
        w.ingest(shared_data / "defence_spending" / MILEX["military-spending-sipri.csv"], "sipri_milex_usd")
    before = warehouse_state(wh)
    with serve(routes) as srv:
        with Warehouse(wh) as w, pytest.raises(SourceFormatError, match=f"{GDP_CSV}, line 4219: expected 5 fields"):
            _fetch(w, srv, tmp_path / "dl", parts=("milex",))
        assert warehouse_state(wh) == before
        err = cli_error_line(["--warehouse", str(wh), "fetch", "sipri", "--only", "milex", "--milex-url",
                              srv.url("/grapher"), "--download-dir", str(tmp_path / "dl")])
    assert err == (f"error: {tmp_path / 'dl' / GDP_CSV}, line 4219: expected 5 fields as in the header, found 1 "
                   "(file cut mid-line?); nothing was loaded (the 2 files of a fetch load all or none)\n")
    assert warehouse_state(wh) == before


def test_the_warehouse_is_not_held_during_the_download(shared_data: Path, register_csv: bytes, tmp_path: Path,
                                                       run_main: Callable[[list[str]], int],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """While the files download, other commands read the warehouse (a reader, a starting server);
    it is opened for writing only to load them. A server running when the load comes is told
    apart, and the downloads are kept for the next run."""
    import subprocess
    import sys

    from diversify.store.staged import hold_for_serving, release_serving

    wh = tmp_path / "w.duckdb"
    with Warehouse(wh, seed=False):
        pass
    routes = _routes(shared_data, register_csv, {})
    serve_file = routes[f"/grapher/{GDP_CSV}"]
    readers: list[subprocess.CompletedProcess[str]] = []

    def reading_meanwhile(req: Request) -> Answer:
        readers.append(subprocess.run([sys.executable, "-c", "from diversify.cli import main; main()",
                                       "--warehouse", str(wh), "sources"],
                                      capture_output=True, text=True, timeout=120, check=False))
        return serve_file(req)

    routes[f"/grapher/{GDP_CSV}"] = reading_meanwhile
    args = ["--warehouse", str(wh), "fetch", "sipri", "--only", "milex", "--download-dir", str(tmp_path / "dl")]
    with serve(routes) as srv:
        out = CliRunner().invoke(app, [*args, "--milex-url", srv.url("/grapher")])
        assert out.exit_code == 0, out.output
        assert [r.returncode for r in readers] == [0], readers[0].stderr
        # a server holds the warehouse when the load comes: one line, the downloads kept
        hold_for_serving(wh)
        try:
            before = warehouse_state(wh)
            capsys.readouterr()
            assert run_main([*args, "--milex-url", srv.url("/grapher"), "--refresh"]) == 2
        finally:
            release_serving(wh)
    assert capsys.readouterr().err == (
        f"error: {wh}: a running `diversify serve` has the warehouse open; send the file to it (POST /api/ingest) "
        f"or stop it first; the downloads are kept in {tmp_path / 'dl'}: run the same command again to load them\n")
    assert warehouse_state(wh) == before
