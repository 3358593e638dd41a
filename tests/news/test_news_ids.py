"""Article ids across the files of one input and against the stored articles: an id never merges
unrelated articles into a story or lets one article's signature, title or date overwrite
another's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diversify.errors import InputError
from diversify.news.ingest import read_articles
from diversify.news.pipeline import extract
from diversify.news.store import ingest_articles, ingest_path

CANOLA = "China imposed tariffs on Canadian canola on Tuesday. Ottawa condemned the move as unjustified."


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _snapshot(wh) -> list[object]:  # type: ignore[no-untyped-def]
    return [wh.query(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "events",
                                                                  "claims")]


@pytest.fixture()
def two_files(shared_news: Path, tmp_path: Path) -> Path:
    """Two real dev articles in two files of one directory, both under the id of the first."""
    rows = [json.loads(line) for line in (shared_news / "dev.jsonl").open()]
    d = tmp_path / "dir"
    d.mkdir()
    _write(d / "a.jsonl", [rows[0], rows[1]])
    _write(d / "b.jsonl", [rows[2], {**rows[3], "id": rows[0]["id"]}])
    return d


def test_an_id_given_in_two_files_is_refused_naming_both(two_files: Path, shared_news: Path,
                                                         empty_wh) -> None:  # type: ignore[no-untyped-def]
    ingest_articles(empty_wh, read_articles(shared_news / "seeds.jsonl"))
    before = _snapshot(empty_wh)
    aid = json.loads((two_files / "a.jsonl").read_text().splitlines()[0])["id"]
    message = (f"{two_files / 'b.jsonl'}, line 2, field 'id': duplicate id {aid!r} "
               f"(also at {two_files / 'a.jsonl'}, line 1)")
    with pytest.raises(InputError) as err:
        ingest_path(empty_wh, two_files)
    assert str(err.value) == message
    assert _snapshot(empty_wh) == before
    with pytest.raises(InputError) as err:  # extract reads the same way
        read_articles(two_files)
    assert str(err.value) == message


def test_library_input_with_one_id_twice_is_refused(empty_wh) -> None:  # type: ignore[no-untyped-def]
    from diversify.news.model import Article

    arts = [Article(id="same", text="Canada and Mexico signed a trade agreement on Monday in Ottawa.",
                    origin="a.jsonl:1"), Article(id="same", text=CANOLA, origin="b.jsonl:1")]
    with pytest.raises(InputError) as err:
        ingest_articles(empty_wh, arts)
    assert str(err.value) == "b.jsonl, line 1, field 'id': duplicate id 'same' (also at a.jsonl, line 1)"


def test_text_files_with_one_name_get_their_own_ids(tmp_path: Path, empty_wh) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "notes"
    d.mkdir()
    (d / "note.md").write_text("Canada and Mexico signed a trade agreement on Monday in Ottawa.\n")
    (d / "note.txt").write_text(CANOLA + "\n")
    _write(d / "z.jsonl", [{"id": "note-2", "text": "Japan praised Canada for its new defence policy."}])
    arts = read_articles(d)
    assert [(a.id, a.origin) for a in arts] == [("note", "note.md"), ("note-3", "note.txt"),
                                                ("note-2", "z.jsonl:1")]
    results = extract(arts, None, check=False)
    assert [(r.article.id, r.story) for r in results] == [("note", "note"), ("note-3", "note-3"),
                                                          ("note-2", "note-2")]
    ingest_path(empty_wh, d)
    stored = empty_wh.query("SELECT article_id, story_id, origin FROM articles ORDER BY origin")
    assert stored == [("note", "note", "note.md"), ("note-3", "note-3", "note.txt"),
                      ("note-2", "note-2", "z.jsonl:1")]
    sigs = empty_wh.query("SELECT count(DISTINCT signature) FROM articles")[0][0]
    assert sigs == 3


def test_feed_entries_in_two_files_with_one_link_get_their_own_ids(tmp_path: Path) -> None:
    d = tmp_path / "feeds"
    d.mkdir()
    for name, text in (("monday.xml", "Canada imposed tariffs on American goods."), ("tuesday.xml", CANOLA)):
        (d / name).write_text(
            '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Example</title>\n'
            "<item><title>Tariffs</title><link>https://example.com/news/tariffs</link>\n"
            f"<pubDate>Tue, 18 Mar 2025 09:00:00 GMT</pubDate><description>{text}</description>"
            "</item>\n</channel></rss>\n", encoding="utf-8")
    assert [a.id for a in read_articles(d)] == ["tariffs", "tariffs-2"]


def test_a_new_article_with_a_stored_folded_id_gets_its_own_story(shared_news: Path, tmp_path: Path,
                                                                  empty_wh) -> None:  # type: ignore[no-untyped-def]
    ingest_path(empty_wh, shared_news / "versions.jsonl")
    folded = empty_wh.query("SELECT story_id FROM articles WHERE article_id = 'xinhua-thehawk'")
    assert folded == [("xinhua-sunstar",)]  # a stored article folded into another's story
    before = _snapshot(empty_wh)
    clash = _write(tmp_path / "clash.jsonl", [{"id": "xinhua-thehawk", "title": "Unrelated",
                                               "published": "2025-06-01", "text": CANOLA}])
    (expected,) = extract(read_articles(clash), empty_wh, check=False)
    r = ingest_path(empty_wh, clash)
    assert (r.articles, r.stories, r.folded) == (1, 1, 0)
    assert r.notes == ("article id 'xinhua-thehawk' is taken; stored as 'xinhua-thehawk-2'",)
    after = _snapshot(empty_wh)
    # everything stored before is exactly as it was: articles (signatures too), stories, events, claims
    for table_before, table_after in zip(before, after, strict=True):
        assert set(table_before) <= set(table_after)
    assert after[1] == sorted([*before[1], ("xinhua-thehawk-2", "Unrelated", dt.date(2025, 6, 1), 1)])
    assert empty_wh.query("SELECT story_id FROM articles WHERE article_id = 'xinhua-thehawk-2'") == [
        ("xinhua-thehawk-2",)]
    assert expected.story == "xinhua-thehawk-2"  # extract names the story ingest stores


def test_a_real_version_with_a_stored_id_still_joins_its_story(shared_news: Path, tmp_path: Path,
                                                               empty_wh) -> None:  # type: ignore[no-untyped-def]
    rows = [json.loads(line) for line in (shared_news / "versions.jsonl").open()]
    ingest_path(empty_wh, _write(tmp_path / "first.jsonl", [r for r in rows if r["id"] != "xinhua-srilanka"]))
    version = next(r for r in rows if r["id"] == "xinhua-srilanka")
    r = ingest_path(empty_wh, _write(tmp_path / "later.jsonl", [{**version, "id": "xinhua-thehawk"}]))
    assert (r.articles, r.stories, r.folded) == (1, 0, 1)
    assert empty_wh.query("SELECT story_id FROM articles WHERE article_id = 'xinhua-thehawk-2'") == [
        ("xinhua-sunstar",)]
    assert empty_wh.query("SELECT articles FROM stories WHERE story_id = 'xinhua-sunstar'") == [(3,)]
