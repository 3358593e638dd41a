"""Reading scenario TOML with errors that name the file, the line and the field.

Every value a scenario file gives is read through a :class:`Table`, which knows
its dotted field path (``rerouting.corridors[2].capacity``; array indices count
from 0) and the file it came from, so a bad value is reported as::

    canada.toml, line 41, field 'rerouting.corridors[2].capacity': must be >= 0, got -5.0

Unknown keys are errors too (a misspelt key would otherwise be silently ignored).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diversify.errors import InputError

_MISSING: Any = object()
MAX_DEPTH = 32
"""Deepest nesting of arrays and tables a scenario file may use."""
MAX_MAGNITUDE = 1e15
"""Largest absolute value of any number in a scenario (amounts in units, not billions,
stay far below it); a field may set tighter bounds."""
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
)


def _split_dotted(name: str) -> list[str]:
    parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", name)
    return [a or b or c for a, b, c in parts]


def _parse_field(field: str) -> list[str | int]:
    """``a.b[2].c`` -> ``['a', 'b', 2, 'c']``."""
    out: list[str | int] = []
    for part in re.findall(r"\[(\d+)\]|\"([^\"]*)\"|([^.\[\]\"]+)", field):
        idx, quoted, plain = part
        if idx:
            out.append(int(idx))
        else:
            out.append(quoted or plain)
    return out


def find_line(text: str, field: str) -> int | None:
    """Best-effort 1-based line of ``field`` in a TOML document.

    Walks the table headers as TOML resolves them (``[[a]]`` opens the next
    element of array ``a``) and returns the line of the key, or of the closest
    enclosing header or key when the exact key is not written out (inline tables).
    """
    target = _parse_field(field)
    counters: dict[tuple[str | int, ...], int] = {}
    current: tuple[str | int, ...] = ()
    best: tuple[int, int] | None = None  # (matched length, line)

    def consider(path: tuple[str | int, ...], line: int) -> None:
        nonlocal best
        n = 0
        for a, b in zip(path, target, strict=False):
            if a != b:
                break
            n += 1
        if n == len(path) and (best is None or n > best[0]):
            best = (n, line)

    for lineno, raw in enumerate(text.splitlines(), start=1):
        m = _HEADER.match(raw)
        if m and not _KEY.match(raw):
            names = _split_dotted(m.group(2))
            resolved: list[str | int] = []
            for i, name in enumerate(names):
                resolved.append(name)
                last = i == len(names) - 1
                key = tuple(resolved)
                if last and m.group(1) == "[[":
                    counters[key] = counters.get(key, -1) + 1
                    resolved.append(counters[key])
                elif not last and key in counters:
                    resolved.append(counters[key])
            current = tuple(resolved)
            consider(current, lineno)
            continue
        k = _KEY.match(raw)
        if k:
            consider(current + tuple(_split_dotted(k.group(1))), lineno)
    return best[1] if best else None


@dataclass(frozen=True)
class Source:
    """The file a table came from: its name for messages and its text for line numbers."""

    path: str
    text: str
    base_dir: Path

    def error(self, field: str, message: str) -> InputError:
        return InputError(
            message,
            path=self.path,
            line=find_line(self.text, field) if field else None,
            field=field or None,
        )


def parse_toml(text: str, path: str, base_dir: Path) -> tuple[Table, Source]:
    """Parse a TOML document into its root :class:`Table`."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = None
        m = re.search(r"line (\d+)", str(exc))
        if m:
            line = int(m.group(1))
        raise InputError(f"not valid TOML ({exc})", path=path, line=line) from exc
    except RecursionError as exc:
        raise InputError(f"arrays or tables nested more than {MAX_DEPTH} levels deep",
                         path=path) from exc
    if _depth(doc) > MAX_DEPTH:
        raise InputError(f"arrays or tables nested more than {MAX_DEPTH} levels deep", path=path)
    src = Source(path, text, base_dir)
    return Table(doc, "", src), src


def _depth(doc: object) -> int:
    """How deeply arrays and tables nest in ``doc`` (counted without recursion)."""
    deepest, stack = 0, [(doc, 0)]
    while stack:
        value, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        if isinstance(value, dict):
            stack.extend((v, level + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, level + 1) for v in value)
    return deepest


def read_toml_file(
    path: Path, *, field: str | None = None, origin: Source | None = None
) -> tuple[Table, Source]:
    """Read a TOML file another file refers to (``origin``'s ``field``)."""
    if not path.is_file():
        if origin is not None and field:
            raise origin.error(field, f"file not found: {path}")
        raise InputError("file not found", path=path)
    return parse_toml(path.read_text("utf-8"), str(path), path.parent)


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__


