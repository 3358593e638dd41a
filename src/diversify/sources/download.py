"""Downloading a publisher's file: resumable, checked, with a progress bar.

:func:`download` writes ``URL`` to ``target`` through ``target.part``: a broken transfer
leaves the part file, and the next call asks the server for the rest only (HTTP ``Range``),
if the server still serves the same version: ``If-Range`` carries the ETag or Last-Modified
recorded in ``target.part.json`` when the transfer began, and a server whose file changed
sends it whole. A partial file whose version cannot be checked is discarded, never spliced
onto another version. The result is checked against the size the server announced and,
when given, a SHA-256; a file already complete (same size and hash) is not fetched again. Standard library only
(``urllib``), so fetching needs no extra.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from diversify.errors import DiversifyError

CHUNK = 1 << 20
TIMEOUT_S = 60.0
USER_AGENT = "diversify (+https://pypi.org/project/diversify/)"


class DownloadError(DiversifyError):
    """A download that could not be made or did not check out."""


@dataclass(frozen=True)
class Downloaded:
    """A file on disk, as the publisher served it."""

    url: str
    path: Path
    size: int
    sha256: str
    resumed_from: int
    """Bytes already on disk when this call started (0: a fresh download; the size: nothing fetched)."""
    restarted: str | None = None
    """Why a partial download on disk was not resumed (``None``: none was, or it was resumed)."""


def provenance_path(path: Path) -> Path:
    """The provenance record kept beside a fetched file: ``NAME.provenance.json``."""
    return path.with_name(path.name + ".provenance.json")


def write_provenance(target: Path, record: Mapping[str, object]) -> dict[str, object]:
    """Write ``record``, stamped with the time of fetching, as JSON to ``target``."""
    record = {**record, "fetched_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    target.write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    return record


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def part_record_path(target: Path) -> Path:
    """The record kept beside ``NAME.part``: ``NAME.part.json``, the URL and the server's version
    (ETag, Last-Modified) and size when the partial download began."""
    return target.with_name(target.name + ".part.json")


def _validators(headers: Mapping[str, str]) -> dict[str, str | None]:
    """The server's version of the file: a strong ETag (a weak one may not be sent in
    ``If-Range``, RFC 9110 13.1.5) and Last-Modified."""
    etag = headers.get("ETag")
    return {"etag": etag if etag and not etag.startswith("W/") else None,
            "last_modified": headers.get("Last-Modified") or None}


def _if_range(record: Mapping[str, object] | None) -> str | None:
    if not record:
        return None
    value = record.get("etag") or record.get("last_modified")
    return value if isinstance(value, str) else None


def _read_record(path: Path) -> dict[str, object] | None:
    try:
        record = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _discard(*paths: Path) -> None:
    for p in paths:
        p.unlink(missing_ok=True)


def _open(url: str, start: int, if_range: str | None, timeout: float):  # type: ignore[no-untyped-def]
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if start:
        request.add_header("Range", f"bytes={start}-")
        if if_range:
            request.add_header("If-Range", if_range)
    try:
        return urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and start:  # asked past the end: the part file is already whole (or wrong)
            return None
        raise DownloadError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(
            f"cannot download {url}: {reason} (no network? the publisher's site down? "
            "--url points at a mirror)"
        ) from None


def _total_size(response) -> int | None:  # type: ignore[no-untyped-def]
    """The full size of the file from Content-Range (206) or Content-Length (200)."""
    if response.status == 206:
        m = re.match(r"bytes \d+-\d+/(\d+)", response.headers.get("Content-Range", ""))
        return int(m.group(1)) if m else None
    length = response.headers.get("Content-Length")
    return int(length) if length and length.isdigit() else None


def _same_version(record: Mapping[str, object], response, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a 206 answer continues the recorded version at ``start``: nothing in it (range
    start, total size, ETag, Last-Modified) says otherwise. A server that ignores ``If-Range``
    sends the tail of its current version; this catches it."""
    m = re.match(r"bytes (\d+)-\d+/(\d+|\*)", response.headers.get("Content-Range", ""))
    if not m or int(m.group(1)) != start:
        return False
    if m.group(2) != "*" and record.get("size") is not None and int(m.group(2)) != record["size"]:
        return False
    now = _validators(response.headers)
    return all(now[k] is None or record.get(k) is None or now[k] == record[k] for k in now)


