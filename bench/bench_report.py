"""Report latency from a warm warehouse (embedded default data), against a baseline.

Baseline in the same run: a bare ``SELECT count(*)`` over the reporter's flows,
i.e. the floor any query-based report pays. Results: bench/results/report.json.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "report.json"


def _time(fn, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    from diversify.report.build import build_report
    from diversify.store import Warehouse

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        wh = Warehouse(Path(tmp) / "bench.duckdb")
        create_ms = (time.perf_counter() - t) * 1000
        rows = []
        for country in ("CAN", "USA", "DEU", "CHN"):
            build_report(wh, country)  # warm
            ms = _time(lambda c=country: build_report(wh, c), 15)
            base = _time(lambda c=country: wh.query("SELECT count(*) FROM flows WHERE reporter = ?", [c]), 15)
            rows.append({
                "country": country,
                "report_p50_ms": round(statistics.median(ms), 1),
                "report_max_ms": round(max(ms), 1),
                "baseline_query_p50_ms": round(statistics.median(base), 2),
                "ratio_to_baseline": round(statistics.median(ms) / statistics.median(base), 1),
            })
        wh.close()
    result = {"warehouse_create_ms": round(create_ms), "target_ms": 200, "reports": rows}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"warehouse created from the embedded data in {create_ms:.0f} ms\n")
    print("| country | report p50 (ms) | max (ms) | baseline query p50 (ms) | ratio |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['country']} | {r['report_p50_ms']} | {r['report_max_ms']} | {r['baseline_query_p50_ms']} | {r['ratio_to_baseline']} |")


if __name__ == "__main__":
    main()
