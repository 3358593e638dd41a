"""Readers, bad input, and storing articles: idempotent and all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diversify.errors import InputError
from diversify.news import ingest as ingest_mod
from diversify.news.ingest import read_articles
from diversify.news.store import ingest_articles, ingest_path

ARTICLE = ("Prime Minister Mark Carney met French President Emmanuel Macron in Paris on Monday. "
           "Canada imposed 25% tariffs on $30 billion of American goods.")

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title>
<item><title>Carney in Paris</title><link>https://example.com/news/carney-paris</link>
<pubDate>Mon, 17 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Carney met Macron in Paris.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Tariffs</title><link>https://example.com/news/tariffs</link>
<pubDate>{date}</pubDate><description>Canada imposed tariffs on American goods.</description></item>
</channel></rss>
"""


def _jsonl(tmp_path: Path, rows: list[dict], name: str = "a.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return p


def test_jsonl_in_the_shared_format(shared_news: Path) -> None:
    arts = read_articles(shared_news / "dev.jsonl")
    assert len(arts) == 20 and len({a.id for a in arts}) == 20
    a = next(a for a in arts if a.id == "ca-steel-countertariffs")
    assert str(a.published) == "2025-03-12" and a.source == "upi.com" and a.origin == "dev.jsonl:3"


def test_html_boilerplate_and_scripts_are_dropped(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>T</title><script>var evil = 'Trump imposed tariffs';</script></head>"
                 "<body><nav>Home | World</nav><article><h1>Carney in Paris</h1><p>" + ARTICLE +
                 "</p><p>More text follows about the visit and its results.</p></article>"
                 "<script>document.write('<p>injected</p>')</script></body></html>", encoding="utf-8")
    (a,) = read_articles(p)
    assert "Carney met French President" in a.text
    assert "evil" not in a.text and "injected" not in a.text and "Home | World" not in a.text


def test_rss_entries_with_dates_and_safe_text(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text(RSS.format(date="Tue, 18 Mar 2025 09:00:00 GMT"), encoding="utf-8")
    arts = read_articles(p)
    assert [a.id for a in arts] == ["carney-paris", "tariffs"]
    assert str(arts[0].published) == "2025-03-17" and arts[0].source == "example.com"
    assert "alert" not in arts[0].text


def test_feed_with_a_broken_date_names_entry_and_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text(RSS.format(date="the day after tomorrow"), encoding="utf-8")
    with pytest.raises(InputError, match=r"feed\.xml, line 7.*entry 2 \('Tariffs'\).*the day after tomorrow"):
        read_articles(p)
    arts = read_articles(p, allow_bad_dates=True)
    assert arts[1].published is None


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n', r"line 2: not valid UTF-8"),
    (b'{"id": "a", "text": "ok"}\n{"id": "b", "text": }\n', r"line 2: not valid JSON"),
    (b'{"id": "a", "text": "ok"}\n{"id": "a", "text": "again"}\n', r"line 2, field 'id': duplicate"),
    (b'{"id": "a", "text": ""}\n', r"line 1, field 'text': article text is empty"),
    (b'{"id": "a", "text": "ok", "published": "March 5"}\n', r"field 'published': expected an ISO date"),
])
def test_bad_jsonl_is_refused_with_file_and_line(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_articles(p)
    assert "bad.jsonl" in str(err.value)


def test_html_of_scripts_only_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "scripts.html"
    p.write_text("<html><body>" + "<script>var a = 1;</script>" * 500 + "</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in the HTML"):
        read_articles(p)


def test_huge_article_is_refused_not_truncated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "w", encoding="utf-8") as fh:
        chunk = "Canada imposed tariffs on American goods. " * 1000
        fh.writelines(chunk for _ in range(50 * 1024 * 1024 // len(chunk) + 1))
    with pytest.raises(InputError, match=r"huge\.txt.*characters; the limit is 1,000,000"):
        read_articles(p)
    monkeypatch.setattr(ingest_mod, "MAX_FILE_BYTES", 10 * 1024 * 1024)
    with pytest.raises(InputError, match=r"the limit is 10,485,760.*split it"):
        read_articles(p)


def test_ingest_stores_and_is_idempotent(empty_wh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = _jsonl(tmp_path, [{"id": "x1", "text": ARTICLE, "published": "2025-03-17"}])
    r = ingest_path(empty_wh, p)
    assert (r.articles, r.skipped) == (1, 0) and r.events >= 3 and r.claims == 2
    r2 = ingest_path(empty_wh, p)
    assert (r2.articles, r2.skipped, r2.events) == (0, 1, 0)
    assert empty_wh.query("SELECT count(*) FROM articles")[0][0] == 1
    ev = empty_wh.query("SELECT source, type, target FROM events ORDER BY seq")
    assert ("CAN", "CONSULT", "FRA") in ev and ("CAN", "SANCTION", "USA") in ev
    assert empty_wh.query("SELECT story_id, articles FROM stories") == [("x1", 1)]


def test_a_bad_file_stores_nothing(empty_wh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "batch"
    d.mkdir()
    _jsonl(d, [{"id": "good", "text": ARTICLE}], "1.jsonl")
    (d / "2.jsonl").write_bytes(b'{"id": "bad", "text": 5}\n')
    with pytest.raises(InputError, match=r"2\.jsonl, line 1, field 'text'"):
        ingest_path(empty_wh, d)
    assert not empty_wh.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'articles'")


def test_failure_inside_the_transaction_rolls_back(empty_wh, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ingest_path(empty_wh, _jsonl(tmp_path, [{"id": "first", "text": ARTICLE}]))
    from diversify.news import store

    monkeypatch.setattr(store, "unique_ids", lambda ids, taken: [*ids[:-1], "first"])  # clashes
    more = _jsonl(tmp_path, [{"id": "n1", "text": "Japan and Canada signed an agreement."},
                             {"id": "n2", "text": "Germany praised Canada."}], "b.jsonl")
    with pytest.raises(Exception):  # noqa: B017 - the primary-key violation of duckdb
        ingest_path(empty_wh, more)
    assert empty_wh.query("SELECT article_id FROM articles") == [("first",)]
    assert empty_wh.query("SELECT count(*) FROM events WHERE article_id LIKE 'n%'")[0][0] == 0


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "Canada imposed tariffs on China.", "Carney met Macron in Paris.", "Japan praised Canada.",
    "Trump threatened Canada with tariffs.", "NATO urged Canada to spend more."]), min_size=1, max_size=4))
def test_ingest_twice_equals_ingest_once(empty_wh, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    from diversify.news.model import Article

    arts = [Article(id=f"h{i}-{abs(hash(t)) % 997}", text=t) for i, t in enumerate(texts)]
    ingest_articles(empty_wh, arts)
    before = empty_wh.query("SELECT article_id, story_id FROM articles ORDER BY 1")
    events = empty_wh.query("SELECT count(*) FROM events")[0][0]
    again = ingest_articles(empty_wh, arts)
    assert again.articles == 0
    assert empty_wh.query("SELECT article_id, story_id FROM articles ORDER BY 1") == before
    assert empty_wh.query("SELECT count(*) FROM events")[0][0] == events
