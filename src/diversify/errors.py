"""The one exception hierarchy of diversify.

Every error a user can cause derives from :class:`DiversifyError`; the CLI turns
them into a one-line message and exit code 2, the HTTP API into its JSON error shape.
"""

from __future__ import annotations

from pathlib import Path


class DiversifyError(Exception):
    """Root of every error diversify raises on purpose."""


class InputError(ValueError, DiversifyError):
    """Input that cannot be used: a bad file, option, field or value.

    Parameters
    ----------
    message
        What is wrong and what was expected.
    path
        The file the problem is in, if any.
    line
        1-based line number in that file, if known.
    field
        Column or field name, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = _shorten(message)
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = []
        if self.path:
            where.append(self.path)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


def _shorten(message: str, longest: int = 120) -> str:
    """``message`` with any run of more than ``longest`` characters without a space cut short:
    a hostile file's 20 MB field must not become a 20 MB error line."""
    import re

    def cut(m: re.Match[str]) -> str:
        return f"{m.group(0)[:60]}... ({len(m.group(0)):,} characters)"

    return re.sub(rf"[^\s,;']{{{longest + 1},}}", cut, message)


class SourceFormatError(InputError):
    """A data file that does not have the layout its loader expects."""


class UnknownCountryError(InputError):
    """A country name or code that cannot be matched to an ISO3 code."""


class NotFoundError(LookupError, DiversifyError):
    """A country, source, scenario or record that is not in the warehouse."""


class BusyError(DiversifyError):
    """Something another process (or request) holds for now, e.g. the warehouse while it is
    written; the same call may succeed when that has finished."""


class MissingExtraError(ImportError, DiversifyError):
    """An optional dependency group is not installed."""

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"this feature needs the '{extra}' extra ({module} is not installed): "
            f"pip install 'diversify[{extra}]'"
        )


class SolverError(RuntimeError, DiversifyError):
    """A numerical model failed to converge or its problem has no solution."""


def require(module: str, extra: str):  # type: ignore[no-untyped-def]
    """Import an optional module or raise :class:`MissingExtraError` naming the extra."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(extra, module) from exc
