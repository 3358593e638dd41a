"""``kill -9`` at random moments of a multi-second ingest: the warehouse is exactly old or exactly new.

A BACI-layout file of 960,000 rows is generated from code. One ingest runs to
the end to learn how long it takes and what "new" looks like; then 20 ingests
are killed (SIGKILL) at seeded random moments across that time, a third of them
in its last fifth, where the copy is checkpointed and swapped in. After every
kill the warehouse must be byte-for-byte one of the two states, readable, and
the next ingest must succeed. Readers keep working during an ingest, and a crash
of an in-place write leaves space that ``diversify vacuum`` gives back.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from diversify.store import Warehouse

pytestmark = pytest.mark.slow

M49 = {"CAN": 124, "USA": 842, "CHN": 156, "GBR": 826, "JPN": 392, "NLD": 528, "KOR": 410, "IND": 699,
       "DEU": 276, "FRA": 251, "MEX": 484, "BEL": 56, "ITA": 381, "ESP": 724, "BRA": 76, "SGP": 702}
TRIALS = 20


def write_baci(folder: Path, products: int, year: int = 2022) -> Path:
    """A BACI year file in CEPII's layout and order: 240 country pairs x ``products`` HS6 codes."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "country_codes_V202501.csv").write_text(
        "country_code,country_name,country_iso2,country_iso3\n"
        + "".join(f"{n},{c},,{c}\n" for c, n in M49.items()), encoding="utf-8")
    path = folder / f"BACI_HS17_Y{year}_V202501.csv"
    codes = sorted(M49.values())
    con = duckdb.connect()
    con.execute(f"""COPY (SELECT {year} AS t, i.c AS i, j.c AS j, (100000 + k)::VARCHAR AS k,
                                 round(1 + k % 97 * 1.5, 3) AS v, 2.0 AS q
                          FROM unnest({codes}) i(c), unnest({codes}) j(c), range({products}) r(k)
                          WHERE i.c <> j.c ORDER BY i, j, k) TO '{path}' (HEADER)""")
    con.close()
    return path


def fingerprint(path: Path) -> Any:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return (con.execute("SELECT count(*), sum(hash(COLUMNS(*))) FROM trade_matrix").fetchall(),
                con.execute("SELECT count(*), sum(hash(COLUMNS(*))) FROM flow_rows").fetchall(),
                con.execute("SELECT source_id, rows FROM sources ORDER BY 1").fetchall(),
                con.execute("SELECT count(*) FROM flows WHERE reporter = 'CAN'").fetchall())
    finally:
        con.close()


def _cli(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("diversify")), *args]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("kill")
    old_file = write_baci(folder / "old", 200, year=2021)
    new_file = write_baci(folder / "new", 4000)
    base = folder / "base.duckdb"
    with Warehouse(base, seed=False) as wh:
        wh.ingest(old_file, "baci")
    done = folder / "done.duckdb"
    shutil.copyfile(base, done)
    started = time.monotonic()
    subprocess.run(_cli("--warehouse", str(done), "ingest", str(new_file), "--source", "baci"),
                   check=True, capture_output=True, timeout=600)
    return {"folder": folder, "base": base, "file": new_file, "seconds": time.monotonic() - started,
            "old": fingerprint(base), "new": fingerprint(done)}


def test_kill_minus_9_leaves_old_or_new(setup: dict[str, Any]) -> None:
    assert setup["old"] != setup["new"]
    rng = random.Random(9)
    seconds = setup["seconds"]
    moments = [rng.uniform(0.05, 1.0) * seconds for _ in range(TRIALS - TRIALS // 3)]
    moments += [rng.uniform(0.8, 1.05) * seconds for _ in range(TRIALS // 3)]  # the commit window
    outcomes = {"old": 0, "new": 0}
    for n, moment in enumerate(moments):
        wh = setup["folder"] / f"trial{n}.duckdb"
        shutil.copyfile(setup["base"], wh)
        proc = subprocess.Popen(_cli("--warehouse", str(wh), "ingest", str(setup["file"]), "--source", "baci"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        state = fingerprint(wh)
        assert state in (setup["old"], setup["new"]), f"trial {n} killed at {moment:.2f} s"
        outcomes["old" if state == setup["old"] else "new"] += 1
        # the next ingest succeeds and leaves no leftovers
        subprocess.run(_cli("--warehouse", str(wh), "ingest", str(setup["file"]), "--source", "baci"),
                       check=True, capture_output=True, timeout=600)
        assert fingerprint(wh) == setup["new"]
        assert not Path(str(wh) + ".staged").exists()
        wh.unlink()
    assert outcomes["old"] > 0  # the kills did land during the ingest


def test_readers_work_during_an_ingest(setup: dict[str, Any]) -> None:
    wh = setup["folder"] / "readers.duckdb"
    shutil.copyfile(setup["base"], wh)
    proc = subprocess.Popen(_cli("--warehouse", str(wh), "ingest", str(setup["file"]), "--source", "baci"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while not Path(str(wh) + ".staged").exists() and proc.poll() is None:
            time.sleep(0.02)
        reader = subprocess.run(_cli("--warehouse", str(wh), "sources", "--json"), check=False,
                                capture_output=True, text=True, timeout=120)
        assert reader.returncode == 0, reader.stderr
        assert "baci:HS17:2021" in reader.stdout
    finally:
        _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert fingerprint(wh) == setup["new"]


def test_vacuum_gives_back_the_space_of_a_crashed_write(setup: dict[str, Any]) -> None:
    """An in-place write (as the server does) killed mid-way leaves the file larger; vacuum shrinks it."""
    wh = setup["folder"] / "crashed.duckdb"
    shutil.copyfile(setup["base"], wh)
    size = wh.stat().st_size
    code = ("import sys; from diversify.store import Warehouse; "
            "w = Warehouse(sys.argv[1], create=False); w.con.execute('SET checkpoint_threshold = \\'1MB\\''); "
            "w.ingest(sys.argv[2], 'baci')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(wh), str(setup["file"])])
    deadline = time.monotonic() + 120
    while proc.poll() is None and wh.stat().st_size < size * 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert fingerprint(wh) == setup["old"]
    grown = wh.stat().st_size
    assert grown > size * 1.5
    out = subprocess.run(_cli("--warehouse", str(wh), "vacuum"), check=False, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    assert wh.stat().st_size < grown / 1.5
    assert fingerprint(wh) == setup["old"]
    assert out.stdout.startswith("crashed.duckdb: ")
