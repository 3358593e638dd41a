"""Read articles: JSONL (the ``shared/news`` format), HTML pages, RSS/Atom feeds, plain text.

Every reader validates before anything is stored, and every error names the
file and, where there is one, the line:

* an empty file, a binary file (NUL bytes) or one that is not UTF-8 is refused;
* a single file larger than :data:`MAX_FILE_BYTES`, or an article text longer
  than :data:`MAX_ARTICLE_CHARS`, is refused (not truncated: a cut article
  would give silently incomplete evidence);
* HTML goes through trafilatura, which drops scripts, styles, navigation and
  boilerplate; a page with no article text left is refused;
* a feed entry whose date cannot be parsed is refused with the entry and the
  line of the date, unless ``allow_bad_dates`` stores it undated.

The format is chosen from the extension (``.jsonl``/``.ndjson``, ``.html``/``.htm``,
``.xml``/``.rss``/``.atom``, anything else as text) and, for unknown
extensions, from the first bytes (``<?xml``, ``<rss``, ``<feed``, ``<html``).
A directory is read file by file in name order.

Ids: an ``id`` written in a JSONL line is the user's key (labels are matched on
it, the API serves the article under it), so a second article with that id is
refused, in the same file or in another file of the directory, naming both.
An id the reader makes (a text or HTML file's name, a feed entry's link, the
hash of a JSONL line's text when it has no ``id``) is given ``-2``, ``-3`` in
reading order when it is taken, as repeated entries of one feed always were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from diversify.errors import InputError, require
from diversify.news.model import Article

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest input file read (64 MiB); split bigger collections into several files."""
MAX_ARTICLE_CHARS = 1_000_000
"""Longest article text accepted (one million characters, some 150,000 words)."""
MAX_ID_CHARS = 300
"""Longest article id accepted: the API addresses an article by its id, up to this length."""
YEARS = (1800, 2100)
"""Publication years accepted, the range of years the rest of diversify reads."""
Format = Literal["auto", "jsonl", "html", "feed", "text"]
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
             ".xml": "feed", ".rss": "feed", ".atom": "feed", ".txt": "text", ".md": "text"}


def read_articles(path: str | Path, *, fmt: Format = "auto", allow_bad_dates: bool = False
                  ) -> list[Article]:
    """All articles of a file or directory, validated, each under an id of its own (see the
    module notes on ids)."""
    if isinstance(path, str) and is_uri(path):
        raise InputError("a remote URI needs --engine spark (the local engine reads files on "
                         "this machine)", path=path)
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
        if not files:
            raise InputError("directory holds no files", path=p)
    else:
        files = [p]
    read = [(f, _read_file(f, fmt, allow_bad_dates)) for f in files]
    ids = resolve_ids([(str(f), a.id, a.id_given, a.origin) for f, arts in read for a in arts])
    out = [a for _, arts in read for a in arts]
    return [a if a.id == aid else replace(a, id=aid) for a, aid in zip(out, ids, strict=True)]


def _read_file(p: Path, fmt: Format, allow_bad_dates: bool) -> list[Article]:
    check_file(p)
    _check_size(p.stat().st_size, p)
    return articles_from_bytes(p.read_bytes(), p, fmt=fmt, allow_bad_dates=allow_bad_dates)


def is_uri(path: str) -> bool:
    """``hdfs://...``, ``s3a://...``, ``file://...``: a location only the Spark engine reads."""
    return _URI.match(path) is not None


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def check_file(p: Path, expected: str = "articles (JSONL, HTML, an RSS/Atom feed or text)") -> None:
    """A missing path, or one that is a device, pipe or socket, gets a message saying which."""
    if not p.exists():
        raise InputError("file not found", path=p)
    if not p.is_file():
        raise InputError(f"not a regular file (a device, pipe or socket); expected {expected}",
                         path=p)


