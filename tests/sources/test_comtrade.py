"""The UN Comtrade loader on files in Comtrade's exact layouts (Comtrade+ and legacy).

The main file holds Canada's real 2024 trade by partner (all products) and its
chapter-27 exports (Trade Data Online, in the real warehouse), written as
Comtrade rows (the CAD figures used as if they were US$), plus the rows a real
Comtrade download also holds and that must not be counted: partner World,
re-exports, breakdowns by second partner, customs procedure and transport mode.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from loader_samples import comtrade_row

from diversify.errors import SourceFormatError, UnknownCountryError
from diversify.sources.comtrade import PLUS_COLUMNS
from diversify.store import Warehouse

PLUS_HEADER = ",".join(PLUS_COLUMNS)
LEGACY_HEADER = (
    "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,"
    "Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,"
    "Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag"
)
# Comtrade's own codes where they differ from ISO 3166 numeric codes
COMTRADE_CODES = {"USA": 842, "FRA": 251, "CHE": 757, "IND": 699, "NOR": 579}


@pytest.fixture(scope="module")
def canada(real_warehouse_path: Path) -> pd.DataFrame:
    """Canada's 2024 flows: domain, partner (ISO3), product ('_ALL' or '27'), value."""
    import country_converter as coco

    with Warehouse(real_warehouse_path, create=False) as wh:
        frame = wh.frame(
            """SELECT f.domain, f.partner, f.product, f.value FROM flows f JOIN sources s USING (source_id)
               WHERE f.reporter = 'CAN' AND f.year = 2024 AND (
                   (s.loader = 'canada_tdo_partner' AND f.product = '_ALL')
                   OR (s.loader = 'canada_tdo_hs2' AND f.product = '27' AND f.domain = 'goods_exports'))"""
        )
    data = coco.CountryConverter().data[["ISO3", "ISOnumeric", "name_short"]].dropna()
    codes = dict(zip(data.ISO3, data.ISOnumeric.astype(int), strict=True)) | COMTRADE_CODES
    names = dict(zip(data.ISO3, data.name_short, strict=True))
    frame = frame[frame.partner.isin(codes)].copy()
    frame["code"] = frame.partner.map(codes)
    frame["name"] = frame.partner.map(names)
    # Taiwan as Comtrade codes it
    taiwan = frame.partner == "TWN"
    frame.loc[taiwan, "code"], frame.loc[taiwan, "name"] = 490, "Other Asia, nes"
    return frame


def plus_rows(frame: pd.DataFrame) -> list[str]:
    rows = []
    for domain, partner, product, value, code, name in frame.itertuples(index=False):
        iso = "S19" if code == 490 else partner
        rows.append(comtrade_row("X" if domain == "goods_exports" else "M", code, iso, name,
                                 "TOTAL" if product == "_ALL" else product, value))
    exports = frame[(frame.domain == "goods_exports") & (frame["product"] == "_ALL")].value.sum()
    rows += [
        comtrade_row("X", 0, "W00", "World", "TOTAL", exports),             # a total, not a partner
        comtrade_row("RX", 842, "USA", "USA", "TOTAL", 12_345_678.0),       # part of X already
        comtrade_row("X", 842, "USA", "USA", "TOTAL", 1e9, mot="2100"),     # by transport mode
        comtrade_row("X", 842, "USA", "USA", "TOTAL", 2e9, partner2="251"),  # by second partner
        comtrade_row("X", 842, "USA", "USA", "TOTAL", 3e9, customs="C01"),   # by customs procedure
        comtrade_row("X", 899, "_X", "Areas, nes", "TOTAL", 50.0),          # unspecified
    ]
    return rows


def legacy_row(flow: str, partner_code: int, partner_iso: str, partner: str, cmd: str, value: float) -> str:
    cells = ["H6", "2024", "2024", "2024", "0" if cmd == "TOTAL" else "2", "0",
             {"X": "2", "M": "1", "RX": "3"}[flow], {"X": "Export", "M": "Import", "RX": "Re-Export"}[flow],
             "124", "Canada", "CAN", str(partner_code), partner, partner_iso, cmd,
             "All Commodities" if cmd == "TOTAL" else "Mineral fuels", "1", "No Quantity", "", "", f"{value:.1f}", "0"]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()


