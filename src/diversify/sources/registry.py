"""The loaders by name, as used by ``diversify ingest PATH --source NAME``."""

from __future__ import annotations

from diversify.errors import InputError
from diversify.sources.base import Loader


def loaders() -> dict[str, type[Loader]]:
    from diversify.sources import canada_tdo, cow, sipri_arms, sipri_milex

    classes: list[type[Loader]] = [
        sipri_arms.SipriRegisterLoader,
        sipri_milex.MilexShareOfGdpLoader,
        sipri_milex.MilexConstantUsdLoader,
        canada_tdo.CanadaPartnerHs2Loader,
        canada_tdo.CanadaProvincePartnerLoader,
        cow.CowDyadicTradeLoader,
        cow.CowNationalTradeLoader,
        cow.CowNmcLoader,
        cow.AtopLoader,
        cow.CowAllianceLoader,
    ]
    try:
        from diversify.sources import baci, comtrade

        classes += [comtrade.ComtradeLoader, baci.BaciLoader]
    except ImportError:
        pass
    return {c.name: c for c in classes}


def get_loader(name: str) -> Loader:
    table = loaders()
    if name not in table:
        raise InputError(
            f"unknown source '{name}' (expected one of: {', '.join(sorted(table))})", field="--source"
        )
    return table[name]()
