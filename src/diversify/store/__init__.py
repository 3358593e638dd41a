"""DuckDB warehouse: connection, schema, transactional ingest, provenance."""

from diversify.store.schema import ALL_PRODUCTS
from diversify.store.warehouse import Warehouse

__all__ = ["ALL_PRODUCTS", "Warehouse"]
