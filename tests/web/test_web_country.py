"""The dashboard's country and comparison pages, driven in headless Chromium against
the real server on the real-data warehouse."""

from __future__ import annotations

import re
from typing import Any

import pytest
from web_helpers import percent

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def drawn(page: Any, selector: str) -> bool:
    """A Plotly chart drawn with at least one trace."""
    return bool(page.evaluate(
        "s => { const n = document.querySelector(s); return !!n && n.dataset.drawn === 'true'"
        " && n.querySelectorAll('.main-svg .trace, .main-svg .barlayer .point').length > 0; }",
        selector))


def hover_text(page: Any, chart: str, previous: str = "", timeout: float = 5.0) -> str:
    """The chart's hover label once it shows a year other than ``previous`` and has
    stopped changing (Plotly throttles hover events)."""
    layer = page.locator(f"{chart} .hoverlayer")
    last = ""
    for _ in range(int(timeout * 10)):
        text = layer.text_content() or "" if layer.count() else ""
        fresh = re.match(r"\d{4}", text) and not text.startswith(previous or "----")
        if fresh and text == last:
            return text
        last = text if fresh else ""
        page.wait_for_timeout(150)
    raise AssertionError(f"no settled hover label on {chart}")


def test_dashboard_opens_on_canada(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/", "country", interactive=True)
    assert "Canada (CAN)" in page.locator("h1").inner_text()
    card = page.locator('.card.domain[data-domain="goods_exports"]')
    top = card.locator(".top-share").inner_text()
    assert top.startswith("USA")
    # Canada's goods exports to the USA, 2024, customs basis: about 76.4% (ANCHORS.md)
    assert 75.5 <= percent(top) <= 77.5
    title = card.locator(".top-share").locator("xpath=..").get_attribute("title") or ""
    assert title.startswith("Source: Statistics Canada") and "data year 2024" in title
    energy = page.locator('.card.domain[data-domain="energy_exports"] .top-share').inner_text()
    assert 87.0 <= percent(energy) <= 91.0
    milex = page.locator('.card.domain[data-domain="military_expenditure"] .milex-share').inner_text()
    assert 1.1 <= percent(milex) <= 1.5
    for chart in ("#chart-domains", "#chart-blocs", "#chart-hhi", "#chart-partners", "#chart-milex"):
        assert drawn(page, chart), chart
    first = page.locator("table.partners tbody tr").first
    assert first.get_attribute("data-partner") == "USA"
    assert 75.5 <= percent(first.locator("td.share").inner_text()) <= 77.5
    notes = page.locator("ol.sources li").all_inner_texts()
    assert any("Statistics Canada" in n for n in notes)
    assert any("SIPRI" in n for n in notes)
    assert laptop.errors == [] and laptop.dialogs == []
    laptop.shot("country-CAN-laptop")


def test_every_figure_names_its_source(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/country/CAN", "country")
    titles = page.eval_on_selector_all(".figure", "ns => ns.map(n => n.getAttribute('title'))")
    assert len(titles) >= 15
    assert all(t and t.startswith("Source: ") and "unknown" not in t for t in titles)
    cells = page.eval_on_selector_all(
        "table.partners td:not(.text)", "ns => ns.map(n => n.getAttribute('title'))")
    assert cells and all(t and t.startswith("Source: ") for t in cells)
    # each footnote reference points at a note that exists
    refs = page.eval_on_selector_all(".src-ref", "ns => ns.map(n => n.getAttribute('href'))")
    ids = set(page.eval_on_selector_all("ol.sources li", "ns => ns.map(n => '#' + n.id)"))
    assert refs and set(refs) <= ids


def test_chart_hover_shows_source(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/country/CAN", "country", interactive=True)
    page.locator("#chart-blocs").scroll_into_view_if_needed()
    box = page.locator("#chart-blocs .nsewdrag").first.bounding_box()
    assert box is not None
    seen = {}
    for frac in (0.03, 0.995):  # 1920s (COW matrix) and 2024 (Statistics Canada)
        page.mouse.move(box["x"] + box["width"] * frac, box["y"] + box["height"] * 0.5)
        text = hover_text(page, "#chart-blocs", previous=str(seen.get(False, "")))
        year = int(text[:4])
        assert "USA" in text and "EU27" in text
        # each number in the hover names its source: the one of that year
        expected = "Statistics Canada" if year >= 1990 else "Correlates of War"
        assert text.count(f"(source: {expected}") == 3, text
        seen[year >= 1990] = year
    assert set(seen) == {False, True}
    laptop.shot("country-CAN-hover", full_page=False)


def test_switching_domain_redraws(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/country/CAN", "country")
    page.locator('.tabs button[data-domain="arms_imports"]').click()
    page.locator("#partner-table h3", has_text="Arms imports").wait_for()
    page.wait_for_selector('#chart-blocs[data-drawn="true"] .trace')
    assert "Arms imports" in (page.locator("#chart-blocs .gtitle").text_content() or "")
    assert page.locator('.tabs button[data-domain="arms_imports"]').get_attribute("aria-pressed") == "true"
    rows = page.locator("table.partners tbody tr")
    assert rows.count() >= 3
    assert "TIV" in page.locator("table.partners thead").inner_text()
    laptop.shot("country-CAN-arms")


def test_country_picker_and_missing_data(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/country/CAN", "country")
    page.select_option("#country-picker", "USA")
    page.wait_for_selector('body[data-ready="country"] h1:has-text("United States")')
    assert page.url.endswith("#/country/USA")
    # the all-country matrix ends in 2014: the page says so
    notes = page.locator("#notes").inner_text()
    assert "2014" in notes
    # an earlier year, typed in
    page.select_option("#country-picker", "CAN")
    page.wait_for_selector('body[data-ready="country"] h1:has-text("Canada")')
    page.fill("#year-input", "2015")
    page.locator("#year-input").dispatch_event("change")
    page.wait_for_selector('body[data-ready="country"] #report-year:has-text("2015")')
    assert page.url.endswith("#/country/CAN/2015")
    arms = page.locator('.card.domain[data-domain="arms_imports"] h3').inner_text()
    assert "2011–2015" in arms
    assert laptop.errors == []


def test_unknown_country_shows_the_error(live_server: Any, laptop: Any) -> None:
    page = laptop.page
    page.goto(live_server.url + "/#/country/XYZ")
    page.wait_for_selector('body[data-ready="country:error"]')
    assert "no country with the ISO3 code 'XYZ'" in page.locator(".error").inner_text()


def test_country_page_at_phone_width(live_server: Any, phone: Any) -> None:
    page = phone.page
    phone.goto_ready(live_server.url + "/", "country", interactive=True)
    width = page.evaluate("window.innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    cards = page.locator(".card.domain")
    for i in range(cards.count()):
        box = cards.nth(i).bounding_box()
        assert box is not None and box["width"] > 0.8 * width - 30  # one column
    assert 75.5 <= percent(page.locator(
        '.card.domain[data-domain="goods_exports"] .top-share').inner_text()) <= 77.5
    assert drawn(page, "#chart-blocs")
    assert phone.errors == []
    phone.shot("country-CAN-phone")


@pytest.mark.parametrize("viewport", ["laptop", "phone"])
def test_comparison_view(live_server: Any, viewport: str, request: pytest.FixtureRequest) -> None:
    w = request.getfixturevalue(viewport)
    page = w.page
    w.goto_ready(live_server.url + "/#/compare/CAN/DEU", "compare", interactive=True)
    cols = page.locator(".compare-col")
    assert cols.count() == 2
    assert cols.nth(0).get_attribute("data-country") == "CAN"
    assert cols.nth(1).get_attribute("data-country") == "DEU"
    row = page.locator('#compare-table tr[data-domain="goods_exports"]')
    cells = row.locator("td").all_inner_texts()
    assert cells[1].startswith("USA") and 75.5 <= percent(cells[1]) <= 77.5
    assert all((c.get_attribute("title") or "").startswith("Source:")
               for c in row.locator("td:not(.text)").all() if c.inner_text() != "n/a")
    assert drawn(page, "#compare-blocs") and drawn(page, "#compare-hhi")
    legend = page.locator("#compare-blocs .legend").text_content() or ""
    assert "CAN: USA" in legend and "DEU: USA" in legend
    if viewport == "phone":
        assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("innerWidth") + 1
        a, b = (cols.nth(i).bounding_box() for i in (0, 1))
        assert a and b and b["y"] > a["y"] + a["height"] - 1  # stacked, not side by side
    else:
        a, b = (cols.nth(i).bounding_box() for i in (0, 1))
        assert a and b and abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"]  # side by side
    page.select_option("#compare-b", "USA")
    page.wait_for_selector('body[data-ready="compare"] .compare-col[data-country="USA"]')
    assert w.errors == []
    w.shot(f"compare-CAN-DEU-{viewport}")
