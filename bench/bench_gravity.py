"""Structural gravity: GE counterfactual time against USITC gegravity, PPML fit time and memory
against USITC gme (a statsmodels Poisson GLM on dense fixed-effect dummies).

GE: gegravity 0.3 and our ``gegravity`` formulation on the same inputs, at 30 countries
(gegravity's sample, its CAN-JPN example), 69 (Yotov et al. 2016, 2006, a Canada-EU
agreement) and 120 and 200 (seeded synthetic data); times are end to end (gegravity: model
set-up, baseline, experiment, simulation; ours: ``run_gravity`` reading the CSV), and the
answers are compared country by country. PPML: exporter-year, importer-year and pair fixed
effects, pair-clustered standard errors, synthetic panels of 5 years.

Every run is a separate process, so peak memory (``ru_maxrss``) is per estimator, and any
baseline run that takes more than 3 minutes or 8 GiB is stopped and reported as skipped.
Results: bench/results/gravity.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from diversify.scenarios.gravity.cases import (
    EU_2006,
    SAMPLE_COEFFICIENTS,
    YOTOV_COEFFICIENTS,
    run_gegravity,
    yotov_2006,
)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "gravity.json"
SHARED = HERE.parent.parent / "shared" / "data" / "gravity"
LIMIT_SECONDS = 180
MEMORY_CAP = 8 * 2**30
MARK = "RESULT "


def _pairs(a: str, partners: list[str], var: str) -> list[dict[str, Any]]:
    return [{"exporter": a, "importer": b, "symmetric": True, "set": {var: 1}} for b in partners]


# --------------------------------------------------------------------------- workers


def _rss_now() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**30


def _peak_rss() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB -> GiB


def _worker_ge_ours(spec: dict[str, Any]) -> dict[str, Any]:
    from diversify.scenarios.gravity import run_gravity

    out: dict[str, Any] = {}
    for formulation in ("gegravity", "full"):
        table = {**spec["table"], "formulation": formulation}
        run_gravity(table, Path(spec["dir"]))  # warm imports and caches
        walls, solves = [], []
        for _ in range(spec["repeats"]):
            t = time.perf_counter()
            result = run_gravity(table, Path(spec["dir"]))
            walls.append(time.perf_counter() - t)
            solves.append(result.seconds)
        out[formulation] = {
            "seconds": statistics.median(walls),
            "solve_seconds": statistics.median(solves),
            "iterations": result.iterations,
            "market_clearing_residual": result.market_clearing_residual,
            "gdp": {c.country: c.gdp_change_pct for c in result.countries},
            "welfare": {c.country: c.welfare for c in result.countries},
        }
    return out


def _worker_ge_gegravity(spec: dict[str, Any]) -> dict[str, Any]:
    import pandas as pd

    from diversify.errors import SolverError

    try:
        run = run_gegravity(
            pd.read_csv(spec["csv"]), spec["coefficients"], spec["changes"], sigma=spec["sigma"],
            reference=spec["reference"], year=spec["year"], rescales=spec["rescales"],
        )
    except SolverError as exc:
        return {"error": str(exc)}
    table = run.model.country_results
    return {
        "seconds": run.seconds,
        "omr_rescale": run.omr_rescale,
        "failed_rescales": list(run.failed_rescales),
        "gdp": table["GDP change (percent)"].to_dict(),
        "welfare": table["welfare statistic"].to_dict(),
    }


def _ppml_frame(spec: dict[str, Any]):  # type: ignore[no-untyped-def]
    from diversify.scenarios.gravity import synthetic_gravity_data

    frame = synthetic_gravity_data(spec["countries"], n_years=spec["years"], seed=spec["seed"])
    frame["pair"] = frame["exporter"] + "_" + frame["importer"]
    return frame


def _worker_ppml(spec: dict[str, Any]) -> dict[str, Any]:
    kind = spec["kind"]
    if kind == "ours":
        from diversify.scenarios.gravity import estimate_ppml

        frame = _ppml_frame(spec)
        # compile the numerical kernels once, on a small panel
        estimate_ppml(_ppml_frame({**spec, "countries": 8}), ["pta"])
        before = _rss_now()
        t = time.perf_counter()
        fit = estimate_ppml(frame, ["pta"])
        seconds = time.perf_counter() - t
        beta, se = fit.coefficients["pta"], fit.std_errors["pta"]
    elif kind == "gme":
        import gme

        frame = _ppml_frame(spec)
        before = _rss_now()
        t = time.perf_counter()
        data = gme.EstimationData(
            frame,
            imp_var_name="importer",
            exp_var_name="exporter",
            year_var_name="year",
            trade_var_name="trade",
        )
        model = gme.EstimationModel(
            data,
            lhs_var="trade",
            rhs_var=["pta"],
            fixed_effects=[["exporter", "year"], ["importer", "year"], ["exporter", "importer"]],
            cluster_on="pair",
        )
        model.estimate()
        seconds = time.perf_counter() - t
        res = model.results_dict["all"]
        beta, se = float(res.params["pta"]), float(res.bse["pta"])
    else:
        raise ValueError(f"unknown PPML estimator {kind!r}")
    return {
        "seconds": seconds,
        "beta": beta,
        "se": se,
        "peak_rss_gib": _peak_rss(),
        "fit_rss_gib": max(0.0, _peak_rss() - before),
    }


WORKERS = {"ge-ours": _worker_ge_ours, "ge-gegravity": _worker_ge_gegravity, "ppml": _worker_ppml}


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(kind: str, spec: dict[str, Any], *, cap: bool = True) -> dict[str, Any]:
    """Run one worker in its own process, bounded in time (and memory for baselines)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, json.dumps(spec)]
    try:
        proc = subprocess.run(
            cmd,
            check=False,
            capture_output=True,
            text=True,
            timeout=LIMIT_SECONDS,
            preexec_fn=_limit_memory if cap else None,
        )
    except subprocess.TimeoutExpired:
        return {"skipped": f"stopped after {LIMIT_SECONDS} s"}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        if "MemoryError" in proc.stderr or "Unable to allocate" in proc.stderr:
            return {"skipped": f"needs more than {MEMORY_CAP / 2**30:.0f} GiB ({tail[:120]})"}
        return {"error": tail[:300]}
    return json.loads(lines[-1][len(MARK) :])


