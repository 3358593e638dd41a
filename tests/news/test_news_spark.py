"""`diversify news extract --engine spark`: the same output as the local run, byte for byte.

Spark runs in local mode (``local[2]``), one session for the process (the
``spark`` fixture); the tests are marked ``spark`` and kept in one xdist group.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

Run = Callable[[list[str]], int]


def _extract(run_main: Run, capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    code = run_main(argv)
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_spark_output_equals_local_on_a_directory(spark, shared_news: Path, real_warehouse_path: Path,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path, run_main: Run,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("seeds", "dev", "versions"):
        shutil.copyfile(shared_news / f"{name}.jsonl", folder / f"{name}.jsonl")
    args = ["--warehouse", str(real_warehouse_path), "news", "extract", str(folder)]
    local = _extract(run_main, capsys, args)
    on_spark = _extract(run_main, capsys, [*args, "--engine", "spark"])
    assert on_spark == local
    lines = local.splitlines()
    assert len(lines) == sum(1 for n in ("seeds", "dev", "versions")
                             for x in (folder / f"{n}.jsonl").open() if x.strip())
    assert '"verdict": "supported"' in local  # claims were checked on the executors
    stories = [line.rsplit('"story": ', 1)[1] for line in lines[-7:]]
    assert len(set(stories)) == 4  # the 7 pages of versions.jsonl fold into 4 stories


def test_spark_joins_stored_stories_and_reads_one_file(spark, shared_news: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       run_main: Run,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from diversify.news.store import ingest_path
    from diversify.store import Warehouse

    wh_path = tmp_path / "w.duckdb"
    with Warehouse(wh_path, seed=False) as wh:
        ingest_path(wh, shared_news / "versions.jsonl")
    copy = tmp_path / "copy.jsonl"  # the same pages under new ids: they join the stored stories
    copy.write_text("".join(line.replace('"id": "', '"id": "again-', 1)
                            for line in (shared_news / "versions.jsonl").open()))
    args = ["--warehouse", str(wh_path), "news", "extract"]
    local = _extract(run_main, capsys, [*args, str(copy)])
    assert '"story": "again-' not in local
    for path in (str(copy), copy.as_uri()):  # a plain path, and a URI read through Hadoop
        assert local == _extract(run_main, capsys, [*args, path, "--engine", "spark"]), path


def _versions(groups: int = 100, versions: int = 6, edit: float = 0.02, seed: int = 7) -> list[str]:
    """Chains of versions: each edits 2% of the words of the one before (a long bucket per band)."""
    rng = np.random.default_rng(seed)
    texts = []
    for _ in range(groups):
        words = [f"w{x}" for x in rng.integers(0, 3000, size=150)]
        for _ in range(versions):
            texts.append(" ".join(words))
            for k in rng.integers(0, len(words), size=int(edit * len(words))):
                words[k] = f"e{rng.integers(0, 10**6)}"
    return [*texts, ""]  # the empty signature folds with nothing


def _all_bucket_pairs(sigs: np.ndarray) -> set[tuple[int, int]]:
    """Every pair sharing a band that folds (what a plain self-join on band keys would keep)."""
    from diversify.news import dedupe

    pairs = set()
    for key in dedupe.band_keys(sigs[:-1], 64, 2):
        buckets: dict[int, list[int]] = {}
        for i, k in enumerate(key.tolist()):
            buckets.setdefault(k, []).append(i)
        pairs |= {(a, b) for m in buckets.values() for a in m for b in m if a < b}
    p = np.array(sorted(pairs))
    size = dedupe.estimated_size(sigs)
    sim = np.mean(sigs[p[:, 0]] == sigs[p[:, 1]], axis=1)
    keep = dedupe.keep_pairs(sim, size[p[:, 0]], size[p[:, 1]], dedupe.STORY_THRESHOLD,
                             dedupe.CONTAINMENT_THRESHOLD)
    return set(map(tuple, p[keep].tolist()))


def test_spark_lsh_candidates_equal_local_in_long_buckets(spark) -> None:  # type: ignore[no-untyped-def]
    """The candidates of :func:`dedupe.similar_pairs` (first + next in each bucket), not all pairs."""
    from diversify.news import dedupe, spark_job

    sigs = dedupe.signatures(_versions())
    local = [tuple(p) for p in dedupe.similar_pairs(sigs).tolist()]
    assert len(local) > 1000 and _all_bucket_pairs(sigs) != set(local)  # the rule matters here
    rdd = spark.sparkContext.parallelize([(i, s.tobytes()) for i, s in enumerate(sigs)], 3)
    assert spark_job.similar_pairs(spark, rdd) == local


def test_bad_file_in_a_directory_is_one_line_in_both_engines(spark, shared_news: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             run_main: Run,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copyfile(shared_news / "seeds.jsonl", folder / "a.jsonl")
    lines = (shared_news / "dev.jsonl").read_text().splitlines()[:3]
    (folder / "b.jsonl").write_text("\n".join([*lines, '{"id": "x", "text": ', lines[0]]) + "\n")
    (folder / "c.jsonl").write_text("{broken\n")
    expected = f"error: {folder / 'b.jsonl'}, line 4: not valid JSON (Expecting value at column 21)"
    for engine in ("local", "spark"):
        capsys.readouterr()
        code = run_main(["news", "extract", str(folder), "--no-check", "--engine", engine])
        out = capsys.readouterr()
        assert code == 2, engine
        assert out.out == "" and out.err.strip() == expected, engine


def test_spark_errors_reach_the_terminal_as_one_line(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A new process starts its own Spark: the JVM's log goes to a file, the error to stderr."""
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "Canada and Japan signed a deal."}\n{"id": 3}\n')
    proc = subprocess.run([sys.executable, "-m", "diversify.cli", "news", "extract", str(tmp_path),
                           "--no-check", "--engine", "spark", "--spark-master", "local[1]"],
                          capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'a.jsonl'}, line 2, field 'text': expected a string 'text'"]


