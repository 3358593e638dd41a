"""The ``[gravity]`` table and its data file: the JSON contract and every bad input."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from gravity_cases import SAMPLE_COEFFICIENTS, SHOCKS, gravity_table

from diversify.errors import InputError, SolverError, UnknownCountryError
from diversify.scenarios.gravity import run_gravity, synthetic_gravity_data
from diversify.scenarios.gravity.model import COUNTRY_KEYS, PAIR_KEYS, RESULT_KEYS


def test_json_contract(sample_csv: Path) -> None:
    result = run_gravity(
        gravity_table(sample_csv, SAMPLE_COEFFICIENTS, change=SHOCKS["can_jpn_pta"]),
        sample_csv.parent,
    )
    out = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert tuple(out) == RESULT_KEYS
    assert out["formulation"] == "full" and out["converged"] is True
    assert out["iterations"] > 0 and out["seconds"] >= 0
    assert out["market_clearing_residual"] < 1e-10
    assert len(out["countries"]) == 30 and len(out["pairs"]) == 900
    assert all(tuple(c) == COUNTRY_KEYS for c in out["countries"])
    assert all(tuple(p) == PAIR_KEYS for p in out["pairs"])
    assert [c["country"] for c in out["countries"]] == sorted(
        c["country"] for c in out["countries"]
    )
    can = result.country("CAN")
    assert can.gdp_change_pct > 0 and can.welfare < 1
    can_jpn = next(p for p in out["pairs"] if (p["exporter"], p["importer"]) == ("CAN", "JPN"))
    assert can_jpn["trade_change_pct"] > 40  # exp(0.471) - 1 = 60% before GE adjustments
    assert math.isclose(
        can_jpn["counterfactual_trade"],
        can_jpn["baseline_trade"] * (1 + can_jpn["trade_change_pct"] / 100),
        rel_tol=1e-12,
    )


def test_relative_data_path_names_and_derived_totals(tmp_path: Path) -> None:
    frame = synthetic_gravity_data(6, n_years=2, seed=5).drop(columns=["Y", "E"])
    (tmp_path / "data").mkdir()
    frame.to_csv(tmp_path / "data" / "panel.csv", index=False)
    table = {
        "data": "data/panel.csv",
        "year": 2001,
        "sigma": 4,
        "reference_importer": "C003",
        "coefficients": {"lndist": -0.8, "pta": 0.4, "international": -2.5},
        "change": [{"exporter": "C001", "importer": "C002", "set": {"pta": 1}}],
    }
    result = run_gravity(table, tmp_path)
    assert result.year == 2001 and result.reference_importer == "C003"
    assert result.market_clearing_residual < 1e-10
    # Without Y and E the baseline is the row and column sums of trade, domestic flows included.
    year = frame[frame["year"] == 2001]
    flows = sum(p.baseline_trade for p in result.pairs)
    assert flows == pytest.approx(year["trade"].sum(), rel=1e-12)


def test_country_names_are_resolved(sample_csv: Path) -> None:
    by_code = run_gravity(
        gravity_table(sample_csv, SAMPLE_COEFFICIENTS, change=SHOCKS["can_jpn_pta"]),
        sample_csv.parent,
    )
    by_name = run_gravity(
        gravity_table(
            sample_csv,
            SAMPLE_COEFFICIENTS,
            change=[
                {"exporter": "Canada", "importer": "japan", "symmetric": True, "set": {"pta": 1}}
            ],
            reference_importer="Germany",
        ),
        sample_csv.parent,
    )
    assert by_name.reference_importer == "DEU"
    assert by_name.country("CAN").gdp_change_pct == by_code.country("CAN").gdp_change_pct


def _csv(tmp_path: Path, frame: pd.DataFrame) -> Path:
    path = tmp_path / "bad.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture()
def small(tmp_path: Path) -> pd.DataFrame:
    return synthetic_gravity_data(4, seed=2)


COEF = {"lndist": -0.8, "pta": 0.4, "international": -2.5}


def _table(path: Path, **overrides: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "data": path.name,
        "sigma": 5,
        "reference_importer": "C001",
        "coefficients": dict(COEF),
    }
    table.update(overrides)
    return {k: v for k, v in table.items() if v is not None}


def test_the_note_judges_each_change_against_the_baseline(
    tmp_path: Path, small: pd.DataFrame
) -> None:
    # change[1] sets what the data have and undoes change[0]: only change[1] is named, and the
    # note does not say that every change is such.
    path = _csv(tmp_path, small)
    foreign = small[(small["exporter"] != small["importer"]) & (small["pta"] == 0)]
    a, b = foreign[["exporter", "importer"]].iloc[0]
    change = [
        {"exporter": a, "importer": b, "set": {"pta": 1}},
        {"exporter": a, "importer": b, "set": {"pta": 0}},
    ]
    note = run_gravity(_table(path, change=change), tmp_path).note
    assert f"gravity.change[1] ({a} -> {b}: pta = 0)" in note
    assert "gravity.change[0]" not in note and "every change" not in note
    both = run_gravity(_table(path, change=change[1:] * 2), tmp_path).note
    assert "gravity.change[0]" in both and "gravity.change[1]" in both
    assert "every change is such" in both


BAD_TABLES = [
    ({"sigma": 1.0}, InputError, "gravity.sigma", "greater than 1"),
    ({"sigma": 0.5}, InputError, "gravity.sigma", "greater than 1"),
    ({"sigma": "five"}, InputError, "gravity.sigma", "expected a number"),
    ({"sigma": None}, InputError, "gravity.sigma", "missing"),
    ({"formulation": "exact"}, InputError, "gravity.formulation", "full, gegravity"),
    ({"reference_importer": "XYZ"}, UnknownCountryError, "gravity.reference_importer", "'XYZ'"),
    ({"coefficients": None}, InputError, "gravity.coefficients", "missing"),
    ({"coefficients": {"lndist": "far"}}, InputError, "gravity.coefficients.lndist", "number"),
    ({"coefficients": {"lndist": -0.8, "tariff": -5}}, InputError, "tariff", "missing column"),
    ({"coefficients": {"lndist": 900.0}}, InputError, "gravity.coefficients", "floating point"),
    (
        {"change": [{"exporter": "XXX", "importer": "C002", "set": {"pta": 1}}]},
        UnknownCountryError,
        "gravity.change[0].exporter",
        "'XXX'",
    ),
    (
        {
            "change": [
                {"exporter": "C001", "importer": "C002", "set": {"pta": 1}},
                {"exporter": "C001", "importer": "Atlantis", "set": {"pta": 1}},
            ]
        },
        UnknownCountryError,
        "gravity.change[1].importer",
        "Atlantis",
    ),
    (
        {"change": [{"exporter": "C001", "importer": "C002", "set": {"tariff": 0.1}}]},
        InputError,
        "gravity.change[0].set.tariff",
        "not a cost variable",
    ),
    (
        {"change": [{"exporter": "C001", "set": {"pta": 1}}]},
        InputError,
        "gravity.change[0].importer",
        "missing",
    ),
    (
        {"change": [{"exporter": "C001", "importer": "C002", "set": {"pta": "yes"}}]},
        InputError,
        "gravity.change[0].set.pta",
        "number",
    ),
    (
        {"change": [{"exporter": "C001", "importer": "C002", "sett": {"pta": 1}}]},
        InputError,
        "gravity.change[0].sett",
        "unknown key",
    ),
    ({"sigmaa": 5}, InputError, "gravity.sigmaa", "unknown key"),
    ({"year": 1999}, InputError, "gravity.year", "no rows for 1999"),
    ({"year": "2000"}, InputError, "gravity.year", "whole year"),
    ({"data": "missing.csv"}, InputError, "gravity.data", "no such data file"),
    ({"tolerance": 0.5}, InputError, "gravity.tolerance", "between 0 and 1e-3"),
    ({"max_iterations": 0}, InputError, "gravity.max_iterations", "positive"),
    ({"estimate": True}, InputError, "gravity.coefficients", "not both"),
    ({"estimate": True, "coefficients": None}, InputError, "gravity.cost_variables", "list"),
    (
        {
            "estimate": True,
            "coefficients": None,
            "cost_variables": ["pta"],
            "fixed_effects": ["country"],
        },
        InputError,
        "gravity.fixed_effects",
        "exporter-year",
    ),
    (
        {
            "estimate": True,
            "coefficients": None,
            "cost_variables": ["lndist", "pta"],
            "fixed_effects": ["exporter-year", "importer-year", "pair"],
        },
        InputError,
        "gravity.fixed_effects",
        "pair fixed effects need several years",
    ),
    ({"cost_variables": ["pta"]}, InputError, "gravity.cost_variables", "only used with estimate"),
]


@pytest.mark.parametrize(
    ("overrides", "error", "field", "words"),
    BAD_TABLES,
    ids=[f"{c[2]}-{c[3][:20]}" for c in BAD_TABLES],
)
def test_bad_tables(
    tmp_path: Path, small: pd.DataFrame, overrides: dict, error: type, field: str, words: str
) -> None:
    path = _csv(tmp_path, small)
    with pytest.raises(error) as info:
        run_gravity(_table(path, **overrides), tmp_path)
    assert info.value.field == field
    assert words in str(info.value)


def _drop_row(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(index=5)


def _duplicate_row(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([frame, frame.iloc[[3]]], ignore_index=True)


def _set(column: str, row: int, value: Any):  # type: ignore[no-untyped-def]
    def edit(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.copy()
        frame[column] = frame[column].astype(object)
        frame.loc[row, column] = value
        return frame

    return edit


BAD_FILES = [
    (lambda f: f.drop(columns=["pta"]), "pta", None, "missing column 'pta'"),
    (lambda f: f.drop(columns=["exporter"]), "exporter", None, "missing column 'exporter'"),
    (lambda f: f.drop(columns=["Y", "trade"]), "trade", None, "derive Y and E"),
    (_set("Y", 6, 0), "Y", 8, "output must be positive"),
    (_set("E", 2, -5.0), "E", 4, "expenditure must be positive"),
    (_set("trade", 9, -1.0), "trade", 11, "must not be negative"),
    (_set("lndist", 3, "far"), "lndist", 5, "expected a number"),
    (_set("Y", 1, 123.0), "Y", 3, "differs between its rows"),
    (_set("exporter", 0, ""), "exporter", 2, "empty country code"),
    (_drop_row, "importer", None, "no row for C002 -> C002"),
    (_duplicate_row, "importer", 18, "appears twice"),
]


@pytest.mark.parametrize(
    ("edit", "field", "line", "words"), BAD_FILES, ids=[c[3][:24] for c in BAD_FILES]
)
def test_bad_files(
    tmp_path: Path, small: pd.DataFrame, edit, field: str, line: int | None, words: str
) -> None:
    path = _csv(tmp_path, edit(small))
    with pytest.raises(InputError) as info:
        run_gravity(_table(path), tmp_path)
    err = info.value
    assert err.field == field
    assert err.line == line
    assert words in str(err)
    assert err.path is None or err.path.endswith("bad.csv")


def test_derived_output_must_be_positive(tmp_path: Path, small: pd.DataFrame) -> None:
    frame = small.drop(columns=["Y", "E"])
    frame.loc[frame["exporter"] == "C003", "trade"] = 0.0
    path = _csv(tmp_path, frame)
    with pytest.raises(InputError, match="C003 has no trade in 2000") as info:
        run_gravity(_table(path), tmp_path)
    assert info.value.field == "trade"


def test_several_years_need_a_year(tmp_path: Path) -> None:
    path = _csv(tmp_path, synthetic_gravity_data(3, n_years=2, seed=1))
    with pytest.raises(InputError, match="2 years") as info:
        run_gravity(_table(path), tmp_path)
    assert info.value.field == "gravity.year"


def test_non_converging_case_raises(tmp_path: Path, small: pd.DataFrame) -> None:
    path = _csv(tmp_path, small)
    change = [{"exporter": "C001", "importer": "C002", "set": {"international": 0}}]
    with pytest.raises(SolverError) as info:
        run_gravity(_table(path, max_iterations=1, tolerance=1e-14, change=change), tmp_path)
    message = str(info.value)
    assert "not converged after 1 Newton iterations" in message
    assert "gravity.max_iterations = 1" in message


def test_absorbed_variable_is_named(tmp_path: Path) -> None:
    path = _csv(tmp_path, synthetic_gravity_data(8, n_years=3, seed=4))
    table = _table(
        path,
        year=2001,
        coefficients=None,
        estimate=True,
        cost_variables=["lndist", "pta"],
        fixed_effects=["exporter-year", "importer-year", "pair"],
    )
    with pytest.raises(InputError, match="absorb lndist") as info:
        run_gravity(table, tmp_path)
    assert info.value.field == "gravity.cost_variables"


def test_public_api() -> None:
    from diversify.scenarios import gravity

    assert sorted(gravity.__all__) == sorted(set(gravity.__all__))
    for name in gravity.__all__:
        assert hasattr(gravity, name), name
    assert {"run_gravity", "estimate_ppml", "GravityResult", "PpmlResult"} <= set(gravity.__all__)
