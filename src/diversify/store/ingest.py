"""Transactional, idempotent ingest of one public file.

1. The file's SHA-256 is computed; a file already loaded (same loader, same
   bytes) adds nothing.
2. Inside one transaction the loader fills the staging tables; country names
   are resolved; every staged row is validated (a bad row stops the ingest with
   the file, line and field); the rows of an older version of the same dataset
   are deleted and the new rows inserted with their ``source_id``. A loader
   that checks its rows itself (``SourceInfo.rows_checked``, for files of
   millions of rows) may replace the ``stage_flows`` table by a temporary view
   of the same columns over its own tables, or write a product-level matrix
   straight into ``trade_matrix`` under the source id it is given
   (:attr:`~diversify.sources.base.Loader.source_id`), so the rows are written
   once. The new source id differs from every older version's (it ends with
   the new file's hash), so deleting the older rows afterwards leaves them.
   A matrix's sums per pair and per pair and chapter (``trade_pairs``,
   ``trade_chapters``) are written from it in the same transaction.
3. A new version much smaller than the one it replaces (fewer than
   :data:`SHRINK_LIMIT` of its rows), or one in which a series of the older
   version ends earlier or is missing, is refused unless ``replace_smaller``:
   a file cut at a line boundary reads as valid CSV and must not silently
   replace a complete one.
4. Any error rolls the transaction back: the warehouse is exactly as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from diversify.errors import DiversifyError, SourceFormatError, UnknownCountryError
from diversify.store.schema import SOURCE_TABLES, STAGE_DDL, refresh_flows_view, store_matrix_sums

STAGE_TABLES = frozenset({"stage_flows", "stage_series", "stage_ties", "stage_products"})

SHRINK_LIMIT = 0.8
"""A new version with fewer rows than this share of the older one's needs ``replace_smaller``."""

if TYPE_CHECKING:
    from diversify.sources.base import Loader, SourceInfo
    from diversify.store.warehouse import Warehouse


