"""Ingest behaviour that every loader shares: idempotence on the real files, clean-up, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from diversify.data_build import DEFAULT_FILES as SHARED_FILES
from diversify.errors import SourceFormatError
from diversify.store import Warehouse


def test_real_files_again_add_nothing(real_wh: Warehouse, shared_data: Path) -> None:
    counts = real_wh.query("SELECT (SELECT count(*) FROM flows), (SELECT count(*) FROM national_series), "
                           "(SELECT count(*) FROM ties), (SELECT count(*) FROM sources)")
    ids = {r["file_name"]: r["source_id"] for r in real_wh.sources()}
    for rel, loader in SHARED_FILES:
        result = real_wh.ingest(shared_data / rel, loader)
        assert result.skipped and result.source_id == ids[Path(rel).name]
    assert real_wh.query("SELECT (SELECT count(*) FROM flows), (SELECT count(*) FROM national_series), "
                         "(SELECT count(*) FROM ties), (SELECT count(*) FROM sources)") == counts


def test_staging_tables_are_freed(tmp_path: Path, empty_wh: Warehouse) -> None:
    before = empty_wh.query("SELECT table_name FROM duckdb_tables() WHERE temporary ORDER BY 1")
    path = tmp_path / "milex.csv"
    path.write_text("Entity,Code,Year,Military expenditure (% of GDP),World region according to OWID\n"
                    "Canada,CAN,2024,1.31,North America\nWorld,OWID_WRL,2024,2.5,\n")
    result = empty_wh.ingest(path, "sipri_milex_gdp")
    assert result.rows == {"national_series": 1}
    assert result.notes == ("1 regional or world aggregate rows not stored",)
    assert empty_wh.query("SELECT table_name FROM duckdb_tables() WHERE temporary ORDER BY 1") == before


def test_file_that_loads_nothing_is_refused(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Only zero flows: before, resolving the names of no rows crashed inside DuckDB."""
    path = tmp_path / "tdo.csv"
    path.write_text("year,hs2,hs2_desc,partner,is_total_row,total_exports_cad,total_imports_cad,trade_balance_cad\n"
                    "2024,27,mineral fuels,United States,False,0,0,0\n"
                    "2024,27,mineral fuels,Total All Countries,True,0,0,0\n")
    with pytest.raises(SourceFormatError, match=f"^{path}: nothing to load: the file holds no flows, series or ties"):
        empty_wh.ingest(path, "canada_tdo_hs2")
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 0


def test_names_of_one_country_are_summed(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Two spellings of one partner become one row whose value is their sum."""
    path = tmp_path / "tdo.csv"
    path.write_text("year,geo_code,geo,partner,total_exports_cad,total_imports_cad,trade_balance_cad,is_total_row\n"
                    "2024,CA,Canada,United States,10,4,6,False\n2024,CA,Canada,USA,5,1,4,False\n"
                    "2024,CA,Canada,France,2,0,2,False\n")
    empty_wh.ingest(path, "canada_tdo_partner")
    assert sorted(empty_wh.query("SELECT partner, domain, value FROM flows")) == [
        ("FRA", "goods_exports", 2.0), ("USA", "goods_exports", 15.0), ("USA", "goods_imports", 5.0)]


def test_schema_1_warehouse_is_upgraded(tmp_path: Path) -> None:
    """A warehouse written when ``flows`` was a table opens with its rows behind the ``flows`` view."""
    import duckdb

    from diversify.store.schema import DDL, SCHEMA_VERSION

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL.replace("TABLE IF NOT EXISTS flow_rows", "TABLE IF NOT EXISTS flows"))
    con.execute("DROP TABLE trade_matrix")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO flows VALUES (2024, 'CAN', 'USA', 'goods_exports', '_ALL', 5, 'CAD', 'tdo:1')")
    con.close()
    with Warehouse(path, create=False) as wh:
        assert wh.query("SELECT reporter, partner, value FROM flows") == [("CAN", "USA", 5.0)]
        assert wh.query("SELECT table_type FROM information_schema.tables WHERE table_name = 'flows'") == [("VIEW",)]
        assert wh.query("SELECT value FROM meta WHERE key = 'schema_version'") == [(SCHEMA_VERSION,)]
    with Warehouse(path, create=False) as wh:  # and opens again as it is
        assert wh.query("SELECT count(*) FROM flow_rows") == [(1,)]


def test_unknown_schema_version_is_refused(tmp_path: Path) -> None:
    import duckdb

    from diversify.errors import DiversifyError

    path = tmp_path / "future.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '99')")
    con.close()
    with pytest.raises(DiversifyError, match="schema version '99' is not one this version of diversify reads"):
        Warehouse(path, create=False)


MILEX_HEADER = "Entity,Code,Year,Military expenditure (% of GDP),World region according to OWID\n"


def test_ingests_in_one_transaction_load_all_or_none(tmp_path: Path, empty_wh: Warehouse) -> None:
    """Several ingests inside one ``transaction()`` join it: a failing one rolls back the others
    (as a fetch loads its files), and an error caught in between still rolls everything back."""
    from diversify.errors import DiversifyError

    good = tmp_path / "gdp.csv"
    good.write_text(MILEX_HEADER + "Canada,CAN,2024,1.31,North America\n")
    usd = tmp_path / "usd.csv"
    usd.write_text("Entity,Code,Year,Military expenditure,World region according to OWID\nCanada,CAN,2024,-1,\n")
    with pytest.raises(SourceFormatError, match="negative value"), empty_wh.transaction():
        assert not empty_wh.ingest(good, "sipri_milex_gdp").skipped
        empty_wh.ingest(usd, "sipri_milex_usd")
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 0
    assert empty_wh.query("SELECT count(*) FROM national_series")[0][0] == 0
    caught = "its error was caught; everything in it was rolled back"
    with pytest.raises(DiversifyError, match=caught), empty_wh.transaction():
        empty_wh.ingest(good, "sipri_milex_gdp")
        try:
            empty_wh.ingest(usd, "sipri_milex_usd")
        except SourceFormatError:
            pass
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 0
    with empty_wh.transaction():
        empty_wh.ingest(good, "sipri_milex_gdp")
    assert empty_wh.query("SELECT count(*) FROM sources")[0][0] == 1


def test_duplicate_message_is_the_same_on_every_run(tmp_path: Path) -> None:
    """A row given twice duplicates both its exports and its imports, two groups that start on
    the same line: the message names the same one on every run."""
    path = tmp_path / "tdo.csv"
    path.write_text("year,geo_code,geo,partner,total_exports_cad,total_imports_cad,trade_balance_cad,is_total_row\n"
                    "2024,CA,Canada,France,2,1,1,False\n2024,CA,Canada,France,3,1,2,False\n")
    messages = set()
    for _ in range(6):
        with Warehouse(":memory:", seed=False) as wh, pytest.raises(SourceFormatError) as info:
            wh.ingest(path, "canada_tdo_partner")
        messages.add(str(info.value))
    assert messages == {(f"{path}, line 2: duplicate row: year 2024, CAN-France, goods_exports, product _ALL "
                         "appears again at line 3")}
