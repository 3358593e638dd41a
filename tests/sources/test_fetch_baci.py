"""`diversify fetch baci` against a loopback HTTP server serving a release archive in CEPII's layout."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from loopback import cli_error_line, closed_port, etag_of, warehouse_state
from typer.testing import CliRunner

from diversify.cli import app
from diversify.errors import InputError
from diversify.sources.baci_fetch import fetch_baci, parse_years
from diversify.sources.baci_synthetic import write_baci_like, zip_release
from diversify.sources.download import DownloadError, download, sha256_of
from diversify.store import Warehouse

RELEASE = "V202501"


class _Server(http.server.ThreadingHTTPServer):
    files: dict[str, bytes]
    requests: list[tuple[str, str | None]]
    break_after: int | None  # close the connection after this many body bytes (once)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        srv = self.server
        rng = self.headers.get("Range")
        srv.requests.append((self.path, rng))
        body = srv.files.get(self.path.rsplit("/", 1)[-1])
        if body is None or not self.path.startswith("/baci/"):
            self.send_error(404)
            return
        if rng and self.headers.get("If-Range") not in (None, etag_of(body)):
            rng = None  # another version than the one the client holds part of: the whole file
        start = int(rng.removeprefix("bytes=").rstrip("-")) if rng else 0
        if start >= len(body):
            self.send_error(416)
            return
        self.send_response(206 if rng else 200)
        if rng:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        self.send_header("Content-Length", str(len(body) - start))
        self.send_header("ETag", etag_of(body))
        self.end_headers()
        part = body[start:]
        if srv.break_after is not None:
            part, srv.break_after = part[: srv.break_after], None
        self.wfile.write(part)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    write_baci_like(folder, 3_000, years=(2021, 2022, 2023), countries=30, products=200, revision="HS92")
    return zip_release(folder, folder / f"BACI_HS92_{RELEASE}.zip", revision="HS92")


@pytest.fixture()
def server(archive: Path) -> Iterator[_Server]:
    srv = _Server(("127.0.0.1", 0), _Handler)
    srv.files, srv.requests, srv.break_after = {archive.name: archive.read_bytes()}, [], None
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _base(srv: _Server) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}/baci"


def test_download_resumes_a_broken_transfer(server: _Server, archive: Path, tmp_path: Path) -> None:
    server.break_after = 10_000
    url = f"{_base(server)}/{archive.name}"
    with pytest.raises(DownloadError, match=r"download interrupted after 10,000 of [\d,]+ bytes.*run the same"):
        download(url, tmp_path / archive.name)
    assert (tmp_path / f"{archive.name}.part").stat().st_size == 10_000
    got = download(url, tmp_path / archive.name, sha256=sha256_of(archive))
    assert got.resumed_from == 10_000 and got.size == archive.stat().st_size
    assert server.requests[-1] == (f"/baci/{archive.name}", "bytes=10000-")
    assert (tmp_path / archive.name).read_bytes() == archive.read_bytes()
    again = download(url, tmp_path / archive.name)  # complete on disk: nothing fetched
    assert again.resumed_from == again.size and len(server.requests) == 2


def test_download_checks_hash_and_reports_http_errors(server: _Server, archive: Path, tmp_path: Path) -> None:
    url = f"{_base(server)}/{archive.name}"
    with pytest.raises(DownloadError, match="does not match the expected 00000; file removed"):
        download(url, tmp_path / "a.zip", sha256="00000")
    assert not (tmp_path / "a.zip").exists() and not (tmp_path / "a.zip.part").exists()
    with pytest.raises(DownloadError, match="answered 404"):
        download(f"{_base(server)}/BACI_HS92_V199901.zip", tmp_path / "b.zip")


def test_fetch_ingests_years_with_provenance(server: _Server, archive: Path, tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        got, loaded = fetch_baci(wh, [2022, 2023], tmp_path / "dl", base_url=_base(server), release=RELEASE)
        assert [f.year for f in loaded] == [2022, 2023]
        assert all(not f.result.skipped for f in loaded)
        years = wh.query("SELECT DISTINCT year FROM trade_matrix ORDER BY 1")
        assert years == [(2022,), (2023,)]
        notes = wh.query("SELECT notes FROM sources WHERE source_id = ?", [loaded[0].result.source_id])[0][0]
        assert f"downloaded from {_base(server)}/{archive.name}" in notes and got.sha256 in notes
        imports = wh.query("SELECT count(DISTINCT reporter) FROM flows WHERE domain = 'goods_imports' AND year = 2023")
        assert imports[0][0] >= 25
        record = json.loads((tmp_path / "dl" / f"BACI_HS92_{RELEASE}.provenance.json").read_text())
        assert record["sha256"] == sha256_of(archive) and record["url"].endswith(archive.name)
        assert {m["name"] for m in record["members"]} >= {f"country_codes_{RELEASE}.csv"}
        # again: nothing downloaded, nothing added
        n = len(server.requests)
        _, again = fetch_baci(wh, [2022], tmp_path / "dl", base_url=_base(server), release=RELEASE)
        assert again[0].result.skipped and len(server.requests) == n
        with pytest.raises(InputError, match="has no data for 2019 \\(years in the archive: 2021-2023\\)"):
            fetch_baci(wh, [2019], tmp_path / "dl", base_url=_base(server), release=RELEASE)


def test_cli_fetch_and_no_network(server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    wh = str(tmp_path / "w.duckdb")
    with Warehouse(wh, seed=False):
        pass
    args = ["--warehouse", wh, "fetch", "baci", "--years", "2021-2022", "--download-dir", str(tmp_path / "dl")]
    out = runner.invoke(app, [*args, "--url", _base(server)])
    assert out.exit_code == 0, out.output
    assert f"BACI_HS92_{RELEASE}.zip: " in out.output and "(downloaded from http://127.0.0.1:" in out.output
    assert "  2021: loaded as baci:HS92:2021:" in out.output
    # no server on this port: one clear line, exit code 2, no traceback
    port = closed_port()
    err = cli_error_line([*args[:-2], "--download-dir", str(tmp_path / "dl2"), "--url", f"http://127.0.0.1:{port}/baci"])
    assert err.startswith(f"error: cannot download http://127.0.0.1:{port}/baci/BACI_HS92_{RELEASE}.zip: ")


def test_parse_years() -> None:
    assert parse_years("2015-2017,2020") == [2015, 2016, 2017, 2020]
    with pytest.raises(InputError, match="expected years such as 2015-2023"):
        parse_years("last year")
    with pytest.raises(InputError, match="ends before it starts"):
        parse_years("2020-2015")


def _serve_release(srv: _Server, folder: Path, name: str, edit: Callable[[Path], None] | None = None) -> None:
    """Serve, under CEPII's archive name, a 2021-2022 release written into ``folder`` (after ``edit``)."""
    write_baci_like(folder, 4_000, years=(2021, 2022), countries=30, products=200, revision="HS92")
    if edit:
        edit(folder)
    srv.files[name] = zip_release(folder, folder / name, revision="HS92").read_bytes()


