"""Partner shares, concentration (HHI, effective partners) and bloc shares.

Definitions (stated because publishers normalise differently):

* share of partner p in year Y: ``v_p / sum_q v_q`` over all partners q of the
  reporter in that domain (unknown partners count as one partner ``XXX``);
* HHI: ``sum_p share_p ** 2``, in ``[1/n, 1]`` (also shown x 10,000);
* effective number of partners: ``1 / HHI``;
* bloc share: the summed shares of the partners that are members of the bloc on
  1 July of Y (see :mod:`diversify.reference.blocs`).

Where several sources cover the same reporter, domain and year, the one of
lowest ``priority`` wins (national statistics before world matrices), then the
most recently ingested, so figures are never double counted. With a window of
``w`` years, year Y's value is the sum over years ``Y-w+1 .. Y``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from diversify.indicators.domains import Domain

if TYPE_CHECKING:
    from diversify.store import Warehouse

SELECTED_SQL = """
cand AS (
    SELECT f.year, f.partner, f.value, f.unit, f.source_id, s.priority, s.ingested_at
    FROM flows f JOIN sources s ON s.source_id = f.source_id
    WHERE f.reporter = $reporter AND f.domain = $flow_domain AND f.product = $product
),
ranked AS (
    SELECT year, source_id,
           row_number() OVER (PARTITION BY year ORDER BY min(priority), max(ingested_at) DESC) AS rk
    FROM cand GROUP BY year, source_id
),
selected AS (
    SELECT c.year, c.partner, c.value, c.unit, c.source_id
    FROM cand c JOIN ranked r ON r.year = c.year AND r.source_id = c.source_id AND r.rk = 1
),
{windowed},
shares AS (
    SELECT year, partner, value, unit, source_ids,
           value / fsum(value) OVER (PARTITION BY year) AS share
    FROM windowed
)
"""


WINDOWED_SQL = """
years AS (SELECT DISTINCT year FROM selected WHERE year BETWEEN $first AND $last),
windowed AS (
    SELECT y.year, s.partner, fsum(s.value) AS value, any_value(s.unit) AS unit,
           list_sort(list(DISTINCT s.source_id)) AS source_ids
    FROM years y JOIN selected s ON s.year BETWEEN y.year - $window + 1 AND y.year
    GROUP BY y.year, s.partner
)"""
# With a one-year window the range join is not needed.
SINGLE_YEAR_SQL = """
windowed AS (
    SELECT year, partner, fsum(value) AS value, any_value(unit) AS unit, [any_value(source_id)] AS source_ids
    FROM selected WHERE year BETWEEN $first AND $last AND $window = 1
    GROUP BY year, partner
)"""


def selected_sql(window: int) -> str:
    """The CTEs ending in ``shares`` for a window of ``window`` years."""
    return SELECTED_SQL.replace("{windowed}", (SINGLE_YEAR_SQL if window == 1 else WINDOWED_SQL).strip())


def _params(reporter: str, domain: Domain, first: int, last: int, window: int | None) -> dict[str, Any]:
    return {
        "reporter": reporter,
        "flow_domain": domain.flow_domain,
        "product": domain.product,
        "first": first,
        "last": last,
        "window": window or domain.window,
    }


def materialize_shares(
    wh: Warehouse, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, name: str = "shares_current",
) -> str:
    """Compute the partner-share table once into a temp table; returns its name.

    Columns: year, partner, value, unit, share, source_ids. The other functions
    here accept it as ``table`` so one report scans ``flows`` once per domain.
    """
    wh.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS WITH {selected_sql(window or domain.window)} SELECT * FROM shares",
        _params(reporter, domain, first, last, window),
    )
    return name


def _table(wh: Warehouse, reporter: str, domain: Domain, first: int, last: int,
           window: int | None, table: str | None) -> str:
    return table or materialize_shares(wh, reporter, domain, first, last, window, name="shares_tmp")


def partner_shares(
    wh: Warehouse, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, partner, value, unit, share, source_ids (sorted descending by share per year)."""
    t = _table(wh, reporter, domain, first, last, window, table)
    return wh.con.execute(
        f"SELECT year, partner, value, unit, share, source_ids FROM {t} "
        "WHERE year BETWEEN $first AND $last ORDER BY year, share DESC, partner",
        {"first": first, "last": last},
    ).df()


def concentration_series(
    wh: Warehouse, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, total, unit, n_partners, hhi, effective_partners, top_partner, top_share, source_ids."""
    t = _table(wh, reporter, domain, first, last, window, table)
    return wh.con.execute(
        f"""SELECT year, fsum(value) AS total, any_value(unit) AS unit, count(*) AS n_partners,
               fsum(share * share) AS hhi, 1 / fsum(share * share) AS effective_partners,
               first(partner ORDER BY share DESC, partner) AS top_partner, max(share) AS top_share,
               list_sort(list_distinct(flatten(list(source_ids)))) AS source_ids
        FROM {t} WHERE year BETWEEN $first AND $last GROUP BY year ORDER BY year""",
        {"first": first, "last": last},
    ).df()


def bloc_share_series(
    wh: Warehouse, reporter: str, domain: Domain, groups: list[str], first: int = 1800,
    last: int = 2100, window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, group, share, for each code in ``groups`` (a bloc code or a country).

    Years where no partner is in a group have share 0 for it.
    """
    t = _table(wh, reporter, domain, first, last, window, table)
    sql = f"""WITH shares AS (SELECT * FROM {t} WHERE year BETWEEN $first AND $last),
        groups AS (SELECT unnest($groups::VARCHAR[]) AS grp),
        members AS (
            SELECT s.year, g.grp, s.share FROM shares s
            JOIN groups g ON g.grp = s.partner
            UNION ALL
            SELECT s.year, b.bloc AS grp, s.share FROM shares s
            JOIN bloc_membership b ON b.country = s.partner
             AND b.joined <= make_date(s.year, 7, 1)
             AND (b.left_on IS NULL OR b.left_on >= make_date(s.year, 7, 1))
            WHERE b.bloc IN (SELECT grp FROM groups)
        )
        SELECT y.year, g.grp AS "group", coalesce(fsum(m.share), 0) AS share
        FROM (SELECT DISTINCT year FROM shares) y CROSS JOIN groups g
        LEFT JOIN members m ON m.year = y.year AND m.grp = g.grp
        GROUP BY y.year, g.grp ORDER BY y.year, g.grp"""
    return wh.con.execute(sql, {"first": first, "last": last, "groups": groups}).df()
