"""Read endpoints on the real-data warehouse: what they serve, and that every number
comes with its source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

BILATERAL = ("goods_exports", "goods_imports", "energy_exports", "arms_imports")


def assert_same(a: Any, b: Any, path: str = "") -> None:
    """Equal structures, floats to 1e-9 relative."""
    if isinstance(a, float) or isinstance(b, float):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-12), path
    elif isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), path
        for k in a:
            assert_same(a[k], b[k], f"{path}/{k}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


def test_report_is_the_cli_json_contract(client: httpx.Client, api_warehouse: Path) -> None:
    from diversify.api._json import clean
    from diversify.report.build import build_report
    from diversify.store import Warehouse

    r = client.get("/api/report/CAN")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    served = r.json()
    with Warehouse(api_warehouse, create=False, read_only=True) as wh:
        direct = build_report(wh, "CAN")
    # the same object `diversify report CAN --format json` prints (NaN as null), up to the
    # last bits of floating-point sums, which DuckDB may add in another order
    assert_same(served, json.loads(json.dumps(clean(direct))))
    assert served["country"] == "CAN" and served["year"] == 2024
    assert set(served["domains"]) >= {*BILATERAL, "military_expenditure"}
    ge = served["domains"]["goods_exports"]
    assert ge["top_partner"] == "USA"
    assert ge["top_share"] == pytest.approx(0.764, abs=0.005)  # ANCHORS.md, customs basis
    assert ge["hhi"] == pytest.approx(0.59, abs=0.01)
    assert set(ge["bloc_shares"]) >= {"USA", "EU27", "other"}
    assert served["domains"]["arms_imports"]["window"] == [2020, 2024]
    mil = served["domains"]["military_expenditure"]
    assert mil["share_of_gdp"] == pytest.approx(1.3, abs=0.1)


def test_every_domain_names_its_sources(client: httpx.Client) -> None:
    report = client.get("/api/report/CAN").json()
    ids = {s["source_id"] for s in client.get("/api/sources", params={"limit": 500}).json()["items"]}
    for name, d in report["domains"].items():
        assert d["sources"], name
        for s in d["sources"]:
            assert s["id"] in ids and s["citation"] and s["publisher"] and s["dataset"]
            assert d["year"]
            assert client.get(f"/api/sources/{s['id']}").status_code == 200


def test_report_options_and_compression(client: httpx.Client) -> None:
    r = client.get("/api/report/can", params={"domain": ["arms_imports"], "bloc": ["NATO", "GBR"],
                                              "year": 2015})
    rep = r.json()
    assert rep["country"] == "CAN" and set(rep["domains"]) == {"arms_imports"}
    arms = rep["domains"]["arms_imports"]
    assert arms["window"] == [2011, 2015]
    assert {"NATO", "GBR", "USA", "EU27", "other"} <= set(arms["bloc_shares"])
    raw = httpx.get(str(client.base_url) + "/api/report/CAN", headers={"Accept-Encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip"
    plain = httpx.get(str(client.base_url) + "/api/report/CAN",
                      headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert raw.json() == plain.json()  # httpx undoes the gzip


def test_countries_paginate_and_filter(client: httpx.Client) -> None:
    first = client.get("/api/countries", params={"limit": 10}).json()
    second = client.get("/api/countries", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] > 150
    assert len(first["items"]) == len(second["items"]) == 10
    assert not {c["iso3"] for c in first["items"]} & {c["iso3"] for c in second["items"]}
    found = client.get("/api/countries", params={"q": "canad"}).json()
    assert [c["iso3"] for c in found["items"]] == ["CAN"]
    arms = client.get("/api/countries", params={"dataset": "arms_imports", "limit": 500}).json()
    assert all("arms_imports" in c["datasets"] for c in arms["items"])
    assert arms["total"] < first["total"]
    beyond = client.get("/api/countries", params={"offset": 100000}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


def test_country_detail(client: httpx.Client) -> None:
    c = client.get("/api/countries/CAN").json()
    assert c["name"] == "Canada" and {"NATO", "G7", "FVEY"} <= set(c["blocs"])
    cov = {x["dataset"]: x for x in c["coverage"]}
    assert cov["goods_exports"]["last_year"] == 2024
    assert any(s.startswith("canada_tdo") for s in cov["goods_exports"]["sources"])


def test_blocs_by_date(client: httpx.Client) -> None:
    eu19 = client.get("/api/blocs/EU", params={"year": 2019}).json()
    eu21 = client.get("/api/blocs/eu", params={"year": 2021}).json()
    assert "GBR" in eu19["members_in_year"] and "GBR" not in eu21["members_in_year"]
    gbr = next(m for m in eu19["members"] if m["country"] == "GBR")
    assert gbr["left"] == "2020-01-31"
    nato = {b["code"]: b for b in client.get("/api/blocs", params={"year": 2023}).json()}["NATO"]
    assert "FIN" in nato["members_in_year"] and "SWE" not in nato["members_in_year"]
    assert "nato.int" in nato["source"] and "EUR-Lex" in eu19["source"]


def test_sources_have_provenance(client: httpx.Client) -> None:
    page = client.get("/api/sources", params={"limit": 3}).json()
    assert page["total"] == 10 and len(page["items"]) == 3
    for s in page["items"]:
        assert len(s["sha256"]) == 64 and s["citation"] and s["rows"] > 0 and s["file_name"]
    sipri = client.get("/api/sources", params={"publisher": "sipri"}).json()
    assert sipri["total"] == 3 and all("SIPRI" in s["publisher"] for s in sipri["items"])


def test_series_agrees_with_the_report(client: httpx.Client) -> None:
    rep = client.get("/api/report/CAN").json()["domains"]["goods_exports"]
    s = client.get("/api/series/CAN/goods_exports", params={"start": 2000}).json()
    assert s["window"] == 1 and s["units"] == ["CAD"]
    ids = {x["id"] for x in s["sources"]}
    by_year = {c["year"]: c for c in s["concentration"]}
    assert min(by_year) == 2000 and max(by_year) == 2024
    assert by_year[2024]["hhi"] == pytest.approx(rep["hhi"], rel=1e-9)
    blocs = {b["partner"]: {p["year"]: p for p in b["points"]} for b in s["blocs"]}
    for g in ("USA", "EU27", "other"):
        assert blocs[g][2024]["share"] == pytest.approx(rep["bloc_shares"][g], rel=1e-9)
    assert [p["partner"] for p in s["partners"]][:1] == ["USA"]
    for group in (s["total"], *(b["points"] for b in s["blocs"]),
                  *(p["points"] for p in s["partners"])):
        for point in group:
            assert point["sources"] and set(point["sources"]) <= ids


def test_series_coverage_of_the_national_total(client: httpx.Client) -> None:
    """West Germany's 1960-1989 COW dyadic trade holds only Belgium and Luxembourg: coverage says so."""
    s = client.get("/api/series/DEU/goods_exports", params={"start": 1970, "end": 2010}).json()
    cov = {c["year"]: c["coverage"] for c in s["concentration"]}
    assert cov[1975] < 0.1 and 0.8 < cov[2010] < 1.2
    thin = {c["year"] for c in s["concentration"] if c["thin"]}
    assert 1975 in thin and 2010 not in thin
    canada = client.get("/api/series/CAN/goods_exports", params={"start": 2020}).json()
    assert all(c["coverage"] is None for c in canada["concentration"])  # CAD flows, US$ totals


