"""Seeded synthetic gravity panels, shared by tests, benchmarks and docs.

Countries sit at random points of a square; trade follows a PPML-consistent
gravity equation ``trade = exp(x . beta + exporter-year + importer-year) * noise``
with mean-one gamma noise and a few zero flows. The layout is that of
gegravity's sample data, so the frames feed :func:`run_gravity` and gegravity
alike.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TRUE_COEFFICIENTS: dict[str, float] = {
    "lndist": -0.8,
    "contiguity": 0.5,
    "common_language": 0.3,
    "pta": 0.4,
    "international": -2.5,
}
"""The betas the synthetic trade flows are drawn with."""


def synthetic_gravity_data(
    n_countries: int,
    *,
    n_years: int = 1,
    seed: int = 0,
    first_year: int = 2000,
    zero_share: float = 0.02,
) -> pd.DataFrame:
    """A square gravity panel with domestic flows.

    Parameters
    ----------
    n_countries
        Number of countries (codes ``C001``, ``C002``...).
    n_years
        Number of consecutive years.
    seed
        Seed of the random generator; the same seed gives the same frame.
    first_year
        The first year.
    zero_share
        Share of international flows set to zero.

    Returns
    -------
    pandas.DataFrame
        ``exporter, importer, year, trade, Y, E`` and the cost variables of
        :data:`TRUE_COEFFICIENTS`, sorted by year, exporter, importer.

    Examples
    --------
    >>> frame = synthetic_gravity_data(5, n_years=2, seed=1)
    >>> frame.shape
    (50, 11)
    """
    if n_countries < 2 or n_years < 1:
        raise ValueError("need at least two countries and one year")
    rng = np.random.default_rng(seed)
    n = n_countries
    codes = np.array([f"C{k + 1:03d}" for k in range(n)])
    xy = rng.uniform(0.0, 10.0, size=(n, 2))
    dist = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
    area = rng.lognormal(0.0, 0.5, size=n)
    np.fill_diagonal(dist, 0.15 * np.sqrt(area))
    domestic = np.eye(n, dtype=bool)
    contiguity = ((dist < 1.2) & ~domestic).astype(float)
    language = rng.integers(0, 8, size=n)
    common_language = ((language[:, None] == language[None, :]) & ~domestic).astype(float)
    # Each pair may sign an agreement in some year; it applies from then on.
    signing = np.triu(rng.integers(first_year - n_years, first_year + 2 * n_years, size=(n, n)), 1)
    signing = signing + signing.T
    draw = np.triu(rng.uniform(size=(n, n)), 1)
    may_sign = ((draw + draw.T) < 0.4) & ~domestic
    size = rng.lognormal(0.0, 1.2, size=n)
    beta = TRUE_COEFFICIENTS

    frames = []
    for t in range(n_years):
        year = first_year + t
        pta = (may_sign & (signing <= year)).astype(float)
        growth = np.exp(rng.normal(0.02 * t, 0.05, size=n))
        exporter_effect = np.log(size * growth)
        importer_effect = np.log(size * growth) + rng.normal(0.0, 0.2, size=n)
        index = (
            beta["lndist"] * np.log(dist)
            + beta["contiguity"] * contiguity
            + beta["common_language"] * common_language
            + beta["pta"] * pta
            + beta["international"] * (~domestic)
            + exporter_effect[:, None]
            + importer_effect[None, :]
        )
        trade = 1000.0 * np.exp(index) * rng.gamma(4.0, 0.25, size=(n, n))
        zeros = (rng.uniform(size=(n, n)) < zero_share) & ~domestic
        trade[zeros] = 0.0
        ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
        frames.append(
            pd.DataFrame(
                {
                    "exporter": codes[ii.ravel()],
                    "importer": codes[jj.ravel()],
                    "year": year,
                    "trade": trade.ravel(),
                    "Y": trade.sum(axis=1)[ii.ravel()],
                    "E": trade.sum(axis=0)[jj.ravel()],
                    "pta": pta.ravel(),
                    "contiguity": contiguity.ravel(),
                    "common_language": common_language.ravel(),
                    "lndist": np.log(dist).ravel(),
                    "international": (~domestic).astype(float).ravel(),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)