CHANGED = "the file changed on the server since the partial download began; fetched whole"
UNCHECKED = ("a partial download on disk was discarded: its version on the server cannot be checked "
             "(no ETag or Last-Modified recorded when it began)")


def download(
    url: str, target: Path, *, sha256: str | None = None, size: int | None = None,
    progress: Callable[[int, int | None], None] | None = None, timeout: float = TIMEOUT_S,
    refresh: bool = False,
) -> Downloaded:
    """Download ``url`` to ``target``, resuming a broken transfer of the same version; check size and hash.

    A transfer writes ``target.part`` and records beside it (:func:`part_record_path`) the URL
    and the version the server announced (ETag, Last-Modified) and its size. A later call
    resumes with ``Range`` and ``If-Range`` naming that version: a server whose file changed
    meanwhile answers with the whole new file (200), which replaces the partial one. A partial
    file with no version to check (no record, another URL, a server that gave neither ETag nor
    Last-Modified) is discarded, never appended to.

    Parameters
    ----------
    sha256
        Expected SHA-256 (hex); a mismatch removes the file and raises :class:`DownloadError`.
    size
        Expected size in bytes, if known beforehand (the server's announced size is checked too).
    progress
        Called with (bytes on disk, total bytes or None) as the transfer goes.
    refresh
        Fetch anew: a finished or partial file on disk is discarded first.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    record_path = part_record_path(target)
    expected = sha256.lower() if sha256 else None
    if refresh:
        _discard(target, part, record_path)
    if target.is_file() and (size is None or target.stat().st_size == size):
        digest = sha256_of(target)
        if expected is None or digest == expected:
            n = target.stat().st_size
            return Downloaded(url, target, n, digest, n)
    restarted: str | None = None
    record = _read_record(record_path) if part.is_file() else None
    start = part.stat().st_size if part.is_file() else 0
    if start and (record is None or record.get("url") != url or _if_range(record) is None):
        start, restarted = 0, UNCHECKED
    if not start:
        _discard(part, record_path)
    total: int | None = None
    while True:  # a second request only after the first, ranged, one met another version; it asks from 0
        response = _open(url, start, _if_range(record) if start else None, timeout)
        if response is None:  # 416: nothing more to fetch, if the part holds the whole recorded version
            if record is not None and record.get("size") == start:
                total = start
                break
            start, restarted = 0, CHANGED
            _discard(part, record_path)
            continue
        with response:
            if start and response.status == 206 and not _same_version(record or {}, response, start):
                start, restarted = 0, CHANGED
                _discard(part, record_path)
                continue
            if start and response.status != 206:
                # a 200 to a request with If-Range: the version changed (or Range is not served)
                start, restarted = 0, CHANGED
            total = _total_size(response)
            if not start:
                record = {"url": url, **_validators(response.headers), "size": total}
                record_path.write_text(json.dumps(record) + "\n", "utf-8")
            done = start
            with open(part, "ab" if start else "wb") as fh:
                try:
                    while chunk := response.read(CHUNK):
                        fh.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                except (OSError, http.client.HTTPException, urllib.error.URLError) as exc:
                    of = f"{total:,}" if total is not None else "?"
                    raise DownloadError(
                        f"{url}: download interrupted after {done:,} of {of} bytes ({exc}); "
                        "run the same command again to resume"
                    ) from None
        break
    got = part.stat().st_size
    if total is not None and got < total:
        raise DownloadError(
            f"{url}: download interrupted after {got:,} of {total:,} bytes; run the same command again to resume"
        )
    for what, want in (("the server announced", total), ("expected", size)):
        if want is not None and got != want:
            _discard(part, record_path)
            raise DownloadError(f"{url}: got {got:,} bytes, {what} {want:,}; the partial file was removed")
    digest = sha256_of(part)
    if expected is not None and digest != expected:
        _discard(part, record_path)
        raise DownloadError(f"{url}: SHA-256 {digest} does not match the expected {expected}; file removed")
    part.replace(target)
    record_path.unlink(missing_ok=True)
    return Downloaded(url, target, got, digest, start, restarted)