def write(path: Path, header: str, rows: list[str], *, encoding: str = "utf-8", delim: str = ",") -> Path:
    text = "\n".join([header, *rows]) + "\n"
    if delim != ",":
        text = "\n".join(delim.join(next(csv.reader([line]))) for line in text.splitlines()) + "\n"
    data = text.encode(encoding)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def flows(wh: Warehouse) -> set[tuple[object, ...]]:
    return set(wh.query("SELECT year, reporter, partner, domain, product, value, unit FROM flows"))


def test_canada_2024_comtrade_plus(canada: pd.DataFrame, tmp_path: Path, empty_wh: Warehouse) -> None:
    path = write(tmp_path / "TradeData_CAN_2024.csv", PLUS_HEADER, plus_rows(canada))
    result = empty_wh.ingest(path, "comtrade")
    assert result.source_id.startswith("comtrade:CAN:2024:X+M:HS2+TOTAL:")
    assert set(result.notes) >= {
        "1 rows of other flows (RX) left out",
        "3 breakdown rows (partner2, customs procedure, transport mode) left out",
        "1 rows with partner World (a total) left out",
        "1 rows with unspecified partner areas (nes, bunkers, free zones) stored under XXX",
    }
    got = empty_wh.frame("SELECT partner, domain, product, value, unit FROM flows WHERE reporter = 'CAN'")
    assert set(got.unit) == {"USD"}
    expected = canada[canada.partner != "CAN"].set_index(["partner", "domain", "product"]).value
    stored = got[got.partner != "XXX"].set_index(["partner", "domain", "product"]).value
    pd.testing.assert_series_equal(stored.sort_index(), expected.sort_index(), check_names=False, rtol=1e-12)
    assert got[got.partner == "XXX"].value.tolist() == [50.0]

    exports = got[(got.domain == "goods_exports") & (got["product"] == "_ALL")].set_index("partner").value
    assert exports["USA"] / exports.sum() == pytest.approx(596.8 / 780.8, abs=0.0005)  # published 76.4%
    energy = got[got["product"] == "27"].set_index("partner").value
    assert energy["USA"] / energy.sum() == pytest.approx(0.893, abs=0.0005)  # published 89.3%
    assert "TWN" in exports.index and "S19" not in set(got.partner)
    assert empty_wh.query("SELECT classification, description FROM products WHERE code = '27'") == [
        ("HS", "Mineral fuels, mineral oils")]


def test_legacy_layout_gives_the_same_flows(canada: pd.DataFrame, tmp_path: Path) -> None:
    plus = write(tmp_path / "plus.csv", PLUS_HEADER, plus_rows(canada))
    rows = [legacy_row("X" if d == "goods_exports" else "M", c, "" if c == 490 else p, n,
                       "TOTAL" if prod == "_ALL" else prod, v)
            for d, p, prod, v, c, n in canada.itertuples(index=False)]
    rows += [legacy_row("X", 0, "WLD", "World", "TOTAL", 1e12), legacy_row("RX", 842, "USA", "USA", "TOTAL", 5e6)]
    legacy = write(tmp_path / "legacy.csv", LEGACY_HEADER, rows)
    results = []
    for path in (plus, legacy):
        with Warehouse(":memory:", seed=False) as wh:
            wh.ingest(path, "comtrade")
            results.append({r for r in flows(wh) if r[2] != "XXX"})
    assert results[0] == results[1]
    assert len(results[0]) == ((canada.partner != "CAN").sum())


