"""Correlates of War (COW) and ATOP files keyed by COW country codes.

* COW Trade v4 dyadic (``ccode1, ccode2, year, flow1, flow2``; flow1 = imports
  of ccode1 from ccode2, current US$ millions): each dyad-year gives both
  countries' imports and, as mirrors, exports. ``-9`` marks missing data; such
  flows are counted in the notes and not stored, as are zero flows.
* COW Trade v4 national totals (``ccode, year, imports, exports``).
* COW National Material Capabilities (``ccode, year, milex, ...``; milex in
  thousands of current US$). Every state-year of the file is also stored as
  the series ``state_system_member`` (value 1), the COW state system, whether
  or not its military figures are known.
* ATOP v5 and COW Formal Alliances v4.1 dyad-years: one tie per alliance
  obligation that is 1 (defence, offence, neutrality, non-aggression,
  consultation, entente), stored in both directions.

COW codes map to ISO3 through ``reference/data/cow_codes.csv`` (built from the
COW State System list and reviewed), by year where one COW state changed its name
(``cow_code_periods.csv``: 345 is Yugoslavia until 1991, Serbia and Montenegro
1992-2005, Serbia from 2006); an unknown code stops the ingest.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import duckdb

from diversify.errors import SourceFormatError
from diversify.sources.base import (
    Loader,
    SourceInfo,
    check_readable,
    duckdb_error,
    read_as_parquet,
    read_csv_raw,
    require_numbers,
)

COW_TRADE_CITATION = (
    "Barbieri, Katherine and Omar Keshk. 2016. Correlates of War Project Trade Data Set Codebook, "
    "Version 4.0"
)
NMC_CITATION = "Singer, Bremer and Stuckey (1972); Correlates of War National Material Capabilities v7.0"
ATOP_CITATION = (
    "Leeds, Ritter, Mitchell and Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. "
    "International Interactions 28: 237-260; ATOP v5.0"
)
STATE_SYSTEM = "state_system_member"
"""Series of the COW state system: one row (value 1) per state and year of the NMC file."""
COW_ALLIANCE_CITATION = "Gibler, Douglas M. 2009. International military alliances, 1648-2008. CQ Press; COW Formal Alliances v4.1"


def _load_codes(con: duckdb.DuckDBPyConnection) -> None:
    """The table ``cow_codes`` (ccode, code, first_year, last_year): each COW code's ISO3 code,
    by year where a COW state changed its name and territory (``cow_code_periods.csv``)."""
    from diversify.reference.countries import read_data_csv

    rows = read_data_csv("cow_codes.csv")
    periods = read_data_csv("cow_code_periods.csv")
    by_period = {int(p["ccode"]) for p in periods}
    con.execute("CREATE OR REPLACE TEMP TABLE cow_codes (ccode INTEGER, code VARCHAR, first_year INTEGER, "
                "last_year INTEGER)")
    con.executemany(
        "INSERT INTO cow_codes VALUES (?, ?, ?, ?)",
        [(int(r["ccode"]), r["code"], -9999, 9999) for r in rows if int(r["ccode"]) not in by_period]
        + [(int(p["ccode"]), p["code"], int(p["first_year"]), int(p["last_year"])) for p in periods],
    )


def _read_any(con: duckdb.DuckDBPyConnection, path: Path, table: str, need: list[str]) -> None:
    """Read CSV (text columns) or Parquet into ``table`` with ``_line``; check columns and numbers."""
    if read_as_parquet(path):
        check_readable(path)
        try:
            con.execute(
                f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT *, (row_number() OVER ())::BIGINT AS _line "
                "FROM read_parquet(?)",
                [str(path)],
            )
        except duckdb.Error as exc:
            raise duckdb_error(path, exc) from exc
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        missing = [c for c in need if c not in cols]
        if missing:
            raise SourceFormatError(f"wrong columns: missing {', '.join(missing)}", path=path)
    else:
        read_csv_raw(con, path, table, need)
        require_numbers(con, path, table, need, missing=("", "NA"))


def _check_codes(con: duckdb.DuckDBPyConnection, path: Path, table: str, cols: list[str]) -> None:
    for col in cols:
        bad = con.execute(
            f"SELECT _line, {col} FROM {table} WHERE CAST(CAST({col} AS DOUBLE) AS INTEGER) "
            "NOT IN (SELECT ccode FROM cow_codes) ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(f"unknown COW country code {bad[1]!r}", path=path, line=bad[0], field=col)


def _check_distinct_pair(con: duckdb.DuckDBPyConnection, path: Path, table: str) -> None:
    """A dyad is two countries: a row with ccode1 = ccode2 would be a country trading with itself."""
    bad = con.execute(
        f"SELECT _line, CAST(CAST(ccode1 AS DOUBLE) AS INTEGER) FROM {table} "
        "WHERE CAST(CAST(ccode1 AS DOUBLE) AS INTEGER) = CAST(CAST(ccode2 AS DOUBLE) AS INTEGER) "
        "ORDER BY _line LIMIT 1"
    ).fetchone()
    if bad:
        raise SourceFormatError(f"a country trading with itself (ccode1 = ccode2 = {bad[1]}); expected a dyad "
                                "of two countries", path=path, line=int(bad[0]), field="ccode2")


def _check_rows(
    con: duckdb.DuckDBPyConnection, path: Path, table: str, keys: list[str], values: tuple[str, ...] = ()
) -> None:
    """No key (codes and year) twice, and no negative value other than COW's -9 (missing)."""
    key = ", ".join(f"CAST(CAST({k} AS DOUBLE) AS INTEGER)" for k in keys)
    dup = con.execute(
        f"SELECT min(_line), max(_line), {key} FROM {table} GROUP BY {key} HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
    ).fetchone()
    if dup:
        what = ", ".join(f"{k} {v}" for k, v in zip(keys, dup[2:], strict=True))
        raise SourceFormatError(f"duplicate row: {what} appears again at line {dup[1]}", path=path, line=dup[0])
    for col in values:
        bad = con.execute(
            f"SELECT _line, {col} FROM {table} WHERE CAST({col} AS DOUBLE) < 0 AND CAST({col} AS DOUBLE) <> -9 "
            "ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(
                f"negative value {bad[1]!r} (only -9, 'missing', is allowed)", path=path, line=bad[0], field=col
            )


