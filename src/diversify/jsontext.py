"""Strict JSON for every JSON output: NaN and infinities become ``null``, numpy
values and dates become plain JSON values, so the text parses in any client
(``json.dumps`` would otherwise write a bare ``Infinity``)."""

from __future__ import annotations

import datetime as dt
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


def dumps(obj: Any, **options: Any) -> str:
    """``json.dumps`` of :func:`clean` ``(obj)``, never writing NaN or Infinity."""
    return json.dumps(clean(obj), allow_nan=False, **options)
