"""diversify: how dependent is a country on any single partner, and what would diversifying cost?

The public Python API mirrors the command line::

    from diversify import Warehouse, build_report
    with Warehouse() as wh:                      # created from the embedded data if missing
        rep = build_report(wh, "CAN", year=2024)  # the JSON contract of `diversify report`
        rep["domains"]["goods_exports"]["bloc_shares"]["USA"]  # 0.764
"""

from __future__ import annotations

import typing as _typing

from diversify.errors import (
    BusyError,
    DiversifyError,
    InputError,
    MissingExtraError,
    NotFoundError,
    SolverError,
    SourceFormatError,
    UnknownCountryError,
)

if _typing.TYPE_CHECKING:
    from diversify.indicators.alliances import s_scores, ties_in_year
    from diversify.indicators.critical import critical_products
    from diversify.indicators.domains import DOMAINS, Domain, get_domain
    from diversify.indicators.shares import bloc_share_series, concentration_series, partner_shares
    from diversify.report.build import build_report
    from diversify.store import ALL_PRODUCTS, Warehouse

# The analysis names import DuckDB and pandas; they load on first use, so that
# `import diversify` (and the command line's start-up) stays light.
_LAZY = {
    "ALL_PRODUCTS": "diversify.store",
    "DOMAINS": "diversify.indicators.domains",
    "Domain": "diversify.indicators.domains",
    "Warehouse": "diversify.store",
    "bloc_share_series": "diversify.indicators.shares",
    "build_report": "diversify.report.build",
    "concentration_series": "diversify.indicators.shares",
    "critical_products": "diversify.indicators.critical",
    "get_domain": "diversify.indicators.domains",
    "partner_shares": "diversify.indicators.shares",
    "s_scores": "diversify.indicators.alliances",
    "ties_in_year": "diversify.indicators.alliances",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diversify' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__version__ = "0.1.0"

__all__ = [
    "ALL_PRODUCTS",
    "DOMAINS",
    "BusyError",
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
