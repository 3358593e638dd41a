"""Broken files for every loader: a one-line error naming file, line and column, exit code 2, no change.

Each loader gets a small valid file in its real layout (cut from the real file,
see ``loader_samples.py``), loaded first so that a failing newer version of the
same dataset would, if the transaction leaked, delete or duplicate its rows.
Then a broken variant is loaded through the library and through the CLI.
"""

from __future__ import annotations

import csv
import gzip
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from loader_samples import Sample, build_samples

from diversify.errors import DiversifyError
from diversify.store import Warehouse

LOADERS = ["sipri_register", "sipri_milex_gdp", "sipri_milex_usd", "cow_nmc", "cow_trade_national", "atop",
           "cow_alliance", "cow_trade", "canada_tdo_hs2", "canada_tdo_partner", "comtrade", "baci"]
CASES = ["wrong_header", "utf16", "truncated_gzip", "non_numeric", "negative", "unknown_country",
         "duplicate", "empty", "header_only"]

# What the header check says, per loader.
HEADER_MESSAGE = {
    "sipri_register": "wrong header: expected 16 columns ending 'SIPRI TIV of delivered weapons'",
    "sipri_milex_gdp": "wrong header: expected columns Entity, Code, Year, Military expenditure (% of GDP); "
                       "missing Code, Military expenditure (% of GDP)",
    "sipri_milex_usd": "wrong header: expected columns Entity, Code, Year, Military expenditure; "
                       "missing Code, Military expenditure",
    "cow_nmc": "wrong header: expected columns ccode, year, milex, milper; missing ccode, milex",
    "cow_trade_national": "wrong header: expected columns ccode, year, imports, exports; missing ccode, imports",
    "atop": "wrong header: expected columns ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, "
            "atop_nonagg, atop_consul; missing ccode2, atop_defense",
    "cow_alliance": "wrong header: expected columns ccode1, ccode2, year, cow_defense, cow_neutral, cow_nonagg, "
                    "cow_entente; missing ccode2, cow_defense",
    "cow_trade": "wrong header: expected columns ccode1, ccode2, year, flow1, flow2; missing ccode2, flow1",
    "canada_tdo_hs2": "wrong header: missing partner, total_exports_cad",
    "canada_tdo_partner": "wrong header: missing partner, total_exports_cad",
    "comtrade": "wrong header: not a UN Comtrade CSV; expected the Comtrade+ columns refYear, reporterCode",
    "baci": "wrong header: expected t,i,j,k,v,q (found 't,i,jX,k,zz,q')",
}
NEGATIVE_MESSAGE = {
    "sipri_register": "negative TIV '-5'",
    "cow_nmc": "negative value '-5' (only -9, 'missing', is allowed)",
    "cow_trade_national": "negative value '-5' (only -9, 'missing', is allowed)",
    "cow_trade": "negative trade value -5.0 (only -9, 'missing', is allowed)",
    "atop": "expected 0 or 1, found '-5'",
    "cow_alliance": "expected 0 or 1, found '-5'",
    "canada_tdo_hs2": "negative value -5.0 (expected a non-negative amount)",
    "canada_tdo_partner": "negative value -5.0 (expected a non-negative amount)",
    "comtrade": "negative or invalid value -5.0 (expected a non-negative amount)",
    "baci": "negative value -5.0 (expected a non-negative amount)",
}
UNKNOWN_MESSAGE = {  # (field, message)
    "sipri_register": ("Supplier", "unknown country name 'Atlantis'; add it to an alias file"),
    "sipri_milex_gdp": ("Code", "unknown country code 'QQQ' (expected an ISO3 code)"),
    "sipri_milex_usd": ("Code", "unknown country code 'QQQ' (expected an ISO3 code)"),
    "canada_tdo_hs2": ("partner", "unknown country name 'Atlantis'; add it to an alias file"),
    "canada_tdo_partner": ("partner", "unknown country name 'Atlantis'; add it to an alias file"),
    "comtrade": ("partnerDesc", "unknown country name 'Atlantis'; add it to an alias file"),
    "baci": ("j", "unknown country code 999 (not in country_codes_V202401b.csv)"),
}
HEADER_ONLY_MESSAGE = {
    "sipri_register": "no deal records after the header",
    "canada_tdo_hs2": "nothing to load: the file holds no flows, series or ties with a non-zero value",
    "canada_tdo_partner": "nothing to load: the file holds no flows, series or ties with a non-zero value",
}


@pytest.fixture(scope="session")
def samples(shared_data: Path) -> dict[str, Sample]:
    return build_samples(shared_data)


