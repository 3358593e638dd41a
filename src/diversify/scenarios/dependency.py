"""The reporter's export-partner indicators before and after a scenario.

The same definitions as :mod:`diversify.indicators.shares`: a partner's share
is its value over the sum over all partners; HHI is the sum of squared shares;
the effective number of partners is ``1 / HHI``. Values come from the
all-products partner totals the indicators use, or from the sum of HS chapters
when the warehouse has no all-products figures for the year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from diversify.store import Warehouse

# Flows of one reporter and domain by HS chapter, from the source of lowest
# priority (then the most recently ingested) in each year, as the indicators do.
_CHAPTER_FLOWS = """
WITH cand AS (
    SELECT f.year, f.partner, f.product, f.value, f.unit, f.source_id, s.priority, s.ingested_at
    FROM flows f JOIN sources s ON s.source_id = f.source_id
    WHERE f.reporter = $reporter AND f.domain = $domain AND regexp_matches(f.product, '^[0-9]{2}$')
      AND ($partner IS NULL OR f.partner = $partner)
),
ranked AS (
    SELECT year, source_id,
           row_number() OVER (PARTITION BY year ORDER BY min(priority), max(ingested_at) DESC) AS rk
    FROM cand GROUP BY year, source_id
)
SELECT c.year, c.partner, c.product, sum(c.value) AS value, any_value(c.unit) AS unit,
       any_value(c.source_id) AS source_id
FROM cand c JOIN ranked r ON r.year = c.year AND r.source_id = c.source_id AND r.rk = 1
WHERE c.year = coalesce($year, (SELECT max(year) FROM cand))
GROUP BY c.year, c.partner, c.product
ORDER BY c.product, c.partner
"""


def chapter_flows(
    wh: Warehouse, reporter: str, domain: str, year: int | None, partner: str | None = None
) -> pd.DataFrame:
    """Columns year, partner, product, value, unit, source_id (latest year when ``year`` is None)."""
    params = {"reporter": reporter, "domain": domain, "year": year, "partner": partner}
    return wh.con.execute(_CHAPTER_FLOWS, params).df()


def export_values(wh: Warehouse, reporter: str, year: int) -> tuple[pd.Series, str, list[str]]:
    """The reporter's goods exports by partner in ``year``: (values, basis, source ids)."""
    from diversify.indicators import DOMAINS, partner_shares

    ps = partner_shares(wh, reporter, DOMAINS["goods_exports"], year, year)
    if not ps.empty:
        sources = sorted({s for ids in ps["source_ids"] for s in ids})
        return ps.groupby("partner")["value"].sum(), "all products", sources
    ch = chapter_flows(wh, reporter, "goods_exports", year)
    return (
        ch.groupby("partner")["value"].sum(),
        "sum of HS chapters",
        sorted(ch["source_id"].unique()),
    )


def indicators_of(values: pd.Series, focus: str) -> dict[str, Any]:
    """total, share of ``focus`` (``partner_share``), HHI, effective partners and top partner of partner values."""
    total = float(values.sum())
    share = values / total
    hhi = float(np.sum(share.to_numpy() ** 2))
    return {
        "total": total,
        "partner_share": float(share.get(focus, 0.0)),
        "hhi": hhi,
        "effective_partners": 1.0 / hhi,
        "top_partner": str(share.idxmax()),
    }


def compare_indicators(
    before: pd.Series, after: pd.Series, focus: str, basis: str, sources: list[str], top: int = 10
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Indicators before and after (``hhi_before``, ``hhi_after`` ...) and a table of the top partners."""
    b, a = indicators_of(before, focus), indicators_of(after, focus)
    dep = {
        "basis": basis,
        "source_ids": sources,
        "partner": focus,
        **{f"{k}_before": v for k, v in b.items()},
        **{f"{k}_after": v for k, v in a.items()},
    }
    keep = list(before.sort_values(ascending=False).index[:top])
    keep += [p for p in after.sort_values(ascending=False).index[:top] if p not in keep]
    if focus not in keep:
        keep.append(focus)
    sb, sa = before / before.sum(), after / after.sum()
    rows = [
        {
            "partner": p,
            "value_before": float(before.get(p, 0.0)),
            "value_after": float(after.get(p, 0.0)),
            "share_before": float(sb.get(p, 0.0)),
            "share_after": float(sa.get(p, 0.0)),
        }
        for p in keep
    ]
    return dep, rows
