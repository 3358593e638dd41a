"""Security ties from alliance data: partners by year and alliance-portfolio similarity.

Signorino and Ritter's (1999) S-score compares two states' alliance portfolios
over every state k in the system in a year:

    S(i, j) = 1 - 2 * sum_k |a_ik - a_jk| / (N * d_max)

with ties valued 3 for a defence (or offence) pact, 2 for neutrality or
non-aggression, 1 for consultation or entente, 0 for none; a state's tie with
itself is 3; ``d_max`` = 3. S runs from -1 (opposite portfolios) to 1
(identical). The system in a year is every state with a record in the COW
National Material Capabilities data that year (the series
``state_system_member``, stored for every NMC state-year whether or not its
military figures are known), plus any state with a tie that year; where NMC is
not loaded, every state with a tie. When ATOP and COW alliances both cover a year, ATOP
(lower priority value) is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from diversify.store.engine import Engine

# Derived once per connection (see prepare_ties): the winning source per year, the
# state system per year and each dyad-year's valued tie from the winning source.
# Ingest drops them, so they never go stale.
PREPARE = (
    ("tie_best", """
    SELECT t.year, first(t.source_id ORDER BY s.priority, t.source_id) AS source_id
    FROM (SELECT DISTINCT year, source_id FROM ties) t
    JOIN sources s ON s.source_id = t.source_id GROUP BY t.year"""),
    ("tie_system", """
    SELECT DISTINCT year, country FROM national_series
    WHERE indicator IN ('state_system_member', 'military_personnel', 'milex_current_usd')
      AND year IN (SELECT year FROM tie_best)
    UNION
    SELECT DISTINCT t.year, t.country FROM ties t JOIN tie_best b ON b.year = t.year AND b.source_id = t.source_id"""),
    ("tie_level", """
    SELECT t.year, t.country, t.partner,
           max(CASE t.kind WHEN 'defense' THEN 3 WHEN 'offense' THEN 3
                           WHEN 'neutrality' THEN 2 WHEN 'nonaggression' THEN 2 ELSE 1 END) AS v,
           list_sort(list(DISTINCT t.kind)) AS kinds, any_value(t.source_id) AS source_id
    FROM ties t JOIN tie_best b ON b.year = t.year AND b.source_id = t.source_id
    GROUP BY t.year, t.country, t.partner ORDER BY t.country, t.year, t.partner"""),
)

TIES_SQL = """
lvl AS (
    SELECT year, country, partner, v FROM tie_level
    WHERE year BETWEEN $first AND $last AND list_contains($who::VARCHAR[], country)
),
sys AS (SELECT year, country FROM tie_system WHERE year BETWEEN $first AND $last),
a AS (
    SELECT year, country, partner, v FROM lvl
    UNION ALL SELECT year, country, country, 3 FROM sys WHERE country IN (SELECT unnest($who::VARCHAR[]))
)
"""


def prepare_ties(wh: Engine) -> None:
    """Build the per-connection derived tables the S-score queries read (once per connection)."""
    if "ties" not in wh.derived:
        for name, sql in PREPARE:
            wh.materialize(name, sql)
        wh.derived.add("ties")


def ties_in_year(wh: Engine, country: str, year: int) -> pd.DataFrame:
    """Columns: partner, kinds (list), level (3 defence ... 1 consultation), source_id."""
    return wh.frame(*ties_in_year_query(wh, country, year))


def ties_in_year_query(wh: Engine, country: str, year: int) -> tuple[str, list[Any]]:
    """The query of :func:`ties_in_year` (its tables prepared)."""
    prepare_ties(wh)
    return (("SELECT partner, kinds, v AS level, source_id FROM tie_level WHERE country = ? AND year = ? "
            "ORDER BY level DESC, partner"), [country, year])


def s_scores(
    wh: Engine, country: str, others: list[str], first: int, last: int
) -> pd.DataFrame:
    """S-score of ``country`` with each of ``others``, per year. Columns: year, other, s_score."""
    return wh.frame(*s_scores_query(wh, country, others, first, last))


def s_scores_query(
    wh: Engine, country: str, others: list[str], first: int, last: int
) -> tuple[str, dict[str, Any]]:
    """The query of :func:`s_scores` (its tables prepared)."""
    prepare_ties(wh)
    sql = f"""WITH {TIES_SQL},
        here AS (SELECT DISTINCT year, country FROM sys
                 WHERE country = $country OR country IN (SELECT unnest($others::VARCHAR[]))),
        mine AS (SELECT year FROM here WHERE country = $country),
        oth AS (SELECT h.year, h.country AS other FROM here h JOIN mine m USING (year)
                WHERE h.country <> $country OR $country IN (SELECT unnest($others::VARCHAR[]))),
        ai AS (SELECT year, partner, v FROM a WHERE country = $country),
        aj AS (SELECT a.year, a.country AS other, a.partner, a.v FROM a JOIN oth o
               ON o.year = a.year AND o.other = a.country)
        SELECT k.year, o.other,
               1 - 2 * sum(abs(coalesce(ai.v, 0) - coalesce(aj.v, 0))) / (count(*) * 3.0) AS s_score
        FROM sys k JOIN oth o ON o.year = k.year
        LEFT JOIN ai ON ai.year = k.year AND ai.partner = k.country
        LEFT JOIN aj ON aj.year = k.year AND aj.other = o.other AND aj.partner = k.country
        GROUP BY k.year, o.other ORDER BY k.year, o.other"""
    params = {"country": country, "others": others, "first": first, "last": last, "who": [country, *others]}
    return sql, params


def latest_tie_year(wh: Engine, year: int) -> int | None:
    row = wh.query("SELECT max(year) FROM ties WHERE year <= ?", [year])
    return int(row[0][0]) if row and row[0][0] is not None else None
