"""Assemble a country's dependency report: the JSON contract of ``diversify report``.

One object: ``country``, ``year``, ``domains`` (a map from domain name to its
figures), ``notes`` (what is missing or old) and ``security_ties``. Bilateral
domains carry ``unit``, ``total``, ``partners`` (descending), ``top_partner``,
``top_share``, ``hhi`` (0-1), ``hhi_10000``, ``effective_partners``,
``bloc_shares`` (``USA``, ``EU27``, ``other`` and any bloc asked for),
``changes`` (5 and 10 years), ``trend`` (per year, for charts) and ``sources``
(``id``, ``citation``, ``publisher``, ``dataset``, ``version``). Arms domains add
``window`` [first, last]; ``reimports`` and ``unknown_partner`` (``partner``,
``value``, ``unit``, ``share_of_listed``) give the flows left out of the shares; ``military_expenditure`` has ``share_of_gdp``
(percent) and ``constant_usd`` instead of partners, each with its ``_year`` and
``_source`` (``None`` without a figure). A domain with no figure is left out and
a note says why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from diversify.config import YEARS
from diversify.errors import InputError
from diversify.indicators import critical
from diversify.indicators.alliances import latest_tie_year, s_scores_query, ties_in_year_query
from diversify.indicators.domains import REPORT_DOMAINS, get_domain
from diversify.indicators.shares import (
    THIN_COVERAGE,
    bloc_shares_query,
    concentration_query,
    coverage_query,
    home_flows_query,
    is_thin,
    materialize_domain_shares,
    unknown_flows_query,
)
from diversify.reference.blocs import load_blocs, resolve_group
from diversify.reference.countries import country_name, require_iso3

if TYPE_CHECKING:
    from diversify.store.engine import Engine

DEFAULT_GROUPS = ("USA", "EU27")
CHANGE_WINDOWS = (5, 10)
TREND_PARTNERS = 6
S_SCORE_YEARS = 20
SHARES = "report_shares"
"""The temp table of every bilateral domain's partner shares (see materialize_domain_shares)."""

Rows = list[dict[str, Any]]
"""Query results as plain rows (the engine's ``records``): the report imports no data-frame library."""


def _num(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def _sources(wh: Engine, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = wh.query(
        "SELECT source_id, citation, publisher, dataset, version FROM sources "
        "WHERE source_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY source_id",
        [sorted(set(ids))],
    )
    return [
        {"id": r[0], "citation": r[1], "publisher": r[2], "dataset": r[3], "version": r[4]} for r in rows
    ]


def pairwise_sum(values: list[float]) -> float:
    """The sum of ``values`` added in the order numpy adds a float64 array (blocks of eight
    running sums, halves above 128 values): a mean equals numpy's and pandas' to the last digit,
    so the figures do not depend on which library computed them."""
    n = len(values)
    if n < 8:
        total = -0.0
        for v in values:
            total += v
        return total
    if n <= 128:
        acc = values[:8]
        i = 8
        while i < n - n % 8:
            acc = [a + values[i + j] for j, a in enumerate(acc)]
            i += 8
        total = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]))
        for v in values[i:]:
            total += v
        return total
    half = n // 2
    half -= half % 8
    return pairwise_sum(values[:half]) + pairwise_sum(values[half:])


def _resolve_groups(blocs: list[str] | None) -> list[str]:
    groups = list(DEFAULT_GROUPS)
    for b in blocs or []:
        code = resolve_group(b, field="--bloc")
        if code not in groups:
            groups.append(code)
    return groups


@dataclass(frozen=True)
class _Computed:
    """What one query per indicator gave for every bilateral domain of the report."""

    concentration: Rows
    blocs: Rows
    coverage: Rows
    home: Rows
    unknown: Rows

    def of(self, rows: Rows, name: str) -> Rows:
        return [r for r in rows if r["dkey"] == name]


