"""Data for tariff scenarios: the reporter's exports and the competing-supplier base."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from diversify.errors import InputError
from diversify.scenarios.dependency import chapter_flows
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse


def reporter_exports(
    wh: Warehouse, tariff: Table, reporter: str, importer: str
) -> tuple[pd.DataFrame, int, str, list[str]]:
    """The reporter's exports to the importer by chapter: (frame[product, value], year, unit, source ids)."""
    year = tariff.integer("year", None, min=1800, max=2100)
    df = chapter_flows(wh, reporter, "goods_exports", year, importer)
    if df.empty:
        have = wh.query(
            "SELECT min(year), max(year) FROM flows WHERE reporter = ? AND partner = ? AND domain = 'goods_exports' "
            "AND regexp_matches(product, '^[0-9]{2}$')",
            [reporter, importer],
        )
        span = (
            f" (the warehouse has {have[0][0]}-{have[0][1]})"
            if have and have[0][0] is not None
            else ""
        )
        raise tariff.error(
            "year" if year is not None else "reporter",
            f"no {reporter} exports to {importer} by HS chapter"
            f"{' in ' + str(year) if year is not None else ''} in the warehouse{span}",
        )
    units = df["unit"].unique()
    return (
        df[["product", "value"]].reset_index(drop=True),
        int(df["year"].iat[0]),
        str(units[0]),
        sorted(df["source_id"].unique()),
    )


def load_base(
    wh: Warehouse,
    tariff: Table,
    exports: pd.DataFrame,
    reporter: str,
    importer: str,
    year: int,
    others: str,
) -> tuple[pd.DataFrame, dict[str, Any], list[Path], list[str]]:
    """The importer's market: rows (product, partner, value) for the reporter and its competitors."""
    base = tariff.table("base", None)
    if base is None:
        raise tariff.error(
            "base",
            "missing: say how the importer's other suppliers are formed, e.g. "
            '[tariff.base] method = "share", share = 0.125 (or method = "file" / "warehouse")',
        )
    method = base.string("method", "share", choices=("share", "file", "warehouse"))
    if method == "share":
        base.check_keys({"method", "share", "share_by_product", "note"})
        default = base.number("share", min=0.0, max=1.0, strict_min=True)
        by_product: dict[str, float] = {}
        sub = base.table("share_by_product", None)
        if sub is not None:
            for key in sub:
                if not re.fullmatch(r"\d{1,2}", key):
                    raise sub.error(key, f"expected an HS chapter such as \"27\", got '{key}'")
                by_product[key.zfill(2)] = sub.number(key, min=0.0, max=1.0, strict_min=True)
        share = exports["product"].map(lambda p: by_product.get(p, default)).to_numpy(float)
        rep = exports.assign(partner=reporter)
        oth = exports.assign(
            partner=others, value=exports["value"].to_numpy() * (1.0 - share) / share
        )
        frame = pd.concat([rep, oth[oth["value"] > 0]], ignore_index=True)
        info = {
            "method": "share",
            "share": default,
            "share_by_product": by_product,
            "note": base.string("note", ""),
        }
        return frame[["product", "partner", "value"]], info, [], []
    if method == "file":
        base.check_keys({"method", "file", "fx", "note"})
        path = base.path("file")
        fx = base.number("fx", 1.0, min=0.0, strict_min=True)
        others_frame = read_supplier_file(path, reporter)
        others_frame = others_frame[others_frame["product"].isin(exports["product"])]
        others_frame = others_frame.assign(value=others_frame["value"] * fx)
        frame = pd.concat([exports.assign(partner=reporter), others_frame], ignore_index=True)
        alone = sorted(set(exports["product"]) - set(others_frame["product"]))
        info = {
            "method": "file",
            "file": path.name,
            "fx": fx,
            "chapters_without_competitors": alone,
            "note": base.string("note", ""),
        }
        return frame[["product", "partner", "value"]], info, [path], []
    base.check_keys({"method", "note"})
    df = chapter_flows(wh, importer, "goods_imports", year)
    if df.empty:
        raise base.error(
            "method",
            f"the warehouse has no goods_imports by HS chapter reported by {importer} "
            f'for {year}; load them, or use method = "share" or "file"',
        )
    df = df[df["product"].isin(exports["product"])]
    info = {
        "method": "warehouse",
        "unit": str(df["unit"].iat[0]) if len(df) else None,
        "note": base.string("note", ""),
    }
    return (
        df[["product", "partner", "value"]].reset_index(drop=True),
        info,
        [],
        sorted(df["source_id"].unique()),
    )


def read_supplier_file(path: Path, reporter: str) -> pd.DataFrame:
    """A CSV of the importer's imports from other suppliers: product, partner, value."""
    from diversify.reference.countries import resolve_names

    try:
        con = duckdb.connect()
        raw = con.execute(
            "SELECT *, (row_number() OVER () + 1)::BIGINT AS _line FROM read_csv(?, header = true, "
            "all_varchar = true)",
            [str(path)],
        ).df()
        con.close()
    except duckdb.Error as exc:
        raise InputError(f"cannot read CSV ({exc})", path=path) from exc
    missing = [c for c in ("product", "partner", "value") if c not in raw.columns]
    if missing:
        raise InputError(
            f"missing columns {', '.join(missing)} (expected product, partner, value)",
            path=path,
            line=1,
        )
    value = pd.to_numeric(raw["value"], errors="coerce")
    bad = raw[value.isna() | (value < 0)]
    if len(bad):
        raise InputError(
            f"expected a non-negative number, got {bad['value'].iat[0]!r}",
            path=path,
            line=int(bad["_line"].iat[0]),
            field="value",
        )
    product = raw["product"].str.strip().str.zfill(2)
    bad = raw[~product.str.fullmatch(r"\d{2}")]
    if len(bad):
        raise InputError(
            f"expected an HS chapter such as 27, got {bad['product'].iat[0]!r}",
            path=path,
            line=int(bad["_line"].iat[0]),
            field="product",
        )
    codes = resolve_names(raw["partner"].str.strip())
    partner = raw["partner"].str.strip().map(codes)
    bad = raw[partner.isna()]
    if len(bad):
        raise InputError(
            f"unknown country '{bad['partner'].iat[0]}'",
            path=path,
            line=int(bad["_line"].iat[0]),
            field="partner",
        )
    bad = raw[partner == reporter]
    if len(bad):
        raise InputError(
            f"lists {reporter}, whose flows come from the warehouse; list only the other suppliers",
            path=path,
            line=int(bad["_line"].iat[0]),
            field="partner",
        )
    out = pd.DataFrame({"product": product, "partner": partner, "value": value})
    return out.groupby(["product", "partner"], as_index=False)["value"].sum()
