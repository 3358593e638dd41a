"""SIPRI Arms Transfers Database: the trade register, as SIPRI exports it.

The CSV export (``trade-register.csv``) is ISO-8859-1 text: about ten note
lines, a header beginning ``Recipient,Supplier``, then one record per deal.
A few records are broken by a newline inside the Comments field; the
continuation line starts with ``,`` and is joined back. The cleaned Parquet
copy of the same register (snake_case columns) is read as well.

Yearly TIV (method)
-------------------
The register gives, per deal, the TIV of all weapons delivered so far and the
list of delivery years, not the quantity delivered each year. diversify splits
each deal's delivered TIV equally across its listed delivery years and sums by
recipient, supplier and year (``arms_imports`` for the recipient,
``arms_exports`` for the supplier). Limits: deliveries that were uneven across
years are smoothed; deals with delivered TIV but no delivery year are left out
and counted in the source's notes; SIPRI's own yearly TIV tables may differ.
Arms indicators therefore use multi-year windows (5 years by default).
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from pathlib import Path

import duckdb
import pyarrow as pa

from diversify.errors import SourceFormatError
from diversify.sources.base import Loader, SourceInfo, check_readable, check_text, read_as_parquet

CITATION = "SIPRI Arms Transfers Database, Stockholm International Peace Research Institute"
METHOD = (
    "Yearly TIV: each deal's delivered TIV split equally across its listed delivery years, "
    "summed by recipient, supplier and year; deals without delivery years excluded."
)
HEADER_START = "Recipient,Supplier"
RAW_COLUMNS = {"recipient": 0, "supplier": 1, "delivery_years": 10, "tiv_delivered": 15}


def _open_text(path: Path) -> io.TextIOBase:
    # The caller closes the returned wrapper, which closes this file.
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="iso-8859-1", newline="")


def _read_raw(path: Path) -> tuple[list[tuple[str, str, str, str, int]], str | None]:
    """Records (recipient, supplier, delivery_years, tiv_delivered, line) and the export date."""
    generated = None
    with _open_text(path) as fh:
        lines = fh.read().splitlines()
    header_at = None
    for i, line in enumerate(lines[:40]):
        if line.startswith("Data generated:"):
            generated = line.split(":", 1)[1].strip()
        if line.startswith(HEADER_START):
            header_at = i
            break
    if header_at is None:
        raise SourceFormatError(
            "wrong header: no line starting 'Recipient,Supplier' in the first 40 lines "
            "(expected SIPRI's trade-register CSV export)",
            path=path, line=1,
        )
    header = next(csv.reader([lines[header_at]]))
    if len(header) < 16 or header[15].strip() != "SIPRI TIV of delivered weapons":
        raise SourceFormatError(
            "wrong header: expected 16 columns ending 'SIPRI TIV of delivered weapons'",
            path=path, line=header_at + 1,
        )
    # Join records broken by a newline in the Comments field.
    records: list[tuple[str, int]] = []
    for i in range(header_at + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        if line.startswith(",") and records:
            prev, start = records[-1]
            records[-1] = (prev + " " + line, start)
        else:
            records.append((line, i + 1))
    out = []
    for text, lineno in records:
        row = next(csv.reader([text]))
        if len(row) != len(header):
            raise SourceFormatError(
                f"expected {len(header)} fields, found {len(row)}", path=path, line=lineno
            )
        out.append((row[0], row[1], row[10], row[15], lineno))
    return out, generated


def _read_parquet(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[str, str, str, str, int]]:
    cols = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()]
    need = ["recipient", "supplier", "delivery_years", "tiv_delivered"]
    missing = [c for c in need if c not in cols]
    if missing:
        raise SourceFormatError(f"wrong columns: missing {', '.join(missing)}", path=path)
    rows = con.execute(
        "SELECT recipient, supplier, coalesce(delivery_years, ''), "
        "coalesce(CAST(tiv_delivered AS VARCHAR), ''), (row_number() OVER ())::BIGINT "
        "FROM read_parquet(?)",
        [str(path)],
    ).fetchall()
    return [tuple(r) for r in rows]  # type: ignore[misc]


class SipriRegisterLoader(Loader):
    name = "sipri_register"
    description = "SIPRI arms-transfers trade register (CSV export or cleaned Parquet) -> yearly TIV"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        check_readable(path)
        generated = None
        if read_as_parquet(path):
            records = _read_parquet(con, path)
        else:
            check_text(path, "SIPRI's trade-register CSV export (ISO-8859-1 text)")
            records, generated = _read_raw(path)
        if not records:
            raise SourceFormatError("no deal records after the header", path=path)
        years_col, rec_col, sup_col, tiv_col, line_col = [], [], [], [], []
        no_years = 0
        for recipient, supplier, years_text, tiv_text, lineno in records:
            tiv_text = tiv_text.strip()
            if tiv_text == "":
                continue
            try:
                tiv = float(tiv_text)
            except ValueError:
                raise SourceFormatError(
                    f"not a number: {tiv_text!r}", path=path, line=lineno,
                    field="SIPRI TIV of delivered weapons",
                ) from None
            if not math.isfinite(tiv):
                raise SourceFormatError(
                    f"not a finite number: {tiv_text!r}", path=path, line=lineno,
                    field="SIPRI TIV of delivered weapons",
                )
            if tiv < 0:
                raise SourceFormatError(
                    f"negative TIV {tiv_text!r}", path=path, line=lineno,
                    field="SIPRI TIV of delivered weapons",
                )
            years = []
            for part in years_text.replace(",", ";").split(";"):
                part = part.strip().rstrip("?").strip()
                if not part:
                    continue
                if not part.isdigit():
                    raise SourceFormatError(
                        f"not a year: {part!r}", path=path, line=lineno, field="Year(s) of delivery"
                    )
                years.append(int(part))
            if not years:
                no_years += tiv > 0
                continue
            share = tiv / len(years)
            for y in years:
                years_col.append(y)
                rec_col.append(recipient.strip())
                sup_col.append(supplier.strip())
                tiv_col.append(share)
                line_col.append(lineno)
        table = pa.table(
            {"year": years_col, "recipient": rec_col, "supplier": sup_col, "tiv": tiv_col, "_line": line_col}
        )
        con.register("sipri_deal_years", table)
        # Deals are added in the register's order: a parallel sum adds them in whatever order
        # the threads meet them, and the last digit of a year's TIV changed from run to run.
        con.execute(
            """INSERT INTO stage_flows
               SELECT year, recipient, supplier, 'arms_imports', '_ALL', sum(tiv ORDER BY _line, tiv),
                      'TIV_millions', min(_line)
               FROM sipri_deal_years GROUP BY year, recipient, supplier
               UNION ALL
               SELECT year, supplier, recipient, 'arms_exports', '_ALL', sum(tiv ORDER BY _line, tiv),
                      'TIV_millions', min(_line)
               FROM sipri_deal_years GROUP BY year, recipient, supplier"""
        )
        con.unregister("sipri_deal_years")
        notes = [f"{len(records)} deal records read"]
        if no_years:
            notes.append(f"{no_years} deals with delivered TIV but no delivery year left out")
        return SourceInfo(
            dataset_key="sipri_arms_transfers",
            publisher="SIPRI",
            dataset="Arms Transfers Database, trade register",
            version=f"generated {generated}" if generated else None,
            citation=CITATION,
            licence="Free to use with citation: 'Source: SIPRI Arms Transfers Database'",
            method=METHOD,
            priority=10,
            name_fields=(
                ("stage_flows", "reporter", "CASE domain WHEN 'arms_imports' THEN 'Recipient' ELSE 'Supplier' END"),
                ("stage_flows", "partner", "CASE domain WHEN 'arms_imports' THEN 'Supplier' ELSE 'Recipient' END"),
            ),
            notes=notes,
        )
