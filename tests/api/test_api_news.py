"""News endpoints on the real articles of shared/news: upload with the token, lists with
pagination and filters, claims with verdicts and their data sources, the dyad index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest


@pytest.fixture(scope="module")
def loaded(client: httpx.Client, shared_news: Path, token: str) -> dict[str, Any]:
    r = client.post("/api/news/articles", headers={"Authorization": f"Bearer {token}"},
                    files={"file": ("dev.jsonl", (shared_news / "dev.jsonl").read_bytes())})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_upload_is_idempotent(client: httpx.Client, loaded: dict[str, Any], shared_news: Path,
                              token: str) -> None:
    assert loaded["articles"] == 20 and loaded["events"] > 50 and loaded["claims"] > 30
    again = client.post("/api/news/articles", headers={"Authorization": f"Bearer {token}"},
                        files={"file": ("dev.jsonl", (shared_news / "dev.jsonl").read_bytes())})
    assert again.json()["articles"] == 0 and again.json()["skipped"] == 20


def test_articles_paginate(client: httpx.Client, loaded: dict[str, Any]) -> None:
    first = client.get("/api/news/articles", params={"limit": 7}).json()
    rest = client.get("/api/news/articles", params={"limit": 50, "offset": 7}).json()
    assert first["total"] == rest["total"] == 20
    ids = [a["article_id"] for a in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 20
    dates = [a["published"] for a in first["items"] if a["published"]]
    assert dates == sorted(dates, reverse=True)
    hits = client.get("/api/news/articles", params={"q": "Indonesia"}).json()
    assert 0 < hits["total"] < 20
    assert all("indonesia" in (a["title"] or "").lower() + a["text"].lower() for a in hits["items"])
    since = client.get("/api/news/articles", params={"since": "2025-09-01"}).json()
    assert all(a["published"] >= "2025-09-01" for a in since["items"]) and since["total"] < 20


def test_article_detail_and_stories(client: httpx.Client, loaded: dict[str, Any],
                                    error_of: Any) -> None:
    a = client.get("/api/news/articles/ca-retaliates-feb-tariffs").json()
    assert a["url"].startswith("https://") and a["published"] == "2025-02-01"
    assert any(e["source"] == "CAN" and e["type"] == "SANCTION" and e["target"] == "USA"
               for e in a["event_list"])
    error_of(client.get("/api/news/articles/nope"), 404, contains="no stored article 'nope'")
    stories = client.get("/api/news/stories", params={"limit": 100}).json()
    assert stories["total"] == 20 and all(s["articles"] >= 1 for s in stories["items"])


def test_events_filter(client: httpx.Client, loaded: dict[str, Any]) -> None:
    sanctions = client.get("/api/news/events", params={"actor": "can", "type": "SANCTION",
                                                       "limit": 500}).json()
    assert sanctions["total"] > 0
    for e in sanctions["items"]:
        assert e["type"] == "SANCTION" and "CAN" in (e["source"], e["target"])
        assert e["weight"] < 0 and e["evidence"] and e["article_url"]


def test_claims_carry_verdicts_and_data_sources(client: httpx.Client, loaded: dict[str, Any]) -> None:
    supported = client.get("/api/news/claims", params={"verdict": "supported"}).json()
    assert supported["total"] >= 1
    share = next(c for c in supported["items"] if c["unit"] == "percent")
    assert share["quantity"] == 75 and share["data_value"] == pytest.approx(76.4, abs=0.1)
    assert share["data_year"] == 2024 and share["data_source"].startswith("Statistics Canada")
    everything = client.get("/api/news/claims", params={"limit": 500}).json()
    assert everything["total"] == loaded["claims"]
    verdicts = {c["verdict"] for c in everything["items"]}
    assert "supported" in verdicts and verdicts <= {"supported", "contradicted", "not_comparable",
                                                    "unverifiable", "unchecked"}
    for c in everything["items"]:
        if c["data_value"] is not None:
            assert c["data_source"] and c["data_year"]


def test_dyad_index(client: httpx.Client, loaded: dict[str, Any], error_of: Any) -> None:
    d = client.get("/api/news/dyads/CAN").json()
    totals = {t["partner"]: t for t in d["totals"]}
    assert totals["USA"]["index"] < 0 < totals["EU"]["index"]
    assert d["figure"]["data"] and d["timeline"] and d["sources"][0]["citation"]
    only = client.get("/api/news/dyads/CAN", params={"partner": ["EU"]}).json()
    assert {m["partner"] for m in only["months"]} == {"EU"}
    error_of(client.get("/api/news/dyads/QQQ"), 404, contains="no actor 'QQQ'")


def test_bad_upload(client: httpx.Client, token: str, error_of: Any) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    err = error_of(client.post("/api/news/articles", headers=auth,
                               files={"file": ("bad.jsonl", b'{"id": "a", "text": "ok"}\n{oops\n')}),
                   422)
    assert err["message"].startswith("bad.jsonl") and "line 2" in err["message"]
    assert "diversify-news" not in err["message"]
    error_of(client.post("/api/news/articles", files={"file": ("a.jsonl", b"{}")}), 401)


@pytest.mark.parametrize("q", ["%", "_", "%%", "\\", "_%_"])
def test_search_text_is_literal(client: httpx.Client, loaded: dict[str, Any], q: str) -> None:
    """LIKE wildcards in the search text match themselves, not every article."""
    hits = client.get("/api/news/articles", params={"q": q}).json()
    assert hits["total"] == sum(
        1 for a in client.get("/api/news/articles", params={"limit": 500}).json()["items"]
        if q.lower() in (a["title"] or "").lower() + a["text"].lower())
    assert hits["total"] < 20


def test_claims_name_the_source_they_were_checked_against(client: httpx.Client,
                                                           loaded: dict[str, Any]) -> None:
    sources = {s["source_id"] for s in client.get("/api/sources").json()["items"]}
    items = client.get("/api/news/claims", params={"limit": 500}).json()["items"]
    assert all("source_id" in c for c in items)
    checked = [c for c in items if c["data_value"] is not None]
    assert checked and all(c["source_id"] in sources for c in checked)
    assert all(c["source_id"] is None for c in items if c["data_value"] is None)


def test_an_article_id_with_slashes_is_served(real_warehouse_path: Path, tmp_path: Path,
                                              make_server: Any, token: str, error_of: Any) -> None:
    """Ids are often the path of the article's URL: the route takes them whole, with the slashes
    written or percent-encoded."""
    import shutil

    shutil.copyfile(real_warehouse_path, tmp_path / "w.duckdb")
    client = httpx.Client(base_url=make_server(tmp_path / "w.duckdb", token=token).url, timeout=60)
    auth = {"Authorization": f"Bearer {token}"}
    body = b'{"id": "world/2025/x/y", "text": "Canada and Japan signed a defence pact on Monday in Tokyo."}\n'
    r = client.post("/api/news/articles", headers=auth, files={"file": ("slash.jsonl", body)})
    assert r.status_code == 200 and r.json()["articles"] == 1, r.text
    for path in ("/api/news/articles/world/2025/x/y", "/api/news/articles/world%2F2025%2Fx%2Fy"):
        a = client.get(path)
        assert a.status_code == 200, a.text
        assert a.json()["article_id"] == "world/2025/x/y"
        assert {(e["source"], e["type"], e["target"]) for e in a.json()["event_list"]} >= {
            ("CAN", "AGREE", "JPN")}
    error_of(client.get("/api/news/articles/world/2025/x"), 404,
             contains="no stored article 'world/2025/x'")


@pytest.mark.parametrize(("body", "message"), [
    (b'{"id": "s1", "text": "Canada met France on Monday. \\udc80 end."}\n',
     ("surrogate.jsonl, line 1, field 'text': invalid Unicode (lone surrogate \\udc80 at character "
     "offset 29)")),
    ((b'{"id": "old2", "published": "0001-01-01", "text": "Canada imposed tariffs on Chinese steel '
     b'on Friday, Ottawa said."}\n'),
     ("surrogate.jsonl, line 1, field 'published': publication date 0001-01-01 is outside the years "
     "1800-2100")),
])
def test_an_upload_the_reader_refuses_is_invalid_input(client: httpx.Client, token: str,
                                                       error_of: Any, body: bytes, message: str) -> None:
    before = client.get("/api/news/articles", params={"limit": 1}).json()["total"]
    r = client.post("/api/news/articles", headers={"Authorization": f"Bearer {token}"},
                    files={"file": ("surrogate.jsonl", body)})
    err = error_of(r, 422, "invalid_input")
    assert err["message"] == message
    assert client.get("/api/news/articles", params={"limit": 1}).json()["total"] == before
