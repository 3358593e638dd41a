"""UN Comtrade: merchandise trade by reporter, partner and HS code, as Comtrade exports it.

Two CSV layouts are read, told apart by the header (names compared without
regard to case):

* **Comtrade+** (the current API and bulk files, and the portal's
  ``TradeData_*.csv`` downloads): ``typeCode, freqCode, refYear, reporterCode,
  reporterISO, reporterDesc, flowCode, partnerCode, partnerISO, partnerDesc,
  partner2Code, classificationCode, cmdCode, cmdDesc, customsCode, motCode,
  ..., primaryValue, ...``. Comma or tab separated (bulk files are tab
  separated), plain or gzip.
* **legacy** (the API and bulk downloads before 2023): ``Classification, Year,
  Period, Trade Flow Code, Trade Flow, Reporter Code, Reporter, Reporter ISO,
  Partner Code, Partner, Partner ISO, Commodity Code, Commodity, ...,
  Trade Value (US$), ...``.

What is stored
--------------
* Annual goods data (``freqCode`` A, ``typeCode`` C) in an HS classification
  (H0-H6, HS). Monthly, services or SITC/BEC files are refused: their codes
  would clash with HS codes in ``flows.product``.
* Exports ``X`` (legacy 2) become ``goods_exports``, imports ``M`` (legacy 1)
  ``goods_imports``, in ``USD`` (``primaryValue``: exports FOB, imports CIF, as
  reported). Under Comtrade's definitions re-exports (``RX``, legacy 3) and
  re-imports (``RM``, 4) are already part of ``X`` and ``M``: adding them would
  count them twice, so they, and other flow codes (``DX``, ``FM``, ``MIP`` ...),
  are left out and counted in the source's notes.
* Partner World (code 0, ``W00``/``WLD``) is the reporter's total, not a
  partner: left out and counted in the notes.
* Files broken down by second partner, customs procedure or mode of transport
  hold the total over each breakdown beside its parts; only the totals are kept
  (``partner2Code`` 0, ``customsCode`` C00, ``motCode`` 0, or blank), since the
  parts would double count.
* Products: ``TOTAL`` becomes ``_ALL``; HS codes are kept as reported (chapter
  ``27``, heading ``2709``, subheading ``270900``); codes that lost their
  leading zero (odd length, e.g. ``1`` for chapter 01) are padded. **No
  aggregates are derived**: a download may hold only a selection of codes (one
  chapter, a few subheadings), and their sum would pass for a chapter or
  all-product total that it is not. Each level is stored as reported and an
  indicator selects one exact code, so levels never add up twice. Download
  ``TOTAL`` (and ``AG2`` for chapters) for shares over all products.
* Areas: ``490`` "Other Asia, nes" is Comtrade's code for Taiwan as a partner
  and becomes ``TWN``; areas "not elsewhere specified", bunkers, free zones and
  special categories become ``XXX`` (unspecified) and are counted in the notes;
  other names go through the alias file and country_converter, and an
  unmatched one stops the ingest (``--allow-unmatched`` stores it under ``XXX``).
* Zero values are not stored.
* Text is read as UTF-8, or as Latin-1 when it is not UTF-8 (the portal writes
  Windows-1252); only names and product labels are text.

A file is one slice of Comtrade: its ``dataset_key`` is
``comtrade:<reporters>:<years>:<flows>:<product levels>``, so a later download
of the same slice replaces the earlier one and other slices add to it.
Priority 15: after a statistical office's own release (10), before world
matrices such as BACI (20).
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from diversify.errors import SourceFormatError
from diversify.sources.base import (
    Loader,
    SourceInfo,
    check_readable,
    check_text,
    head_bytes,
    is_utf8,
    read_csv_raw,
    require_numbers,
)

CITATION = "United Nations Comtrade Database, United Nations Statistics Division (https://comtradeplus.un.org)"
LICENCE = "UN Comtrade terms of use: free for non-commercial use, cite the UN Comtrade Database"

TAIWAN_CODE = 490
UNSPECIFIED = "XXX"
# M49 codes Comtrade uses for partners that are not countries (besides "nes" areas).
NON_COUNTRY_CODES = frozenset({536, 837, 838, 839, 899})
_NES = re.compile(r"\bnes\b|n\.e\.s|not elsewhere specified|\bbunkers\b|free zones|special categories",
                  re.IGNORECASE)

AreaKind = Literal["world", "country", "unspecified", "unknown"]


@dataclass(frozen=True)
class AreaMatch:
    """What a UN area code stands for: ``code`` is the ISO3 (or special) code, if any."""

    kind: AreaKind
    code: str | None = None


def match_un_area(code: int | None, iso3: str | None, name: str | None) -> AreaMatch:
    """Classify one area of a UN-coded file (Comtrade, BACI).

    World is a total; ``490`` is Taiwan; a known ISO3 code is used as it is;
    "nes" areas and other non-country partners are unspecified (``XXX``); other
    names go through the alias file and country_converter; what is left is unknown.
    """
    from diversify.reference.countries import is_known_code, resolve_names

    iso3 = (iso3 or "").strip().upper()
    name = (name or "").strip()
    if code == 0 or iso3 in ("W00", "WLD") or name.casefold() == "world":
        return AreaMatch("world")
    if code == TAIWAN_CODE:
        return AreaMatch("country", "TWN")
    if re.fullmatch(r"[A-Z]{3}", iso3) and is_known_code(iso3) and iso3 != UNSPECIFIED:
        return AreaMatch("country", iso3)
    if code in NON_COUNTRY_CODES or _NES.search(name):
        return AreaMatch("unspecified", UNSPECIFIED)
    if name:
        resolved = resolve_names([name]).get(name)
        if resolved:
            return AreaMatch("country", resolved)
    return AreaMatch("unknown")


PLUS_COLUMNS = (
    "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
    "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
    "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
    "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
    "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode",
    "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
    "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported",
    "isAggregate",
)
"""The 47 columns of a Comtrade+ bulk or API CSV, in order (the loader reads them by name)."""

# canonical name -> header names (casefolded) in the Comtrade+ and legacy layouts
_PLUS = {
    "year": ("refyear",), "freq": ("freqcode",), "type": ("typecode",),
    "classification": ("classificationcode",), "period": ("period",),
    "reporter_code": ("reportercode",), "reporter_iso": ("reporteriso",), "reporter_desc": ("reporterdesc",),
    "flow": ("flowcode",),
    "partner_code": ("partnercode",), "partner_iso": ("partneriso",), "partner_desc": ("partnerdesc",),
    "partner2": ("partner2code", "prtner2code"), "customs": ("customscode",), "mot": ("motcode",),
    "cmd": ("cmdcode",), "cmd_desc": ("cmddesc",), "value": ("primaryvalue",),
}
_LEGACY = {
    "year": ("year",), "classification": ("classification",), "period": ("period",),
    "reporter_code": ("reporter code",), "reporter_iso": ("reporter iso",), "reporter_desc": ("reporter",),
    "flow": ("trade flow code",),
    "partner_code": ("partner code",), "partner_iso": ("partner iso",), "partner_desc": ("partner",),
    "partner2": ("2nd partner code",), "customs": ("customs proc. code",), "mot": ("mode of transport code",),
    "cmd": ("commodity code",), "cmd_desc": ("commodity",), "value": ("trade value (us$)",),
}
_REQUIRED = ("year", "reporter_code", "flow", "partner_code", "cmd", "value")
_FLOWS = {"plus": {"X": "goods_exports", "M": "goods_imports"},
          "legacy": {"2": "goods_exports", "1": "goods_imports"}}
HS_REVISIONS = {"H0": "HS92", "H1": "HS96", "H2": "HS02", "H3": "HS07", "H4": "HS12", "H5": "HS17", "H6": "HS22"}


def _header(path: Path) -> tuple[list[str], str]:
    """The header's column names and the delimiter (tab or comma)."""
    head = head_bytes(path, 65536)
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = first.decode("latin-1")
    delim = "\t" if "\t" in text else ","
    return [c.strip() for c in next(csv.reader([text], delimiter=delim), [])], delim


