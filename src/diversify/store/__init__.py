"""DuckDB warehouse: connection, schema, transactional ingest, provenance."""

from typing import TYPE_CHECKING, Any

from diversify.store.schema import ALL_PRODUCTS

if TYPE_CHECKING:
    from diversify.store.warehouse import Warehouse

__all__ = ["ALL_PRODUCTS", "Warehouse"]


def __getattr__(name: str) -> Any:
    # the warehouse imports DuckDB; it loads on first use, so the command line starts fast
    if name != "Warehouse":
        raise AttributeError(f"module 'diversify.store' has no attribute {name!r}")
    from diversify.store.warehouse import Warehouse

    return Warehouse
