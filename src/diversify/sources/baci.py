"""CEPII BACI: bilateral trade at the HS 6-digit level, as CEPII ships it.

Layout
------
``BACI_HS17_Y2022_V202401b.csv`` holds one year of one HS revision: header
``t,i,j,k,v,q`` with ``t`` the year, ``i`` the exporter and ``j`` the importer
(numeric country codes), ``k`` the HS 6-digit code, ``v`` the value in
thousands of current US dollars and ``q`` the quantity in tonnes (blank or
``NA`` when unknown). The country codes are listed in ``country_codes_V*.csv``
(``country_code, country_name, country_iso2, country_iso3``; older releases:
``country_code, country_name_abbreviation, country_name_full,
iso_2digit_alpha, iso_3digit_alpha``), shipped in the same archive and looked
for beside the data file. ``product_codes_HS*_V*.csv`` beside it, if present,
gives product descriptions.

What is stored
--------------
Each row once, in ``trade_matrix``: year, exporter ``i``, importer ``j``, the
HS6 code ``k`` (six characters: a code written without its leading zero is
padded), the value in ``USD_thousands``. The ``flows`` view shows each flow as
``goods_exports`` of ``i`` to ``j`` and ``goods_imports`` of ``j`` from ``i`` at
three levels: HS6, HS chapter (its first two characters) and all products
(``_ALL``). A BACI year covers every product, so the chapter and all-product
sums are complete; an indicator selects one exact product code, so the levels
never add up twice. Zero values and flows between two codes of one country
stay in ``trade_matrix`` as published and are left out of the view (counted in
the notes). Quantities are checked but not stored.

Countries: ``country_iso3`` where it is an ISO3 code; ``490`` "Other Asia,
nes" is Taiwan (``TWN``); "nes" areas become ``XXX``; other placeholders
(``S19``, ``ZA1`` ...) are resolved by name through the alias file, and a code
used in the data that still matches nothing stops the ingest.

Streaming, and one write
------------------------
A BACI year holds about 10 million rows, so the read, the checks and the
write run as DuckDB SQL inside the ingest transaction; no row becomes a Python
object. A file named as CEPII names it (``BACI_<rev>_Y<year>_V<release>.csv``)
is read once, straight into ``trade_matrix`` under its source id, and the
stored rows are checked in one SQL pass: values, codes, the year of the file
name, and the order CEPII writes (each exporter-importer pair in one run of
strictly increasing products, so no key repeats; cheaper than grouping ten
million keys). Faults are stored as values the checks count, never raised, so
the transaction stays usable. On any fault, and for files named otherwise, the
rows are removed and the checked path runs: the file is read into a temporary
table with explicit column types; rows DuckDB cannot parse go to a reject
table, which gives the line and column of the first one; the line of any other
fault (negative value, unknown code, duplicate ``(t, i, j, k)``) is found by a
second scan. Codes of one country used side by side are summed there.

A newer release of the same year and HS revision replaces the older one
(``dataset_key`` ``baci:<revision>:<year>``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from diversify.errors import SourceFormatError, UnknownCountryError
from diversify.sources.base import (
    Loader,
    SourceInfo,
    check_readable,
    cut_hint,
    duckdb_error,
    head_bytes,
)
from diversify.sources.comtrade import UNSPECIFIED, AreaMatch, match_un_area

CITATION = (
    "Gaulier, G. and Zignago, S. (2010). BACI: International Trade Database at the Product-Level. "
    "The 1994-2007 Version. CEPII Working Paper 2010-23"
)
LICENCE = "Etalab Open Licence 2.0 (cite CEPII BACI)"
UNIT = "USD_thousands"
HEADER = ["t", "i", "j", "k", "v", "q"]
_TYPES = "{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'DOUBLE'}"
_NAME = re.compile(r"BACI_(HS\d\d)_Y(\d{4})_(V\w+?)\.csv", re.IGNORECASE)
_COUNTRY_HEADERS = (
    ("country_code", "country_name", "country_iso3"),
    ("country_code", "country_name_abbreviation", "iso_3digit_alpha"),
)


@dataclass(frozen=True)
class BaciCountry:
    code: int
    name: str
    iso3: str
    line: int


# -- the country-code file ----------------------------------------------------------


def find_country_codes(data: Path) -> Path:
    """The ``country_codes_V*.csv`` beside ``data``: the one of the same release, or the only one."""
    m = _NAME.search(data.name)
    version = m.group(3) if m else None
    expected = f"country_codes_{version}.csv" if version else "country_codes_V*.csv"
    if version and (data.parent / expected).is_file():
        return data.parent / expected
    found = sorted(data.parent.glob("country_codes*.csv"))
    if len(found) == 1:
        return found[0]
    if not found:
        raise SourceFormatError(
            f"country-code file {expected} not found beside the data file "
            "(BACI ships it in the same archive; put it in the same folder)",
            path=data,
        )
    raise SourceFormatError(
        f"several country-code files beside the data file ({', '.join(p.name for p in found)}) "
        f"and none named {expected}; keep the one of this release",
        path=data,
    )


def read_country_codes(path: Path) -> list[BaciCountry]:
    """The rows of a BACI country-code file (either layout), checked."""
    check_readable(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise SourceFormatError("file is empty", path=path)
    header = [h.strip().casefold() for h in rows[0]]
    for code_col, name_col, iso_col in _COUNTRY_HEADERS:
        if {code_col, name_col, iso_col} <= set(header):
            break
    else:
        raise SourceFormatError(
            "wrong header: expected country_code, country_name, country_iso2, country_iso3 "
            f"(found {', '.join(rows[0][:6])})",
            path=path, line=1,
        )
    ic, iname, iiso = header.index(code_col), header.index(name_col), header.index(iso_col)
    out: list[BaciCountry] = []
    seen: dict[int, int] = {}
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(ic, iname, iiso):
            raise SourceFormatError(f"expected {len(header)} fields, found {len(row)}", path=path, line=lineno)
        code_text = row[ic].strip()
        if not code_text.isdigit():
            raise SourceFormatError(f"not a country code: {code_text!r}", path=path, line=lineno,
                                    field=rows[0][ic].strip())
        code = int(code_text)
        if code in seen:
            raise SourceFormatError(f"duplicate country code {code} (first at line {seen[code]})",
                                    path=path, line=lineno, field=rows[0][ic].strip())
        seen[code] = lineno
        out.append(BaciCountry(code, row[iname].strip(), row[iiso].strip(), lineno))
    if not out:
        raise SourceFormatError("file has a header but no data rows", path=path)
    return out


# -- the loader ------------------------------------------------------------------------


def _scan(path: Path, *, rejects: bool = True, q_text: bool = False) -> str:
    """The typed read of the data file, with ``k`` padded to six characters.

    ``q`` is 0 when unknown (blank or ``NA``) and NaN when it is not a number.
    It is read as a number, the fast way; ``q_text`` reads it as text and trims
    it, for files that pad ``NA`` with spaces. With ``rejects``, rows that cannot
    be parsed go to the temp table ``baci_rejects``.
    """
    lit = "'" + str(path).replace("'", "''") + "'"
    store = (", store_rejects = true, rejects_table = 'baci_rejects', rejects_scan = 'baci_reject_scans'"
             if rejects else "")
    q = ("CASE WHEN q IS NULL OR trim(q) IN ('', 'NA') THEN 0.0 "
         "ELSE coalesce(TRY_CAST(trim(q) AS DOUBLE), 'NaN'::DOUBLE) END" if q_text else "coalesce(q, 0.0)")
    types = _TYPES.replace("'q': 'DOUBLE'", "'q': 'VARCHAR'") if q_text else _TYPES
    return f"""SELECT t, i, j, CASE WHEN length(k) = 5 THEN '0' || k ELSE k END AS k, v, {q} AS q
        FROM read_csv({lit}, header = true, auto_detect = false, delim = ',', quote = '"',
                      escape = '"', columns = {types}, nullstr = ['', 'NA']{store})"""


def _dataset_key(revision: str, first: int, last: int) -> str:
    years = str(first) if first == last else f"{first}-{last}"
    return f"baci:{revision}:{years}"


# (condition on the scanned row, column, message; {} is the value)
_CHECKS = (
    ("t IS NULL", "t", "year missing"),
    ("t NOT BETWEEN 1800 AND 2100", "t", "year outside 1800-2100: {}"),
    ("i IS NULL", "i", "exporter code missing"),
    ("j IS NULL", "j", "importer code missing"),
    ("k IS NULL", "k", "product code missing"),
    ("NOT regexp_full_match(k, '[0-9]{6}|[0-9]{4}[A-Z]{2}')", "k", "not an HS 6-digit code: {!r}"),
    ("v IS NULL", "v", "value missing"),
    ("isnan(v)", "v", "not a number: {}"),
    ("isinf(v)", "v", "not a finite number: {}"),
    ("v < 0", "v", "negative value {} (expected a non-negative amount)"),
    ("isnan(q) OR isinf(q)", "q", "not a number (quantity): expected a number, blank or NA"),
    ("q < 0", "q", "negative quantity {}"),
)
_COLUMN_INDEX = {c: n for n, c in enumerate(["_line", *HEADER])}


class BaciLoader(Loader):
    name = "baci"
    description = "CEPII BACI HS6 bilateral trade (t,i,j,k,v,q + country_codes file), US$ thousands"

    def __init__(self) -> None:
        self._q_text = False  # whether this file needs quantities read as text (padded NA)

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        check_readable(path)
        self._check_header(path)
        codes_path = find_country_codes(path)
        countries = read_country_codes(codes_path)
        matches = {c.code: match_un_area(c.code, c.iso3, c.name) for c in countries}
        iso = {code: m.code for code, m in matches.items() if m.code and m.kind in ("country", "unspecified")}
        m = _NAME.search(path.name)
        revision, version = (m.group(1).upper(), m.group(3)) if m else ("HS", None)
        fast = self._store_fast(con, path, iso, revision, int(m.group(2))) if m else None
        if fast is not None:
            n, first, last, zero, same, any_unspecified = fast
            stored = n
        else:
            self._read(con, path, iso)
            n, first, last, zero, same = self._check_rows(con, path)
            if m:
                self._check_name_year(con, path, int(m.group(2)), first, last)
            used = self._check_countries(con, path, codes_path, {c.code: c for c in countries}, matches)
            used_iso = [iso[c] for c in used]
            any_unspecified = UNSPECIFIED in used_iso
            source_id = self.source_id(_dataset_key(revision, first, last))
            stored = self._store_checked(con, source_id, merged=len(set(used_iso)) < len(used_iso))
        notes = [f"{n} rows read", f"country codes from {codes_path.name}"]
        if any_unspecified:
            # the file's codes for unspecified areas (the one-read path does not keep which were used)
            unspecified = [f"{c.code} {c.name}" for c in countries if iso.get(c.code) == UNSPECIFIED]
            notes.append("unspecified areas stored under XXX: " + "; ".join(unspecified))
        if zero:
            notes.append(f"{zero} zero values left out of flows (kept in trade_matrix)")
        if same:
            notes.append(f"{same} flows between codes of the same country left out of flows (kept in trade_matrix)")
        products = self._products(con, path)
        if products:
            notes.append(f"product descriptions from {products}")
        return SourceInfo(
            dataset_key=_dataset_key(revision, first, last),
            publisher="CEPII",
            dataset=f"BACI, bilateral trade at the product level ({revision})",
            version=version,
            citation=CITATION, licence=LICENCE, priority=20,
            method="HS6 flows as published, stored once in trade_matrix; the flows view shows each as "
            "exports of i and imports of j (the same reconciled flow), with HS chapter and all-product "
            "values summed from the HS6 flows of the year.",
            notes=notes,
            rows_checked=True,
            matrix_rows=int(stored),
        )

    # -- the fast path: one read, straight into trade_matrix -------------------------
    def _store_fast(
        self, con: duckdb.DuckDBPyConnection, path: Path, iso: dict[int, str], revision: str, year: int
    ) -> tuple[int, int, int, int, int, bool] | None:
        """Read the file once into ``trade_matrix`` and check the stored rows in SQL.

        Returns (rows, first year, last year, zero values, same-country flows,
        whether an unspecified area is used), or ``None`` after removing the rows again when
        anything is off: a line DuckDB cannot read, a bad value, an unknown
        code, keys out of CEPII's order (a possible duplicate, or two codes
        of one country), a year other than the file name's. The checked path
        then reads the file again, finds the line and column of a fault or
        stores the rows it can reconcile. Nothing raises here, so the
        transaction stays usable.
        """
        source_id = self.source_id(_dataset_key(revision, year, year))
        table = [iso.get(code) for code in range(max(iso, default=0) + 1)]
        last = len(table) - 1
        con.execute("DROP TABLE IF EXISTS baci_rejects")
        con.execute("DROP TABLE IF EXISTS baci_reject_scans")
        # Faults are kept as values the checks below count, never raised (a raise would abort the
        # transaction): a missing year is 0, an unknown code '', a missing or bad value or quantity NaN.
        try:
            con.execute(
                f"""INSERT INTO trade_matrix
                    SELECT coalesce(t, 0),
                           coalesce(CASE WHEN i BETWEEN 0 AND {last} THEN $iso[i + 1] END, ''),
                           coalesce(CASE WHEN j BETWEEN 0 AND {last} THEN $iso[j + 1] END, ''),
                           coalesce(k, ''),
                           CASE WHEN q < 0 OR isnan(q) OR isinf(q) THEN 'NaN'::DOUBLE
                                ELSE coalesce(v, 'NaN'::DOUBLE) END,
                           '{UNIT}', $sid
                    FROM ({_scan(path)})""",
                {"iso": table, "sid": source_id},
            )
        except duckdb.Error:
            # e.g. a year beyond SMALLINT: leave it to the checked path, which names the line
            return None
        ok = con.execute("SELECT count(*) = 0 FROM baci_rejects").fetchall()[0][0]
        if ok:
            n, first, final, zero, same, unspecified, bad, unordered, runs = con.execute(
                f"""SELECT count(*), min(year), max(year), count_if(value = 0),
                           count_if(value > 0 AND exporter = importer),
                           bool_or(exporter = '{UNSPECIFIED}' OR importer = '{UNSPECIFIED}'),
                           count_if(year <> {year} OR exporter = '' OR importer = '' OR isnan(value)
                                    OR isinf(value) OR value < 0
                                    OR NOT regexp_full_match(product, '[0-9]{{6}}|[0-9]{{4}}[A-Z]{{2}}')),
                           count_if(exporter = pe AND importer = pi AND product <= pk),
                           count_if(pe IS NULL OR exporter <> pe OR importer <> pi)
                    FROM (SELECT year, exporter, importer, product, value, lag(exporter) OVER () AS pe,
                                 lag(importer) OVER () AS pi, lag(product) OVER () AS pk
                          FROM trade_matrix WHERE source_id = $1)""",
                [source_id],
            ).fetchall()[0]
            # Each (exporter, importer) pair in one run of strictly increasing products: no key repeats.
            pairs = con.execute(
                "SELECT count(*) FROM (SELECT DISTINCT exporter, importer FROM trade_matrix WHERE source_id = ?)",
                [source_id],
            ).fetchall()[0][0]
            ok = n > 0 and not bad and not unordered and runs == pairs
        if ok:
            return int(n), int(first), int(final), int(zero), int(same), bool(unspecified)
        con.execute("DELETE FROM trade_matrix WHERE source_id = ?", [source_id])
        return None

    # -- steps ------------------------------------------------------------------
    def _check_header(self, path: Path) -> None:
        head = head_bytes(path, 4096)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            raise SourceFormatError("not UTF-8 text (UTF-16 or binary data); expected BACI's CSV",
                                    path=path, line=1)
        first = head.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8-sig", errors="replace")
        names = [c.strip().strip('"').casefold() for c in first.split(",")]
        if names != HEADER:
            raise SourceFormatError(
                f"wrong header: expected t,i,j,k,v,q (found {first[:80]!r})", path=path, line=1
            )

    def _check_name_year(
        self, con: duckdb.DuckDBPyConnection, path: Path, year: int, first: int, last: int
    ) -> None:
        """A file named ``..._Y<year>_...`` holds rows of that year only."""
        if first == year == last:
            return
        row = self._locate(con, path, "t <> ?", [year])[0]
        raise SourceFormatError(
            f"the file name says year {year} (Y{year}) but this row is for {row[1]}; "
            "expected every row of a BACI year file to be for the year in its name",
            path=path, line=int(row[0]), field="t",
        )

    def _locate(self, con: duckdb.DuckDBPyConnection, path: Path, cond: str, params: list[object] | None = None,
                limit: int = 1) -> list[tuple]:  # type: ignore[type-arg]
        """Lines (and row values) of the first rows meeting ``cond``: a second scan, run only on failure."""
        scan = _scan(path, rejects=False, q_text=self._q_text)
        return con.execute(
            f"""SELECT * FROM (SELECT (row_number() OVER () + 1)::BIGINT AS _line, * FROM ({scan}))
                WHERE {cond} ORDER BY _line LIMIT {limit}""",
            params or [],
        ).fetchall()

    def _read(self, con: duckdb.DuckDBPyConnection, path: Path, iso: dict[int, str]) -> None:
        """The data file into ``baci_raw``, with exporter and importer codes mapped (``ex``, ``im``).

        Codes map through a list indexed by code, which keeps the file's row order
        (a join would not) and costs less than a join. Quantities are read as
        numbers; only when every unreadable value is a padded ``NA`` quantity is
        the file read again with quantities as text.
        """
        table = [iso.get(code) for code in range(max(iso, default=0) + 1)]
        self._read_raw(con, path, table)
        bad = self._first_reject(con)
        if bad is None and con.execute("SELECT count(*) FROM baci_rejects").fetchall()[0][0]:
            self._q_text = True
            self._read_raw(con, path, table)
            bad = self._first_reject(con)
        if bad:
            line, column, kind, text, idx = bad
            if kind == "CAST":
                fields = next(csv.reader([text or ""]), [])
                # column_idx counts from 1
                value = fields[idx - 1] if idx is not None and 0 < idx <= len(fields) else text
                message = f"not a number: {value!r}"
            elif kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
                found = len(next(csv.reader([text or ""]), []))
                message, column = f"expected 6 fields (t,i,j,k,v,q), found {found}{cut_hint(path, 6, found)}", None
            elif kind == "INVALID ENCODING":
                message = "not UTF-8 text"
            else:
                message = f"cannot read this line ({str(kind).lower()})"
            raise SourceFormatError(message, path=path, line=int(line), field=column)

    def _first_reject(self, con: duckdb.DuckDBPyConnection) -> tuple | None:  # type: ignore[type-arg]
        """The first row DuckDB could not read, other than a quantity ``NA`` padded with spaces."""
        return con.execute(
            """SELECT line, column_name, error_type, csv_line, column_idx FROM baci_rejects
               WHERE NOT (column_name = 'q' AND error_type = 'CAST'
                          AND trim(string_split(csv_line, ',')[6]) IN ('', 'NA'))
               ORDER BY line, column_idx LIMIT 1"""
        ).fetchone()

    def _read_raw(self, con: duckdb.DuckDBPyConnection, path: Path, table: list[str | None]) -> None:
        con.execute("DROP TABLE IF EXISTS baci_rejects")
        con.execute("DROP TABLE IF EXISTS baci_reject_scans")
        last = len(table) - 1
        try:
            con.execute(
                f"""CREATE OR REPLACE TEMP TABLE baci_raw AS
                    SELECT *, CASE WHEN i BETWEEN 0 AND {last} THEN $iso[i + 1] END AS ex,
                              CASE WHEN j BETWEEN 0 AND {last} THEN $iso[j + 1] END AS im
                    FROM ({_scan(path, q_text=self._q_text)})""",
                {"iso": table},
            )
        except duckdb.Error as exc:
            raise duckdb_error(path, exc) from exc

    def _check_rows(self, con: duckdb.DuckDBPyConnection, path: Path) -> tuple[int, int, int, int, int]:
        """Rows, first and last year, zero values, flows within one country; the first bad row stops."""
        n, first, last, zero, same, *bad = con.execute(
            "SELECT count(*), min(t), max(t), count_if(v = 0), count_if(v > 0 AND ex = im), "
            + ", ".join(f"count_if({cond})" for cond, _, _ in _CHECKS)
            + " FROM baci_raw"
        ).fetchall()[0]
        if n == 0:
            raise SourceFormatError("file has a header but no data rows", path=path)
        for (cond, column, message), count in zip(_CHECKS, bad, strict=True):
            if count:
                row = self._locate(con, path, cond)[0]
                raise SourceFormatError(
                    message.format(row[_COLUMN_INDEX[column]]), path=path, line=int(row[0]), field=column
                )
        # CEPII sorts its files by (t, i, j, k): strictly increasing keys cannot repeat, and checking
        # that is ten times cheaper than grouping. Files in another order are grouped.
        unsorted = con.execute(
            """SELECT count_if(NOT (t > pt OR (t = pt AND (i > pi OR (i = pi AND (j > pj OR (j = pj AND k > pk)))))))
               FROM (SELECT t, i, j, k, lag(t) OVER () AS pt, lag(i) OVER () AS pi, lag(j) OVER () AS pj,
                            lag(k) OVER () AS pk FROM baci_raw)"""
        ).fetchall()[0][0]
        dup = con.execute(
            "SELECT t, i, j, k FROM baci_raw GROUP BY t, i, j, k HAVING count(*) > 1 LIMIT 1"
        ).fetchone() if unsorted else None
        if dup:
            lines = [r[0] for r in self._locate(con, path, "t = ? AND i = ? AND j = ? AND k = ?", list(dup), 2)]
            raise SourceFormatError(
                f"duplicate row: t {dup[0]}, i {dup[1]}, j {dup[2]}, k {dup[3]} appears again at line {lines[-1]}",
                path=path, line=int(lines[0]),
            )
        # count_if over rows whose codes are all unknown gives NULL; those codes fail later, by name
        return int(n), int(first), int(last), int(zero or 0), int(same or 0)

    def _check_countries(
        self, con: duckdb.DuckDBPyConnection, path: Path, codes_path: Path,
        countries: dict[int, BaciCountry], matches: dict[int, AreaMatch],
    ) -> set[int]:
        """The codes used; each must be in the country file and stand for a country or an unspecified area."""
        used = con.execute(
            "SELECT DISTINCT i, 'i' FROM baci_raw UNION SELECT DISTINCT j, 'j' FROM baci_raw ORDER BY 2, 1"
        ).fetchall()
        missing = [(code, col) for code, col in used
                   if code not in matches or matches[code].kind not in ("country", "unspecified")]
        if not missing:
            return {code for code, _ in used}
        code, column = missing[0]
        line = int(self._locate(con, path, f"{column} = ?", [code])[0][0])
        country = countries.get(code)
        if country is None:
            raise SourceFormatError(
                f"unknown country code {code} (not in {codes_path.name})", path=path, line=line, field=column
            )
        what = "is World, a total" if matches[code].kind == "world" else "matches no country"
        raise UnknownCountryError(
            f"country code {code} '{country.name}' ({country.iso3 or 'no ISO3'}, {codes_path.name} "
            f"line {country.line}) {what}; add the name to an alias file",
            path=path, line=line, field=column,
        )

    def _store_checked(self, con: duckdb.DuckDBPyConnection, source_id: str, *, merged: bool) -> int:
        """The checked rows of ``baci_raw`` into ``trade_matrix``; returns how many were stored.

        When two codes used stand for one country (``merged``), their rows are summed.
        """
        rows = ("SELECT t, ex, im, k, sum(v), ?, ? FROM baci_raw GROUP BY t, ex, im, k" if merged
                else "SELECT t, ex, im, k, v, ?, ? FROM baci_raw")
        return int(con.execute(f"INSERT INTO trade_matrix {rows}", [UNIT, source_id]).fetchall()[0][0])

    def _products(self, con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
        """Load product descriptions from ``product_codes_<rev>_<version>.csv`` beside the data, if any."""
        m = _NAME.search(path.name)
        if not m:
            return None
        products = path.parent / f"product_codes_{m.group(1)}_{m.group(3)}.csv"
        if not products.is_file():
            return None
        try:
            con.execute(
                """INSERT INTO stage_products
                   SELECT ?, CASE WHEN length(code) = 5 THEN '0' || code ELSE code END, any_value(description)
                   FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                                 columns = {'code': 'VARCHAR', 'description': 'VARCHAR'})
                   WHERE code IS NOT NULL AND description IS NOT NULL GROUP BY 2""",
                [m.group(1).upper(), str(products)],
            )
        except duckdb.Error as exc:
            raise duckdb_error(products, exc) from exc
        return products.name
