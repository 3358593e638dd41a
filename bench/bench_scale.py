"""Full-scale BACI: ingest, one country's report, the all-country HHI table, side by side.

For each size (1M and 10M rows by default; ``BENCH_SCALE_SIZES=1e6,1e7,1e8`` for more), a seeded
generator (:mod:`diversify.sources.baci_synthetic`: 230 countries, 5,000 products, heavy-tailed
values) writes BACI files in CEPII's layout: one year up to 10M rows (a real BACI year's size),
above that years of 10M rows (100M = 2013-2022, one file each). In the same run:

* ingest: ``diversify`` (the BACI loader: read, checks, one write into ``trade_matrix``);
  pandas and polars (read the CSV, map the country codes to ISO3, write Parquet);
  raw DuckDB (``CREATE TABLE AS SELECT * FROM read_csv``, no checks, the limit);
* one country's report (DEU), each in a new process, start-up included:
  ``diversify report DEU --format json`` (every domain, trends, critical-product screen);
  pandas and polars (exports, imports and energy exports by partner with shares, HHI, top
  partner, USA/EU27 shares, and the HS6 critical-product screen, from the Parquet file);
  raw DuckDB (a new process opens the warehouse and sums DEU's exports and imports by partner
  from ``trade_matrix``: the floor);
* the all-country HHI table (HHI, top partner, USA/EU27 shares of every reporter's exports and
  imports), each in a new process: ``diversify table hhi -o FILE``; pandas; polars; raw DuckDB
  (one scan summing pairs, then HHI per exporter and per importer);
* diversify on Spark local (``BENCH_SCALE_SPARK=0`` leaves it out; master ``BENCH_SPARK_MASTER``,
  default ``local[2]``): the warehouse exported once to the Parquet layout
  (``diversify export parquet``, timed), then the same report and table commands with
  ``--engine spark --data DIR``, each a new process with the JVM's start-up. Spark exists for
  data on a cluster; on one machine it is measured against DuckDB, not expected to beat it.

Every step runs in its own process; its wall time and peak resident memory (``wait4``) are
recorded. The machine is shared, so compare ratios within one run. The HHI of DEU's exports and
the all-country table are checked to agree across implementations (1e-9).

``BENCH_SCALE_BEFORE=DIR`` also times another version of diversify in the same run (``DIR`` is
its ``src`` folder, e.g. from ``git archive``): its own ingest into its own warehouse, its report
and its table, as ``diversify_before`` (and, with Spark, its Spark report and table over this
version's layout, as ``spark_before``); its report must equal this version's byte for byte.
Results: bench/results/scale.json, or the file named by ``BENCH_SCALE_RESULTS`` in that folder
(the sizes run replace their earlier results; the others are kept).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / os.environ.get("BENCH_SCALE_RESULTS", "scale.json")
PANDAS_MAX_ROWS = 20_000_000
"""Above this, pandas is left out: its frames of every row need more memory than the machine has to share."""
YEAR = 2022
ROWS_PER_YEAR = 10_000_000
"""A BACI year holds about 10 million flows: larger sizes are that many years ending in YEAR, one file each."""
COUNTRY = "DEU"
DIVERSIFY = str(Path(sys.executable).parent / "diversify")
SPARK = os.environ.get("BENCH_SCALE_SPARK", "1") != "0"
SPARK_MASTER = os.environ.get("BENCH_SPARK_MASTER", "local[2]")
EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]


# -- steps, each run in its own process ---------------------------------------------------------

def _codes(folder: Path) -> dict[int, str]:
    import csv

    path = next(folder.glob("country_codes_*.csv"))
    with open(path, encoding="utf-8") as fh:
        return {int(r["country_code"]): r["country_iso3"] for r in csv.DictReader(fh)}


def ingest_pandas(csv_glob: str, out: str) -> dict[str, object]:
    import pandas as pd

    (csv_path,) = sorted(Path(csv_glob).parent.glob(Path(csv_glob).name))  # one year below PANDAS_MAX_ROWS
    codes = _codes(Path(csv_path).parent)
    df = pd.read_csv(csv_path, dtype={"t": "int16", "i": "int32", "j": "int32", "k": "string", "v": "float64"},
                     na_values=["NA"], keep_default_na=False)
    df["k"] = df["k"].str.zfill(6)
    df = pd.DataFrame({"year": df.t, "exporter": df.i.map(codes), "importer": df.j.map(codes),
                       "product": df.k, "value": df.v})
    df.to_parquet(out, index=False)
    return {"rows": len(df)}


def ingest_polars(csv_glob: str, out: str) -> dict[str, object]:
    import polars as pl

    codes = pl.DataFrame({"code": list(_codes(Path(csv_glob).parent)),
                          "iso3": list(_codes(Path(csv_glob).parent).values())})
    df = (pl.scan_csv(csv_glob, schema_overrides={"k": pl.String, "q": pl.String})
          .join(codes.lazy().rename({"code": "i", "iso3": "exporter"}), on="i")
          .join(codes.lazy().rename({"code": "j", "iso3": "importer"}), on="j")
          .select(pl.col("t").alias("year"), "exporter", "importer",
                  pl.col("k").str.zfill(6).alias("product"), pl.col("v").alias("value")))
    df.sink_parquet(out)
    return {"rows": pl.scan_parquet(out).select(pl.len()).collect().item()}


def ingest_raw(csv_glob: str, db: str) -> dict[str, object]:
    import duckdb

    con = duckdb.connect(db)
    con.execute("CREATE TABLE plain AS SELECT * FROM read_csv(?)", [csv_glob])
    return {"rows": con.execute("SELECT count(*) FROM plain").fetchone()[0]}  # type: ignore[index]


def ingest_diversify(csv_glob: str, db: str) -> dict[str, object]:
    from diversify.store import Warehouse

    stored = 0
    with Warehouse(db, seed=False) as wh:
        for path in sorted(Path(csv_glob).parent.glob(Path(csv_glob).name)):  # one transaction per year
            stored += wh.ingest(path, "baci").rows["trade_matrix"]
    return {"rows": stored}


def _hhi(shares) -> float:  # type: ignore[no-untyped-def]
    return float((shares * shares).sum())


def report_pandas(parquet: str) -> dict[str, object]:
    import pandas as pd

    df = pd.read_parquet(parquet, filters=[("year", "=", YEAR)])
    df = df[(df.value > 0) & (df.exporter != df.importer)]
    out: dict[str, object] = {}
    sides = {"goods_exports": df[df.exporter == COUNTRY].groupby("importer").value.sum(),
             "goods_imports": df[df.importer == COUNTRY].groupby("exporter").value.sum(),
             "energy_exports": df[(df.exporter == COUNTRY) & df["product"].str.startswith("27")]
             .groupby("importer").value.sum()}
    for name, by_partner in sides.items():
        shares = (by_partner / by_partner.sum()).sort_values(ascending=False)
        out[name] = {"hhi": _hhi(shares), "top": shares.index[0], "top_share": float(shares.iloc[0]),
                     "USA": float(shares.get("USA", 0.0)), "EU27": float(shares[shares.index.isin(EU27)].sum())}
    imp = df[df.importer == COUNTRY].groupby(["product", "exporter"]).value.sum().reset_index()
    tot = imp.groupby("product").value.transform("sum")
    imp["s2"] = (imp.value / tot) ** 2
    hhi = imp.groupby("product").agg(imports=("value", "sum"), hhi=("s2", "sum"))
    exp = df[df.exporter == COUNTRY].groupby("product").value.sum()
    ratio = hhi.imports / exp.reindex(hhi.index).fillna(0)
    out["critical"] = int(((hhi.hhi > 0.4) & (ratio > 1)).sum())
    return out


def report_polars(parquet: str) -> dict[str, object]:
    import polars as pl

    lf = pl.scan_parquet(parquet).filter((pl.col("year") == YEAR) & (pl.col("value") > 0)
                                         & (pl.col("exporter") != pl.col("importer")))
    out: dict[str, object] = {}
    sides = {"goods_exports": lf.filter(pl.col("exporter") == COUNTRY).group_by(pl.col("importer").alias("p")),
             "goods_imports": lf.filter(pl.col("importer") == COUNTRY).group_by(pl.col("exporter").alias("p")),
             "energy_exports": lf.filter((pl.col("exporter") == COUNTRY) & pl.col("product").str.starts_with("27"))
             .group_by(pl.col("importer").alias("p"))}
    for name, grouped in sides.items():
        s = (grouped.agg(pl.col("value").sum()).with_columns(share=pl.col("value") / pl.col("value").sum())
             .sort("share", descending=True).collect())
        out[name] = {"hhi": float((s["share"] ** 2).sum()), "top": s["p"][0], "top_share": float(s["share"][0]),
                     "USA": float(s.filter(pl.col("p") == "USA")["share"].sum()),
                     "EU27": float(s.filter(pl.col("p").is_in(EU27))["share"].sum())}
    imp = (lf.filter(pl.col("importer") == COUNTRY).group_by("product", "exporter").agg(pl.col("value").sum())
           .with_columns(s=pl.col("value") / pl.col("value").sum().over("product"))
           .group_by("product").agg(imports=pl.col("value").sum(), hhi=(pl.col("s") ** 2).sum()))
    exp = lf.filter(pl.col("exporter") == COUNTRY).group_by("product").agg(exports=pl.col("value").sum())
    crit = (imp.join(exp, on="product", how="left").with_columns(pl.col("exports").fill_null(0.0))
            .filter((pl.col("hhi") > 0.4) & (pl.col("imports") > pl.col("exports"))).collect())
    out["critical"] = crit.height
    return out


def report_raw(db: str) -> dict[str, object]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    out: dict[str, object] = {}
    for name, me, other in (("goods_exports", "exporter", "importer"), ("goods_imports", "importer", "exporter")):
        rows = con.execute(f"SELECT {other}, sum(value) FROM trade_matrix WHERE {me} = ? AND year = ? "
                           f"AND value > 0 AND exporter <> importer GROUP BY 1", [COUNTRY, YEAR]).fetchall()
        total = sum(v for _, v in rows)
        out[name] = {"hhi": sum((v / total) ** 2 for _, v in rows)}
    return out


def _diversify_report(stdout: str) -> dict[str, object]:
    rep = json.loads(stdout)["domains"]
    return {name: {"hhi": rep[name]["hhi"], "top": rep[name]["top_partner"]} for name in ("goods_exports", "goods_imports")}


_SIDES = (("goods_exports", "exporter", "importer"), ("goods_imports", "importer", "exporter"))


def table_pandas(parquet: str, out: str) -> dict[str, object]:
    import pandas as pd

    df = pd.read_parquet(parquet, columns=["year", "exporter", "importer", "value"])
    df = df[(df.value > 0) & (df.exporter != df.importer)]
    pairs = df.groupby(["year", "exporter", "importer"], sort=False).value.sum().reset_index()
    frames = []
    for name, me, other in _SIDES:
        p = pairs.rename(columns={me: "reporter", other: "partner"})
        p["share"] = p.value / p.groupby(["year", "reporter"]).value.transform("sum")
        p["s2"] = p.share**2
        p["usa"] = p.share.where(p.partner == "USA", 0.0)
        p["eu"] = p.share.where(p.partner.isin(EU27), 0.0)
        top = p.sort_values(["share", "partner"], ascending=[False, True]).drop_duplicates(["year", "reporter"])
        g = p.groupby(["year", "reporter"]).agg(total=("value", "sum"), n_partners=("partner", "size"),
                                                hhi=("s2", "sum"), share_USA=("usa", "sum"), share_EU27=("eu", "sum"))
        g = g.join(top.set_index(["year", "reporter"])[["partner", "share"]]
                   .rename(columns={"partner": "top_partner", "share": "top_share"})).reset_index()
        g.insert(0, "domain", name)
        frames.append(g)
    table = pd.concat(frames)
    table.to_parquet(out, index=False)
    return {"rows": len(table)}


def table_polars(parquet: str, out: str) -> dict[str, object]:
    import polars as pl

    pairs = (pl.scan_parquet(parquet).filter((pl.col("value") > 0) & (pl.col("exporter") != pl.col("importer")))
             .group_by("year", "exporter", "importer").agg(pl.col("value").sum()))
    frames = []
    for name, me, other in _SIDES:
        p = (pairs.rename({me: "reporter", other: "partner"})
             .with_columns(share=pl.col("value") / pl.col("value").sum().over("year", "reporter")))
        frames.append(p.group_by("year", "reporter").agg(
            total=pl.col("value").sum(), n_partners=pl.len(), hhi=(pl.col("share") ** 2).sum(),
            share_USA=pl.col("share").filter(pl.col("partner") == "USA").sum(),
            share_EU27=pl.col("share").filter(pl.col("partner").is_in(EU27)).sum(),
            top_share=pl.col("share").max(),
            top_partner=pl.col("partner").sort_by(["share", "partner"], descending=[True, False]).first(),
        ).with_columns(domain=pl.lit(name)))
    table = pl.concat(pl.collect_all(frames))
    table.write_parquet(out)
    return {"rows": table.height}


def table_raw(db: str, out: str) -> dict[str, object]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    sql = f"""WITH pairs AS (SELECT year, exporter, importer, sum(value) AS v FROM trade_matrix
                             WHERE value > 0 AND exporter <> importer GROUP BY ALL),
        sides AS (SELECT 'goods_exports' AS domain, year, exporter AS reporter, importer AS partner, v FROM pairs
                  UNION ALL SELECT 'goods_imports', year, importer, exporter, v FROM pairs)
        SELECT domain, reporter, year, sum(v) AS total, count(*) AS n_partners,
               sum(v * v) / (sum(v) * sum(v)) AS hhi, arg_max(partner, v) AS top_partner,
               max(v) / sum(v) AS top_share,
               sum(v) FILTER (WHERE partner = 'USA') / sum(v) AS share_USA,
               sum(v) FILTER (WHERE partner IN {tuple(EU27)}) / sum(v) AS share_EU27
        FROM sides GROUP BY ALL"""
    n = con.execute(f"COPY ({sql}) TO '{out}' (FORMAT parquet)").fetchone()[0]  # type: ignore[index]
    return {"rows": n}


STEPS = {f.__name__: f for f in (ingest_pandas, ingest_polars, ingest_raw, ingest_diversify, report_pandas,
                                 report_polars, report_raw, table_pandas, table_polars, table_raw)}


# -- the runner ----------------------------------------------------------------------------------

def _run(step: str, *args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run one step of this file in a new process; see :func:`_run_argv`."""
    return _run_argv([sys.executable, __file__, step, *args], lambda out: json.loads(out.splitlines()[-1]), env)


