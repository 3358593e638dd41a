"""The embedded default data: built from the original public files, loaded into new warehouses.

``diversify data build --from DIR`` ingests the public files below ``DIR`` (the
layout of the project's shared data folder) with the ordinary loaders, then
writes compact Parquet tables into the package's ``data/default`` folder:

* Canada's trade by partner and HS chapter, and by province, 2000-2024 / 1990-2024;
* SIPRI arms transfers (yearly TIV derived from the trade register);
* SIPRI military expenditure (share of GDP, constant US$);
* COW dyadic trade from 2000 (the matrix ends in 2014), COW national series from 1990;
* ATOP and COW alliance ties from 1990.

Each row keeps its ``source_id``, and ``sources.parquet`` keeps each original
file's name, SHA-256 and citation, so every figure traces back to its raw file.
A file of which only part is kept (:data:`SUBSETS`) is recorded as a subset, a
source of its own with its own hash and row count, naming the full file's
SHA-256 in its notes: ingesting the full file replaces it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from diversify.errors import InputError

if TYPE_CHECKING:
    import duckdb

DEFAULT_FILES: list[tuple[str, str]] = [
    ("sipri/sipri_trade_register_1950_2024_raw.csv.gz", "sipri_register"),
    ("defence_spending/sipri_milex_share_of_gdp_owid_1949_2024.csv", "sipri_milex_gdp"),
    ("defence_spending/sipri_milex_constant_usd_owid_1949_2025.csv", "sipri_milex_usd"),
    ("defence_spending/cow_nmc_1816_2022.csv.gz", "cow_nmc"),
    ("trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet", "canada_tdo_hs2"),
    ("trade_canada/canada_trade_by_province_partner_1990_2024.parquet", "canada_tdo_partner"),
    ("trade_bilateral/cow_dyadic_trade_v4_1870_2014.parquet", "cow_trade"),
    ("trade_bilateral/cow_national_trade_v4_1870_2014.csv.gz", "cow_trade_national"),
    ("alliances/atop5_dyad_year_1815_2018.csv.gz", "atop"),
    ("alliances/cow_alliance_v4_1_dyad_year_1816_2012.csv.gz", "cow_alliance"),
]

@dataclass(frozen=True)
class Subset:
    """The part of a public file the embedded data keep: rows of ``table`` where ``keep`` holds."""

    table: str
    keep: str
    rule: str


# What the embedded tables keep of the larger files (the full files stay loadable with
# `diversify ingest`, which replaces the subset: it is a source of its own, see trim_to_subsets).
SUBSETS: dict[str, Subset] = {
    "cow_trade": Subset("flow_rows", "year >= 2000", "years from 2000"),
    "cow_trade_national": Subset("national_series", "year >= 1990", "years from 1990"),
    "cow_nmc": Subset("national_series", "year >= 1990", "years from 1990"),
    "atop": Subset("ties", "year >= 1990", "years from 1990"),
    "cow_alliance": Subset("ties", "year >= 1990", "years from 1990"),
}
# Each table is written in a total order (every column in the ORDER BY), so building twice from
# the same files writes the same bytes: with ties (Statistics Canada and COW both give Canada's
# exports to a partner in a year) the rows of a tie came out in either order.
EXPORTS: dict[str, str] = {
    "flows": (
        "SELECT * FROM flows ORDER BY domain, reporter, product, partner, year, source_id, unit, value"
    ),
    "national_series": (
        "SELECT * FROM national_series ORDER BY indicator, country, year, source_id, unit, value"
    ),
    "ties": "SELECT * FROM ties ORDER BY source_id, kind, country, partner, year",
    "products": "SELECT * FROM products ORDER BY classification, code, description",
    "sources": "SELECT * FROM sources ORDER BY source_id",
    "unmatched_names": "SELECT * FROM unmatched_names ORDER BY source_id, field, name, rows",
}
# Gravity tables shipped for the GE scenario examples: name -> (public file, year).
GRAVITY_TABLES: dict[str, tuple[str, int]] = {
    "yotov_2006": ("gravity/yotov2016_gravity_69c_1986_2006_with_domestic_rta.csv.gz", 2006),
}
GRAVITY_SQL = """
SELECT exporter, importer, year, trade, ln(DIST) AS lndist, CNTG AS contiguity,
       LANG AS common_language, CLNY AS colony, RTA AS rta,
       CASE WHEN exporter = importer THEN 0 ELSE 1 END AS international
