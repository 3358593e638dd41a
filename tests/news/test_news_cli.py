"""The `diversify news` commands: the extract output contract, help, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diversify.cli import app

runner = CliRunner()


def test_extract_contract_on_the_seeds(shared_news: Path, real_warehouse_path: Path) -> None:
    res = runner.invoke(app, ["--warehouse", str(real_warehouse_path), "news", "extract",
                              str(shared_news / "seeds.jsonl"), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert [x["id"] for x in lines] == [json.loads(x)["id"] for x in (shared_news / "seeds.jsonl").open()]
    verdicts = []
    for x in lines:
        assert set(x) == {"id", "events", "claims", "story"}
        for e in x["events"]:
            assert set(e) == {"source", "type", "target", "date", "evidence"}
        for c in x["claims"]:
            assert {"quantity", "unit", "subject", "year", "text"} <= set(c)
            if "verdict" in c:
                verdicts.append(c["verdict"])
                assert {"data_value", "data_year", "source"} <= set(c["check"])
    assert "supported" in verdicts and "not_comparable" in verdicts


def test_extract_text_and_plain_text_input(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("Canada and Japan signed a security agreement on Monday. It covers 12 areas.\n")
    res = runner.invoke(app, ["news", "extract", str(p), "--format", "text", "--no-check"])
    assert res.exit_code == 0, res.output
    assert "CAN AGREE" in res.output and "count" in res.output


def test_every_news_command_has_help() -> None:
    res = runner.invoke(app, ["news", "--help"])
    assert res.exit_code == 0
    for cmd in ("extract", "evaluate", "ingest", "timeline", "dyads"):
        assert cmd in res.output
        assert runner.invoke(app, ["news", cmd, "--help"]).exit_code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["news", "extract", "missing.jsonl", "--no-check"], "missing.jsonl: file not found"),
    (["news", "dyads", "Atlantis"], "unknown country 'Atlantis'"),
    (["news", "extract", "x", "--format", "yaml"], "expected one of jsonl, text"),
    (["news", "extract", "x", "--engine", "dask"], "expected one of local, spark"),
    # no java on PATH and no JAVA_HOME: one line before any JVM is started
    (["news", "extract", "x", "--no-check", "--engine", "spark"], "Spark needs a Java 17+ runtime"),
])
def test_errors_are_one_clean_line(args: list[str], message: str, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", "from diversify.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=tmp_path, check=False,
                          env={"DIVERSIFY_WAREHOUSE": str(tmp_path / "w.duckdb"), "PATH": "", "COLUMNS": "400"},
                          timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_extract_against_a_fresh_warehouse(shared_news: Path, tmp_path: Path) -> None:
    """A new warehouse (built from the embedded default data) is enough to check claims."""
    res = runner.invoke(app, ["--warehouse", str(tmp_path / "fresh.duckdb"), "news", "extract",
                              str(shared_news / "seeds.jsonl")])
    assert res.exit_code == 0, res.output
    checks = [c["check"] for x in map(json.loads, res.output.splitlines()) for c in x["claims"]
              if "check" in c]
    supported = [c for c in checks if c["verdict"] == "supported"]
    assert supported and supported[0]["data_value"] == pytest.approx(76.4, abs=0.2)


@pytest.mark.parametrize(("args", "message"), [
    (["news", "timeline", "CAN", "--limit", "99999999999999999999"],
     "Invalid value for '--limit': Input should be less than or equal to 1000000"),
    (["news", "timeline", "CAN", "--limit", "0"],
     "Invalid value for '--limit': Input should be greater than or equal to 1"),
    (["news", "extract", "x.jsonl", "--processes", "99999999999999999999"],
     "Invalid value for '--processes': Input should be less than or equal to 256"),
    (["news", "ingest", "x.jsonl", "--processes", "1000"],
     "Invalid value for '--processes': Input should be less than or equal to 256"),
    (["news", "evaluate", "x.jsonl", "--labels", "y", "--processes", "257"],
     "Invalid value for '--processes': Input should be less than or equal to 256"),
    (["news", "evaluate", "x.jsonl", "--labels", "y", "--seed", "99999999999999999999"],
     "Invalid value for '--seed': Input should be less than or equal to 4294967295"),
])
def test_integer_options_are_bounded(args: list[str], message: str, tmp_path: Path) -> None:
    res = runner.invoke(app, ["--warehouse", str(tmp_path / "w.duckdb"), *args])
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output
    assert not (tmp_path / "w.duckdb").exists()  # refused before anything runs


def test_the_timeline_limit_is_bounded_in_the_library(empty_wh) -> None:  # type: ignore[no-untyped-def]
    from diversify.errors import InputError
    from diversify.news.dyads import timeline

    with pytest.raises(InputError, match=r"field 'limit': expected 1 to 1,000,000 events, got "
                                         r"99,999,999,999,999,999,999"):
        timeline(empty_wh, "CAN", limit=99999999999999999999)
