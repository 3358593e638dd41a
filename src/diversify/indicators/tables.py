"""All-country tables: concentration and bloc shares of every reporter and year, in one query.

``hhi`` table, one row per domain, reporter and year:

================== ==============================================================
column             meaning
================== ==============================================================
domain             ``goods_exports``, ``goods_imports``, ... (see :data:`DOMAINS`)
reporter           ISO3 code (never ``XXX``, a country the source does not identify)
year               the year (for windowed domains, the last year of the window)
total              sum over partners, in ``unit``
unit               unit of the values
n_partners         partners with a flow (neither the reporter itself nor ``XXX``)
hhi                sum of squared partner shares, in [1/n, 1]
effective_partners 1 / hhi
top_partner        partner with the largest share (ties: the first code)
top_share          its share
share_USA          share of the USA
share_EU27         share of the EU27 members (on 1 July of the year)
share_other        1 - share_USA - share_EU27 (at least 0)
share_<BLOC>       one column per extra bloc or country asked for
================== ==============================================================

The shares are the report's: the same SQL (:func:`~diversify.indicators.sql.shares_sql`)
with every reporter kept, so a row equals the report of that country and year. The
query runs in the engine, on one thread as the report's does (so every run gives the same
figures to the last digit), and the result is written by it (CSV or Parquet); no flow becomes a
Python object, whatever the size of the warehouse. The all-product flows it reads are the
pair sums stored at ingest (``trade_pairs``), about 50,000 rows for a 10-million-row BACI year.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diversify.errors import InputError
from diversify.indicators.domains import DOMAINS, Domain
from diversify.indicators.sql import flow_filter, home_sql, shares_sql
from diversify.store.schema import UNKNOWN_PARTNER

if TYPE_CHECKING:
    from diversify.store.engine import Engine

DEFAULT_DOMAINS = ("goods_exports", "goods_imports")
BASE_GROUPS = ("USA", "EU27")
_GROUP = re.compile(r"[A-Z][A-Z0-9]{1,9}")


def hhi_table_sql(domains: list[Domain], groups: list[str], homes: dict[str, str] | None = None) -> str:
    """The query of the ``hhi`` table; parameters from :func:`hhi_table_params`. ``homes`` maps
    subdivision reporters to their country, whose flows (re-imports) are not partner trade."""
    for g in groups:
        if not _GROUP.fullmatch(g):  # group codes become column names
            raise InputError(f"not a bloc or country code: {g!r}", field="--bloc")
    bloc_cols = ",\n           ".join(
        f"coalesce(b.\"{g}\", 0.0) AS \"share_{g}\"" for g in groups
    )
    pivot = ",\n               ".join(f"fsum(m.share) FILTER (WHERE m.grp = '{g}') AS \"{g}\"" for g in groups)
    # a partner the source does not identify is no reporter either (SIPRI's "Unknown" supplier)
    where = (f"f.year BETWEEN $first - d.win + 1 AND $last AND f.reporter <> '{UNKNOWN_PARTNER}' "
             f"AND {flow_filter(domains)}")
    return f"""WITH {shares_sql(where, home_sql(homes or {}))},
conc AS (
    SELECT dkey, reporter, year, fsum(value) AS total, any_value(unit) AS unit, count(*) AS n_partners,
           fsum(share * share) AS hhi, first(partner ORDER BY share DESC, partner) AS top_partner,
           max(share) AS top_share
    FROM shares GROUP BY dkey, reporter, year
),
grp AS (SELECT unnest($groups::VARCHAR[]) AS grp),
members AS (
    SELECT s.dkey, s.reporter, s.year, g.grp, s.share FROM shares s JOIN grp g ON g.grp = s.partner
    UNION ALL
    SELECT s.dkey, s.reporter, s.year, b.bloc, s.share FROM shares s
    JOIN bloc_membership b ON b.country = s.partner
     AND b.joined <= make_date(s.year, 7, 1)
     AND (b.left_on IS NULL OR b.left_on >= make_date(s.year, 7, 1))
    WHERE b.bloc IN (SELECT grp FROM grp)
),
blocs AS (
    SELECT m.dkey, m.reporter, m.year,
               {pivot}
    FROM members m GROUP BY m.dkey, m.reporter, m.year
)
SELECT c.dkey AS domain, c.reporter, c.year::INTEGER AS year, c.total, c.unit, c.n_partners, c.hhi,
       1 / c.hhi AS effective_partners, c.top_partner, c.top_share,
           {bloc_cols},
       greatest(0.0, 1.0 - coalesce(b."USA", 0.0) - coalesce(b."EU27", 0.0)) AS share_other
FROM conc c LEFT JOIN blocs b ON b.dkey = c.dkey AND b.reporter = c.reporter AND b.year = c.year
ORDER BY domain, reporter, year"""


def hhi_table_params(domains: list[Domain], groups: list[str], first: int, last: int) -> dict[str, Any]:
    return {
        "keys": [d.name for d in domains],
        "flow_domains": [d.flow_domain for d in domains],
        "products": [d.product for d in domains],
        "windows": [d.window for d in domains],
        "groups": groups,
        "first": first,
        "last": last,
    }


def _resolve(domains: list[str] | None, blocs: list[str] | None) -> tuple[list[Domain], list[str]]:
    names = list(domains or DEFAULT_DOMAINS)
    unknown = [n for n in names if n not in DOMAINS]
    if unknown:
        raise InputError(
            f"unknown domain '{unknown[0]}' for a table (expected one of: {', '.join(DOMAINS)})",
            field="--domain",
        )
    from diversify.reference.blocs import resolve_group

    groups = list(BASE_GROUPS) + [resolve_group(b, field="--bloc") for b in blocs or []]
    return [DOMAINS[n] for n in dict.fromkeys(names)], list(dict.fromkeys(groups))


def hhi_table(
    wh: Engine, domains: list[str] | None = None, blocs: list[str] | None = None,
    first: int = 1800, last: int = 2100,
):  # type: ignore[no-untyped-def]
    """The ``hhi`` table as a pandas DataFrame (columns in the module docstring)."""
    doms, groups = _resolve(domains, blocs)
    with wh.deterministic():
        return wh.frame(hhi_table_sql(doms, groups, _homes(wh)), hhi_table_params(doms, groups, first, last))


def write_hhi_table(
    wh: Engine, output: str | Path, domains: list[str] | None = None, blocs: list[str] | None = None,
    first: int = 1800, last: int = 2100,
) -> int:
    """Write the ``hhi`` table to ``output`` (``.parquet`` or ``.csv``) from the engine; returns its rows.

    DuckDB writes one file; Spark writes a folder of part files under that name (on a cluster,
    any Hadoop-compatible URI), as Spark writes every table."""
    suffix = Path(str(output)).suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise InputError(f"expected a .parquet or .csv file, got {Path(str(output)).name!r}", field="--output")
    doms, groups = _resolve(domains, blocs)
    with wh.deterministic():  # the same figures to the last digit on every run, as the report's
        return wh.write(hhi_table_sql(doms, groups, _homes(wh)), hhi_table_params(doms, groups, first, last),
                        str(output), "parquet" if suffix == ".parquet" else "csv")


def _homes(wh: Engine) -> dict[str, str]:
    """The country of every subdivision reporter stored (Canada's provinces: ``CA-ON`` -> CAN)."""
    rows = wh.query("SELECT DISTINCT reporter FROM flow_rows WHERE reporter LIKE '__-%'")
    if not rows:
        return {}
    from diversify.reference.countries import home_country

    return {r: home_country(r) for (r,) in rows}
