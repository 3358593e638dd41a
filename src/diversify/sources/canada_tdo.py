"""Canada's merchandise trade from Trade Data Online (ISED / Statistics Canada).

Trade Data Online's "Canadian trade balances" reports give, per partner, total
exports (domestic exports plus re-exports), total imports and the balance, in
current Canadian dollars, customs basis. Two tabulations are read, in the
column layout of their Parquet compilation:

* partner x HS chapter x year (``year, hs2, hs2_desc, partner, is_total_row,
  total_exports_cad, total_imports_cad``): product-level flows of Canada;
* geography x partner x year, all products (``year, geo_code, geo, partner,
  is_total_row, total_exports_cad, total_imports_cad``): Canada's all-product
  totals (``geo_code`` CA) and each province's (reporter ``CA-ON`` ...).

"Total All Countries" rows are totals, not partners: they are checked against
the partner sum (mismatches over 0.5% are reported in the notes) and not stored.
Zero flows are not stored.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from diversify.errors import SourceFormatError
from diversify.sources.base import (
    Loader,
    SourceInfo,
    check_readable,
    check_text,
    diagnose_csv,
    duckdb_error,
    read_as_parquet,
)

CITATION = (
    "Statistics Canada, Canadian International Merchandise Trade (customs basis), "
    "via ISED Trade Data Online, Canadian trade balances"
)
LICENCE = "Open Government Licence - Canada"


def _read(con: duckdb.DuckDBPyConnection, path: Path, need: list[str]) -> None:
    check_readable(path)
    parquet = read_as_parquet(path)
    try:
        if parquet:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE raw_tdo AS SELECT *, (row_number() OVER ())::BIGINT AS _line "
                "FROM read_parquet(?)",
                [str(path)],
            )
        else:
            check_text(path)
            con.execute(
                "CREATE OR REPLACE TEMP TABLE raw_tdo AS SELECT *, (row_number() OVER () + 1)::BIGINT AS _line "
                "FROM read_csv(?, header = true, sample_size = -1)",
                [str(path)],
            )
    except duckdb.Error as exc:
        raise duckdb_error(path, exc) from exc
    cols = [r[0] for r in con.execute("DESCRIBE raw_tdo").fetchall()]
    missing = [c for c in need if c not in cols]
    if missing and not parquet:
        # a record with another number of fields than the header (a file cut mid-line) can make
        # DuckDB's sniffer take the wrong dialect: then that record is the problem to report
        diagnosis = diagnose_csv(path)
        if diagnosis is not None:
            raise diagnosis
    if missing:
        raise SourceFormatError(
            f"wrong header: missing {', '.join(missing)} (expected {', '.join(need)})", path=path, line=1
        )
    for col in ("total_exports_cad", "total_imports_cad", "year"):
        bad = con.execute(
            f"SELECT _line, {col} FROM raw_tdo WHERE {col} IS NOT NULL "
            f"AND TRY_CAST({col} AS DOUBLE) IS NULL ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(f"not a number: {bad[1]!r}", path=path, line=bad[0], field=col)
    for col in ("total_exports_cad", "total_imports_cad"):
        bad = con.execute(
            f"SELECT _line, {col} FROM raw_tdo WHERE TRY_CAST({col} AS DOUBLE) < 0 ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(
                f"negative value {bad[1]!r} (expected a non-negative amount)", path=path, line=bad[0], field=col
            )


def _total_check(con: duckdb.DuckDBPyConnection, keys: str) -> list[str]:
    rows = con.execute(
        f"""WITH p AS (SELECT {keys}, sum(CAST(total_exports_cad AS DOUBLE)) AS x
                      FROM raw_tdo WHERE NOT is_total_row GROUP BY {keys}),
                 t AS (SELECT {keys}, sum(CAST(total_exports_cad AS DOUBLE)) AS x
                      FROM raw_tdo WHERE is_total_row GROUP BY {keys})
            SELECT count(*) FROM p JOIN t USING ({keys})
            WHERE abs(p.x - t.x) > 0.005 * greatest(t.x, 1)"""
    ).fetchone()
    return [f"{rows[0]} groups where partners do not add up to the total row"] if rows and rows[0] else []


class CanadaPartnerHs2Loader(Loader):
    name = "canada_tdo_hs2"
    description = "Canada's trade by partner x HS chapter x year, CAD (Trade Data Online)"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _read(con, path, ["year", "hs2", "hs2_desc", "partner", "is_total_row", "total_exports_cad", "total_imports_cad"])
        for domain, col in (("goods_exports", "total_exports_cad"), ("goods_imports", "total_imports_cad")):
            con.execute(
                f"""INSERT INTO stage_flows
                    SELECT CAST(year AS INTEGER), 'CAN', partner, '{domain}', lpad(CAST(hs2 AS VARCHAR), 2, '0'),
                           CAST({col} AS DOUBLE), 'CAD', _line
                    FROM raw_tdo WHERE NOT is_total_row AND CAST({col} AS DOUBLE) <> 0"""
            )
        con.execute(
            "INSERT INTO stage_products SELECT DISTINCT 'HS', lpad(CAST(hs2 AS VARCHAR), 2, '0'), "
            "any_value(hs2_desc) FROM raw_tdo GROUP BY 2"
        )
        years = con.execute("SELECT min(year), max(year) FROM raw_tdo").fetchone()
        return SourceInfo(
            dataset_key="canada_tdo_partner_hs2",
            publisher="Statistics Canada / ISED Trade Data Online",
            dataset="Canadian trade balances by partner and HS chapter",
            version=f"{years[0]}-{years[1]}" if years else None,
            citation=CITATION, licence=LICENCE, priority=10,
            method="HS chapters 77, 98 and 99 are absent from this tabulation, so chapter sums fall "
            "about 4% short of all-product totals; all-product figures come from the partner file.",
            name_fields=(("stage_flows", "partner"),),
            notes=_total_check(con, "year, hs2"),
        )


class CanadaProvincePartnerLoader(Loader):
    name = "canada_tdo_partner"
    description = "Canada's and each province's trade by partner x year, all products, CAD (Trade Data Online)"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        _read(con, path, ["year", "geo_code", "partner", "is_total_row", "total_exports_cad", "total_imports_cad"])
        bad = con.execute(
            "SELECT _line, geo_code FROM raw_tdo WHERE NOT regexp_matches(geo_code, '^[A-Z]{2}$') "
            "ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(f"not a province code: {bad[1]!r}", path=path, line=bad[0], field="geo_code")
        for domain, col in (("goods_exports", "total_exports_cad"), ("goods_imports", "total_imports_cad")):
            con.execute(
                f"""INSERT INTO stage_flows
                    SELECT CAST(year AS INTEGER),
                           CASE WHEN geo_code = 'CA' THEN 'CAN' ELSE 'CA-' || geo_code END,
                           partner, '{domain}', '_ALL', CAST({col} AS DOUBLE), 'CAD', _line
                    FROM raw_tdo WHERE NOT is_total_row AND CAST({col} AS DOUBLE) <> 0"""
            )
        years = con.execute("SELECT min(year), max(year) FROM raw_tdo").fetchone()
        return SourceInfo(
            dataset_key="canada_tdo_partner_all",
            publisher="Statistics Canada / ISED Trade Data Online",
            dataset="Canadian trade balances by geography and partner, all products",
            version=f"{years[0]}-{years[1]}" if years else None,
            citation=CITATION, licence=LICENCE, priority=10,
            name_fields=(("stage_flows", "partner"),),
            notes=_total_check(con, "year, geo_code"),
        )
