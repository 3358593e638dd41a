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
at which the model's quantity reaches zero, the others' prices as in the scenario
(found by bisection on its own price, with every trial price run through the
whole model of its market: reference price, the others' weights, zero floors),
with ``Q1 = 0``. A higher tariff only
raises a price at which nothing is bought, so every welfare figure stops there:
the consumer-surplus loss is the whole area under the demand line, at most
``(1 + t0) M / (2 |e_m|)``, revenue after is zero and the deadweight change is
the surplus and baseline revenue lost plus the terms-of-trade gain on the units
bought on the way to the choke. ``price_change`` stays the tariff's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple, Protocol

import numpy as np
import pandas as pd

ZERO_QUANTITY = 1e-14
"""A supplier's quantity within this fraction of its market of zero is zero: the rounding of
the reallocation ``T w / W - M`` (a few ulps of the market ``T``) must not keep it out of the
choke or leave it a trade of 6e-05 on 4.6e11."""

CHOKE_BATCH_ROWS = 1 << 21
"""The search for choke prices evaluates copies of the choked suppliers' markets in batches of
about this many rows (the last market of a batch may take it over)."""

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

    markets = _ProductMarkets(df["product"])
    creation, diversion, floor, gone = _quantities(m, e_m, sigma, r, affected, markets)
    w = np.where(inf_supply, 0.0, pi * (1.0 + t0) / (1.0 + t1) - 1.0)
    after = floor * (1.0 + w)

    # Where the floor binds, welfare is measured at the choke price: the lowest price of the
    # supplier at which the model's quantity reaches zero. A higher tariff only raises a price
    # at which nothing is bought, and changes no welfare figure.
    choked = (m > 0) & gone & (r > 0)
    reach = np.ones(len(m))
    if choked.any():
        reach[choked] = _choke_reach(markets.codes, m, e_m, sigma, r, affected, choked)
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


class _Markets(Protocol):
    """Sums and spreads of a per-row array over each row's market (product), broadcast back."""

    def sum(self, values: np.ndarray) -> np.ndarray: ...

    def spread(self, values: np.ndarray) -> np.ndarray: ...


class _ProductMarkets:
    """The scenario's markets: its rows grouped by product."""

    def __init__(self, product: pd.Series) -> None:
        self.product = product
        self.codes = pd.factorize(product)[0]

    def sum(self, values: np.ndarray) -> np.ndarray:
        return pd.Series(values).groupby(self.product).transform("sum").to_numpy()

    def spread(self, values: np.ndarray) -> np.ndarray:
        grouped = pd.Series(values).groupby(self.product)
        return (grouped.transform("max") - grouped.transform("min")).to_numpy()


class _BlockMarkets:
    """Markets laid out as consecutive blocks of rows (the copies the choke search evaluates)."""

    def __init__(self, sizes: np.ndarray) -> None:
        self.sizes = sizes
        self.starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))

    def sum(self, values: np.ndarray) -> np.ndarray:
        return np.repeat(np.add.reduceat(values, self.starts), self.sizes)

    def spread(self, values: np.ndarray) -> np.ndarray:
        high = np.maximum.reduceat(values, self.starts)
        return np.repeat(high - np.minimum.reduceat(values, self.starts), self.sizes)


class _Quantities(NamedTuple):
    """Each supplier's quantities after the shock, at world prices of 1 (see :func:`_quantities`)."""

    creation: np.ndarray
    diversion: np.ndarray
    floor: np.ndarray
    """The quantity after: ``M + creation + diversion``, zero where ``gone``."""
    gone: np.ndarray
    """The supplier's trade is choked off (its quantity reaches zero)."""


