"""The Apache Spark engine: the indicator SQL on a cluster (or ``local[N]``) over the Parquet layout.

:class:`SparkWarehouse` has the query surface of :class:`~diversify.store.engine.Engine`: each
query, written once in DuckDB's dialect, is translated by :func:`~diversify.store.dialect.to_spark`
and run by Spark SQL; session tables are cached Spark tables. The tables of the layout
(:mod:`diversify.store.parquet_layout`) are read from any URI Spark's Hadoop file systems read
(a local path, ``file://``, ``hdfs://``, ``s3a://``, ``gs://``, ``abfss://`` ...), and the
``flows`` view is the warehouse's own view definition, translated.

Spark exists for data that sit on a cluster; on one machine DuckDB is faster (docs/scale.md).
Cluster settings (executors, memory, credentials for object stores) come from Spark's own
configuration (``spark-defaults.conf``, ``SPARK_CONF_DIR``); diversify sets only what makes
results match DuckDB's (session time zone UTC, non-ANSI division) and, for a local master, as
many shuffle partitions as its threads and the JVM's quick compiler alone (a command is one
short-lived JVM). The tables are read with the manifest's schemas: Spark infers none.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from diversify.errors import DiversifyError, InputError, require
from diversify.store.engine import Params

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
DEFAULT_MASTER = "local[*]"
_LOG_CONFIG = Path(__file__).with_name("spark-log4j2.properties")
ENV_MASTER = "DIVERSIFY_SPARK_MASTER"


def java_available() -> bool:
    """Whether a Java runtime is where Spark looks for one (``JAVA_HOME``, else ``PATH``)."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return True
    return shutil.which("java") is not None