def _with_codes(con: duckdb.DuckDBPyConnection, table: str, cols: list[str]) -> None:
    """Add ``code_<col>`` (ISO3) beside each COW code column of ``table``."""
    joins = " ".join(
        f"LEFT JOIN cow_codes m_{c} ON m_{c}.ccode = CAST(CAST(t.{c} AS DOUBLE) AS INTEGER) "
        f"AND CAST(CAST(t.year AS DOUBLE) AS INTEGER) BETWEEN m_{c}.first_year AND m_{c}.last_year"
        for c in cols
    )
    codes = ", ".join(f"m_{c}.code AS code_{c}" for c in cols)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT t.*, {codes} FROM {table} t {joins}")


def _drop_successor_overlaps(con: duckdb.DuckDBPyConnection, table: str, cols: list[str]) -> int:
    """Keep one row per year and ISO3 code(s) where two COW states map to one code.

    COW lists West Germany (260) and Germany (255) both in 1990; both are DEU.
    The row of the lower COW code (the successor state, 255) is kept.
    """
    key = ", ".join(f"code_{c}" for c in cols)
    order = ", ".join(f"CAST(CAST({c} AS DOUBLE) AS INTEGER)" for c in cols)
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {table}
            QUALIFY row_number() OVER (PARTITION BY CAST(CAST(year AS DOUBLE) AS INTEGER), {key}
                                       ORDER BY {order}) = 1"""
    )
    after = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
    return int(before - after)


def _code(col: str) -> str:
    return f"code_{col}"


class CowDyadicTradeLoader(Loader):
    name = "cow_trade"
    description = "COW Trade v4 dyadic trade (ccode1, ccode2, year, flow1, flow2), US$ millions"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _load_codes(con)
        _read_any(con, path, "raw_cow", ["ccode1", "ccode2", "year", "flow1", "flow2"])
        _check_codes(con, path, "raw_cow", ["ccode1", "ccode2"])
        _check_distinct_pair(con, path, "raw_cow")
        _check_rows(con, path, "raw_cow", ["ccode1", "ccode2", "year"])
        _with_codes(con, "raw_cow", ["ccode1", "ccode2"])
        overlaps = _drop_successor_overlaps(con, "raw_cow", ["ccode1", "ccode2"])
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE cow_flows AS
                SELECT CAST(CAST(year AS DOUBLE) AS INTEGER) AS year, {_code('ccode1')} AS a, {_code('ccode2')} AS b,
                       TRY_CAST(flow1 AS DOUBLE) AS f1, TRY_CAST(flow2 AS DOUBLE) AS f2, _line FROM raw_cow"""
        )
        missing = con.execute(
            "SELECT count_if(f1 = -9 OR f1 IS NULL) + count_if(f2 = -9 OR f2 IS NULL) FROM cow_flows"
        ).fetchone()[0]  # type: ignore[index]
        bad = con.execute(
            "SELECT _line, f1, f2 FROM cow_flows WHERE (f1 < 0 AND f1 <> -9) OR (f2 < 0 AND f2 <> -9) "
            "ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(
                f"negative trade value {bad[1] if bad[1] < 0 else bad[2]!r} (only -9, 'missing', is allowed)",
                path=path, line=bad[0], field="flow1" if bad[1] < 0 else "flow2",
            )
        con.execute(
            """INSERT INTO stage_flows
               SELECT year, a, b, 'goods_imports', '_ALL', f1, 'USD_millions', _line FROM cow_flows WHERE f1 > 0
               UNION ALL SELECT year, b, a, 'goods_exports', '_ALL', f1, 'USD_millions', _line FROM cow_flows WHERE f1 > 0
               UNION ALL SELECT year, b, a, 'goods_imports', '_ALL', f2, 'USD_millions', _line FROM cow_flows WHERE f2 > 0
               UNION ALL SELECT year, a, b, 'goods_exports', '_ALL', f2, 'USD_millions', _line FROM cow_flows WHERE f2 > 0"""
        )
        years = con.execute("SELECT min(year), max(year) FROM cow_flows").fetchone()
        return SourceInfo(
            dataset_key="cow_trade_dyadic", publisher="Correlates of War Project",
            dataset="Trade v4.0, dyadic", version=f"v4.0, {years[0]}-{years[1]}" if years else "v4.0",
            citation=COW_TRADE_CITATION, licence="Free for research with citation", priority=50,
            method="Exports are mirror flows: A's exports to B are B's reported imports from A.",
            notes=[f"{missing} flows marked missing (-9) not stored"]
            + ([f"{overlaps} rows of predecessor states overlapping their successor dropped"] if overlaps else []),
        )