@dataclass(frozen=True)
class IngestResult:
    source_id: str
    loader: str
    file_name: str
    sha256: str
    skipped: bool
    rows: dict[str, int] = field(default_factory=dict)
    replaced: tuple[str, ...] = ()
    unmatched: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def source_id_of(dataset_key: str, sha: str) -> str:
    """A source's id: its dataset key and the start of its file's SHA-256."""
    return f"{dataset_key}:{sha[:12]}"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def ingest_file(
    wh: Warehouse, path: Path, source: str, *, allow_unmatched: bool = False,
    replace_smaller: bool = False,
) -> IngestResult:
    """Load ``path`` with the loader named ``source`` into ``wh``.

    Parameters
    ----------
    allow_unmatched
        Store rows whose country names match nothing under the code ``XXX``
        (and list the names in ``unmatched_names``) instead of failing.
    replace_smaller
        Let a new version replace an older one even when it is much smaller or
        some series of the older one would end earlier (see :data:`SHRINK_LIMIT`).
    """
    from diversify.sources.base import check_path
    from diversify.sources.registry import get_loader

    loader = get_loader(source)
    check_path(path)
    sha = sha256_file(path)
    done = wh.query("SELECT source_id FROM sources WHERE sha256 = ? AND loader = ?", [sha, loader.name])
    if done:
        return IngestResult(done[0][0], loader.name, path.name, sha, skipped=True)

    con = wh.con
    with wh.transaction():
        before = _temp_tables(con) - STAGE_TABLES
        con.execute(STAGE_DDL)
        loader.sha256 = sha
        info = _stage(loader, con, path)
        if not info.rows_checked:
            _validate(con, path)
        unmatched = _resolve_names(con, path, info, allow_unmatched)
        if info.name_fields:
            _collapse(con)
        if not info.rows_checked:
            _check_units(con, path)
        source_id = source_id_of(info.dataset_key, sha)
        old = [
            r[0]
            for r in con.execute(
                "SELECT source_id FROM sources WHERE dataset_key = ?", [info.dataset_key]
            ).fetchall()
        ]
        old_rows = _remember_series(con, old) if old and not replace_smaller else None
        for table in (*SOURCE_TABLES, "sources"):
            con.execute(
                f"DELETE FROM {table} WHERE source_id IN (SELECT unnest(?::VARCHAR[]))", [old]
            )
        rows = _insert(con, source_id)
        if info.matrix_rows:
            rows["trade_matrix"] = info.matrix_rows
            store_matrix_sums(con, [source_id])
        if not rows:
            raise SourceFormatError(
                "nothing to load: the file holds no flows, series or ties with a non-zero value", path=path
            )
        if old_rows is not None:
            _refuse_smaller(con, path, old_rows, sum(rows.values()), source_id)
        for (fld, name), n in unmatched.items():
            con.execute("INSERT INTO unmatched_names VALUES (?, ?, ?, ?)", [source_id, fld, name, n])
        con.execute(
            "INSERT INTO products SELECT classification, code, any_value(description) FROM stage_products "
            "WHERE code IS NOT NULL AND description IS NOT NULL "
            "AND (classification, code) NOT IN (SELECT (classification, code) FROM products) "
            "GROUP BY classification, code"
        )
        con.execute(
            """INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                source_id, info.dataset_key, loader.name, info.publisher, info.dataset,
                info.version, path.name, sha, info.citation, info.licence, info.method,
                info.priority, sum(rows.values()), "; ".join(info.notes) or None,
                dt.datetime.now(dt.UTC).replace(tzinfo=None),
            ],
        )
        refresh_flows_view(con)
        # Staging and loader tables can hold millions of rows: free them now.
        for view in _temp_views(con):
            con.execute(f"DROP VIEW IF EXISTS temp.{view}")
        for table in _temp_tables(con) - before:
            con.execute(f"DROP TABLE IF EXISTS temp.{table}")
    wh.drop_derived()
    return IngestResult(
        source_id, loader.name, path.name, sha, skipped=False, rows=rows,
        replaced=tuple(o for o in old if o != source_id),
        unmatched={f"{f}:{n}": c for (f, n), c in unmatched.items()},
        notes=tuple(info.notes),
    )


def _stage(loader: Loader, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
    """The loader's staging, with any reader error of the file turned into one line naming it."""
    try:
        return loader.stage(con, path)
    except DiversifyError:
        raise
    except duckdb.Error as exc:
        from diversify.sources.base import duckdb_error

        raise duckdb_error(path, exc) from exc
    except RecursionError as exc:
        raise SourceFormatError("nested too deeply to read", path=path) from exc
    except (UnicodeError, ValueError, EOFError) as exc:
        # pyarrow's ArrowInvalid is a ValueError; csv.Error and zlib.error too, via loaders
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise SourceFormatError(f"cannot read the file ({first})", path=path) from exc
    except OSError as exc:
        raise SourceFormatError(f"cannot read the file ({exc.strerror or type(exc).__name__})",
                                path=path) from exc


def _remember_series(con: duckdb.DuckDBPyConnection, old: list[str]) -> int:
    """Keep the last year of every series of the older versions; returns their row count."""
    con.execute(
        """CREATE OR REPLACE TEMP TABLE old_series AS
           SELECT 'flow' AS kind, reporter AS who, domain || ' ' || coalesce(product, '') AS what, max(year) AS last
           FROM flow_rows WHERE source_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL
           UNION ALL
           SELECT 'series', country, indicator, max(year) FROM national_series
           WHERE source_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL""",
        [old, old],
    )
    row = con.execute(
        "SELECT coalesce(sum(rows), 0) FROM sources WHERE source_id IN (SELECT unnest(?::VARCHAR[]))",
        [old],
    ).fetchone()
    return int(row[0]) if row else 0


def _refuse_smaller(
    con: duckdb.DuckDBPyConnection, path: Path, old_rows: int, new_rows: int, source_id: str
) -> None:
    """Refuse a new version that would lose rows or the end of a series (see :data:`SHRINK_LIMIT`)."""
    lost = con.execute(
        """WITH new AS (
               SELECT 'flow' AS kind, reporter AS who, domain || ' ' || coalesce(product, '') AS what, max(year) AS last
               FROM flow_rows WHERE source_id = ? GROUP BY ALL
               UNION ALL
               SELECT 'series', country, indicator, max(year) FROM national_series
               WHERE source_id = ? GROUP BY ALL)
           SELECT count(*), count(DISTINCT o.who),
                  arg_min(o.who || ' ' || o.what || ': last year ' || o.last || ' -> '
                          || coalesce(n.last::VARCHAR, 'none'), o.who || o.what)
           FROM temp.old_series o LEFT JOIN new n USING (kind, who, what)
           WHERE n.last IS NULL OR n.last < o.last""",
        [source_id, source_id],
    ).fetchone()
    con.execute("DROP TABLE IF EXISTS temp.old_series")
    series, countries, first = (int(lost[0]), int(lost[1]), lost[2]) if lost else (0, 0, None)
    smaller = old_rows > 0 and new_rows < SHRINK_LIMIT * old_rows
    if not (smaller or series):
        return
    parts = []
    if smaller:
        parts.append(f"it has {new_rows:,} rows where the loaded version has {old_rows:,} "
                     f"({new_rows / old_rows:.0%})")
    if series:
        whose = "1 country" if countries == 1 else f"{countries:,} countries"
        parts.append(f"{series:,} series of {whose} would end earlier or vanish (first: {first})")
    raise SourceFormatError(
        "refusing to replace the loaded version of this dataset: " + "; ".join(parts)
        + ". Is the file cut short? Nothing changed; use --replace-smaller to replace it anyway",
        path=path,
    )


def _resolve_names(
    con: duckdb.DuckDBPyConnection, path: Path, info: SourceInfo, allow_unmatched: bool
) -> dict[tuple[str, str], int]:
    from diversify.reference.countries import resolve_names

    unmatched: dict[tuple[str, str], int] = {}
    for table, col, *header in info.name_fields:
        names = [r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL").fetchall()]
        mapping = resolve_names(names)
        bad = sorted(n for n, c in mapping.items() if c is None)
        if bad and not allow_unmatched:
            # the file's own column name where the loader says how to find it (else the staged one)
            first, field_name = con.execute(
                f"SELECT _line, {header[0] if header else repr(col)} FROM {table} WHERE {col} = ? "
                "ORDER BY _line, 2 LIMIT 1", [bad[0]]
            ).fetchone()  # type: ignore[misc]
            more = f" (and {len(bad) - 1} more: {', '.join(bad[1:6])})" if len(bad) > 1 else ""
            raise UnknownCountryError(
                f"unknown country name '{bad[0]}'{more}; add it to an alias file or use "
                "--allow-unmatched to store such rows under XXX",
                path=path, line=first, field=field_name,
            )
        for name in bad:
            n = con.execute(f"SELECT count(*) FROM {table} WHERE {col} = ?", [name]).fetchone()[0]  # type: ignore[index]
            unmatched[(col, name)] = int(n)
        if not mapping:
            continue
        con.execute("CREATE OR REPLACE TEMP TABLE name_map (name VARCHAR, code VARCHAR)")
        con.executemany(
            "INSERT INTO name_map VALUES (?, ?)", [(n, c or "XXX") for n, c in mapping.items()]
        )
        con.execute(
            f"UPDATE {table} SET {col} = name_map.code FROM name_map WHERE {table}.{col} = name_map.name"
        )
    return unmatched


def _fail_first(con: duckdb.DuckDBPyConnection, path: Path, sql: str, message: str, fld: str) -> None:
    row = con.execute(sql + " ORDER BY _line LIMIT 1").fetchone()
    if row:
        line = int(row[0]) if row[0] is not None else None
        raise SourceFormatError(message.format(*row[1:]), path=path, line=line, field=fld)


def _validate(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    for table, ccols in (("stage_flows", ("reporter", "partner")), ("stage_series", ("country",)), ("stage_ties", ("country", "partner"))):
        _fail_first(con, path, f"SELECT _line, year FROM {table} WHERE year IS NULL OR year NOT BETWEEN 1800 AND 2100",
                    "year missing or outside 1800-2100: {!r}", "year")
        for c in ccols:
            _fail_first(con, path, f"SELECT _line FROM {table} WHERE {c} IS NULL OR {c} = ''",
                        "country missing", c)
    for table in ("stage_flows", "stage_series"):
        _fail_first(con, path, f"SELECT _line FROM {table} WHERE value IS NULL OR isnan(value)",
                    "value missing or not a number", "value")
        _fail_first(con, path, f"SELECT _line, value FROM {table} WHERE isinf(value)",
                    "not a finite number: {!r} (expected an amount)", "value")
        _fail_first(con, path, f"SELECT _line, value FROM {table} WHERE value < 0",
                    "negative value {!r} (expected a non-negative amount)", "value")
    # ordered by every column, so that the same file gives the same message on every run
    dup = con.execute(
        """SELECT min(_line), max(_line), year, reporter, partner, domain, product FROM stage_flows
           GROUP BY year, reporter, partner, domain, product HAVING count(*) > 1
           ORDER BY 1, 2, 3, 4, 5, 6, 7 LIMIT 1"""
    ).fetchone()
    if dup:
        raise SourceFormatError(
            f"duplicate row: year {dup[2]}, {dup[3]}-{dup[4]}, {dup[5]}, product {dup[6]} "
            + (f"appears again at line {dup[1]}" if dup[1] != dup[0] else "comes twice from this one line"),
            path=path, line=int(dup[0]),
        )
    dup = con.execute(
        """SELECT min(_line), max(_line), year, country, indicator FROM stage_series
           GROUP BY year, country, indicator HAVING count(*) > 1 ORDER BY 1, 2, 3, 4, 5 LIMIT 1"""
    ).fetchone()
    if dup:
        raise SourceFormatError(
            f"duplicate row: {dup[3]} {dup[4]} {dup[2]} "
            + (f"appears again at line {dup[1]}" if dup[1] != dup[0] else "comes twice from this one line"),
            path=path, line=int(dup[0]),
        )


def _temp_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE temporary").fetchall()}


def _temp_views(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal"
        ).fetchall()
    } & STAGE_TABLES


def _collapse(con: duckdb.DuckDBPyConnection) -> None:
    """Sum rows that became duplicates when several names map to one code.

    Only needed after names were resolved: :func:`_validate` refuses duplicate
    rows, so without renaming there is nothing to sum. The rows are added in the
    file's order: floating-point addition is not associative, and a parallel sum
    in the order threads meet the rows changed the last digit from run to run.
    """
    con.execute(
        """CREATE OR REPLACE TEMP TABLE stage_flows AS
           SELECT year, reporter, partner, domain, product, sum(value ORDER BY _line, value) AS value,
                  any_value(unit) AS unit, min(_line) AS _line
           FROM stage_flows GROUP BY year, reporter, partner, domain, product"""
    )


def _check_units(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    units = con.execute(
        "SELECT domain, count(DISTINCT unit) FROM stage_flows GROUP BY domain HAVING count(DISTINCT unit) > 1"
    ).fetchall()
    if units:
        raise SourceFormatError(
            f"domain {units[0][0]} mixes units; a source must use one unit per domain", path=path
        )


def _insert(con: duckdb.DuckDBPyConnection, source_id: str) -> dict[str, int]:
    rows = {}
    # INSERT returns the number of rows it inserted: no second pass over a staging view.
    rows["flows"] = con.execute(
        "INSERT INTO flow_rows SELECT year, reporter, partner, domain, product, value, unit, ? FROM stage_flows",
        [source_id],
    ).fetchall()[0][0]
    rows["national_series"] = con.execute(
        "INSERT INTO national_series SELECT year, country, indicator, value, unit, ? FROM stage_series",
        [source_id],
    ).fetchall()[0][0]
    con.execute(
        "INSERT INTO ties SELECT DISTINCT year, country, partner, kind, ? FROM stage_ties", [source_id]
    )
    rows["ties"] = con.execute("SELECT count(*) FROM stage_ties").fetchone()[0]  # type: ignore[index]
    return {k: int(v) for k, v in rows.items() if v}