def resolve_ids(articles: Sequence[tuple[str, str, bool, str | None]]) -> list[str]:
    """The ids under which articles read together are known, in reading order.

    ``articles`` holds (file, id, whether the input gave the id, origin) per
    article. An id the input gave twice is refused naming both places; an id
    the reader made gets ``-2``, ``-3`` ... when an earlier article (or any
    given id) has it.
    """
    given: dict[str, tuple[str, str | None]] = {}
    for path, aid, id_given, origin in articles:
        if not id_given:
            continue
        if aid in given:
            first_path, first_origin = given[aid]
            raise InputError(f"duplicate id {aid!r} (also at {_place(first_path, first_origin)})",
                             path=path, line=_line_of(origin), field="id")
        given[aid] = (path, origin)
    used = set(given)
    return [aid if id_given else free_id(aid, used) for _, aid, id_given, _ in articles]


def unique_ids(ids: Sequence[str], taken: set[str]) -> list[str]:
    """Ids for new articles: an id already stored (with other text) gets a suffix."""
    used = set(taken)
    return [free_id(i, used) for i in ids]


def free_id(aid: str, used: set[str]) -> str:
    """``aid``, or ``aid-2``, ``aid-3`` ... the first not in ``used`` (which it joins)."""
    new, n = aid, 1
    while new in used:
        n += 1
        new = f"{aid}-{n}"
    used.add(new)
    return new


def _line_of(origin: str | None) -> int | None:
    """The line of an origin ``file.jsonl:12`` (JSONL articles), else ``None``."""
    tail = (origin or "").rpartition(":")[2]
    return int(tail) if tail.isdigit() else None


def origin_file(origin: str | None) -> str:
    """The file of an article's origin (``dev.jsonl:3``, ``feed.xml#entry2``, ``note.txt``)."""
    if not origin:
        return "articles"
    if _line_of(origin) is not None:
        return origin.rpartition(":")[0]
    return origin.partition("#entry")[0]


def _place(path: str, origin: str | None) -> str:
    line = _line_of(origin)
    return f"{path}, line {line}" if line is not None else path


def articles_from_bytes(raw: bytes, p: Path, *, fmt: Format = "auto", allow_bad_dates: bool = False
                        ) -> list[Article]:
    """All articles of one file's content ``raw``, validated; ``p`` names it in errors.

    What :func:`read_articles` does with one file, for callers that read the
    bytes themselves (a Spark job reading from any Hadoop-compatible store).
    """
    _check_size(len(raw), p)
    _check_bytes(raw, p)
    kind = fmt if fmt != "auto" else _sniff(p, raw)
    if kind == "jsonl":
        return read_jsonl(raw, p)
    if kind == "html":
        return [read_html(raw, p)]
    if kind == "feed":
        return read_feed(raw, p, allow_bad_dates=allow_bad_dates)
    return [read_text(raw, p)]


def _check_size(size: int, p: Path) -> None:
    if size > MAX_FILE_BYTES:
        raise InputError(f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} "
                         "(diversify.news.ingest.MAX_FILE_BYTES): split it into smaller files", path=p)


def _check_bytes(raw: bytes, p: Path) -> None:
    if not raw.strip():
        raise InputError("empty file: expected articles as JSONL, HTML, an RSS/Atom feed or text",
                         path=p)
    if b"\x00" in raw[:65536]:
        raise InputError("binary file (NUL bytes): expected UTF-8 text, HTML, JSONL or an RSS/Atom feed",
                         path=p)


def _decode(raw: bytes, p: Path) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                         "convert the file to UTF-8", path=p, line=line) from exc
    return text.lstrip("\ufeff")


def _sniff(p: Path, raw: bytes) -> str:
    by_suffix = _SUFFIXES.get(p.suffix.lower())
    if by_suffix:
        return by_suffix
    head = raw[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _check_unicode(value: str, p: Path, line: int | None, field: str) -> str:
    """Refuse a lone surrogate (half of an emoji cut by a scraper, kept by a JSON ``\\udc80``
    escape): it cannot be encoded, hashed, parsed or stored."""
    m = _SURROGATE.search(value)
    if m:
        raise InputError(f"invalid Unicode (lone surrogate \\u{ord(m.group(0)):04x} at character "
                         f"offset {m.start()})", path=p, line=line, field=field)
    return value


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_text(text: str, p: Path, line: int | None = None) -> str:
    _check_unicode(text, p, line, "text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"article text is {len(text):,} characters; the limit is "
                         f"{MAX_ARTICLE_CHARS:,} (diversify.news.ingest.MAX_ARTICLE_CHARS)",
                         path=p, line=line, field="text")
    if not text.strip():
        raise InputError("article text is empty", path=p, line=line, field="text")
    return text


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:80] or "article"


