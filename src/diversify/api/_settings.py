"""Operator settings of the HTTP service.

Every setting has an environment variable so a service manager can configure
the server without a command line; :meth:`Settings.from_env` reads them.

==================================  =========================================
variable                            meaning
==================================  =========================================
``DIVERSIFY_WAREHOUSE``             warehouse file (default: the user's data dir)
``DIVERSIFY_API_TOKEN``             bearer token for write endpoints; unset
                                    means write endpoints answer 403
``DIVERSIFY_API_READ_TOKEN``        ``1`` makes read endpoints need the token too
``DIVERSIFY_API_MAX_BODY``          largest request body in bytes (default 8 MiB)
``DIVERSIFY_API_MAX_EXPANDED``      largest uploaded file once decompressed, in
                                    bytes (default 256 MiB)
``DIVERSIFY_API_MAX_LINES``         most lines in one uploaded file (default
                                    5,000,000)
==================================  =========================================
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from diversify.errors import InputError

DEFAULT_TOKEN_ENV = "DIVERSIFY_API_TOKEN"
DEFAULT_MAX_BODY = 8 * 1024 * 1024
DEFAULT_MAX_EXPANDED = 256 * 1024 * 1024
DEFAULT_MAX_LINES = 5_000_000


@dataclass(frozen=True)
class Settings:
    """How one server instance behaves.

    Parameters
    ----------
    warehouse
        The warehouse file; ``None`` means the default path (created from the
        embedded default data when missing).
    token
        The bearer token write endpoints require. ``None`` disables them.
    read_requires_token
        Require the token on read endpoints as well.
    max_body_bytes
        Requests with a larger body are refused with 413.
    max_upload_expanded_bytes, max_upload_lines
        An uploaded file (gzip decompressed) larger or longer than this is
        refused with 413 before any loader reads it.
    write_wait
        Seconds a write waits for the one before it to finish before it is
        answered 503 with ``Retry-After``.
    lock_wait
        Seconds a write waits for other processes to close the warehouse (a
        command reading it: DuckDB lets a process write only when no other has
        the file open) before it is answered 503 with ``Retry-After``.
    pool_size
        DuckDB connections shared by the request threads.
    cache_size
        Reports kept in memory per warehouse (invalidated when data change).
    """

    warehouse: Path | str | None = None
    token: str | None = field(default=None, repr=False)
    read_requires_token: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY
    max_upload_expanded_bytes: int = DEFAULT_MAX_EXPANDED
    max_upload_lines: int = DEFAULT_MAX_LINES
    write_wait: float = 120.0
    lock_wait: float = 10.0
    pool_size: int = 4
    cache_size: int = 256

    def __post_init__(self) -> None:
        if self.token is not None and len(self.token) < 16:
            raise InputError("the API token must be at least 16 characters long", field="token")
        if self.read_requires_token and self.token is None:
            raise InputError(
                "read endpoints are set to require a token but no token is configured",
                field="read_requires_token",
            )
        if self.max_body_bytes < 1024:
            raise InputError("expected at least 1024 bytes", field="max_body_bytes")
        if self.max_upload_expanded_bytes < self.max_body_bytes:
            raise InputError("expected at least the request body limit", field="max_upload_expanded_bytes")
        if self.max_upload_lines < 1:
            raise InputError("expected at least 1 line", field="max_upload_lines")
        if self.pool_size < 1:
            raise InputError("expected at least 1 connection", field="pool_size")

    @property
    def writes_enabled(self) -> bool:
        return self.token is not None

    @classmethod
    def from_env(cls, *, token_env: str = DEFAULT_TOKEN_ENV, **overrides: object) -> Settings:
        """Settings from the environment; keyword arguments win over it."""
        env = os.environ
        token = env.get(token_env) or None
        max_body_bytes = _env_int("DIVERSIFY_API_MAX_BODY", DEFAULT_MAX_BODY)
        base = cls(
            warehouse=env.get("DIVERSIFY_WAREHOUSE") or None,
            token=token,
            read_requires_token=env.get("DIVERSIFY_API_READ_TOKEN", "").lower() in {"1", "true", "yes"},
            max_body_bytes=max_body_bytes,
            max_upload_expanded_bytes=_env_int("DIVERSIFY_API_MAX_EXPANDED", DEFAULT_MAX_EXPANDED),
            max_upload_lines=_env_int("DIVERSIFY_API_MAX_LINES", DEFAULT_MAX_LINES),
        )
        return replace(base, **overrides) if overrides else base  # type: ignore[arg-type]


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise InputError(f"expected a whole number, got {value!r}", field=name) from exc