class Table:
    """One TOML table and where it is; typed getters that raise :class:`InputError`."""

    def __init__(self, data: dict[str, Any], field: str, source: Source) -> None:
        self.data = data
        self.field = field
        self.source = source

    # -- paths and errors ---------------------------------------------------
    def path_of(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.field}[{key}]"
        if not re.fullmatch(r"[A-Za-z0-9_-]+", key):
            key = f'"{key}"'
        return f"{self.field}.{key}" if self.field else key

    def error(self, key: str | int | None, message: str) -> InputError:
        return self.source.error(self.path_of(key) if key is not None else self.field, message)

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def keys(self) -> list[str]:
        return list(self.data)

    def check_keys(self, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in self.data:
            if key not in allowed:
                raise self.error(
                    key, f"unknown key '{key}' (expected one of: {', '.join(sorted(allowed))})"
                )

    # -- scalars --------------------------------------------------------------
    def raw(self, key: str, default: Any = _MISSING) -> Any:
        if key not in self.data:
            if default is _MISSING:
                raise self.error(key, "missing required field")
            return default
        return self.data[key]

    def string(
        self, key: str, default: Any = _MISSING, *, choices: Iterable[str] | None = None
    ) -> Any:
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if not isinstance(value, str):
            raise self.error(key, f"expected a string, got {_type_name(value)} {value!r}")
        if choices is not None and value not in (opts := tuple(choices)):
            raise self.error(key, f"expected one of {', '.join(opts)}, got '{value}'")
        return value

    def number(
        self,
        key: str,
        default: Any = _MISSING,
        *,
        min: float | None = None,
        max: float | None = None,
        strict_min: bool = False,
        allow_inf: bool = False,
    ) -> Any:
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if isinstance(value, str) and allow_inf and value.strip().lower() in ("inf", "infinity"):
            value = math.inf
        if isinstance(value, bool) or not isinstance(value, int | float):
            hint = ' or "inf"' if allow_inf else ""
            raise self.error(key, f"expected a number{hint}, got {_type_name(value)} {value!r}")
        value = float(value)
        if math.isnan(value) or (math.isinf(value) and not allow_inf):
            raise self.error(key, f"expected a finite number, got {value}")
        if min is not None and (value < min or (strict_min and value == min)):
            raise self.error(key, f"must be {'>' if strict_min else '>='} {min:g}, got {value:g}")
        if max is not None and value > max:
            raise self.error(key, f"must be <= {max:g}, got {value:g}")
        if not math.isinf(value) and abs(value) > MAX_MAGNITUDE:
            raise self.error(key, f"must be between {-MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}, "
                             f"got {value:g}")
        return value

    def integer(
        self, key: str, default: Any = _MISSING, *, min: int | None = None, max: int | None = None
    ) -> Any:
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected an integer, got {_type_name(value)} {value!r}")
        if min is not None and value < min:
            raise self.error(key, f"must be >= {min}, got {value}")
        if max is not None and value > max:
            raise self.error(key, f"must be <= {max}, got {value}")
        if abs(value) > MAX_MAGNITUDE:
            raise self.error(key, f"must be between {-MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}, "
                             f"got {value}")
        return value

    def boolean(self, key: str, default: Any = _MISSING) -> Any:
        value = self.raw(key, default)
        if key in self.data and not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_type_name(value)} {value!r}")
        return value

    def country(self, key: str, default: Any = _MISSING) -> Any:
        """An ISO3 code from a code or a country name."""
        value = self.string(key, default)
        if key not in self.data:
            return value
        return self.to_country(value, key)

    def to_country(self, value: str, key: str | int) -> str:
        from diversify.reference.countries import to_iso3

        code = to_iso3(value)
        if code is None:
            raise self.error(
                key,
                f"unknown country '{value}' (expected an ISO3 code such as CAN or a country name)",
            )
        return code

    def str_list(self, key: str, default: Any = _MISSING) -> Any:
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, f"expected a list of strings, got {_type_name(value)} {value!r}")
        return list(value)

    def path(self, key: str, default: Any = _MISSING, *, must_exist: bool = True) -> Any:
        """A file path, relative to the directory of the file that names it."""
        value = self.string(key, default)
        if key not in self.data:
            return value
        p = Path(value).expanduser()
        if not p.is_absolute():
            p = self.source.base_dir / p
        if must_exist and not p.is_file():
            raise self.error(
                key, f"file not found: {value} (paths are relative to the scenario file)"
            )
        return p

    # -- nested -----------------------------------------------------------------
    def table(self, key: str, default: Any = _MISSING) -> Any:
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if not isinstance(value, dict):
            raise self.error(key, f"expected a table, got {_type_name(value)} {value!r}")
        return Table(value, self.path_of(key), self.source)

    def tables(self, key: str, default: Any = _MISSING) -> Any:
        """An array of tables (``[[key]]`` or ``key = [{...}, ...]``)."""
        value = self.raw(key, default)
        if key not in self.data:
            return value
        if not isinstance(value, list):
            raise self.error(key, f"expected an array of tables, got {_type_name(value)} {value!r}")
        out = []
        for i, item in enumerate(value):
            where = f"{self.path_of(key)}[{i}]"
            if not isinstance(item, dict):
                raise self.source.error(where, f"expected a table, got {_type_name(item)} {item!r}")
            out.append(Table(item, where, self.source))
        return out

    def numbers(
        self,
        *,
        min: float | None = None,
        max: float | None = None,
        allow_inf: bool = False,
        strict_min: bool = False,
    ) -> dict[str, float]:
        """Every value of this table as a number (a table of key = number)."""
        return {
            k: self.number(k, min=min, max=max, allow_inf=allow_inf, strict_min=strict_min)
            for k in self.data
        }

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)
