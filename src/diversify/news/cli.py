"""``diversify news``: extract, evaluate, ingest, timeline, dyads.

A thin layer over the library; errors are :class:`~diversify.errors.DiversifyError`
and become one line on stderr (exit code 2) in :func:`diversify.cli.main`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from diversify.errors import InputError
from diversify.jsontext import dumps
from diversify.news.dyads import MAX_LIMIT
from diversify.news.model import BLOC_CODES

if TYPE_CHECKING:
    from diversify.news.model import ArticleResult

app = typer.Typer(help="News evidence: events, checked claims and the pivot index.",
                  no_args_is_help=True)



@app.callback()
def _needs_news_extra() -> None:
    """News commands need the ``news`` extra; say so instead of failing on an import."""
    from diversify.errors import require

    for module in ("spacy", "datasketch", "trafilatura", "feedparser"):
        require(module, "news")


OutFormat = Literal["text", "json"]
MAX_PROCESSES = 256
"""Most worker processes a news command starts."""

def _country(value: str) -> str:
    if value.upper() in BLOC_CODES:
        return value.upper()
    from diversify.reference.countries import require_iso3

    return require_iso3(value, field="COUNTRY")


def _clean(text: str) -> str:
    """Terminal-safe: control characters (escape sequences) from article text removed."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)


def _choice(value: str, options: tuple[str, ...], name: str) -> str:
    if value not in options:
        raise InputError(f"expected one of {', '.join(options)}, got {value!r}", field=name)
    return value


def _warehouse(*, read_only: bool = False):  # type: ignore[no-untyped-def]
    """The warehouse; ``read_only`` for the verbs that only read, so they run beside
    ``diversify serve`` and other readers."""
    from diversify.cli import open_warehouse

    return open_warehouse(progress=False, read_only=read_only)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(
        metavar="PATH", help="Articles: a file or a directory of files (JSONL in the shared/news format, "
                             "HTML, RSS/Atom or text); with --engine spark also an hdfs:// or s3a:// URI.")],
    fmt: Annotated[str, typer.Option("--format", help="Output: jsonl (one object per article) or text.")] = "jsonl",
    input_format: Annotated[str, typer.Option("--input-format", help="auto, jsonl, html, feed or text.")] = "auto",
    check: Annotated[bool, typer.Option("--check/--no-check", help="Check claims against the warehouse.")] = True,
    processes: Annotated[int, typer.Option("--processes", min=1, max=MAX_PROCESSES,
                                           help="Worker processes (local engine).")] = 1,
    allow_bad_dates: Annotated[bool, typer.Option("--allow-bad-dates", help="Keep feed entries with unreadable dates, undated.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or spark (a Spark job; the spark extra).")] = "local",
    spark_master: Annotated[str, typer.Option("--spark-master", help="Spark master URL (--engine spark).")] = "local[*]",
) -> None:
    """Events, claims (with verdicts) and story of every article, one JSON object per line."""
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import extract as run

    _choice(fmt, ("jsonl", "text"), "--format")
    in_fmt = _choice(input_format, ("auto", "jsonl", "html", "feed", "text"), "--input-format")
    if _choice(engine, ("local", "spark"), "--engine") == "spark":
        results: Iterable[ArticleResult] = _extract_on_spark(file, spark_master, in_fmt, check,
                                                             allow_bad_dates)
    else:
        articles = read_articles(file, fmt=in_fmt,  # type: ignore[arg-type]
                                 allow_bad_dates=allow_bad_dates)
        if check:
            with _warehouse(read_only=True) as wh:
                results = run(articles, wh, processes=processes)
        else:
            results = run(articles, None, processes=processes, check=False)
    _print_results(results, fmt)


def _extract_on_spark(path: str, master: str, fmt: str, check: bool, allow_bad_dates: bool
                      ) -> Iterator[ArticleResult]:
    """The Spark job's results; the warehouse is read by the executors, stored stories by the driver."""
    from diversify.news.spark_job import extract as run_on_spark
    from diversify.news.spark_job import spark_session

    warehouse, stored = None, []
    if check:
        from diversify.news.store import stored_signatures

        with _warehouse(read_only=True) as wh:  # created from the embedded data if missing, then closed
            warehouse, stored = wh.path, stored_signatures(wh)
    with spark_session(master) as spark:
        yield from run_on_spark(spark, path, warehouse=warehouse, stored=stored,
                                fmt=fmt, allow_bad_dates=allow_bad_dates)  # type: ignore[arg-type]


