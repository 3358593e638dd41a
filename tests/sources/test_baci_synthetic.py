"""The seeded BACI-shaped generator: CEPII's layout, reproducible, BACI's shape."""

from __future__ import annotations

import zipfile
from pathlib import Path

import duckdb

from diversify.sources.baci_synthetic import write_baci_like, zip_release


def test_same_seed_same_bytes_and_shape(tmp_path: Path) -> None:
    a = write_baci_like(tmp_path / "a", 50_000, years=(2021, 2022))
    b = write_baci_like(tmp_path / "b", 50_000, years=(2021, 2022))
    assert [p.name for p in a] == ["BACI_HS17_Y2021_V202501.csv", "BACI_HS17_Y2022_V202501.csv"]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b, strict=True))
    assert (tmp_path / "a" / "country_codes_V202501.csv").read_bytes().startswith(
        b"country_code,country_name,country_iso2,country_iso3\n")
    n, exporters, countries, products, dup, unsorted, same, top1 = duckdb.connect().execute(f"""
        WITH r AS (SELECT *, row_number() OVER () AS n FROM read_csv('{a[1]}', types = {{'k': 'VARCHAR'}})),
             o AS (SELECT *, lag(i) OVER (ORDER BY n) AS pi, lag(j) OVER (ORDER BY n) AS pj,
                          lag(k) OVER (ORDER BY n) AS pk FROM r),
             ranked AS (SELECT v, row_number() OVER (ORDER BY v DESC) AS rk, count(*) OVER () AS c FROM r)
        SELECT (SELECT count(*) FROM r), (SELECT count(DISTINCT i) FROM r),
               (SELECT count(DISTINCT c) FROM (SELECT i AS c FROM r UNION SELECT j FROM r)),
               (SELECT count(DISTINCT k) FROM r),
               (SELECT count(*) - count(DISTINCT (i, j, k)) FROM r),
               (SELECT count_if(NOT (i > pi OR (i = pi AND (j > pj OR (j = pj AND k > pk))))) FROM o),
               (SELECT count_if(i = j) FROM r),
               (SELECT sum(v) FILTER (WHERE rk <= c / 100) / sum(v) FROM ranked)""").fetchone()
    assert n == 50_000 and dup == 0 and unsorted == 0 and same == 0  # CEPII's order, each key once
    assert exporters >= 200 and countries == 230 and products > 3_000
    assert top1 > 0.4  # heavy tail: the largest 1% of flows carry over 40% of the value (47% here)


def test_release_zip_layout(tmp_path: Path) -> None:
    write_baci_like(tmp_path, 2_000, years=(2022,), countries=20, products=50, revision="HS92")
    archive = zip_release(tmp_path, tmp_path / "BACI_HS92_V202501.zip", revision="HS92")
    names = set(zipfile.ZipFile(archive).namelist())
    assert names == {"BACI_HS92_Y2022_V202501.csv", "country_codes_V202501.csv",
                     "product_codes_HS92_V202501.csv", "Readme.txt"}
