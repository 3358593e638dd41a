"""Yearly series for charts, from the indicator queries of :mod:`diversify.indicators`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diversify.indicators import bloc_share_series, concentration_series, get_domain, partner_shares
from diversify.indicators.shares import (
    coverage_by_year,
    coverage_series,
    is_thin,
    materialize_shares,
)
from diversify.reference.blocs import load_blocs, resolve_group
from diversify.reference.countries import country_name

if TYPE_CHECKING:
    from diversify.store import Warehouse

DEFAULT_BLOCS = ("USA", "EU27")


def _sources(wh: Warehouse, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = wh.query(
        "SELECT source_id, citation, publisher, dataset, version FROM sources "
        "WHERE source_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY source_id", [sorted(ids)],
    )
    return [{"id": r[0], "citation": r[1], "publisher": r[2], "dataset": r[3], "version": r[4]}
            for r in rows]


def build_series(
    wh: Warehouse, iso3: str, domain_name: str, *, partners: list[str], blocs: list[str],
    top: int, start: int | None, end: int | None, window: int | None,
) -> dict[str, Any]:
    """Totals, partners, blocs and concentration of one domain, in the
    :class:`~diversify.api._models.Series` layout."""
    from diversify.errors import InputError

    domain = get_domain(domain_name)
    first, last = start or 1800, end or 2100
    if first > last:
        raise InputError(f"start {first} is after end {last}", field="start")
    win = window or domain.window
    # one scan of flows for the partner shares every indicator below reads
    table = materialize_shares(wh, iso3, domain, first, last, win, name="series_shares")
    conc = concentration_series(wh, iso3, domain, first, last, win, table=table)
    coverage = coverage_by_year(coverage_series(wh, iso3, domain, first, last, win, table=table))
    shares = partner_shares(wh, iso3, domain, first, last, win, table=table)
    known = load_blocs()
    groups = list(dict.fromkeys([*DEFAULT_BLOCS, *(resolve_group(b, field="bloc") for b in blocs)]))
    bl = bloc_share_series(wh, iso3, domain, groups, first, last, win, table=table) if not conc.empty else None
    ids: set[str] = set()
    by_bloc: list[dict[str, Any]] = []

    total = []
    concentration = []
    totals: dict[int, float] = {}
    for r in conc.itertuples():
        src = list(r.source_ids)
        ids.update(src)
        totals[int(r.year)] = float(r.total)
        total.append({"year": int(r.year), "value": float(r.total), "share": 1.0, "sources": src})
        concentration.append({
            "year": int(r.year), "hhi": float(r.hhi), "effective_partners": float(r.effective_partners),
            "partners": int(r.n_partners), "top_partner": str(r.top_partner),
            "top_share": float(r.top_share), "sources": src, "coverage": coverage.get(int(r.year)),
            "thin": is_thin(coverage.get(int(r.year))),
        })
    if not partners and not shares.empty:
        latest = shares[shares.year == shares.year.max()]
        partners = latest.sort_values("share", ascending=False).partner.head(top).tolist()
    by_partner = []
    for p in partners:
        sub = shares[shares.partner == p]
        by_partner.append({
            "partner": p, "name": country_name(p),
            "points": [{"year": int(r.year), "value": float(r.value), "share": float(r.share),
                        "sources": list(r.source_ids)} for r in sub.itertuples()],
        })
    sources_by_year = {c["year"]: c["sources"] for c in concentration}
    for g in groups:
        rows = bl[bl.group == g].itertuples() if bl is not None else iter(())
        by_bloc.append({
            "partner": g, "name": known[g].name if g in known else country_name(g),
            "points": [{"year": int(r.year), "value": float(r.share) * totals.get(int(r.year), 0.0),
                        "share": float(r.share), "sources": sources_by_year.get(int(r.year), [])}
                       for r in rows],
        })
    if by_bloc and total:
        # "other": everything outside the USA and the EU27, as in the report's bloc shares.
        usa = {p["year"]: p["share"] for p in by_bloc[0]["points"]}
        eu = {p["year"]: p["share"] for p in by_bloc[1]["points"]}
        other = []
        for t in total:
            share = max(0.0, 1.0 - usa.get(t["year"], 0.0) - eu.get(t["year"], 0.0))
            other.append({"year": t["year"], "value": share * t["value"], "share": share,
                          "sources": t["sources"]})
        by_bloc.append({"partner": "other", "name": "Rest of the world", "points": other})
    return {
        "country": iso3, "domain": domain_name, "label": domain.label,
        "units": sorted(set(conc.unit)) if not conc.empty else [],
        "window": win, "total": total, "partners": by_partner, "blocs": by_bloc,
        "concentration": concentration, "sources": _sources(wh, ids),
    }


def national_series(wh: Warehouse, iso3: str, indicators: list[str] | None) -> list[dict[str, Any]]:
    """Each national indicator of ``iso3`` (optionally only ``indicators``), by year."""
    rows = wh.query(
        "SELECT indicator, unit, year, value, source_id FROM national_series WHERE country = ? "
        "ORDER BY indicator, year", [iso3],
    )
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for indicator, unit, year, value, source_id in rows:
        if indicators and indicator not in indicators:
            continue
        s = out.setdefault((indicator, unit), {"country": iso3, "indicator": indicator, "unit": unit,
                                               "points": [], "ids": set()})
        s["points"].append({"year": int(year), "value": float(value), "sources": [source_id]})
        s["ids"].add(source_id)
    result = []
    for s in out.values():
        s["sources"] = _sources(wh, s.pop("ids"))
        result.append(s)
    return result
