"""SIPRI Military Expenditure Database, in Our World in Data's grapher CSV layout.

Columns ``Entity, Code, Year, <value column>, <region>``; one file gives
military expenditure as a share of GDP, another in constant US dollars.
Rows without a code (SIPRI's regional aggregates) and ``OWID_WRL`` (World) are
aggregates, not countries; they are counted in the source's notes and not stored.
OWID's own codes for Kosovo and former states (``OWID_KOS``, ``OWID_USS`` ...)
become our codes for them (:data:`OWID_CODES`); any other code must be a known
ISO3 code.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from diversify.errors import SourceFormatError, UnknownCountryError
from diversify.sources.base import Loader, SourceInfo, read_csv_raw, require_numbers

CITATION = "SIPRI Military Expenditure Database (2025), processed by Our World in Data"
OWID_CODES = {
    "OWID_KOS": "XKX", "OWID_USS": "SUN", "OWID_CZS": "CSK", "OWID_GDR": "DDR", "OWID_YAR": "YAR",
    "OWID_SRM": "SCG", "OWID_YGS": "YUG",
}
OWID_AGGREGATES = ("OWID_WRL",)


class _OwidMilexLoader(Loader):
    value_column: str
    indicator: str
    unit: str
    dataset_key: str
    dataset: str

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        read_csv_raw(con, path, "raw_milex", ["Entity", "Code", "Year", self.value_column])
        require_numbers(con, path, "raw_milex", ["Year", self.value_column])
        self._check_codes(con, path)
        con.execute("CREATE OR REPLACE TEMP TABLE owid_codes (owid VARCHAR, code VARCHAR)")
        con.executemany("INSERT INTO owid_codes VALUES (?, ?)", list(OWID_CODES.items()))
        bad = con.execute(
            f"""SELECT _line, "{self.value_column}" FROM raw_milex
                WHERE TRY_CAST(trim("{self.value_column}") AS DOUBLE) < 0 ORDER BY _line LIMIT 1"""
        ).fetchone()
        if bad:
            raise SourceFormatError(f"negative value {bad[1]!r} (expected a non-negative amount)",
                                    path=path, line=bad[0], field=self.value_column)
        con.execute(
            f"""INSERT INTO stage_series
                SELECT CAST(Year AS INTEGER), coalesce(o.code, m.Code), '{self.indicator}',
                       CAST("{self.value_column}" AS DOUBLE), '{self.unit}', _line
                FROM raw_milex m LEFT JOIN owid_codes o ON o.owid = m.Code
                WHERE m.Code IS NOT NULL AND m.Code NOT IN ({_sql_list(OWID_AGGREGATES)})
                  AND "{self.value_column}" IS NOT NULL AND trim("{self.value_column}") <> ''"""
        )
        aggregates = con.execute(
            f"SELECT count(*) FROM raw_milex WHERE Code IS NULL OR Code IN ({_sql_list(OWID_AGGREGATES)})"
        ).fetchone()[0]  # type: ignore[index]
        years = con.execute("SELECT max(CAST(Year AS INTEGER)) FROM raw_milex").fetchone()[0]  # type: ignore[index]
        return SourceInfo(
            dataset_key=self.dataset_key,
            publisher="SIPRI (via Our World in Data)",
            dataset=self.dataset,
            version=f"data to {years}",
            citation=CITATION,
            licence="CC BY 4.0 (OWID processing); underlying data SIPRI, cite the database",
            priority=10,
            notes=[f"{aggregates} regional or world aggregate rows not stored"] if aggregates else [],
        )

    def _check_codes(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        """Every code is an ISO3 (or special) code we know, an OWID code we map, or an aggregate."""
        from diversify.reference.countries import is_known_code

        codes = con.execute(
            "SELECT Code, min(_line) FROM raw_milex WHERE Code IS NOT NULL GROUP BY Code ORDER BY 2"
        ).fetchall()
        for code, line in codes:
            if code in OWID_CODES or code in OWID_AGGREGATES:
                continue
            if not (len(code) == 3 and code.isalpha() and code.isupper()):
                raise SourceFormatError(f"not an ISO3 code: {code!r}", path=path, line=line, field="Code")
            if not is_known_code(code):
                raise UnknownCountryError(
                    f"unknown country code {code!r} (expected an ISO3 code)", path=path, line=line, field="Code"
                )


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


class MilexShareOfGdpLoader(_OwidMilexLoader):
    name = "sipri_milex_gdp"
    description = "SIPRI military expenditure, % of GDP (OWID grapher CSV)"
    value_column = "Military expenditure (% of GDP)"
    indicator = "milex_share_gdp"
    unit = "percent"
    dataset_key = "sipri_milex_share_gdp"
    dataset = "Military Expenditure Database, share of GDP"


class MilexConstantUsdLoader(_OwidMilexLoader):
    name = "sipri_milex_usd"
    description = "SIPRI military expenditure, constant US$ (OWID grapher CSV)"
    value_column = "Military expenditure"
    indicator = "milex_constant_usd"
    unit = "USD_constant"
    dataset_key = "sipri_milex_constant_usd"
    dataset = "Military Expenditure Database, constant US$"
