"""The corridor network of rerouting scenarios: goods groups, markets, corridors, routes.

The default network is ``data/corridors.toml`` (figures and assumptions in its
comments). A scenario names another file with ``network = "file.toml"`` and can
override or add single entries in ``[[rerouting.corridors]]``,
``[[rerouting.markets]]`` and ``[[rerouting.routes]]``: an entry whose ``id``
exists replaces the fields it gives, a new ``id`` adds an entry.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from diversify.scenarios.spec import Table, parse_toml, read_toml_file

_RANGE = re.compile(r"^(\d{1,2})(?:-(\d{1,2}))?$")
MODES = ("pipeline", "lng", "rail", "port", "road", "air", "other")


@dataclass(frozen=True)
class Corridor:
    id: str
    name: str
    mode: str
    capacity: float
    unit_cost: float
    field: str


@dataclass(frozen=True)
class Market:
    id: str
    name: str
    countries: tuple[str, ...]
    extra_cost: float
    absorb: float
    field: str


@dataclass(frozen=True)
class Route:
    id: str
    market: str
    goods: tuple[str, ...]
    via: tuple[str, ...]
    extra_cost: float
    capacity: float
    field: str


@dataclass(frozen=True)
class Network:
    currency: str
    unit: str
    scale: float
    goods: dict[str, tuple[tuple[int, int], ...]]
    markets: dict[str, Market]
    corridors: dict[str, Corridor]
    routes: dict[str, Route]
    files: tuple[Path, ...] = ()

    def chapters(self, group: str) -> list[str]:
        return [f"{c:02d}" for lo, hi in self.goods[group] for c in range(lo, hi + 1)]

    def route_cost(self, route: Route) -> float:
        return (
            route.extra_cost
            + self.markets[route.market].extra_cost
            + sum(self.corridors[c].unit_cost for c in route.via)
        )


def _spans(t: Table, key: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for item in t.str_list(key):
        m = _RANGE.match(item.strip())
        if not m or int(m.group(2) or m.group(1)) < int(m.group(1)):
            raise t.error(
                key, f'expected HS chapters such as "27" or ranges such as "01-24", got {item!r}'
            )
        spans.append((int(m.group(1)), int(m.group(2) or m.group(1))))
    return tuple(spans)


def _entries(t: Table, key: str, allowed: set[str]) -> list[tuple[Table, str]]:
    out = []
    for item in t.tables(key, []):
        item.check_keys(allowed)
        out.append((item, item.string("id")))
    return out


def apply_entries(net: Network, t: Table) -> Network:
    """``net`` with the ``goods``, ``markets``, ``corridors`` and ``routes`` of table ``t`` merged in."""
    goods = dict(net.goods)
    g = t.table("goods", None)
    if g is not None:
        for name in g:
            goods[name] = _spans(g, name)
    markets = dict(net.markets)
    for item, mid in _entries(t, "markets", {"id", "name", "countries", "extra_cost", "absorb"}):
        m_old = markets.get(mid)
        countries = (
            tuple(_countries(item)) if "countries" in item else (m_old.countries if m_old else None)
        )
        if countries is None:
            raise item.error(
                "countries", "missing required field (a new market needs its countries)"
            )
        markets[mid] = Market(
            mid,
            item.string("name", m_old.name if m_old else mid),
            countries,
            item.number("extra_cost", m_old.extra_cost if m_old else 0.0, min=0.0),
            item.number("absorb", m_old.absorb if m_old else math.inf, min=0.0, allow_inf=True),
            item.field,
        )
    corridors = dict(net.corridors)
    for item, cid in _entries(t, "corridors", {"id", "name", "mode", "capacity", "unit_cost"}):
        c_old = corridors.get(cid)
        if c_old is None:
            for req in ("capacity", "unit_cost"):
                if req not in item:
                    raise item.error(req, f"missing required field (corridor '{cid}' is new)")
        corridors[cid] = Corridor(
            cid,
            item.string("name", c_old.name if c_old else cid),
            item.string("mode", c_old.mode if c_old else "other", choices=MODES),
            item.number("capacity", c_old.capacity if c_old else None, min=0.0, allow_inf=True),
            item.number("unit_cost", c_old.unit_cost if c_old else None, min=0.0),
            item.field,
        )
    routes = dict(net.routes)
    touched: list[tuple[Table, Route]] = []
    for item, rid in _entries(
        t, "routes", {"id", "market", "goods", "via", "extra_cost", "capacity"}
    ):
        r_old = routes.get(rid)
        if r_old is None:
            for req in ("market", "goods", "via"):
                if req not in item:
                    raise item.error(req, f"missing required field (route '{rid}' is new)")
        routes[rid] = Route(
            rid,
            item.string("market", r_old.market if r_old else None),
            tuple(item.str_list("goods", list(r_old.goods) if r_old else None)),
            tuple(item.str_list("via", list(r_old.via) if r_old else None)),
            item.number("extra_cost", r_old.extra_cost if r_old else 0.0, min=0.0),
            item.number("capacity", r_old.capacity if r_old else math.inf, min=0.0, allow_inf=True),
            item.field,
        )
        touched.append((item, routes[rid]))
    for item, r in touched:
        if r.market not in markets:
            raise item.error("market", f"unknown market '{r.market}' (have: {', '.join(markets)})")
        if not r.via:
            raise item.error("via", "a route needs at least one corridor")
        for c in r.via:
            if c not in corridors:
                raise item.error("via", f"unknown corridor '{c}' (have: {', '.join(corridors)})")
        for gname in r.goods:
            if gname not in goods:
                raise item.error(
                    "goods", f"unknown goods group '{gname}' (have: {', '.join(goods)})"
                )
    return replace(net, goods=goods, markets=markets, corridors=corridors, routes=routes)


def _countries(item: Table) -> list[str]:
    from diversify.reference.blocs import load_blocs

    blocs = load_blocs()
    out = []
    for code in item.str_list("countries"):
        out.append(code if code in blocs else item.to_country(code, "countries"))
    return out


def default_network_text() -> str:
    return (
        resources.files("diversify.scenarios").joinpath("data", "corridors.toml").read_text("utf-8")
    )


def load_network(rerouting: Table) -> Network:
    """The network a ``[rerouting]`` table names (default: the shipped one) with its overrides."""
    if "network" in rerouting and rerouting.string("network") != "default":
        path = rerouting.path("network")
        root, _ = read_toml_file(path)
        files: tuple[Path, ...] = (path,)
    else:
        root, _ = parse_toml(
            default_network_text(), "diversify/scenarios/data/corridors.toml", Path(".")
        )
        files = ()
    root.check_keys({"currency", "unit", "scale", "goods", "markets", "corridors", "routes"})
    empty = Network(
        root.string("currency"),
        root.string("unit", ""),
        root.number("scale", 1.0, min=0.0, strict_min=True),
        {},
        {},
        {},
        {},
        files,
    )
    net = apply_entries(empty, root)
    return apply_entries(net, rerouting)
