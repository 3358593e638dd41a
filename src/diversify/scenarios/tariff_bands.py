"""Bands on a tariff (SMART) scenario: draws of the import-demand and substitution elasticities.

``[tariff.uncertainty]``::

    draws = 200
    seed = 1
    import_demand = [0.5, 1.5]   # multiplier on each chapter's elasticity, drawn per chapter
    substitution = [0.75, 3.0]   # the Armington elasticity, one draw per trial for every chapter

The defaults are those ranges. The import-demand elasticities shipped are round sector
defaults whose published estimates (Kee, Nicita and Olarreaga 2008) often differ from them
by half or more, hence 0.5-1.5 times; SMART's substitution elasticity of 1.5 is a
convention, and estimates of the Armington elasticity for manufactures mostly fall between
about 0.75 and 3. Each trial re-runs the SMART model on the same base with its draws and
keeps the market's trade creation, diversion and tariff-revenue change, the reporter's
exports to the importer, and its export dependency after the shock (the importer's share,
HHI and effective partners).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np

from diversify.scenarios import tariff as model
from diversify.scenarios.band_spec import RangeRule, header, parse_band_table, without_uncertainty
from diversify.scenarios.bands import band, finite, with_uncertainty
from diversify.scenarios.dependency import indicators_of
from diversify.scenarios.result import Outcome
from diversify.scenarios.smart import simulate
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
RULES = {
    "import_demand": RangeRule(
        (0.5, 1.5), min=0.0, strict_min=True, meaning="multipliers on each chapter's elasticity"
    ),
    "substitution": RangeRule(
        (0.75, 3.0), min=0.0, meaning="the Armington elasticity between suppliers"
    ),
}
QUANTITIES = (
    "trade_creation",
    "trade_diversion",
    "tariff_revenue_change",
    "reporter_exports_after",
    "partner_share_after",
    "hhi_after",
    "effective_partners_after",
)


def run(t: Table, wh: Warehouse, *, trials: bool = False) -> Outcome:
    """The one-shot tariff scenario plus its ``uncertainty`` object (and trials on request).

    The scenario is set up once (:func:`tariff.set_up`: the warehouse read, the base, tariffs
    and elasticities); the one-shot run and every trial simulate that same table.
    """
    spec = parse_band_table(t.table("uncertainty"), RULES)
    setup = model.set_up(without_uncertainty(t), wh)
    outcome = model.run_setup(setup, wh)
    frame, reporter, importer = setup.frame, setup.reporter, setup.importer
    own = setup.exports.set_index("product")["value"]

    rng = np.random.default_rng(spec.seed)
    products = sorted(frame["product"].unique())
    slot = frame["product"].map({p: i for i, p in enumerate(products)}).to_numpy()
    e_m = frame["e_m"].to_numpy(float)
    start = time.perf_counter()
    values = np.full((spec.draws, len(QUANTITIES)), np.nan)
    drawn = np.empty((spec.draws, 2))
    for k in range(spec.draws):
        multipliers = rng.uniform(*spec.ranges["import_demand"], size=len(products))
        sigma = rng.uniform(*spec.ranges["substitution"])
        drawn[k] = (float(multipliers.mean()), sigma)
        trial = frame.assign(e_m=e_m * multipliers[slot], sigma=sigma)
        sim = simulate(trial)
        rep = sim[sim["partner"] == reporter].set_index("product")
        rep_own = own.reindex(rep.index).fillna(0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.where(
                rep["value"] > 0, rep["after"] / rep["value"].where(rep["value"] > 0, 1.0), 1.0
            )
        own_after = rep_own * rel
        after = model.exports_after(
            setup.exports_by_partner,
            importer,
            float((own_after - rep_own).sum()),
            setup.all_chapters,
        )
        dep = indicators_of(after, importer)
        row = [
            float(sim["creation"].sum()),
            float(sim["diversion"].sum()),
            float((sim["revenue_after"] - sim["revenue_before"]).sum()),
            float(own_after.sum()),
            dep["partner_share"],
            dep["hhi"],
            dep["effective_partners"],
        ]
        if np.all(np.isfinite(row)):
            values[k] = row
    seconds = time.perf_counter() - start
    failed = int(np.sum(~np.isfinite(values[:, 0])))
    uncertainty: dict[str, Any] = header(spec, failed, seconds)
    for i, name in enumerate(QUANTITIES):
        uncertainty[name] = band(values[:, i])
    rows = (
        [
            {
                "trial": k,
                "converged": bool(np.isfinite(values[k, 0])),
                "import_demand_multiplier_mean": drawn[k, 0],
                "substitution": drawn[k, 1],
                **{name: finite(values[k, i]) for i, name in enumerate(QUANTITIES)},
            }
            for k in range(spec.draws)
        ]
        if trials
        else None
    )
    return with_uncertainty(outcome, uncertainty, rows)