def _layout(path: Path, names: list[str]) -> tuple[str, dict[str, str]]:
    """Which layout the header is, and canonical name -> the file's column name."""
    folded = {n.casefold(): n for n in names}
    for layout, table in (("plus", _PLUS), ("legacy", _LEGACY)):
        cols = {}
        for canon, options in table.items():
            for opt in options:
                if opt in folded:
                    cols[canon] = folded[opt]
                    break
        if all(c in cols for c in _REQUIRED):
            return layout, cols
    raise SourceFormatError(
        "wrong header: not a UN Comtrade CSV; expected the Comtrade+ columns refYear, reporterCode, "
        "flowCode, partnerCode, cmdCode, primaryValue or the legacy columns Year, Trade Flow Code, "
        f"Reporter Code, Partner Code, Commodity Code, Trade Value (US$) (found {', '.join(names[:10])})",
        path=path, line=1,
    )


def _read(con: duckdb.DuckDBPyConnection, path: Path, names: list[str], cols: dict[str, str], delim: str) -> str:
    """Read the columns the loader uses, as text, into ``raw_comtrade``; returns the encoding used.

    The encoding is settled before DuckDB reads: a failed read inside the ingest
    transaction would abort it.
    """
    encoding = "utf-8" if is_utf8(path) else "latin-1"
    read_csv_raw(con, path, "raw_comtrade", list(cols.values()), delim=delim, encoding=encoding, header=names)
    return encoding


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _first(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> tuple | None:  # type: ignore[type-arg]
    return con.execute(sql + " ORDER BY _line LIMIT 1", params or []).fetchone()


class ComtradeLoader(Loader):
    name = "comtrade"
    description = "UN Comtrade CSV (Comtrade+ API/bulk/portal export or legacy layout), HS, annual, US$"

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path) -> SourceInfo:
        check_readable(path)
        check_text(path)
        names, delim = _header(path)
        layout, cols = _layout(path, names)
        encoding = _read(con, path, names, cols, delim)
        require_numbers(con, path, "raw_comtrade",
                        [cols[c] for c in ("year", "reporter_code", "partner_code", "value")])
        notes: list[str] = []
        if encoding != "utf-8":
            notes.append("file is not UTF-8; read as Latin-1")
        self._normalise(con, layout, cols)
        self._check_scope(con, path, layout, cols)
        notes += self._filter(con, path, layout, cols)
        area_notes, unresolved = self._map_areas(con, path, cols)
        notes += area_notes
        notes += self._stage(con, path, cols)
        con.execute("DROP VIEW IF EXISTS ct_all")
        con.execute("DROP TABLE IF EXISTS raw_comtrade")
        info = con.execute(
            """SELECT list(DISTINCT reporter ORDER BY reporter), min(year), max(year),
                      list(DISTINCT domain ORDER BY domain),
                      list(DISTINCT CASE WHEN product = '_ALL' THEN 'TOTAL' ELSE 'HS' || length(product) END)
               FROM stage_flows"""
        ).fetchone()
        reporters, first, last, domains, levels = info  # type: ignore[misc]
        levels = sorted(levels)  # the key must not depend on the order rows were read in
        return SourceInfo(
            dataset_key=_dataset_key(reporters, first, last, domains, levels),
            publisher="United Nations Statistics Division",
            dataset="UN Comtrade, merchandise trade by partner and commodity",
            version=f"{'Comtrade+' if layout == 'plus' else 'legacy'} layout, "
            + (str(first) if first == last else f"{first}-{last}"),
            citation=CITATION, licence=LICENCE, priority=15,
            method="Exports X and imports M as reported (primaryValue); re-exports and re-imports are "
            "part of them and not added; World and breakdowns by partner2/customs/transport "
            "mode left out; no product aggregates derived.",
            name_fields=(
                ("stage_flows", "reporter", _literal(cols.get("reporter_desc", "reporter"))),
                ("stage_flows", "partner", _literal(cols.get("partner_desc", "partner"))),
            ) if unresolved else (),
            notes=notes,
        )

    # -- steps ------------------------------------------------------------------
    def _normalise(self, con: duckdb.DuckDBPyConnection, layout: str, cols: dict[str, str]) -> None:
        """``ct_all``: a view of the raw rows with typed, trimmed fields, the domain and whether the
        row is a total over partner2, customs procedure and transport mode (not a breakdown)."""
        def col(canon: str) -> str:
            return f"nullif(trim({_q(cols[canon])}), '')" if canon in cols else "NULL::VARCHAR"

        flow_case = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _FLOWS[layout].items())
        con.execute(
            f"""CREATE OR REPLACE TEMP VIEW ct_all AS
            SELECT *, CASE flow {flow_case} END AS domain,
                   coalesce(TRY_CAST(partner2 AS DOUBLE), 0) = 0
                     AND coalesce(upper(customs), 'C00') = 'C00'
                     AND coalesce(TRY_CAST(mot AS DOUBLE), 0) = 0 AS is_total
            FROM (SELECT _line,
                CAST(CAST(trim({_q(cols['year'])}) AS DOUBLE) AS INTEGER) AS year,
                {col('freq')} AS freq, {col('type')} AS type, {col('classification')} AS classification,
                {col('period')} AS period,
                CAST(CAST(trim({_q(cols['reporter_code'])}) AS DOUBLE) AS INTEGER) AS reporter_code,
                {col('reporter_iso')} AS reporter_iso, {col('reporter_desc')} AS reporter_desc,
                upper({col('flow')}) AS flow,
                CAST(CAST(trim({_q(cols['partner_code'])}) AS DOUBLE) AS INTEGER) AS partner_code,
                {col('partner_iso')} AS partner_iso, {col('partner_desc')} AS partner_desc,
                {col('partner2')} AS partner2, {col('customs')} AS customs, {col('mot')} AS mot,
                {col('cmd')} AS cmd, {col('cmd_desc')} AS cmd_desc,
                TRY_CAST(trim({_q(cols['value'])}) AS DOUBLE) AS value
            FROM raw_comtrade)"""
        )

    def _check_scope(self, con: duckdb.DuckDBPyConnection, path: Path, layout: str, cols: dict[str, str]) -> None:
        """Annual goods data in an HS classification, or a clear refusal (one pass; the line of a
        fault is looked up only when there is one)."""
        checks = [(canon, cond, what) for canon, cond, what in (
            ("year", "year IS NULL", "year missing"),
            ("reporter_code", "reporter_code IS NULL", "reporter code missing"),
            ("partner_code", "partner_code IS NULL", "partner code missing"),
            ("freq", "freq IS NOT NULL AND upper(freq) <> 'A'",
             "only annual data can be loaded (freqCode A); found {!r}"),
            ("period", "period IS NOT NULL AND length(period) > 4",
             "only annual data can be loaded; found the monthly period {!r}"),
            ("type", "type IS NOT NULL AND upper(type) <> 'C'",
             "only goods (typeCode C) can be loaded; found {!r}"),
            ("classification", "classification IS NOT NULL AND NOT regexp_full_match(upper(classification), 'H[0-6S]')",
             "only HS classifications (H0-H6, HS) can be loaded; found {!r}"),
        ) if canon in cols]
        counts = con.execute(
            "SELECT " + ", ".join(f"count_if({cond})" for _, cond, _ in checks) + " FROM ct_all"
        ).fetchone()
        for (canon, cond, what), n in zip(checks, counts or (), strict=True):
            if n:
                row = _first(con, f"SELECT _line, {canon} FROM ct_all WHERE {cond}")
                raise SourceFormatError(what.format(row[1]), path=path, line=int(row[0]),  # type: ignore[index]
                                        field=cols[canon])

    def _filter(self, con: duckdb.DuckDBPyConnection, path: Path, layout: str, cols: dict[str, str]) -> list[str]:
        other, breakdown, other_flows = con.execute(
            """SELECT count_if(domain IS NULL), count_if(domain IS NOT NULL AND NOT is_total),
                      list(DISTINCT flow ORDER BY flow) FILTER (WHERE domain IS NULL)
               FROM ct_all"""
        ).fetchone()  # type: ignore[misc]
        other_flows = [f for f in other_flows or [] if f is not None]
        con.execute(
            """CREATE OR REPLACE TEMP TABLE ct AS SELECT *,
                CASE WHEN upper(cmd) = 'TOTAL' THEN '_ALL'
                     ELSE lpad(cmd, CAST(length(cmd) + length(cmd) % 2 AS INTEGER), '0') END AS product
            FROM ct_all WHERE domain IS NOT NULL AND is_total"""
        )
        n, bad_cmd, no_value, bad_value, padded = con.execute(
            """SELECT count(*),
                      count_if(cmd IS NULL OR NOT (upper(cmd) = 'TOTAL' OR regexp_full_match(cmd, '[0-9]{1,6}'))),
                      count_if(value IS NULL), count_if(value < 0 OR isnan(value) OR isinf(value)),
                      count_if(product <> '_ALL' AND product <> cmd)
               FROM ct"""
        ).fetchone()  # type: ignore[misc]
        if n == 0:
            raise SourceFormatError(
                f"no export (X) or import (M) rows that are totals over partner2, customs procedure "
                f"and transport mode (flows found: {', '.join(str(f) for f in other_flows) or 'none'})",
                path=path, field=cols["flow"],
            )
        notes = []
        if other:
            notes.append(f"{other} rows of other flows ({', '.join(str(f) for f in other_flows)}) left out")
        if breakdown:
            notes.append(f"{breakdown} breakdown rows (partner2, customs procedure, transport mode) left out")
        if bad_cmd:
            row = _first(con, "SELECT _line, cmd FROM ct WHERE cmd IS NULL OR "
                              "NOT (upper(cmd) = 'TOTAL' OR regexp_full_match(cmd, '[0-9]{1,6}'))")
            raise SourceFormatError(f"not an HS code or TOTAL: {row[1]!r}", path=path,  # type: ignore[index]
                                    line=int(row[0]), field=cols["cmd"])  # type: ignore[index]
        if no_value:
            row = _first(con, "SELECT _line FROM ct WHERE value IS NULL")
            raise SourceFormatError("value missing", path=path, line=int(row[0]),  # type: ignore[index]
                                    field=cols["value"])
        if bad_value:
            row = _first(con, "SELECT _line, value FROM ct WHERE value < 0 OR isnan(value) OR isinf(value)")
            raise SourceFormatError(  # type: ignore[index]
                f"negative or invalid value {row[1]!r} (expected a non-negative amount)",  # type: ignore[index]
                path=path, line=int(row[0]), field=cols["value"])  # type: ignore[index]
        if padded:
            notes.append(f"{padded} commodity codes had lost their leading zero and were padded")
        dup = con.execute(
            """SELECT min(_line), max(_line), year, reporter_code, partner_code, flow, product FROM ct
               GROUP BY year, reporter_code, partner_code, flow, product HAVING count(*) > 1
               ORDER BY 1 LIMIT 1"""
        ).fetchone()
        if dup:
            raise SourceFormatError(
                f"duplicate row: {dup[2]}, reporter {dup[3]}, partner {dup[4]}, flow {dup[5]}, "
                f"commodity {dup[6]} appears again at line {dup[1]}",
                path=path, line=int(dup[0]),
            )
        return notes

    def _map_areas(
        self, con: duckdb.DuckDBPyConnection, path: Path, cols: dict[str, str]
    ) -> tuple[list[str], bool]:
        """Map area codes to ISO3 (or to the name, for the ingest to resolve) in ``ct_areas``.

        Returns the notes and whether any name is left for the ingest to resolve.
        """
        rows = con.execute(
            """SELECT code, any_value(iso), any_value(descr), bool_or(is_reporter), min(_line) FROM (
                   SELECT reporter_code AS code, reporter_iso AS iso, reporter_desc AS descr, true AS is_reporter, _line FROM ct
                   UNION ALL
                   SELECT partner_code, partner_iso, partner_desc, false, _line FROM ct)
               GROUP BY code"""
        ).fetchall()
        mapping: dict[int, str] = {}
        unspecified, world, unresolved = 0, 0, False
        for code, iso, descr, is_reporter, line in rows:
            match = match_un_area(code, iso, descr)
            if match.kind == "world":
                if is_reporter:
                    raise SourceFormatError("reporter is World, a total; expected a country",
                                            path=path, line=int(line), field=cols["reporter_code"])
                continue
            if match.kind == "unknown":
                # Left for the ingest to resolve by name (or to store under XXX on request).
                mapping[code] = descr or iso or str(code)
                unresolved = True
            else:
                mapping[code] = match.code  # type: ignore[assignment]
        con.execute("CREATE OR REPLACE TEMP TABLE ct_areas (code INTEGER, target VARCHAR)")
        if mapping:
            con.executemany("INSERT INTO ct_areas VALUES (?, ?)", list(mapping.items()))
        world = con.execute(
            "SELECT count(*) FROM ct WHERE partner_code NOT IN (SELECT code FROM ct_areas)"
        ).fetchone()[0]  # type: ignore[index]
        unspecified = con.execute(
            "SELECT count(*) FROM ct JOIN ct_areas a ON a.code = partner_code WHERE a.target = 'XXX'"
        ).fetchone()[0]  # type: ignore[index]
        notes = []
        if world:
            notes.append(f"{world} rows with partner World (a total) left out")
        if unspecified:
            notes.append(f"{unspecified} rows with unspecified partner areas (nes, bunkers, free zones) stored under XXX")
        return notes, unresolved

    def _stage(self, con: duckdb.DuckDBPyConnection, path: Path, cols: dict[str, str]) -> list[str]:
        con.execute(
            """CREATE OR REPLACE TEMP VIEW ct_mapped AS
               SELECT ct._line, ct.year, ct.domain, ct.product, ct.value, r.target AS reporter, p.target AS partner
               FROM ct JOIN ct_areas r ON r.code = ct.reporter_code JOIN ct_areas p ON p.code = ct.partner_code"""
        )
        zero, self_flows = con.execute(
            "SELECT count_if(value = 0), count_if(value > 0 AND reporter = partner) FROM ct_mapped"
        ).fetchone()  # type: ignore[misc]
        con.execute(
            """INSERT INTO stage_flows
               SELECT year, reporter, partner, domain, product, sum(value), 'USD', min(_line) FROM ct_mapped
               WHERE value > 0 AND reporter <> partner
               GROUP BY year, reporter, partner, domain, product"""
        )
        con.execute("DROP VIEW ct_mapped")
        if con.execute("SELECT count(*) FROM stage_flows").fetchone()[0] == 0:  # type: ignore[index]
            raise SourceFormatError("no non-zero flows between a reporter and a partner country", path=path)
        con.execute(
            """INSERT INTO stage_products
               SELECT CASE WHEN length(product) = 2 THEN 'HS'
                           ELSE coalesce(CASE upper(any_value(classification)) {revisions} END, 'HS') END,
                      product, any_value(cmd_desc)
               FROM ct WHERE product <> '_ALL' AND cmd_desc IS NOT NULL GROUP BY product""".format(
                revisions=" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in HS_REVISIONS.items()))
        )
        con.execute("DROP TABLE IF EXISTS ct")
        con.execute("DROP TABLE IF EXISTS ct_areas")
        notes = []
        if zero:
            notes.append(f"{zero} zero values not stored")
        if self_flows:
            notes.append(f"{self_flows} rows whose partner is the reporter itself left out")
        return notes


def _dataset_key(reporters: list[str], first: int, last: int, domains: list[str], levels: list[str]) -> str:
    """``comtrade:<reporters>:<years>:<flows>:<product levels>``."""
    if len(reporters) <= 3:
        who = "+".join(reporters)
    else:
        who = f"{len(reporters)}reporters-" + hashlib.sha1("+".join(reporters).encode()).hexdigest()[:8]
    years = str(first) if first == last else f"{first}-{last}"
    flows = "+".join({"goods_exports": "X", "goods_imports": "M"}.get(d, d) for d in domains)
    return f"comtrade:{who}:{years}:{flows}:{'+'.join(levels)}"
