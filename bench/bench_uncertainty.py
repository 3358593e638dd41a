"""Monte Carlo GE: 1,000 draws of the cost coefficients on the Yotov et al. (2016) 69-country
table (2006, a Canada-EU agreement), against gegravity 0.3's ``MonteCarloGE`` on the same draws.

The covariance is the pair-clustered PPML covariance estimated on that cross-section; the
coefficients are the reference ones of the oracle tests (gegravity converges on them from
``omr_rescale`` 100). Our draws with a seed equal gegravity's ``coeff_sample`` with that seed,
so its first 10 trials are exactly our first 10: gegravity runs those 10 (about a second or
more each; 1,000 would take hours) and its time is scaled by 100, as stated in the results.
Our 1,000 trials run on every core (the ``gegravity`` and ``full`` formulations); peak memory
is measured at 100 and 1,000 draws in separate processes to show it does not grow with the
trial matrices. Results: bench/results/uncertainty.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from diversify.scenarios.gravity.cases import EU_2006, YOTOV_COEFFICIENTS, yotov_2006

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "uncertainty.json"
SHARED = HERE.parent.parent / "shared" / "data" / "gravity"
YOTOV = SHARED / "yotov2016_gravity_69c_1986_2006_with_domestic_rta.csv.gz"
MARK = "RESULT "
DRAWS = int(os.environ.get("BENCH_UNCERTAINTY_DRAWS", "1000"))
GEGRAVITY_TRIALS = int(os.environ.get("BENCH_UNCERTAINTY_GEGRAVITY_TRIALS", "10"))
SEED = 2006


def _changes() -> list[dict[str, Any]]:
    return [
        {"exporter": "CAN", "importer": c, "symmetric": True, "set": {"RTA": 1}} for c in EU_2006
    ]


def _prepare(tmp: Path) -> dict[str, str]:
    import pandas as pd

    from diversify.scenarios.gravity import estimate_ppml

    frame = yotov_2006(YOTOV)
    csv = tmp / "yotov_2006.csv"
    frame.to_csv(csv, index=False)
    fit = estimate_ppml(frame, list(YOTOV_COEFFICIENTS), fixed_effects=("exporter-year", "importer-year"))
    cov = pd.DataFrame(fit.covariance).loc[list(YOTOV_COEFFICIENTS), list(YOTOV_COEFFICIENTS)]
    cov_csv = tmp / "covariance.csv"
    cov.to_csv(cov_csv)
    return {"csv": str(csv), "covariance": str(cov_csv)}


def _peak_rss_mib() -> dict[str, float]:
    """Peak resident memory of this process and of its largest worker process."""
    import resource

    return {
        "main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "largest_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _worker_ours(spec: dict[str, Any]) -> dict[str, Any]:
    from diversify.scenarios.gravity import run_gravity

    table = {
        "data": spec["csv"], "year": 2006, "sigma": 5, "reference_importer": "DEU",
        "formulation": spec["formulation"], "coefficients": YOTOV_COEFFICIENTS,
        "change": _changes(),
        "uncertainty": {"draws": spec["draws"], "seed": SEED, "covariance": spec["covariance"]},
    }
    start = time.perf_counter()
    result = run_gravity(table, Path(spec["csv"]).parent)
    wall = time.perf_counter() - start
    mc = result.uncertainty
    assert mc is not None
    can = mc.countries.index("CAN")
    first = mc.values[: spec["keep"]].tolist()
    return {
        "draws": mc.draws, "failed": mc.failed, "trials_seconds": mc.seconds, "wall_seconds": wall,
        "one_shot_seconds": result.seconds, "peak_rss_mib": _peak_rss_mib(),
        "can_gdp_band": mc.to_dict()["countries"][can]["gdp_change_pct"],
        "countries": list(mc.countries), "first_trials": first,
    }


def _worker_gegravity(spec: dict[str, Any]) -> dict[str, Any]:
    import pandas as pd

    from diversify.scenarios.gravity.cases import run_gegravity_monte_carlo

    frame = pd.read_csv(spec["csv"])
    cov = pd.read_csv(spec["covariance"], index_col=0)
    run = run_gegravity_monte_carlo(
        frame, YOTOV_COEFFICIENTS, cov, _changes(), sigma=5, trials=spec["trials"], seed=SEED,
        omr_rescale=100,
    )
    every = run.model.all_country_results
    # gegravity counts a trial as failed only when it raises; a trial whose solver reports
    # success = False is kept in its statistics. Those are listed, and not compared.
    unconverged = [
        int(position) for position, stages in run.model.solver_diagnostics.items()
        if not all(bool(stage.get("success")) for stage in stages.values())
    ]
    gdp = {
        str(t): every[(t, "GDP change (percent)")].to_dict()
        for t in range(spec["trials"] - run.model.num_failed_trials)
        if t not in unconverged
    }
    return {
        "seconds": run.seconds, "trials": spec["trials"], "failed": run.model.num_failed_trials,
        "failed_trials": list(run.model.failed_trials),
        "kept_unconverged_positions": unconverged, "gdp": gdp,
    }


WORKERS = {"ours": _worker_ours, "gegravity": _worker_gegravity}


def _run(kind: str, spec: dict[str, Any]) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, json.dumps(spec)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=3600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1][:300]}
    return json.loads(lines[-1][len(MARK) :])


def main() -> None:
    if not YOTOV.is_file():
        print(f"skipped: {YOTOV.name} not found beside the checkout")
        return
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        files = _prepare(Path(tmp))
        geg = _run("gegravity", {**files, "trials": GEGRAVITY_TRIALS})
        runs = {}
        for formulation in ("gegravity", "full"):
            runs[formulation] = _run(
                "ours", {**files, "formulation": formulation, "draws": DRAWS, "keep": GEGRAVITY_TRIALS}
            )
        small = _run("ours", {**files, "formulation": "gegravity", "draws": 100, "keep": 0})
    ours = runs["gegravity"]
    result: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "draws": DRAWS,
        "target_seconds": 30,
        "ours": {k: {kk: vv for kk, vv in v.items() if kk not in ("first_trials", "countries")}
                 for k, v in runs.items()},
        "ours_100_draws_peak_rss_mib": small.get("peak_rss_mib"),
        "gegravity": {k: v for k, v in geg.items() if k != "gdp"},
    }
    if "seconds" in geg and "trials_seconds" in ours:
        per_trial = geg["seconds"] / max(1, geg["trials"])
        result["gegravity_scaled_seconds"] = round(per_trial * DRAWS, 1)
        result["gegravity_scaled_note"] = (
            f"gegravity ran {geg['trials']} trials in {geg['seconds']:.1f} s; "
            f"scaled to {DRAWS} trials"
        )
        result["speedup"] = round(per_trial * DRAWS / ours["trials_seconds"], 1)
        failed = set(geg["failed_trials"])
        solved = [t for t in range(geg["trials"]) if t not in failed]
        can = ours["countries"]
        diffs = []
        for position, trial in enumerate(solved):
            if str(position) not in geg["gdp"]:
                continue  # gegravity kept it although its solver did not converge
            theirs = geg["gdp"][str(position)]
            mine = ours["first_trials"][trial][: len(can)]
            diffs += [abs(m - theirs[c]) for m, c in zip(mine, can, strict=True)]
        result["max_gdp_diff_pp_same_draws"] = max(diffs) if diffs else None
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        print(MARK + json.dumps(WORKERS[sys.argv[2]](json.loads(sys.argv[3]))), flush=True)
    else:
        main()
