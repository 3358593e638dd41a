"""`diversify scenario run/list/show/compare`, storage and re-runs, JSON/CSV, and the API mirror."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diversify.cli import app
from diversify.errors import InputError, NotFoundError
from diversify.scenarios import compare, get_run, list_runs, run_scenario, scenario_figures

GRAVITY_KEYS = {
    "formulation",
    "converged",
    "iterations",
    "seconds",
    "market_clearing_residual",
    "countries",
    "pairs",
}
COUNTRY_KEYS = {
    "country",
    "gdp_change_pct",
    "welfare",
    "factory_gate_price_change_pct",
    "imr_change_pct",
    "omr_change_pct",
    "foreign_exports_change_pct",
    "foreign_imports_change_pct",
}
EXAMPLES = [
    "us_tariff_25_10.toml",
    "reroute_to_europe_asia.toml",
    "safe_procurement.toml",
    "nato_pathway_2035.toml",
]


def cli(wh_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(
        app, ["--warehouse", str(wh_path), "scenario", *args], catch_exceptions=True
    )


@pytest.fixture()
def gravity_example(examples_dir: Path, shared_data: Path, tmp_path: Path) -> Path:
    """The gravity example next to its (user-supplied) data file."""
    pytest.importorskip("diversify.scenarios.gravity")
    target = tmp_path / "gravity"
    target.mkdir()
    shutil.copy(examples_dir / "can_jpn_trade_agreement.toml", target)
    (target / "gegravity_sample_data_set_2006.csv").symlink_to(
        shared_data / "gravity" / "gegravity_sample_data_set_2006.csv"
    )
    return target / "can_jpn_trade_agreement.toml"


def test_examples_run_store_show_and_rerun(scen_wh_path: Path, examples_dir: Path) -> None:
    ids = []
    for name in EXAMPLES:
        out = cli(scen_wh_path, "run", str(examples_dir / name), "--format", "json")
        assert out.exit_code == 0, out.output
        doc = json.loads(out.stdout)
        assert doc["scenario"] and doc["id"] is not None and doc["inputs_hash"]
        ids.append(doc["id"])
        shown = cli(scen_wh_path, "show", str(doc["id"]), "--format", "json")
        assert json.loads(shown.stdout) == doc  # stored exactly as printed
    listed = json.loads(cli(scen_wh_path, "list", "--json").stdout)
    assert [r["id"] for r in listed] == sorted(ids, reverse=True)
    assert {r["kind"] for r in listed} == {"tariff", "rerouting", "procurement", "spending"}
    # a stored run re-runs from its stored text to the same inputs and results
    first = json.loads(cli(scen_wh_path, "show", str(ids[0]), "--format", "json").stdout)
    again = json.loads(cli(scen_wh_path, "run", str(ids[0]), "--format", "json").stdout)
    assert again["id"] == max(ids) + 1
    assert again["inputs_hash"] == first["inputs_hash"]
    assert {k: v for k, v in again.items() if k != "id"} == {
        k: v for k, v in first.items() if k != "id"
    }
    cmp = json.loads(
        cli(scen_wh_path, "compare", str(ids[0]), str(again["id"]), "--format", "json").stdout
    )
    assert cmp["same_inputs"] is True
    assert all(row["difference"] in (None, 0, 0.0) for row in cmp["summary"])
    text = cli(scen_wh_path, "compare", str(ids[0]), str(again["id"]))
    assert "same inputs" in text.stdout and "no differences in the summary" in text.stdout


def test_text_and_csv_output(scen_wh_path: Path, examples_dir: Path) -> None:
    path = str(examples_dir / "us_tariff_25_10.toml")
    text = cli(scen_wh_path, "run", path, "--no-store")
    assert text.exit_code == 0, text.output
    assert "not stored" in text.stdout and "dependency.hhi_after" in text.stdout
    out = cli(scen_wh_path, "run", path, "--no-store", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["table"] for r in rows} == {
        "by_product",
        "by_partner",
        "partners",
        "reporter_partner_shares",
    }
    one = list(
        csv.DictReader(
            io.StringIO(
                cli(
                    scen_wh_path,
                    "run",
                    path,
                    "--no-store",
                    "--format",
                    "csv",
                    "--table",
                    "by_product",
                ).stdout
            )
        )
    )
    assert len(one) == 96 and "table" not in one[0]
    assert float(next(r for r in one if r["product"] == "27")["tariff_after"]) == 0.10
    assert list_runs_count(scen_wh_path) == 0  # --no-store stored nothing
    bad = cli(scen_wh_path, "run", path, "--no-store", "--format", "xml")
    assert isinstance(bad.exception, InputError) and "--format" in str(bad.exception)


def list_runs_count(path: Path) -> int:
    from diversify.store import Warehouse

    with Warehouse(path, create=False) as wh:
        return len(list_runs(wh))


def test_gravity_json_is_the_gravity_contract(scen_wh_path: Path, gravity_example: Path) -> None:
    out = cli(scen_wh_path, "run", str(gravity_example), "--format", "json", "--no-store")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert GRAVITY_KEYS <= set(doc)
    assert set(doc) - GRAVITY_KEYS <= {"scenario", "kind", "id", "inputs_hash"}
    assert doc["kind"] == "gravity" and doc["converged"] is True
    assert doc["market_clearing_residual"] < 1e-10
    assert all(set(c) == COUNTRY_KEYS for c in doc["countries"])
    can = next(c for c in doc["countries"] if c["country"] == "CAN")
    assert can["gdp_change_pct"] > 0  # a trade agreement raises Canada's GDP
    import tomllib

    from diversify.scenarios.gravity import run_gravity

    table = tomllib.loads(gravity_example.read_text())["gravity"]
    direct = run_gravity(table, gravity_example.parent).to_dict()
    assert {c["country"]: c["gdp_change_pct"] for c in doc["countries"]} == pytest.approx(
        {c["country"]: c["gdp_change_pct"] for c in direct["countries"]}, rel=1e-12
    )


def test_api_mirrors_the_cli(scen_wh, examples_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = examples_dir / "us_tariff_25_10.toml"
    a = run_scenario(path, scen_wh)
    assert a.id == 1 and get_run(scen_wh, 1).to_dict() == a.to_dict()
    changed = tmp_path / "us_tariff_35.toml"
    changed.write_text(path.read_text().replace("rate = 0.25 ", "rate = 0.35 "))
    cmp = compare(a.id, changed, scen_wh)  # a stored id against a file
    assert not cmp.same_inputs
    hhi = next(r for r in cmp.summary if r["field"] == "dependency.hhi_after")
    assert hhi["difference"] < 0  # a higher tariff, less concentration
    rows = {r["product"]: r for r in cmp.tables["by_product"]}
    assert rows["27"]["reporter_after_diff"] == 0  # energy stays at 10%
    assert rows["87"]["reporter_after_diff"] < 0
    spend = run_scenario(examples_dir / "nato_pathway_2035.toml", scen_wh, store=False)
    with pytest.raises(InputError, match="cannot compare a tariff run with a spending run"):
        compare(a, spend)
    with pytest.raises(NotFoundError, match="no stored scenario run with id 99"):
        get_run(scen_wh, 99)


def test_figures_for_every_kind(real_wh, examples_dir: Path, gravity_example: Path) -> None:  # type: ignore[no-untyped-def]
    import plotly.graph_objects as go

    results = [run_scenario(examples_dir / n, real_wh, store=False) for n in EXAMPLES]
    results.append(run_scenario(gravity_example, None, store=False))
    for r in results:
        figs = scenario_figures(r)
        assert figs, r.kind
        for f in figs:
            go.Figure(data=f["data"], layout=f["layout"])  # valid plotly
            assert f["id"].startswith(r.kind)
            assert any(len(t.get("x", [])) for t in f["data"])


def test_cli_error_is_one_line_with_exit_code_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[procurement]\nbudgte = 5\n[[procurement.needs]]\ncapability = "fighters"\nquantity = 1\n'
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "diversify.cli",
            "--warehouse",
            str(tmp_path / "w.duckdb"),
            "scenario",
            "run",
            str(bad),
            "--no-store",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith(
        f"error: {bad}, line 2, field 'procurement.budgte': unknown key 'budgte'"
    )


@pytest.mark.parametrize("command", [[], ["run"], ["list"], ["show"], ["compare"]])
def test_every_command_has_help(command: list[str]) -> None:
    out = CliRunner().invoke(app, ["scenario", *command, "--help"])
    assert out.exit_code == 0
    assert "Usage" in out.stdout and len(out.stdout.splitlines()) > 3


def test_docs_cover_every_example_and_kind(examples_dir: Path) -> None:
    doc = (examples_dir.parents[3] / "docs" / "scenarios.md").read_text()
    for path in examples_dir.glob("*.toml"):
        assert f"`{path.name}`" in doc, path.name
    for kind in ("tariff", "rerouting", "procurement", "spending", "gravity"):
        assert f"`{kind}`" in doc


def test_gravity_bands_from_the_cli(scen_wh_path: Path, gravity_example: Path) -> None:
    """--format json carries the uncertainty object, --trials the trials, show the bands,
    and bad input is one line naming the field, exit code 2."""
    names = ["lndist", "contiguity", "common_language", "pta", "international", "constant"]
    cov = gravity_example.parent / "cov.csv"
    rows = [",".join(["", *names])] + [
        ",".join([a, *("0.0001" if a == b else "0" for b in names)]) for a in names
    ]
    cov.write_text("\n".join(rows) + "\n")
    text = gravity_example.read_text() + (
        '\n[gravity.uncertainty]\ndraws = 6\nseed = 2\ncovariance = "cov.csv"\nworkers = 1\n'
    )
    gravity_example.write_text(text)
    out = cli(scen_wh_path, "run", str(gravity_example), "--format", "json")
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert GRAVITY_KEYS <= set(doc)
    u = doc["uncertainty"]
    assert (u["draws"], u["failed"], u["seed"]) == (6, 0, 2) and len(u["countries"]) == 30

    trials = cli(scen_wh_path, "run", str(gravity_example), "--format", "csv", "--trials", "--no-store")
    assert trials.exit_code == 0, trials.output
    table = list(csv.DictReader(io.StringIO(trials.stdout)))
    assert len(table) == 6 * 30 and {"trial", "pta", "sigma", "country", "welfare"} <= set(table[0])

    shown = cli(scen_wh_path, "show", str(doc["id"]))
    assert shown.exit_code == 0 and "bands" in shown.stdout and "gdp_change_pct" in shown.stdout

    gravity_example.write_text(text.replace("draws = 6", "draws = 6\nsigma = [0.5, 3]"))
    proc = subprocess.run(
        [sys.executable, "-m", "diversify.cli", "--warehouse", str(scen_wh_path), "scenario",
         "run", str(gravity_example), "--no-store"],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "200"},
    )
    assert proc.returncode == 2 and proc.stdout == ""
    message = proc.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "field 'gravity.uncertainty.sigma'" in message and "low = 0.5" in message


def test_piped_text_output_keeps_every_name_whole(
    scen_wh_path: Path, examples_dir: Path, tmp_path: Path
) -> None:
    # Piped (not a terminal), `compare` and `run` print every field name in full: names cut at
    # 80 columns made distinct rows look alike ("reporter_exports_to_i..." three times).
    text = (examples_dir / "us_tariff_25_10.toml").read_text()
    shocked = tmp_path / "tr2.toml"
    shocked.write_text(text.replace("rate = 0.25 ", "rate = 2 ").replace("rate = 0.10", "rate = 2"))
    out = cli(scen_wh_path, "compare", str(examples_dir / "us_tariff_25_10.toml"), str(shocked))
    assert out.exit_code == 0, out.output
    assert "…" not in out.stdout
    for name in (
        "reporter_exports_to_importer.after",
        "reporter_exports_to_importer.change_pct",
        "market.tariff_revenue_after",
        "market.tariff_revenue_change",
        "dependency.effective_partners_after",
    ):
        assert f" {name} " in out.stdout, name
    run = cli(scen_wh_path, "run", str(shocked), "--no-store")
    assert run.exit_code == 0 and "…" not in run.stdout
    assert "reporter_exports_to_importer.change_pct" in run.stdout