def test_ids_across_files_and_the_store_agree_in_both_engines(spark, shared_news: Path,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path, run_main: Run,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Names made by the reader get the same suffixes, an unrelated article with a stored folded
    id gets its own story, and an id given in two files is the same one-line error."""
    import json

    from diversify.news.store import ingest_path
    from diversify.store import Warehouse

    wh_path = tmp_path / "w.duckdb"
    with Warehouse(wh_path, seed=False) as wh:
        ingest_path(wh, shared_news / "versions.jsonl")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "note.md").write_text("Canada and Mexico signed a trade agreement on Monday in Ottawa.\n")
    (folder / "note.txt").write_text("Japan praised Canada for its new defence policy.\n")
    (folder / "z.jsonl").write_text(json.dumps({
        "id": "xinhua-thehawk", "published": "2025-06-01",
        "text": "China imposed tariffs on Canadian canola on Tuesday. Ottawa condemned the move."}) + "\n")
    args = ["--warehouse", str(wh_path), "news", "extract", str(folder)]
    local = _extract(run_main, capsys, args)
    assert [(x["id"], x["story"]) for x in map(json.loads, local.splitlines())] == [
        ("note", "note"), ("note-2", "note-2"), ("xinhua-thehawk", "xinhua-thehawk-2")]
    assert _extract(run_main, capsys, [*args, "--engine", "spark"]) == local
    (folder / "y.jsonl").write_text(json.dumps({"id": "xinhua-thehawk", "text": "Canada met Japan."}) + "\n")
    expected = (f"error: {folder / 'z.jsonl'}, line 1, field 'id': duplicate id 'xinhua-thehawk' "
                f"(also at {folder / 'y.jsonl'}, line 1)")
    for engine in ("local", "spark"):
        capsys.readouterr()
        code = run_main([*args, "--no-check", "--engine", engine])
        out = capsys.readouterr()
        assert code == 2, engine
        assert out.out == "" and out.err.strip() == expected, engine