# --------------------------------------------------------------------------- cases


def _ge_cases(tmp: Path) -> list[dict[str, Any]]:

    from diversify.scenarios.gravity import TRUE_COEFFICIENTS, synthetic_gravity_data

    cases = []
    sample = SHARED / "gegravity_sample_data_set_2006.csv"
    if sample.is_file():
        cases.append(
            {
                "name": "gegravity sample (CAN-JPN agreement)",
                "n": 30,
                "csv": str(sample),
                "coefficients": SAMPLE_COEFFICIENTS,
                "reference": "DEU",
                "changes": _pairs("CAN", ["JPN"], "pta"),
            }
        )
    yotov = SHARED / "yotov2016_gravity_69c_1986_2006_with_domestic_rta.csv.gz"
    if yotov.is_file():
        path = tmp / "yotov_2006.csv"
        yotov_2006(yotov).to_csv(path, index=False)
        cases.append(
            {
                "name": "Yotov et al. 2016 (Canada-EU agreement)",
                "n": 69,
                "csv": str(path),
                "coefficients": YOTOV_COEFFICIENTS,
                "reference": "DEU",
                "changes": _pairs("CAN", EU_2006, "RTA"),
            }
        )
    for n in (120, 200):
        path = tmp / f"synthetic_{n}.csv"
        synthetic_gravity_data(n, seed=2006, first_year=2006).to_csv(path, index=False)
        partners = [f"C{k:03d}" for k in range(2, 12)]
        cases.append(
            {
                "name": "synthetic, seed 2006 (C001 agreements with 10 partners)",
                "n": n,
                "csv": str(path),
                "coefficients": TRUE_COEFFICIENTS,
                "reference": "C001",
                "changes": _pairs("C001", partners, "pta"),
            }
        )
    return cases


def _max_diff(a: dict[str, float], b: dict[str, float]) -> float:
    return max(abs(a[k] - b[k]) for k in a)


