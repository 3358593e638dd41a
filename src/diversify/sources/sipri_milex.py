"""SIPRI Military Expenditure Database, in Our World in Data's grapher CSV layout.

Columns ``Entity, Code, Year, <value column>, <region>``; one file gives
military expenditure as a share of GDP, another in constant US dollars.
Rows without an ISO3 code (SIPRI's regional aggregates, "World") are
aggregates, not countries; they are counted in the source's notes and not stored.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from diversify.sources.base import Loader, SourceInfo, read_csv_raw, require_numbers
from diversify.errors import SourceFormatError

CITATION = "SIPRI Military Expenditure Database (2025), processed by Our World in Data"


class _OwidMilexLoader(Loader):
    value_column: str
    indicator: str
    unit: str
    dataset_key: str
    dataset: str

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        read_csv_raw(con, path, "raw_milex", ["Entity", "Code", "Year", self.value_column])
        require_numbers(con, path, "raw_milex", ["Year", self.value_column])
        bad = con.execute(
            "SELECT _line, Code FROM raw_milex WHERE Code IS NOT NULL AND NOT regexp_matches(Code, '^[A-Z]{3}$') "
            "AND NOT starts_with(Code, 'OWID_') ORDER BY _line LIMIT 1"
        ).fetchone()
        if bad:
            raise SourceFormatError(f"not an ISO3 code: {bad[1]!r}", path=path, line=bad[0], field="Code")
        con.execute(
            f"""INSERT INTO stage_series
                SELECT CAST(Year AS INTEGER), Code, '{self.indicator}',
                       CAST("{self.value_column}" AS DOUBLE), '{self.unit}', _line
                FROM raw_milex
                WHERE Code IS NOT NULL AND regexp_matches(Code, '^[A-Z]{{3}}$')
                  AND "{self.value_column}" IS NOT NULL AND trim("{self.value_column}") <> ''"""
        )
        aggregates = con.execute(
            "SELECT count(*) FROM raw_milex WHERE Code IS NULL OR starts_with(Code, 'OWID_')"
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
