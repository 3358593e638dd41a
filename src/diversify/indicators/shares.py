"""Partner shares, concentration (HHI, effective partners) and bloc shares.

Definitions (stated because publishers normalise differently):

* share of partner p in year Y: ``v_p / sum_q v_q`` over all foreign partners q
  of the reporter in that domain; flows whose partner is the reporter's own
  country (Statistics Canada's "Re-Imports (Canada)": Canadian goods returned)
  or a partner the source does not identify (``XXX``: SIPRI's "Unknown",
  unspecified areas) are not trade with a partner: they are left out of shares,
  HHI and bloc shares and reported on their own (:func:`home_flows`,
  :func:`unknown_flows_query`);
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

from diversify.indicators.domains import Domain
from diversify.indicators.sql import flow_filter, shares_sql
from diversify.store.schema import UNKNOWN_PARTNER

if TYPE_CHECKING:
    import pandas as pd

    from diversify.store.engine import Engine

Query = tuple[str, dict[str, Any]]
"""SQL and its parameters: run with an engine's ``frame`` for a frame, or ``records`` for rows."""

WINDOWED_SQL = shares_sql("f.reporter = $reporter")
"""Partner values of one reporter for several domains at once (``dkey`` names the domain): one
scan of ``flows``. A year's figure sums the ``win`` years ending at it; with one source per year
chosen first (lowest priority, then newest), figures are never double counted."""

SHARES_SQL = """
SELECT dkey, year, partner, value, unit, source_ids,
       value / fsum(value) OVER (PARTITION BY dkey, year) AS share
FROM {windowed} WHERE partner <> $home AND partner <> '{unknown}'
"""
"""Shares of the foreign partners in the values of :data:`WINDOWED_SQL`; ``$home`` is the
reporter's own country (:func:`~diversify.reference.countries.home_country`) and ``XXX`` a
partner the source does not identify (:data:`~diversify.store.schema.UNKNOWN_PARTNER`): never
partners."""


def materialize_domain_shares(
    wh: Engine, reporter: str, domains: list[Domain], first: int = 1800, last: int = 2100,
    window: int | None = None, name: str = "shares_all",
) -> dict[str, str]:
    """Compute the partner-share tables of ``domains`` in one query into the temp table ``name``.

    Returns, per domain name, a table expression (a subquery of ``name``) with columns year,
    partner, value, unit, share, source_ids, to pass as ``table`` to the other functions here.
    ``window`` overrides each domain's own window.
    """
    from diversify.reference.countries import home_country

    params = {
        "reporter": reporter,
        "keys": [d.name for d in domains],
        "flow_domains": [d.flow_domain for d in domains],
        "products": [d.product for d in domains],
        "windows": [window or d.window for d in domains],
        "first": first,
        "last": last,
    }
    # One scan of flows into every partner's value, the reporter's own country included (see
    # home_flows), then the foreign partners' shares from that.
    windowed = shares_sql("f.reporter = $reporter AND " + flow_filter(domains))
    wh.materialize(f"{name}_all", f"WITH {windowed} "
                   "SELECT dkey, year, partner, value, unit, source_ids FROM windowed", params)
    wh.materialize(name, SHARES_SQL.format(windowed=name + "_all", unknown=UNKNOWN_PARTNER),
                   {"home": home_country(reporter)})
    # Domain names come from the registry (get_domain), never from user text.
    return {
        d.name: f"(SELECT year, partner, value, unit, share, source_ids FROM {name} WHERE dkey = '{d.name}')"
        for d in domains
    }


def home_flows(wh: Engine, reporter: str, name: str = "shares_all") -> pd.DataFrame:
    """The flows of the share table ``name`` whose partner is the reporter's own country
    (re-imports), left out of the shares. Columns: dkey, year, partner, value, unit, source_ids."""
    return wh.frame(*home_flows_query(reporter, name))


def home_flows_query(reporter: str, name: str = "shares_all") -> Query:
    """The query of :func:`home_flows`."""
    from diversify.reference.countries import home_country

    return ((f"SELECT dkey, year, partner, value, unit, source_ids FROM {name}_all WHERE partner = $home "
            "ORDER BY dkey, year"), {"home": home_country(reporter)})


def unknown_flows_query(name: str = "shares_all") -> Query:
    """The flows of the share table ``name`` whose partner the source does not identify
    (:data:`~diversify.store.schema.UNKNOWN_PARTNER`), left out of the shares. Columns as
    :func:`home_flows`."""
    return ((f"SELECT dkey, year, partner, value, unit, source_ids FROM {name}_all "
             "WHERE partner = $unknown ORDER BY dkey, year"), {"unknown": UNKNOWN_PARTNER})