def _a_2021_row_in_2022(folder: Path) -> None:
    path = folder / f"BACI_HS92_Y2022_{RELEASE}.csv"
    lines = path.read_text().splitlines(True)
    lines[1000] = lines[1000].replace("2022,", "2021,", 1)
    path.write_text("".join(lines))


def test_a_fetch_loads_every_year_or_none(server: _Server, tmp_path: Path) -> None:
    """The 2022 file of the release holds a 2021 row: 2021 is not loaded either, the warehouse
    is exactly as before, and the message says nothing was loaded."""
    name = f"BACI_HS92_{RELEASE}.zip"
    _serve_release(server, tmp_path / "release", name, _a_2021_row_in_2022)
    wh = tmp_path / "w.duckdb"
    with Warehouse(wh, seed=False):
        pass
    before = warehouse_state(wh)
    with Warehouse(wh) as w, pytest.raises(InputError, match="line 1001, field 't': the file name says year 2022"):
        fetch_baci(w, [2021, 2022], tmp_path / "dl", base_url=_base(server), release=RELEASE)
    assert warehouse_state(wh) == before
    err = cli_error_line(["--warehouse", str(wh), "fetch", "baci", "--years", "2021-2022", "--url", _base(server),
                          "--download-dir", str(tmp_path / "dl")])
    assert err.startswith(f"error: {tmp_path / 'dl' / f'BACI_HS92_{RELEASE}' / f'BACI_HS92_Y2022_{RELEASE}.csv'}, "
                          "line 1001, field 't': the file name says year 2022 (Y2022) but this row is for 2021; ")
    assert err.endswith("; nothing was loaded (the 2 files of a fetch load all or none)\n")
    assert warehouse_state(wh) == before


def test_an_archive_that_is_not_a_baci_release(server: _Server, tmp_path: Path) -> None:
    """A zip without BACI's files is named as such (not blamed on --years), and removed so that
    the next run downloads it anew."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hello")
    name = f"BACI_HS92_{RELEASE}.zip"
    server.files[name] = buf.getvalue()
    wh = tmp_path / "w.duckdb"
    with Warehouse(wh, seed=False):
        pass
    before = warehouse_state(wh)
    err = cli_error_line(["--warehouse", str(wh), "fetch", "baci", "--years", "2021", "--url", _base(server),
                          "--download-dir", str(tmp_path / "dl")])
    assert err == (f"error: {tmp_path / 'dl' / name}: holds no BACI files (no BACI_HS92_Y*_{RELEASE}.csv, no "
                   f"country_codes_{RELEASE}.csv; it holds hello.txt): not a BACI HS92 {RELEASE} release archive "
                   "(removed; check --url, --revision and --release)\n")
    assert not (tmp_path / "dl" / name).exists() and warehouse_state(wh) == before
