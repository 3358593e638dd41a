"""Downloading a publisher's file: resumable, checked, with a progress bar.

:func:`download` writes ``URL`` to ``target`` through ``target.part``: a broken transfer
leaves the part file, and the next call asks the server for the rest only (HTTP ``Range``).
The result is checked against the size the server announced and, when given, a SHA-256;
a file already complete (same size and hash) is not fetched again. Standard library only
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


def _open(url: str, start: int, timeout: float):  # type: ignore[no-untyped-def]
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if start:
        request.add_header("Range", f"bytes={start}-")
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


def _total_size(response, start: int) -> int | None:  # type: ignore[no-untyped-def]
    """The full size of the file from Content-Range (206) or Content-Length (200)."""
    if response.status == 206:
        m = re.match(r"bytes \d+-\d+/(\d+)", response.headers.get("Content-Range", ""))
        return int(m.group(1)) if m else None
    length = response.headers.get("Content-Length")
    return int(length) if length and length.isdigit() else None


def download(
    url: str, target: Path, *, sha256: str | None = None, size: int | None = None,
    progress: Callable[[int, int | None], None] | None = None, timeout: float = TIMEOUT_S,
) -> Downloaded:
    """Download ``url`` to ``target``, resuming a broken transfer; check size and hash.

    Parameters
    ----------
    sha256
        Expected SHA-256 (hex); a mismatch removes the file and raises :class:`DownloadError`.
    size
        Expected size in bytes, if known beforehand (the server's announced size is checked too).
    progress
        Called with (bytes on disk, total bytes or None) as the transfer goes.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    expected = sha256.lower() if sha256 else None
    if target.is_file() and (size is None or target.stat().st_size == size):
        digest = sha256_of(target)
        if expected is None or digest == expected:
            n = target.stat().st_size
            return Downloaded(url, target, n, digest, n)
    start = part.stat().st_size if part.is_file() else 0
    response = _open(url, start, timeout)
    if response is None:  # 416: nothing more to fetch
        total: int | None = start
    else:
        with response:
            if start and response.status != 206:  # the server ignores Range: start over
                start = 0
            total = _total_size(response, start)
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
    got = part.stat().st_size
    if total is not None and got < total:
        raise DownloadError(
            f"{url}: download interrupted after {got:,} of {total:,} bytes; run the same command again to resume"
        )
    for what, want in (("the server announced", total), ("expected", size)):
        if want is not None and got != want:
            part.unlink()
            raise DownloadError(f"{url}: got {got:,} bytes, {what} {want:,}; the partial file was removed")
    digest = sha256_of(part)
    if expected is not None and digest != expected:
        part.unlink()
        raise DownloadError(f"{url}: SHA-256 {digest} does not match the expected {expected}; file removed")
    part.replace(target)
    return Downloaded(url, target, got, digest, start)
