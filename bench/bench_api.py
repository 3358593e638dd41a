"""HTTP API latency under load, and the dashboard's first render in headless Chromium.

1. ``diversify serve`` runs in its own process on a free loopback port, over a new
   warehouse built from the embedded default data.
2. Report endpoint: the first (uncached) request per country, then 50 concurrent
   keep-alive connections (a minimal asyncio HTTP/1.1 client) requesting
   ``/api/report/CAN`` until 2000 requests or 30 s, whichever comes first; then the
   same with CAN, USA, DEU and CHN in turn; then 1000 requests through httpx's
   AsyncClient for comparison (its client CPU per request dominates on two cores).
   Latency is measured at the client, from sending to the last byte.
3. Dashboard: navigation start to the country page's first render, its charts on
   screen as SVG (``window.__renderedAt``, set after the frame that paints them), and
   to every chart being an interactive Plotly chart (``window.__interactiveAt``;
   Plotly.js, 4.8 MB, loads only after the first render). In a fresh browser context
   (nothing cached) and again in the same context (assets cached); also when the
   figures and tables are on screen (``window.__contentAt``).

Results: bench/results/api.json and a markdown table. Targets: p99 < 100 ms,
first render < 1 s.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results" / "api.json"
CLIENTS = 50
MAX_REQUESTS = 2000
MAX_SECONDS = 30.0
P99_TARGET_MS = 100.0
RENDER_TARGET_MS = 1000.0
RENDER_RUNS = 5
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(warehouse: Path, port: int, token: str | None = None) -> subprocess.Popen[bytes]:
    """``diversify serve`` on ``port``, once it answers; writes enabled only with ``token``."""
    import httpx

    env = {k: v for k, v in os.environ.items() if k != "DIVERSIFY_API_TOKEN"}
    if token is not None:
        env["DIVERSIFY_API_TOKEN"] = token
    proc = subprocess.Popen(
        [sys.executable, "-m", "diversify.cli", "--warehouse", str(warehouse), "serve",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start within 180 s")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def _summary(latencies: list[float], errors: int, elapsed: float) -> dict[str, Any]:
    return {
        "requests": len(latencies), "errors": errors, "seconds": round(elapsed, 2),
        "throughput_rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_pct(latencies, 50), 1), "p90_ms": round(_pct(latencies, 90), 1),
        "p99_ms": round(_pct(latencies, 99), 1), "max_ms": round(max(latencies), 1),
    }


async def _load(port: int, paths: list[str], max_requests: int = MAX_REQUESTS) -> dict[str, Any]:
    """50 keep-alive connections, each a minimal HTTP/1.1 client on asyncio streams.

    A full client library costs milliseconds of client CPU per request, which on two
    cores would measure the client, not the server; this one only frames requests and
    reads ``Content-Length`` bodies (gzip accepted, as browsers do).
    """
    latencies: list[float] = []
    errors = 0
    start = time.perf_counter()

    def done() -> bool:
        return len(latencies) >= max_requests or time.perf_counter() - start > MAX_SECONDS

    async def client(i: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        n = i
        while not done():
            request = (f"GET {paths[n % len(paths)]} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Accept-Encoding: gzip\r\n\r\n").encode()
            t = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
            latencies.append((time.perf_counter() - t) * 1000)
            if not head.startswith(b"HTTP/1.1 200"):
                errors += 1
            n += CLIENTS
        writer.close()

    await asyncio.gather(*(client(i) for i in range(CLIENTS)))
    return _summary(latencies, errors, time.perf_counter() - start)


async def _load_httpx(base: str, path: str, max_requests: int) -> dict[str, Any]:
    """The same load through httpx's AsyncClient, for comparison (client-bound here)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal errors
            while len(latencies) < max_requests and time.perf_counter() - start < MAX_SECONDS:
                t = time.perf_counter()
                r = await client.get(path)
                latencies.append((time.perf_counter() - t) * 1000)
                errors += r.status_code != 200

        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    return _summary(latencies, errors, time.perf_counter() - start)


