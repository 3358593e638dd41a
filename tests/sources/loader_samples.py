"""Small valid files in each loader's real layout, cut from the real files, and ways to break them.

A :class:`Sample` is the text of a file as lines: ``head`` (note lines and the
header) and ``rows`` (data lines). Tests write it, or a broken variant of it,
to a temporary folder.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class Sample:
    """A small file in the layout of ``loader``.

    ``value`` and ``country`` name a numeric column and a country column by
    (index, header name); ``unknown`` is a country value that matches nothing.
    """

    loader: str
    head: tuple[str, ...]
    rows: tuple[str, ...]
    value: tuple[int, str]
    country: tuple[int, str]
    unknown: str
    suffix: str = ".csv"
    encoding: str = "utf-8"
    side: dict[str, str] = field(default_factory=dict)

    @property
    def header_line(self) -> int:
        return len(self.head)

    def line_of(self, row: int) -> int:
        """1-based file line of data row ``row``."""
        return len(self.head) + 1 + row

    def text(self) -> str:
        return "".join(line + "\n" for line in (*self.head, *self.rows))

    def with_cell(self, row: int, col: int, value: str) -> Sample:
        cells = next(csv.reader([self.rows[row]]))
        cells[col] = value
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(cells)
        rows = list(self.rows)
        rows[row] = buf.getvalue()
        return replace(self, rows=tuple(rows))

    def write(self, folder: Path, name: str = "sample", *, data: bytes | None = None, suffix: str | None = None) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for side_name, side_text in self.side.items():
            (folder / side_name).write_text(side_text, encoding="utf-8")
        suffix = suffix or self.suffix
        path = folder / (name + suffix)
        raw = data if data is not None else self.text().encode(self.encoding)
        if suffix.endswith(".gz") and data is None:
            raw = gzip.compress(raw, mtime=0)
        path.write_bytes(raw)
        return path


def _lines(path: Path, encoding: str = "utf-8") -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        return fh.read().decode(encoding).splitlines()


def _csv_lines(frame: pd.DataFrame) -> tuple[str, ...]:
    return tuple(frame.to_csv(index=False, lineterminator="\n").splitlines())


def build_samples(data: Path) -> dict[str, Sample]:
    """One valid sample per loader, from the real files under ``data``."""
    out: dict[str, Sample] = {}

    lines = _lines(data / "sipri/sipri_trade_register_1950_2024_raw.csv.gz", "iso-8859-1")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Recipient,Supplier"))
    canada = [ln for ln in lines[start + 1:] if ln.startswith("Canada,") and ln.rstrip().endswith(tuple("0123456789"))]
    out["sipri_register"] = Sample(
        "sipri_register", tuple(lines[: start + 1]), tuple(canada[:40]),
        value=(15, "SIPRI TIV of delivered weapons"), country=(1, "Supplier"), unknown="Atlantis",
        suffix=".csv", encoding="iso-8859-1",
    )

    for loader, name, col in (
        ("sipri_milex_gdp", "sipri_milex_share_of_gdp_owid_1949_2024.csv", "Military expenditure (% of GDP)"),
        ("sipri_milex_usd", "sipri_milex_constant_usd_owid_1949_2025.csv", "Military expenditure"),
    ):
        lines = _lines(data / "defence_spending" / name)
        rows = [ln for ln in lines[1:] if ln.startswith(("Canada,", "France,"))][:30]
        out[loader] = Sample(loader, (lines[0],), tuple(rows), value=(3, col), country=(1, "Code"), unknown="QQQ")

    lines = _lines(data / "defence_spending/cow_nmc_1816_2022.csv.gz")
    out["cow_nmc"] = Sample("cow_nmc", (lines[0],), tuple(lines[1:30]), value=(2, "milex"),
                            country=(0, "ccode"), unknown="9999", suffix=".csv.gz")
    lines = _lines(data / "trade_bilateral/cow_national_trade_v4_1870_2014.csv.gz")
    out["cow_trade_national"] = Sample("cow_trade_national", (lines[0],), tuple(lines[1:30]),
                                       value=(2, "imports"), country=(0, "ccode"), unknown="9999",
                                       suffix=".csv.gz")
    for loader, name, col in (("atop", "atop5_dyad_year_1815_2018.csv.gz", "atop_defense"),
                              ("cow_alliance", "cow_alliance_v4_1_dyad_year_1816_2012.csv.gz", "cow_defense")):
        lines = _lines(data / "alliances" / name)
        out[loader] = Sample(loader, (lines[0],), tuple(lines[1:30]), value=(3, col),
                             country=(1, "ccode2"), unknown="9999", suffix=".csv.gz")

    dyad = pd.read_parquet(data / "trade_bilateral/cow_dyadic_trade_v4_1870_2014.parquet")
    dyad = dyad[(dyad.ccode1 == 2) & (dyad.ccode2 == 20) & (dyad.year >= 2000)].head(15)
    lines_t = _csv_lines(dyad)
    out["cow_trade"] = Sample("cow_trade", lines_t[:1], lines_t[1:], value=(3, "flow1"),
                              country=(1, "ccode2"), unknown="9999")

    hs2 = pd.read_parquet(data / "trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet")
    hs2 = hs2[(hs2.year == 2024) & (hs2.hs2 == "27")].sort_values("total_exports_cad", ascending=False).head(12)
    lines_t = _csv_lines(hs2)
    out["canada_tdo_hs2"] = Sample("canada_tdo_hs2", lines_t[:1], lines_t[1:], value=(5, "total_exports_cad"),
                                   country=(3, "partner"), unknown="Atlantis")
    part = pd.read_parquet(data / "trade_canada/canada_trade_by_province_partner_1990_2024.parquet")
    part = part[(part.year == 2024) & (part.geo_code == "CA")].sort_values(
        "total_exports_cad", ascending=False).head(12)
    lines_t = _csv_lines(part)
    out["canada_tdo_partner"] = Sample("canada_tdo_partner", lines_t[:1], lines_t[1:],
                                       value=(4, "total_exports_cad"), country=(3, "partner"), unknown="Atlantis")

    out["comtrade"] = comtrade_sample(hs2)
    out["baci"] = baci_sample(hs2)
    return out


# Numeric UN M49 codes of the partners used below (as Comtrade and BACI code them).
M49 = {"CAN": 124, "USA": 842, "CHN": 156, "GBR": 826, "JPN": 392, "NLD": 528, "KOR": 410, "IND": 699,
       "DEU": 276, "FRA": 251, "MEX": 484, "BEL": 56, "ITA": 381, "ESP": 724, "BRA": 76, "SGP": 702}


def _iso3(names: list[str]) -> dict[str, str | None]:
    from diversify.reference.countries import resolve_names

    return resolve_names(names)


def comtrade_sample(hs2: pd.DataFrame) -> Sample:
    """Comtrade+ layout: Canada's 2024 exports of chapter 27 (from TDO, as if US$)."""
    iso = _iso3(list(hs2.partner))
    head = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
            "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
            "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,"
            "isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,"
            "altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
            "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate")
    rows = []
    for partner, value in zip(hs2.partner, hs2.total_exports_cad, strict=True):
        code = iso[partner]
        if code not in M49:
            continue
        rows.append(comtrade_row("X", M49[code], code, partner, "27", value))
    return Sample("comtrade", (head,), tuple(rows), value=(43, "primaryValue"), country=(11, "partnerCode"),
                  unknown="999")


