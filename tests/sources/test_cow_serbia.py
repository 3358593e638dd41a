"""COW code 345 is one state under three names: Yugoslavia until 1991, the Federal Republic of
Yugoslavia / Serbia and Montenegro 1992-2005 (SCG), Serbia from 2006 (Montenegro, COW 341,
seceded in June 2006). Filed under YUG throughout, Serbia had no alliances, no S-score and no
COW series of its own."""

from __future__ import annotations

import pytest

from diversify.report.build import build_report

COW_LOADERS = ["cow_nmc", "cow_trade_national", "atop", "cow_alliance"]


def _years(real_wh, table: str, code: str) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    row = real_wh.query(
        f"SELECT min(t.year), max(t.year) FROM {table} t JOIN sources s ON s.source_id = t.source_id "
        "WHERE t.country = ? AND s.loader IN (SELECT unnest(?::VARCHAR[]))",
        [code, COW_LOADERS],
    )[0]
    return None if row[0] is None else (int(row[0]), int(row[1]))


@pytest.mark.parametrize("table", ["ties", "national_series"])
def test_cow_345_is_named_by_year(real_wh, table: str) -> None:  # type: ignore[no-untyped-def]
    yug, scg, srb = (_years(real_wh, table, c) for c in ("YUG", "SCG", "SRB"))
    assert yug is not None and yug[1] == 1991
    assert scg == (1992, 2005)
    assert srb is not None and srb[0] == 2006


def test_cow_trade_names_serbia_and_montenegro(real_wh) -> None:  # type: ignore[no-untyped-def]
    years = real_wh.query(
        "SELECT DISTINCT reporter, year FROM flows f JOIN sources s ON s.source_id = f.source_id "
        "WHERE s.loader = 'cow_trade' AND reporter IN ('YUG', 'SCG', 'SRB') ORDER BY year"
    )
    by_code: dict[str, list[int]] = {}
    for code, year in years:
        by_code.setdefault(code, []).append(int(year))
    # COW's dyadic file lists 345 until 1996 only
    assert max(by_code["YUG"]) == 1991
    assert (min(by_code["SCG"]), max(by_code["SCG"])) == (1992, 1996)


def test_serbia_has_security_ties(real_wh) -> None:  # type: ignore[no-untyped-def]
    sec = build_report(real_wh, "SRB")["security_ties"]
    assert sec["year"] == 2018 and sec["sources"]
    assert sec["s_scores"]["USA"] is not None and sec["s_scores"]["EU27_mean"] is not None
