"""Dependency indicators, written as SQL the warehouse engine runs.

Every function takes a :class:`~diversify.store.Warehouse` and returns a pandas
DataFrame with documented columns; the definitions live in SQL so the same
queries can run on another engine (Spark, ...) over every country's data.
"""

from diversify.indicators.domains import DOMAINS, Domain, get_domain
from diversify.indicators.shares import (
    bloc_share_series,
    concentration_series,
    partner_shares,
)

__all__ = [
    "DOMAINS",
    "Domain",
    "bloc_share_series",
    "concentration_series",
    "get_domain",
    "partner_shares",
]
