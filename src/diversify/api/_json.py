"""Strict JSON for responses: NaN and infinities become ``null``, numpy and
dates become plain JSON values, so every body parses in any client."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
from typing import Any


def clean(obj: Any) -> Any:
    """A copy of ``obj`` that :func:`json.dumps` accepts with ``allow_nan=False``."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [clean(v) for v in obj]
    if obj is None or isinstance(obj, str | bool | int):
        return obj
    if isinstance(obj, dt.datetime):
        # the warehouse keeps UTC times without a zone; say so, as RFC 3339 wants
        return obj.isoformat() + "Z" if obj.tzinfo is None else obj.isoformat()
    if isinstance(obj, dt.date):
        return obj.isoformat()
    item = getattr(obj, "item", None)  # numpy scalars
    if callable(item):
        return clean(item())
    tolist = getattr(obj, "tolist", None)  # numpy arrays
    if callable(tolist):
        return clean(tolist())
    return str(obj)


def dumps(obj: Any) -> bytes:
    return json.dumps(clean(obj), allow_nan=False, separators=(",", ":")).encode()


class Body:
    """A JSON body kept both plain and gzip-compressed, for cached responses."""

    __slots__ = ("gzipped", "plain")

    def __init__(self, obj: Any) -> None:
        self.plain = dumps(obj)
        self.gzipped = gzip.compress(self.plain, compresslevel=5)
