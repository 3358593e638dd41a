"""The indicator SQL, written once in DuckDB's dialect, translated for Apache Spark with SQLGlot.

:func:`to_spark` binds a query's parameters as literals (Spark SQL has no ``$name``), parses it
as DuckDB SQL and writes Spark SQL. SQLGlot translates most of DuckDB's functions itself
(``list`` -> ``collect_list``, ``list_sort`` -> ``array_sort``, ``arg_min`` -> ``min_by``,
``[x]`` -> ``array(x)``, ``x::T`` -> ``CAST``, null ordering made explicit); the rest is
rewritten here, each for a stated reason:

* ``fsum`` (DuckDB's compensated sum) -> ``sum``: Spark has no compensated sum; the figures
  agree to about 1e-15 relative, far inside the 1e-12 the engines are tested to;
* ``first(x ORDER BY k1 DESC, k2)`` -> ``min_by(x, struct(-k1, k2))``: Spark's ``first``
  takes no order; the struct orders by the keys in turn (a descending key must be numeric);
* several ``unnest`` of parameter lists side by side (a parameter table) ->
  ``inline(arrays_zip(...))``: Spark allows one generator per ``SELECT``;
* decimal literals (``1.0``, ``0.4``) -> ``DOUBLE``: DuckDB mixes them with doubles as
  doubles, Spark would compute in DECIMAL and round.

The module imports SQLGlot, part of the ``spark`` extra; DuckDB runs the queries untranslated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from diversify.errors import DiversifyError, require
from diversify.store.engine import Params


def _literal(value: Any) -> str:
    """A parameter value as a DuckDB SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iu"):
        return str(int(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise DiversifyError(f"a query parameter is not a finite number: {value!r}")
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    raise DiversifyError(f"a query parameter of type {type(value).__name__} cannot be written in SQL")


def bind(sql: str, params: Params) -> str:
    """``sql`` (DuckDB dialect) with each ``$name`` and ``?`` replaced by its value as a literal."""
    if not params:
        return sql
    from sqlglot.tokens import TokenType

    tokens = require("sqlglot", "spark").Dialect.get_or_raise("duckdb").tokenize(sql)
    positional = list(params) if not isinstance(params, Mapping) else []
    named: Mapping[str, Any] = params if isinstance(params, Mapping) else {}
    out, last, used = [], 0, 0
    for i, tok in enumerate(tokens):
        suffix = ""
        if tok.token_type in (TokenType.PLACEHOLDER, TokenType.QDCOLON) and tok.text.startswith("?"):
            # DuckDB's tokenizer reads ``?::`` (a cast of a parameter) as one token
            if used >= len(positional):
                raise DiversifyError("a query has more ? parameters than values")
            value, end, suffix = positional[used], tok.end, tok.text[1:]
            used += 1
        elif tok.token_type == TokenType.PARAMETER and i + 1 < len(tokens):
            name = tokens[i + 1].text
            if name not in named:
                raise DiversifyError(f"a query parameter has no value: ${name}")
            value, end = named[name], tokens[i + 1].end
        else:
            continue
        out.append(sql[last:tok.start])
        out.append(_literal(value) + suffix)
        last = end + 1
    out.append(sql[last:])
    return "".join(out)


def to_spark(sql: str, params: Params = None) -> str:
    """The Spark SQL of ``sql`` (DuckDB dialect) with ``params`` bound."""
    return str(spark_tree(sql, params).sql("spark"))


def spark_tree(sql: str, params: Params = None) -> Any:
    """The SQLGlot tree of :func:`to_spark`, for an engine that runs it in parts."""
    sqlglot = require("sqlglot", "spark")
    try:
        tree = sqlglot.parse_one(bind(sql, params), read="duckdb")
    except sqlglot.errors.ParseError as exc:
        raise DiversifyError(f"cannot read a query as DuckDB SQL: {str(exc).splitlines()[0]}") from None
    return tree.transform(_portable)


def view_to_spark(create_view: str) -> str:
    """``CREATE [OR REPLACE] VIEW name AS query`` (DuckDB) as a Spark temporary view."""
    sqlglot = require("sqlglot", "spark")
    tree = sqlglot.parse_one(create_view, read="duckdb")
    name = tree.this.sql("spark")
    query = tree.expression.transform(_portable).sql("spark")
    return f"CREATE OR REPLACE TEMPORARY VIEW {name} AS {query}"


def spark_type(duckdb_type: str) -> str:
    """A DuckDB column type (``SMALLINT``, ``VARCHAR``, ``TIMESTAMP`` ...) as Spark writes it."""
    from sqlglot import exp

    return exp.DataType.build(duckdb_type, dialect="duckdb").sql("spark")


def _portable(node: Any) -> Any:
    """One rewrite of :func:`to_spark` (see the module docstring), applied to every node."""
    from sqlglot import exp

    if isinstance(node, exp.Anonymous) and str(node.this).lower() == "fsum":
        return exp.Sum(this=node.expressions[0])
    if isinstance(node, exp.First) and isinstance(node.this, exp.Order):
        return _first_ordered(node.this)
    if isinstance(node, exp.Literal) and not node.is_string and "." in node.this and "e" not in node.this.lower():
        return exp.cast(node.copy(), "DOUBLE")
    if isinstance(node, exp.Select) and not node.args.get("from_") and len(node.expressions) > 1 and all(
        isinstance(e, exp.Alias) and isinstance(e.this, (exp.Unnest, exp.Explode)) for e in node.expressions
    ):
        return _parameter_table(node)
    return node


def _first_ordered(order: Any) -> Any:
    from sqlglot import exp

    keys = []
    for ordered in order.expressions:
        key = ordered.this.copy()
        if ordered.args.get("desc"):
            if isinstance(key, exp.Literal) and key.is_string:
                raise DiversifyError("first(... ORDER BY a text key DESC) has no Spark translation")
            key = exp.Neg(this=exp.Paren(this=key))
        keys.append(key)
    return exp.func("min_by", order.this.copy(), exp.func("struct", *keys))


def _parameter_table(select: Any) -> Any:
    from sqlglot import exp

    arrays, names = [], []
    for alias in select.expressions:
        inner = alias.this
        arrays.append((inner.expressions[0] if isinstance(inner, exp.Unnest) else inner.this).copy())
        names.append(alias.alias)
    zipped = exp.func("inline", exp.func("arrays_zip", *arrays))
    return exp.select(exp.Aliases(this=zipped, expressions=[exp.to_identifier(n) for n in names]))


__all__ = ["bind", "spark_tree", "spark_type", "to_spark", "view_to_spark"]
