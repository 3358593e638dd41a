"""What every loader shares: its description, staging helpers, error wrapping.

A loader reads one public file and fills the temp staging tables
(``stage_flows``, ``stage_series``, ``stage_ties``, ``stage_products``; see
:data:`diversify.store.schema.STAGE_DDL`) inside the ingest transaction. The
ingest step then resolves country names, validates every staged row and swaps
the rows into the warehouse, so a loader only reads and normalises.
"""

from __future__ import annotations

import csv
import gzip
import re
import zlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import duckdb

from diversify.errors import SourceFormatError


@dataclass(frozen=True)
class SourceInfo:
    """Provenance of one loaded file, as stored in the ``sources`` table.

    ``dataset_key`` identifies the dataset across versions: loading a file with
    the same key but different bytes replaces the rows of the older version.
    ``name_fields`` lists staged ``(table, column)`` pairs that hold country
    names still to be resolved to codes, each optionally with a third item: a
    SQL expression over the staged row giving the file's own column name, which
    an unknown name's error message names. ``priority`` ranks sources that cover
    the same reporter, domain and year (lower wins; national statistics 10,
    product-level world matrices 20, historical matrices 50).
    ``rows_checked`` says the loader has itself checked every staged row (years,
    countries, non-negative values, unique keys), as the BACI loader does in SQL
    over its raw file; the ingest then skips its own row checks, which on files
    of millions of rows cost as much as the load itself. ``matrix_rows`` counts
    the rows such a loader wrote itself into ``trade_matrix``.
    """

    dataset_key: str
    publisher: str
    dataset: str
    citation: str
    version: str | None = None
    licence: str | None = None
    method: str | None = None
    priority: int = 50
    name_fields: tuple[tuple[str, ...], ...] = ()
    notes: list[str] = field(default_factory=list)
    rows_checked: bool = False
    matrix_rows: int = 0


class Loader(ABC):
    """One public file format.

    The ingest sets :attr:`sha256` (the file's hash) before calling
    :meth:`stage`; a loader writing straight into a stored table uses
    :meth:`source_id` for its rows.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    sha256: str | None = None

    def source_id(self, dataset_key: str) -> str:
        """The id the ingest will give this file's source (``dataset_key`` as in :class:`SourceInfo`)."""
        from diversify.store.ingest import source_id_of

        if self.sha256 is None:
            raise RuntimeError("the ingest sets the file's sha256 before staging")
        return source_id_of(dataset_key, self.sha256)

    @abstractmethod
    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        """Fill the staging tables from ``path`` and describe the source."""


# -- helpers shared by loaders ------------------------------------------------


def check_path(path: Path) -> None:
    """A missing file, a directory or a device gets a message saying which."""
    if path.is_dir():
        raise SourceFormatError("is a directory, not a data file", path=path)
    if not path.exists():
        raise SourceFormatError("file not found", path=path)
    if not path.is_file():
        raise SourceFormatError("not a regular file (a device, pipe or socket); expected a data file",
                                path=path)


def check_readable(path: Path) -> None:
    """Empty files and truncated or corrupt gzip get a clear message up front."""
    check_path(path)
    if path.stat().st_size == 0:
        raise SourceFormatError("file is empty", path=path)
    if path.suffix == ".gz":
        size = 0
        try:
            with gzip.open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    size += len(chunk)
        except (EOFError, OSError, zlib.error) as exc:
            raise SourceFormatError(f"corrupt or truncated gzip ({exc})", path=path) from exc
        if size == 0:
            raise SourceFormatError("file is empty (the gzip holds no data)", path=path)


def head_bytes(path: Path, size: int = 4096) -> bytes:
    """The first ``size`` bytes of a file, decompressed if it is gzip."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        return fh.read(size)  # type: ignore[no-any-return]


def check_text(path: Path, expected: str = "a UTF-8 CSV file") -> None:
    """UTF-16/32 text (or binary data) gets a clear message instead of a reader error."""
    head = head_bytes(path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        raise SourceFormatError(
            f"not UTF-8 text (UTF-16 or binary data); expected {expected}", path=path, line=1
        )


def is_utf8(path: Path) -> bool:
    """Whether the whole file (decompressed if gzip) is valid UTF-8, read in chunks."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            while chunk := fh.read(1 << 22):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def is_parquet_name(path: Path, text: str) -> bool:
    """Whether DuckDB's error is about a Parquet file (its text or the file's magic bytes say so)."""
    try:
        return "parquet" in text.casefold() or (path.is_file() and is_parquet(path))
    except OSError:
        return False