def _first_render(base: str) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        return {"skipped": f"{CHROMIUM} not found"}
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {k: [] for k in (
        "cold_svg", "cold_interactive", "cold_figures", "warm_svg", "warm_interactive")}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(RENDER_RUNS):
            ctx = browser.new_context(viewport={"width": 1366, "height": 900})
            page = ctx.new_page()
            for visit in ("cold", "warm"):
                page.goto(base + "/?bench=" + str(time.time()))
                page.wait_for_selector('body[data-interactive="country"]', state="attached",
                                       timeout=60_000)
                times[f"{visit}_svg"].append(float(page.evaluate("window.__renderedAt")))
                times[f"{visit}_interactive"].append(float(page.evaluate("window.__interactiveAt")))
                if visit == "cold":
                    times["cold_figures"].append(float(page.evaluate("window.__contentAt")))
            ctx.close()
        browser.close()
    out: dict[str, Any] = {"runs": RENDER_RUNS}
    for key, values in times.items():
        out[f"{key}_p50_ms"] = round(statistics.median(values), 0)
        if key != "cold_figures":
            out[f"{key}_max_ms"] = round(max(values), 0)
    return out


def main() -> None:
    import httpx

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        from diversify.store import Warehouse

        Warehouse(warehouse).close()  # built from the embedded default data
        build_s = time.perf_counter() - t
        port = _free_port()
        proc = _start_server(warehouse, port)
        base = f"http://127.0.0.1:{port}"
        try:
            cold = {}
            for c in ("CAN", "USA", "DEU", "CHN"):
                t = time.perf_counter()
                r = httpx.get(f"{base}/api/report/{c}", timeout=60)
                r.raise_for_status()
                cold[c] = round((time.perf_counter() - t) * 1000, 1)
            can = asyncio.run(_load(port, ["/api/report/CAN"]))
            mixed = asyncio.run(_load(port, [f"/api/report/{c}" for c in ("CAN", "USA", "DEU", "CHN")]))
            via_httpx = asyncio.run(_load_httpx(base, "/api/report/CAN", 1000))
            render = _first_render(base)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    result = {
        "clients": CLIENTS, "max_requests": MAX_REQUESTS, "max_seconds": MAX_SECONDS,
        "warehouse_build_s": round(build_s, 1), "first_request_ms": cold,
        "report_CAN": can, "report_mixed": mixed, "report_CAN_httpx_client": via_httpx,
        "dashboard_first_render": render,
        "targets": {"p99_ms": P99_TARGET_MS, "first_render_ms": RENDER_TARGET_MS},
        "cpus": os.cpu_count(),
        # other work on the machine moves these numbers: the 1-minute load average
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{CLIENTS} concurrent clients on loopback, default data, {os.cpu_count()} CPUs, load "
          f"average {result['load_average'][0]} -> {result['load_average'][1]}; first (uncached) "
          f"report requests: {', '.join(f'{k} {v} ms' for k, v in cold.items())}\n")
    print("| run | requests | errors | req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in (("/api/report/CAN", can), ("CAN, USA, DEU, CHN in turn", mixed),
                    ("/api/report/CAN, httpx AsyncClient (client-bound)", via_httpx)):
        print(f"| {name} | {r['requests']} | {r['errors']} | {r['throughput_rps']} | {r['p50_ms']} "
              f"| {r['p90_ms']} | {r['p99_ms']} | {r['max_ms']} |")
    if "skipped" in render:
        print(f"\ndashboard first render: skipped ({render['skipped']})")
    else:
        print("\n| dashboard first render (Canada page) | p50 (ms) | max (ms) |")
        print("|---|---|---|")
        print(f"| fresh context, figures and tables shown | {render['cold_figures_p50_ms']:.0f} | |")
        for visit, label in (("cold", "fresh context"), ("warm", "assets cached")):
            for stage, what in (("svg", "charts on screen (SVG)"),
                                ("interactive", "charts interactive (Plotly)")):
                print(f"| {label}, {what} | {render[f'{visit}_{stage}_p50_ms']:.0f} "
                      f"| {render[f'{visit}_{stage}_max_ms']:.0f} |")


if __name__ == "__main__":
    main()