def test_bulk_tab_separated_gzip_and_portal_header(canada: pd.DataFrame, tmp_path: Path) -> None:
    rows = plus_rows(canada)
    portal = PLUS_HEADER.replace("partner2Code", "Prtner2Code").replace("typeCode", "TypeCode") \
        .replace("primaryValue", "PrimaryValue").replace("refYear", "RefYear")
    files = [write(tmp_path / "plus.csv", PLUS_HEADER, rows),
             write(tmp_path / "COMTRADE-FINAL-CA1242024H6.txt.gz", PLUS_HEADER, rows, delim="\t"),
             write(tmp_path / "TradeData_portal.csv", portal, rows)]
    seen = []
    for path in files:
        with Warehouse(":memory:", seed=False) as wh:
            wh.ingest(path, "comtrade")
            seen.append(flows(wh))
    assert seen[0] == seen[1] == seen[2]


def test_latin1_portal_download(tmp_path: Path, empty_wh: Warehouse) -> None:
    """The portal writes Windows-1252: read as Latin-1 (only names are text), and said so."""
    rows = [comtrade_row("X", 384, "CIV", "Côte d'Ivoire", "TOTAL", 10.0),
            comtrade_row("X", 531, "CUW", "Curaçao", "TOTAL", 5.0)]
    path = write(tmp_path / "TradeData.csv", PLUS_HEADER, rows, encoding="latin-1")
    result = empty_wh.ingest(path, "comtrade")
    assert "file is not UTF-8; read as Latin-1" in result.notes
    assert sorted(empty_wh.query("SELECT partner, value FROM flows")) == [("CIV", 10.0), ("CUW", 5.0)]


def test_codes_without_leading_zero(tmp_path: Path, empty_wh: Warehouse) -> None:
    rows = [comtrade_row("X", 842, "USA", "USA", "1", 3.0), comtrade_row("X", 842, "USA", "USA", "10121", 1.0),
            comtrade_row("X", 842, "USA", "USA", "2709", 2.0)]
    result = empty_wh.ingest(write(tmp_path / "c.csv", PLUS_HEADER, rows), "comtrade")
    assert "2 commodity codes had lost their leading zero and were padded" in result.notes
    assert sorted(empty_wh.query("SELECT product, value FROM flows")) == [
        ("01", 3.0), ("010121", 1.0), ("2709", 2.0)]


@pytest.mark.parametrize(("change", "message"), [
    ({"freq": "M"}, "line 2, field 'freqCode': only annual data can be loaded (freqCode A); found 'M'"),
    ({"type": "S"}, "line 2, field 'typeCode': only goods (typeCode C) can be loaded; found 'S'"),
    ({"classification": "S4"},
     "line 2, field 'classificationCode': only HS classifications (H0-H6, HS) can be loaded; found 'S4'"),
    ({"cmd": "27A"}, "line 2, field 'cmdCode': not an HS code or TOTAL: '27A'"),
    ({"reporter": "0"}, "line 2, field 'reporterCode': reporter is World, a total; expected a country"),
    ({"year": ""}, "line 2, field 'refYear': year missing"),
    ({"partner": ""}, "line 2, field 'partnerCode': partner code missing"),
    ({"value": ""}, "line 2, field 'primaryValue': value missing"),
])
def test_refused(change: dict[str, str], message: str, tmp_path: Path, empty_wh: Warehouse) -> None:
    cells = next(csv.reader([comtrade_row("X", 842, "USA", "USA", "TOTAL", 7.0)]))
    index = {"freq": 1, "type": 0, "classification": 17, "cmd": 20, "reporter": 6, "year": 3, "partner": 11,
             "value": 43}
    for key, value in change.items():
        cells[index[key]] = value
        if key == "reporter":
            cells[7], cells[8] = "W00", "World"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    path = write(tmp_path / "bad.csv", PLUS_HEADER, [buf.getvalue()])
    with pytest.raises(SourceFormatError) as info:
        empty_wh.ingest(path, "comtrade")
    assert str(info.value) == f"{path}, {message}"


