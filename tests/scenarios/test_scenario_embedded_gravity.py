"""The gravity example runs out of the box on the gravity table shipped with diversify."""

from __future__ import annotations

from pathlib import Path

import pytest

from diversify.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[2] / "src/diversify/scenarios/examples"


def test_can_eu_example_on_embedded_data() -> None:
    from diversify.scenarios import run_scenario

    res = run_scenario(EXAMPLES / "can_eu_agreement_yotov.toml", store=False).to_dict()
    assert res["formulation"] == "full" and res["converged"] is True
    assert res["market_clearing_residual"] < 1e-10
    by = {c["country"]: c for c in res["countries"]}
    assert len(by) == 69
    assert by["CAN"]["gdp_change_pct"] > 0
    assert by["CAN"]["foreign_exports_change_pct"] > 0
    assert by["USA"]["gdp_change_pct"] < 0  # trade diverted away from the outsider


def test_unknown_embedded_table_names_the_field(tmp_path: Path) -> None:
    from diversify.scenarios import run_scenario

    text = (EXAMPLES / "can_eu_agreement_yotov.toml").read_text().replace("embedded:yotov_2006", "embedded:nope")
    with pytest.raises(InputError, match="unknown embedded gravity table 'nope'") as err:
        run_scenario(text, store=False)
    assert "gravity.data" in str(err.value)


def test_bands_example_on_embedded_data() -> None:
    """The bands example: same one-shot answer, bands around it from the PPML covariance."""
    from diversify.scenarios import run_scenario

    text = (EXAMPLES / "can_eu_agreement_yotov_bands.toml").read_text()
    assert "draws = 1000" in text
    res = run_scenario(text.replace("draws = 1000", "draws = 40"), store=False).to_dict()
    plain = run_scenario(EXAMPLES / "can_eu_agreement_yotov.toml", store=False).to_dict()
    assert res["countries"] == plain["countries"]
    u = res["uncertainty"]
    assert (u["draws"], u["failed"], u["seed"]) == (40, 0, 1)
    can = next(c for c in u["countries"] if c["country"] == "CAN")["gdp_change_pct"]
    one_shot = next(c for c in res["countries"] if c["country"] == "CAN")["gdp_change_pct"]
    assert can["p5"] < one_shot < can["p95"] and can["std"] > 0
    assert [(p["exporter"], p["importer"]) for p in u["pairs"]] == [
        ("CAN", "DEU"), ("DEU", "CAN"), ("CAN", "USA")
    ]


def test_countries_are_iso3_with_the_data_legacy_codes_mapped() -> None:
    """Romania is ROM in the Yotov et al. data: ROU at the interface, in changes and results alike,
    with ROM still read (a stored scenario run again) as the same country."""
    from diversify.scenarios import run_scenario

    text = (EXAMPLES / "can_eu_agreement_yotov.toml").read_text()
    assert '"ROM"' not in text and 'importer = "ROU"' in text
    res = run_scenario(text, store=False).to_dict()
    codes = {c["country"] for c in res["countries"]}
    assert "ROU" in codes and "ROM" not in codes
    assert all(p["exporter"] != "ROM" and p["importer"] != "ROM" for p in res["pairs"])
    legacy = run_scenario(text.replace('"ROU"', '"ROM"'), store=False).to_dict()
    assert legacy["countries"] == res["countries"]


def test_a_domestic_pair_is_refused() -> None:
    from diversify.scenarios import run_scenario

    text = (EXAMPLES / "can_eu_agreement_yotov.toml").read_text()
    text = text.replace('importer = "AUT"', 'importer = "Canada"', 1)
    with pytest.raises(InputError) as err:
        run_scenario(text, store=False)
    message = str(err.value)
    assert "gravity.change[0]" in message and "domestic" in message
    assert "\n" not in message


def test_a_change_the_data_already_have_is_noted_and_changes_nothing() -> None:
    """MEX-JPN already have rta = 1 in 2006: the counterfactual is the baseline, every change is
    exactly 0 (not rounding noise such as -2.2e-14) and a note says why."""
    from diversify.scenarios import run_scenario

    text = (EXAMPLES / "can_eu_agreement_yotov.toml").read_text()
    head = text.split("[[gravity.change]]")[0]
    text = head + '[[gravity.change]]\nexporter = "MEX"\nimporter = "JPN"\nset = { rta = 1 }\n'
    res = run_scenario(text, store=False)
    doc = res.to_dict()
    for c in doc["countries"]:
        for key in (
            "gdp_change_pct",
            "factory_gate_price_change_pct",
            "imr_change_pct",
            "omr_change_pct",
            "foreign_exports_change_pct",
            "foreign_imports_change_pct",
        ):
            assert c[key] == 0.0, (c["country"], key, c[key])
        assert c["welfare"] == 1.0
    assert all(p["trade_change_pct"] == 0.0 for p in doc["pairs"])
    note = res.results["note"]
    assert "gravity.change[0]" in note and "MEX -> JPN" in note and "unchanged" in note
    assert res.summary()["note"] == note


def test_changes_below_the_solver_tolerance_are_zero_and_real_ones_kept() -> None:
    from diversify.scenarios import run_scenario

    res = run_scenario(EXAMPLES / "can_eu_agreement_yotov.toml", store=False).to_dict()
    assert "note" not in res
    changes = [c["gdp_change_pct"] for c in res["countries"]]
    # a real change is kept: the agreement moves more than 60 of the 69 economies
    assert sum(v != 0.0 for v in changes) > 60
