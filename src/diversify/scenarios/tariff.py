"""Partial-equilibrium tariff scenarios (WITS-SMART) on the warehouse's trade flows.

A ``[tariff]`` scenario simulates one importing market (``importer``) by HS
chapter. The base is the ``reporter``'s exports to the importer by chapter
(for Canada: Statistics Canada's customs data, in CAD), read as the importer's
imports from the reporter. The importer's imports from its *other* suppliers
are not in the warehouse at chapter level (COW has totals to 2014 only), so
``[tariff.base]`` says how they are formed:

``method = "share"`` (default)
    the reporter's assumed share of the importer's imports, ``share`` for every
    chapter and ``share_by_product`` for chapters where better figures are known;
    the other suppliers are one aggregate, ``OTHERS``, of value
    ``M_reporter (1 - s) / s``;
``method = "file"``
    a CSV (``file``, columns ``product, partner, value``) of the importer's
    imports from its other suppliers, in the warehouse's unit (or times ``fx``);
``method = "warehouse"``
    the importer's own ``goods_imports`` by chapter in the warehouse (any
    source a user has loaded); the reporter's relative change is applied to its
    own export figures.

The model is :func:`diversify.scenarios.smart.simulate`. After the shock the
reporter's export-partner shares, HHI (sum of squared partner shares) and the
importer's share are recomputed with the definitions of
:mod:`diversify.indicators.shares`; exports to every other market are held at
their baseline (one market, as in SMART; see the rerouting scenarios).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from diversify.scenarios.dependency import compare_indicators, export_values
from diversify.scenarios.elasticities import load_elasticities
from diversify.scenarios.result import Outcome
from diversify.scenarios.smart import simulate
from diversify.scenarios.spec import Table
from diversify.scenarios.tariff_data import load_base, reporter_exports

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
OTHERS = "OTHERS"
BaseMethod = Literal["share", "file", "warehouse"]
_CHAPTER = re.compile(r"^(\d{1,2})(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Rule:
    """One ``[[tariff.changes]]`` entry."""

    exporter: str  # ISO3 code, OTHERS or "*"
    chapters: tuple[tuple[int, int], ...] | None  # None: every chapter
    level: int  # 2 exact chapter, 1 range, 0 every chapter
    rate: float
    baseline: float
    field: str


def _chapters(table: Table) -> tuple[tuple[tuple[int, int], ...] | None, int]:
    raw = table.raw("product", "*")
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        raise table.error(
            "product",
            f'expected "*", an HS chapter such as "27", a range such as "84-85" '
            f"or a list of them, got {raw!r}",
        )
    if items == ["*"]:
        return None, 0
    spans, level = [], 2
    for item in items:
        m = _CHAPTER.match(item.strip())
        if not m:
            raise table.error(
                "product",
                f'expected "*", an HS chapter such as "27" or a range such as '
                f'"84-85", got {item!r}',
            )
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if m.group(2):
            level = min(level, 1)
        spans.append((lo, hi))
    return tuple(spans), level


ZERO_TOTAL = 1e-12
"""Market totals within this fraction of the market's imports of zero are reported as 0: sums
over chapters of terms that cancel (diversion sums to zero in every market) leave rounding of
about 1e-17 of the market, far below any real figure (CAD 3 for a market of CAD 3 trillion)."""

MAX_RATE = 10.0
"""Highest ad valorem rate a scenario may set: 10 = 1,000% (prohibitive long before)."""


def parse_rules(tariff: Table, importer: str, reporter: str) -> list[Rule]:
    rules = []
    for t in tariff.tables("changes"):
        t.check_keys({"importer", "exporter", "product", "rate", "baseline"})
        if "importer" in t and t.country("importer") != importer:
            raise t.error(
                "importer",
                f"SMART simulates one importing market ({importer}); got {t.country('importer')}",
            )
        raw_exp = t.string("exporter", reporter)
        exporter = raw_exp if raw_exp in ("*", OTHERS) else t.to_country(raw_exp, "exporter")
        spans, level = _chapters(t)
        rules.append(
            Rule(
                exporter,
                spans,
                level,
                float(t.number("rate", min=0.0, max=MAX_RATE)),
                float(t.number("baseline", 0.0, min=0.0, max=MAX_RATE)),
                t.field,
            )
        )
    if not rules:
        raise tariff.error(
            "changes", "a tariff scenario needs at least one [[tariff.changes]] entry"
        )
    return rules


def apply_rules(base: pd.DataFrame, rules: list[Rule], tariff: Table) -> pd.DataFrame:
    """Columns t0, t1 from the most specific matching rule (a country beats "*",
    a chapter beats a range beats "*"); unmatched rows keep a zero tariff."""
    chapter = base["product"].astype(int).to_numpy()
    best = np.full(len(base), -1)
    t0 = np.zeros(len(base))
    t1 = np.zeros(len(base))
    owner = np.full(len(base), -1)
    suppliers = sorted(set(base["partner"]))
    for rule in rules:
        if rule.exporter != "*" and rule.exporter not in suppliers:
            raise tariff.source.error(
                f"{rule.field}.exporter",
                f"{rule.exporter} is not a supplier in the base (its suppliers: "
                f"{', '.join(suppliers)}), so this entry would change nothing; "
                + (
                    f'other suppliers are one aggregate, {OTHERS}, under method = "share": '
                    f'use exporter = "{OTHERS}", or method = "file" to list {rule.exporter}'
                    if OTHERS in suppliers
                    else f"add {rule.exporter} to the base or remove the entry"
                ),
            )
    for i, rule in enumerate(rules):
        hit = (
            np.ones(len(base), bool)
            if rule.exporter == "*"
            else (base["partner"] == rule.exporter).to_numpy()
        )
        if rule.chapters is not None:
            hit &= np.any([(chapter >= lo) & (chapter <= hi) for lo, hi in rule.chapters], axis=0)
        score = (0 if rule.exporter == "*" else 10) + rule.level
        clash = hit & (best == score) & ((t1 != rule.rate) | (t0 != rule.baseline))
        if clash.any():
            j = int(np.flatnonzero(clash)[0])
            raise tariff.source.error(
                rule.field,
                (
                    f"conflicts with {rules[owner[j]].field} for {base['partner'].iat[j]}, HS {base['product'].iat[j]} "
                    "(two equally specific entries give different rates)"
                ),
            )
        take = hit & (score > best)
        best = np.where(take, score, best)
        owner = np.where(take, i, owner)
        t0 = np.where(take, rule.baseline, t0)
        t1 = np.where(take, rule.rate, t1)
    if (best < 0).all():
        raise tariff.error("changes", "no entry matches any supplier and chapter of the base")
    out = base.copy()
    out["t0"], out["t1"] = t0, t1
    return out


def _elasticity_columns(
    frame: pd.DataFrame, tariff: Table
) -> tuple[pd.DataFrame, list[Path], dict[str, Any]]:
    el = load_elasticities(tariff.table("elasticities", None))
    chapters = sorted(frame["product"].unique())
    values = {
        p: {
            param: el.value(param, p)[0]
            for param in ("import_demand", "substitution", "export_supply")
        }
        for p in chapters
    }
    out = frame.copy()
    out["e_m"] = out["product"].map(lambda p: values[p]["import_demand"])
    out["sigma"] = out["product"].map(lambda p: values[p]["substitution"])
    out["e_x"] = out["product"].map(lambda p: values[p]["export_supply"])
    used = {
        p: {
            "import_demand": v["import_demand"],
            "substitution": v["substitution"],
            "export_supply": v["export_supply"],
        }
        for p, v in values.items()
    }
    return out, list(el.files), used


def exports_after(
    before: pd.Series, importer: str, change: float, all_chapters: float
) -> pd.Series:
    """The reporter's exports by partner after a simulated ``change`` in its exports to ``importer``.

    The importer's all-products figure moves by the relative change of the chapter sum
    (``all_chapters``, every chapter, not only those simulated), so that when every chapter
    falls to zero so does the importer's share, whatever the all-products figure holds beyond
    the chapters; every other partner keeps its baseline.
    """
    after = before.copy()
    relative = change / all_chapters if all_chapters > 0 else 0.0
    after.loc[importer] = max(float(before.get(importer, 0.0)) * (1.0 + relative), 0.0)
    return after


@dataclass(frozen=True)
class TariffSetup:
    """A ``[tariff]`` scenario read and checked against the warehouse, ready to simulate.

    Built once by :func:`set_up`; the one-shot run and every trial of its uncertainty bands
    (:mod:`diversify.scenarios.tariff_bands`) simulate its ``frame``.
    """

    frame: pd.DataFrame
    """The SMART input table (:data:`diversify.scenarios.smart.INPUT_COLUMNS`)."""
    exports: pd.DataFrame
    """The reporter's exports to the importer by chapter (product, value), those simulated."""
    all_chapters: float
    """The reporter's exports to the importer summed over every chapter, simulated or not."""
    reporter: str
    importer: str
    year: int
    unit: str
    base_info: dict[str, Any]
    """How the importer's other suppliers were formed (the ``base`` of the results)."""
    elasticities: dict[str, dict[str, float]]
    """Chapter -> the elasticities used."""
    exports_by_partner: pd.Series
    """The reporter's goods exports by partner in ``year``, before the shock."""
    basis: str
    """What ``exports_by_partner`` sums: all products, or the HS chapters."""
    dependency_sources: list[str]
    """Source ids of ``exports_by_partner``."""
    files: tuple[Path, ...]
    """Files read: a supplier CSV, elasticity files."""
    source_ids: tuple[str, ...]
    """Warehouse sources of the base."""


