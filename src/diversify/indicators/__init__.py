"""Dependency indicators, written as SQL the warehouse engine runs.

Every function takes a :class:`~diversify.store.Warehouse` and returns a pandas
DataFrame with documented columns; the definitions live in SQL so the same
queries can run on another engine (Spark, ...) over every country's data
(:mod:`diversify.indicators.tables` runs them for every reporter at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diversify.indicators.domains import DOMAINS, Domain, get_domain

if TYPE_CHECKING:
    from diversify.indicators.shares import bloc_share_series, concentration_series, partner_shares

__all__ = [
    "DOMAINS",
    "Domain",
    "bloc_share_series",
    "concentration_series",
    "get_domain",
    "partner_shares",
]

_LAZY = ("bloc_share_series", "concentration_series", "partner_shares")


def __getattr__(name: str) -> Any:
    # the share functions import pandas; they load on first use, so the command line starts fast
    if name not in _LAZY:
        raise AttributeError(f"module 'diversify.indicators' has no attribute {name!r}")
    from diversify.indicators import shares

    return getattr(shares, name)
