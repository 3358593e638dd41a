"""The all-country table equals the report of each country, on the embedded data plus a BACI-shaped year."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diversify.errors import InputError
from diversify.indicators.domains import DOMAINS
from diversify.indicators.tables import hhi_table, hhi_table_sql, write_hhi_table
from diversify.report.build import build_report
from diversify.sources.baci_synthetic import write_baci_like
from diversify.store import Warehouse

FIELDS = ("total", "n_partners", "hhi", "effective_partners", "top_share")


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("baci")
    path = write_baci_like(folder, 20_000, years=(2022,), countries=40, products=300)[0]
    with Warehouse(folder / "w.duckdb") as w:  # embedded data, then a BACI year on top
        w.ingest(path, "baci")
        yield w


@pytest.mark.parametrize("country", ["CAN", "DEU", "USA", "CHN", "FRA", "MEX"])
def test_rows_equal_the_report(wh: Warehouse, country: str) -> None:
    domains = ["goods_exports", "goods_imports", "arms_imports"]
    table = hhi_table(wh, domains=domains, blocs=["NATO"], first=2015, last=2022)
    compared = set()
    for year in (2015, 2022):
        rep = build_report(wh, country, year=year, domains=domains, blocs=["NATO"])
        for name in domains:
            d = rep["domains"][name]
            rows = table[(table.reporter == country) & (table.domain == name) & (table.year == year)]
            if d.get("total") is None or d.get("year") != year:
                assert rows.empty, (country, name, year)
                continue
            assert len(rows) == 1, (country, name, year)
            compared.add((name, year))
            row = rows.iloc[0]
            for f in FIELDS:
                assert row[f] == pytest.approx(d[f], rel=1e-12, abs=1e-12), (country, name, year, f)
            assert row.top_partner == d["top_partner"]
            assert row.unit == d["unit"]
            for bloc, share in d["bloc_shares"].items():
                assert row[f"share_{bloc}"] == pytest.approx(share, rel=1e-12, abs=1e-12), (country, name, bloc)
    # the BACI year gives every country both goods domains in 2022
    assert {("goods_exports", 2022), ("goods_imports", 2022)} <= compared


def test_every_reporter_of_the_baci_year(wh: Warehouse) -> None:
    table = hhi_table(wh, first=2022, last=2022)
    imports = table[table.domain == "goods_imports"]
    assert imports.reporter.nunique() >= 40
    assert ((imports.hhi >= 1 / imports.n_partners - 1e-12) & (imports.hhi <= 1 + 1e-12)).all()
    shares = imports.share_USA + imports.share_EU27 + imports.share_other
    assert shares.between(1 - 1e-9, 1 + 1e-9).all()


def test_written_by_the_engine(wh: Warehouse, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    n = write_hhi_table(wh, tmp_path / "hhi.parquet", first=2020, last=2022)
    back = pq.read_table(tmp_path / "hhi.parquet").to_pandas()
    assert n == len(back) > 0
    assert list(back.columns[:3]) == ["domain", "reporter", "year"]
    assert write_hhi_table(wh, tmp_path / "hhi.csv", first=2020, last=2022) == n
    with pytest.raises(InputError, match="expected a .parquet or .csv file"):
        write_hhi_table(wh, tmp_path / "hhi.xlsx")
    with pytest.raises(InputError, match="unknown domain 'military_expenditure'"):
        hhi_table(wh, domains=["military_expenditure"])
    with pytest.raises(InputError, match="unknown bloc or country 'x\"; DROP TABLE flows; --'"):
        hhi_table(wh, blocs=['x"; DROP TABLE flows; --'])
    with pytest.raises(InputError, match="not a bloc or country code"):
        hhi_table_sql([DOMAINS["goods_exports"]], ['x"; DROP TABLE flows; --'])


def test_cli_table_hhi(wh: Warehouse, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from diversify.cli import app

    runner = CliRunner()
    wh.con.execute("CHECKPOINT")
    path = str(tmp_path / "copy.duckdb")  # read-only in the command; held read-write here
    shutil.copyfile(str(wh.path), path)
    out = runner.invoke(app, ["--warehouse", path, "table", "hhi", "--first", "2022", "--last", "2022",
                              "-o", str(tmp_path / "t.csv")])
    assert out.exit_code == 0, out.output
    assert out.output.startswith(f"written {tmp_path / 't.csv'} (")
    text = runner.invoke(app, ["--warehouse", path, "table", "hhi", "--first", "2022", "--last", "2022"])
    assert text.exit_code == 0
    assert text.output.splitlines()[0].startswith("domain,reporter,year,total,unit,n_partners,hhi,")
    assert len(text.output.splitlines()) == len((tmp_path / "t.csv").read_text().splitlines())


def test_table_to_a_file_needs_no_data_frames(wh: Warehouse, tmp_path: Path) -> None:
    """Computed and written by the engine: the command imports neither pandas nor numpy."""
    import json
    import shutil
    import subprocess
    import sys

    wh.con.execute("CHECKPOINT")
    copy = shutil.copy(str(wh.path), tmp_path / "copy.duckdb")  # another process cannot open the fixture's file
    argv = ["diversify", "--warehouse", str(copy), "table", "hhi", "-o", str(tmp_path / "t.parquet")]
    code = (f"import sys, json\nsys.argv = {argv!r}\nfrom diversify.cli import main\ntry:\n    main()\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted(m for m in ('pandas', 'numpy') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.splitlines()[0].startswith("written ")
    assert json.loads(out.stdout.splitlines()[-1]) == []


def test_an_unknown_bloc_is_refused_as_the_report_refuses_it(real_wh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as table_error:
        hhi_table(real_wh, ["goods_exports"], ["XYZ"], 2010, 2010)
    with pytest.raises(InputError) as report_error:
        build_report(real_wh, "CAN", blocs=["XYZ"])
    assert str(table_error.value) == str(report_error.value)
    assert str(table_error.value).startswith("field '--bloc': unknown bloc or country 'XYZ' (blocs: ")
    named = hhi_table(real_wh, ["goods_exports"], ["china", "nato"], 2010, 2010)
    assert {"share_CHN", "share_NATO"} <= set(named.columns)
