"""The indicator SQL written once, for one reporter (reports) and for every reporter (tables).

No pandas here: the all-country tables run and write these queries in the engine, and their
command starts without importing a data-frame library.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diversify.store.schema import UNKNOWN_PARTNER

if TYPE_CHECKING:
    from diversify.indicators.domains import Domain


def shares_sql(where: str, home: str = "w.reporter") -> str:
    """The partner-share CTEs (``spec`` ... ``shares``) over the flows that meet ``where``.

    ``where`` filters the joined flows ``f`` and domains ``d``: one reporter for a report
    (:data:`SHARES_SQL`), a range of years for the all-country tables
    (:mod:`diversify.indicators.tables`). Every step keeps the reporter, so one definition
    serves one country and every country. ``home`` is the SQL of the reporter's own
    country (itself; a subdivision's country): flows to it are re-imports, not trade with a
    partner, and are left out of ``totals`` and ``shares`` (they stay in ``windowed``), as are
    flows with a partner the source does not identify (:data:`UNKNOWN_PARTNER`).
    """
    not_partner = f"w.partner <> {home} AND w.partner <> '{UNKNOWN_PARTNER}'"
    return f"""
spec AS (
    SELECT unnest($keys::VARCHAR[]) AS dkey, unnest($flow_domains::VARCHAR[]) AS flow_domain,
           unnest($products::VARCHAR[]) AS product, unnest($windows::INTEGER[]) AS win
),
cand AS (
    SELECT d.dkey, d.win, f.reporter, f.year, f.partner, f.value, f.unit, f.source_id, s.priority,
           s.ingested_at
    FROM flows f JOIN spec d ON f.domain = d.flow_domain AND f.product = d.product
    JOIN sources s ON s.source_id = f.source_id
    WHERE {where}
),
ranked AS (
    SELECT dkey, reporter, year, source_id,
           row_number() OVER (PARTITION BY dkey, reporter, year
                              ORDER BY min(priority), max(ingested_at) DESC) AS rk
    FROM cand GROUP BY dkey, reporter, year, source_id
),
selected AS (
    SELECT c.dkey, c.win, c.reporter, c.year, c.partner, c.value, c.unit, c.source_id
    FROM cand c JOIN ranked r ON r.dkey = c.dkey AND r.reporter = c.reporter AND r.year = c.year
     AND r.source_id = c.source_id AND r.rk = 1
),
years AS (
    SELECT DISTINCT dkey, win, reporter, year FROM selected WHERE win > 1 AND year BETWEEN $first AND $last
),
windowed AS (
    SELECT dkey, reporter, year, partner, fsum(value) AS value, any_value(unit) AS unit,
           [any_value(source_id)] AS source_ids
    FROM selected WHERE win = 1 AND year BETWEEN $first AND $last
    GROUP BY dkey, reporter, year, partner
    UNION ALL
    SELECT y.dkey, y.reporter, y.year, s.partner, fsum(s.value), any_value(s.unit),
           list_sort(list(DISTINCT s.source_id))
    FROM years y JOIN selected s ON s.dkey = y.dkey AND s.reporter = y.reporter
     AND s.year BETWEEN y.year - y.win + 1 AND y.year
    GROUP BY y.dkey, y.reporter, y.year, s.partner
),
totals AS (
    SELECT dkey, reporter, year, fsum(value) AS total FROM windowed w WHERE {not_partner}
    GROUP BY dkey, reporter, year
),
shares AS (
    SELECT w.dkey, w.reporter, w.year, w.partner, w.value, w.unit, w.source_ids, w.value / t.total AS share
    FROM windowed w JOIN totals t ON t.dkey = w.dkey AND t.reporter = w.reporter AND t.year = w.year
    WHERE {not_partner}
)
"""


def flow_filter(domains: list[Domain]) -> str:
    """The domains' flows and products as literal predicates on ``f``, one pair per domain.

    The join with ``spec`` selects the same rows, but only literals let the engine drop the
    branches of the ``flows`` view no domain reads (HS6 and chapter sums of a world matrix)
    before computing them; pairs rather than two lists, so that the chapter-27 exports of an
    energy domain do not make the engine read every chapter-27 import too. Names come from the
    domain registry, never from user text.
    """
    def quoted(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    pairs = sorted({(d.flow_domain, d.product) for d in domains})
    return "(" + " OR ".join(f"(f.domain = {quoted(fd)} AND f.product = {quoted(pr)})" for fd, pr in pairs) + ")"


_SUBDIVISION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_ISO3 = re.compile(r"[A-Z]{3}")


def home_sql(homes: dict[str, str], column: str = "w.reporter") -> str:
    """SQL of each reporter's own country: ``homes`` maps subdivisions (``CA-ON``) to their
    country (``CAN``); any other reporter is its own home. Codes are checked, never user text."""
    cases = " ".join(f"WHEN '{r}' THEN '{c}'" for r, c in sorted(homes.items())
                     if _SUBDIVISION.fullmatch(r) and _ISO3.fullmatch(c))
    return f"(CASE {column} {cases} ELSE {column} END)" if cases else column