def _compute(wh: Engine, country: str, names: list[str], groups: list[str]) -> _Computed:
    """Every bilateral domain's partner shares in one scan of ``flows``, then each indicator in one
    query over all of them."""
    domains = [get_domain(d) for d in names]
    materialize_domain_shares(wh, country, domains, name=SHARES)
    return _Computed(
        concentration=wh.records(*concentration_query(SHARES)),
        blocs=wh.records(*bloc_shares_query(SHARES, groups)),
        coverage=wh.records(*coverage_query(country, domains, SHARES)),
        home=wh.records(*home_flows_query(country, SHARES)),
        unknown=wh.records(*unknown_flows_query(SHARES)),
    )


def _bilateral(
    wh: Engine, country: str, name: str, year: int | None, groups: list[str], notes: list[str],
    computed: _Computed,
) -> dict[str, Any] | None:
    """One domain of the report from the indicators computed for all of them."""
    domain = get_domain(name)
    conc = computed.of(computed.concentration, name)
    if not conc:
        notes.append(f"{name}: no data for {country}")
        return None
    latest = max(int(c["year"]) for c in conc)
    use = latest if year is None else year
    if year is not None and year > latest:
        notes.append(f"{name}: latest data for {country} are for {latest}; {year} not available")
        use = latest
    row = [c for c in conc if c["year"] == use]
    if not row:
        earlier = [int(c["year"]) for c in conc if c["year"] <= use]
        if not earlier:
            notes.append(f"{name}: no data for {country} in or before {use}")
            return None
        use = max(earlier)
        notes.append(f"{name}: no data for {year}; showing {use}")
        row = [c for c in conc if c["year"] == use]
    r = row[0]
    blocs = computed.of(computed.blocs, name)
    bloc_year = {b["group"]: b["share"] for b in blocs if b["year"] == use}
    bloc_shares = {g: float(bloc_year.get(g, 0.0)) for g in groups}
    bloc_shares["other"] = max(0.0, 1.0 - bloc_shares["USA"] - bloc_shares["EU27"])
    out: dict[str, Any] = {
        "label": domain.label,
        "year": use,
        "unit": r["unit"],
        "total": float(r["total"]),
        "partners": [],  # filled for every domain at once, see _partners
        "top_partner": r["top_partner"],
        "top_share": float(r["top_share"]),
        "hhi": float(r["hhi"]),
        "hhi_10000": round(float(r["hhi"]) * 10000, 1),
        "effective_partners": float(r["effective_partners"]),
        "n_partners": int(r["n_partners"]),
        "bloc_shares": bloc_shares,
    }
    if domain.window > 1:
        out["window"] = [use - domain.window + 1, use]
    cov = computed.of(computed.coverage, name)
    trend = _trend(conc, blocs, groups, {int(c["year"]): float(c["coverage"]) for c in cov})
    thin = [t["year"] for t in trend if is_thin(t["coverage"])]
    if thin:
        total = "exports" if domain.flow_domain.endswith("exports") else "imports"
        notes.append(
            f"{name}: partner flows cover less than {THIN_COVERAGE:.0%} of {country}'s total {total} in "
            f"{_year_ranges(thin)} (national totals: {', '.join(sorted({c['source_id'] for c in cov}))}); "
            "shares, HHI and changes in those years describe only the partners reported"
        )
    out["changes"] = _changes(trend, use)
    out["trend"] = trend
    out["partner_trend"] = []  # see _partners
    home = [h for h in computed.of(computed.home, name) if h["year"] == use]
    if home and float(home[0]["value"]) > 0:
        out["reimports"] = left = _left_out(home[0], out["total"])
        notes.append(
            f"{name}: re-imports ({left['partner']} as its own partner: goods returned) of "
            f"{_figure(left['value'])} {unit_label(left['unit'])} in {use} ({left['share_of_listed']:.2%} of the "
            "flows as listed) are not trade with a partner and are left out of partner and bloc shares"
        )
    unknown = [u for u in computed.of(computed.unknown, name) if u["year"] == use]
    if unknown and float(unknown[0]["value"]) > 0:
        out["unknown_partner"] = left = _left_out(unknown[0], out["total"])
        notes.append(
            f"{name}: partner unknown to the source ({left['partner']}) for {_figure(left['value'])} "
            f"{unit_label(left['unit'])} in {'-'.join(map(str, out.get('window', [use])))} "
            f"({left['share_of_listed']:.2%} of the flows as listed): left out of partner and bloc shares, HHI and "
            "the partner count"
        )
    ids = list(r["source_ids"])
    out["sources"] = _sources(wh, ids)
    if domain.product == "27" and name.startswith("energy"):
        out["product"] = {"classification": "HS", "code": "27", "description": "Mineral fuels, oils (energy)"}
    return out


