"""Product-level critical-dependency screen, after the European Commission (2021).

The Commission's screen (SWD(2021) 352) flags a product when its imports are
concentrated in few suppliers, when imports matter for demand and when they
cannot easily be replaced. With bilateral trade by product, diversify applies
the two criteria the data support, per product ``k`` of a reporter:

1. supplier concentration: HHI of import partners above ``hhi_threshold``
   (0.4, the Commission's threshold);
2. limited domestic substitution: imports / exports above ``ratio_threshold``
   (1, the Commission's threshold on imports over EU exports).

Like CEPII's GeoDep, a product is flagged only when both hold in at least
``min_years`` of the ``years`` years ending at the year asked (2 of 3), so
one-year blips do not churn the list. Re-imports (the reporter's own country as
partner) are not foreign supply: they count neither in the supplier HHI nor in
imports; nor do imports from an unidentified supplier (``XXX``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diversify.reference.countries import home_country
from diversify.store.schema import UNKNOWN_PARTNER

if TYPE_CHECKING:
    import pandas as pd

    from diversify.store.engine import Engine

SQL = """
WITH imp AS (
    SELECT year, product, partner, fsum(value) AS value FROM flows
    WHERE reporter = $reporter AND domain = 'goods_imports' AND product <> '_ALL'
      AND length(product) = $digits AND year BETWEEN $first AND $last AND partner <> $home
      AND partner <> '""" + UNKNOWN_PARTNER + """'
    GROUP BY year, product, partner
),
exp AS (
    SELECT year, product, fsum(value) AS exports FROM flows
    WHERE reporter = $reporter AND domain = 'goods_exports' AND product <> '_ALL'
      AND length(product) = $digits AND year BETWEEN $first AND $last
    GROUP BY year, product
),
conc AS (
    SELECT year, product, fsum(value) AS imports,
           fsum(value * value) / (fsum(value) * fsum(value)) AS hhi,
           first(partner ORDER BY value DESC, partner) AS top_supplier, max(value) / fsum(value) AS top_share
    FROM imp GROUP BY year, product HAVING fsum(value) > 0
),
yearly AS (
    SELECT c.*, coalesce(e.exports, 0) AS exports,
           CASE WHEN coalesce(e.exports, 0) = 0 THEN NULL ELSE c.imports / e.exports END AS import_export_ratio,
           c.hhi > $hhi AND (coalesce(e.exports, 0) = 0 OR c.imports / e.exports > $ratio) AS flagged
    FROM conc c LEFT JOIN exp e USING (year, product)
),
counted AS (SELECT *, count_if(flagged) OVER (PARTITION BY product) AS years_flagged FROM yearly)
SELECT y.product, coalesce(p.description, '') AS description, y.imports, y.exports, y.hhi,
       y.import_export_ratio, y.top_supplier, y.top_share, y.years_flagged
FROM counted y LEFT JOIN products p ON p.classification = 'HS' AND p.code = y.product
WHERE y.year = $last AND y.years_flagged >= $min_years
ORDER BY y.imports DESC
"""


def critical_products(
    wh: Engine, reporter: str, year: int, *, digits: int = 2, hhi_threshold: float = 0.4,
    ratio_threshold: float = 1.0, years: int = 3, min_years: int = 2,
) -> pd.DataFrame:
    """Flagged products in ``year``.

    Columns: product, description, imports, exports, hhi, import_export_ratio,
    top_supplier, top_share, years_flagged.
    """
    return wh.frame(SQL, critical_params(reporter, year, digits=digits, hhi_threshold=hhi_threshold,
                                         ratio_threshold=ratio_threshold, years=years,
                                         min_years=min_years))


def critical_params(
    reporter: str, year: int, *, digits: int = 2, hhi_threshold: float = 0.4, ratio_threshold: float = 1.0,
    years: int = 3, min_years: int = 2,
) -> dict[str, Any]:
    """The parameters of :data:`SQL` for :func:`critical_products`."""
    return {"reporter": reporter, "home": home_country(reporter), "digits": digits, "first": year - years + 1,
            "last": year, "hhi": hhi_threshold, "ratio": ratio_threshold, "min_years": min_years}