def _quantities(
    m: np.ndarray,
    e_m: np.ndarray,
    sigma: np.ndarray,
    r: np.ndarray,
    affected: np.ndarray,
    markets: _Markets,
) -> _Quantities:
    """The model's quantities for price changes ``r``: creation and diversion by
    :func:`_response`, then the zero floor. The scenario (:func:`simulate`) and the search for
    a choke price (:func:`_choke_reach`) both read them from here."""
    pi = 1.0 + r
    total = markets.sum(m)
    m_unaffected = markets.sum(np.where(affected, 0.0, m))
    any_affected = markets.sum(affected.astype(float)) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_pi = np.where(total > 0, markets.sum(m * pi) / np.where(total > 0, total, 1.0), 1.0)
    reference = np.where(m_unaffected > 0, 1.0, mean_pi)
    creation, x, _, reallocated = _response(m, e_m, sigma, r, reference, total, markets.sum)
    # Where no relative price moves (sigma = 0, or the same change for every supplier) nothing
    # is diverted: exactly 0, not the rounding of T M / T - M.
    moves = markets.spread(x) > 0
    diversion = np.where(any_affected & moves, reallocated - m, 0.0)

    # A supplier's trade stops at zero: its diversion is raised to stop there, and the gains
    # of the others are scaled down by what it did not lose, so diversion still sums to zero.
    quantity = m + creation + diversion
    unlost = np.maximum(-quantity, 0.0)
    gain = np.maximum(diversion, 0.0)
    gains = markets.sum(gain)
    with np.errstate(divide="ignore", invalid="ignore"):
        cut = np.where(gains > 0, markets.sum(unlost) / np.where(gains > 0, gains, 1.0), 0.0)
    diversion = diversion + unlost - gain * np.minimum(cut, 1.0)
    # A quantity within rounding of zero (T M / W - M is exact to a few ulps of T) is zero.
    loss = creation + diversion
    gone = (m + loss <= ZERO_QUANTITY * total) & ((loss < 0) | (m <= 0))
    diversion = np.where(gone & (m > 0), -(m + creation), diversion)
    floor = np.where(gone, 0.0, np.maximum(m + creation + diversion, 0.0))
    return _Quantities(creation, diversion, floor, gone)


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
    market: np.ndarray,
    m: np.ndarray,
    e_m: np.ndarray,
    sigma: np.ndarray,
    r: np.ndarray,
    affected: np.ndarray,
    rows: np.ndarray,
) -> np.ndarray:
    """For each of ``rows``: the fraction ``s`` of its price change ``r`` at which the model
    first chokes its trade off, the other suppliers' prices as in the scenario.

    Each supplier's market (``market``: integer codes) is copied, with the supplier's price
    change set to ``r s``, and :func:`_quantities` is evaluated on the copies exactly as the
    scenario would be at that tariff: the reference price (the unaffected suppliers', or the
    import-weighted mean of all when there are none, which then follows the supplier's own
    price), every other supplier's weight and diversion, and the zero floor of each of them.
    Bisection on ``s`` in ``[0, 1]``, 60 halvings: ``s`` to 2^-60, the choke tariff to machine
    precision. It relies on a choked supplier staying choked as its price rises further (its
    weight falls and the others' rise), which property tests check.
    """
    chosen = np.flatnonzero(rows)
    order = np.argsort(market, kind="stable")
    in_order = market[order]
    reach = np.ones(len(chosen))
    firsts = np.searchsorted(in_order, market[chosen], side="left")
    sizes = np.searchsorted(in_order, market[chosen], side="right") - firsts
    # A few markets' copies at a time, about CHOKE_BATCH_ROWS rows.
    ends = np.cumsum(sizes)
    bounds = np.searchsorted(ends, np.arange(0, ends[-1], CHOKE_BATCH_ROWS), side="right")
    for a, b in itertools.pairwise([*np.unique(bounds).tolist(), len(chosen)]):
        size = sizes[a:b]
        copies = _BlockMarkets(size)
        members = order[np.repeat(firsts[a:b] - copies.starts, size) + np.arange(size.sum())]
        own = members == np.repeat(chosen[a:b], size)
        cm, ce, cs, cr, ca = m[members], e_m[members], sigma[members], r[members], affected[members]
        lo, hi = np.zeros(b - a), np.ones(b - a)
        for _ in range(60):
            mid = 0.5 * (lo + hi)
            trial = np.where(own, cr * np.repeat(mid, size), cr)
            zero = _quantities(cm, ce, cs, trial, ca, copies).gone[own]
            hi = np.where(zero, mid, hi)
            lo = np.where(zero, lo, mid)
        reach[a:b] = hi
    return reach
