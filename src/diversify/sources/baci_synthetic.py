"""Seeded BACI-shaped data for benchmarks and tests, written in CEPII's real layout.

:func:`write_baci_like` writes ``BACI_<rev>_Y<year>_<release>.csv`` files (``t,i,j,k,v,q``,
sorted by exporter, importer and product as CEPII sorts them) and
``country_codes_<release>.csv``; :func:`zip_release` packs them as CEPII ships a release
(one zip per HS revision with every year and the code files). The data have BACI's shape,
not its figures:

* 230 countries (real ISO numeric and ISO3 codes, so the ordinary loader reads them) with
  Pareto-distributed economic size; China, the USA and Germany are the three largest;
* 5,000 HS6 codes spread over the real chapters;
* flows per exporter growing with its size (a large exporter ships most products to most
  partners, a small one a few), each ``(i, j, k)`` at most once a year;
* heavy-tailed values: lognormal noise times ``(size_i * size_j) ** 0.7``, so a few
  partners dominate some reporters and not others, as in real trade;
* 5% of quantities ``NA``.

Generated exporter by exporter, so memory stays flat (a few hundred MB) at any size.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

SEED = 20250101
RELEASE = "V202501"
REVISION = "HS17"
BIG = ("CHN", "USA", "DEU")


def _countries(n: int, rng: np.random.Generator) -> tuple[np.ndarray, list[str], list[str], np.ndarray]:
    """Numeric codes (sorted), ISO3 codes, names and sizes of ``n`` real countries."""
    import country_converter as coco
    import pandas as pd

    table = coco.CountryConverter().data[["ISOnumeric", "ISO3", "name_short"]].dropna()
    table = table.drop_duplicates("ISOnumeric").drop_duplicates("ISO3")
    table = table[table.ISOnumeric.astype(int) != 490]  # BACI's code for Taiwan ("Other Asia, nes")
    must = table[table.ISO3.isin([*BIG, "CAN", "MEX", "FRA", "JPN", "GBR"])]
    rest = table[~table.index.isin(must.index)].sort_values("ISOnumeric")
    picked = rest.sample(n=min(n, len(table)) - len(must), random_state=int(rng.integers(2**31)))
    table = pd.concat([must, picked]).sort_values("ISOnumeric")
    size = rng.pareto(1.1, len(table)) + 1.0
    iso3 = table.ISO3.tolist()
    order = np.argsort(-size)
    for rank, code in enumerate(BIG):  # the three largest economies are the three largest here
        a, b = iso3.index(code), order[rank]
        size[a], size[b] = size[b], size[a]
        order = np.argsort(-size)
    return table.ISOnumeric.astype(int).to_numpy(), iso3, table.name_short.tolist(), size


def _products(n: int, rng: np.random.Generator) -> np.ndarray:
    chapters = np.array([c for c in range(1, 98) if c != 77])
    codes = np.unique(rng.choice(chapters, n * 3) * 10_000 + rng.integers(100, 9999, n * 3))
    return np.sort(rng.choice(codes, n, replace=False))


def _rows_per_exporter(rows: int, size: np.ndarray, cap: int) -> np.ndarray:
    """Rows of each exporter: proportional to size ** 0.6, none above ``cap``, summing to ``rows``."""
    if rows > cap * len(size):
        raise ValueError(f"{rows} rows do not fit {len(size)} countries (at most {cap * len(size)})")
    weight = size**0.6
    out = np.zeros(len(size), dtype=np.int64)
    free = np.ones(len(size), dtype=bool)
    left = rows
    while left > 0:
        share = np.where(free, weight, 0.0)
        add = np.floor(left * share / share.sum()).astype(np.int64)
        if add.sum() == 0:  # the remainder, one row each to the largest free exporters
            add[np.argsort(-share)[:left]] = 1
        out += add
        over = out > cap
        out[over] = cap
        free &= out < cap
        left = rows - int(out.sum())
    return out


def write_baci_like(
    folder: Path, rows: int, *, years: tuple[int, ...] = (2022,), countries: int = 230,
    products: int = 5000, seed: int = SEED, revision: str = REVISION, release: str = RELEASE,
) -> list[Path]:
    """Write ``rows`` flows per year in BACI's layout under ``folder``; returns the data files."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    rng = np.random.default_rng(seed)
    codes, iso3, names, size = _countries(countries, rng)
    hs6 = _products(products, rng)
    n_c, n_p = len(codes), len(hs6)
    per_exporter = _rows_per_exporter(rows, size, (n_c - 1) * n_p)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"country_codes_{release}.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("country_code,country_name,country_iso2,country_iso3\n")
        fh.writelines(f'{c},"{n}",,{i}\n' for c, i, n in zip(codes, iso3, names, strict=True))
    with open(folder / f"product_codes_{revision}_{release}.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("code,description\n")
        fh.writelines(f'{k:06d},"Product {k:06d}"\n' for k in hs6)
    k_text = pc.utf8_lpad(pc.cast(pa.array(hs6), pa.string()), 6, "0")
    options = pacsv.WriteOptions(include_header=False, quoting_style="none")
    paths = []
    for year in years:
        path = folder / f"BACI_{revision}_Y{year}_{release}.csv"
        with open(path, "wb") as fh:
            fh.write(b"t,i,j,k,v,q\n")
            for i in range(n_c):
                n = int(per_exporter[i])
                if n == 0:
                    continue
                keys = np.sort(rng.choice((n_c - 1) * n_p, n, replace=False, shuffle=False))
                j, k = np.divmod(keys, n_p)
                j = j + (j >= i)  # no flow from a country to itself
                v = np.maximum(np.round(rng.lognormal(0.0, 2.0, n) * (size[i] * size[j]) ** 0.7, 3), 0.001)
                q = pc.cast(pa.array(np.round(rng.lognormal(1.0, 2.5, n), 3)), pa.string())
                q = pc.if_else(pa.array(rng.random(n) < 0.05), pa.scalar("NA"), q)
                pacsv.write_csv(pa.table({
                    "t": pa.array(np.full(n, year, dtype=np.int16)),
                    "i": pa.array(np.full(n, codes[i])),
                    "j": pa.array(codes[j]),
                    "k": k_text.take(pa.array(k)),
                    "v": pa.array(v),
                    "q": q,
                }), fh, options)
        paths.append(path)
    return paths


def zip_release(folder: Path, target: Path, *, revision: str = REVISION, release: str = RELEASE) -> Path:
    """Pack the files of ``folder`` as CEPII ships a release: ``BACI_<rev>_<release>.zip``."""
    names = sorted(folder.glob(f"BACI_{revision}_Y*_{release}.csv"))
    names += [folder / f"country_codes_{release}.csv", folder / f"product_codes_{revision}_{release}.csv"]
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in names:
            if path.is_file():
                zf.write(path, path.name)
        zf.writestr("Readme.txt", f"BACI {revision} {release}: synthetic data in CEPII's layout\n")
    return target