@pytest.fixture(scope="session")
def loaded(samples: dict[str, Sample], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Per loader, a warehouse file holding its valid sample (copied by each test)."""
    out = {}
    for loader, sample in samples.items():
        folder = tmp_path_factory.mktemp(loader)
        path = folder / "loaded.duckdb"
        with Warehouse(path, seed=False) as wh:
            wh.ingest(sample.write(folder / "valid"), loader)
        out[loader] = path
    return out


def state(path: Path) -> dict[str, Any]:
    """Everything a failed ingest must leave as it was: row counts, checksums and the sources table."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out: dict[str, Any] = {}
        for table in ("flows", "flow_rows", "trade_matrix", "national_series", "ties", "products",
                      "unmatched_names", "sources"):
            out[table] = con.execute(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {table}").fetchall()
        out["sources_rows"] = con.execute("SELECT * FROM sources ORDER BY source_id").fetchall()
    finally:
        con.close()
    return out


def broken(sample: Sample, case: str, folder: Path) -> tuple[Path, str]:
    """A broken variant of ``sample`` and a regular expression of the message (after the file)."""
    path, message = _broken(sample, case, folder)
    return path, message if case == "duplicate" else re.escape(message)


def _broken(sample: Sample, case: str, folder: Path) -> tuple[Path, str]:
    vi, vn = sample.value
    ci, cn = sample.country
    loader = sample.loader
    if case == "wrong_header":
        header = sample.head[-1].replace(cn, cn + "X", 1).replace(vn, "zz", 1)
        path = replace(sample, head=(*sample.head[:-1], header)).write(folder, "bad")
        return path, f"line {sample.header_line}: {HEADER_MESSAGE[loader]}"
    if case == "utf16":
        path = sample.write(folder, "bad", data=sample.text().encode("utf-16"), suffix=".csv")
        expected = ("SIPRI's trade-register CSV export (ISO-8859-1 text)" if loader == "sipri_register"
                    else "BACI's CSV" if loader == "baci" else "a UTF-8 CSV file")
        return path, f"line 1: not UTF-8 text (UTF-16 or binary data); expected {expected}"
    if case == "truncated_gzip":
        data = gzip.compress(sample.text().encode(sample.encoding), mtime=0)[:-30]
        return (sample.write(folder, "bad", data=data, suffix=".csv.gz"),
                "corrupt or truncated gzip (Compressed file ended before the end-of-stream marker was reached)")
    if case == "non_numeric":
        line = sample.line_of(2)
        return sample.with_cell(2, vi, "abc").write(folder, "bad"), f"line {line}, field '{vn}': not a number: 'abc'"
    if case == "negative":
        message = NEGATIVE_MESSAGE.get(loader, "negative value '-5' (expected a non-negative amount)")
        return sample.with_cell(2, vi, "-5").write(folder, "bad"), f"line {sample.line_of(2)}, field '{vn}': {message}"
    if case == "unknown_country":
        bad = sample.with_cell(3, ci, sample.unknown)
        if loader == "comtrade":  # code, ISO and name all unknown
            bad = bad.with_cell(3, ci + 1, "").with_cell(3, ci + 2, "Atlantis")
        field, message = UNKNOWN_MESSAGE.get(loader, (cn, f"unknown COW country code '{sample.unknown}'"))
        return bad.write(folder, "bad"), f"line {sample.line_of(3)}, field '{field}': {message}"
    if case == "duplicate":
        rows = (*sample.rows[:4], sample.rows[2], *sample.rows[4:])
        path = replace(sample, rows=rows).write(folder, "bad")
        return path, rf"line {sample.line_of(2)}: duplicate row: .* appears again at line {sample.line_of(4)}"
    if case == "empty":
        return sample.write(folder, "bad", data=b""), "file is empty"
    if case == "header_only":
        path = replace(sample, rows=()).write(folder, "bad")
        return path, HEADER_ONLY_MESSAGE.get(loader, "file has a header but no data rows")
    raise ValueError(case)


def _pattern(path: Path, message: str) -> str:
    return "^" + re.escape(str(path)) + r"(: |, )" + message





CASE_IDS = [(loader, case) for loader in LOADERS for case in CASES
            if not (loader == "sipri_register" and case == "duplicate")]


@pytest.mark.parametrize(("loader", "case"), CASE_IDS, ids=[f"{lo}-{c}" for lo, c in CASE_IDS])
def test_bad_input(loader: str, case: str, samples: dict[str, Sample], loaded: dict[str, Path],
                   tmp_path: Path, capsys: pytest.CaptureFixture[str],
                   run_main: Callable[[list[str]], int]) -> None:
    wh_path = tmp_path / "wh.duckdb"
    shutil.copy(loaded[loader], wh_path)
    bad, message = broken(samples[loader], case, tmp_path / "files")
    before = state(wh_path)

    with Warehouse(wh_path, create=False) as wh, pytest.raises(DiversifyError) as info:
        wh.ingest(bad, loader)
    text = str(info.value)
    assert "\n" not in text
    assert re.search(_pattern(bad, message), text), text

    capsys.readouterr()
    code = run_main(["--warehouse", str(wh_path), "ingest", str(bad), "--source", loader])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert err == f"error: {text}\n"
    assert state(wh_path) == before


def test_sipri_register_identical_deals_are_summed(samples: dict[str, Sample], tmp_path: Path) -> None:
    """SIPRI lists separate identical deals (the real register holds several), so a repeated line is a
    second deal, not an error: its TIV counts twice."""
    sample = samples["sipri_register"]
    once = sample.write(tmp_path / "once", "register")
    twice = replace(sample, rows=(*sample.rows, sample.rows[0])).write(tmp_path / "twice", "register")
    values = []
    for path in (once, twice):
        with Warehouse(":memory:", seed=False) as wh:
            result = wh.ingest(path, "sipri_register")
            values.append(wh.query("SELECT sum(value) FROM flows WHERE domain = 'arms_imports'")[0][0])
    first = next(csv.reader([sample.rows[0]]))
    assert result.notes[0] == f"{len(sample.rows) + 1} deal records read"
    assert values[1] - values[0] == pytest.approx(float(first[15]))


def test_sipri_register_refuses_other_csv(samples: dict[str, Sample], tmp_path: Path) -> None:
    """The register is ISO-8859-1, so any bytes decode: a CSV that is not a register is refused by its header."""
    other = samples["sipri_milex_gdp"].write(tmp_path, "milex")
    with Warehouse(":memory:", seed=False) as wh, pytest.raises(DiversifyError, match=re.escape(
        f"{other}, line 1: wrong header: no line starting 'Recipient,Supplier' in the first 40 lines "
        "(expected SIPRI's trade-register CSV export)")):
        wh.ingest(other, "sipri_register")


@pytest.mark.parametrize("loader", ["sipri_milex_gdp", "canada_tdo_hs2", "canada_tdo_partner"])
def test_latin1_where_utf8_expected(loader: str, samples: dict[str, Sample], tmp_path: Path) -> None:
    sample = samples[loader]
    bad = sample.with_cell(1, sample.country[0], "Côte d'Ivoire")
    path = bad.write(tmp_path, "latin1", data=bad.text().encode("latin-1"))
    with Warehouse(":memory:", seed=False) as wh, pytest.raises(DiversifyError) as info:
        wh.ingest(path, loader)
    assert str(info.value).startswith(f"{path}, line {sample.line_of(1)}: not UTF-8 text")


@pytest.mark.parametrize(("loader", "name"), [
    ("canada_tdo_hs2", "trade_canada/canada_trade_by_partner_hs2_2000_2024.parquet"),
    ("cow_trade", "trade_bilateral/cow_dyadic_trade_v4_1870_2014.parquet"),
])
def test_bad_parquet(loader: str, name: str, shared_data: Path, tmp_path: Path) -> None:
    """The Parquet forms: a cut file, a missing column."""
    frame = pd.read_parquet(shared_data / name).head(50)
    good = tmp_path / "good.parquet"
    frame.to_parquet(good)
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    missing = tmp_path / "missing.parquet"
    column = "partner" if loader == "canada_tdo_hs2" else "flow1"
    frame.drop(columns=[column]).to_parquet(missing)
    with Warehouse(":memory:", seed=False) as wh:
        with pytest.raises(DiversifyError, match="^" + re.escape(f"{cut}: ")):
            wh.ingest(cut, loader)
        with pytest.raises(DiversifyError, match=re.escape(f"{missing}") + ".*missing " + column):
            wh.ingest(missing, loader)
        assert wh.query("SELECT count(*) FROM sources")[0][0] == 0


FAMILIES = [("sipri_register", "non_numeric"), ("sipri_milex_gdp", "unknown_country"),
            ("canada_tdo_hs2", "negative"), ("cow_trade", "duplicate"), ("comtrade", "wrong_header"),
            ("baci", "truncated_gzip")]


@pytest.mark.parametrize(("loader", "case"), FAMILIES, ids=[lo for lo, _ in FAMILIES])
def test_console_script(loader: str, case: str, samples: dict[str, Sample], loaded: dict[str, Path],
                        tmp_path: Path) -> None:
    """The installed ``diversify`` command: exit code 2, the message on stderr, no traceback, no change."""
    wh_path = tmp_path / "wh.duckdb"
    shutil.copy(loaded[loader], wh_path)
    bad, message = broken(samples[loader], case, tmp_path / "files")
    before = state(wh_path)
    with Warehouse(":memory:", seed=False) as wh, pytest.raises(DiversifyError) as info:
        wh.ingest(bad, loader)
    assert re.search(_pattern(bad, message), str(info.value))
    script = Path(sys.executable).with_name("diversify")
    proc = subprocess.run(
        [str(script), "--warehouse", str(wh_path), "ingest", str(bad), "--source", loader],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == f"error: {info.value}\n"  # one line, however long
    assert state(wh_path) == before


CSV_THROUGH_DUCKDB = ["sipri_milex_gdp", "sipri_milex_usd", "cow_nmc", "cow_trade_national", "atop", "cow_alliance",
                      "cow_trade", "canada_tdo_hs2", "canada_tdo_partner", "comtrade", "baci"]


WRONG_FIELD_COUNTS = [(lo, how) for lo in CSV_THROUGH_DUCKDB for how in ("cut", "extra")
                      if (lo, how) != ("baci", "extra")]  # BACI's NA quantity runs into the next year: "not a number"


@pytest.mark.parametrize(("loader", "how"), WRONG_FIELD_COUNTS, ids=[f"{lo}-{how}" for lo, how in WRONG_FIELD_COUNTS])
def test_a_record_with_the_wrong_field_count_says_so(loader: str, how: str, samples: dict[str, Sample],
                                                     loaded: dict[str, Path], tmp_path: Path) -> None:
    """A file cut in the middle of its last record, or with a record run into the next (the last
    line repeated without its newline): the fields expected and found, not "CSV Error on Line: N"."""
    sample = samples[loader]
    wh_path = tmp_path / "wh.duckdb"
    shutil.copy(loaded[loader], wh_path)
    fields = len(next(csv.reader([sample.head[-1]])))
    last = sample.rows[-1]
    if how == "cut":
        text, note = sample.text()[: -len(last) - 1] + last[:3], " (file cut mid-line?)"
        found = len(next(csv.reader([last[:3]])))
    else:
        text, found, note = sample.text()[:-1] + last + "\n", 2 * fields - 1, ""
    bad = sample.write(tmp_path / "files", "bad", data=text.encode(sample.encoding), suffix=".csv")
    before = state(wh_path)
    with Warehouse(wh_path, create=False) as wh, pytest.raises(DiversifyError) as info:
        wh.ingest(bad, loader)
    header = " (t,i,j,k,v,q)" if loader == "baci" else " as in the header"
    assert str(info.value) == (f"{bad}, line {sample.line_of(len(sample.rows) - 1)}: expected {fields} fields"
                               f"{header}, found {found}{note}")
    assert state(wh_path) == before


def test_cow_dyad_of_one_country(samples: dict[str, Sample], loaded: dict[str, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], run_main: Callable[[list[str]], int]) -> None:
    """ccode1 = ccode2 is a country trading with itself, said so with its line (not "duplicate
    row ... appears again at" the same line), the same on every run."""
    sample = samples["cow_trade"]
    header = next(csv.reader([sample.head[-1]]))
    ccode1 = next(csv.reader([sample.rows[2]]))[header.index("ccode1")]
    bad = sample.with_cell(2, header.index("ccode2"), ccode1).write(tmp_path / "files", "bad")
    wh_path = tmp_path / "wh.duckdb"
    shutil.copy(loaded["cow_trade"], wh_path)
    before = state(wh_path)
    expected = (f"{bad}, line {sample.line_of(2)}, field 'ccode2': a country trading with itself "
                f"(ccode1 = ccode2 = {int(float(ccode1))}); expected a dyad of two countries")
    for _ in range(3):
        with Warehouse(wh_path, create=False) as wh, pytest.raises(DiversifyError) as info:
            wh.ingest(bad, "cow_trade")
        assert str(info.value) == expected
    capsys.readouterr()
    assert run_main(["--warehouse", str(wh_path), "ingest", str(bad), "--source", "cow_trade"]) == 2
    assert capsys.readouterr().err == f"error: {expected}\n"
    assert state(wh_path) == before


PARQUET_LOADERS = ["cow_trade", "cow_trade_national", "cow_nmc", "atop", "cow_alliance", "canada_tdo_hs2",
                   "canada_tdo_partner", "sipri_register"]


@pytest.mark.parametrize("loader", PARQUET_LOADERS)
def test_random_bytes_named_parquet(loader: str, loaded: dict[str, Path], tmp_path: Path) -> None:
    """A loader that reads Parquet says a `.parquet` file of other bytes is not a readable Parquet
    file, not that it is not UTF-8 text."""
    import random

    bad = tmp_path / "random.parquet"
    bad.write_bytes(bytes(random.Random(7).getrandbits(8) for _ in range(50_000)))
    wh_path = tmp_path / "wh.duckdb"
    shutil.copy(loaded[loader], wh_path)
    before = state(wh_path)
    with Warehouse(wh_path, create=False) as wh, pytest.raises(DiversifyError) as info:
        wh.ingest(bad, loader)
    assert str(info.value) == f"{bad}: not a readable Parquet file (it does not begin with Parquet's magic bytes PAR1)"
    assert state(wh_path) == before
