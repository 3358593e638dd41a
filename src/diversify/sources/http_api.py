"""Calling a publisher's web API: one JSON answer per request, with clear one-line errors.

:func:`call_json` sends a GET (or a POST with a JSON body) and returns the decoded answer and
its raw bytes (for the hash kept in provenance). No network, a refused key or an exhausted rate
limit each become one :class:`~diversify.sources.download.DownloadError` line; HTTP 429 is retried
after the wait the server asks for (``Retry-After``, or "Try again in N seconds" in the body), a
few times, then reported. Header values (an API key) never appear in a message. Standard library
only, like :mod:`diversify.sources.download`.
"""

from __future__ import annotations

import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from diversify.sources.download import USER_AGENT, DownloadError

TIMEOUT_S = 120.0
RETRIES_429 = 3
MAX_WAIT_S = 120.0


@dataclass(frozen=True)
class ApiAnswer:
    url: str
    """The URL called, query included (never a key: keys travel in headers)."""
    data: Any
    body: bytes


def _message(body: bytes) -> str:
    """The server's own words from an error body (JSON ``message``/``error``/``errorMessage``, or text)."""
    text = body[:2000].decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()[:200]
    if isinstance(data, dict):
        for key in ("message", "error", "errorMessage", "title"):
            if isinstance(data.get(key), str) and data[key]:
                return data[key][:200]
        inner = data.get("errorObject")
        if isinstance(inner, dict) and isinstance(inner.get("errorMessage"), str):
            return inner["errorMessage"][:200]
    return text[:200]


def _wait_s(exc: urllib.error.HTTPError, body: bytes) -> float:
    header = exc.headers.get("Retry-After", "") if exc.headers else ""
    if header.strip().isdigit():
        return float(header)
    m = re.search(r"try again in (\d+) seconds?", body.decode("utf-8", "replace"), re.IGNORECASE)
    return float(m.group(1)) if m else 5.0


def call_json(
    url: str, *, params: dict[str, str] | None = None, body: object = None,
    headers: dict[str, str] | None = None, refused_hint: str = "", timeout: float = TIMEOUT_S,
    sleep: Callable[[float], None] = time.sleep, retries: int = RETRIES_429,
) -> ApiAnswer:
    """GET ``url?params`` (POST ``body`` as JSON when given) and decode the JSON answer.

    Parameters
    ----------
    refused_hint
        Added to the message of a 401/403 answer (e.g. which option holds the key).
    sleep
        How to wait before retrying a 429 answer (tests pass a recorder).
    """
    full = f"{url}?{urllib.parse.urlencode(params)}" if params else url
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(full, data=data, method="POST" if data is not None else "GET",
                                     headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    for attempt in range(retries + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()  # checked against Content-Length: a short answer raises IncompleteRead
            break
        except http.client.IncompleteRead as exc:
            raise DownloadError(f"{full}: answer cut short after {len(exc.partial):,} bytes; "
                                "run the same command again") from None
        except urllib.error.HTTPError as exc:
            err_body = exc.read() if exc.fp else b""
            said = _message(err_body)
            if exc.code == 429 and attempt < retries:
                sleep(min(_wait_s(exc, err_body), MAX_WAIT_S))
                continue
            if exc.code == 429:
                raise DownloadError(f"{full}: rate limit still exceeded after {retries} retries (HTTP 429: "
                                    f"{said}); wait and run the same command again") from None
            if exc.code in (401, 403):
                raise DownloadError(f"{full}: access refused (HTTP {exc.code}: {said}){refused_hint}") from None
            raise DownloadError(f"{full}: the server answered {exc.code} {exc.reason}"
                                + (f" ({said})" if said else "")) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DownloadError(f"cannot reach {full}: {reason} (no network? the publisher's site down? "
                                "--url points at a mirror)") from None
    try:
        decoded = json.loads(raw)
    except ValueError:
        raise DownloadError(f"{full}: the answer is not JSON (starts {raw[:60]!r})") from None
    return ApiAnswer(full, decoded, raw)
