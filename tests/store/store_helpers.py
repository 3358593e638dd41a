"""Helpers shared by the store tests."""

from __future__ import annotations

from pathlib import Path


def synthetic_layout(folder: Path, rows: int, *, countries: int, products: int) -> tuple[Path, Path, dict[str, int]]:
    """A seeded BACI-shaped year ingested into a warehouse (with the embedded data) and exported as
    the Parquet layout: the warehouse file, the layout folder and the rows exported per table."""
    from diversify.sources.baci_synthetic import write_baci_like
    from diversify.store import Warehouse
    from diversify.store.parquet_layout import export_parquet

    baci = write_baci_like(folder / "baci", rows, years=(2022,), countries=countries, products=products)[0]
    with Warehouse(folder / "w.duckdb") as wh:
        wh.ingest(baci, "baci")
        exported = export_parquet(wh, folder / "pq")
    return folder / "w.duckdb", folder / "pq", exported
