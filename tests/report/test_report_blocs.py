"""A bloc asked for with --bloc is in every rendering of the report, not only text and JSON."""

from __future__ import annotations

import csv
import io

import pytest

from diversify.report.build import build_report
from diversify.report.html import render_html
from diversify.report.text import render_csv, render_text


@pytest.fixture()
def mexico(real_wh) -> dict:
    return build_report(real_wh, "MEX", blocs=["NATO"], domains=["goods_exports"])


def test_the_nato_share_of_mexico_is_in_text_and_json(mexico: dict) -> None:
    blocs = mexico["domains"]["goods_exports"]["bloc_shares"]
    assert blocs["NATO"] == pytest.approx(0.844, abs=0.001)
    assert "NATO 84.4%" in render_text(mexico)


def test_csv_has_a_row_per_bloc_share(mexico: dict) -> None:
    d = mexico["domains"]["goods_exports"]
    rows = {r["partner"]: r for r in csv.DictReader(io.StringIO(render_csv(mexico)))}
    for group, share in d["bloc_shares"].items():
        row = rows[f"bloc:{group}"]
        assert float(row["share"]) == pytest.approx(share)
        assert float(row["value"]) == pytest.approx(share * d["total"])
        assert row["unit"] == d["unit"] and row["year"] == str(d["year"])
    assert float(rows["bloc:NATO"]["share"]) == pytest.approx(0.844, abs=0.001)
    # the partner rows are unchanged: their shares still sum to 1
    partners = [float(r["share"]) for p, r in rows.items() if not p.startswith("bloc:")]
    assert sum(partners) == pytest.approx(1.0)


def test_html_shows_the_asked_bloc(mexico: dict) -> None:
    html = render_html(mexico, inline_js=False)
    assert "NATO<b>84.4%</b>" in html