def materialize_shares(
    wh: Engine, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, name: str = "shares_current",
) -> str:
    """The partner-share table of one domain (see :func:`materialize_domain_shares`); returns it."""
    return materialize_domain_shares(wh, reporter, [domain], first, last, window, name)[domain.name]


def _table(wh: Engine, reporter: str, domain: Domain, first: int, last: int,
           window: int | None, table: str | None) -> str:
    return table or materialize_shares(wh, reporter, domain, first, last, window, name="shares_tmp")


def partner_shares(
    wh: Engine, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, partner, value, unit, share, source_ids (sorted descending by share per year)."""
    t = _table(wh, reporter, domain, first, last, window, table)
    return wh.frame(
        f"SELECT year, partner, value, unit, share, source_ids FROM {t} "
        "WHERE year BETWEEN $first AND $last ORDER BY year, share DESC, partner",
        {"first": first, "last": last},
    )


def _keyed(t: str, domain: Domain) -> str:
    """A one-domain share table as a table of the ``*_by_domain`` functions (with ``dkey``)."""
    return f"(SELECT '{domain.name}' AS dkey, year, partner, value, unit, share, source_ids FROM {t})"


def concentration_by_domain(wh: Engine, table: str, first: int = 1800, last: int = 2100) -> pd.DataFrame:
    """:func:`concentration_series` of every domain of ``table`` (from
    :func:`materialize_domain_shares`) in one query; first column ``dkey``."""
    return wh.frame(*concentration_query(table, first, last))


def concentration_query(table: str, first: int = 1800, last: int = 2100) -> Query:
    """The query of :func:`concentration_by_domain`."""
    return (
        f"""SELECT dkey, year, fsum(value) AS total, any_value(unit) AS unit, count(*) AS n_partners,
               fsum(share * share) AS hhi, 1 / fsum(share * share) AS effective_partners,
               first(partner ORDER BY share DESC, partner) AS top_partner, max(share) AS top_share,
               list_sort(list_distinct(flatten(list(source_ids)))) AS source_ids
        FROM {table} WHERE year BETWEEN $first AND $last GROUP BY dkey, year ORDER BY dkey, year""",
        {"first": first, "last": last},
    )


def concentration_series(
    wh: Engine, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, total, unit, n_partners, hhi, effective_partners, top_partner, top_share, source_ids."""
    t = _table(wh, reporter, domain, first, last, window, table)
    return concentration_by_domain(wh, _keyed(t, domain), first, last).drop(columns="dkey")


def bloc_shares_by_domain(
    wh: Engine, table: str, groups: list[str], first: int = 1800, last: int = 2100
) -> pd.DataFrame:
    """:func:`bloc_share_series` of every domain of ``table`` in one query; first column ``dkey``."""
    return wh.frame(*bloc_shares_query(table, groups, first, last))


def bloc_shares_query(table: str, groups: list[str], first: int = 1800, last: int = 2100) -> Query:
    """The query of :func:`bloc_shares_by_domain`."""
    sql = f"""WITH shares AS (SELECT * FROM {table} WHERE year BETWEEN $first AND $last),
        groups AS (SELECT unnest($groups::VARCHAR[]) AS grp),
        members AS (
            SELECT s.dkey, s.year, g.grp, s.share FROM shares s
            JOIN groups g ON g.grp = s.partner
            UNION ALL
            SELECT s.dkey, s.year, b.bloc AS grp, s.share FROM shares s
            JOIN bloc_membership b ON b.country = s.partner
             AND b.joined <= make_date(s.year, 7, 1)
             AND (b.left_on IS NULL OR b.left_on >= make_date(s.year, 7, 1))
            WHERE b.bloc IN (SELECT grp FROM groups)
        )
        SELECT y.dkey, y.year, g.grp AS "group", coalesce(fsum(m.share), 0) AS share
        FROM (SELECT DISTINCT dkey, year FROM shares) y CROSS JOIN groups g
        LEFT JOIN members m ON m.dkey = y.dkey AND m.year = y.year AND m.grp = g.grp
        GROUP BY y.dkey, y.year, g.grp ORDER BY y.dkey, y.year, g.grp"""
    return sql, {"first": first, "last": last, "groups": groups}


def bloc_share_series(
    wh: Engine, reporter: str, domain: Domain, groups: list[str], first: int = 1800,
    last: int = 2100, window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, group, share, for each code in ``groups`` (a bloc code or a country).

    Years where no partner is in a group have share 0 for it.
    """
    t = _table(wh, reporter, domain, first, last, window, table)
    return bloc_shares_by_domain(wh, _keyed(t, domain), groups, first, last).drop(columns="dkey")


THIN_COVERAGE = 0.5
"""Below this share of the reporter's national total, a year's partner flows are too few for shares
to describe its trade (e.g. West Germany 1960-1989 in COW dyadic trade: only Belgium and Luxembourg)."""


def is_thin(coverage: float | None) -> bool:
    """Whether a year of this coverage (``None``: no comparable total) is too thin to describe."""
    return coverage is not None and coverage < THIN_COVERAGE


def coverage_by_year(frame: pd.DataFrame) -> dict[int, float]:
    """Year -> coverage, from a :func:`coverage_series` (or one domain of :func:`coverage_by_domain`)."""
    return dict(zip(frame["year"].astype(int).tolist(), frame["coverage"].astype(float).tolist(), strict=True))

# Money units that convert into each other; coverage is measured only between these.
_UNIT_SCALE = "CASE {} WHEN 'USD' THEN 1.0 WHEN 'USD_thousands' THEN 1e3 WHEN 'USD_millions' THEN 1e6 END"


def coverage_by_domain(
    wh: Engine, reporter: str, domains: list[Domain], table: str, first: int = 1800, last: int = 2100,
    window: int | None = None,
) -> pd.DataFrame:
    """Columns: dkey, year, coverage (sum of the partner flows / the reporter's national total),
    source_id, for the domains of ``table`` that have a national total (one-year figures only).

    Empty where no total in a comparable unit is loaded; with several sources of the total, the
    one of lowest priority value is used.
    """
    return wh.frame(*coverage_query(reporter, domains, table, first, last, window))


def coverage_query(
    reporter: str, domains: list[Domain], table: str, first: int = 1800, last: int = 2100,
    window: int | None = None,
) -> Query:
    """The query of :func:`coverage_by_domain`."""
    spec = [d for d in domains if d.national_total is not None and (window or d.window) == 1]
    return (
        f"""WITH spec AS (
                SELECT unnest($keys::VARCHAR[]) AS dkey, unnest($indicators::VARCHAR[]) AS indicator
            ),
            flows_total AS (
                SELECT t.dkey, s.indicator, t.year, fsum(t.value) AS total, any_value(t.unit) AS unit
                FROM {table} t JOIN spec s ON s.dkey = t.dkey
                WHERE t.year BETWEEN $first AND $last GROUP BY t.dkey, s.indicator, t.year
            ),
            national AS (
                SELECT n.indicator, n.year, arg_min(n.value, s.priority) AS value,
                       arg_min(n.unit, s.priority) AS unit, arg_min(n.source_id, s.priority) AS source_id
                FROM national_series n JOIN sources s ON s.source_id = n.source_id
                WHERE n.country = $reporter AND n.value > 0
                  AND n.indicator IN (SELECT indicator FROM spec)
                GROUP BY n.indicator, n.year
            )
            SELECT f.dkey, f.year,
                   f.total * {_UNIT_SCALE.format("f.unit")} / (n.value * {_UNIT_SCALE.format("n.unit")}) AS coverage,
                   n.source_id
            FROM flows_total f JOIN national n ON n.indicator = f.indicator AND n.year = f.year
            WHERE {_UNIT_SCALE.format("f.unit")} IS NOT NULL AND {_UNIT_SCALE.format("n.unit")} IS NOT NULL
            ORDER BY f.dkey, f.year""",
        {"first": first, "last": last, "reporter": reporter, "keys": [d.name for d in spec],
         "indicators": [d.national_total for d in spec]},
    )


def coverage_series(
    wh: Engine, reporter: str, domain: Domain, first: int = 1800, last: int = 2100,
    window: int | None = None, *, table: str | None = None,
) -> pd.DataFrame:
    """Columns: year, coverage, source_id (see :func:`coverage_by_domain`) of one domain."""
    if domain.national_total is None or (window or domain.window) != 1:
        import pandas as pd

        return pd.DataFrame({"year": pd.Series(dtype="int16"), "coverage": pd.Series(dtype="float64"),
                             "source_id": pd.Series(dtype="object")})
    t = _table(wh, reporter, domain, first, last, window, table)
    return coverage_by_domain(wh, reporter, [domain], _keyed(t, domain), first, last, window).drop(columns="dkey")
