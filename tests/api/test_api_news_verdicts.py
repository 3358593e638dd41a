"""Stored verdicts through the API: each names the source it was checked against, and after a
data ingest replaces that source the claims are read checked against the new data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

TOKEN = "verdict-test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TDO = "trade_canada/canada_trade_by_province_partner_1990_2024.parquet"


def _server(real_warehouse_path: Path, tmp_path: Path, make_server: Any, shared_news: Path) -> Any:
    """A server over a copy of the real-data warehouse, with the dev articles uploaded."""
    warehouse = tmp_path / "w.duckdb"
    shutil.copyfile(real_warehouse_path, warehouse)
    server = make_server(warehouse, token=TOKEN)
    r = httpx.post(server.url + "/api/news/articles", headers=AUTH, timeout=120,
                   files={"file": ("dev.jsonl", (shared_news / "dev.jsonl").read_bytes())})
    assert r.status_code == 200, r.text
    return server


def _new_tdo_version(server: Any, shared_data: Path, tmp_path: Path) -> str:
    """Load through the API a new version of Trade Data Online in which Canada's 2024 exports
    to the US are halved; its source id."""
    import pandas as pd

    df = pd.read_parquet(shared_data / TDO)
    df.loc[(df.year == 2024) & (df.partner == "United States"), "total_exports_cad"] *= 0.5
    v2 = tmp_path / "tdo_v2.parquet"
    df.to_parquet(v2, index=False)
    r = httpx.post(server.url + "/api/ingest", params={"source": "canada_tdo_partner"}, headers=AUTH,
                   files={"file": ("tdo_v2.parquet", v2.read_bytes())}, timeout=120)
    assert r.status_code == 200, r.text
    return str(r.json()["source_id"])


def _share(server: Any) -> dict[str, Any]:
    """The stored claim "about 75% of Canadian exports" of the dev article on non-US exports."""
    items = httpx.get(server.url + "/api/news/claims", params={
        "article": "carney-double-nonus-exports", "unit": "percent"}).json()["items"]
    return next(c for c in items if c["measure"] == "share of CAN exports to USA")


def test_the_claims_api_reads_verdicts_that_follow_the_data(real_warehouse_path: Path,
                                                            shared_news: Path, shared_data: Path,
                                                            tmp_path: Path, make_server: Any) -> None:
    server = _server(real_warehouse_path, tmp_path, make_server, shared_news)
    first = _share(server)
    assert first["verdict"] == "supported" and first["source_id"].startswith("canada_tdo_partner_all:")
    sources = {s["source_id"] for s in httpx.get(server.url + "/api/sources").json()["items"]}
    assert first["source_id"] in sources
    new_source = _new_tdo_version(server, shared_data, tmp_path)
    now = _share(server)
    assert (now["verdict"], now["source_id"]) == ("contradicted", new_source)
    assert now["data_value"] == pytest.approx(61.85, abs=0.01)
    detail = httpx.get(server.url + "/api/news/articles/carney-double-nonus-exports").json()
    (stored,) = [c for c in detail["claim_list"] if c["seq"] == now["seq"]]
    assert stored["source_id"] == new_source and stored["verdict"] == "contradicted"
    assert set(stored) == {"article_id", "seq", "quantity", "unit", "subject", "year", "text",
                           "verdict", "measure", "data_value", "data_year", "data_source", "note",
                           "source_id"}
    assert json.dumps(detail)  # plain JSON


def test_stale_verdicts_are_shown_as_stored_while_the_warehouse_cannot_be_written(
        real_warehouse_path: Path, shared_news: Path, shared_data: Path, tmp_path: Path,
        make_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holding the file: the claims are served as stored, each naming the
    source it was checked against, and not cached; the next read once it is free checks them."""
    from contextlib import contextmanager

    from diversify.api._state import ServiceState
    from diversify.errors import BusyError

    server = _server(real_warehouse_path, tmp_path, make_server, shared_news)
    old = _share(server)
    new_source = _new_tdo_version(server, shared_data, tmp_path)
    writing = ServiceState.writing

    @contextmanager
    def busy(self: ServiceState) -> Any:
        raise BusyError("the warehouse is held by another process")
        yield

    monkeypatch.setattr(ServiceState, "writing", busy)
    stale = _share(server)
    assert (stale["verdict"], stale["source_id"]) == ("supported", old["source_id"])
    monkeypatch.setattr(ServiceState, "writing", writing)
    now = _share(server)
    assert (now["verdict"], now["source_id"]) == ("contradicted", new_source)


def test_news_tables_of_the_first_layout_are_upgraded_by_a_read(real_warehouse_path: Path,
                                                                shared_news: Path, tmp_path: Path,
                                                                make_server: Any) -> None:
    """A warehouse whose claims were stored before they kept their source: the first claims
    read adds the columns and checks the checked claims again, so each names its source."""
    from diversify.news.store import ingest_path, news_schema_version
    from diversify.store import Warehouse

    warehouse = tmp_path / "w.duckdb"
    shutil.copyfile(real_warehouse_path, warehouse)
    with Warehouse(warehouse, create=False) as wh:
        ingest_path(wh, shared_news / "dev.jsonl")
        for column in ("partner", "reporter", "check_kind", "source_id"):
            wh.con.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        wh.con.execute("DELETE FROM meta WHERE key = 'news_schema_version'")
    server = make_server(warehouse, token=TOKEN)
    share = _share(server)
    assert share["verdict"] == "supported" and share["source_id"].startswith("canada_tdo_partner_all:")
    with Warehouse(warehouse, create=False, read_only=True) as wh:
        assert news_schema_version(wh) == "2"
