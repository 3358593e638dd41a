"""Bad article input: each is refused in one line naming the file, line and
field, and a refused batch leaves the store exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from diversify.errors import InputError
from diversify.news.ingest import read_articles
from diversify.news.store import ingest_path

ARTICLE = ("Prime Minister Mark Carney met French President Emmanuel Macron in Paris on Monday. "
           "Canada imposed 25% tariffs on $30 billion of American goods.")


def _lines(path: Path, rows: list[dict[str, object]]) -> Path:
    """JSONL as a scraper writes it: ``json.dumps`` escapes a lone surrogate as ``\\udc80``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _dev(shared_news: Path, n: int = 2) -> list[dict[str, object]]:
    return [json.loads(line) for line in (shared_news / "dev.jsonl").open()][:n]


def _snapshot(wh) -> list[object]:  # type: ignore[no-untyped-def]
    """Everything news ingest writes."""
    from diversify.news.store import has_news

    if not has_news(wh):
        return []
    return [wh.query(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "events",
                                                                  "claims")]


Run = Callable[[list[str]], int]


def _cli(run_main: Run, capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]
         ) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of the command line run on a warehouse in ``tmp_path``."""
    capsys.readouterr()
    code = run_main(["--warehouse", str(tmp_path / "w.duckdb"), *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- lone surrogates ------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "message"), [
    ("text", r"line 2, field 'text': invalid Unicode \(lone surrogate \\udc80 at character offset 29\)"),
    ("title", r"line 2, field 'title': invalid Unicode \(lone surrogate \\udc80 at character offset 29\)"),
    ("id", r"line 2, field 'id': invalid Unicode \(lone surrogate \\udc80 at character offset 29\)"),
])
def test_a_lone_surrogate_is_refused_with_its_place(shared_news: Path, tmp_path: Path, empty_wh,  # type: ignore[no-untyped-def]
                                                     field: str, message: str) -> None:
    first, second = _dev(shared_news)
    second[field] = "Canada met France on Monday. \udc80 end."
    p = _lines(tmp_path / "cut.jsonl", [first, second])
    assert "\\udc80" in p.read_text()
    with pytest.raises(InputError, match=r"cut\.jsonl, " + message):
        ingest_path(empty_wh, p)
    assert _snapshot(empty_wh) == []


def test_a_lone_surrogate_is_one_line_in_the_cli(tmp_path: Path, run_main: Run,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    p = _lines(tmp_path / "surrogate.jsonl", [{"id": "s1", "text": "Canada met France on Monday. \udc80 end."}])
    for args in (["news", "ingest", str(p)], ["news", "extract", "--no-check", str(p)]):
        code, _, err = _cli(run_main, capsys, tmp_path, args)
        assert code == 2, err
        assert err == (f"error: {p}, line 1, field 'text': invalid Unicode "
                       "(lone surrogate \\udc80 at character offset 29)\n")


# -- publication dates ----------------------------------------------------------------------------
NOT_ISO = ("expected an ISO date such as 2025-03-12 (or a date and time such as 2025-03-12T09:30:00Z) "
           "or null, got '{}'")


@pytest.mark.parametrize(("published", "message"), [
    ("0001-01-01", "publication date 0001-01-01 is outside the years 1800-2100"),
    ("9999-12-31", "publication date 9999-12-31 is outside the years 1800-2100"),
    ("1799-12-31T23:00:00Z", "publication date 1799-12-31 is outside the years 1800-2100"),
    *((value, NOT_ISO.format(value)) for value in
      ("2025-03-01 or maybe later", "2025-03-02T25:99:99Z", "2025-02-30", "2025-03-0", "yesterday")),
])
def test_a_publication_date_must_be_an_iso_date_in_range(shared_news: Path, tmp_path: Path,
                                                          empty_wh, published: str, message: str  # type: ignore[no-untyped-def]
                                                          ) -> None:
    from diversify.news.store import ingest_articles

    ingest_articles(empty_wh, read_articles(shared_news / "seeds.jsonl"))
    before = _snapshot(empty_wh)
    rows = _dev(shared_news)
    rows[1]["published"] = published
    p = _lines(tmp_path / "dated.jsonl", rows)
    with pytest.raises(InputError) as err:
        ingest_path(empty_wh, p)
    assert str(err.value) == f"{p}, line 2, field 'published': {message}"
    assert _snapshot(empty_wh) == before


def test_an_old_date_with_a_weekday_is_one_line_not_an_overflow(
        tmp_path: Path, run_main: Run, capsys: pytest.CaptureFixture[str]) -> None:
    p = _lines(tmp_path / "old.jsonl", [{"id": "old2", "published": "0001-01-01", "text":
                                        "Canada imposed tariffs on Chinese steel on Friday, Ottawa said."}])
    for args in (["news", "ingest", str(p)], ["news", "extract", "--no-check", str(p)]):
        code, _, err = _cli(run_main, capsys, tmp_path, args)
        assert code == 2, err
        assert err == (f"error: {p}, line 1, field 'published': publication date "
                       "0001-01-01 is outside the years 1800-2100\n")


@pytest.mark.parametrize(("published", "day"), [
    ("2025-03-12", "2025-03-12"), ("2025-03-12T09:30:00Z", "2025-03-12"),
    ("2025-03-12T23:30:00-05:00", "2025-03-12"), ("2025-03-12 09:30", "2025-03-12"),
    ("1800-01-01", "1800-01-01"), ("2100-12-31", "2100-12-31"),
])
def test_iso_dates_and_datetimes_are_read_as_the_day_written(tmp_path: Path, published: str,
                                                             day: str) -> None:
    (a,) = read_articles(_lines(tmp_path / "a.jsonl", [{"id": "a", "published": published,
                                                        "text": ARTICLE}]))
    assert str(a.published) == day


def test_a_feed_date_outside_the_years_is_an_unreadable_date(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Example</title>\n'
                 "<item><title>Tariffs</title><link>https://example.com/news/tariffs</link>\n"
                 "<pubDate>Mon, 01 Jan 1753 10:00:00 GMT</pubDate>\n"
                 "<description>Canada imposed tariffs on American goods.</description></item>\n"
                 "</channel></rss>\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"feed\.xml, line 4, field 'published': entry 1 \('Tariffs'\): "
                                         r"the date is outside the years 1800-2100: 'Mon, 01 Jan 1753"):
        read_articles(p)
    assert read_articles(p, allow_bad_dates=True)[0].published is None


# -- files and paths ------------------------------------------------------------------------------
def test_a_device_is_not_a_regular_file(tmp_path: Path, run_main: Run,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError, match=r"^/dev/null: not a regular file \(a device, pipe or socket\); "
                                         "expected articles"):
        read_articles("/dev/null")
    code, _, err = _cli(run_main, capsys, tmp_path, ["news", "ingest", "/dev/null"])
    assert code == 2
    assert err == ("error: /dev/null: not a regular file (a device, pipe or socket); expected "
                   "articles (JSONL, HTML, an RSS/Atom feed or text)\n")


def test_a_remote_uri_on_the_local_engine_names_the_uri_and_the_engine(
        tmp_path: Path, run_main: Run, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(run_main, capsys, tmp_path, ["news", "extract", "hdfs://namenode/articles"])
    assert code == 2
    assert err == ("error: hdfs://namenode/articles: a remote URI needs --engine spark "
                   "(the local engine reads files on this machine)\n")
    code, _, err = _cli(run_main, capsys, tmp_path, ["news", "ingest", "s3a://bucket/news/"])
    assert code == 2
    assert err == ("error: s3a://bucket/news/: a remote URI: news ingest reads files on "
                   "this machine (news extract --engine spark reads remote ones)\n")


def test_a_line_cut_in_a_string_says_where_once(shared_news: Path, tmp_path: Path) -> None:
    p = tmp_path / "cut.jsonl"
    p.write_bytes((shared_news / "dev.jsonl").read_bytes()[:500])
    with pytest.raises(InputError) as err:
        read_articles(p)
    assert str(err.value) == f"{p}, line 1: not valid JSON (Unterminated string starting at column 190)"


# -- ids ------------------------------------------------------------------------------------------
def test_an_id_longer_than_the_api_addresses_is_refused(tmp_path: Path) -> None:
    p = _lines(tmp_path / "long.jsonl", [{"id": "x" * 301, "text": ARTICLE}])
    with pytest.raises(InputError, match=r"line 1, field 'id': id is 301 characters; the limit is 300"):
        read_articles(p)
    (a,) = read_articles(_lines(tmp_path / "ok.jsonl", [{"id": "world/2025/" + "x" * 289, "text": ARTICLE}]))
    assert len(a.id) == 300


# -- the same text twice in one input -------------------------------------------------------------
def test_a_repeated_text_is_named_not_counted_as_stored(
        tmp_path: Path, run_main: Run, capsys: pytest.CaptureFixture[str]) -> None:
    p = _lines(tmp_path / "same.jsonl", [
        {"id": "a1", "text": "Canada and Norway signed an Arctic defence pact on Monday in Oslo."},
        {"id": "a2", "text": "Canada and Norway signed an Arctic defence pact on Monday in Oslo.  "}])
    code, out, err = _cli(run_main, capsys, tmp_path, ["news", "ingest", str(p)])
    assert code == 0, err
    first, note = out.splitlines()
    assert first.startswith("same.jsonl: 1 articles added (0 already stored, 1 repeated in the input)")
    assert note == ("  note: article 'a2' (same.jsonl:2) repeats the text of 'a1' (same.jsonl:1), "
                    "up to whitespace: stored once")
    code, out, err = _cli(run_main, capsys, tmp_path, ["news", "ingest", str(p)])
    assert out.startswith("same.jsonl: 0 articles added (2 already stored)")


def test_lines_without_ids_repeating_a_text_are_stored_once(tmp_path: Path, empty_wh) -> None:  # type: ignore[no-untyped-def]
    """An id made from the text is the reader's: a repeat gets a suffix, not a 'duplicate id'."""
    p = _lines(tmp_path / "noid.jsonl", [{"text": ARTICLE}, {"text": ARTICLE}])
    first, second = read_articles(p)
    assert first.id.startswith("a-") and second.id == first.id + "-2"
    r = ingest_path(empty_wh, p)
    assert (r.articles, r.skipped, r.repeated) == (1, 1, 1)
    assert r.notes == ((f"article {second.id!r} (noid.jsonl:2) repeats the text of {first.id!r} "
                       "(noid.jsonl:1), up to whitespace: stored once"),)