def _print_results(results: Iterable[ArticleResult], fmt: str) -> None:
    for r in results:
        if fmt == "jsonl":
            typer.echo(dumps(r.to_json(), ensure_ascii=False))
            continue
        typer.echo(f"{_clean(r.article.id)}  (story {_clean(r.story)})")
        for e in r.events:
            typer.echo(f"  {e.source:>5} {e.type:<9} {e.target or '-':<5} {e.date or ''!s:<10} "
                       f"{_clean(e.evidence)}")
        for c in r.claims:
            verdict = f"  [{c.verdict.verdict}]" if c.verdict else ""
            q = f"{int(c.quantity):,}" if float(c.quantity).is_integer() else f"{c.quantity:,}"
            typer.echo(f"  {q:>18} {c.unit:<12} {_clean(c.text)}{verdict}")


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(help="Articles in the shared/news JSONL format.")],
    labels: Annotated[Path, typer.Option("--labels", help="The matching labels file.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    processes: Annotated[int, typer.Option("--processes", min=1, max=MAX_PROCESSES,
                                           help="Worker processes.")] = 1,
    bootstrap: Annotated[int, typer.Option(
        "--bootstrap", min=0, max=100_000,
        help="Add 95% intervals from this many resamples of the articles (0: none).")] = 0,
    seed: Annotated[int, typer.Option("--seed", min=0, max=2**32 - 1,
                                      help="Seed of the bootstrap resampling.")] = 0,
) -> None:
    """Precision, recall and F1 of events and claims against hand labels, overall and per type."""
    from diversify.news.evaluate import evaluate as score
    from diversify.news.evaluate import load_labels
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import extract as run

    _choice(fmt, ("text", "json"), "--format")
    gold = load_labels(labels)
    results = run(read_articles(file, fmt="jsonl"), None, processes=processes, check=False)
    ev = score({r.article.id: r.to_json() for r in results}, gold, bootstrap=bootstrap, seed=seed)
    typer.echo(dumps(ev.to_json(), indent=2) if fmt == "json" else ev.to_text())


@app.command()
def ingest(
    path: Annotated[str, typer.Argument(metavar="PATH", help="A file or directory of articles.")],
    input_format: Annotated[str, typer.Option("--input-format", help="auto, jsonl, html, feed or text.")] = "auto",
    processes: Annotated[int, typer.Option("--processes", min=1, max=MAX_PROCESSES,
                                           help="Worker processes.")] = 1,
    allow_bad_dates: Annotated[bool, typer.Option("--allow-bad-dates", help="Keep feed entries with unreadable dates, undated.")] = False,
) -> None:
    """Store articles with their events, claims and stories (transactional, idempotent)."""
    from diversify.news.ingest import is_uri
    from diversify.news.store import ingest_path

    fmt = _choice(input_format, ("auto", "jsonl", "html", "feed", "text"), "--input-format")
    if is_uri(path):
        raise InputError("a remote URI: news ingest reads files on this machine (news extract "
                         "--engine spark reads remote ones)", path=path)
    with _warehouse() as wh:
        r = ingest_path(wh, Path(path), fmt=fmt,  # type: ignore[arg-type]
                        allow_bad_dates=allow_bad_dates, processes=processes)
    repeated = f", {r.repeated} repeated in the input" if r.repeated else ""
    typer.echo(f"{Path(path).name}: {r.articles} articles added ({r.skipped - r.repeated} already "
               f"stored{repeated}), {r.events} events, {r.claims} claims; {r.stories} new stories, "
               f"{r.folded} articles folded into an existing story")
    for note in r.notes:
        typer.echo(f"  note: {note}")


@app.command()
def timeline(
    country: Annotated[str, typer.Argument(help="ISO3 code or name (CAN), or EU, NATO, UN, WTO, G7.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    limit: Annotated[int, typer.Option("--limit", min=1, max=MAX_LIMIT,
                                       help="At most this many events.")] = 200,
) -> None:
    """Stored events involving the country over time, once per story."""
    from diversify.news.dyads import timeline as load

    _choice(fmt, ("text", "json"), "--format")
    code = _country(country)
    with _warehouse(read_only=True) as wh:
        events = load(wh, code, limit=limit)
    if fmt == "json":
        typer.echo(dumps([e.to_json() for e in events], indent=2, ensure_ascii=False))
        return
    if not events:
        typer.echo(f"no stored events involve {code}; add articles with `diversify news ingest`")
    for e in events:
        typer.echo(f"{e.day or 'undated'!s:<10} {e.source:>5} {e.type:<9} {e.target or '-':<5} "
                   f"{e.weight:+5.1f}  {_clean(e.evidence)}")


@app.command()
def dyads(
    country: Annotated[str, typer.Argument(help="ISO3 code or name (CAN), or EU, NATO, UN, WTO, G7.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    partner: Annotated[list[str] | None, typer.Option("--partner", help="Only these partners (repeatable).")] = None,
) -> None:
    """Cooperation-conflict index per country pair and month, from deduplicated events."""
    from diversify.news.dyads import dyad_index, dyad_totals

    _choice(fmt, ("text", "json"), "--format")
    code = _country(country)
    partners = [_country(p) for p in partner] if partner else None
    with _warehouse(read_only=True) as wh:
        rows, undated = dyad_index(wh, code, partners=partners)
    if fmt == "json":
        typer.echo(dumps({"country": code, "months": [r.to_json() for r in rows],
                               "totals": [r.to_json() for r in dyad_totals(rows)],
                               "undated_events": undated}, indent=2))
        return
    if not rows:
        typer.echo(f"no dated events involve {code}; add articles with `diversify news ingest`")
        return
    typer.echo(f"{'pair':<10}{'month':<9}{'events':>7}{'coop':>6}{'confl':>6}{'score':>8}{'index':>7}")
    for r in rows:
        typer.echo(f"{r.dyad:<10}{r.month:<9}{r.events:>7}{r.cooperative:>6}{r.conflictual:>6}"
                   f"{r.score:>+8.1f}{r.index:>+7.2f}")
    if undated:
        typer.echo(f"({undated} undated events left out)")
