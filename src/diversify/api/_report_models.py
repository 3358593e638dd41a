"""The report's JSON contract (owned by :mod:`diversify.report.build`) as pydantic
models, for the OpenAPI schema and for the contract test.

Fields a consumer relies on are named and typed; anything else the report adds
is allowed (``extra="allow"``), so the contract can grow without breaking."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ReportSource(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(description="Source id; /api/sources/{id} has its full provenance.")
    citation: str
    publisher: str | None = None
    dataset: str | None = None
    version: str | None = None


class PartnerShare(BaseModel):
    model_config = ConfigDict(extra="allow")

    partner: str = Field(description="ISO3 code (or bloc code).")
    name: str | None = None
    value: float
    share: float = Field(description="Share of the total, 0-1.")


class DomainReport(BaseModel):
    """One domain of the report. Bilateral domains have partners and concentration;
    ``military_expenditure`` has ``share_of_gdp`` and ``constant_usd`` instead."""

    model_config = ConfigDict(extra="allow")

    label: str | None = None
    year: int | None = None
    unit: str | dict[str, str] | None = None
    total: float | None = None
    partners: list[PartnerShare] | None = None
    top_partner: str | None = None
    top_share: float | None = None
    hhi: float | None = Field(default=None, description="Sum of squared shares, 0-1.")
    effective_partners: float | None = Field(default=None, description="1 / HHI.")
    bloc_shares: dict[str, float] | None = Field(
        default=None, description="At least USA, EU27 and other.")
    window: list[int] | None = Field(default=None, description="Arms: [first, last] year summed.")
    share_of_gdp: float | None = Field(default=None, description="Percent of GDP.")
    constant_usd: float | None = None
    sources: list[ReportSource]


class Report(BaseModel):
    """A country's dependency report: the JSON contract of `diversify report --format json`."""

    model_config = ConfigDict(extra="allow")

    country: str = Field(description="ISO3 code.")
    country_name: str | None = None
    year: int | None
    domains: dict[str, DomainReport]
    notes: list[str] = Field(default_factory=list, description="What is missing or old.")
