"""Uncertainty bands on every scenario kind: band statistics, degenerate ranges that must
reproduce the one-shot result, bad input, compare, and the trials table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from diversify.errors import InputError
from diversify.scenarios import run_scenario
from diversify.scenarios.bands import BAND_KEYS, band, band_rows, bands, overlap
from diversify.scenarios.compare import compare_results
from diversify.scenarios.store import get_run


def with_uncertainty(examples_dir: Path, name: str, kind: str, body: str) -> str:
    return (examples_dir / name).read_text() + f"\n[{kind}.uncertainty]\n{body}\n"


# --------------------------------------------------------------------------- statistics


def test_band_statistics() -> None:
    values = np.array([1.0, 2.0, 4.0, np.nan, 8.0])
    b = band(values)
    finite = values[np.isfinite(values)]
    assert list(b) == list(BAND_KEYS)
    assert b["mean"] == pytest.approx(3.75)
    assert b["std"] == pytest.approx(np.std(finite, ddof=1))  # n - 1, as gegravity
    assert (b["p5"], b["p50"], b["p95"]) == tuple(np.percentile(finite, [5, 50, 95]))
    assert band(np.array([2.5, 2.5, 2.5])) == dict.fromkeys(BAND_KEYS, 2.5) | {"std": 0.0}
    assert band(np.array([np.nan, np.nan])) == dict.fromkeys(BAND_KEYS)
    assert band(np.array([1.0]))["std"] is None
    assert [r["p50"] for r in bands(np.array([[1.0, 10.0], [3.0, 30.0]]))] == [2.0, 20.0]
    assert overlap({"p5": 0, "p95": 1}, {"p5": 1, "p95": 2}) is True
    assert overlap({"p5": 0, "p95": 1}, {"p5": 1.5, "p95": 2}) is False
    assert overlap({"p5": None, "p95": 1}, {"p5": 1.5, "p95": 2}) is None


def test_band_rows_label_records() -> None:
    u = {
        "draws": 3,
        "cost": {"mean": 1, "std": 0, "p5": 1, "p50": 1, "p95": 1},
        "pairs": [{"exporter": "CAN", "importer": "DEU", "trade": dict.fromkeys(BAND_KEYS, 2.0)}],
        "years": [{"year": 2035, "total": dict.fromkeys(BAND_KEYS, 3.0)}],
        "corridors": [{"corridor": "tmx", "binding_share": 0.5}],
    }
    rows = band_rows(u)
    assert [(r["item"], r["quantity"]) for r in rows] == [
        ("", "cost"), ("CAN -> DEU", "trade"), ("2035", "total")
    ]


# --------------------------------------------------------------------------- tariff


def test_tariff_degenerate_ranges_reproduce_the_one_shot(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = with_uncertainty(
        examples_dir, "us_tariff_25_10.toml", "tariff",
        "draws = 5\nimport_demand = [1, 1]\nsubstitution = [1.5, 1.5]",
    )
    res = run_scenario(text, real_wh, store=False).results
    u = res["uncertainty"]
    assert (u["draws"], u["failed"], u["seed"]) == (5, 0, 1)
    expected = {
        "trade_creation": res["market"]["trade_creation"],
        "tariff_revenue_change": res["market"]["tariff_revenue_change"],
        "reporter_exports_after": res["reporter_exports_to_importer"]["after"],
        "partner_share_after": res["dependency"]["partner_share_after"],
        "hhi_after": res["dependency"]["hhi_after"],
    }
    for name, value in expected.items():
        assert u[name]["p5"] == pytest.approx(value, rel=1e-12), name
        assert u[name]["p95"] == pytest.approx(value, rel=1e-12), name


def test_tariff_bands_move_with_the_ranges(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = with_uncertainty(examples_dir, "us_tariff_25_10.toml", "tariff", "draws = 30\nseed = 4")
    a = run_scenario(text, real_wh, store=False).results["uncertainty"]
    b = run_scenario(text, real_wh, store=False).results["uncertainty"]
    assert a["hhi_after"] == b["hhi_after"]  # seeded
    assert a["ranges"] == {"import_demand": [0.5, 1.5], "substitution": [0.75, 3.0]}
    one_shot = run_scenario(text, real_wh, store=False).results["dependency"]["hhi_after"]
    assert a["hhi_after"]["p5"] < one_shot < a["hhi_after"]["p95"]
    assert a["tariff_revenue_change"]["std"] > 0


@pytest.mark.parametrize(
    ("body", "field", "part"),
    [
        ("substitution = [3, 1]", "tariff.uncertainty.substitution", "high 1 is below low 3"),
        ("import_demand = [0, 1]", "tariff.uncertainty.import_demand", "must be > 0"),
        ("substitution = 2", "tariff.uncertainty.substitution", "expected [low, high]"),
        ("draws = 1", "tariff.uncertainty.draws", "must be >= 2"),
        ("sd = 1", "tariff.uncertainty.sd", "unknown key"),
    ],
)
def test_tariff_bad_uncertainty(real_wh, examples_dir: Path, body: str, field: str, part: str) -> None:  # type: ignore[no-untyped-def]
    text = with_uncertainty(examples_dir, "us_tariff_25_10.toml", "tariff", body)
    with pytest.raises(InputError) as exc:
        run_scenario(text, real_wh, store=False)
    assert exc.value.field == field and part in exc.value.message
    assert exc.value.line == len(text.splitlines())  # the key's own line, the file's last


# --------------------------------------------------------------------------- rerouting


def test_rerouting_bands(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    fixed = with_uncertainty(
        examples_dir, "reroute_to_europe_asia.toml", "rerouting",
        "draws = 4\ncapacity = [1, 1]\ncost = [1, 1]",
    )
    res = run_scenario(fixed, real_wh, store=False).results
    u = res["uncertainty"]
    assert u["feasible_share"] == 1.0 and u["failed"] == 0
    assert u["total_cost"]["p5"] == pytest.approx(res["total_cost"], rel=1e-9)
    always = {c["corridor"] for c in u["corridors"] if c["binding_share"] == 1.0}
    assert always == {c.strip() for c in res["binding_corridors"].split(",")}

    tight = with_uncertainty(
        examples_dir, "reroute_to_europe_asia.toml", "rerouting",
        "draws = 20\ncapacity = [0.3, 1.0]",
    )
    u = run_scenario(tight, real_wh, store=False).results["uncertainty"]
    assert 0.0 <= u["feasible_share"] < 1.0 and u["failed"] == 0
    shares = [c["binding_share"] for c in u["corridors"]]
    assert shares == sorted(shares, reverse=True)


# --------------------------------------------------------------------------- procurement


def test_procurement_bands(examples_dir: Path) -> None:
    fixed = with_uncertainty(
        examples_dir, "safe_procurement.toml", "procurement", "draws = 2\nprice = [1, 1]"
    )
    res = run_scenario(fixed, None, store=False).results
    u = res["uncertainty"]
    assert u["feasible_share"] == 1.0
    assert u["premium"]["p50"] == pytest.approx(res["premium"], rel=1e-9)
    assert u["premium_pct"]["p50"] == pytest.approx(res["premium_pct"], rel=1e-9)
    assert {s["supplier"] for s in u["suppliers"] if s["chosen_share"] == 1.0} == {
        r["supplier"] for r in res["plan"]
    }


# --------------------------------------------------------------------------- spending


def test_spending_uncertainty_matches_its_percentiles(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = (examples_dir / "nato_pathway_2035.toml").read_text()
    plain = run_scenario(text, real_wh, store=False).results
    assert "uncertainty" not in plain  # the model's own results stay as they were
    res = run_scenario(text + "\n[spending.uncertainty]\n", real_wh, store=False).results
    assert {k: v for k, v in res.items() if k != "uncertainty"} == plain
    u = res["uncertainty"]
    assert (u["draws"], u["seed"], u["failed"]) == (
        res["monte_carlo"]["draws"], res["monte_carlo"]["seed"], 0
    )
    assert u["end_total"]["p5"] == res["end"]["total_p5"]
    assert u["end_total"]["p95"] == res["end"]["total_p95"]
    assert u["cumulative_increase"]["p50"] == res["cumulative_increase"]["p50"]
    assert [y["year"] for y in u["years"]] == [r["year"] for r in res["years"]]


def test_spending_uncertainty_section(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = (examples_dir / "nato_pathway_2035.toml").read_text()
    assert "draws" in text  # the example sets them in [spending.growth]
    with pytest.raises(InputError, match="not both") as exc:
        run_scenario(text + "\n[spending.uncertainty]\ndraws = 100\n", real_wh, store=False)
    assert exc.value.field == "spending.uncertainty.draws"


# --------------------------------------------------------------------------- compare, trials


def test_compare_says_where_bands_overlap(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = with_uncertainty(examples_dir, "us_tariff_25_10.toml", "tariff", "draws = 10")
    a = run_scenario(text, real_wh, store=False)
    b = run_scenario(text.replace("rate = 0.25", "rate = 0.05"), real_wh, store=False)
    same = compare_results(a, a)
    assert same.bands and all(r["overlap"] for r in same.bands)
    cmp = compare_results(a, b)
    by = {r["quantity"]: r for r in cmp.bands}
    assert by["tariff_revenue_change"]["overlap"] is False
    assert "bands" in cmp.to_dict()


def test_trials_are_returned_not_stored(scen_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = with_uncertainty(examples_dir, "safe_procurement.toml", "procurement", "draws = 3")
    res = run_scenario(text, scen_wh, trials=True)
    assert [r["trial"] for r in res.results["trials"]] == [0, 1, 2]
    assert "trials" in res.tables() and res.to_csv("trials").startswith("trial,")
    stored = get_run(scen_wh, res.id)  # type: ignore[arg-type]
    assert "trials" not in stored.results and "uncertainty" in stored.results
    with pytest.raises(InputError, match="--trials needs an uncertainty table"):
        run_scenario(examples_dir / "safe_procurement.toml", scen_wh, trials=True)


def test_band_figures_draw_error_bars_in_the_pdf_renderer() -> None:
    from diversify.report.pdf import figure_svg
    from diversify.scenarios.figures import uncertainty_figures

    band_a = {"mean": 0.6, "std": 0.05, "p5": 0.5, "p50": 0.6, "p95": 0.75}
    band_b = {"mean": 0.4, "std": 0.05, "p5": 0.3, "p50": 0.4, "p95": 0.45}
    figs = uncertainty_figures(
        {"uncertainty": {"draws": 10, "partner_share_after": band_a, "hhi_after": band_b}}, "tariff"
    )
    (fig,) = figs
    err = fig["data"][0]["error_y"]
    assert err["array"] == pytest.approx([0.15, 0.05]) and err["arrayminus"] == pytest.approx([0.1, 0.1])
    svg = figure_svg(fig)
    assert svg.count(f'stroke="{err["color"]}"') == 6  # a whisker and two caps per bar
    assert 'stroke="' + err["color"] not in figure_svg(
        {**fig, "data": [{**fig["data"][0], "error_y": {}}]}
    )
    assert uncertainty_figures({"countries": []}, "gravity") == []
