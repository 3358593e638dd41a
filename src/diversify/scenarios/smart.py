"""The single-market partial-equilibrium model of WITS-SMART, vectorised.

One importing market; per product ``g`` (an HS chapter) each supplier ``k`` has
baseline imports ``M`` (trade values are quantities at a world price of 1),
an old and a new ad-valorem tariff ``t0, t1``, and the elasticities of the
product: import demand ``e_m < 0``, substitution between suppliers ``sigma``
and export supply ``e_x`` (``inf`` or SMART's 99 for perfectly elastic supply).

Trade creation (SMART)::

    r   = (t1 - t0) / ((1 + t0) (1 - e_m / e_x))     domestic price change of k
    TC  = e_m * M * r                                   = e_m M dt / ((1+t)(1 - e_m/e_x))

Trade diversion (SMART's two-group formula, supplier ``k`` against the rest of
the market ``R``, whose price change is the import-weighted mean of theirs)::

    rho = (1 + r_R) / (1 + r_k) - 1                    relative price of the rest
    TD  = M_k M_R sigma rho / (M_R + M_k + M_k sigma rho)

``TD`` is computed for the suppliers whose tariff changes; what they lose
(gain) goes to the unaffected suppliers in proportion to their imports, so
diversion sums to zero in every market, as in SMART. When every supplier's
tariff changes, the net is spread over all of them pro rata. ``sigma rho`` is
floored at -1: a supplier cannot lose more than its trade ("diversion reaches
its ceiling with existing trade"); likewise creation is floored at ``-M``, and
a supplier's trade after the shock at zero.

With finite export supply the world price of ``k`` moves by
``w = (1 + r)(1 + t0)/(1 + t1) - 1`` and the value after is ``Q1 (1 + w)``
(SMART's price effect). Tariff revenue is ``t * value``. The importer's
consumer surplus changes by ``-dp (M + (M + TC)) / 2`` with
``dp = (1 + t0) r`` (linear demand); ``deadweight_change = -0.5 |dp| TC``
(positive: more deadweight loss); ``net_welfare = consumer surplus + revenue``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

INPUT_COLUMNS = ("product", "partner", "value", "t0", "t1", "e_m", "sigma", "e_x")
OUTPUT_COLUMNS = (
    "price_change", "creation", "diversion", "price_effect", "after", "change",
    "revenue_before", "revenue_after", "cs_change", "deadweight_change",
)


def simulate(base: pd.DataFrame) -> pd.DataFrame:
    """Run the SMART model on a long table of (product, partner) rows.

    Parameters
    ----------
    base
        Columns ``product, partner, value, t0, t1, e_m, sigma, e_x`` (one row per
        product and supplier; ``value >= 0``; ``e_m``, ``sigma``, ``e_x`` constant
        within a product).

    Returns
    -------
    pandas.DataFrame
        ``base`` with :data:`OUTPUT_COLUMNS` added, in the same order. ``after``
        is the value at world prices after the shock; ``change = after - value =
        creation + diversion + price_effect``.
    """
    df = base.reset_index(drop=True).copy()
    m = df["value"].to_numpy(float)
    t0 = df["t0"].to_numpy(float)
    t1 = df["t1"].to_numpy(float)
    e_m = df["e_m"].to_numpy(float)
    sigma = df["sigma"].to_numpy(float)
    e_x = df["e_x"].to_numpy(float)
    inf_supply = np.isinf(e_x)
    supply = np.where(inf_supply, 1.0, 1.0 - e_m / np.where(inf_supply, 1.0, e_x))
    r = (t1 - t0) / ((1.0 + t0) * supply)
    creation = np.maximum(e_m * m * r, -m)
    pi = 1.0 + r
    affected = t1 != t0

    key = df["product"]
    total = pd.Series(m).groupby(key).transform("sum").to_numpy()
    total_pi = pd.Series(m * pi).groupby(key).transform("sum").to_numpy()
    rest = total - m
    with np.errstate(divide="ignore", invalid="ignore"):
        rest_pi = np.where(rest > 0, (total_pi - m * pi) / np.where(rest > 0, rest, 1.0), 1.0)
        x = np.maximum(sigma * (rest_pi / pi - 1.0), -1.0)
        denom = rest + m * (1.0 + x)
        td_own = np.where(affected & (rest > 0) & (denom > 0), m * rest * x / np.where(denom > 0, denom, 1.0), 0.0)
    net = pd.Series(td_own).groupby(key).transform("sum").to_numpy()
    m_unaffected = pd.Series(np.where(affected, 0.0, m)).groupby(key).transform("sum").to_numpy()
    m_affected = total - m_unaffected
    with np.errstate(divide="ignore", invalid="ignore"):
        to_rest = np.where(m_unaffected > 0, -net * m / np.where(m_unaffected > 0, m_unaffected, 1.0), 0.0)
        spread = np.where(m_affected > 0, net * m / np.where(m_affected > 0, m_affected, 1.0), 0.0)
    diversion = np.where(affected, np.where(m_unaffected > 0, td_own, td_own - spread), to_rest)

    quantity = m + creation + diversion
    floor = np.maximum(quantity, 0.0)
    diversion = diversion + (floor - quantity)
    w = np.where(inf_supply, 0.0, pi * (1.0 + t0) / (1.0 + t1) - 1.0)
    after = floor * (1.0 + w)
    dp = (1.0 + t0) * r

    df["price_change"] = r
    df["creation"] = creation
    df["diversion"] = diversion
    df["price_effect"] = floor * w
    df["after"] = after
    df["change"] = after - m
    df["revenue_before"] = t0 * m
    df["revenue_after"] = t1 * after
    df["cs_change"] = -dp * (2.0 * m + creation) / 2.0
    df["deadweight_change"] = -0.5 * np.abs(dp) * creation
    return df