def test_only_re_exports(tmp_path: Path, empty_wh: Warehouse) -> None:
    path = write(tmp_path / "rx.csv", PLUS_HEADER, [comtrade_row("RX", 842, "USA", "USA", "TOTAL", 7.0),
                                                    comtrade_row("RM", 842, "USA", "USA", "TOTAL", 7.0)])
    with pytest.raises(SourceFormatError, match=re.escape(
            f"{path}, field 'flowCode': no export (X) or import (M) rows that are totals over partner2, "
            "customs procedure and transport mode (flows found: RM, RX)")):
        empty_wh.ingest(path, "comtrade")


def test_unknown_partner(tmp_path: Path, empty_wh: Warehouse) -> None:
    rows = [comtrade_row("X", 842, "USA", "USA", "TOTAL", 7.0), comtrade_row("X", 998, "", "Atlantis", "TOTAL", 3.0)]
    path = write(tmp_path / "u.csv", PLUS_HEADER, rows)
    with pytest.raises(UnknownCountryError, match=re.escape(
            f"{path}, line 3, field 'partnerDesc': unknown country name 'Atlantis'")):
        empty_wh.ingest(path, "comtrade")
    result = empty_wh.ingest(path, "comtrade", allow_unmatched=True)
    assert result.unmatched == {"partner:Atlantis": 1}
    assert sorted(empty_wh.query("SELECT partner, value FROM flows")) == [("USA", 7.0), ("XXX", 3.0)]
    assert empty_wh.query("SELECT field, name, rows FROM unmatched_names") == [("partner", "Atlantis", 1)]


def test_slices_add_up_and_revisions_replace(tmp_path: Path, empty_wh: Warehouse) -> None:
    """A file is a slice (reporters, years, flows, product levels): other slices add, the same slice replaces."""
    can = write(tmp_path / "can.csv", PLUS_HEADER, [comtrade_row("X", 842, "USA", "USA", "TOTAL", 7.0)])
    usa = write(tmp_path / "usa.csv", PLUS_HEADER, [
        comtrade_row("X", 124, "CAN", "Canada", "TOTAL", 9.0, reporter=(842, "USA", "USA"))])
    energy = write(tmp_path / "can27.csv", PLUS_HEADER, [comtrade_row("X", 842, "USA", "USA", "27", 2.0)])
    revised = write(tmp_path / "can_rev.csv", PLUS_HEADER, [comtrade_row("X", 842, "USA", "USA", "TOTAL", 7.5)])
    keys = [empty_wh.ingest(p, "comtrade").source_id.rsplit(":", 1)[0] for p in (can, usa, energy)]
    assert keys == ["comtrade:CAN:2024:X:TOTAL", "comtrade:USA:2024:X:TOTAL", "comtrade:CAN:2024:X:HS2"]
    result = empty_wh.ingest(revised, "comtrade")
    assert len(result.replaced) == 1 and result.replaced[0].startswith("comtrade:CAN:2024:X:TOTAL:")
    assert sorted(empty_wh.query("SELECT reporter, product, value FROM flows")) == [
        ("CAN", "27", 2.0), ("CAN", "_ALL", 7.5), ("USA", "_ALL", 9.0)]
    assert empty_wh.ingest(revised, "comtrade").skipped


def test_benchmark_generator_loads(tmp_path: Path, empty_wh: Warehouse) -> None:
    """The ingest benchmark's Comtrade+ generator writes files the loader reads whole."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_ingest", Path(__file__).resolve().parents[2] / "bench" / "bench_ingest.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = bench.write_comtrade(tmp_path, 3000, seed=7)
    frame = pd.read_csv(path, dtype={"cmdCode": str})
    assert len(frame) == 3000 and tuple(frame.columns) == PLUS_COLUMNS
    result = empty_wh.ingest(path, "comtrade")
    assert result.rows == {"flows": 3000}
    stored = empty_wh.query("SELECT sum(value) FROM flows WHERE reporter = 'CAN'")[0][0]
    assert stored == pytest.approx(frame.primaryValue.sum(), rel=1e-9)