def spark_session(master: str | None = None) -> Any:
    """A SparkSession on ``master`` (default ``$DIVERSIFY_SPARK_MASTER`` or ``local[*]``).

    Raises one clear :class:`DiversifyError` when pyspark or Java is missing or Spark does not
    start, never a Java stack trace.
    """
    require("pyspark", "spark")
    if not java_available():
        raise DiversifyError("the Spark engine needs a Java 17+ runtime and none was found (set JAVA_HOME "
                             "or install one, e.g. apt-get install default-jre-headless)")
    from pyspark.sql import SparkSession

    master = master or os.environ.get(ENV_MASTER) or DEFAULT_MASTER
    # Python workers run this interpreter, as the news job's do: a session shared in one process
    # (a notebook, a test run) then also serves that job's Python functions
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    java_options = f"-Dlog4j2.configurationFile={_LOG_CONFIG.as_uri()}"
    cores = local_cores(master)
    if cores is not None:
        # one short-lived JVM on one machine: the C2 compiler's warm-up costs more CPU than its
        # faster code saves on the queries of one command (measured: about 40% of the JVM's CPU)
        java_options += " -XX:TieredStopAtLevel=1"
    builder = (SparkSession.builder.master(master).appName("diversify")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.ansi.enabled", "false")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.driver.extraJavaOptions", java_options))
    if cores is not None:  # a cluster's partitions are its own configuration's
        builder = builder.config("spark.sql.shuffle.partitions", str(cores))
    try:
        session = builder.getOrCreate()
    except spark_errors() as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DiversifyError(f"Spark did not start on master {master!r}: {first}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def local_cores(master: str) -> int | None:
    """The worker threads of a local master (``local``: 1, ``local[4]``: 4, ``local[*]``: every
    core, ``local[2,3]``: 2); ``None`` for a cluster."""
    found = re.fullmatch(r"local(?:\[(\d+|\*)(?:,\s*\d+)?\])?", master.strip())
    if found is None:
        return None
    threads = found.group(1)
    if threads is None:
        return 1
    if threads == "*":
        return os.cpu_count() or 1
    return max(1, int(threads))


class SparkWarehouse:
    """The tables of a Parquet layout on Spark, queried with the indicator SQL.

    Parameters
    ----------
    data
        URI of the layout (the folder holding ``manifest.json``).
    master
        Spark master URL (``local[2]``, ``spark://host:7077``, ``yarn`` ...); ignored when
        ``session`` is given.
    session
        An existing SparkSession to share (its temp views stay apart: a new session of the
        same context is used). The engine stops only a session it started.
    """

    def __init__(self, data: str, master: str | None = None, *, session: Any = None) -> None:
        self.data = data.rstrip("/")
        self.path = self.data
        self.derived: set[str] = set()
        if session is None:
            require("pyspark", "spark")
            from pyspark.sql import SparkSession

            # a session already running in this process (a notebook, a test) is shared, never stopped
            self._owner = SparkSession.getActiveSession() is None
        else:
            self._owner = False
        base = session if session is not None else spark_session(master)
        self.spark = base.newSession()
        self._cached: set[str] = set()
        self._serial = 0
        try:
            self._register()
        except BaseException:
            self.close()
            raise

    # -- tables ---------------------------------------------------------------
    def _read_manifest(self) -> dict[str, Any]:
        """The layout's manifest, read through Hadoop's file systems (any URI Spark reads) by the
        driver alone: a Spark job to read one small file would cost more than the file."""
        from diversify.store.parquet_layout import MANIFEST, check_manifest

        uri = f"{self.data}/{MANIFEST}"
        jvm = self.spark.sparkContext._jvm
        try:
            path = jvm.org.apache.hadoop.fs.Path(uri)
            files = path.getFileSystem(self.spark.sparkContext._jsc.hadoopConfiguration())
            if not files.exists(path):
                raise InputError(f"cannot read {MANIFEST} (no such file: {uri}); expected a diversify Parquet "
                                 "layout written by `diversify export parquet DIR`", path=self.data)
            stream = files.open(path)
            try:
                text = str(jvm.org.apache.commons.io.IOUtils.toString(stream, "UTF-8"))
            finally:
                stream.close()
        except spark_errors() as exc:
            raise InputError(f"cannot read {MANIFEST} ({_first_line(exc)}); expected a diversify Parquet "
                             "layout written by `diversify export parquet DIR`", path=self.data) from None
        return check_manifest(text, self.data)

    def _register(self) -> None:
        """Each table of the layout as a temporary view with the manifest's columns and types.

        The schema is given to the reader, so Spark infers none (it would read the footers of
        the files and type the partition column itself); a table without rows is an empty local
        relation, which the optimizer drops from every query that reads it.
        """
        from diversify.reference.blocs import load_blocs, membership_rows
        from diversify.store.dialect import spark_type, view_to_spark
        from diversify.store.parquet_layout import TABLES, select_columns
        from diversify.store.schema import FLOWS_VIEW, FLOWS_VIEW_WITH_MATRIX

        manifest = self._read_manifest()
        for name in TABLES:
            table = manifest["tables"][name]
            typed = {"columns": [(c, spark_type(t)) for c, t in table["columns"]]}
            if table["rows"]:
                try:
                    frame = self.spark.read.schema(select_columns(typed, "`{c}` {t}")).parquet(f"{self.data}/{name}")
                except spark_errors() as exc:
                    raise InputError(f"cannot read table {name} ({_first_line(exc)})", path=self.data) from None
                frame.select(*[c for c, _ in typed["columns"]]).createOrReplaceTempView(name)
            else:
                self.spark.sql(f"SELECT {select_columns(typed, 'CAST(NULL AS {t}) AS `{c}`')} WHERE FALSE") \
                    .createOrReplaceTempView(name)
        rows = ", ".join(f"({_text(b)}, {_text(c)}, DATE '{j}', " + (f"DATE '{left}')" if left else "NULL)")
                         for b, c, j, left in membership_rows(load_blocs()))
        self.spark.sql("CREATE OR REPLACE TEMPORARY VIEW bloc_membership AS SELECT * FROM VALUES "
                       f"{rows} AS t(bloc, country, joined, left_on)")
        matrix = manifest["tables"]["trade_matrix"]["rows"] > 0
        self.spark.sql(view_to_spark(FLOWS_VIEW_WITH_MATRIX if matrix else FLOWS_VIEW))

    # -- the Engine protocol ---------------------------------------------------
    def _run(self, sql: str, params: Params, use: Callable[[Any], T]) -> T:
        """``use(DataFrame)`` of the translated query, then forget the query's own session tables.

        A common table expression read more than once is computed once, as a checkpoint, before
        the query: Spark would otherwise compute it again at every reference (the share CTEs
        read each other up to 36 times in the all-country table), where DuckDB materializes it.
        """
        from sqlglot import exp

        from diversify.store.dialect import spark_tree

        tree = spark_tree(sql, params)
        temps: list[str] = []
        try:
            ctes = list(tree.ctes)
            if ctes:
                self._serial += 1
                names = {c.alias: f"_cte{self._serial}_{c.alias}" for c in ctes}
                for table in list(tree.find_all(exp.Table)):
                    if not table.db and table.name in names:
                        original = table.name
                        table.set("this", exp.to_identifier(names[original]))
                        if not table.alias:  # columns written as cte.column still resolve
                            table.set("alias", exp.TableAlias(this=exp.to_identifier(original)))
                tree.set("with_", None)
                refs = cte_reads(tree, {names[c.alias]: c.this for c in ctes})
                for cte in ctes:
                    name = names[cte.alias]
                    if not refs[name]:
                        continue  # read by nothing the query reads: never computed
                    frame = self._spark_sql(cte.this.sql("spark"))
                    if refs[name] > 1 and not self._cheap(cte.this):
                        frame = frame.localCheckpoint(eager=True)
                    frame.createOrReplaceTempView(name)
                    temps.append(name)
            return use(self._spark_sql(tree.sql("spark")))
        except spark_errors() as exc:
            raise DiversifyError(f"Spark refused a query: {_first_line(exc)}") from None
        finally:
            for name in temps:
                self.spark.catalog.dropTempView(name)

    def _cheap(self, body: Any) -> bool:
        """Whether a CTE is as cheap to read again as its checkpoint: a filter or projection of
        literal rows or of tables this engine computed already (no join, grouping or window)."""
        from sqlglot import exp

        if body.find(exp.Join, exp.Group, exp.AggFunc, exp.Window, exp.Distinct, exp.Subquery, exp.Union):
            return False
        return all(t.name in self._cached for t in body.find_all(exp.Table))

    def _spark_sql(self, text: str) -> Any:
        try:
            return self.spark.sql(text)
        except spark_errors() as exc:
            raise DiversifyError(f"Spark refused a query: {_first_line(exc)}") from None

    def query(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        return self._run(sql, params, lambda df: [tuple(row) for row in df.collect()])

    def frame(self, sql: str, params: Params = None) -> pd.DataFrame:
        return self._run(sql, params, lambda df: df.toPandas())

    def records(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        return self._run(sql, params, lambda df: [row.asDict() for row in df.collect()])

    def materialize(self, name: str, sql: str, params: Params = None) -> None:
        """Compute ``sql`` into the session table ``name`` (replaced if it exists)."""
        self._drop(name)
        # a checkpoint, not a cached view: later queries plan over its rows, not over the whole
        # lineage of the query that made them (planning those grew with every table built on another)
        self._run(sql, params, lambda df: df.localCheckpoint(eager=True).createOrReplaceTempView(name))
        self._cached.add(name)

    def write(self, sql: str, params: Params, output: str, fmt: Literal["parquet", "csv"]) -> int:
        """Write the rows of ``sql`` under ``output`` (a folder of part files, replaced if it exists)."""

        def save(frame: Any) -> int:
            frame = frame.localCheckpoint(eager=True)  # computed once, for the count and the files
            writer = frame.coalesce(1).write.mode("overwrite")
            if fmt == "csv":
                writer.option("header", True).csv(output)
            else:
                writer.option("compression", "zstd").parquet(output)
            return int(frame.count())

        try:
            return self._run(sql, params, save)
        except DiversifyError as exc:
            raise DiversifyError(f"{output}: Spark could not write the table ({exc})") from None

    def deterministic(self) -> nullcontext[None]:
        """Spark sums in the order its tasks finish; the engines agree to 1e-12, not bit for bit."""
        return nullcontext()

    def _drop(self, name: str) -> None:
        if name in self._cached:
            self.spark.catalog.dropTempView(name)  # also forgets the cached rows
            self._cached.discard(name)

    def close(self) -> None:
        for name in list(self._cached):
            self._drop(name)
        if self._owner:
            self.spark.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def cte_reads(query: Any, ctes: dict[str, Any]) -> dict[str, int]:
    """How often each of ``ctes`` (name -> body) is read by ``query`` and by the CTEs it reads,
    in turn; a CTE no one reads counts 0 (its reads count for nothing)."""
    from sqlglot import exp

    def reads(node: Any) -> list[str]:
        return [t.name for t in node.find_all(exp.Table) if not t.db and t.name in ctes]

    count = dict.fromkeys(ctes, 0)
    pending = reads(query)
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        count[name] += 1
        if name not in seen:
            seen.add(name)
            pending.extend(reads(ctes[name]))
    return count


def _text(value: str) -> str:
    """A Spark SQL string literal (Spark reads backslashes in literals as escapes)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def spark_errors() -> tuple[type[BaseException], ...]:
    """What Spark raises for a refused query, a missing path or a failed start: its own errors
    (``AnalysisException`` ...) and, from the JVM, Py4J's."""
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    return (PySparkException, Py4JError)


def _first_line(exc: BaseException) -> str:
    """The first line of a Spark or Py4J error, without the Java stack trace."""
    from py4j.protocol import Py4JJavaError

    text = str(exc.java_exception.toString() if isinstance(exc, Py4JJavaError) else exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
