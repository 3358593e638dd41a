"""Defence-spending pathways on SIPRI data: NATO targets, GDP bases, Monte Carlo bands."""

from __future__ import annotations

from pathlib import Path

import pytest

from diversify.errors import InputError
from diversify.scenarios import run_scenario


def _series(wh, indicator: str, year: int) -> float:  # type: ignore[no-untyped-def]
    return float(
        wh.query(
            "SELECT value FROM national_series WHERE country = 'CAN' AND indicator = ? AND year = ?",
            [indicator, year],
        )[0][0]
    )


def test_nato_pathway_example(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    res = run_scenario(examples_dir / "nato_pathway_2035.toml", real_wh, store=False).results
    share = _series(real_wh, "milex_share_gdp", 2024)
    usd = _series(real_wh, "milex_constant_usd", 2024)
    assert res["base_share"] == share
    assert share == pytest.approx(1.3, abs=0.05)  # SIPRI, ANCHORS
    years = {y["year"]: y for y in res["years"]}
    assert sorted(years) == list(range(2024, 2036))
    assert years[2024]["gdp"] == pytest.approx(usd / (share / 100), rel=1e-12)
    assert years[2024]["total"] == pytest.approx(
        usd, rel=1e-12
    )  # the base budget is SIPRI's figure
    assert years[2025]["core_share"] == 2.0 and years[2025]["resilience_share"] == 0.0
    assert years[2035]["core_share"] == 3.5 and years[2035]["resilience_share"] == 1.5
    assert years[2030]["core_share"] == pytest.approx(2.0 + 1.5 * 5 / 10)
    for y, row in years.items():
        assert row["gdp"] == pytest.approx(years[2024]["gdp"] * 1.016 ** (y - 2024), rel=1e-12)
        assert row["total"] == pytest.approx(
            row["gdp"] * (row["core_share"] + row["resilience_share"]) / 100
        )
        assert row["total_p5"] <= row["total_p50"] <= row["total_p95"]
        assert row["total_p5"] <= row["total"] <= row["total_p95"]
        parts = row["equipment_domestic"] + row["equipment_EU"] + row["equipment_US"]
        assert parts == pytest.approx(row["equipment"], rel=1e-12)
        assert row["equipment"] == pytest.approx(0.2 * row["core"], rel=1e-12)
    assert years[2024]["equipment_US"] == pytest.approx(0.75 * years[2024]["equipment"])
    assert years[2035]["equipment_US"] == pytest.approx(0.30 * years[2035]["equipment"])
    assert res["end"]["total"] == years[2035]["total"]
    assert (
        res["cumulative_increase"]["p5"]
        < res["cumulative_increase"]["p50"]
        < res["cumulative_increase"]["p95"]
    )


def test_monte_carlo_is_seeded(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = (examples_dir / "nato_pathway_2035.toml").read_text()
    a = run_scenario(text, real_wh, store=False).results
    b = run_scenario(text, real_wh, store=False).results
    assert a == b
    c = run_scenario(text.replace("seed = 2035", "seed = 7"), real_wh, store=False).results
    assert c["end"]["total_p95"] != a["end"]["total_p95"]
    assert c["end"]["total"] == a["end"]["total"]  # the central path does not move
    flat = run_scenario(text.replace("sd = 0.015", "sd = 0.0"), real_wh, store=False).results
    last = flat["years"][-1]
    assert last["total_p5"] == pytest.approx(last["total"], rel=1e-12)
    assert last["total_p95"] == pytest.approx(last["total"], rel=1e-12)


def test_user_set_gdp(real_wh) -> None:  # type: ignore[no-untyped-def]
    text = """
[spending]
country = "Canada"
base_year = 2024
[spending.gdp]
source = "user"
value = 3.0e12
unit = "CAD"
[spending.growth]
real = 0.015
inflation = 0.02
[[spending.milestones]]
year = 2035
core = 3.5
resilience = 1.5
"""
    res = run_scenario(text, real_wh, store=False).results
    assert res["unit"] == "CAD"
    assert res["end"]["total"] == pytest.approx(3.0e12 * 1.035**11 * 0.05, rel=1e-12)
    assert "user-set" in res["gdp_basis"]
    assert "equipment" not in res["years"][0]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            "year = 2035\ncore = 3.5\n\n[[spending.milestones]]\nyear = 2030\ncore = 2.0",
            "spending.milestones[1].year",
            "increasing years",
        ),
        (
            "year = 2035\ncore = 3.5\nresilience = -1",
            "spending.milestones[0].resilience",
            "must be >= 0",
        ),
    ],
)
def test_bad_milestones(real_wh, change: str, field: str, message: str) -> None:  # type: ignore[no-untyped-def]
    text = f"""
[spending]
[spending.growth]
real = 0.01
[[spending.milestones]]
{change}
"""
    with pytest.raises(InputError) as exc:
        run_scenario(text, real_wh, store=False)
    assert exc.value.field == field
    assert message in str(exc.value)


def test_resilience_base_is_carried(real_wh, examples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # resilience_base is the base year's resilience share: the first milestone keeps it unless it
    # sets its own, and the base budget (against which increases are counted) includes it.
    text = (examples_dir / "nato_pathway_2035.toml").read_text().replace(
        'end_year = 2035\n', 'end_year = 2035\nresilience_base = 0.5\n', 1
    )
    res = run_scenario(text, real_wh, store=False).results
    years = {y["year"]: y for y in res["years"]}
    assert [years[y]["resilience_share"] for y in (2024, 2025)] == [0.5, 0.5]
    assert years[2026]["resilience_share"] == pytest.approx(0.5 + 1.0 / 10)
    assert res["base_budget"] == pytest.approx(years[2024]["total"], rel=1e-12)
    assert res["cumulative_increase"]["central"] == pytest.approx(
        sum(years[y]["total"] - years[2024]["total"] for y in range(2025, 2036)), rel=1e-12
    )
