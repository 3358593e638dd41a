"""News extraction throughput and near-duplicate folding at scale.

1. **Extraction**: the 40 dev and dev2 articles of ``../shared/news`` repeated
   to :data:`EXTRACT_ARTICLES`, each through paragraph deduplication, actors,
   events (fast path and dependency parse), claims and its MinHash signature
   (:func:`diversify.news.pipeline.process_batch`, 32 articles a batch), on all cores (a
   ``multiprocessing`` pool) and on one. Articles per CPU-second per core
   against the target of :data:`TARGET_PER_CORE`; the fast path alone
   (no parse) is measured in the same run.
2. **Engines**: the same articles (with distinct ids, as JSONL files in a
   directory) through ``diversify news extract DIR --no-check`` end to end,
   reading, extraction and story folding: the local engine on all cores (a
   ``multiprocessing`` pool) and a Spark job in local mode (``local[*]``) on
   the same cores, in the same run, once Spark has started (its start-up is
   timed apart) and with its Python workers warm (a first, cold job is timed
   too). Articles per second of each, their ratio, and whether the two outputs
   are identical. Skipped without pyspark or Java.
3. **Deduplication**: seeded synthetic articles (200 words drawn from a
   5,000-word vocabulary), in groups of one original and up to three copies
   with a by-line, a few words edited and a sentence appended, at 10k, 30k and
   100k articles. Timed: signatures on all cores (each worker regenerates its
   articles from the seed, so no text crosses processes) plus LSH clustering.
   Near-linear scaling means the 100k/10k time ratio stays near 10. Quality:
   the share of copies folded into their original's story, and stories that
   wrongly merge two originals.

Results: bench/results/news.json. Runs in about three minutes on 2 cores.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "news.json"
NEWS = HERE.parent.parent / "shared" / "news"
EXTRACT_ARTICLES = 1200
ENGINE_ROUNDS = 2
TARGET_PER_CORE = 50
DEDUPE_SIZES = (10_000, 30_000, 100_000)
SEED = 20250623
VOCAB = 5000
WORDS = 200


def _ctx() -> mp.context.BaseContext:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


# -- extraction -------------------------------------------------------------------
def _warm() -> None:
    from diversify.news.actors import lexicon
    from diversify.news.nlp import pipeline
    from diversify.news.parser import dependency_parser
    from diversify.news.triggers import dictionary
    from diversify.news.verbs import lexicon as event_lexicon

    pipeline(), lexicon(), dictionary(), dependency_parser(), event_lexicon()


def _extract_chunk(articles: list, structured: bool = True) -> float:  # type: ignore[type-arg]
    """CPU seconds this process spent extracting ``articles``."""
    from diversify.news.pipeline import BATCH, process_batch

    t0 = time.process_time()
    for i in range(0, len(articles), BATCH):
        process_batch(articles[i:i + BATCH], structured=structured)
    return time.process_time() - t0


def _fast_chunk(articles: list) -> float:  # type: ignore[type-arg]
    return _extract_chunk(articles, structured=False)


def _dev() -> list:  # type: ignore[type-arg]
    from diversify.news.ingest import read_articles

    return read_articles(NEWS / "dev.jsonl") + read_articles(NEWS / "dev2.jsonl")


def _repeated(n: int = EXTRACT_ARTICLES) -> list:  # type: ignore[type-arg]
    dev = _dev()
    return (dev * (n // len(dev) + 1))[:n]


def bench_extraction() -> dict[str, object]:
    dev = _dev()
    articles = _repeated()
    cores = os.cpu_count() or 1
    _warm()
    _extract_chunk(dev)  # warm caches in the parent, inherited by forked workers

    one = articles[: EXTRACT_ARTICLES // 4]
    t0 = time.perf_counter()
    cpu_one = _extract_chunk(one)
    single = len(one) / (time.perf_counter() - t0)

    chunks = [articles[i::cores * 4] for i in range(cores * 4)]
    t0 = time.perf_counter()
    with _ctx().Pool(cores) as pool:
        cpu = sum(pool.map(_extract_chunk, chunks))
    wall = time.perf_counter() - t0
    fast_cpu = _fast_chunk(one)
    rate = len(articles) / wall
    per_cpu_second = len(articles) / cpu
    chars = sum(len(a.text) for a in dev) / len(dev)
    return {
        "articles": len(articles), "mean_chars": round(chars), "cores": cores,
        "seconds_all_cores": round(wall, 2), "articles_per_s": round(rate, 1),
        "articles_per_s_per_core_wall": round(rate / cores, 1),
        "articles_per_cpu_second": round(per_cpu_second, 1),
        "articles_per_s_one_process": round(single, 1),
        "articles_per_cpu_second_one_process": round(len(one) / cpu_one, 1),
        "fast_path_only_articles_per_cpu_second": round(len(one) / fast_cpu, 1),
        "note": "per core = articles per CPU-second of the workers (robust to other load on a shared "
                "machine); per_core_wall = articles per wall-clock second divided by the cores",
        "target_per_core": TARGET_PER_CORE, "meets_target": per_cpu_second >= TARGET_PER_CORE,
    }


# -- local engine against Spark -------------------------------------------------------
def _write_articles(articles: list, folder: Path, files: int = 4) -> None:  # type: ignore[type-arg]
    """``articles`` as JSONL files in ``folder``, ids made distinct (copies stay copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        rows = [{"id": f"{a.id}~{k}", "title": a.title, "url": a.url,
                 "published": a.published.isoformat() if a.published else None, "text": a.text}
                for k, a in enumerate(articles) if k % files == f]
        (folder / f"part-{f:03d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def bench_engines(articles: list) -> dict[str, object]:  # type: ignore[type-arg]
    """Articles per second of the local engine and of Spark local on the same directory."""
    import importlib.util
    import shutil
    import tempfile

    if importlib.util.find_spec("pyspark") is None or shutil.which("java") is None:
        return {"skipped": "pyspark (the spark extra) or a Java runtime is missing"}
    from diversify.news.ingest import read_articles
    from diversify.news.pipeline import extract
    from diversify.news.spark_job import extract as extract_on_spark
    from diversify.news.spark_job import spark_session

    cores = os.cpu_count() or 1
    local_times, spark_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        _write_articles(articles, folder)
        t0 = time.perf_counter()
        with spark_session(f"local[{cores}]") as spark:
            t_start = time.perf_counter() - t0
            t0 = time.perf_counter()
            list(extract_on_spark(spark, folder))
            t_cold = time.perf_counter() - t0
            for _ in range(ENGINE_ROUNDS):  # alternated, so both see the same load on a shared machine
                t0 = time.perf_counter()
                local = extract(read_articles(folder), None, processes=cores, check=False)
                local_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                on_spark = list(extract_on_spark(spark, folder))
                spark_times.append(time.perf_counter() - t0)
    n = len(local)
    t_local, t_spark = min(local_times), min(spark_times)
    same = [r.to_json() for r in local] == [r.to_json() for r in on_spark]
    return {"articles": n, "cores": cores, "rounds": ENGINE_ROUNDS,
            "local_seconds": [round(t, 2) for t in local_times],
            "local_articles_per_s": round(n / t_local, 1),
            "spark_start_seconds": round(t_start, 2), "spark_cold_job_seconds": round(t_cold, 2),
            "spark_seconds": [round(t, 2) for t in spark_times],
            "spark_articles_per_s": round(n / t_spark, 1),
            "spark_to_local": round(t_local / t_spark, 2), "outputs_identical": same,
            "note": "end to end from JSONL files, no claim checks; local = multiprocessing pool on "
                    "all cores, spark = local[cores] with warm Python workers; rounds alternate the "
                    "two engines and the best of each is compared; Spark's start-up and first (cold) "
                    "job are timed apart; same run, same machine"}


# -- deduplication -------------------------------------------------------------------
def _layout(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Group and copy number of each of ``n`` articles (originals first in each group)."""
    rng = np.random.default_rng(SEED)
    sizes = rng.choice([1, 2, 3, 4], size=n, p=[0.4, 0.3, 0.2, 0.1])
    group = np.repeat(np.arange(n), sizes)[:n]
    copy = np.concatenate([np.arange(s) for s in sizes])[:n]
    return group, copy


def _text(group: int, copy: int) -> str:
    base = np.random.default_rng([SEED, group]).integers(0, VOCAB, size=WORDS)
    words = [f"w{x}" for x in base]
    if copy:
        rng = np.random.default_rng([SEED, group, copy])
        for k in rng.integers(0, WORDS, size=4):
            words[k] = f"edit{copy}"
        words = [f"By agency {copy}."] + words + [f"Reporting by desk {copy} with files from wires."]
    return " ".join(words)


def _signatures(args: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, float]:
    from diversify.news.dedupe import signatures

    groups, copies = args
    texts = [_text(int(g), int(c)) for g, c in zip(groups, copies, strict=True)]
    t0 = time.process_time()
    sigs = signatures(texts)
    return sigs, time.process_time() - t0


def bench_dedupe(n: int) -> dict[str, object]:
    from diversify.news.dedupe import Item, cluster

    group, copy = _layout(n)
    cores = os.cpu_count() or 1
    parts = np.array_split(np.arange(n), cores * 8)
    t0 = time.perf_counter()
    with _ctx().Pool(cores) as pool:
        done = pool.map(_signatures, [(group[p], copy[p]) for p in parts])
    t_sig = time.perf_counter() - t0
    sigs = np.concatenate([d[0] for d in done])
    cpu_sig = sum(d[1] for d in done)
    items = [Item(f"a{i}", None, i, sigs[i]) for i in range(n)]
    t1 = time.perf_counter()
    c1 = time.process_time()
    stories = cluster(items)
    t_lsh = time.perf_counter() - t1
    cpu_lsh = time.process_time() - c1
    story = np.array([int(stories[f"a{i}"][1:]) for i in range(n)])
    first = {int(g): i for i, g in reversed(list(enumerate(group)))}
    copies = np.flatnonzero(copy > 0)
    folded = float(np.mean([story[i] == story[first[int(group[i])]] for i in copies])) if copies.size else 1.0
    merged: dict[int, set[int]] = {}
    for i in range(n):
        merged.setdefault(int(story[i]), set()).add(int(group[i]))
    wrong = sum(1 for gs in merged.values() if len(gs) > 1)
    return {"articles": n, "groups": int(group.max()) + 1, "seconds": round(t_sig + t_lsh, 2),
            "seconds_signatures": round(t_sig, 2), "seconds_lsh": round(t_lsh, 2),
            "cpu_seconds": round(cpu_sig + cpu_lsh, 2), "cpu_seconds_signatures": round(cpu_sig, 2),
            "cpu_seconds_lsh": round(cpu_lsh, 2),
            "copies_folded": round(folded, 4), "stories_merging_originals": wrong}


def main() -> None:
    out: dict[str, object] = {"cores": os.cpu_count()}
    if (NEWS / "dev.jsonl").is_file():
        out["extraction"] = ex = bench_extraction()
        print(f"extraction: {ex['articles_per_cpu_second']} articles per CPU-second per core "
              f"({ex['articles_per_s']}/s wall on {ex['cores']} cores; one process "
              f"{ex['articles_per_s_one_process']}/s wall; target {TARGET_PER_CORE}/s/core)", flush=True)
        out["engines"] = en = bench_engines(_repeated())
        if "skipped" in en:
            print(f"engines: skipped ({en['skipped']})", flush=True)
        else:
            print(f"engines: local {en['local_articles_per_s']} articles/s, Spark local "
                  f"{en['spark_articles_per_s']}/s (x{en['spark_to_local']} of local; start-up "
                  f"{en['spark_start_seconds']} s, first job {en['spark_cold_job_seconds']} s); "
                  f"outputs identical: {en['outputs_identical']}", flush=True)
    else:
        out["extraction"] = {"skipped": "../shared/news is not beside the checkout"}
    runs = []
    for n in DEDUPE_SIZES:
        r = bench_dedupe(n)
        runs.append(r)
        print(f"dedupe {n:>7,}: {r['seconds']:6.1f} s wall, {r['cpu_seconds']:6.1f} s CPU "
              f"(signatures {r['cpu_seconds_signatures']} s, LSH {r['cpu_seconds_lsh']} s); "
              f"copies folded {r['copies_folded']:.1%}, wrong merges {r['stories_merging_originals']}",
              flush=True)
    ratio = runs[-1]["seconds"] / runs[0]["seconds"]  # type: ignore[operator]
    cpu_ratio = runs[-1]["cpu_seconds"] / runs[0]["cpu_seconds"]  # type: ignore[operator]
    out["dedupe"] = {"runs": runs, "ratio_100k_to_10k": round(ratio, 2),
                     "cpu_ratio_100k_to_10k": round(cpu_ratio, 2),
                     "linear_ratio": DEDUPE_SIZES[-1] / DEDUPE_SIZES[0]}
    print(f"dedupe time ratio 100k/10k: {ratio:.1f} wall, {cpu_ratio:.1f} CPU "
          f"(linear: {DEDUPE_SIZES[-1] // DEDUPE_SIZES[0]})")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
