"""Partner indicators before and after a scenario: shares sum to 1, HHI in [1/n, 1]."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diversify.scenarios.dependency import compare_indicators, indicators_of

partners = st.dictionaries(
    st.sampled_from(["USA", "CHN", "GBR", "JPN", "MEX", "DEU", "KOR"]),
    st.floats(min_value=0.0, max_value=1e12),
    min_size=1,
)


@settings(max_examples=100, deadline=None)
@given(partners, st.floats(min_value=-1e12, max_value=1e12))
def test_shares_sum_to_one_and_hhi_is_bounded(values: dict[str, float], delta: float) -> None:
    before = pd.Series(values, dtype=float)
    if before.sum() <= 0:
        return
    after = before.copy()
    after.loc["USA"] = max(float(before.get("USA", 0.0)) + delta, 0.0)
    if after.sum() <= 0:
        return
    dep, rows = compare_indicators(before, after, "USA", "test", [], top=10)
    for when, series in (("before", before), ("after", after)):
        n = int((series > 0).sum())
        assert 1 / n - 1e-12 <= dep[f"hhi_{when}"] <= 1 + 1e-12
        assert sum(r[f"share_{when}"] for r in rows) == pytest.approx(
            1.0
        )  # every partner is listed
        assert dep[f"effective_partners_{when}"] == pytest.approx(1 / dep[f"hhi_{when}"])
    if delta == 0:
        assert dep["hhi_after"] == dep["hhi_before"]


def test_indicators_by_hand() -> None:
    out = indicators_of(pd.Series({"USA": 3.0, "CHN": 1.0}), "USA")
    assert out["hhi"] == pytest.approx(0.75**2 + 0.25**2)
    assert out["partner_share"] == 0.75
    assert out["top_partner"] == "USA"
