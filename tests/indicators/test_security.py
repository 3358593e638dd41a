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
