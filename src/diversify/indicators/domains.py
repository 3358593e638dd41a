"""The domains a report covers and how each maps onto the ``flows`` table."""

from __future__ import annotations

from dataclasses import dataclass

from diversify.errors import InputError
from diversify.store.schema import ALL_PRODUCTS


@dataclass(frozen=True)
class Domain:
    """A bilateral domain: which flows, which product, which default window.

    ``window`` is the number of years summed for a year's figure (arms
    deliveries are lumpy, so arms indicators use 5-year windows).
    ``national_total`` names the ``national_series`` indicator of the
    reporter's total over all partners, where one exists, against which the
    coverage of the partner flows is measured.
    """

    name: str
    flow_domain: str
    product: str
    label: str
    window: int = 1
    national_total: str | None = None


DOMAINS: dict[str, Domain] = {
    d.name: d
    for d in (
        Domain("goods_exports", "goods_exports", ALL_PRODUCTS, "Goods exports", national_total="exports_total"),
        Domain("goods_imports", "goods_imports", ALL_PRODUCTS, "Goods imports", national_total="imports_total"),
        Domain("energy_exports", "goods_exports", "27", "Energy exports (HS 27)"),
        Domain("energy_imports", "goods_imports", "27", "Energy imports (HS 27)"),
        Domain("arms_imports", "arms_imports", ALL_PRODUCTS, "Arms imports (SIPRI TIV)", window=5),
        Domain("arms_exports", "arms_exports", ALL_PRODUCTS, "Arms exports (SIPRI TIV)", window=5),
    )
}

REPORT_DOMAINS = ("goods_exports", "goods_imports", "energy_exports", "arms_imports", "military_expenditure")
ALL_REPORT_DOMAINS = (*DOMAINS, "military_expenditure")


def get_domain(name: str) -> Domain:
    if name not in DOMAINS:
        raise InputError(
            f"unknown domain '{name}' (expected one of: {', '.join(ALL_REPORT_DOMAINS)})",
            field="--domain",
        )
    return DOMAINS[name]
