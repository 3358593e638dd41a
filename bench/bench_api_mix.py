"""A bounded load test on loopback: 10,000 requests at 50 concurrency over report, series and news.

1. ``diversify serve`` runs in its own process on a free loopback port, over a new
   warehouse built from the embedded default data, with the news articles of
   ``../shared/news`` uploaded through ``POST /api/news/articles``.
2. The news list alone: ``/api/news/articles?limit=20``, 3,000 requests.
3. The mix: 10,000 requests over the reports of CAN, USA, DEU and CHN, two series and
   the news lists (articles, events, claims), in turn, from 50 keep-alive connections.
4. Baseline in the same run: ``/api/health`` (no query at all), 3,000 requests.

Every figure is measured at the client from sending to the last byte (the minimal
asyncio HTTP/1.1 client of ``bench_api``). Results: bench/results/api_mix.json.
Target: zero errors, p99 of the mix < 100 ms on 2 cores.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import _free_port, _pct, _start_server

RESULTS = Path(__file__).resolve().parent / "results" / "api_mix.json"
NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "news"
CLIENTS = 50
TOKEN = "bench-token-0123456789abcdef"
MIX = ["/api/report/CAN", "/api/series/CAN/goods_exports", "/api/news/articles?limit=20",
       "/api/report/USA", "/api/news/events?limit=20", "/api/report/DEU",
       "/api/series/USA/goods_imports", "/api/news/claims?limit=20", "/api/report/CHN"]


async def _load(port: int, paths: list[str], total: int) -> dict[str, Any]:
    """``total`` requests over ``paths`` in turn from 50 keep-alive connections."""
    by_path: dict[str, list[float]] = {p: [] for p in paths}
    errors = 0
    sent = 0
    start = time.perf_counter()

    async def client() -> None:
        nonlocal errors, sent
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while sent < total:
            path = paths[sent % len(paths)]
            sent += 1
            t = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
            by_path[path].append((time.perf_counter() - t) * 1000)
            errors += not head.startswith(b"HTTP/1.1 200")
        writer.close()

    await asyncio.gather(*(client() for _ in range(CLIENTS)))
    elapsed = time.perf_counter() - start
    every = [x for v in by_path.values() for x in v]

    def stats(values: list[float]) -> dict[str, float]:
        return {"requests": len(values), "p50_ms": round(_pct(values, 50), 1),
                "p90_ms": round(_pct(values, 90), 1), "p99_ms": round(_pct(values, 99), 1),
                "max_ms": round(max(values), 1)}

    return {**stats(every), "errors": errors, "seconds": round(elapsed, 2),
            "throughput_rps": round(len(every) / elapsed, 1),
            "by_path": {p: stats(v) for p, v in by_path.items() if v}}


def main(total: int = 10_000) -> dict[str, Any]:
    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "bench.duckdb"
        port = _free_port()
        proc = _start_server(warehouse, port, TOKEN)
        try:
            base = f"http://127.0.0.1:{port}"
            for name in ("seeds.jsonl", "dev.jsonl"):
                if (NEWS / name).is_file():
                    r = httpx.post(base + "/api/news/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                                   files={"file": (name, (NEWS / name).read_bytes())}, timeout=600)
                    r.raise_for_status()
            for path in MIX:  # first requests build the caches
                httpx.get(base + path, timeout=120).raise_for_status()
            out = {
                "baseline_health": asyncio.run(_load(port, ["/api/health"], min(total, 3000))),
                "news_articles_alone": asyncio.run(_load(port, ["/api/news/articles?limit=20"], min(total, 3000))),
                "mix": asyncio.run(_load(port, MIX, total)),
                "cpus": os.cpu_count(),
            }
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    result = main(n)
    for name in ("baseline_health", "news_articles_alone", "mix"):
        r = result[name]
        print(f"{name:22s} {r['requests']:6d} req  {r['throughput_rps']:8.1f} req/s  p50 {r['p50_ms']:6.1f}  "
              f"p99 {r['p99_ms']:6.1f}  max {r['max_ms']:6.1f} ms  errors {r['errors']}")
    for path, r in result["mix"]["by_path"].items():
        print(f"  {path:34s} p50 {r['p50_ms']:6.1f}  p99 {r['p99_ms']:6.1f} ms")