GNU_TIME = Path("/usr/bin/time")


def _run_argv(argv: list[str], parse, env: dict[str, str] | None = None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Run ``argv`` as a new process: wall time, peak resident memory (MB), ``parse(stdout)``.

    The peak is GNU time's ``%M`` where it is installed (the process's own high-water mark).
    Without it, ``wait4``'s figure is used: it also counts this runner's memory at the fork,
    so it is an upper bound (``peak_exact`` false).
    """
    exact = GNU_TIME.is_file()
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        full = [str(GNU_TIME), "-f", "%M", "-o", rss.name, *argv] if exact else argv
        t = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.PIPE, text=True, env=env)
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        if status != 0:
            raise RuntimeError(f"{argv} failed ({status})")
        kb = int(rss.read().split()[-1]) if exact else usage.ru_maxrss
    return {"seconds": round(seconds, 3), "peak_mb": round(kb / 1024), "peak_exact": exact,
            "result": parse(out), "stdout_sha256": hashlib.sha256(out.encode()).hexdigest()}


def _check_tables(paths: dict[str, Path]) -> float:
    """Largest difference in hhi, top_share, share_USA and share_EU27 between the tables (same keys)."""
    import duckdb

    con = duckdb.connect()
    for name, path in paths.items():  # Spark writes a folder of part files
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path / '*.parquet' if path.is_dir() else path}')")
    worst = 0.0
    names = list(paths)
    for other in names[1:]:
        row = con.execute(f"""SELECT count(*), max(greatest(abs(a.hhi - b.hhi), abs(a.top_share - b.top_share),
                   abs(coalesce(a.share_USA, 0) - coalesce(b.share_USA, 0)),
                   abs(coalesce(a.share_EU27, 0) - coalesce(b.share_EU27, 0)))),
                   count_if(a.top_partner <> b.top_partner AND abs(a.top_share - b.top_share) > 1e-12)
            FROM {names[0]} a JOIN {other} b USING (domain, reporter, year)""").fetchone()
        n_a = con.execute(f"SELECT count(*) FROM {names[0]}").fetchone()[0]  # type: ignore[index]
        assert row is not None and row[0] == n_a, (other, row, n_a)
        assert row[2] == 0, (other, "top partners differ", row)
        worst = max(worst, float(row[1]))
    return worst


def bench_size(rows: int, root: Path) -> dict[str, object]:
    from diversify.sources.baci_synthetic import write_baci_like

    folder = root / f"baci_{rows}"
    load_at_start = round(os.getloadavg()[0], 2)
    t = time.perf_counter()
    n_years = max(1, rows // ROWS_PER_YEAR)
    paths = write_baci_like(folder, rows // n_years, years=tuple(range(YEAR - n_years + 1, YEAR + 1)))
    gen = time.perf_counter() - t
    csv_mb = round(sum(p.stat().st_size for p in paths) / 1e6)
    csv_path = folder / "BACI_*.csv"
    db, raw_db = str(root / f"wh_{rows}.duckdb"), str(root / f"raw_{rows}.duckdb")
    pq_pd, pq_pl = str(root / f"pd_{rows}.parquet"), str(root / f"pl_{rows}.parquet")
    res: dict[str, dict[str, object]] = {"ingest": {}, "report": {}, "table": {}}
    before = os.environ.get("BENCH_SCALE_BEFORE")
    old_env = {**os.environ, "PYTHONPATH": before} if before else None
    old_db = str(root / f"wh_before_{rows}.duckdb")
    res["ingest"]["diversify"] = _run("ingest_diversify", str(csv_path), db)
    if old_env:
        res["ingest"]["diversify_before"] = _run("ingest_diversify", str(csv_path), old_db, env=old_env)
    res["ingest"]["raw_duckdb"] = _run("ingest_raw", str(csv_path), raw_db)
    with_pandas = rows <= PANDAS_MAX_ROWS
    if with_pandas:
        res["ingest"]["pandas"] = _run("ingest_pandas", str(csv_path), pq_pd)
    res["ingest"]["polars"] = _run("ingest_polars", str(csv_path), pq_pl)
    pq = pq_pd if with_pandas else pq_pl
    for r in res["ingest"].values():
        r["rows_per_s"] = round(rows / r["seconds"])  # type: ignore[operator]
    report_argv = ["report", COUNTRY, "--year", str(YEAR), "--format", "json"]
    res["report"]["diversify"] = _run_argv([DIVERSIFY, "--warehouse", db, *report_argv], _diversify_report)
    if old_env:
        res["report"]["diversify_before"] = _run_argv([DIVERSIFY, "--warehouse", old_db, *report_argv],
                                                      _diversify_report, old_env)
        assert res["report"]["diversify_before"]["stdout_sha256"] == res["report"]["diversify"]["stdout_sha256"]
    res["report"]["raw_duckdb"] = _run("report_raw", db)
    if with_pandas:
        res["report"]["pandas"] = _run("report_pandas", pq)
    res["report"]["polars"] = _run("report_polars", pq)
    tables = {name: root / f"table_{name}_{rows}.parquet"
              for name in ("diversify", "raw_duckdb", "pandas", "polars", "diversify_before")
              if (with_pandas or name != "pandas") and (old_env or name != "diversify_before")}

    def table_rows(out: str) -> dict[str, object]:
        return {"rows": int(out.rsplit("(", 1)[1].split()[0])}

    res["table"]["diversify"] = _run_argv(
        [DIVERSIFY, "--warehouse", db, "table", "hhi", "-o", str(tables["diversify"])], table_rows)
    if old_env:
        res["table"]["diversify_before"] = _run_argv(
            [DIVERSIFY, "--warehouse", old_db, "table", "hhi", "-o", str(tables["diversify_before"])], table_rows, old_env)
    res["table"]["raw_duckdb"] = _run("table_raw", db, str(tables["raw_duckdb"]))
    if with_pandas:
        res["table"]["pandas"] = _run("table_pandas", pq, str(tables["pandas"]))
    res["table"]["polars"] = _run("table_polars", pq, str(tables["polars"]))
    if SPARK:
        layout = root / f"layout_{rows}"
        res["export"] = {"diversify": _run_argv([DIVERSIFY, "--warehouse", db, "export", "parquet", str(layout)],
                                                lambda out: {"written": out.strip()})}
        on_spark = [DIVERSIFY, "--engine", "spark", "--spark-master", SPARK_MASTER, "--data", str(layout)]
        res["report"]["spark"] = _run_argv(
            [*on_spark, "report", COUNTRY, "--year", str(YEAR), "--format", "json"], _diversify_report)
        tables["spark"] = root / f"table_spark_{rows}.parquet"
        res["table"]["spark"] = _run_argv([*on_spark, "table", "hhi", "-o", str(tables["spark"])], table_rows)
        if old_env:  # the earlier version's Spark engine over the same layout
            res["report"]["spark_before"] = _run_argv(
                [*on_spark, "report", COUNTRY, "--year", str(YEAR), "--format", "json"], _diversify_report, old_env)
            tables["spark_before"] = root / f"table_spark_before_{rows}.parquet"
            res["table"]["spark_before"] = _run_argv(
                [*on_spark, "table", "hhi", "-o", str(tables["spark_before"])], table_rows, old_env)
    hhis = {name: r["result"]["goods_exports"]["hhi"] for name, r in res["report"].items()}  # type: ignore[index]
    spread = max(hhis.values()) - min(hhis.values())
    assert spread < 1e-9, hhis
    table_diff = _check_tables(tables)
    ratios = {}
    for stage in ("report", "table"):
        d = res[stage]
        ratios[stage] = {"pandas_over_diversify": round(d["pandas"]["seconds"] / d["diversify"]["seconds"], 2)  # type: ignore[operator]
                         if "pandas" in d else None,
                         "polars_over_diversify": round(d["polars"]["seconds"] / d["diversify"]["seconds"], 2),  # type: ignore[operator]
                         "diversify_over_raw": round(d["diversify"]["seconds"] / d["raw_duckdb"]["seconds"], 2),  # type: ignore[operator]
                         "spark_over_diversify": round(d["spark"]["seconds"] / d["diversify"]["seconds"], 2)  # type: ignore[operator]
                         if "spark" in d else None}
        if "spark_before" in d:
            ratios[stage]["spark_before_over_diversify"] = round(d["spark_before"]["seconds"]  # type: ignore[operator]
                                                                 / d["diversify"]["seconds"], 2)
    ratios["ingest"] = {"diversify_over_raw": round(res["ingest"]["diversify"]["seconds"]  # type: ignore[operator]
                                                    / res["ingest"]["raw_duckdb"]["seconds"], 2)}
    if old_env:
        for stage in ("ingest", "report", "table"):
            d = res[stage]
            ratios[stage]["before_over_diversify"] = round(d["diversify_before"]["seconds"]  # type: ignore[operator]
                                                           / d["diversify"]["seconds"], 2)
            ratios[stage]["before_over_raw"] = round(d["diversify_before"]["seconds"]  # type: ignore[operator]
                                                     / d["raw_duckdb"]["seconds"], 2)
    for path in folder.glob("*"):
        path.unlink()
    for path in (root / f"layout_{rows}", tables.get("spark"), tables.get("spark_before")):
        if path is not None and path.is_dir():
            shutil.rmtree(path)
    return {"rows": rows, "years": n_years, "load_average_1min_at_start": load_at_start, "generate_s": round(gen, 1), "csv_mb": csv_mb, **res, "ratios": ratios,
            "deu_export_hhi_spread": spread, "table_max_difference": table_diff}


def main() -> None:
    sizes = [int(float(s)) for s in os.environ.get("BENCH_SCALE_SIZES", "1e6,1e7").split(",")]
    runs = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_SCALE_DIR")) as tmp:
        for rows in sizes:
            run = bench_size(rows, Path(tmp))
            runs.append(run)
            r = run["ratios"]
            print(f"  {rows:>11,} rows: ingest {run['ingest']['diversify']['seconds']} s, "  # type: ignore[index]
                  f"report {run['report']['diversify']['seconds']} s, table {run['table']['diversify']['seconds']} s; "  # type: ignore[index]
                  f"ratios {r}", flush=True)
            for path in Path(tmp).glob(f"*_{rows}.*"):
                path.unlink()
    # sizes not run this time keep their earlier results (each run states its own load and date)
    stamp = {"date": time.strftime("%Y-%m-%d"), "load_average_1min_at_end": round(os.getloadavg()[0], 2)}
    runs = [{**run, **stamp} for run in runs]
    kept = json.loads(RESULTS.read_text())["runs"] if RESULTS.exists() else []
    runs = sorted([r for r in kept if r["rows"] not in {n["rows"] for n in runs}] + runs,
                  key=lambda r: r["rows"])
    result = {"cores": os.cpu_count(), "load_average_1min_at_end": round(os.getloadavg()[0], 2), "runs": runs}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    names = ("diversify", "raw_duckdb", "pandas", "polars", "diversify_before", "spark", "spark_before")
    print("\n| rows | stage | diversify | raw DuckDB | pandas | polars | diversify before | diversify on Spark "
          "local | Spark before |  (seconds, peak MB)")
    print("|---|---|---|---|---|---|---|---|---|")
    for run in runs:
        for stage in ("ingest", "report", "table"):
            d = run[stage]  # type: ignore[index]
            cells = [f"{d[n]['seconds']} s, {d[n]['peak_mb']} MB" if n in d else "-"
                     for n in names]
            print(f"| {run['rows']:,} | {stage} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in STEPS:
        print("\n" + json.dumps(STEPS[sys.argv[1]](*sys.argv[2:]), default=str))
    else:
        main()
