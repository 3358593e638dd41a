"""Canonical tables of the warehouse, defined once.

``flows`` is one long table for every bilateral domain (goods trade, arms
transfers, ...), so one set of indicator queries serves them all:

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

ALL_PRODUCTS = "_ALL"
"""Marker in ``flows.product`` for a value over all products."""

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
CREATE TABLE IF NOT EXISTS flows (
    year      SMALLINT NOT NULL,
    reporter  VARCHAR NOT NULL,
    partner   VARCHAR NOT NULL,
    domain    VARCHAR NOT NULL,
    product   VARCHAR NOT NULL,
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

SCHEMA_VERSION = "1"

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
