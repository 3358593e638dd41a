"""The procurement catalogue: options per capability with price, lead time, origin content
and interoperability flags.

The shipped example is ``data/procurement_catalogue.toml`` (figures and
assumptions in its comments). A scenario names another file with
``catalogue = "file.toml"`` and adds or overrides options in
``[[procurement.options]]`` (an existing ``id`` replaces the fields given).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from diversify.scenarios.spec import Table, parse_toml, read_toml_file

OTHER = "OTHER"
_FIELDS = {
    "id",
    "capability",
    "system",
    "supplier",
    "country",
    "unit_price",
    "lead_time",
    "interoperability",
    "origin",
}


@dataclass(frozen=True)
class Option:
    """One purchasable system."""

    id: str
    capability: str
    system: str
    supplier: str
    country: str
    unit_price: float
    lead_time: float
    flags: frozenset[str]
    origin: tuple[tuple[str, float], ...]  # (ISO3 / bloc code / OTHER, share), shares sum to 1
    field: str


@dataclass(frozen=True)
class Catalogue:
    currency: str
    unit: str
    options: dict[str, Option]
    files: tuple[Path, ...] = ()

    def for_capability(self, capability: str) -> list[Option]:
        return [o for o in self.options.values() if o.capability == capability]


def _origin(t: Table, old: Option | None) -> tuple[tuple[str, float], ...]:
    from diversify.reference.blocs import load_blocs

    if "origin" not in t:
        if old is None:
            raise t.error(
                "origin", "missing required field: the share of component value by country"
            )
        return old.origin
    o = t.table("origin")
    blocs = load_blocs()
    shares = []
    for key in o:
        code = key if key == OTHER or key in blocs else o.to_country(key, key)
        shares.append((code, float(o.number(key, min=0.0, max=1.0))))
    total = sum(s for _, s in shares)
    if abs(total - 1.0) > 1e-6:
        raise t.error("origin", f"origin shares must sum to 1, got {total:.4f}")
    return tuple(shares)


def apply_options(cat: Catalogue, t: Table) -> Catalogue:
    """``cat`` with the ``options`` entries of table ``t`` added or merged in."""
    options = dict(cat.options)
    for item in t.tables("options", []):
        item.check_keys(_FIELDS)
        oid = item.string("id")
        old = options.get(oid)
        if old is None:
            for req in ("capability", "country", "unit_price", "lead_time"):
                if req not in item:
                    raise item.error(req, f"missing required field (option '{oid}' is new)")
        country = item.country("country") if "country" in item else old.country  # type: ignore[union-attr]
        new = Option(
            id=oid,
            capability=item.string("capability", old.capability if old else None),
            system=item.string("system", old.system if old else oid),
            supplier=item.string("supplier", old.supplier if old else ""),
            country=country,
            unit_price=float(
                item.number("unit_price", old.unit_price if old else None, min=0.0, strict_min=True)
            ),
            lead_time=float(item.number("lead_time", old.lead_time if old else None, min=0.0)),
            flags=frozenset(item.str_list("interoperability", sorted(old.flags) if old else [])),
            origin=_origin(item, old),
            field=item.field,
        )
        options[oid] = new
    return replace(cat, options=options)


def default_catalogue_text() -> str:
    return (
        resources.files("diversify.scenarios")
        .joinpath("data", "procurement_catalogue.toml")
        .read_text("utf-8")
    )


def load_catalogue(procurement: Table) -> Catalogue:
    """The catalogue a ``[procurement]`` table names (default: the shipped example) with its overrides."""
    if "catalogue" in procurement and procurement.string("catalogue") != "default":
        path = procurement.path("catalogue")
        root, _ = read_toml_file(path)
        files: tuple[Path, ...] = (path,)
    else:
        root, _ = parse_toml(
            default_catalogue_text(),
            "diversify/scenarios/data/procurement_catalogue.toml",
            Path("."),
        )
        files = ()
    root.check_keys({"currency", "unit", "options"})
    cat = apply_options(
        Catalogue(root.string("currency"), root.string("unit", ""), {}, files), root
    )
    return apply_options(cat, procurement)