def _left_out(row: dict[str, Any], total: float) -> dict[str, Any]:
    """Flows left out of the partners (re-imports, an unknown partner): partner, value, unit and their
    share of the flows as listed (the partners' total plus these)."""
    value = float(row["value"])
    return {"partner": row["partner"], "value": value, "unit": row["unit"], "share_of_listed": value / (value + total)}


def _figure(value: float) -> str:
    """A value for a note: whole units from 100 up, three significant digits below ("6.6", "11.2")."""
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


UNIT_LABELS = {"TIV_millions": "TIV m"}
"""How a stored unit is written for a reader (others as stored: "CAD")."""


def unit_label(unit: str) -> str:
    return UNIT_LABELS.get(unit, unit)


def _partners(wh: Engine, domains: dict[str, dict[str, Any]]) -> None:
    """Fill each domain's partners (all, in the domain's year, by share) and the share series of
    its top partners: one query each over the report's share table for every domain."""
    keys = [n for n, d in domains.items() if "partner_trend" in d]
    if not keys:
        return
    rows = wh.query(
        f"""WITH pick AS (SELECT unnest($keys::VARCHAR[]) AS dkey, unnest($years::INTEGER[]) AS year)
           SELECT s.dkey, s.partner, s.value, s.share FROM {SHARES} s
           JOIN pick p ON p.dkey = s.dkey AND p.year = s.year
           ORDER BY s.dkey, s.share DESC, s.partner""",
        {"keys": keys, "years": [domains[k]["year"] for k in keys]},
    )
    for dkey, partner, value, share in rows:
        domains[dkey]["partners"].append(
            {"partner": partner, "name": country_name(partner), "value": float(value), "share": float(share)})
    top = [(k, p["partner"]) for k in keys for p in domains[k]["partners"][:TREND_PARTNERS]]
    series: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for dkey, partner, year, share in wh.query(
        f"""WITH top AS (SELECT unnest($keys::VARCHAR[]) AS dkey, unnest($partners::VARCHAR[]) AS partner)
           SELECT s.dkey, s.partner, s.year, s.share
           FROM {SHARES} s JOIN top t ON t.dkey = s.dkey AND t.partner = s.partner
           ORDER BY s.dkey, s.partner, s.year""",
        {"keys": [k for k, _ in top], "partners": [p for _, p in top]},
    ):
        series.setdefault((dkey, partner), []).append({"year": int(year), "share": float(share)})
    for dkey, partner in top:
        domains[dkey]["partner_trend"].append(
            {"partner": partner, "name": country_name(partner), "series": series.get((dkey, partner), [])})


