"""Write endpoint: load a public data file into the warehouse (bearer token required)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, UploadFile

from diversify.api._auth import AuthFirstRoute, require_write
from diversify.api._deps import get_state
from diversify.api._models import IngestOut
from diversify.api._state import ServiceState
from diversify.api._uploads import check_upload, save_upload
from diversify.errors import InputError

router = APIRouter(dependencies=[Depends(require_write)], route_class=AuthFirstRoute)

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(name: str | None, default: str = "upload") -> str:
    """The last path component of an uploaded file's name, with only safe characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _SAFE_NAME.sub("_", base).strip("._")[:120]
    return base or default


@router.post("/ingest", response_model=IngestOut, tags=["write"])
def ingest(
    state: Annotated[ServiceState, Depends(get_state)],
    file: Annotated[UploadFile, File(description="The data file, as the publisher ships it.")],
    source: Annotated[str, Query(min_length=1, max_length=60,
                                 description="Loader name (see `diversify sources --loaders`).")],
    allow_unmatched: Annotated[bool, Query(description="Store rows with unknown country names "
                                           "under XXX instead of failing.")] = False,
    replace_smaller: Annotated[bool, Query(description="Let a new version replace the loaded one "
                                           "even when it is much smaller or some of its series "
                                           "end earlier.")] = False,
) -> dict[str, Any]:
    """Load one public file (transactional and idempotent: the same file twice adds nothing;
    a failing file leaves the warehouse unchanged)."""
    from diversify.sources.registry import get_loader

    try:
        get_loader(source)  # unknown loader: a clear 422 before reading the upload
    except InputError as exc:  # named as the command line names it: `--source`
        raise InputError(exc.message, field="source") from None
    name = safe_file_name(file.filename)
    with tempfile.TemporaryDirectory(prefix="diversify-upload-") as tmp:
        path = Path(tmp) / name
        save_upload(file.file, path)
        check_upload(path, name, state.settings)
        try:
            with state.writing() as wh:
                result = wh.ingest(
                    path, source, allow_unmatched=allow_unmatched, replace_smaller=replace_smaller
                )
        except InputError as exc:
            # name the file as the client sent it, never the server's temp directory
            if exc.path:
                exc.path = exc.path.replace(str(path), name).replace(tmp, "upload")
            raise
    if not result.skipped:
        state.data_changed()
    return {
        "source_id": result.source_id, "loader": result.loader, "file_name": result.file_name,
        "sha256": result.sha256, "skipped": result.skipped, "rows": dict(result.rows),
        "replaced": list(result.replaced), "unmatched": dict(result.unmatched),
        "notes": list(result.notes),
    }
