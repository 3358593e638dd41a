"""Pydantic models of what the API serves (besides the report, whose JSON
contract is owned by :mod:`diversify.report`)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list that grows: ``items[offset : offset + limit]`` of ``total``."""

    total: int = Field(description="Number of items matching the filters.")
    limit: int
    offset: int
    items: list[T]


class SourceRef(BaseModel):
    """Where a number comes from: the warehouse source and its citation."""

    id: str
    citation: str
    publisher: str | None = None
    dataset: str | None = None
    version: str | None = None


class Source(BaseModel):
    """A loaded file with its provenance."""

    source_id: str
    loader: str
    publisher: str
    dataset: str
    version: str | None
    file_name: str | None
    sha256: str
    citation: str
    licence: str | None
    method: str | None
    rows: int
    ingested_at: dt.datetime

    @field_validator("ingested_at")
    @classmethod
    def _utc(cls, value: dt.datetime) -> dt.datetime:
        """The warehouse stores UTC without a zone; serve it with one (RFC 3339)."""
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


class Coverage(BaseModel):
    """Years a country has data for in one domain or national series, and from where."""

    dataset: str = Field(description="Domain (goods_exports, arms_imports, ...) or national "
                         "series indicator (milex_share_gdp, ...).")
    first_year: int
    last_year: int
    sources: list[str]


class CountrySummary(BaseModel):
    iso3: str
    name: str
    first_year: int | None = None
    last_year: int | None = None
    datasets: list[str] = Field(default_factory=list)


class Country(CountrySummary):
    blocs: list[str] = Field(default_factory=list, description="Blocs it belongs to in last_year.")
    coverage: list[Coverage] = Field(default_factory=list)


class BlocMember(BaseModel):
    country: str
    name: str
    joined: dt.date
    left: dt.date | None = None


class Bloc(BaseModel):
    code: str
    name: str
    members: list[BlocMember]
    year: int | None = Field(default=None, description="The year asked for, if any.")
    members_in_year: list[str] | None = Field(
        default=None, description="Members on 1 July of `year` (the rule bloc shares use).")
    source: str = Field(description="Where the membership dates come from.")


class SeriesPoint(BaseModel):
    year: int
    value: float | None = Field(default=None, description="Amount in the series' unit.")
    share: float | None = Field(default=None, description="Share of the year's total (0-1).")
    sources: list[str] = Field(description="Ids of the sources of this number (see `sources`).")


class PartnerSeries(BaseModel):
    partner: str = Field(description="ISO3 code or bloc code.")
    name: str
    points: list[SeriesPoint]


class ConcentrationPoint(BaseModel):
    year: int
    hhi: float = Field(description="Sum of squared partner shares (0-1).")
    effective_partners: float = Field(description="1 / HHI.")
    partners: int
    top_partner: str
    top_share: float
    sources: list[str]
    coverage: float | None = Field(
        default=None,
        description="Sum of the partner flows / the country's national total of that year, where a "
        "total in a comparable unit is loaded; below 0.5 the year's shares describe only the "
        "partners reported.")
    thin: bool = Field(
        default=False,
        description="Coverage below 0.5: the dashboard leaves the year blank in its charts.")


class Series(BaseModel):
    """Yearly values of one domain for one country, by partner and bloc."""

    country: str
    domain: str
    label: str
    units: list[str] = Field(description="Units of the values; more than one when the "
                             "sources change over the years (shares stay comparable).")
    window: int = Field(description="Years summed per point.")
    total: list[SeriesPoint]
    partners: list[PartnerSeries]
    blocs: list[PartnerSeries]
    concentration: list[ConcentrationPoint]
    sources: list[SourceRef]


class NationalSeries(BaseModel):
    """One national indicator of one country over the years."""

    country: str
    indicator: str
    unit: str
    points: list[SeriesPoint]
    sources: list[SourceRef]


class Health(BaseModel):
    status: str
    version: str
    sources: int
    writes_enabled: bool
    read_requires_token: bool
    features: dict[str, bool]


class IngestOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    source_id: str
    loader: str
    file_name: str
    sha256: str
    skipped: bool
    rows: dict[str, int]
    replaced: list[str]
    unmatched: dict[str, int]
    notes: list[str]


AnyJson = dict[str, Any]
