"""Canonical tables of the warehouse, defined once.

``flows`` is one long table for every bilateral domain (goods trade, arms
transfers, ...), so one set of indicator queries serves them all. Every
indicator reads ``flows``; it is a view over two stored tables:

* ``flow_rows``, the long rows themselves, as most loaders write them;
* ``trade_matrix``, product-level world matrices (CEPII BACI) stored once per
  published flow, exporter to importer at HS6. The view shows each such flow
  as the exports of the exporter and the imports of the importer, at HS6, HS
  chapter (sum over the chapter's HS6 codes) and all products (``_ALL``), so a
  10-million-row BACI year is written once instead of six times. Rows with a
  zero value or between two codes of one country are kept as published in
  ``trade_matrix`` and left out of the view;
* ``trade_pairs``, the all-product sum of each exporter-importer pair of a
  matrix year (about 50,000 rows for a 10-million-row BACI year), and
  ``trade_chapters``, each pair's sum by HS chapter stored in importer order (so
  one importer's rows sit together and a query on one reporter's imports reads a
  few blocks, not the whole matrix sorted by exporter), both written in the
  ingest transaction that writes the matrix (:func:`store_matrix_sums`). The
  view's all-product rows and chapter imports are read from them instead of
  summing the HS6 rows on every query; they are the same rows, summed the same
  way. Chapter exports are still summed from ``trade_matrix``, which CEPII sorts
  by exporter.

Columns of ``flows``:

======== ==========================================================
column   meaning
======== ==========================================================
year     calendar year of the flow
reporter ISO3 code of the country whose flow it is (the importer for
         ``*_imports``, the exporter for ``*_exports``); ISO 3166-2
         codes (``CA-ON``) for sub-national reporters
partner  ISO3 code of the other side
domain   ``goods_exports``, ``goods_imports``, ``arms_imports``, ``arms_exports``
product  product code (HS chapter ``27``, HS6 ...) or :data:`ALL_PRODUCTS`
value    non-negative amount in ``unit``
unit     ``CAD``, ``USD``, ``USD_thousands``, ``TIV_millions`` ...
source_id the row's source in ``sources``
======== ==========================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

ALL_PRODUCTS = "_ALL"
"""Marker in ``flows.product`` for a value over all products."""

UNKNOWN_PARTNER = "XXX"
"""Code of a partner the source does not identify (SIPRI's "Unknown" supplier or recipient,
Comtrade's and BACI's unspecified areas, names left unmatched on request). It is not a partner:
the indicators leave it out of shares, HHI and partner counts and report its value apart, and it
is never a reporter of the all-country tables."""

FLOW_COLUMNS = ("year", "reporter", "partner", "domain", "product", "value", "unit", "source_id")
SERIES_COLUMNS = ("year", "country", "indicator", "value", "unit", "source_id")
TIE_COLUMNS = ("year", "country", "partner", "kind", "source_id")

DDL = """
CREATE TABLE IF NOT EXISTS sources (
    source_id   VARCHAR PRIMARY KEY,
    dataset_key VARCHAR NOT NULL,
    loader      VARCHAR NOT NULL,
    publisher   VARCHAR NOT NULL,
    dataset     VARCHAR NOT NULL,
    version     VARCHAR,
    file_name   VARCHAR,
    sha256      VARCHAR NOT NULL,
    citation    VARCHAR NOT NULL,
    licence     VARCHAR,
    method      VARCHAR,
    priority    INTEGER NOT NULL,
    rows        BIGINT NOT NULL,
    notes       VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS flow_rows (
    year      SMALLINT NOT NULL,
    reporter  VARCHAR NOT NULL,
    partner   VARCHAR NOT NULL,
    domain    VARCHAR NOT NULL,
    product   VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS trade_matrix (
    year      SMALLINT NOT NULL,
    exporter  VARCHAR NOT NULL,
    importer  VARCHAR NOT NULL,
    product   VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS trade_pairs (
    year      SMALLINT NOT NULL,
    exporter  VARCHAR NOT NULL,
    importer  VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS trade_chapters (
    year      SMALLINT NOT NULL,
    exporter  VARCHAR NOT NULL,
    importer  VARCHAR NOT NULL,
    chapter   VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS national_series (
    year      SMALLINT NOT NULL,
    country   VARCHAR NOT NULL,
    indicator VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS ties (
    year      SMALLINT NOT NULL,
    country   VARCHAR NOT NULL,
    partner   VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS products (
    classification VARCHAR NOT NULL,
    code           VARCHAR NOT NULL,
    description    VARCHAR NOT NULL,
    PRIMARY KEY (classification, code)
);
CREATE TABLE IF NOT EXISTS unmatched_names (
    source_id VARCHAR NOT NULL,
    field     VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    rows      BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
"""

SCHEMA_VERSION = "3"

# Tables a source's rows live in (``source_id`` column), for replacing a source.
SOURCE_TABLES = ("flow_rows", "trade_matrix", "trade_pairs", "trade_chapters", "national_series", "ties",
                 "unmatched_names")

_MATRIX = "FROM trade_matrix WHERE value > 0 AND exporter <> importer"
FLOWS_VIEW = "CREATE OR REPLACE VIEW flows AS SELECT * FROM flow_rows"
FLOWS_VIEW_WITH_MATRIX = f"""CREATE OR REPLACE VIEW flows AS
SELECT * FROM flow_rows
UNION ALL SELECT year, exporter, importer, 'goods_exports', product, value, unit, source_id {_MATRIX}
UNION ALL SELECT year, importer, exporter, 'goods_imports', product, value, unit, source_id {_MATRIX}
UNION ALL SELECT year, exporter, importer, 'goods_exports', left(product, 2), fsum(value), unit, source_id {_MATRIX}
          GROUP BY year, exporter, importer, left(product, 2), unit, source_id
UNION ALL SELECT year, importer, exporter, 'goods_imports', chapter, value, unit, source_id FROM trade_chapters
UNION ALL SELECT year, exporter, importer, 'goods_exports', '{ALL_PRODUCTS}', value, unit, source_id FROM trade_pairs
UNION ALL SELECT year, importer, exporter, 'goods_imports', '{ALL_PRODUCTS}', value, unit, source_id FROM trade_pairs"""
"""``flows`` once a matrix source is loaded; without one the view is the long table alone,
so queries on the usual warehouse plan no empty branches. The all-product rows come from
``trade_pairs``, the chapter imports from ``trade_chapters`` (see :data:`MATRIX_SUMS`)."""

MATRIX_SUMS = {
    "trade_pairs": f"""INSERT INTO trade_pairs
        SELECT year, exporter, importer, fsum(value), unit, $sid {_MATRIX} AND source_id = $sid
        GROUP BY year, exporter, importer, unit ORDER BY year, exporter, importer""",
    "trade_chapters": f"""INSERT INTO trade_chapters
        SELECT year, exporter, importer, left(product, 2) AS chapter, fsum(value), unit, $sid
        {_MATRIX} AND source_id = $sid
        GROUP BY year, exporter, importer, left(product, 2), unit
        ORDER BY year, importer, exporter, chapter""",
}
"""The sums of one matrix source (``$sid``) the ``flows`` view once made on every query (positive
values, two different countries): over all products per pair, and per pair and HS chapter in
importer order."""

COVERAGE_SQL = """
SELECT reporter, domain, min(first_year) AS first_year, max(last_year) AS last_year,
       list_sort(list_distinct(flatten(list(source_ids)))) AS source_ids
FROM (
    SELECT reporter, domain, min(year) AS first_year, max(year) AS last_year,
           list(DISTINCT source_id) AS source_ids
    FROM flow_rows GROUP BY reporter, domain
    UNION ALL SELECT exporter, 'goods_exports', min(year), max(year), list(DISTINCT source_id) FROM trade_pairs
              GROUP BY exporter
    UNION ALL SELECT importer, 'goods_imports', min(year), max(year), list(DISTINCT source_id) FROM trade_pairs
              GROUP BY importer
) GROUP BY reporter, domain"""
"""Per reporter and domain of ``flows``: first and last year and the sources, read from the stored
tables (the same answer as grouping the ``flows`` view, without summing the matrix by chapter)."""

MIGRATIONS = {
    # 1 -> 2: the long table is renamed and ``flows`` becomes the view over it.
    "1": ["ALTER TABLE flows RENAME TO flow_rows"],
    # 2 -> 3: ``trade_pairs`` (created by DDL) is filled from the stored matrices.
    "2": [],
}

# Staging tables a loader fills inside the ingest transaction; ``_line`` is the
# 1-based line of the input file the row came from, for error messages.
STAGE_DDL = """
CREATE OR REPLACE TEMP TABLE stage_flows (
    year INTEGER, reporter VARCHAR, partner VARCHAR, domain VARCHAR, product VARCHAR,
    value DOUBLE, unit VARCHAR, _line BIGINT);
CREATE OR REPLACE TEMP TABLE stage_series (
    year INTEGER, country VARCHAR, indicator VARCHAR, value DOUBLE, unit VARCHAR, _line BIGINT);
CREATE OR REPLACE TEMP TABLE stage_ties (
    year INTEGER, country VARCHAR, partner VARCHAR, kind VARCHAR, _line BIGINT);
CREATE OR REPLACE TEMP TABLE stage_products (
    classification VARCHAR, code VARCHAR, description VARCHAR);
"""


def refresh_flows_view(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)define the ``flows`` view: with the matrix branches only when a matrix source is loaded."""
    has_matrix = con.execute("SELECT EXISTS (SELECT 1 FROM trade_matrix)").fetchone()[0]  # type: ignore[index]
    con.execute(FLOWS_VIEW_WITH_MATRIX if has_matrix else FLOWS_VIEW)


def store_matrix_sums(con: duckdb.DuckDBPyConnection, source_ids: list[str] | None = None) -> dict[str, int]:
    """Write the ``trade_pairs`` and ``trade_chapters`` rows of the matrix sources ``source_ids``
    (``None``: every matrix source without them yet); returns the rows written per table. Run inside
    the transaction that writes the matrix, so the sums and the flows they sum are committed, or
    rolled back, together.

    Summed on one thread, in the matrix's stored order: the order in which a report (which runs
    on one thread, see :meth:`~diversify.store.warehouse.Warehouse.deterministic`) summed them
    when the view did, so every figure stays the same to the last digit.
    """
    if source_ids is None:
        source_ids = [r[0] for r in con.execute(
            "SELECT DISTINCT source_id FROM trade_matrix "
            "WHERE source_id NOT IN (SELECT DISTINCT source_id FROM trade_pairs) ORDER BY 1").fetchall()]
    before = con.execute("SELECT current_setting('threads')").fetchone()[0]  # type: ignore[index]
    con.execute("SET threads = 1")
    try:
        return {table: sum(int(con.execute(sql, {"sid": s}).fetchall()[0][0]) for s in source_ids)
                for table, sql in MATRIX_SUMS.items()}
    finally:
        con.execute(f"SET threads = {int(before)}")
