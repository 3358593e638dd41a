"""Resuming a download only when the bytes on disk belong to the version the server serves.

A loopback server serves a file with HTTP ``Range``; between two attempts the publisher
replaces the file by a new version of the same length (the case that splices two versions
when a resume is not checked). A resume sends ``If-Range`` with the ETag or Last-Modified
recorded when the partial download began; a server whose version changed answers 200 with
the whole file, and a partial file whose version cannot be checked is discarded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback import Request, etag_of, range_answer, serve

from diversify.sources.download import DownloadError, download, sha256_of

OLD = b"".join(b"Canada,CAN,%d,1.3130342,North America\n" % y for y in range(1949, 2025))
NEW = OLD.replace(b"Canada,CAN,2024,1.3130342", b"Canada,CAN,2024,1.3999999")
CUT = 1000


def _server(state: dict[str, object]):  # type: ignore[no-untyped-def]
    """``/f.csv`` serves ``state['body']`` with the validators ``state`` asks for."""
    def route(req: Request):  # type: ignore[no-untyped-def]
        return range_answer(req, state["body"], state,  # type: ignore[arg-type]
                            etag=state.get("etag", "auto"),  # type: ignore[arg-type]
                            last_modified=state.get("last_modified"),  # type: ignore[arg-type]
                            honour_if_range=bool(state.get("honour_if_range", True)))
    return serve({"/f.csv": route})


def _cut_download(srv, target: Path, state: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    state["break_after"] = CUT
    with pytest.raises(DownloadError, match=f"interrupted after {CUT:,} of {len(OLD):,} bytes"):
        download(srv.url("/f.csv"), target)
    assert target.with_name(target.name + ".part").stat().st_size == CUT


def test_resume_sends_if_range_with_the_recorded_etag(tmp_path: Path) -> None:
    state: dict[str, object] = {"body": OLD}
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        record = json.loads(target.with_name("f.csv.part.json").read_text())
        assert record == {"url": srv.url("/f.csv"), "etag": etag_of(OLD), "last_modified": None, "size": len(OLD)}
        got = download(srv.url("/f.csv"), target)
        assert srv.requests[-1].headers["range"] == f"bytes={CUT}-"
        assert srv.requests[-1].headers["if-range"] == etag_of(OLD)
    assert got.resumed_from == CUT and got.restarted is None and target.read_bytes() == OLD
    assert not target.with_name("f.csv.part.json").exists()


@pytest.mark.parametrize("validator", ["etag", "last_modified"])
def test_a_file_changed_on_the_server_is_fetched_whole_not_spliced(tmp_path: Path, validator: str) -> None:
    """The audit's case: the same length, one figure changed; a resume must not splice the two."""
    assert len(NEW) == len(OLD)
    state: dict[str, object] = {"body": OLD}
    if validator == "last_modified":
        state.update(etag=None, last_modified="Mon, 03 Mar 2025 10:00:00 GMT")
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        state["body"] = NEW
        if validator == "last_modified":
            state["last_modified"] = "Tue, 04 Mar 2025 10:00:00 GMT"
        got = download(srv.url("/f.csv"), target)
        sent = srv.requests[-1].headers
        assert sent["if-range"] == (etag_of(OLD) if validator == "etag" else "Mon, 03 Mar 2025 10:00:00 GMT")
    assert target.read_bytes() == NEW and got.sha256 == sha256_of(target)
    assert got.resumed_from == 0
    assert got.restarted == "the file changed on the server since the partial download began; fetched whole"
    assert not target.with_name("f.csv.part.json").exists()


def test_a_server_that_ignores_if_range_is_caught_by_its_etag(tmp_path: Path) -> None:
    """A 206 of another version (the server ignored If-Range) is not appended: fetched again whole."""
    state: dict[str, object] = {"body": OLD, "honour_if_range": False}
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        state["body"] = NEW
        got = download(srv.url("/f.csv"), target)
        assert [r.headers.get("range") for r in srv.requests[-2:]] == [f"bytes={CUT}-", None]
    assert target.read_bytes() == NEW and got.resumed_from == 0
    assert got.restarted == "the file changed on the server since the partial download began; fetched whole"


def test_a_partial_file_whose_version_cannot_be_checked_is_discarded(tmp_path: Path) -> None:
    """No ETag or Last-Modified from the server, or a .part with no record beside it (left by an
    earlier version of diversify): nothing to send in If-Range, so the download starts over."""
    state: dict[str, object] = {"body": OLD, "etag": None}
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        state["body"] = NEW
        got = download(srv.url("/f.csv"), target)
        assert "range" not in srv.requests[-1].headers
        assert target.read_bytes() == NEW and got.resumed_from == 0
        assert got.restarted == ("a partial download on disk was discarded: its version on the server "
                                 "cannot be checked (no ETag or Last-Modified recorded when it began)")
        # a stale .part alone, same length as the new version's first bytes
        part = tmp_path / "g.csv.part"
        part.write_bytes(OLD.replace(b"1.3130342", b"9.9999999")[:CUT])
        state["etag"] = "auto"
        got = download(srv.url("/f.csv"), tmp_path / "g.csv")
        assert "range" not in srv.requests[-1].headers
    assert (tmp_path / "g.csv").read_bytes() == NEW and got.resumed_from == 0 and got.restarted


def test_refresh_discards_a_partial_file_even_when_it_could_resume(tmp_path: Path) -> None:
    state: dict[str, object] = {"body": OLD}
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        got = download(srv.url("/f.csv"), target, refresh=True)
        assert "range" not in srv.requests[-1].headers
        assert got.resumed_from == 0 and target.read_bytes() == OLD
        # and a finished file is fetched again
        n = len(srv.requests)
        download(srv.url("/f.csv"), target, refresh=True)
        assert len(srv.requests) == n + 1


def test_a_record_for_another_url_is_not_trusted(tmp_path: Path) -> None:
    state: dict[str, object] = {"body": OLD}
    target = tmp_path / "f.csv"
    with _server(state) as srv:
        _cut_download(srv, target, state)
        record = target.with_name("f.csv.part.json")
        record.write_text(json.dumps({**json.loads(record.read_text()), "url": "http://mirror.example/f.csv"}))
        got = download(srv.url("/f.csv"), target)
        assert "range" not in srv.requests[-1].headers
    assert got.resumed_from == 0 and target.read_bytes() == OLD
