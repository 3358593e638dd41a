"""Strict JSON for responses: NaN and infinities become ``null``, numpy and
dates become plain JSON values, so every body parses in any client."""

from __future__ import annotations

import gzip
import json
from typing import Any

from diversify.jsontext import clean

__all__ = ["Body", "clean", "dumps"]


def dumps(obj: Any) -> bytes:
    return json.dumps(clean(obj), allow_nan=False, separators=(",", ":")).encode()


class Body:
    """A JSON body kept both plain and gzip-compressed, for cached responses."""

    __slots__ = ("gzipped", "plain")

    def __init__(self, obj: Any) -> None:
        self.plain = dumps(obj)
        self.gzipped = gzip.compress(self.plain, compresslevel=5)