class CowNationalTradeLoader(Loader):
    name = "cow_trade_national"
    description = "COW Trade v4 national totals (ccode, year, imports, exports), US$ millions"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _load_codes(con)
        _read_any(con, path, "raw_cown", ["ccode", "year", "imports", "exports"])
        _check_codes(con, path, "raw_cown", ["ccode"])
        _check_rows(con, path, "raw_cown", ["ccode", "year"], ("imports", "exports"))
        _with_codes(con, "raw_cown", ["ccode"])
        overlaps = _drop_successor_overlaps(con, "raw_cown", ["ccode"])
        for ind, col in (("imports_total", "imports"), ("exports_total", "exports")):
            con.execute(
                f"""INSERT INTO stage_series SELECT CAST(CAST(year AS DOUBLE) AS INTEGER), {_code('ccode')},
                    '{ind}', CAST({col} AS DOUBLE), 'USD_millions', _line FROM raw_cown
                    WHERE {col} IS NOT NULL AND CAST({col} AS DOUBLE) <> -9"""
            )
        return SourceInfo(
            dataset_key="cow_trade_national", publisher="Correlates of War Project",
            dataset="Trade v4.0, national totals", version="v4.0", citation=COW_TRADE_CITATION,
            licence="Free for research with citation", priority=50,
            notes=[f"{overlaps} rows of predecessor states overlapping their successor dropped"] if overlaps else [],
        )


