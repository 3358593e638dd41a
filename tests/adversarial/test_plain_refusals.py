"""Refusals a user meets outside a bad file: a warehouse another process holds, a value that is
not finite in the warehouse, and the JSON that must stay JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diversify.store import Warehouse


def _diversify(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("diversify")
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120, check=False)


def test_a_held_warehouse_gets_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    Warehouse(path, seed=False).close()
    code = f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        proc = _diversify("--warehouse", str(path), "sources")
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2
    assert proc.stderr == (
        f"error: {path}: the warehouse is being written by another process; try again when it has "
        "finished\n"
    )
    assert "PID" not in proc.stderr and sys.executable not in proc.stderr
    assert time.monotonic() - started < 30


def test_json_output_never_writes_infinity(tmp_path: Path) -> None:
    """A warehouse written before infinities were refused still gives strict JSON."""
    path = tmp_path / "inf.duckdb"
    with Warehouse(path) as wh:
        wh.con.execute("UPDATE national_series SET value = 'inf'::DOUBLE "
                       "WHERE country = 'CAN' AND year = 2024 AND indicator LIKE '%gdp%'")
        assert wh.query("SELECT count(*) FROM national_series WHERE isinf(value)")[0][0] > 0
    proc = _diversify("--warehouse", str(path), "report", "CAN", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "Infinity" not in proc.stdout and "NaN" not in proc.stdout
    json.loads(proc.stdout, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))


def test_ingest_beside_a_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    """A process holding the warehouse for writing: the ingest says so (beside a running
    `diversify serve`, see tests/api/test_api_beside_commands.py)."""
    path = tmp_path / "served.duckdb"
    Warehouse(path, seed=False).close()
    data = tmp_path / "milex.csv"
    data.write_text("Entity,Code,Year,Military expenditure (% of GDP)\nCanada,CAN,2024,1.3\n", encoding="utf-8")
    code = f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        proc = _diversify("--warehouse", str(path), "ingest", str(data), "--source", "sipri_milex_gdp")
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2
    assert proc.stderr == (
        f"error: {path}: the warehouse is open for writing by another process (a command writing to "
        "it, or a write sent to `diversify serve`); try again when it has finished\n"
    )