FROM read_csv(?, header = true) WHERE year = ? ORDER BY exporter, importer
"""
TABLE_ORDER = ("sources", "flows", "national_series", "ties", "products", "unmatched_names")
# The stored table behind an embedded one: ``flows`` is a view over ``flow_rows`` (and any matrix).
STORED = {"flows": "flow_rows"}


def subset_sha256(full_sha256: str, rule: str) -> str:
    """The identity of a subset of a file: the SHA-256 of the file's hash and the subset's rule."""
    return hashlib.sha256(f"{full_sha256}\n{rule}".encode()).hexdigest()


def trim_to_subsets(con: duckdb.DuckDBPyConnection) -> None:
    """Keep only :data:`SUBSETS` of the loaded files, each under a source of its own.

    A subset gets its own hash (:func:`subset_sha256`), source id and row count, and says in its
    version and notes which file (and that file's SHA-256) it was cut from, so ``diversify ingest``
    of the full file is not taken for a file already loaded: it replaces the subset.
    """
    from diversify.store.ingest import source_id_of

    for loader, sub in SUBSETS.items():
        row = con.execute(
            "SELECT source_id, dataset_key, sha256, file_name FROM sources WHERE loader = ?", [loader]
        ).fetchone()
        if row is None:
            continue
        old_id, key, sha, file_name = row
        con.execute(f"DELETE FROM {sub.table} WHERE source_id = ? AND NOT ({sub.keep})", [old_id])
        sub_sha = subset_sha256(sha, sub.rule)
        new_id = source_id_of(key, sub_sha)
        for table in (sub.table, "unmatched_names"):
            con.execute(f"UPDATE {table} SET source_id = ? WHERE source_id = ?", [new_id, old_id])
        rows = con.execute(f"SELECT count(*) FROM {sub.table} WHERE source_id = ?", [new_id]).fetchone()[0]  # type: ignore[index]
        note = (
            f"embedded subset ({sub.rule}) of {file_name}, SHA-256 {sha}; "
            "`diversify ingest` the full file to replace it"
        )
        con.execute(
            """INSERT INTO sources SELECT ?, dataset_key, loader, publisher, dataset,
                   concat_ws('; ', version, 'embedded subset: ' || ?), file_name, ?, citation, licence,
                   method, priority, ?, concat_ws('; ', notes, ?), ingested_at
               FROM sources WHERE source_id = ?""",
            [new_id, sub.rule, sub_sha, rows, note, old_id],
        )
        con.execute("DELETE FROM sources WHERE source_id = ?", [old_id])


def default_dir() -> Path:
    return Path(str(resources.files("diversify").joinpath("data", "default")))


def pin_ingest_times(con: duckdb.DuckDBPyConnection, epoch: int) -> None:
    """Stamp the sources as ingested at ``epoch`` (seconds since 1970, UTC), one second apart in
    the order they were ingested (which decides between sources of equal priority)."""
    import datetime as dt

    order = "SELECT source_id FROM sources ORDER BY ingested_at, source_id"
    ids = [r[0] for r in con.execute(order).fetchall()]
    start = dt.datetime.fromtimestamp(epoch, dt.UTC).replace(tzinfo=None)
    for i, source_id in enumerate(ids):
        con.execute(
            "UPDATE sources SET ingested_at = ? WHERE source_id = ?",
            [start + dt.timedelta(seconds=i), source_id],
        )


def source_date_epoch() -> int | None:
    """``$SOURCE_DATE_EPOCH`` (the reproducible-builds convention), or ``None`` when unset."""
    import os

    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InputError(
            f"expected whole seconds since 1970, got {value!r}", field="SOURCE_DATE_EPOCH"
        )
    return int(value)


def build_default_data(
    source_dir: Path,
    out_dir: Path | None = None,
    *,
    files: list[tuple[str, str]] | None = None,
    gravity: dict[str, tuple[str, int]] | None = None,
) -> dict[str, int]:
    """Ingest the public files below ``source_dir`` and write the embedded tables.

    The output is the same bytes on every build from the same files: every table is written in
    a total order, and sums add their terms in the files' order. The sources' ``ingested_at``
    is the time of the build, or ``$SOURCE_DATE_EPOCH`` when set (then the whole folder is
    byte-reproducible). ``files`` and ``gravity`` default to :data:`DEFAULT_FILES` and
    :data:`GRAVITY_TABLES`.
    """
    from diversify.store import Warehouse

    files = DEFAULT_FILES if files is None else files
    gravity = GRAVITY_TABLES if gravity is None else gravity
    epoch = source_date_epoch()
    out = out_dir or default_dir()
    wanted = [rel for rel, _ in files] + [rel for rel, _ in gravity.values()]
    missing = [rel for rel in wanted if not (source_dir / rel).is_file()]
    if missing:
        raise InputError(f"missing public files: {', '.join(missing)}", path=source_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with Warehouse(":memory:", seed=False) as wh:
        for rel, loader in files:
            wh.ingest(source_dir / rel, loader)
        trim_to_subsets(wh.con)
        if epoch is not None:
            pin_ingest_times(wh.con, epoch)
        for table, sql in EXPORTS.items():
            target = out / f"{table}.parquet"
            wh.con.execute(
                f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19)"
            )
            counts[table] = int(wh.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0])  # type: ignore[index]
        manifest: dict[str, Any] = {
            "tables": counts,
            "sources": [
                {k: (str(v) if k == "ingested_at" else v) for k, v in row.items()} for row in wh.sources()
            ],
        }
    import duckdb

    for name, (rel, year) in gravity.items():
        frame = duckdb.connect().execute(GRAVITY_SQL, [str(source_dir / rel), year]).df()
        frame.to_csv(out / f"gravity_{name}.csv.gz", index=False, float_format="%.10g",
                     compression={"method": "gzip", "mtime": 0})
        counts[f"gravity_{name}"] = len(frame)
        manifest_gravity = manifest.setdefault("gravity", {})
        manifest_gravity[name] = {
            "file": rel, "year": year, "rows": len(frame),
            "citation": "Yotov, Piermartini, Monteiro and Larch (2016), An Advanced Guide to Trade "
            "Policy Analysis: The Structural Gravity Model, WTO/UNCTAD (manufacturing trade incl. "
            "domestic flows, US$ millions)",
        }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n", "utf-8")
    return counts


def embedded_gravity_path(name: str) -> Path:
    """The shipped gravity table ``name`` (see ``GRAVITY_TABLES``)."""
    if name not in GRAVITY_TABLES:
        raise InputError(
            f"unknown embedded gravity table '{name}' (expected one of: {', '.join(GRAVITY_TABLES)})",
            field="gravity.data",
        )
    return default_dir() / f"gravity_{name}.csv.gz"


def load_default_data(con: duckdb.DuckDBPyConnection, *, progress: bool = False) -> None:
    """Fill a new warehouse's tables from the embedded Parquet files."""
    from rich.progress import Progress

    folder = default_dir()
    if not (folder / "sources.parquet").is_file():
        raise InputError(
            "the embedded default data are missing from this installation; rebuild them with "
            "`diversify data build --from DIR`",
            path=folder,
        )
    with Progress(transient=True, disable=not progress) as bar:
        task = bar.add_task("building the warehouse from the embedded data", total=len(TABLE_ORDER))
        for table in TABLE_ORDER:
            path = folder / f"{table}.parquet"
            if path.is_file():
                con.execute(f"INSERT INTO {STORED.get(table, table)} SELECT * FROM read_parquet(?)", [str(path)])
            bar.advance(task)


def register(app: typer.Typer, data_app: typer.Typer) -> None:
    @data_app.command("build")
    def build(
        source: Annotated[Path, typer.Option("--from", help="Folder holding the public files (shared data layout).")],
        out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: the package's data/default).")] = None,
    ) -> None:
        """Regenerate the embedded default data from the original public files."""
        counts = build_default_data(source, out)
        for table, n in counts.items():
            typer.echo(f"{table:16s} {n:>10,d} rows")
        size = sum(p.stat().st_size for p in (out or default_dir()).glob("*.parquet"))
        typer.echo(f"written to {out or default_dir()} ({size / 1e6:.2f} MB)")

    @data_app.command("info")
    def info() -> None:
        """What the embedded default data hold, with citations."""
        manifest = json.loads((default_dir() / "manifest.json").read_text("utf-8"))
        for table, n in manifest["tables"].items():
            typer.echo(f"{table:16s} {n:>10,d} rows")
        for s in manifest["sources"]:
            typer.echo(f"- {s['source_id']}: {s['citation']} ({s['file_name']}, sha256 {s['sha256'][:12]})")