class CowNmcLoader(Loader):
    name = "cow_nmc"
    description = "COW National Material Capabilities (ccode, year, milex in US$ thousands, ...)"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _load_codes(con)
        _read_any(con, path, "raw_nmc", ["ccode", "year", "milex", "milper"])
        _check_codes(con, path, "raw_nmc", ["ccode"])
        _check_rows(con, path, "raw_nmc", ["ccode", "year"], ("milex", "milper"))
        _with_codes(con, "raw_nmc", ["ccode"])
        overlaps = _drop_successor_overlaps(con, "raw_nmc", ["ccode"])
        for ind, col, unit in (("milex_current_usd", "milex", "USD_thousands"), ("military_personnel", "milper", "thousands")):
            con.execute(
                f"""INSERT INTO stage_series SELECT CAST(CAST(year AS DOUBLE) AS INTEGER), {_code('ccode')},
                    '{ind}', CAST({col} AS DOUBLE), '{unit}', _line FROM raw_nmc
                    WHERE {col} IS NOT NULL AND CAST({col} AS DOUBLE) <> -9"""
            )
        # Every state-year of the file, whatever its values: the COW state system (S-scores).
        con.execute(
            f"""INSERT INTO stage_series SELECT CAST(CAST(year AS DOUBLE) AS INTEGER), {_code('ccode')},
                '{STATE_SYSTEM}', 1.0, 'member', _line FROM raw_nmc"""
        )
        return SourceInfo(
            dataset_key="cow_nmc", publisher="Correlates of War Project",
            dataset="National Material Capabilities", version="v7.0", citation=NMC_CITATION,
            licence="Free for research with citation", priority=50,
            notes=[f"{overlaps} rows of predecessor states overlapping their successor dropped"] if overlaps else [],
        )


class _AllianceLoader(Loader):
    kinds: ClassVar[dict[str, str]]
    info: SourceInfo

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _load_codes(con)
        _read_any(con, path, "raw_ally", ["ccode1", "ccode2", "year", *self.kinds])
        _check_codes(con, path, "raw_ally", ["ccode1", "ccode2"])
        _check_rows(con, path, "raw_ally", ["ccode1", "ccode2", "year"])
        for col in self.kinds:
            bad = con.execute(
                f"SELECT _line, {col} FROM raw_ally WHERE {col} IS NOT NULL AND CAST({col} AS DOUBLE) NOT IN (0, 1) "
                "ORDER BY _line LIMIT 1"
            ).fetchone()
            if bad:
                raise SourceFormatError(f"expected 0 or 1, found {bad[1]!r}", path=path, line=bad[0], field=col)
        _with_codes(con, "raw_ally", ["ccode1", "ccode2"])
        for col, kind in self.kinds.items():
            con.execute(
                f"""INSERT INTO stage_ties
                    SELECT CAST(CAST(year AS DOUBLE) AS INTEGER), {_code('ccode1')}, {_code('ccode2')}, '{kind}', _line
                    FROM raw_ally WHERE CAST({col} AS DOUBLE) = 1
                    UNION ALL
                    SELECT CAST(CAST(year AS DOUBLE) AS INTEGER), {_code('ccode2')}, {_code('ccode1')}, '{kind}', _line
                    FROM raw_ally WHERE CAST({col} AS DOUBLE) = 1"""
            )
        return self.info


class AtopLoader(_AllianceLoader):
    name = "atop"
    description = "ATOP v5 alliance dyad-years (ccode1, ccode2, year, atop_defense, ...)"
    kinds: ClassVar[dict[str, str]] = {"atop_defense": "defense", "atop_offense": "offense", "atop_neutral": "neutrality",
             "atop_nonagg": "nonaggression", "atop_consul": "consultation"}
    info = SourceInfo(
        dataset_key="atop_dyad_year", publisher="ATOP project (Leeds et al.)",
        dataset="Alliance Treaty Obligations and Provisions, dyad-year", version="v5.0",
        citation=ATOP_CITATION, licence="Free with citation", priority=10,
    )


class CowAllianceLoader(_AllianceLoader):
    name = "cow_alliance"
    description = "COW Formal Alliances v4.1 dyad-years (ccode1, ccode2, year, cow_defense, ...)"
    kinds: ClassVar[dict[str, str]] = {"cow_defense": "defense", "cow_neutral": "neutrality", "cow_nonagg": "nonaggression",
             "cow_entente": "entente"}
    info = SourceInfo(
        dataset_key="cow_alliance_dyad_year", publisher="Correlates of War Project",
        dataset="Formal Alliances, dyad-year", version="v4.1", citation=COW_ALLIANCE_CITATION,
        licence="Free for research with citation", priority=50,
    )
