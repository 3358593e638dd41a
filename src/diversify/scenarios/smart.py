"""The single-market partial-equilibrium model of WITS-SMART, vectorised.

One importing market; per product ``g`` (an HS chapter) each supplier ``k`` has
baseline imports ``M`` (trade values are quantities at a world price of 1),
an old and a new ad-valorem tariff ``t0, t1``, and the elasticities of the
product: import demand ``e_m < 0``, substitution between suppliers ``sigma``
and export supply ``e_x`` (``inf`` or SMART's 99 for perfectly elastic supply).

Trade creation (SMART)::

    r   = (t1 - t0) / ((1 + t0) (1 - e_m / e_x))     domestic price change of k
    TC  = e_m * M * r                                   = e_m M dt / ((1+t)(1 - e_m/e_x))

Trade diversion (SMART's formula for a supplier ``k`` whose tariff changes
against the suppliers ``R`` whose tariff does not)::

    rho = (1 + r_R) / (1 + r_k) - 1                    relative price of the rest
    TD  = M_k M_R sigma rho / (M_R + M_k + M_k sigma rho)

which is the reallocation of the market's imports ``T = sum M`` by the weights
``w_j = M_j (1 + sigma rho_j)``: ``M_j + TD_j = T w_j / sum w``. The same
weights serve any number of suppliers, with the unaffected suppliers' price as
the reference (when every supplier's tariff changes, the import-weighted mean
price change): diversion sums to zero in every market, as in SMART, and two
groups give SMART's formula exactly. ``sigma rho`` is floored at -1: a
supplier cannot lose more than its trade ("diversion reaches its ceiling with
existing trade"); likewise creation is floored at ``-M``, and a supplier's
trade after the shock at zero.

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
    "price_change",
    "creation",
    "diversion",
    "price_effect",
    "after",
    "change",
    "revenue_before",
    "revenue_after",
    "cs_change",
    "deadweight_change",
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

    def by_product(values: np.ndarray) -> np.ndarray:
        return pd.Series(values).groupby(key).transform("sum").to_numpy()

    total = by_product(m)
    m_unaffected = by_product(np.where(affected, 0.0, m))
    any_affected = by_product(affected.astype(float)) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_pi = np.where(total > 0, by_product(m * pi) / np.where(total > 0, total, 1.0), 1.0)
        reference = np.where(m_unaffected > 0, 1.0, mean_pi)
        x = np.maximum(sigma * (reference / pi - 1.0), -1.0)
        weight = m * (1.0 + x)
        weights = by_product(weight)
        reallocated = np.where(weights > 0, total * weight / np.where(weights > 0, weights, 1.0), m)
    diversion = np.where(any_affected, reallocated - m, 0.0)

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
