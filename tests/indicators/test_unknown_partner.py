"""An unknown supplier or recipient is not a partner.

SIPRI lists deliveries whose supplier (or recipient) it could not identify as "Unknown",
stored as ``XXX``; Comtrade's and BACI's unspecified areas are stored the same way. Like
re-imports, they stay out of partner, bloc and supplier shares, HHI and the partner count, and
their value is reported apart. Sudan's arms imports 2020-2024 are the case: SIPRI's register
gives an unknown supplier for 65.2% of the TIV listed.
"""

from __future__ import annotations

import pytest

from diversify.indicators import DOMAINS, bloc_share_series, partner_shares
from diversify.indicators.tables import hhi_table
from diversify.report.build import build_report
from diversify.store.schema import UNKNOWN_PARTNER


def _listed(real_wh, reporter: str, domain: str, first: int, last: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rows = real_wh.query(
        "SELECT partner, sum(value) FROM flows WHERE reporter = ? AND domain = ? "
        "AND product = '_ALL' AND year BETWEEN ? AND ? GROUP BY partner",
        [reporter, domain, first, last],
    )
    return {p: float(v) for p, v in rows}


def test_an_unknown_supplier_is_not_a_partner_of_sudan(real_wh) -> None:  # type: ignore[no-untyped-def]
    listed = _listed(real_wh, "SDN", "arms_imports", 2020, 2024)
    assert listed["XXX"] / sum(listed.values()) == pytest.approx(0.652, abs=0.001)
    rep = build_report(real_wh, "SDN", year=2024, domains=["arms_imports"])
    d = rep["domains"]["arms_imports"]
    partners = {p["partner"]: p for p in d["partners"]}
    assert "XXX" not in partners and d["top_partner"] == "ARE"
    assert d["n_partners"] == len(partners) == 3
    known = sum(v for p, v in listed.items() if p != "XXX")
    assert d["total"] == pytest.approx(known, rel=1e-12)
    assert partners["ARE"]["share"] == pytest.approx(listed["ARE"] / known, rel=1e-12)
    assert sum(p["share"] for p in d["partners"]) == pytest.approx(1.0, rel=1e-12)
    assert d["hhi"] == pytest.approx(sum(p["share"] ** 2 for p in d["partners"]), rel=1e-12)
    assert d["unknown_partner"]["value"] == pytest.approx(listed["XXX"], rel=1e-12)
    assert d["unknown_partner"]["share_of_listed"] == pytest.approx(0.652, abs=0.001)
    assert any(
        n.startswith("arms_imports: partner unknown to the source") and "left out of" in n
        for n in rep["notes"]
    ), rep["notes"]
    # the figure as the data give it (6.6 TIV m, checked against the raw SIPRI register), not rounded to 7
    assert any("for 6.6 TIV m in 2020-2024" in n for n in rep["notes"]), rep["notes"]


def test_shares_and_blocs_leave_out_the_unknown(real_wh) -> None:  # type: ignore[no-untyped-def]
    shares = partner_shares(real_wh, "SDN", DOMAINS["arms_imports"], 2024, 2024)
    assert "XXX" not in set(shares["partner"])
    assert shares["share"].sum() == pytest.approx(1.0, rel=1e-12)
    # a group's share is over the identified suppliers: the UAE's 1.8 of 3.52 TIV m, not of 10.12 with XXX
    listed = _listed(real_wh, "SDN", "arms_imports", 2020, 2024)
    groups = bloc_share_series(real_wh, "SDN", DOMAINS["arms_imports"], ["USA", "EU27", "ARE"], 2024, 2024)
    are = float(groups.loc[groups["group"] == "ARE", "share"].iloc[0])
    known = sum(v for p, v in listed.items() if p != UNKNOWN_PARTNER)
    assert are == pytest.approx(listed["ARE"] / known, rel=1e-12)
    assert are > 1.5 * listed["ARE"] / sum(listed.values())


def test_the_hhi_table_has_no_unknown_reporter_or_partner(real_wh) -> None:  # type: ignore[no-untyped-def]
    table = hhi_table(real_wh, ["arms_imports", "arms_exports"], None, 1950, 2024)
    assert "XXX" not in set(table["reporter"])
    assert "XXX" not in set(table["top_partner"])
    sdn = table[(table.reporter == "SDN") & (table.domain == "arms_imports") & (table.year == 2024)]
    rep = build_report(real_wh, "SDN", year=2024, domains=["arms_imports"])["domains"][
        "arms_imports"
    ]
    assert float(sdn["hhi"].iloc[0]) == pytest.approx(rep["hhi"], rel=1e-12)
    assert int(sdn["n_partners"].iloc[0]) == rep["n_partners"]
