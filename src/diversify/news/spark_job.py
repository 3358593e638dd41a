"""News extraction as an Apache Spark job: ``diversify news extract PATH --engine spark``.

The job gives the same results as :func:`diversify.news.pipeline.extract`, in
the same order, from a file or a directory of article files (local, or any
Hadoop-compatible URI such as ``hdfs://`` or ``s3a://``):

1. **Read**: every file is read and validated on the executors by the local
   reader (:func:`diversify.news.ingest.articles_from_bytes`); the first bad
   file in name order gives the same one-line error as the local run. Articles
   are numbered in file-name order, then line order.
2. **Extract**: articles are range-partitioned in whole batches of
   :data:`~diversify.news.pipeline.BATCH` aligned as in the local run, and each
   partition runs :func:`~diversify.news.pipeline.process_batch` (the spaCy
   parser loaded once per Python worker) and, with a warehouse, verifies the
   claims against it (opened read-only on the executor).
3. **Fold near-duplicates**: the MinHash signatures are the local ones; the
   LSH band keys (:func:`~diversify.news.dedupe.band_keys`, computed on the
   executors) are exploded to one row per article and band, and candidate pairs come from one shuffle on the
   band keys: in each bucket, ordered by article number, the first article is
   paired with every other and each with the next, exactly the candidates of
   :func:`~diversify.news.dedupe.similar_pairs`. Candidates are checked with
   the same rule (:func:`~diversify.news.dedupe.keep_pairs`) and the few that
   fold are folded into stories by :func:`~diversify.news.dedupe.fold_stories`
   on the driver, so story ids are the local ones.

pyspark's own ``MinHashLSH`` is not used: it hashes with other functions and
seeds, so its signatures and candidates differ from the ones stored in the
warehouse by a local ingest.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from diversify.errors import DiversifyError, InputError, require
from diversify.news.model import ArticleResult

if TYPE_CHECKING:
    import datetime as dt

    from pyspark import RDD
    from pyspark.sql import SparkSession

    from diversify.news.ingest import Format

DEFAULT_MASTER = "local[*]"
PARTITIONS_PER_CORE = 4
"""Partitions per core of the cluster for the extraction (load balance against task overhead)."""
_JAVA = ("Spark needs a Java 17+ runtime: install one (Debian: apt-get install default-jre-headless) "
         "or set JAVA_HOME")


@contextmanager
def spark_session(master: str = DEFAULT_MASTER) -> Iterator[SparkSession]:
    """A Spark session on ``master``; the active one if there is one (then left running).

    The JVM's console output (Spark's log, Java warnings) goes to a log file
    in the temporary folder, not to the terminal: errors stay one line. The
    session it starts is stopped on exit, and the log removed unless the job
    failed (bad input is not a failure of the job).
    """
    require("pyspark", "spark")
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    session, log = _start(master)
    try:
        yield session
    except BaseException as exc:
        session.stop()
        if isinstance(exc, InputError):  # bad input, not a failed job: nothing to look up
            Path(log).unlink(missing_ok=True)
        raise
    session.stop()
    Path(log).unlink(missing_ok=True)


def _start(master: str) -> tuple[SparkSession, str]:
    import shutil
    import tempfile

    from pyspark.sql import SparkSession

    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise DiversifyError(_JAVA)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    fd, log = tempfile.mkstemp(prefix="diversify-spark-", suffix=".log")
    saved = os.dup(2)
    os.dup2(fd, 2)  # the JVM inherits the log file as its stderr
    try:
        session = (SparkSession.builder.master(master).appName("diversify news extract")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .getOrCreate())
    except Exception as exc:  # noqa: BLE001 - pyspark raises several types when the JVM fails
        raise DiversifyError(f"cannot start Spark on {master} ({_first_line(exc)}); "
                             f"its log is {log}") from None
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)
    if master.startswith("local"):
        # a few shuffle partitions per core, not Spark's 200: on one machine the LSH shuffle's
        # fixed cost halves (1,200 articles: 5 s instead of 11 s); clusters keep their setting
        cores = session.sparkContext.defaultParallelism
        session.conf.set("spark.sql.shuffle.partitions", str(cores * PARTITIONS_PER_CORE))
    return session, log


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# -- reading -------------------------------------------------------------------------
class _File(NamedTuple):
    rank: str
    """Sort key: the file name (the local run reads a directory in name order)."""
    shown: str
    """The path as errors name it (as the local run names it)."""
    location: str


def _is_uri(path: str) -> bool:
    """A URI (``hdfs://``, ``s3a://``, ``file://`` ...) is read by Hadoop; a plain path by the executors."""
    return "://" in path


def _local_files(path: str) -> list[_File]:
    """Files of a local path, chosen and checked as :func:`~diversify.news.ingest.read_articles` does."""
    from diversify.news.ingest import check_file

    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
        if not files:
            raise InputError("directory holds no files", path=p)
        return [_File(f.name, str(f), str(f)) for f in files]
    check_file(p)
    return [_File(p.name, str(p), str(p))]


def _read(files: Iterable[tuple[_File, bytes | None]], fmt: Format, allow_bad_dates: bool
          ) -> Iterator[tuple[Any, ...]]:
    """("ok", rank, position, article, file) for each article; ("file", rank, count) or ("error", rank,
    error) per file."""
    from diversify.news.ingest import articles_from_bytes

    for f, raw in files:
        try:
            data = raw if raw is not None else Path(f.location).read_bytes()
            articles = articles_from_bytes(data, Path(f.shown), fmt=fmt, allow_bad_dates=allow_bad_dates)
        except InputError as exc:
            where = f.shown if exc.path == str(Path(f.shown)) else exc.path  # a URI keeps its "//"
            yield ("error", f.rank, (exc.message, where, exc.line, exc.field))
            continue
        for k, a in enumerate(articles):
            yield ("ok", f.rank, k, a, f.shown)
        yield ("file", f.rank, len(articles))


def _articles(spark: SparkSession, path: str, fmt: Format, allow_bad_dates: bool
              ) -> tuple[RDD[Any], RDD[Any], int]:
    """The files read (to unpersist), (article number, article) of every article and how many; bad input raises."""
    sc = spark.sparkContext
    pairs: RDD[tuple[_File, bytes | None]]
    if _is_uri(path):
        base = path.rstrip("/")
        pairs = sc.binaryFiles(path).map(
            lambda kv: (_File(kv[0].rsplit("/", 1)[-1], _shown(base, kv[0]), kv[0]), kv[1]))
    else:
        local = _local_files(path)
        # executors read local files themselves (a path every node sees, or local mode)
        pairs = sc.parallelize([(f, None) for f in local], max(1, min(len(local), sc.defaultParallelism)))
    read = pairs.mapPartitions(lambda it: _read(it, fmt, allow_bad_dates)).persist()
    summary = read.filter(lambda r: r[0] != "ok").collect()
    errors = sorted((r for r in summary if r[0] == "error"), key=lambda r: r[1])
    if errors:
        read.unpersist()
        message, where, line, field = errors[0][2]
        raise InputError(message, path=where, line=line, field=field)
    offset, n = {}, 0
    for _, rank, count in sorted(summary, key=lambda r: r[1]):
        offset[rank] = n
        n += count
    bc = sc.broadcast(offset)
    numbered = read.filter(lambda r: r[0] == "ok").map(lambda r: (bc.value[r[1]] + r[2], r[3]))
    renamed = sc.broadcast(_renames(read))
    if renamed.value:
        numbered = numbered.map(lambda r: (r[0], replace(r[1], id=renamed.value[r[0]]))
                                if r[0] in renamed.value else r)
    return read, numbered, n


def _renames(read: RDD[Any]) -> dict[int, str]:
    """New ids of the articles whose id an earlier file's article has (article number -> id), as the
    local reader gives them (:func:`~diversify.news.ingest.resolve_ids`); a repeated given id raises."""
    from diversify.news.ingest import resolve_ids

    meta = sorted(read.filter(lambda r: r[0] == "ok")
                  .map(lambda r: (r[1], r[2], r[4], r[3].id, r[3].id_given, r[3].origin)).collect())
    ids = resolve_ids([(shown, aid, given, origin) for _, _, shown, aid, given, origin in meta])
    return {k: new for k, (m, new) in enumerate(zip(meta, ids, strict=True)) if m[3] != new}


def _shown(base: str, uri: str) -> str:
    """The file as errors name it: the URI given, or the directory given and the file's name."""
    name = uri.rsplit("/", 1)[-1]
    return base if base.rsplit("/", 1)[-1] == name else f"{base}/{name}"


# -- extraction ----------------------------------------------------------------------
class _Extracted(NamedTuple):
    idx: int
    id: str
    published: dt.date | None
    signature: bytes
    result: ArticleResult


def _extract_partition(rows: Iterable[tuple[int, Any]], warehouse: str | None) -> Iterator[_Extracted]:
    """Batches of the local run (aligned on multiples of BATCH) through process_batch."""
    from diversify.news.pipeline import BATCH, process_batch, verify

    items = sorted(rows, key=lambda r: r[0])
    wh = None
    try:
        i = 0
        while i < len(items):
            block = items[i][0] // BATCH
            j = i
            while j < len(items) and items[j][0] // BATCH == block:
                j += 1
            batch = items[i:j]
            for (idx, a), p in zip(batch, process_batch([a for _, a in batch]), strict=True):
                claims = p.claims
                if warehouse is not None and claims:
                    if wh is None:
                        from diversify.store.warehouse import Warehouse

                        wh = Warehouse(warehouse, create=False, read_only=True)
                    claims = verify(p, wh)
                result = ArticleResult(replace(a, text=""), "", p.events, claims, p.removed_paragraphs)
                yield _Extracted(idx, a.id, a.published, p.signature.astype(np.uint64).tobytes(), result)
            i = j
    finally:
        if wh is not None:
            wh.close()


def _partitions(sc: Any, n: int) -> int:
    from diversify.news.pipeline import BATCH

    batches = -(-n // BATCH)
    return max(1, min(batches, sc.defaultParallelism * PARTITIONS_PER_CORE))


# -- near-duplicate folding ------------------------------------------------------------
def _with_band_keys(rows: Iterable[tuple[int, bytes]], bands: int, r: int
                    ) -> Iterator[tuple[int, bytes, list[int] | None]]:
    """(article number, signature, LSH band keys as signed 64-bit ints or None for the empty signature)."""
    from diversify.news.dedupe import band_keys, is_empty

    rows = list(rows)
    if not rows:
        return
    sigs = np.stack([np.frombuffer(s, dtype=np.uint64) for _, s in rows])
    keys = band_keys(sigs, bands, r).T.view(np.int64).tolist()
    for (idx, sig), k, empty in zip(rows, keys, is_empty(sigs).tolist(), strict=True):
        yield (idx, sig, None if empty else k)


def _verify_pairs(rows: Iterable[Any], threshold: float, contained: float | None
                  ) -> Iterator[tuple[int, int]]:
    from diversify.news.dedupe import estimated_size, keep_pairs

    rows = list(rows)
    if not rows:
        return
    a = np.stack([np.frombuffer(r["sa"], dtype=np.uint64) for r in rows])
    b = np.stack([np.frombuffer(r["sb"], dtype=np.uint64) for r in rows])
    sim = np.mean(a == b, axis=1)
    keep = keep_pairs(sim, estimated_size(a), estimated_size(b), threshold, contained)
    for r, k in zip(rows, keep.tolist(), strict=True):
        if k:
            yield (int(r["i"]), int(r["j"]))


def similar_pairs(spark: SparkSession, signatures: RDD[tuple[int, bytes]]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of article numbers that fold: :func:`~diversify.news.dedupe.similar_pairs` in Spark."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, BinaryType, LongType, StructField, StructType

    from diversify.news.dedupe import CONTAINMENT_THRESHOLD, NUM_PERM, STORY_THRESHOLD, banding

    threshold, contained = STORY_THRESHOLD, CONTAINMENT_THRESHOLD
    bands, r = banding(threshold, NUM_PERM, contained)
    table = spark.createDataFrame(
        signatures.mapPartitions(lambda it: _with_band_keys(it, bands, r)),
        StructType([StructField("idx", LongType()), StructField("sig", BinaryType()),
                    StructField("keys", ArrayType(LongType()))]))
    keyed = table.select("idx", F.posexplode("keys").alias("band", "key"))  # no rows for empty texts
    bucket = Window.partitionBy("band", "key").orderBy("idx")
    linked = keyed.select("idx", F.first("idx").over(bucket).alias("head"),
                          F.lead("idx").over(bucket).alias("next"))
    candidates = (linked.where(F.col("idx") != F.col("head")).select(F.col("head").alias("i"), F.col("idx").alias("j"))
                  .unionByName(linked.where(F.col("next").isNotNull())
                               .select(F.col("idx").alias("i"), F.col("next").alias("j")))
                  .distinct())
    sigs = table.select("idx", "sig")
    joined = (candidates.join(sigs.select(F.col("idx").alias("i"), F.col("sig").alias("sa")), "i")
              .join(sigs.select(F.col("idx").alias("j"), F.col("sig").alias("sb")), "j"))
    return sorted(joined.rdd.mapPartitions(lambda it: _verify_pairs(it, threshold, contained)).collect())


class _Member(NamedTuple):
    id: str
    published: dt.date | None
    order: int
    story: str | None = None


# -- the job ---------------------------------------------------------------------------
def extract(spark: SparkSession, path: str | Path, *, warehouse: str | Path | None = None,
            stored: Iterable[tuple[str, dt.date | None, np.ndarray, str]] = (),
            fmt: Format = "auto", allow_bad_dates: bool = False) -> Iterator[ArticleResult]:
    """Events, claims and story of every article under ``path``, in the local run's order.

    ``warehouse`` (a path the executors can read) checks the claims, as
    ``extract(articles, wh)`` does; ``stored`` are the stored articles'
    signatures (:func:`diversify.news.store.stored_signatures`) whose stories
    new copies join. Results are yielded as the driver receives them; the
    article text is left out of ``result.article``.
    """
    try:
        yield from _run(spark, str(path), None if warehouse is None else str(warehouse),
                        list(stored), fmt, allow_bad_dates)
    except DiversifyError:
        raise
    except Exception as exc:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if not isinstance(exc, PySparkException | Py4JError):
            raise
        cause = _java_cause(exc)
        if "InvalidInputException" in cause and "does not exist" in cause:
            raise InputError("file not found", path=str(path)) from None
        raise DiversifyError(f"the Spark job failed: {cause}") from None


def _java_cause(exc: BaseException) -> str:
    """The first line of the Java exception behind a Py4J error (else of the error itself)."""
    java = getattr(exc, "java_exception", None)
    if java is not None:
        try:
            return _first_line(Exception(str(java.toString())))
        except Exception:  # noqa: BLE001, S110 - the gateway may be gone; fall back to the Python text
            pass
    return _first_line(exc)


def _run(spark: SparkSession, path: str, warehouse: str | None,
         stored: list[tuple[str, dt.date | None, np.ndarray, str]], fmt: Format,
         allow_bad_dates: bool) -> Iterator[ArticleResult]:
    from pyspark import StorageLevel

    from diversify.news.dedupe import fold_stories
    from diversify.news.pipeline import BATCH

    sc = spark.sparkContext
    if warehouse is not None and not (sc.master or "").startswith("local"):
        sc.addFile(warehouse)  # every executor gets a copy
        warehouse = "spark-files:" + Path(warehouse).name
    read, articles, n = _articles(spark, path, fmt, allow_bad_dates)
    parts = _partitions(sc, n)
    batches = max(1, -(-n // BATCH))
    extracted = (articles.partitionBy(parts, lambda idx: (idx // BATCH) * parts // batches)
                 .mapPartitions(lambda it: _extract_partition(it, _warehouse_file(warehouse)),
                                preservesPartitioning=True)
                 .persist(StorageLevel.MEMORY_AND_DISK))
    try:
        from diversify.news.ingest import unique_ids

        new = sorted(extracted.map(lambda e: (e.idx, e.id, e.published)).collect())
        # told apart by the ids they would be stored under, as in the local run (stories_for)
        keys = unique_ids([aid for _, aid, _ in new], {aid for aid, *_ in stored})
        members = [_Member(key, pub, idx) for (idx, _, pub), key in zip(new, keys, strict=True)]
        key_of = {idx: key for (idx, _, _), key in zip(new, keys, strict=True)}
        sigs = extracted.map(lambda e: (e.idx, e.signature))
        if stored:
            sigs = sigs.union(sc.parallelize(
                [(n + k, sig.astype(np.uint64).tobytes()) for k, (_, _, sig, _) in enumerate(stored)]))
            members += [_Member(aid, pub, -1, story) for aid, pub, _, story in stored]
        mapping = fold_stories(members, similar_pairs(spark, sigs))
        for e in extracted.toLocalIterator():
            yield replace(e.result, story=mapping[key_of[e.idx]])
    finally:
        extracted.unpersist()
        read.unpersist()


def _warehouse_file(warehouse: str | None) -> str | None:
    """The warehouse path on this executor (a file shipped with ``addFile`` when on a cluster)."""
    if warehouse is None or not warehouse.startswith("spark-files:"):
        return warehouse
    from pyspark import SparkFiles

    return SparkFiles.get(warehouse.removeprefix("spark-files:"))
