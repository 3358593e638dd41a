"""Defence-spending pathways: yearly budgets to reach spending targets, with uncertainty bands.

A ``[spending]`` scenario starts from the country's military expenditure share
of GDP in ``base_year`` (SIPRI, ``milex_share_gdp`` in the warehouse) and a GDP
level, and follows *milestones* (core and resilience shares of GDP in given
years, straight lines between them; NATO's Hague commitment is 3.5% core plus
up to 1.5% resilience by 2035). ``resilience_base`` is the resilience share of
GDP already spent in the base year (default 0: SIPRI's share is core spending):
the base year's budget is core plus resilience, and a milestone without
``resilience`` keeps the previous one's (the first keeps ``resilience_base``).

GDP in the base year is either

* ``source = "derived"``: SIPRI military expenditure in constant US dollars
  divided by its share of GDP (``milex_constant_usd / (milex_share_gdp / 100)``),
  so budgets are in SIPRI's constant US dollars; or
* ``source = "user"``: a ``value`` and ``unit`` the user sets (e.g. nominal CAD).

GDP then grows at ``growth.real + growth.inflation`` a year on the central path;
the Monte Carlo draws each year's growth from a normal distribution with standard
deviation ``growth.sd`` (``draws`` paths, ``seed`` fixed, so a run is
reproducible) and reports the 5th, 50th and 95th percentiles of each year's
budget. Equipment spending (``split.equipment_share`` of core) is divided among
supplier groups (e.g. domestic, EU, US) by shares that move in a straight line
from ``split.start`` to ``split.end``; these are stated assumptions, not data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from diversify.scenarios.result import Outcome
from diversify.scenarios.spec import Table

if TYPE_CHECKING:
    from diversify.store import Warehouse

NEEDS_WAREHOUSE = True
PERCENTILES = (5, 50, 95)


@dataclass(frozen=True)
class Milestone:
    year: int
    core: float
    resilience: float


def _base(wh: Warehouse, t: Table, country: str) -> tuple[int, float, float | None, list[str]]:
    """(base year, core share %, milex in constant USD or None, source ids) from the warehouse."""
    year = t.integer("base_year", None, min=1900, max=2100)
    rows = wh.query(
        """SELECT s.year, s.value AS share, u.value AS usd, s.source_id, u.source_id
           FROM national_series s
           LEFT JOIN national_series u ON u.country = s.country AND u.year = s.year
                AND u.indicator = 'milex_constant_usd'
           WHERE s.country = ? AND s.indicator = 'milex_share_gdp' AND s.value > 0
             AND (? IS NULL OR s.year = ?)
           ORDER BY (u.value IS NOT NULL) DESC, s.year DESC LIMIT 1""",
        [country, year, year],
    )
    if not rows:
        raise t.error(
            "base_year" if year is not None else "country",
            f"the warehouse has no milex_share_gdp for {country}" + (f" in {year}" if year else ""),
        )
    y, share, usd, s1, s2 = rows[0]
    return (
        int(y),
        float(share),
        (float(usd) if usd is not None else None),
        [s for s in (s1, s2) if s],
    )


def _milestones(t: Table, base_year: int, end_year: int, resilience_base: float) -> list[Milestone]:
    """The milestones; one without ``resilience`` keeps the previous one's (the first: the base's)."""
    out: list[Milestone] = []
    for item in t.tables("milestones"):
        item.check_keys({"year", "core", "resilience"})
        y = item.integer("year", min=base_year + 1, max=end_year)
        if out and y <= out[-1].year:
            raise item.error(
                "year", f"milestones must be in increasing years ({y} after {out[-1].year})"
            )
        out.append(
            Milestone(
                y,
                float(item.number("core", min=0.0, max=100.0)),
                float(
                    item.number(
                        "resilience", out[-1].resilience if out else resilience_base, min=0.0, max=100.0
                    )
                ),
            )
        )
    if not out:
        raise t.error(
            "milestones", "a spending scenario needs at least one [[spending.milestones]] entry"
        )
    return out


def _split(t: Table) -> tuple[float, list[str], np.ndarray, np.ndarray]:
    s = t.table("split", None)
    if s is None:
        return 0.0, [], np.zeros(0), np.zeros(0)
    s.check_keys({"equipment_share", "start", "end"})
    eq = float(s.number("equipment_share", min=0.0, max=1.0))
    start, end = s.table("start"), s.table("end")
    names = list(start)
    if set(names) != set(end):
        raise s.error("end", f"must name the same supplier groups as start ({', '.join(names)})")
    a = np.array([start.number(k, min=0.0, max=1.0) for k in names])
    b = np.array([end.number(k, min=0.0, max=1.0) for k in names])
    for table, v in ((start, a), (end, b)):
        if abs(v.sum() - 1.0) > 1e-6:
            raise table.error(None, f"supplier shares must sum to 1, got {v.sum():.4f}")
    return eq, names, a, b


def run(t: Table, wh: Warehouse) -> Outcome:
    """Run a ``[spending]`` scenario table."""
    t.check_keys(
        {
            "country",
            "base_year",
            "end_year",
            "gdp",
            "growth",
            "milestones",
            "resilience_base",
            "split",
        }
    )
    country = t.country("country", "CAN")
    base_year, base_share, usd, sources = _base(wh, t, country)
    end_year = t.integer("end_year", 2035, min=base_year + 1, max=2100)
    gdp_t = t.table("gdp", None)
    if gdp_t is not None:
        gdp_t.check_keys({"source", "value", "unit", "note"})
    source = (
        gdp_t.string("source", "derived", choices=("derived", "user"))
        if gdp_t is not None
        else "derived"
    )
    if source == "derived":
        if usd is None:
            raise t.error(
                "gdp",
                f"the warehouse has no milex_constant_usd for {country} in {base_year}; "
                'set [spending.gdp] source = "user" with a value',
            )
        gdp0, unit = usd / (base_share / 100.0), "USD (SIPRI constant prices)"
        basis = (
            f"derived: milex_constant_usd / (milex_share_gdp / 100) for {base_year} "
            f"= {usd:,.0f} / {base_share / 100:.5f}"
        )
    else:
        user = t.table("gdp")
        gdp0 = float(user.number("value", min=0.0, strict_min=True))
        unit = user.string("unit")
        basis = f"user-set: {gdp0:,.0f} {unit} in {base_year}" + (
            f" ({user.string('note')})" if "note" in user else ""
        )
    g = t.table("growth")
    g.check_keys({"real", "inflation", "sd", "draws", "seed"})
    real = float(g.number("real", min=-0.5, max=0.5))
    inflation = float(g.number("inflation", 0.0, min=-0.5, max=0.5))
    sd = float(g.number("sd", 0.0, min=0.0, max=0.5))
    draws = g.integer("draws", 5000, min=1, max=1_000_000)
    seed = g.integer("seed", 0, min=0)
    res0 = float(t.number("resilience_base", 0.0, min=0.0, max=100.0))
    milestones = _milestones(t, base_year, end_year, res0)
    eq_share, groups, split0, split1 = _split(t)

    years = np.arange(base_year, end_year + 1)
    k_years = np.array([base_year] + [m.year for m in milestones])
    core = np.interp(years, k_years, [base_share] + [m.core for m in milestones])
    resil = np.interp(years, k_years, [res0] + [m.resilience for m in milestones])
    steps = years - base_year
    gdp = gdp0 * (1.0 + real + inflation) ** steps
    rng = np.random.default_rng(seed)
    growth = rng.normal(real + inflation, sd, size=(draws, len(years) - 1))
    paths = gdp0 * np.concatenate([np.ones((draws, 1)), np.cumprod(1.0 + growth, axis=1)], axis=1)
    total_share = (core + resil) / 100.0
    mc_total = paths * total_share
    mc_core = paths * core / 100.0
    pt = np.percentile(mc_total, PERCENTILES, axis=0)
    pc = np.percentile(mc_core, PERCENTILES, axis=0)
    base_budget = gdp0 * (base_share + res0) / 100.0
    cum = np.percentile((mc_total[:, 1:] - base_budget).sum(axis=1), PERCENTILES)
    frac = (years - base_year) / (end_year - base_year)
    rows = []
    for i, y in enumerate(years):
        row: dict[str, Any] = {
            "year": int(y),
            "gdp": float(gdp[i]),
            "core_share": float(core[i]),
            "resilience_share": float(resil[i]),
            "core": float(gdp[i] * core[i] / 100),
            "resilience": float(gdp[i] * resil[i] / 100),
            "total": float(gdp[i] * total_share[i]),
            "total_p5": float(pt[0, i]),
            "total_p50": float(pt[1, i]),
            "total_p95": float(pt[2, i]),
            "core_p5": float(pc[0, i]),
            "core_p95": float(pc[2, i]),
        }
        if groups:
            equipment = row["core"] * eq_share
            mix = split0 + (split1 - split0) * frac[i]
            row["equipment"] = equipment
            row.update(
                {
                    f"equipment_{name}": float(equipment * s)
                    for name, s in zip(groups, mix, strict=True)
                }
            )
        rows.append(row)
    last = rows[-1]
    results = {
        "country": country,
        "base_year": base_year,
        "end_year": end_year,
        "unit": unit,
        "gdp_basis": basis,
        "base_share": base_share,
        "base_budget": base_budget,
        "end": {
            "core_share": last["core_share"],
            "resilience_share": last["resilience_share"],
            "core": last["core"],
            "resilience": last["resilience"],
            "total": last["total"],
            "total_p5": last["total_p5"],
            "total_p95": last["total_p95"],
        },
        "cumulative_increase": {
            "central": float(sum(r["total"] - base_budget for r in rows[1:])),
            "p5": float(cum[0]),
            "p50": float(cum[1]),
            "p95": float(cum[2]),
        },
        "monte_carlo": {
            "draws": draws,
            "seed": seed,
            "growth_mean": real + inflation,
            "growth_sd": sd,
        },
        "split_assumptions": (
            {
                "equipment_share": eq_share,
                "groups": ", ".join(groups),
                **{f"start_{n}": float(s) for n, s in zip(groups, split0, strict=True)},
                **{f"end_{n}": float(s) for n, s in zip(groups, split1, strict=True)},
            }
            if groups
            else {}
        ),
        "years": rows,
    }
    return Outcome(results, source_ids=tuple(sorted(sources)))
