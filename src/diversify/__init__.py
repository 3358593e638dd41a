"""diversify: how dependent is a country on any single partner, and what would diversifying cost?

The public Python API mirrors the command line::

    from diversify import Warehouse, build_report
    with Warehouse() as wh:                      # created from the embedded data if missing
        rep = build_report(wh, "CAN", year=2024)  # the JSON contract of `diversify report`
        rep["domains"]["goods_exports"]["bloc_shares"]["USA"]  # 0.764
"""

from __future__ import annotations

from diversify.errors import (
    DiversifyError,
    InputError,
    MissingExtraError,
    NotFoundError,
    SolverError,
    SourceFormatError,
    UnknownCountryError,
)
from diversify.indicators.alliances import s_scores, ties_in_year
from diversify.indicators.critical import critical_products
from diversify.indicators.domains import DOMAINS, Domain, get_domain
from diversify.indicators.shares import bloc_share_series, concentration_series, partner_shares
from diversify.report.build import build_report
from diversify.store import ALL_PRODUCTS, Warehouse

__version__ = "0.1.0"

__all__ = [
    "ALL_PRODUCTS",
    "DOMAINS",
    "DiversifyError",
    "Domain",
    "InputError",
    "MissingExtraError",
    "NotFoundError",
    "SolverError",
    "SourceFormatError",
    "UnknownCountryError",
    "Warehouse",
    "__version__",
    "bloc_share_series",
    "build_report",
    "concentration_series",
    "critical_products",
    "get_domain",
    "partner_shares",
    "s_scores",
    "ties_in_year",
]
