"""The JSON contract of `diversify report`, on the embedded default data and the real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diversify.report.build import build_report

BILATERAL = ("goods_exports", "goods_imports", "energy_exports", "arms_imports")
KEYS = ("unit", "total", "partners", "top_partner", "top_share", "hhi", "effective_partners", "bloc_shares", "sources")


def check_contract(rep: dict, country: str) -> None:
    assert rep["country"] == country
    assert isinstance(rep["year"], int)
    for name, d in rep["domains"].items():
        if name == "military_expenditure":
            assert "share_of_gdp" in d and "constant_usd" in d
            assert d["sources"] and all({"id", "citation"} <= set(s) for s in d["sources"])
            continue
        for k in KEYS:
            assert k in d, f"{name} lacks {k}"
        shares = [p["share"] for p in d["partners"]]
        assert shares == sorted(shares, reverse=True)
        assert sum(shares) == pytest.approx(1.0, abs=1e-9)
        assert all(len(p["partner"]) == 3 and p["partner"].isupper() for p in d["partners"])
        n = len(d["partners"])
        assert 1 / n - 1e-12 <= d["hhi"] <= 1 + 1e-12
        assert d["effective_partners"] == pytest.approx(1 / d["hhi"])
        assert d["top_partner"] == d["partners"][0]["partner"]
        assert {"USA", "EU27", "other"} <= set(d["bloc_shares"])
        assert d["bloc_shares"]["USA"] + d["bloc_shares"]["EU27"] + d["bloc_shares"]["other"] == pytest.approx(1.0)
        assert d["sources"] and all(s["id"] and s["citation"] for s in d["sources"])
        if name.startswith("arms"):
            assert d["window"] == [d["year"] - 4, d["year"]]


@pytest.mark.parametrize("country", ["CAN", "USA", "DEU", "CHN"])
def test_contract_holds_on_real_data(real_wh, country: str) -> None:
    rep = build_report(real_wh, country, year=2024)
    check_contract(rep, country)
    for dom in ("goods_exports", "goods_imports", "arms_imports", "military_expenditure"):
        assert dom in rep["domains"]


def test_canada_reference_figures(real_wh) -> None:
    rep = build_report(real_wh, "CAN", year=2024)
    ex = rep["domains"]["goods_exports"]
    # Statistics Canada TDO, all products: 596.8 of 780.8 CAD bn (StatCan published 75.9% on a BoP basis)
    assert ex["year"] == 2024 and ex["unit"] == "CAD"
    assert ex["bloc_shares"]["USA"] == pytest.approx(0.764, abs=0.002)
    assert ex["total"] == pytest.approx(780.8e9, rel=0.001)
    assert ex["hhi"] == pytest.approx(0.588, abs=0.002)
    assert ex["bloc_shares"]["EU27"] == pytest.approx(0.044, abs=0.002)
    imp = rep["domains"]["goods_imports"]
    # of foreign supply: re-imports (CAN, 0.72% of the imports as listed) are not a partner
    assert imp["bloc_shares"]["USA"] == pytest.approx(0.496, abs=0.002)
    assert imp["bloc_shares"]["EU27"] == pytest.approx(0.113, abs=0.002)
    energy = rep["domains"]["energy_exports"]
    assert energy["bloc_shares"]["USA"] == pytest.approx(0.893, abs=0.002)
    arms = rep["domains"]["arms_imports"]
    assert arms["window"] == [2020, 2024]
    assert arms["bloc_shares"]["USA"] == pytest.approx(0.349, abs=0.005)
    mil = rep["domains"]["military_expenditure"]
    assert mil["share_of_gdp"] == pytest.approx(1.31, abs=0.01)
    assert rep["security_ties"]["n_defence_partners"] == 28


def test_us_and_eu_membership_by_date(real_wh) -> None:
    # the UK counts in the EU (by date) in 2015 but never in EU27
    rep = build_report(real_wh, "CAN", year=2015, blocs=["EU", "NATO"])
    b = rep["domains"]["goods_exports"]["bloc_shares"]
    gbr = next(p["share"] for p in rep["domains"]["goods_exports"]["partners"] if p["partner"] == "GBR")
    assert b["EU"] == pytest.approx(b["EU27"] + gbr, abs=1e-9)
    assert b["NATO"] > b["USA"]


def test_old_data_are_said_plainly(real_wh) -> None:
    rep = build_report(real_wh, "USA")
    assert rep["domains"]["goods_exports"]["year"] == 2014
    assert any("goods_exports" in n and "2014" in n for n in rep["notes"])
    assert any("energy_exports" in n for n in rep["notes"])


def test_unknown_country_and_domain_are_input_errors(real_wh) -> None:
    from diversify.errors import InputError

    with pytest.raises(InputError, match="unknown country 'Atlantis'"):
        build_report(real_wh, "Atlantis")
    with pytest.raises(InputError, match="unknown domain 'spices'"):
        build_report(real_wh, "CAN", domains=["spices"])
    with pytest.raises(InputError, match="unknown bloc or country 'XYZZY'"):
        build_report(real_wh, "CAN", blocs=["XYZZY"])


def _cli(*args: str, env_wh: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "diversify"
    return subprocess.run([str(exe), "--warehouse", str(env_wh), *args], capture_output=True, text=True, timeout=120, check=False)


def test_cli_json_on_embedded_default(tmp_path: Path) -> None:
    """A fresh warehouse file is created from the embedded data; the contract holds."""
    wh = tmp_path / "fresh.duckdb"
    res = _cli("report", "CAN", "--year", "2024", "--format", "json", env_wh=wh)
    assert res.returncode == 0, res.stderr
    rep = json.loads(res.stdout)
    check_contract(rep, "CAN")
    assert rep["domains"]["goods_exports"]["bloc_shares"]["USA"] == pytest.approx(0.764, abs=0.002)
    assert wh.exists()
    for fmt, marker in (("csv", "country,domain,year"), ("text", "Goods exports"), ("html", "<!doctype html>")):
        res = _cli("report", "DEU", "--format", fmt, env_wh=wh)
        assert res.returncode == 0, res.stderr
        assert marker in res.stdout


def test_cli_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    res = _cli("report", "Atlantis", env_wh=tmp_path / "w.duckdb")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert res.stderr.strip().startswith("error:") and "Atlantis" in res.stderr


def test_html_report_escapes_and_has_charts(real_wh) -> None:
    from diversify.report.html import render_html

    rep = build_report(real_wh, "CAN", year=2024)
    rep["notes"].append("<script>alert(1)</script>")
    html = render_html(rep, inline_js=False)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for chart in ("goods_exports-partners", "goods_exports-blocs", "goods_exports-hhi"):
        assert f'id="{chart}"' in html


def test_a_country_with_no_data_says_so_in_text(real_wh) -> None:
    from diversify.report.text import render_text

    report = build_report(real_wh, "VAT")
    assert report["year"] is None
    first = render_text(report).splitlines()[0]
    assert first == "Dependency report: Vatican (VAT), no data"
    from diversify.report.html import render_html

    assert "dependency report, no data</h1>" in render_html(report)