def bench_ge(tmp: Path) -> list[dict[str, Any]]:
    rows = []
    # gegravity converges only for some omr_rescale factors; it tries the factor that
    # worked on the previous case first, so failed attempts cost it as little as possible.
    rescales = [1, 10, 100, 1000]
    for case in _ge_cases(tmp):
        table = {
            "data": case["csv"],
            "year": 2006,
            "sigma": 5,
            "reference_importer": case["reference"],
            "coefficients": case["coefficients"],
            "change": case["changes"],
        }
        ours = _run("ge-ours", {"table": table, "dir": str(tmp), "repeats": 15}, cap=False)
        theirs = _run(
            "ge-gegravity",
            {
                "csv": case["csv"],
                "coefficients": case["coefficients"],
                "changes": case["changes"],
                "reference": case["reference"],
                "sigma": 5,
                "year": 2006,
                "rescales": rescales,
            },
        )
        row: dict[str, Any] = {"case": case["name"], "countries": case["n"]}
        if "error" in ours:
            row["error"] = ours["error"]
            rows.append(row)
            continue
        g, f = ours["gegravity"], ours["full"]
        row.update(
            {
                "ours_seconds": round(g["seconds"], 4),
                "ours_solve_seconds": round(g["solve_seconds"], 4),
                "ours_iterations": g["iterations"],
                "ours_full_seconds": round(f["seconds"], 4),
                "full_market_clearing_residual": f["market_clearing_residual"],
                "gegravity_market_clearing_residual": g["market_clearing_residual"],
                "full_vs_gegravity_max_gdp_pp": _max_diff(f["gdp"], g["gdp"]),
            }
        )
        if "seconds" in theirs:
            rescales = [theirs["omr_rescale"]] + [r for r in rescales if r != theirs["omr_rescale"]]
            row.update(
                {
                    "gegravity_seconds": round(theirs["seconds"], 2),
                    "gegravity_omr_rescale": theirs["omr_rescale"],
                    "gegravity_failed_rescales": theirs["failed_rescales"],
                    "speedup": round(theirs["seconds"] / g["seconds"], 1),
                    "max_gdp_diff_pp": _max_diff(g["gdp"], theirs["gdp"]),
                    "max_welfare_diff": _max_diff(g["welfare"], theirs["welfare"]),
                }
            )
        else:
            row["gegravity"] = theirs.get("skipped") or theirs.get("error")
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def bench_ppml() -> list[dict[str, Any]]:
    rows = []
    stopped: set[str] = set()
    completed: dict[str, float] = {}  # longest finished baseline run, by estimator
    for countries in (20, 40, 100):
        spec = {"countries": countries, "years": 5, "seed": 1}
        row: dict[str, Any] = {
            "countries": countries,
            "years": 5,
            "observations": countries * countries * 5,
        }
        ours = _run("ppml", {**spec, "kind": "ours"}, cap=False)
        row["ours"] = ours
        for kind in ("gme",):
            if kind in stopped:
                res = {"skipped": "not run: over the limits at a smaller size"}
            else:
                res = _run("ppml", {**spec, "kind": kind})
            if "skipped" in res or "error" in res:
                stopped.add(kind)
                # A larger problem takes the baseline at least as long as the limit (when
                # stopped on time) or as its last finished, smaller run (when stopped on
                # memory), so the ratio is at least this.
                floor = (
                    LIMIT_SECONDS
                    if "stopped after" in res.get("skipped", "")
                    else completed.get(kind)
                )
                if "seconds" in ours and "skipped" in res and floor:
                    res["speedup_at_least"] = round(floor / ours["seconds"], 1)
            elif "seconds" in ours:
                completed[kind] = max(completed.get(kind, 0.0), res["seconds"])
                res["speedup"] = round(res["seconds"] / ours["seconds"], 1)
                res["beta_diff"] = abs(res["beta"] - ours["beta"])
            row[kind] = res
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def _print_tables(result: dict[str, Any]) -> None:
    print(
        "\n| countries | ours (s) | gegravity (s) | speed-up | max GDP diff (pp) | max welfare diff "
        "| full vs gegravity GDP (pp) |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in result["ge"]:
        geg = r.get("gegravity_seconds", r.get("gegravity", "-"))
        if "gegravity_omr_rescale" in r:
            geg = f"{geg} (omr_rescale {r['gegravity_omr_rescale']})"
        print(
            f"| {r['countries']} | {r.get('ours_seconds', '-')} | {geg} | {r.get('speedup', '-')} "
            f"| {r.get('max_gdp_diff_pp', float('nan')):.1e} "
            f"| {r.get('max_welfare_diff', float('nan')):.1e} "
            f"| {r.get('full_vs_gegravity_max_gdp_pp', float('nan')):.3f} |"
        )
    print(
        "\n| countries x years | ours (s) | ours peak RSS (GiB) | gme (s) | gme peak RSS (GiB) "
        "| speed-up |"
    )
    print("|---|---|---|---|---|---|")

    def cell(res: dict[str, Any], key: str, fmt: str) -> str:
        if key in res:
            return format(res[key], fmt)
        if key == "speedup" and "speedup_at_least" in res:
            return f">= {res['speedup_at_least']:.0f}"
        return str(res.get("skipped") or res.get("error") or "-")[:45] if key == "seconds" else "-"

    for r in result["ppml"]:
        print(
            f"| {r['countries']} x {r['years']} | {cell(r['ours'], 'seconds', '.2f')} "
            f"| {cell(r['ours'], 'peak_rss_gib', '.2f')} | {cell(r['gme'], 'seconds', '.1f')} "
            f"| {cell(r['gme'], 'peak_rss_gib', '.2f')} | {cell(r['gme'], 'speedup', '.0f')} |"
        )


def main() -> None:
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        ge_rows = bench_ge(Path(tmp))
    ppml_rows = bench_ppml()
    result = {
        "limits": {"seconds": LIMIT_SECONDS, "memory_gib": MEMORY_CAP / 2**30},
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "cpus": os.cpu_count(),
        "targets": {"ge_speedup_at_120": 100, "ppml_speedup_at_100x5": 20, "ppml_memory_gib": 1},
        "ge": ge_rows,
        "ppml": ppml_rows,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    _print_tables(result)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        print(MARK + json.dumps(WORKERS[sys.argv[2]](json.loads(sys.argv[3]))), flush=True)
    else:
        main()
