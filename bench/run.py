"""Run every benchmark (bench/bench_*.py: main()) and collect results into bench/results/."""

from __future__ import annotations

import importlib.util
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    only = set(argv)
    results = {}
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # worker processes unpickle functions by module name
        spec.loader.exec_module(module)
        print(f"\n## {name}\n", flush=True)
        t0 = time.perf_counter()
        module.main()
        results[name] = round(time.perf_counter() - t0, 1)
    (HERE / "results").mkdir(exist_ok=True)
    run_file = HERE / "results" / "run.json"
    previous = json.loads(run_file.read_text()) if run_file.exists() else {}
    meta = {"python": sys.version.split()[0], "machine": platform.machine(),
            "seconds": {**previous.get("seconds", {}), **results}}
    run_file.write_text(json.dumps(meta, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
