"""The single-market partial-equilibrium model of WITS-SMART, vectorised.

One importing market; per product ``g`` (an HS chapter) each supplier ``k`` has
baseline imports ``M`` (trade values are quantities at a world price of 1),
an old and a new ad-valorem tariff ``t0, t1``, and the elasticities of the
product: import demand ``e_m < 0``, substitution between suppliers ``sigma``
and export supply ``e_x`` (``inf`` for perfectly elastic supply, or any positive
value such as SMART's default 99).

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
trade after the shock at zero: where that floor binds, its diversion stops at
zero and the other suppliers' gains are scaled down in proportion by what it
did not lose, so diversion still sums to zero in every market. Where no
relative price moves (``sigma = 0``, or one change for every supplier)
diversion is exactly 0, and a quantity within rounding of zero
(:data:`ZERO_QUANTITY` of the market) is zero, not the few ulps that ``T w / W - M``
leaves.

With finite export supply the world price of ``k`` moves by
``w = (1 + r)(1 + t0)/(1 + t1) - 1`` and the value after is ``Q1 (1 + w)``
(SMART's price effect), where ``Q1 = M + TC + TD`` is the quantity after.
``e_x = inf`` is perfectly elastic supply (``w = 0``); SMART's default of 99
stands in for "infinite" in SMART, but here it is the finite number it is
(a very small price effect).

Welfare of the importing market, with linear demand for each supplier's
product between the old and the new point:

* tariff revenue ``t0 M`` before and ``t1 (1 + w) Q1`` after;
* ``cs_change = -dp (M + Q1) / 2`` with ``dp = (1 + t0) r``, the domestic price
  change: the trapezoid under the demand curve, with the supplier's full
  response (creation and diversion) in ``Q1``; a supplier whose price does not
  change (``dp = 0``) adds nothing;
* ``deadweight_change = (t0 + t1 (1 + w)) (M - Q1) / 2``: the change in the
  deadweight loss of the tariff (positive: more loss). With a baseline tariff
  it is larger than SMART's triangle ``smart_deadweight = -|dp| TC / 2``
  (``1/2 dt dM`` on trade creation alone, which leaves out the baseline tariff
  and diversion): 1.8 times for 0.10 -> 0.35 without diversion;
* ``terms_of_trade = -w (M + Q1) / 2``: what the importer gains when the
  exporter's world price falls (0 with infinite supply).

``net_welfare = cs_change + revenue_after - revenue_before
= terms_of_trade - deadweight_change`` exactly, per row.

Where a supplier's trade is choked off (its quantity after is zero), the welfare
figures are these formulas at the choke price: the lowest price of the supplier
at which the model's quantity reaches zero (found by bisection on its own price,
the others' prices as in the scenario), with ``Q1 = 0``. A higher tariff only
raises a price at which nothing is bought, so every welfare figure stops there:
the consumer-surplus loss is the whole area under the demand line, at most
``(1 + t0) M / (2 |e_m|)``, revenue after is zero and the deadweight change is
the surplus and baseline revenue lost plus the terms-of-trade gain on the units
bought on the way to the choke. ``price_change`` stays the tariff's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd

ZERO_QUANTITY = 1e-14
"""A supplier's quantity within this fraction of its market of zero is zero: the rounding of
the reallocation ``T w / W - M`` (a few ulps of the market ``T``) must not keep it out of the
choke or leave it a trade of 6e-05 on 4.6e11."""

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
    "smart_deadweight",
    "terms_of_trade",
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
    creation, x, weights, reallocated = _response(m, e_m, sigma, r, reference, total, by_product)
    # Where no relative price moves (sigma = 0, or the same change for every supplier) nothing
    # is diverted: exactly 0, not the rounding of T M / T - M.
    grouped = pd.Series(x).groupby(key)
    moves = (grouped.transform("max") - grouped.transform("min")).to_numpy() > 0
    diversion = np.where(any_affected & moves, reallocated - m, 0.0)

    # A supplier's trade stops at zero: its diversion is raised to stop there, and the gains
    # of the others are scaled down by what it did not lose, so diversion still sums to zero.
    quantity = m + creation + diversion
    unlost = np.maximum(-quantity, 0.0)
    gain = np.maximum(diversion, 0.0)
    gains = by_product(gain)
    with np.errstate(divide="ignore", invalid="ignore"):
        cut = np.where(gains > 0, by_product(unlost) / np.where(gains > 0, gains, 1.0), 0.0)
    diversion = diversion + unlost - gain * np.minimum(cut, 1.0)
    # A quantity within rounding of zero (T M / W - M is exact to a few ulps of T) is zero.
    loss = creation + diversion
    gone = (m + loss <= ZERO_QUANTITY * total) & ((loss < 0) | (m <= 0))
    diversion = np.where(gone & (m > 0), -(m + creation), diversion)
    floor = np.where(gone, 0.0, np.maximum(m + creation + diversion, 0.0))
    w = np.where(inf_supply, 0.0, pi * (1.0 + t0) / (1.0 + t1) - 1.0)
    after = floor * (1.0 + w)

    # Where the floor binds, welfare is measured at the choke price: the lowest price of the
    # supplier at which the model's quantity reaches zero. A higher tariff only raises a price
    # at which nothing is bought, and changes no welfare figure.
    choked = (m > 0) & gone & (r > 0)
    reach = np.ones(len(m))
    if choked.any():
        reach[choked] = _choke_reach(
            m,
            e_m,
            sigma,
            r,
            pi,
            total,
            m_unaffected,
            by_product(m * pi),
            weights,
            x,
            choked,
        )
    r_welfare = r * reach
    t1_welfare = np.where(choked, t0 + r_welfare * (1.0 + t0) * supply, t1)
    w_welfare = np.where(inf_supply, 0.0, (1.0 + r_welfare) * (1.0 + t0) / (1.0 + t1_welfare) - 1.0)
    creation_welfare = np.where(choked, np.maximum(e_m * m * r_welfare, -m), creation)
    dp = (1.0 + t0) * r_welfare
    wedge_after = t1_welfare * (1.0 + w_welfare)  # tariff per unit after (world price 1 + w)

    df["price_change"] = r
    df["creation"] = creation
    df["diversion"] = diversion
    df["price_effect"] = floor * w
    df["after"] = after
    df["change"] = after - m
    df["revenue_before"] = t0 * m
    df["revenue_after"] = t1 * after
    df["cs_change"] = -dp * (m + floor) / 2.0
    df["deadweight_change"] = 0.5 * (t0 + wedge_after) * (m - floor)
    df["smart_deadweight"] = -0.5 * np.abs(dp) * creation_welfare
    df["terms_of_trade"] = -w_welfare * (m + floor) / 2.0
    return df


class _Response(NamedTuple):
    """Each supplier's response to the prices, before the zero floor (see :func:`_response`)."""

    creation: np.ndarray
    """Trade creation ``e_m M r``, floored at ``-M``."""
    x: np.ndarray
    """``sigma rho``: the supplier's relative-price term, floored at -1."""
    weights: np.ndarray
    """``W``, the sum of the market's share weights ``w = M (1 + x)``."""
    reallocated: np.ndarray
    """``T w / W``: the supplier's quantity once the market is reallocated (``M`` where ``W = 0``)."""