def set_up(tariff: Table, wh: Warehouse) -> TariffSetup:
    """Read and check a ``[tariff]`` scenario table and the warehouse data it needs."""
    tariff.check_keys(
        {"importer", "reporter", "year", "changes", "base", "elasticities", "products"}
    )
    importer = tariff.country("importer")
    reporter = tariff.country("reporter", "CAN")
    if importer == reporter:
        raise tariff.error("importer", f"the importer must differ from the reporter ({reporter})")
    exports, year, unit, sources = reporter_exports(wh, tariff, reporter, importer)
    all_chapters = float(exports["value"].sum())
    if "products" in tariff:
        keep = {c.zfill(2) for c in tariff.str_list("products")}
        exports = exports[exports["product"].isin(keep)]
        if exports.empty:
            raise tariff.error(
                "products", f"none of these chapters has {reporter} exports to {importer} in {year}"
            )
    base, base_info, files, more_sources = load_base(
        wh, tariff, exports, reporter, importer, year, OTHERS
    )
    rules = parse_rules(tariff, importer, reporter)
    frame = apply_rules(base, rules, tariff)
    frame, el_files, used = _elasticity_columns(frame, tariff)
    by_partner, basis, dep_sources = export_values(wh, reporter, year)
    return TariffSetup(
        frame=frame,
        exports=exports,
        all_chapters=all_chapters,
        reporter=reporter,
        importer=importer,
        year=year,
        unit=unit,
        base_info=base_info,
        elasticities=used,
        exports_by_partner=by_partner,
        basis=basis,
        dependency_sources=dep_sources,
        files=tuple(files) + tuple(el_files),
        source_ids=tuple(sorted(set(sources) | set(more_sources))),
    )


