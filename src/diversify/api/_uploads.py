"""Uploaded files: saved to a private temporary folder, checked before any loader reads them.

The request body is limited (:class:`~diversify.api._limits.BodySizeLimit`), but
a small gzip can expand a thousandfold: a 3 MB upload of 100 million lines. So
an upload is measured as it will be read, decompressed in 1 MiB chunks, and
refused as soon as it passes :attr:`Settings.max_upload_expanded_bytes` or
:attr:`Settings.max_upload_lines`; nothing is parsed and no table is built
before that check, so the refusal is quick and leaves no memory behind.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

from diversify.api._errors import ApiError
from diversify.api._settings import Settings
from diversify.errors import InputError

_GZIP_MAGIC = b"\x1f\x8b"


def save_upload(source: BinaryIO, path: Path) -> None:
    """Copy the uploaded body to ``path`` in 1 MiB chunks."""
    with open(path, "wb") as out:
        while chunk := source.read(1 << 20):
            out.write(chunk)


def check_upload(path: Path, name: str, settings: Settings) -> None:
    """Refuse an empty upload, or one that expands past the configured limits."""
    size = path.stat().st_size
    if size == 0:
        raise InputError("the uploaded file is empty", path=name, field="file")
    with open(path, "rb") as fh:
        compressed = fh.read(2) == _GZIP_MAGIC
    limit_bytes, limit_lines = settings.max_upload_expanded_bytes, settings.max_upload_lines
    expanded = lines = 0
    try:
        with (gzip.open(path, "rb") if compressed else open(path, "rb")) as fh:
            while chunk := fh.read(1 << 20):
                expanded += len(chunk)
                lines += chunk.count(b"\n")
                if expanded > limit_bytes:
                    raise ApiError(413, f"{name}: the upload expands to more than the limit of "
                                   f"{limit_bytes:,} bytes (DIVERSIFY_API_MAX_EXPANDED)",
                                   code="payload_too_large", field="file")
                if lines > limit_lines:
                    raise ApiError(413, f"{name}: the upload holds more than the limit of "
                                   f"{limit_lines:,} lines (DIVERSIFY_API_MAX_LINES)",
                                   code="payload_too_large", field="file")
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError(f"corrupt or truncated gzip ({exc})", path=name, field="file") from exc
