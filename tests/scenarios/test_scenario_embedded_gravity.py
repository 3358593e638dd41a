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
