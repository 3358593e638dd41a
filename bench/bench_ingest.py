"""Flat-CSV ingest throughput of the BACI loader, against a plain DuckDB read.

A seeded generator writes BACI-layout files (``t,i,j,k,v,q`` plus
``country_codes_V*.csv``) of 1M and 5M rows in BACI's layout: about 220
countries, 5,000 HS6 codes, unique ``(i, j, k)`` sorted as CEPII sorts them, 5%
of quantities ``NA``. Each file is ingested into a new warehouse with DuckDB on
one thread and on all cores; the baseline in the same run is ``CREATE TABLE AS
SELECT * FROM read_csv(...)`` of the same file into a new database file.
Throughput counts input rows per second. The loader reads the file once into
``trade_matrix`` (one row per flow; the ``flows`` view shows it as exports and
imports at HS6, chapter and all-product level) and checks the stored rows in
SQL; the time includes hashing the file, the checks and the commit. After
the ingest, a query through the view is timed: one reporter's imports by
partner at the all-product level, the costliest branch of the view (a full
aggregation of the matrix filtered on the importer).

The same is measured for a UN Comtrade+ bulk CSV (47 columns, about 210 bytes a
row, so six times the bytes of a BACI row): one reporter's exports and imports
by partner and HS6 code, generated the same way, against a plain DuckDB read of
the whole file.
Results: bench/results/ingest.json.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

RESULTS = Path(__file__).resolve().parent / "results" / "ingest.json"
SIZES = (1_000_000, 5_000_000)
COMTRADE_ROWS = 500_000
TARGET_ROWS_PER_S = 1_000_000
SEED = 20240101


def write_baci(folder: Path, rows: int, *, seed: int = SEED, year: int = 2022) -> Path:
    """Write a BACI-layout data file of ``rows`` rows and its country-code file; returns the data file."""
    import country_converter as coco
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    rng = np.random.default_rng(seed)
    table = coco.CountryConverter().data[["ISOnumeric", "ISO3", "name_short"]].dropna()
    table = table.drop_duplicates("ISOnumeric").sort_values("ISOnumeric")
    countries = table.sample(n=min(220, len(table)), random_state=seed).sort_values("ISOnumeric")
    codes = countries["ISOnumeric"].astype(int).to_numpy()
    n_c = len(codes)
    chapters = np.array([c for c in range(1, 98) if c != 77])
    codes6 = rng.choice(chapters, 6000) * 10_000 + rng.integers(100, 9999, 6000)
    products = np.array(sorted(set(codes6.tolist())))[:5000]
    n_p = len(products)
    # Unique (i, j, k) with i != j, in sorted order (sort and compare: np.unique is slow on numpy 2.4).
    draws = np.sort(rng.integers(0, n_c * n_c * n_p, int(rows * 1.15)))
    draws = draws[np.concatenate(([True], draws[1:] != draws[:-1]))]
    i_idx, rest = np.divmod(draws, n_c * n_p)
    j_idx, k_idx = np.divmod(rest, n_p)
    keep = np.flatnonzero(i_idx != j_idx)
    if len(keep) < rows:
        raise ValueError(f"cannot draw {rows} distinct flows; lower rows")
    drop = np.zeros(len(keep), dtype=bool)
    drop[rng.choice(len(keep), len(keep) - rows, replace=False)] = True
    keep = keep[~drop]
    i_idx, j_idx, k_idx = i_idx[keep], j_idx[keep], k_idx[keep]
    v = np.round(rng.lognormal(2.0, 2.5, rows), 3)
    q = pc.cast(pa.array(np.round(rng.lognormal(1.0, 2.5, rows), 3)), pa.string())
    q = pc.if_else(pa.array(rng.random(rows) < 0.05), pa.scalar("NA"), q)
    data = pa.table({
        "t": pa.array(np.full(rows, year, dtype=np.int16)),
        "i": pa.array(codes[i_idx]),
        "j": pa.array(codes[j_idx]),
        "k": pc.utf8_lpad(pc.cast(pa.array(products[k_idx]), pa.string()), 6, "0"),
        "v": pa.array(v),
        "q": q,
    })
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"BACI_HS17_Y{year}_V202401b.csv"
    with open(path, "wb") as fh:
        fh.write(b"t,i,j,k,v,q\n")
        pacsv.write_csv(data, fh, pacsv.WriteOptions(include_header=False, quoting_style="none"))
    with open(folder / "country_codes_V202401b.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("country_code,country_name,country_iso2,country_iso3\n")
        fh.writelines(f'{code},"{name}",,{iso3}\n' for code, iso3, name in zip(codes, countries["ISO3"], countries["name_short"], strict=True))
    return path


def write_comtrade(folder: Path, rows: int, *, seed: int = SEED, year: int = 2022) -> Path:
    """A Comtrade+ bulk CSV of ``rows`` rows: Canada's exports and imports by partner and HS6 code."""
    import country_converter as coco

    from diversify.sources.comtrade import PLUS_COLUMNS

    rng = np.random.default_rng(seed)
    table = coco.CountryConverter().data[["ISOnumeric", "ISO3", "name_short"]].dropna()
    table = table[table.ISO3 != "CAN"].drop_duplicates("ISOnumeric").sort_values("ISOnumeric")
    partners = list(zip(table.ISOnumeric.astype(int), table.ISO3, table.name_short, strict=True))
    per_partner = -(-rows // (2 * len(partners)))
    codes = np.sort(rng.choice(np.arange(10_000, 980_000), per_partner, replace=False))
    values = np.round(rng.lognormal(8.0, 2.5, rows), 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"comtrade_plus_CAN_{year}_HS6.csv"
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(PLUS_COLUMNS) + "\n")
        for flow, flow_desc in (("X", "Export"), ("M", "Import")):
            for code, iso, name in partners:
                desc = '"' + name.replace('"', '""') + '"'
                for k in codes:
                    if n == rows:
                        break
                    fh.write(f"C,A,{year}0101,{year},52,{year},124,CAN,Canada,{flow},{flow_desc},{code},{iso},{desc},"
                             f"0,W00,World,H5,HS,true,{k:06d},,6,true,C00,TOTAL CPC,0,0,TOTAL MOT,8,kg,0,false,"
                             f"-1,N/A,0,false,0,false,0,false,,{values[n]},{values[n]},0,true,false\n")
                    n += 1
    return path


def _plain_all_columns(path: Path, db: Path) -> float:
    import duckdb

    con = duckdb.connect(str(db))
    con.execute("SET threads = 1")
    t = time.perf_counter()
    con.execute("CREATE TABLE plain AS SELECT * FROM read_csv(?, quote = '\"', sample_size = -1)", [str(path)])
    seconds = time.perf_counter() - t
    con.close()
    return seconds


def _comtrade(root: Path) -> dict[str, object]:
    from diversify.store import Warehouse

    t = time.perf_counter()
    path = write_comtrade(root / "comtrade", COMTRADE_ROWS)
    gen_s = time.perf_counter() - t
    with Warehouse(root / "wh_comtrade.duckdb", seed=False) as wh:
        wh.con.execute("SET threads = 1")
        t = time.perf_counter()
        result = wh.ingest(path, "comtrade")
        seconds = time.perf_counter() - t
    plain = _plain_all_columns(path, root / "plain_comtrade.duckdb")
    mb = path.stat().st_size / 1e6
    path.unlink()
    return {"rows": COMTRADE_ROWS, "threads": 1, "file_mb": round(mb, 1), "generate_s": round(gen_s, 2),
            "ingest_s": round(seconds, 2), "rows_per_s": round(COMTRADE_ROWS / seconds),
            "mb_per_s": round(mb / seconds, 1), "flows_stored": result.rows["flows"],
            "plain_duckdb_s": round(plain, 2), "plain_rows_per_s": round(COMTRADE_ROWS / plain),
            "ratio_to_plain": round(seconds / plain, 2)}


def _ingest(path: Path, db: Path, threads: int) -> tuple[float, int]:
    from diversify.store import Warehouse

    with Warehouse(db, seed=False) as wh:
        wh.con.execute(f"SET threads = {threads}")
        t = time.perf_counter()
        result = wh.ingest(path, "baci")
        seconds = time.perf_counter() - t
    return seconds, result.rows["trade_matrix"]


def _plain(path: Path, db: Path, threads: int) -> float:
    import duckdb

    con = duckdb.connect(str(db))
    con.execute(f"SET threads = {threads}")
    t = time.perf_counter()
    con.execute("CREATE TABLE plain AS SELECT * FROM read_csv(?)", [str(path)])
    seconds = time.perf_counter() - t
    con.close()
    return seconds


def _view_query_ms(db: Path, reporter: str) -> float:
    """One reporter's imports by partner, all products, through the ``flows`` view (median of 5, warm)."""
    from diversify.store import Warehouse

    with Warehouse(db, create=False) as wh:
        wh.con.execute("SET threads = 1")
        sql = ("SELECT partner, sum(value) FROM flows WHERE reporter = ? AND domain = 'goods_imports' "
               "AND product = '_ALL' GROUP BY partner")
        wh.query(sql, [reporter])
        times = []
        for _ in range(5):
            t = time.perf_counter()
            wh.query(sql, [reporter])
            times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[2]


def main() -> None:
    from diversify.reference.countries import is_known_code

    is_known_code("CAN")  # load the country tables once, outside the timings (about 1 s per process)
    cores = os.cpu_count() or 1
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rows in SIZES:
            t = time.perf_counter()
            path = write_baci(root / f"baci_{rows}", rows)
            gen_s = time.perf_counter() - t
            for threads in sorted({1, cores}):
                tag = f"{rows}_{threads}"
                seconds, stored = _ingest(path, root / f"wh_{tag}.duckdb", threads)
                plain = _plain(path, root / f"plain_{tag}.duckdb", threads)
                view_ms = _view_query_ms(root / f"wh_{tag}.duckdb", "USA") if threads == 1 else None
                runs.append({
                    "rows": rows, "threads": threads, "file_mb": round(path.stat().st_size / 1e6, 1),
                    "generate_s": round(gen_s, 2), "ingest_s": round(seconds, 2),
                    "rows_per_s": round(rows / seconds), "matrix_rows_stored": stored,
                                        "plain_duckdb_s": round(plain, 2), "plain_rows_per_s": round(rows / plain),
                    "ratio_to_plain": round(seconds / plain, 2),
                    "view_query_ms_one_thread": round(view_ms, 1) if view_ms is not None else None,
                })
                print(f"  {rows:>9,} rows, {threads} thread(s): {seconds:.2f} s (plain {plain:.2f} s)", flush=True)
            path.unlink()
        comtrade = _comtrade(root)
        print(f"  Comtrade+ {COMTRADE_ROWS:,} rows, 1 thread: {comtrade['ingest_s']} s "
              f"(plain {comtrade['plain_duckdb_s']} s)", flush=True)
    # Other work on the machine slows every figure; the load average says how busy it was.
    result = {"target_rows_per_s_one_core": TARGET_ROWS_PER_S, "cores": cores,
              "load_average_1min_at_end": round(os.getloadavg()[0], 2), "runs": runs, "comtrade": comtrade}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print("\n| rows | threads | ingest (s) | rows/s | matrix rows stored | plain DuckDB (s) | plain rows/s "
          "| ingest / plain | imports of one reporter via flows (ms) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        view = r["view_query_ms_one_thread"]
        print(f"| {r['rows']:,} | {r['threads']} | {r['ingest_s']} | {r['rows_per_s']:,} | "
              f"{r['matrix_rows_stored']:,} | {r['plain_duckdb_s']} | {r['plain_rows_per_s']:,} | "
              f"{r['ratio_to_plain']} | {view if view is not None else '-'} |")
    c = comtrade
    print(f"\nComtrade+ ({c['file_mb']} MB): {c['ingest_s']} s, {c['rows_per_s']:,} rows/s ({c['mb_per_s']} MB/s) "
          f"on 1 thread; plain DuckDB read of every column {c['plain_duckdb_s']} s ({c['plain_rows_per_s']:,} rows/s); "
          f"ingest / plain {c['ratio_to_plain']}")


if __name__ == "__main__":
    main()