def _year_ranges(years: list[int]) -> str:
    """``[1940, 1960, 1961, 1962]`` -> ``"1940, 1960-1962"``."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _trend(conc: Rows, blocs: Rows, groups: list[str], coverage: dict[int, float]) -> list[dict[str, Any]]:
    shares: dict[int, dict[str, float]] = {}
    for b in blocs:
        shares.setdefault(int(b["year"]), {})[b["group"]] = float(b["share"])
    out = []
    for rec in conc:
        year = int(rec["year"])
        b = {g: shares.get(year, {}).get(g, 0.0) for g in groups}
        b["other"] = max(0.0, 1.0 - b.get("USA", 0.0) - b.get("EU27", 0.0))
        out.append({
            "year": year, "total": float(rec["total"]), "unit": rec["unit"], "hhi": float(rec["hhi"]),
            "effective_partners": float(rec["effective_partners"]), "top_partner": rec["top_partner"],
            "top_share": float(rec["top_share"]), "bloc_shares": b,
            "n_partners": int(rec["n_partners"]), "coverage": coverage.get(year),
        })
    return out


def _changes(trend: list[dict[str, Any]], year: int) -> dict[str, Any]:
    by_year = {t["year"]: t for t in trend}
    now = by_year.get(year)
    out: dict[str, Any] = {}
    for w in CHANGE_WINDOWS:
        then = by_year.get(year - w)
        key = f"{w}y"
        if now is None or then is None or is_thin(now["coverage"]) or is_thin(then["coverage"]):
            out[key] = None
            continue
        out[key] = {
            "from_year": year - w,
            "hhi": now["hhi"] - then["hhi"],
            "top_share": now["top_share"] - then["top_share"],
            "bloc_shares": {g: now["bloc_shares"][g] - then["bloc_shares"].get(g, 0.0) for g in now["bloc_shares"]},
        }
    return out


def _military(wh: Engine, country: str, year: int | None, notes: list[str]) -> dict[str, Any] | None:
    rows = wh.records(
        """SELECT s.year, s.indicator, s.value, s.unit, s.source_id FROM national_series s
           WHERE s.country = ? AND s.indicator IN ('milex_share_gdp', 'milex_constant_usd')
           ORDER BY s.year""",
        [country],
    )
    if not rows:
        notes.append(f"military_expenditure: no SIPRI series for {country}")
        return None
    share = [r for r in rows if r["indicator"] == "milex_share_gdp"]
    usd = [r for r in rows if r["indicator"] == "milex_constant_usd"]

    def pick(series: Rows, what: str) -> tuple[dict[str, Any] | None, int | None]:
        if not series:
            notes.append(f"military_expenditure: no {what} for {country}")
            return None, None
        sub = series if year is None else [r for r in series if r["year"] <= year]
        if not sub:
            notes.append(f"military_expenditure: no {what} for {country} in or before {year}")
            return None, None
        r = sub[-1]
        if year is not None and int(r["year"]) < year:
            notes.append(f"military_expenditure: latest {what} for {country} is for {int(r['year'])}")
        return r, int(r["year"])

    s, sy = pick(share, "share of GDP")
    u, uy = pick(usd, "constant-US$ series")
    if s is None and u is None:  # no figure to show: the notes say why
        return None
    trend_years = sorted({r["year"] for r in rows})
    sw = {r["year"]: r["value"] for r in share}
    uw = {r["year"]: r["value"] for r in usd}
    ids = [x for x in (s["source_id"] if s is not None else None, u["source_id"] if u is not None else None) if x]
    share_val = _num(s["value"]) if s is not None else None
    changes: dict[str, Any] = {}
    out: dict[str, Any] = {
        "label": "Military expenditure (SIPRI)",
        "year": sy if sy is not None else uy,
        "share_of_gdp": share_val,
        "share_of_gdp_year": sy,
        "constant_usd": _num(u["value"]) if u is not None else None,
        "constant_usd_year": uy,
        "share_of_gdp_source": s["source_id"] if s is not None else None,
        "constant_usd_source": u["source_id"] if u is not None else None,
        "unit": {"share_of_gdp": "percent", "constant_usd": "USD_constant"},
        "nato_2pct_gap_points": None if share_val is None else 2.0 - share_val,
        "changes": changes,
        "trend": [
            {"year": int(y), "share_of_gdp": _num(sw.get(y)), "constant_usd": _num(uw.get(y))}
            for y in trend_years
        ],
        "sources": _sources(wh, ids),
    }
    for w in CHANGE_WINDOWS:
        if sy is not None and (sy - w) in sw:
            changes[f"{w}y"] = {"from_year": sy - w, "share_of_gdp": float(sw[sy] - sw[sy - w])}
        else:
            changes[f"{w}y"] = None
    return out


def _security(wh: Engine, country: str, year: int | None) -> dict[str, Any] | None:
    y = latest_tie_year(wh, year or 2100)
    if y is None:
        return None
    ties = wh.records(*ties_in_year_query(wh, country, y))
    if not ties:
        return {"year": y, "defence_partners": [], "n_defence_partners": 0, "s_scores": {}, "sources": []}
    defence = sorted(t["partner"] for t in ties if t["level"] >= 3)
    eu = sorted(load_blocs()["EU27"].members_in(y) - {country})
    first = max(y - S_SCORE_YEARS + 1, 1816)
    others = ["USA", *eu] if country != "USA" else eu
    by_year: dict[int, Rows] = {}
    for rec in wh.records(*s_scores_query(wh, country, others, first, y)):
        by_year.setdefault(int(rec["year"]), []).append(rec)
    series = []
    for yr in sorted(by_year):
        eu_members = load_blocs()["EU27"].members_in(yr) - {country}
        usa = [float(g["s_score"]) for g in by_year[yr] if g["other"] == "USA"]
        eus = [float(g["s_score"]) for g in by_year[yr] if g["other"] in eu_members]
        series.append({
            "year": yr,
            "USA": usa[0] if usa else None,
            "EU27_mean": pairwise_sum(eus) / len(eus) if eus else None,
        })
    latest = series[-1] if series else {}
    return {
        "year": y,
        "defence_partners": defence,
        "n_defence_partners": len(defence),
        "s_scores": {"USA": latest.get("USA"), "EU27_mean": latest.get("EU27_mean")},
        "s_score_trend": series,
        "method": "Signorino-Ritter S-score over valued alliance ties (3 defence, 2 neutrality/non-aggression, 1 consultation/entente)",
        "sources": _sources(wh, [t["source_id"] for t in ties]),
    }


def check_year(year: int | None, *, field: str = "year") -> None:
    """Refuse a year outside :data:`YEARS` (0 is not 'the latest')."""
    first, last = YEARS
    if year is not None and not first <= year <= last:
        raise InputError(f"expected a year from {first} to {last}, got {year}", field=field)


def _has_any_data(wh: Engine, country: str) -> bool:
    """Whether the warehouse holds anything about ``country``: flows it reports, a national series
    or an alliance tie. A report of domains it has no figures in is not a country without data."""
    return any(
        wh.query(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [country])
        for table, column in (("flows", "reporter"), ("national_series", "country"), ("ties", "country"))
    )


def build_report(
    wh: Engine, country: str, year: int | None = None, domains: list[str] | None = None,
    blocs: list[str] | None = None,
) -> dict[str, Any]:
    """The dependency report of ``country`` (ISO3 code or name) as the JSON contract dict."""
    with wh.deterministic():
        return _build_report(wh, country, year, domains, blocs)


def _build_report(
    wh: Engine, country: str, year: int | None, domains: list[str] | None, blocs: list[str] | None,
) -> dict[str, Any]:
    iso3 = require_iso3(country)
    check_year(year)
    wanted = list(domains) if domains else list(REPORT_DOMAINS)
    for d in wanted:
        if d != "military_expenditure":
            get_domain(d)
    groups = _resolve_groups(blocs)
    notes: list[str] = []
    out_domains: dict[str, Any] = {}
    computed = _compute(wh, iso3, [d for d in wanted if d != "military_expenditure"], groups)
    for name in wanted:
        if name == "military_expenditure":
            mil = _military(wh, iso3, year, notes)
            if mil is not None:
                out_domains[name] = mil
        else:
            dom = _bilateral(wh, iso3, name, year, groups, notes, computed)
            if dom is not None:
                if name == "goods_imports":
                    crit = wh.records(critical.SQL, critical.critical_params(iso3, dom["year"]))
                    if crit:  # every number a float (years_flagged too), as the contract writes them
                        dom["critical_products"] = [
                            {k: (_num(v) if isinstance(v, float | int) and not isinstance(v, bool) else v)
                             for k, v in rec.items()}
                            for rec in crit
                        ]
                out_domains[name] = dom
    _partners(wh, out_domains)
    years = [d.get("year") for d in out_domains.values() if d.get("year") is not None]
    report_year = year if year is not None else (max(years) if years else None)
    if year is None and report_year is not None:
        for name, d in out_domains.items():
            if d.get("year") is not None and d["year"] < report_year:
                ids = ", ".join(s["id"] for s in d.get("sources", []))
                notes.append(f"{name}: latest data are for {d['year']} ({ids})")
    if not out_domains and not _has_any_data(wh, iso3):
        notes.append(f"no data at all for {iso3} in this warehouse")
    return {
        "country": iso3,
        "country_name": country_name(iso3),
        "year": report_year,
        "domains": out_domains,
        "security_ties": _security(wh, iso3, year) if not domains else None,
        "notes": notes,
    }
