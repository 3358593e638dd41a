"""Charts before and without Plotly.js, in headless Chromium: every chart is drawn at once
as SVG from the traces Plotly gets, with hover titles that name the source of each
number, and becomes a Plotly chart once Plotly.js has loaded after the first render."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from web_helpers import percent, texts

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PLOTLY = "**/static/vendor/plotly.min.js"
COUNTRY_CHARTS = ("#chart-domains", "#chart-blocs", "#chart-hhi", "#chart-partners", "#chart-milex")


def test_country_charts_without_plotly(live_server: Any, laptop: Any) -> None:
    """Plotly.js blocked: the SVG charts stay, with no error in their place, and every
    number on them names its source on hover."""
    page = laptop.page
    page.route(PLOTLY, lambda route: route.abort())
    laptop.goto_ready(live_server.url + "/", "country")
    page.wait_for_selector('body[data-interactive="country:static"]', state="attached")
    for chart in COUNTRY_CHARTS:
        node = page.locator(chart)
        assert node.get_attribute("data-drawn") == "svg", chart
        assert node.locator("svg.sc").count() == 1, chart
        assert node.locator(".sc-plot > *").count() > 0, chart
        assert "Plotly" not in (node.text_content() or ""), chart

    # USA vs EU27 vs rest, stacked shares: percent axis, legend, one hover column a year
    ticks = texts(page, "#chart-blocs .sc-axes text")
    assert "0%" in ticks and "100%" in ticks
    legend = texts(page, "#chart-blocs .sc-legend text")
    assert legend == ["USA", "EU27", "rest of the world"]
    columns = texts(page, "#chart-blocs .sc-hover rect > title")
    first, last = columns[0], columns[-1]
    assert first.startswith("19") and last.startswith("2024\n"), (first, last)
    assert first.count("(source: Correlates of War") == 3, first  # the COW matrix years
    assert last.count("(source: Statistics Canada") == 3, last
    usa = next(line for line in last.splitlines() if line.startswith("USA: "))
    assert 75.5 <= percent(usa) <= 77.5  # Canada's goods exports to the USA, 2024
    assert "Goods exports" in (page.locator("#chart-blocs .sc-title").text_content() or "")

    # each bar of the by-domain chart, each partner line and each HHI point names its source
    bars = texts(page, "#chart-domains rect > title")
    goods = next(t for t in bars if t.startswith("USA, Goods exports: "))
    assert 75.5 <= percent(goods) <= 77.5 and "(source: Statistics Canada" in goods, goods
    lines = texts(page, "#chart-partners path.sc-line > title")
    usa = next(t for t in lines if t.startswith("USA United States (source: "))
    assert "Statistics Canada" in usa and "Correlates of War" in usa, usa  # a series, both sources
    hhi = texts(page, "#chart-hhi .sc-hover rect > title")
    assert re.search(r"^HHI: HHI 0\.\d{3} \(source: Statistics Canada", hhi[-1], re.MULTILINE)
    milex = texts(page, "#chart-milex .sc-hover rect > title")
    assert "% of GDP (source: SIPRI" in milex[-1] and "NATO" not in milex[-1], milex[-1]

    # another page, by the router: its charts are drawn as SVG too
    page.evaluate("window.location.hash = '#/compare/CAN/DEU'")
    laptop.wait_ready("compare")
    assert page.locator("#compare-blocs").get_attribute("data-drawn") == "svg"
    legend = " ".join(texts(page, "#compare-blocs .sc-legend text"))
    assert "CAN: USA" in legend and "DEU: USA" in legend
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("innerWidth") + 1
    assert laptop.errors == [] and laptop.dialogs == []
    laptop.shot("country-CAN-without-plotly")


def test_plotly_loads_after_the_first_render(live_server: Any, laptop: Any) -> None:
    """The page shell does not load Plotly.js; the dashboard asks for it once the first
    page is rendered, then swaps each SVG chart for a Plotly chart."""
    html = httpx.get(live_server.url + "/").text
    assert "plotly.min.js" not in html
    page = laptop.page
    held: list[Any] = []
    page.route(PLOTLY, lambda route: held.append(route))
    with page.expect_request(PLOTLY, timeout=30_000):
        page.goto(live_server.url + "/")
    # asked for only now: the page is ready and its charts are on screen as SVG
    assert page.evaluate("document.body.dataset.ready") == "country"
    assert isinstance(page.evaluate("window.__renderedAt"), int | float)
    for chart in COUNTRY_CHARTS:
        assert page.locator(chart).get_attribute("data-drawn") == "svg", chart
    while not held:
        page.wait_for_timeout(50)
    for route in held:
        route.continue_()
    laptop.wait_interactive("country")
    for chart in COUNTRY_CHARTS:
        node = page.locator(chart)
        assert node.get_attribute("data-drawn") == "true", chart
        assert node.locator("svg.sc").count() == 0, chart
        assert node.locator(".main-svg").count() > 0, chart
    assert page.evaluate("window.__interactiveAt") >= page.evaluate("window.__renderedAt")
    # with Plotly.js loaded, a new chart is a Plotly chart at once
    page.locator('.tabs button[data-domain="arms_imports"]').click()
    page.wait_for_selector('#chart-blocs[data-drawn="true"] .trace')
    assert page.locator("#chart-blocs svg.sc").count() == 0
    assert laptop.errors == []


def test_svg_labels_are_text(live_server: Any, laptop_without_csp: Any) -> None:
    """Names, hover text and titles from the data go into the SVG as text, never as
    markup, whether or not they arrive escaped for Plotly."""
    w = laptop_without_csp
    page = w.page
    page.route(PLOTLY, lambda route: route.abort())
    w.goto_ready(live_server.url + "/", "country")
    payload = "<img src=x onerror=\"window.__xss='svg'\"><script>window.__xss='s'</script>"
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    result = page.evaluate(
        """async ([raw, esc]) => {
            const {svgChart} = await import('/static/js/svgchart.js');
            const traces = [
              {type: 'scatter', mode: 'lines', name: raw, x: [2000, 2001], y: [0.2, 0.3],
               customdata: [esc, esc], hovertemplate: '%{y:.1%} (source: %{customdata})'},
              {type: 'scatter', mode: 'markers', name: esc, x: [2000, 2001], y: [0.1, 0.4],
               text: [raw, esc], hovertemplate: '%{x}<br>%{text}<extra></extra>'},
              {type: 'bar', name: esc, x: [esc, raw], y: [1, 2]},
            ];
            const chart = svgChart(traces, {title: {text: esc}, hovermode: 'x unified',
              yaxis: {title: {text: raw}}}, 600);
            document.getElementById('view').append(chart);
            await new Promise((r) => setTimeout(r, 100));
            return {
              flag: window.__xss === undefined ? null : String(window.__xss),
              elements: [...chart.querySelectorAll('*')].map((n) => n.localName)
                .filter((n) => !['title', 'text', 'g', 'line', 'path', 'circle', 'rect',
                                 'polygon'].includes(n)),
              onattrs: [...chart.querySelectorAll('*')].filter((n) => [...n.attributes]
                .some((a) => a.name.startsWith('on'))).length,
              titles: [...chart.querySelectorAll('title')].map((n) => n.textContent),
              head: chart.querySelector('.sc-title').textContent,
            };
        }""",
        [payload, escaped])
    assert result["flag"] is None and result["elements"] == [] and result["onattrs"] == 0
    assert result["head"] == payload
    assert any(f"(source: {payload})" in t for t in result["titles"]), result["titles"]
    assert any(t == f"2001\n{payload}" for t in result["titles"]), result["titles"]
    assert w.dialogs == [] and w.errors == []


def test_number_formats_and_ticks(live_server: Any, laptop: Any) -> None:
    """The d3-format subset of the hover templates, and round axis ticks."""
    laptop.goto_ready(live_server.url + "/#/scenarios", "scenarios")
    out = laptop.page.evaluate(
        """async () => {
            const m = await import('/static/js/svgchart.js');
            return {
              formats: [[0.7643, '.1%'], [0.58801, '.3f'], [1.2, '+.2f'], [-1.2, '+.2f'],
                        [1234567.8, ',.0f'], ['n/a', '.1%'], [0.5, '']]
                .map(([v, s]) => m.formatNumber(v, s)),
              ticks: [m.niceTicks(0, 1, 5), m.niceTicks(0.55, 0.76, 5), m.niceTicks(1990, 2024, 6)],
              plain: m.plain('a &amp; b &lt;c&gt;<br>d &#x27;e&#x27; <b>f</b>'),
            };
        }""")
    assert out["formats"] == ["76.4%", "0.588", "+1.20", "-1.20", "1,234,568", "n/a", "0.5"]
    assert out["ticks"][0] == {"ticks": [0, 0.2, 0.4, 0.6, 0.8, 1], "step": 0.2}
    assert out["ticks"][1]["ticks"] == [0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
    assert out["ticks"][2]["ticks"] == [1990, 2000, 2010, 2020, 2030]
    assert out["plain"] == "a & b <c>\nd 'e' f"