def comtrade_row(flow: str, partner_code: int, partner_iso: str, partner_desc: str, cmd: str, value: float,
                 *, partner2: str = "0", customs: str = "C00", mot: str = "0", year: int = 2024,
                 reporter: tuple[int, str, str] = (124, "CAN", "Canada")) -> str:
    """One Comtrade+ data line (47 columns) with the fields the loader reads."""
    desc = "Mineral fuels, mineral oils" if cmd == "27" else ("All Commodities" if cmd == "TOTAL" else "")
    cells = ["C", "A", f"{year}0101", str(year), "52", str(year), str(reporter[0]), reporter[1], reporter[2],
             flow, {"X": "Export", "M": "Import"}.get(flow, flow), str(partner_code), partner_iso, partner_desc,
             partner2, "W00" if partner2 == "0" else "", "World" if partner2 == "0" else "",
             "H6", "HS", "true", cmd, desc, "2", "false", customs, "TOTAL CPC" if customs == "C00" else "",
             "0", mot, "TOTAL MOT" if mot == "0" else "", "-1", "N/A", "0", "false", "-1", "N/A", "0", "false",
             "0", "false", "0", "false", "", f"{value:.1f}", f"{value:.1f}", "0", "true", "false"]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()


def baci_sample(hs2: pd.DataFrame) -> Sample:
    """BACI layout: Canada's 2024 chapter-27 exports split over two HS6 codes, in thousands."""
    iso = _iso3(list(hs2.partner))
    rows = []
    for partner, value in sorted(zip(hs2.partner, hs2.total_exports_cad, strict=True),
                                 key=lambda pv: M49.get(iso[pv[0]] or "", 0)):
        code = iso[partner]
        if code not in M49:
            continue
        crude = round(value * 0.7 / 1000, 3)
        rows.append(f"2024,124,{M49[code]},270900,{crude},{round(crude / 0.6, 3)}")
        rows.append(f"2024,124,{M49[code]},271121,{round(value / 1000 - crude, 3)},NA")
    countries = "country_code,country_name,country_iso2,country_iso3\n" + "".join(
        f"{num},{name},,{code}\n" for code, num, name in sorted(
            (c, n, c) for c, n in M49.items())
    )
    return Sample("baci", ("t,i,j,k,v,q",), tuple(rows), value=(4, "v"), country=(2, "j"), unknown="999",
                  side={"country_codes_V202401b.csv": countries})