def is_parquet(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PAR1"


def read_as_parquet(path: Path) -> bool:
    """Whether a loader that reads CSV or Parquet should read ``path`` as Parquet: it begins with
    Parquet's magic bytes, or it is named ``.parquet`` (then, for any other content, the error
    is that it is not a readable Parquet file, not a CSV reader's complaint about binary data)."""
    check_path(path)
    if path.stat().st_size > 0 and is_parquet(path):
        return True
    if path.suffix.lower() == ".parquet" and path.stat().st_size > 0:
        raise SourceFormatError("not a readable Parquet file (it does not begin with Parquet's magic "
                                "bytes PAR1)", path=path)
    return False


def duckdb_error(path: Path, exc: duckdb.Error) -> SourceFormatError:
    """Turn DuckDB's reader error into one line naming file, line and column."""
    text = str(exc)
    line = None
    m = re.search(r"[Ll]ine:? (\d+)", text)
    if m:
        line = int(m.group(1))
    col = None
    m = re.search(r'[Cc]olumn:? "?([\w ]+?)"?(?:\s|$|\))', text)
    if m:
        col = m.group(1)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    first = re.sub(r"^[\w ]*Error: ", "", first)
    m = re.search(r"Maximum line size of (\d+) bytes exceeded\. Actual Size:\s*(\d+) bytes", text)
    if m:
        # DuckDB numbers this error's line within its read buffer: find the real one.
        limit = int(m.group(1))
        return SourceFormatError(
            f"line longer than {limit:,} bytes (a field of {int(m.group(2)):,} bytes); "
            "expected ordinary CSV fields",
            path=path, line=first_long_line(path, limit),
        )
    m = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", text)
    if m:
        # DuckDB's first line only says "CSV Error on Line: N"; the count it found is the problem
        return field_count_error(path, line, int(m.group(1)), int(m.group(2)))
    first = re.sub(r""" (in|of) file ["'][^"']*["']""", "", first)  # the file is named once, in front
    if is_parquet_name(path, text):
        first = f"not a readable Parquet file ({first})"
    # Only DuckDB's own verdict counts: its lists of possible fixes mention encodings too.
    if "invalid unicode" in text.casefold() or "not utf-8 encoded" in text.casefold():
        first = "not UTF-8 text (" + first + ")"
    return SourceFormatError(first, path=path, line=line, field=col)


def field_count_error(path: Path, line: int | None, expected: int, found: int) -> SourceFormatError:
    """A record with another number of fields than the header: said plainly, with a hint when
    the file ends in the middle of a line."""
    return SourceFormatError(f"expected {expected} fields as in the header, found {found}"
                             f"{cut_hint(path, expected, found)}", path=path, line=line)


def cut_hint(path: Path, expected: int, found: int) -> str:
    """`` (file cut mid-line?)`` for a short record in a file that does not end with a newline."""
    return " (file cut mid-line?)" if found < expected and not ends_with_newline(path) else ""


def ends_with_newline(path: Path) -> bool:
    """Whether the file's last byte (decompressed, for gzip) ends a line; a file cut short
    in the middle of a line does not."""
    try:
        if path.suffix == ".gz":
            last = b""
            with gzip.open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    last = chunk[-1:]
        else:
            with open(path, "rb") as fh:
                fh.seek(max(path.stat().st_size - 1, 0))
                last = fh.read(1)
    except (OSError, EOFError, zlib.error):
        return True  # unknown: do not guess a cut
    return last in (b"\n", b"\r")


def first_long_line(path: Path, limit: int) -> int | None:
    """The 1-based number of the first line longer than ``limit`` bytes, read in chunks."""
    opener = gzip.open if path.suffix == ".gz" else open
    line, length = 1, 0
    with opener(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            start = 0
            while (end := chunk.find(b"\n", start)) >= 0:
                if length + end - start > limit:
                    return line
                line, length, start = line + 1, 0, end + 1
            length += len(chunk) - start
            if length > limit:
                return line
    return None


def diagnose_csv(path: Path, *, skip: int = 0, delim: str = ",", encoding: str = "utf-8") -> SourceFormatError | None:
    """The first line that breaks the CSV layout (bad text, wrong field count), for when DuckDB cannot say.

    DuckDB's sniffer only reports that it found no consistent dialect; this
    finds the line, reading the file once more (only on that failure).
    """
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding=encoding, newline="") as fh:  # type: ignore[operator]
            for _ in range(skip):
                fh.readline()
            reader = csv.reader(fh, delimiter=delim)
            header = next(reader, None)
            if header is None:
                return None
            for row in reader:
                if row and len(row) != len(header):
                    return field_count_error(path, skip + reader.line_num, len(header), len(row))
    except UnicodeDecodeError as exc:
        return SourceFormatError(f"not {encoding.upper()} text ({exc.reason} at byte {exc.start})", path=path)
    except csv.Error as exc:
        return SourceFormatError(f"not a CSV file ({exc})", path=path)
    return None


def read_csv_raw(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    expected: list[str],
    *,
    skip: int = 0,
    delim: str = ",",
    encoding: str = "utf-8",
    header: list[str] | None = None,
) -> None:
    """Read a CSV as text columns into temp ``table`` with a ``_line`` column.

    The header must hold every column of ``expected`` (extra columns are kept);
    ``_line`` is the file line of each record (header at ``skip + 1``). A caller
    that has read the header itself passes its names as ``header``: the file is
    then read in one pass with that layout (no sniffing pass over the whole
    file) and only the ``expected`` columns are kept, which on wide files
    (Comtrade+ has 47 columns) is most of the reading time.
    """
    check_readable(path)
    check_text(path)
    header_line = skip + 1
    if header is None:
        source = f"""read_csv(?, all_varchar = true, header = true, skip = {skip},
                          delim = ?, encoding = ?, quote = '"', escape = '"',
                          null_padding = false, auto_detect = true, sample_size = -1)"""
        select = "*"
    else:
        names = _unique(header)
        layout = "{" + ", ".join(f"{_sql_text(n)}: 'VARCHAR'" for n in names) + "}"
        source = f"""read_csv(?, columns = {layout}, header = true, skip = {skip},
                          delim = ?, encoding = ?, quote = '"', escape = '"',
                          null_padding = false, auto_detect = false)"""
        select = ", ".join(_sql_name(n) for n in dict.fromkeys(expected) if n in names) or "*"
    try:
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table} AS
            SELECT {select}, (row_number() OVER () + {header_line})::BIGINT AS _line FROM {source}""",
            [str(path), delim, encoding],
        )
    except duckdb.Error as exc:
        # DuckDB's sniffer says only that it found no dialect, and with fixed columns it stops
        # counting a record's fields at one too many: read the file once more to say which
        # line holds how many
        if "when sniffing" in str(exc) or "Expected Number of Columns" in str(exc):
            diagnosis = diagnose_csv(path, skip=skip, delim=delim, encoding=encoding)
            if diagnosis is not None:
                raise diagnosis from exc
        raise duckdb_error(path, exc) from exc
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    missing = [c for c in expected if c not in cols]
    if missing:
        found = [c for c in cols if c != "_line"]
        raise SourceFormatError(
            f"wrong header: expected columns {', '.join(expected)}; missing {', '.join(missing)} "
            f"(found {', '.join(found[:12])})",
            path=path,
            line=header_line,
        )
    n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
    if n == 0:
        raise SourceFormatError("file has a header but no data rows", path=path)


def _unique(names: list[str]) -> list[str]:
    """Header names made unique (a repeated name gets ``_2``, ``_3`` ...), as DuckDB needs."""
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}_{seen[n]}")
    return out


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sql_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def require_numbers(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    columns: list[str],
    *,
    missing: tuple[str, ...] = ("",),
) -> None:
    """Fail on the first value of ``columns`` that is not a finite number (blank allowed)."""
    for col in columns:
        skip = ", ".join("'" + m.replace("'", "''") + "'" for m in missing)
        row = con.execute(
            f"""SELECT _line, "{col}" FROM {table}
                WHERE "{col}" IS NOT NULL AND trim("{col}") NOT IN ({skip})
                  AND (TRY_CAST(trim("{col}") AS DOUBLE) IS NULL
                       OR NOT isfinite(TRY_CAST(trim("{col}") AS DOUBLE)))
                ORDER BY _line LIMIT 1"""
        ).fetchone()
        if row:
            what = "not a finite number" if _is_float(row[1]) else "not a number"
            raise SourceFormatError(
                f"{what}: {row[1]!r}", path=path, line=int(row[0]), field=col
            )


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