def _response(
    m: np.ndarray,
    e_m: np.ndarray,
    sigma: np.ndarray,
    r: np.ndarray,
    reference: np.ndarray,
    total: np.ndarray,
    market_weights: Callable[[np.ndarray], np.ndarray],
) -> _Response:
    """The model's quantity formulas: trade creation and the reallocation by share weights.

    Each supplier's price changes by ``r`` against the ``reference`` price of its market;
    ``market_weights`` sums the suppliers' weights over their market (``W``). A supplier's
    quantity before the zero floor is ``M + creation + (reallocated - M)``. The scenario
    (:func:`simulate`) and the search for a choke price (:func:`_choke_reach`) both read
    quantities from here.
    """
    creation = np.maximum(e_m * m * r, -m)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.maximum(sigma * (reference / (1.0 + r) - 1.0), -1.0)
        weight = m * (1.0 + x)
        weights = market_weights(weight)
        reallocated = np.where(weights > 0, total * weight / np.where(weights > 0, weights, 1.0), m)
    return _Response(creation, x, weights, reallocated)


def _choke_reach(
    m: np.ndarray,
    e_m: np.ndarray,
    sigma: np.ndarray,
    r: np.ndarray,
    pi: np.ndarray,
    total: np.ndarray,
    m_unaffected: np.ndarray,
    priced: np.ndarray,
    weights: np.ndarray,
    x: np.ndarray,
    rows: np.ndarray,
) -> np.ndarray:
    """For each of ``rows``: the fraction ``s`` of its price change ``r`` at which its quantity
    (creation and diversion, the other suppliers' prices as in the scenario) first reaches zero.

    Bisection on the supplier's own price (its quantity falls as its price rises), with the
    quantity of :func:`_response`. Exact where the product has an unaffected supplier;
    otherwise the reference price, the mean of all suppliers', follows the supplier's own
    price and the others' weights are held.
    """
    m, e_m, sigma, r = m[rows], e_m[rows], sigma[rows], r[rows]
    pi, total, free = pi[rows], total[rows], m_unaffected[rows] > 0
    others_priced = priced[rows] - m * pi
    others_w = weights[rows] - m * (1.0 + x[rows])

    def with_others(weight: np.ndarray) -> np.ndarray:
        return others_w + weight

    def quantity(s: np.ndarray) -> np.ndarray:
        own = 1.0 + r * s
        reference = np.where(free, 1.0, (others_priced + m * own) / total)
        res = _response(m, e_m, sigma, r * s, reference, total, with_others)
        return m + res.creation + (res.reallocated - m)

    lo, hi = np.zeros(len(m)), np.ones(len(m))
    for _ in range(60):  # 2^-60: the choke to machine precision
        mid = 0.5 * (lo + hi)
        zero = quantity(mid) <= ZERO_QUANTITY * total
        hi = np.where(zero, mid, hi)
        lo = np.where(zero, lo, mid)
    return hi
