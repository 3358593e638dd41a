"""The indicator SQL translated for Spark: what SQLGlot and the rewrites give, without running Spark."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("sqlglot", reason="the spark extra is not installed")

from diversify.errors import DiversifyError
from diversify.indicators.critical import SQL as CRITICAL_SQL
from diversify.indicators.domains import DOMAINS
from diversify.indicators.sql import flow_filter, shares_sql
from diversify.indicators.tables import hhi_table_params, hhi_table_sql
from diversify.store.dialect import bind, spark_type, to_spark, view_to_spark
from diversify.store.schema import FLOWS_VIEW_WITH_MATRIX

DOMS = [DOMAINS["goods_exports"], DOMAINS["arms_imports"]]
DUCKDB_ONLY = re.compile(r"\b(FSUM|LIST|LIST_SORT|LIST_DISTINCT|UNNEST|ARG_MIN|FIRST)\(|\$|::")


def test_parameters_become_literals() -> None:
    assert bind("SELECT $a, $b - 1", {"a": "it's", "b": 3}) == "SELECT 'it''s', 3 - 1"
    assert bind("x IN (SELECT unnest(?::VARCHAR[])) AND y = ?", [["A", "B"], 0.5]) == (
        "x IN (SELECT unnest(['A', 'B']::VARCHAR[])) AND y = 0.5")
    assert bind("SELECT '$a', '?'", {"a": 1}) == "SELECT '$a', '?'"  # not inside strings
    with pytest.raises(DiversifyError, match=r"no value: \$missing"):
        bind("SELECT $missing", {"a": 1})
    with pytest.raises(DiversifyError, match="more \\? parameters"):
        bind("SELECT ?, ?", [1])
    with pytest.raises(DiversifyError, match="not a finite number"):
        bind("SELECT ?", [float("nan")])


def test_each_rewrite() -> None:
    assert to_spark("SELECT fsum(v) FILTER (WHERE g = 'A') FROM t") == "SELECT SUM(v) FILTER(WHERE g = 'A') FROM t"
    assert to_spark("SELECT first(p ORDER BY s DESC, p) FROM t") == "SELECT MIN_BY(p, STRUCT(-(s), p)) FROM t"
    assert to_spark("SELECT unnest($k::VARCHAR[]) AS k, unnest($w::INTEGER[]) AS w", {"k": ["a"], "w": [5]}) == (
        "SELECT INLINE(ARRAYS_ZIP(CAST(ARRAY('a') AS ARRAY<STRING>), CAST(ARRAY(5) AS ARRAY<INT>))) AS (k, w)")
    assert to_spark("SELECT 1.0 - x, 3, 1e3 FROM t") == "SELECT CAST(1.0 AS DOUBLE) - x, 3, 1e3 FROM t"
    assert to_spark("SELECT list_sort(list(DISTINCT s)), arg_min(v, p), [any_value(s)] FROM t") == (
        "SELECT ARRAY_SORT(COLLECT_LIST(DISTINCT s)), MIN_BY(v, p), ARRAY(ANY_VALUE(s) IGNORE NULLS) FROM t")
    assert to_spark("SELECT ? AS s", ["back\\slash 'q'"]) == "SELECT 'back\\\\slash \\'q\\'' AS s"
    with pytest.raises(DiversifyError, match="text key DESC"):
        to_spark("SELECT first(p ORDER BY 'x' DESC) FROM t")
    with pytest.raises(DiversifyError, match="cannot read a query as DuckDB SQL"):
        to_spark("SELECT FROM WHERE (")
    assert spark_type("VARCHAR") == "STRING" and spark_type("SMALLINT") == "SMALLINT"


@pytest.mark.parametrize("name", ["shares", "hhi_table", "critical", "flows_view"])
def test_the_indicator_queries_translate_whole(name: str) -> None:
    """Every DuckDB-only construct of the real queries is gone from their Spark SQL."""
    keys = {"keys": [d.name for d in DOMS], "flow_domains": [d.flow_domain for d in DOMS],
            "products": [d.product for d in DOMS], "windows": [d.window for d in DOMS], "first": 2000, "last": 2020}
    if name == "shares":
        sql = to_spark(f"WITH {shares_sql('f.reporter = $reporter AND ' + flow_filter(DOMS))} SELECT * FROM shares",
                       {**keys, "reporter": "DEU"})
    elif name == "hhi_table":
        sql = to_spark(hhi_table_sql(DOMS, ["USA", "EU27", "NATO"], {"CA-ON": "CAN"}),
                       hhi_table_params(DOMS, ["USA", "EU27", "NATO"], 2000, 2020))
    elif name == "critical":
        sql = to_spark(CRITICAL_SQL, {"reporter": "DEU", "home": "DEU", "digits": 2, "first": 2020, "last": 2022,
                                      "hhi": 0.4, "ratio": 1.0, "min_years": 2})
    else:
        sql = view_to_spark(FLOWS_VIEW_WITH_MATRIX)
        assert sql.startswith("CREATE OR REPLACE TEMPORARY VIEW flows AS SELECT * FROM flow_rows UNION ALL")
    upper = sql.upper()
    assert DUCKDB_ONLY.findall(upper) == [], name
    if name == "hhi_table":
        assert "INLINE(ARRAYS_ZIP(" in upper and "MIN_BY(PARTNER, STRUCT(-(SHARE), PARTNER))" in upper
        assert "ORDER BY DOMAIN NULLS LAST" in upper  # DuckDB's null order, made explicit


def test_spark_computes_each_read_cte_once_and_skips_the_unread() -> None:
    """The Spark engine checkpoints a CTE read more than once and never computes one no query part reads."""
    import sqlglot

    from diversify.indicators.shares import WINDOWED_SQL
    from diversify.store.spark import cte_reads

    def reads(sql: str) -> dict[str, int]:
        tree = sqlglot.parse_one(sql, read="duckdb")
        bodies = {c.alias: c.this for c in tree.ctes}
        tree.set("with_", None)
        return cte_reads(tree, bodies)

    table = reads(hhi_table_sql(DOMS, ["USA", "EU27"]))
    assert table == {"spec": 1, "cand": 2, "ranked": 1, "selected": 3, "years": 1, "windowed": 2, "totals": 1,
                     "shares": 3, "conc": 1, "grp": 2, "members": 1, "blocs": 1}
    # a report's share table reads `windowed` only: `totals` and `shares` are never computed
    report = reads(f"WITH {WINDOWED_SQL} SELECT * FROM windowed")
    assert report["windowed"] == 1 and report["totals"] == report["shares"] == 0 and report["selected"] == 3


@pytest.mark.parametrize(("master", "cores"), [
    ("local", 1), ("local[3]", 3), ("local[2, 4]", 2), ("local[*]", None), ("yarn", None),
    ("spark://host:7077", None), ("local-cluster[2,1,1024]", None),
])
def test_local_masters_and_their_cores(master: str, cores: int | None) -> None:
    import os

    from diversify.store.spark import local_cores

    expected = (os.cpu_count() or 1) if master == "local[*]" else cores
    assert local_cores(master) == expected