def _publisher(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else (host or None)


def _date(value: object, p: Path, line: int | None, field: str) -> dt.date | None:
    """An ISO date (``2025-03-12``) or the date of an ISO date and time (``2025-03-12T09:30:00Z``,
    the day as written), in :data:`YEARS`; anything else is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        _check_unicode(value, p, line, field)
        day = iso_day(value)
        if day is not None:
            if not in_years(day):
                raise InputError(f"publication date {day.isoformat()} is outside the years "
                                 f"{YEARS[0]}-{YEARS[1]}", path=p, line=line, field=field)
            return day
    raise InputError(f"expected an ISO date such as 2025-03-12 (or a date and time such as "
                     f"2025-03-12T09:30:00Z) or null, got {value!r}", path=p, line=line, field=field)


def iso_day(value: str) -> dt.date | None:
    """The day of an ISO 8601 date or date and time, else ``None`` (never a prefix of the text)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


def in_years(day: dt.date) -> bool:
    return YEARS[0] <= day.year <= YEARS[1]


def parse_json_line(line: str, p: Path, n: int, what: str) -> object:
    """One line of a JSONL file; invalid or too deeply nested JSON is one error naming the line.

    ``what`` names what a line should hold ("an article"), for the nesting error.
    """
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        # json's messages end with "at" where they name a place ("starting at"): say it once
        msg = exc.msg.removesuffix(" at")
        raise InputError(f"not valid JSON ({msg} at column {exc.colno})", path=p, line=n) from exc
    except RecursionError as exc:
        raise InputError(f"not {what}: JSON nested too deeply", path=p, line=n) from exc


def read_jsonl(raw: bytes, p: Path) -> list[Article]:
    """Articles in the ``shared/news`` JSONL format (``id``, ``text``, ``title``, ``url``, ``published``)."""
    text = _decode(raw, p)
    out: list[Article] = []
    ids: set[str] = set()
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_CHARS + 10_000:
            raise InputError(f"line is {len(line):,} characters; an article's text is limited to "
                             f"{MAX_ARTICLE_CHARS:,} (diversify.news.ingest.MAX_ARTICLE_CHARS)",
                             path=p, line=n)
        obj = parse_json_line(line, p, n, "an article")
        if not isinstance(obj, dict):
            raise InputError("expected a JSON object per line", path=p, line=n)
        body = obj.get("text")
        if not isinstance(body, str):
            raise InputError("expected a string 'text'", path=p, line=n, field="text")
        _check_unicode(body, p, n, "text")  # before the text is hashed into an id
        aid = obj.get("id")
        id_given = aid is not None
        if aid is None:
            aid = "a-" + hashlib.sha256(body.encode()).hexdigest()[:12]
        if not isinstance(aid, str) or not aid.strip():
            raise InputError("expected a non-empty string 'id'", path=p, line=n, field="id")
        _check_unicode(aid, p, n, "id")
        if len(aid) > MAX_ID_CHARS:
            raise InputError(f"id is {len(aid):,} characters; the limit is {MAX_ID_CHARS} "
                             "(diversify.news.ingest.MAX_ID_CHARS)", path=p, line=n, field="id")
        if id_given and aid in ids:
            raise InputError(f"duplicate id {aid!r}", path=p, line=n, field="id")
        if id_given:
            ids.add(aid)  # an id made from the text is made unique by resolve_ids
        for key in ("title", "url"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise InputError(f"expected a string or null '{key}'", path=p, line=n, field=key)
        for key in ("title", "url", "source"):
            if isinstance(obj.get(key), str):
                _check_unicode(obj[key], p, n, key)
        url = obj.get("url")
        out.append(Article(
            id=aid, text=_check_text(body, p, n), title=obj.get("title"), url=url,
            published=_date(obj.get("published"), p, n, "published"),
            source=obj.get("source") if isinstance(obj.get("source"), str) else _publisher(url),
            origin=f"{p.name}:{n}", id_given=id_given,
        ))
    if not out:
        raise InputError("no articles in file", path=p)
    return out


def read_text(raw: bytes, p: Path) -> Article:
    """A plain-text file is one article; its id is the file name."""
    text = _check_text(_decode(raw, p), p)
    return Article(id=_slug(p.stem), text=text, origin=p.name, id_given=False)


def read_html(raw: bytes, p: Path) -> Article:
    """The article of an HTML page (trafilatura: no scripts, navigation or boilerplate)."""
    trafilatura = require("trafilatura", "news")
    html = _decode(raw, p)
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      with_metadata=True, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if isinstance(doc, dict):
        body = doc.get("text")
    if not body or not body.strip():
        raise InputError("no article text found in the HTML (only scripts, markup or navigation?)",
                         path=p)
    meta = doc if isinstance(doc, dict) else {k: getattr(doc, k, None) for k in ("title", "url", "date")}
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    published = None
    date = meta.get("date")
    if isinstance(date, str):
        try:
            published = dt.date.fromisoformat(date[:10])
        except ValueError:
            published = None
        if published is not None and not in_years(published):
            published = None  # a page's metadata guessed wrong: undated, as an unreadable date
    return Article(id=_slug(p.stem), text=_check_text(body, p), title=meta.get("title") or None,
                   url=url, published=published, source=_publisher(url), origin=p.name,
                   id_given=False)


def _fragment_text(html: str) -> str:
    """Visible text of an HTML fragment (feed summaries): scripts and styles dropped."""
    from lxml import html as lhtml

    if "<" not in html:
        return html.strip()
    try:
        root = lhtml.fromstring(f"<div>{html}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several unrelated types on junk
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath("//script|//style|//noscript|//iframe"):
        bad.drop_tree()
    return re.sub(r"[ \t]+", " ", root.text_content()).strip()


def read_feed(raw: bytes, p: Path, *, allow_bad_dates: bool = False) -> list[Article]:
    """Entries of an RSS or Atom feed (feedparser)."""
    feedparser = require("feedparser", "news")
    text = _decode(raw, p)
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        exc = feed.get("bozo_exception")
        line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
        raise InputError(f"not a readable RSS/Atom feed ({exc})", path=p, line=line)
    if not feed.entries:
        raise InputError("feed has no entries", path=p)
    site = feed.feed.get("title") if isinstance(feed.feed.get("title"), str) else None
    out: list[Article] = []
    for i, e in enumerate(feed.entries, 1):
        title = e.get("title")
        raw_date = e.get("published") or e.get("updated")
        parsed = e.get("published_parsed") or e.get("updated_parsed")
        published = None
        if parsed:
            published = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        why = "cannot read the date"
        if published is not None and not in_years(published):
            published, why = None, f"the date is outside the years {YEARS[0]}-{YEARS[1]}:"
        if published is None and raw_date and not allow_bad_dates:
            line = next((n for n, ln in enumerate(text.split("\n"), 1) if raw_date in ln), None)
            raise InputError(f"entry {i} ({title!r}): {why} {raw_date!r}; fix it or "
                             "pass --allow-bad-dates to store the entry undated",
                             path=p, line=line, field="published")
        body = ""
        if e.get("content"):
            body = _fragment_text(e["content"][0].get("value", ""))
        if not body:
            body = _fragment_text(e.get("summary", "") or "")
        if not body and title:
            body = title
        if not body:
            continue
        url = e.get("link")
        ident = e.get("id") or url or f"{p.stem}-{i}"
        aid = _slug(urlparse(url).path.rsplit("/", 1)[-1] if url else "") if url else ""
        if not aid or aid == "article":
            aid = "feed-" + hashlib.sha256(str(ident).encode()).hexdigest()[:12]
        out.append(Article(id=aid, text=_check_text(body, p), title=title, url=url,
                           published=published, source=_publisher(url) or site,
                           origin=f"{p.name}#entry{i}", id_given=False))
    if not out:
        raise InputError("feed entries have no text", path=p)
    ids = [a.id for a in out]
    if len(set(ids)) != len(ids):
        seen: dict[str, int] = {}
        fixed = []
        for a in out:
            seen[a.id] = seen.get(a.id, 0) + 1
            fixed.append(a if seen[a.id] == 1 else replace(a, id=f"{a.id}-{seen[a.id]}"))
        out = fixed
    return out
