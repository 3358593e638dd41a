"""Start-up of the command line: `diversify --help` in a new process, against baselines in the same run.

Each figure is the median wall time of a new Python process (the machine is shared, so the
baselines are timed in the same run, interleaved, and ratios are what to compare):

* ``python -c pass``: the interpreter alone, the floor;
* ``diversify --help``: the CLI imports typer and the command definitions only; each command
  imports what it needs (DuckDB, pandas, plotly, the solvers) when it runs;
* ``eager imports``: the same process importing what the CLI used to import at start
  (the warehouse, pandas, the report builder, the scenario runners), i.e. the cost the lazy
  imports avoid.

Results: bench/results/startup.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "startup.json"
TARGET_S = 0.3
RUNS = 9

EAGER = ("import diversify.cli, diversify.store, diversify.report.build, diversify.scenarios.runner, "
         "diversify.scenarios.compare, duckdb, pandas, plotly")

# the console script installed beside this interpreter
DIVERSIFY = str(Path(sys.executable).parent / "diversify")
COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "diversify --help": [DIVERSIFY, "--help"],
    "diversify report --help": [DIVERSIFY, "report", "--help"],
    "eager imports (before)": [sys.executable, "-c", EAGER],
}


def _once(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    for argv in COMMANDS.values():  # warm the file cache once
        _once(argv)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(RUNS):  # interleaved, so a busy moment slows every command alike
        for name, argv in COMMANDS.items():
            times[name].append(_once(argv))
    med = {name: statistics.median(ts) for name, ts in times.items()}
    result = {
        "target_help_s": TARGET_S,
        "runs": RUNS,
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "median_s": {name: round(s, 3) for name, s in med.items()},
        "max_s": {name: round(max(ts), 3) for name, ts in times.items()},
        "help_over_eager": round(med["diversify --help"] / med["eager imports (before)"], 3),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print("| command | median (s) | max (s) |\n|---|---|---|")
    for name in COMMANDS:
        print(f"| {name} | {result['median_s'][name]} | {result['max_s'][name]} |")
    print(f"\n`diversify --help` takes {result['help_over_eager']:.2f} of the eager start-up; "
          f"target < {TARGET_S} s")


if __name__ == "__main__":
    main()