def test_series_options(client: httpx.Client) -> None:
    s = client.get("/api/series/CAN/arms_imports",
                   params={"partner": ["USA", "FRA"], "bloc": "NATO", "window": 1}).json()
    assert s["window"] == 1 and [p["partner"] for p in s["partners"]] == ["USA", "FRA"]
    assert {b["partner"] for b in s["blocs"]} == {"USA", "EU27", "NATO", "other"}
    five = client.get("/api/series/CAN/arms_imports").json()
    assert five["window"] == 5 and len(five["partners"]) == 6


def test_national_series(client: httpx.Client) -> None:
    (milex,) = client.get("/api/national/CAN", params={"indicator": "milex_share_gdp"}).json()
    assert milex["unit"] == "percent"
    last = milex["points"][-1]
    assert last["year"] == 2024 and last["value"] == pytest.approx(1.3, abs=0.1)
    assert milex["sources"][0]["publisher"].startswith("SIPRI")


def test_html_and_pdf_reports(client: httpx.Client) -> None:
    html = client.get("/api/report/CAN/html", params={"domain": "goods_exports"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "Canada (CAN)" in html.text and "Methods and sources" in html.text
    pdf = client.get("/api/report/CAN/pdf", params={"domain": ["goods_exports",
                                                               "military_expenditure"]})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and len(pdf.content) > 20_000


def test_health_and_dashboard(client: httpx.Client) -> None:
    h = client.get("/api/health").json()
    assert h["status"] == "ok" and h["writes_enabled"] is True and h["sources"] == 10
    page = client.get("/")
    assert page.status_code == 200 and "<main id=\"view\"" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    js = client.get("/static/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip"})
    assert js.status_code == 200 and b"plotly.js" in js.content[:200]
    again = client.get("/static/vendor/plotly.min.js", headers={"If-None-Match": js.headers["etag"]})
    assert again.status_code == 304


def test_openapi_lists_every_area(client: httpx.Client) -> None:
    spec: dict[str, Any] = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/countries", "/api/report/{iso3}", "/api/series/{iso3}/{domain}", "/api/blocs",
              "/api/sources", "/api/ingest"):
        assert p in paths
    assert "ErrorBody" in spec["components"]["schemas"]
    assert "Report" in spec["components"]["schemas"]
