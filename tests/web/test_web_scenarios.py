"""The scenario page in headless Chromium: pick, edit, run (with the token), compare."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def run_and_wait(page: Any) -> str:
    page.evaluate("delete document.body.dataset.ran")
    page.locator("#run-scenario").click()
    page.wait_for_selector("body[data-ran]", timeout=60_000)
    return str(page.evaluate("document.body.dataset.ran"))


def summary_value(page: Any, field: str) -> float:
    return float(page.locator(f'#run-summary tr[data-field="{field}"] td').nth(1)
                 .inner_text().replace(",", ""))


def test_run_a_scenario_and_compare(live_server: Any, laptop: Any, token: str) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/scenarios", "scenarios")
    assert page.locator("#scenario-picker").input_value() == "us_tariff_25_10"
    assert "[tariff]" in page.locator("#scenario-toml").input_value()

    # without the token the run is refused, and the page says why
    assert run_and_wait(page) == "error"
    assert "Authorization: Bearer" in page.locator("#run-status .error").inner_text()

    page.locator(".token summary").click()
    page.fill("#token-input", token)
    page.locator("#token-form button").click()
    first = run_and_wait(page)
    assert first.isdigit()
    before = summary_value(page, "dependency.partner_share_before")
    after = summary_value(page, "dependency.partner_share_after")
    assert before == pytest.approx(0.764, abs=0.005) and after < before
    charts = page.locator("#run-charts .chart")
    assert charts.count() == 3
    # drawn at once (as SVG, or as Plotly charts once Plotly.js has loaded), then interactive
    assert all(c.get_attribute("data-drawn") in ("svg", "true") for c in charts.all())
    expect(page.locator('#run-charts .chart[data-drawn="true"] .trace').first).to_be_attached()
    expect(page.locator('#run-charts .chart[data-drawn="true"]')).to_have_count(3)
    title = page.locator('#run-summary tr[data-field="dependency.partner_share_after"] td').nth(1)
    assert "Statistics Canada" in (title.get_attribute("title") or "")
    assert "Statistics Canada" in page.locator("#scenario-result ol.sources").inner_text()
    laptop.shot("scenario-tariff-run")

    # edit the scenario: a 10% tariff instead of 25%, and run it again
    toml = page.locator("#scenario-toml").input_value().replace("rate = 0.25", "rate = 0.10")
    page.fill("#scenario-toml", toml)
    second = run_and_wait(page)
    assert second.isdigit() and int(second) > int(first)
    assert summary_value(page, "dependency.partner_share_after") > after
    assert page.locator(f'#runs tr[data-run="{second}"]').count() == 1

    page.select_option("#compare-run-a", first)
    page.select_option("#compare-run-b", second)
    page.locator("#compare-runs").click()
    page.wait_for_selector('body[data-ready="scenarios"] #compare-summary')
    diff = page.locator('#compare-summary tr[data-field="dependency.partner_share_after"] td.diff')
    assert float(diff.inner_text()) > 0
    laptop.shot("scenario-compare")

    # a stored run by its address, and one that does not exist
    page.goto(live_server.url + f"/#/scenarios/run/{first}")
    page.wait_for_selector(f'body[data-ready="scenarios"] #scenario-result h2:has-text("Run {first}:")')
    page.wait_for_selector('#run-charts .chart[data-drawn="true"] .trace')
    page.goto(live_server.url + "/#/scenarios/run/999999")
    page.wait_for_selector('body[data-ready="scenarios"] #scenario-result .error')
    assert "no stored scenario run with id 999999" in page.locator("#scenario-result").inner_text()
    assert page.locator("#scenario-toml").input_value()  # the editor is still there
    assert laptop.errors == [] and laptop.dialogs == []


def test_bad_toml_shows_the_line(live_server: Any, phone: Any, token: str) -> None:
    page = phone.page
    phone.goto_ready(live_server.url + "/#/scenarios", "scenarios")
    page.evaluate(f"sessionStorage.setItem('diversify.token', {token!r})")
    page.select_option("#scenario-picker", "nato_pathway_2035")
    page.locator("#scenario-description", has_text="NATO").wait_for()
    page.fill("#scenario-toml", "[spending\ncountry = 'CAN'\n")
    assert run_and_wait(page) == "error"
    assert "line 1" in page.locator("#run-status .error").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("innerWidth") + 1
    phone.shot("scenario-error-phone")


def test_bands_on_the_scenario_page(live_server: Any, laptop: Any, token: str) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/scenarios", "scenarios")
    page.evaluate(f"sessionStorage.setItem('diversify.token', {token!r})")
    toml = page.locator("#scenario-toml").input_value()
    page.fill("#scenario-toml", toml + "\n[tariff.uncertainty]\ndraws = 12\nseed = 3\n")
    run = run_and_wait(page)
    assert run.isdigit()
    note = page.locator("#run-bands-note").inner_text()
    assert "12 draws" in note and "0 failed" in note
    rows = page.locator("#run-bands tbody tr")
    assert rows.count() == 7
    hhi = page.locator('#run-bands tr[data-quantity="hhi_after"] td')
    low, mid, high = (float(hhi.nth(i).inner_text().replace(",", "")) for i in (2, 3, 4))
    assert low < mid < high
    # the band chart, with error bars (SVG whiskers first, Plotly's error bars once loaded)
    band = page.locator('#run-charts .chart[data-figure="tariff-dependency-band"]')
    expect(band).to_have_count(1)
    expect(page.locator('#run-charts .chart[data-figure="tariff-dependency-band"][data-drawn="true"] .errorbar').first).to_be_attached()
    laptop.shot("scenario-bands")
    assert laptop.errors == [] and laptop.dialogs == []
