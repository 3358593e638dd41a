"""Every hostile input gets one clear line and exit code 2, and the warehouse stays exactly as it was.

The inputs (see ``hostile.py``) are generated from the small real samples of
each loader and from code: corrupt Parquet, random bytes, UTF-16, Latin-1,
infinities, 2 MB fields, directories and devices, files cut mid-line or at a
line boundary, years as text or out of range, article files that are empty,
binary, nested 100,000 deep or too long, and scenario files nested 5,000 deep,
with infinite, NaN, 1e308 or negative rates, unknown keys, wrong types, and
paths outside the scenario's folder. Each runs through the real command line
in-process against one warehouse holding a valid version of every dataset.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hostile import Hostile, loader_cases, news_cases, scenario_cases, shrink_cases
from loader_samples import Sample, build_samples

from diversify.store import Warehouse

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"  # real files beside the checkout
SAMPLES: dict[str, Sample] = {}


def _samples(shared_data: Path) -> dict[str, Sample]:
    if not SAMPLES:
        SAMPLES.update(build_samples(shared_data))
    return SAMPLES


def _cases() -> list[Hostile]:
    samples = _samples(DATA) if DATA.is_dir() else {}
    loaders = [*loader_cases(samples), *shrink_cases(samples)] if samples else []
    return [*loaders, *news_cases(), *scenario_cases()]


CASES = _cases()


def fingerprint(path: Path) -> list[Any]:
    """Every row of every table (order-free hashes), the sources and the file's own bytes on disk."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1").fetchall()]
        out: list[Any] = [(t, con.execute(f'SELECT count(*), sum(hash(COLUMNS(*))) FROM "{t}"').fetchall())
                          for t in tables]
        out.append(con.execute("SELECT * FROM sources ORDER BY source_id").fetchall())
    finally:
        con.close()
    return out


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse with a valid version of every dataset the loader cases touch."""
    folder = tmp_path_factory.mktemp("adversarial")
    path = folder / "wh.duckdb"
    with Warehouse(path, seed=False) as wh:
        for loader, sample in SAMPLES.items():
            wh.ingest(sample.write(folder / loader), loader)
    return path



def test_the_corpus_is_large_enough() -> None:
    kinds = {k: sum(1 for c in CASES if c.kind == k) for k in ("ingest", "news", "scenario")}
    assert len(CASES) >= 80 or not SAMPLES, kinds
    assert kinds["news"] >= 10 and kinds["scenario"] >= 15
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Hostile, loaded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str], run_main: Callable[[list[str]], int]) -> None:
    wh = tmp_path / "wh.duckdb"
    shutil.copyfile(loaded, wh)
    before = fingerprint(wh)
    path, argv = case.make(tmp_path / "input")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code = run_main(["--warehouse", str(wh), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("error: "), err
    line = err[len("error: "):-1]
    assert line.startswith(str(path)), line
    assert re.fullmatch(re.escape(str(path)) + case.message, line), line
    assert fingerprint(wh) == before