def run(tariff: Table, wh: Warehouse) -> Outcome:
    """Run a ``[tariff]`` scenario table against the warehouse."""
    return run_setup(set_up(tariff, wh), wh)


def run_setup(setup: TariffSetup, wh: Warehouse) -> Outcome:
    """Simulate a scenario :func:`set_up` has read, and measure the results."""
    results = _results(simulate(setup.frame), setup, wh)
    return Outcome(
        results=results,
        files=setup.files,
        source_ids=tuple(sorted(set(setup.source_ids) | set(results["dependency"]["source_ids"]))),
    )


def _results(sim: pd.DataFrame, setup: TariffSetup, wh: Warehouse) -> dict[str, Any]:
    reporter, importer, year = setup.reporter, setup.importer, setup.year
    unit, base_info, used = setup.unit, setup.base_info, setup.elasticities
    rep = sim[sim["partner"] == reporter].set_index("product")
    # The reporter's own export figure times the simulated relative change (equal
    # to the simulated change itself unless the base came from the importer's data).
    own = setup.exports.set_index("product")["value"].reindex(rep.index).fillna(0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(
            rep["value"] > 0, rep["after"] / rep["value"].where(rep["value"] > 0, 1.0), 1.0
        )
    own_after = own * rel
    by_partner = setup.exports_by_partner
    change = float((own_after - own).sum())
    by_partner_after = exports_after(by_partner, importer, change, setup.all_chapters)
    dep, shares = compare_indicators(
        by_partner, by_partner_after, importer, setup.basis, setup.dependency_sources
    )

    desc = dict(wh.query("SELECT code, description FROM products WHERE classification = 'HS'"))
    market = sim.groupby("product").agg(
        market_before=("value", "sum"),
        market_after=("after", "sum"),
        revenue_before=("revenue_before", "sum"),
        revenue_after=("revenue_after", "sum"),
        cs_change=("cs_change", "sum"),
        deadweight_change=("deadweight_change", "sum"),
        smart_deadweight=("smart_deadweight", "sum"),
    )
    by_product = []
    for p, row in market.iterrows():
        e = used[p]
        before, after = float(own.get(p, 0.0)), float(own_after.get(p, 0.0))
        by_product.append(
            {
                "product": p,
                "description": desc.get(p, ""),
                "tariff_before": float(rep["t0"].get(p, 0.0)),
                "tariff_after": float(rep["t1"].get(p, 0.0)),
                "reporter_before": before,
                "reporter_after": after,
                "reporter_change": after - before,
                "reporter_change_pct": 100.0 * (after / before - 1.0) if before > 0 else None,
                "market_before": float(row["market_before"]),
                "market_after": float(row["market_after"]),
                "revenue_change": float(row["revenue_after"] - row["revenue_before"]),
                "consumer_surplus_change": float(row["cs_change"]),
                "deadweight_change": float(row["deadweight_change"]),
                "smart_deadweight": float(row["smart_deadweight"]),
                "import_demand_elasticity": e["import_demand"],
                "substitution_elasticity": e["substitution"],
                "export_supply_elasticity": e["export_supply"],
            }
        )
    by_partner = [
        {
            "product": r.product,
            "partner": r.partner,
            "tariff_before": r.t0,
            "tariff_after": r.t1,
            "before": r.value,
            "after": r.after,
            "change": r.change,
            "creation": r.creation,
            "diversion": r.diversion,
            "price_effect": r.price_effect,
        }
        for r in sim.itertuples(index=False)
    ]
    tot = sim.groupby("partner").agg(before=("value", "sum"), after=("after", "sum")).reset_index()
    partners = [
        {
            "partner": r.partner,
            "before": r.before,
            "after": r.after,
            "change": r.after - r.before,
            "change_pct": 100.0 * (r.after / r.before - 1.0) if r.before > 0 else None,
        }
        for r in tot.sort_values("before", ascending=False).itertuples(index=False)
    ]
    before_total, after_total = float(own.sum()), float(own_after.sum())
    rev0, rev1 = float(sim["revenue_before"].sum()), float(sim["revenue_after"].sum())
    cs = float(sim["cs_change"].sum())
    imports = float(sim["value"].sum())

    def total(column: str) -> float:
        """A market total; one within rounding of zero (ZERO_TOTAL of the market) is 0."""
        value = float(sim[column].sum())
        return 0.0 if abs(value) <= ZERO_TOTAL * imports else value

    return {
        "importer": importer,
        "reporter": reporter,
        "year": year,
        "unit": unit,
        "chapters": len(market),
        "reporter_exports_to_importer": {
            "before": before_total,
            "after": after_total,
            "change": after_total - before_total,
            "change_pct": 100.0 * (after_total / before_total - 1.0) if before_total > 0 else None,
        },
        "market": {
            "imports_before": imports,
            "imports_after": float(sim["after"].sum()),
            "trade_creation": total("creation"),
            "trade_diversion": total("diversion"),
            "price_effect": total("price_effect"),
            "tariff_revenue_before": rev0,
            "tariff_revenue_after": rev1,
            "tariff_revenue_change": rev1 - rev0,
            "consumer_surplus_change": cs,
            "deadweight_change": total("deadweight_change"),
            "smart_deadweight": total("smart_deadweight"),
            "terms_of_trade_change": total("terms_of_trade"),
            "net_welfare_change": cs + rev1 - rev0,
        },
        "dependency": dep,
        "base": base_info,
        "by_product": by_product,
        "by_partner": by_partner,
        "partners": partners,
        "reporter_partner_shares": shares,
    }
