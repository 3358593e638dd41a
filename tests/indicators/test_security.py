from __future__ import annotations

import pytest

from diversify.indicators.alliances import s_scores, ties_in_year


def test_canada_defence_pacts_2018(real_wh) -> None:
    ties = ties_in_year(real_wh, "CAN", 2018)
    defence = set(ties[ties.level == 3].partner)
    assert len(defence) == 28  # every other NATO ally in 2018
    assert {"USA", "GBR", "FRA", "DEU"} <= defence


def test_s_score_bounds_and_identity(real_wh) -> None:
    s = s_scores(real_wh, "CAN", ["CAN", "USA", "FRA"], 2010, 2018)
    assert (s.s_score <= 1 + 1e-12).all() and (s.s_score >= -1 - 1e-12).all()
    assert s[s.other == "CAN"].s_score.tolist() == pytest.approx([1.0] * 9)
    # Canada's alliance portfolio is closer to France's than to the USA's (the US has many more pacts)
    y = s[s.year == 2018].set_index("other").s_score
    assert y["FRA"] > y["USA"]


def test_critical_screen_persistence(real_wh) -> None:
    from diversify.indicators.critical import critical_products

    crit = critical_products(real_wh, "CAN", 2024)
    assert not crit.empty
    assert (crit.years_flagged >= 2).all()
    # below the threshold in the year asked: flagged in both earlier years of the window
    assert (crit[crit.hhi <= 0.4].years_flagged == 2).all()
    loose = critical_products(real_wh, "CAN", 2024, min_years=1)
    assert len(loose) >= len(crit)


def test_s_score_system_is_every_nmc_state(real_wh) -> None:  # type: ignore[no-untyped-def]
    """Recomputed from the raw ATOP and NMC files: the 2018 system has 195 states (Bhutan has an NMC
    record without military figures); S(CAN, USA) = 0.6444, mean over the EU27 0.7998."""
    from diversify.report.build import build_report

    n = real_wh.query(
        "SELECT count(DISTINCT country) FROM national_series WHERE indicator = 'state_system_member' AND year = 2018"
    )[0][0]
    assert n == 195
    s = s_scores(real_wh, "CAN", ["USA"], 2018, 2018)
    assert float(s.s_score.iloc[0]) == pytest.approx(0.6444, abs=5e-5)
    ties = build_report(real_wh, "CAN", year=2018)["security_ties"]
    assert ties["s_scores"]["EU27_mean"] == pytest.approx(0.7998, abs=5e-5)
