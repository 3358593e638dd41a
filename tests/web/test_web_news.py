"""The news page in headless Chromium: pivot index, timeline, claims beside the data, and
an article whose text carries script and HTML payloads that must never run."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

XSS_ARTICLE = {
    "id": "xss-probe",
    "url": "javascript:window.__xss='url'",
    "title": "<img src=x onerror=\"window.__xss='title';alert('title')\">Canada signs "
             "<script>window.__xss='title-script'</script> deal",
    "published": "2025-06-24",
    "source": "<b onmouseover=\"window.__xss='source'\">evil</b>",
    "text": (
        "Canada and the European Union signed a security and defence partnership on Monday "
        "<script>window.__xss='text';alert('text')</script> in Brussels.\n\n"
        "About 76% of Canadian exports go to the United States. "
        "<img src=x onerror=\"window.__xss='img';alert('img')\">\n\n"
        "Read more <a href=\"javascript:window.__xss='link'\">here</a> and "
        "<svg onload=\"window.__xss='svg'\"></svg> <iframe src=\"javascript:alert('frame')\">"
        "</iframe> done."
    ),
}


@pytest.fixture(scope="module")
def news_loaded(live_server: Any, shared_news: Path, token: str) -> dict[str, Any]:
    """The seed and dev articles of shared/news, uploaded through the API."""
    out = {}
    for name in ("seeds.jsonl", "dev.jsonl"):
        r = httpx.post(live_server.url + "/api/news/articles",
                       files={"file": (name, (shared_news / name).read_bytes())},
                       headers={"Authorization": f"Bearer {token}"}, timeout=120)
        assert r.status_code == 200, r.text
        out[name] = r.json()
    return out


def test_news_page(live_server: Any, news_loaded: dict[str, Any], laptop: Any) -> None:
    page = laptop.page
    laptop.goto_ready(live_server.url + "/#/news", "news", timeout=60_000)
    assert page.locator("h1").inner_text() == "News: CAN"
    usa = page.locator('#dyads tr[data-dyad="CAN-USA"] td.index').inner_text()
    eu = page.locator('#dyads tr[data-dyad="CAN-EU"] td.index').inner_text()
    assert float(usa) < 0 < float(eu)  # the pivot: conflict with the USA, cooperation with the EU
    for chart in ("#chart-dyads", "#chart-timeline"):
        page.wait_for_selector(f'{chart}[data-drawn="true"] .trace')
    assert page.locator("#timeline li").count() >= 20
    supported = page.locator('#claims tr[data-verdict="supported"]').first
    assert "75" in supported.locator("td.quote").inner_text()
    data = supported.locator("td.data")
    assert re.match(r"76\.4% \(2024\)", data.inner_text())
    assert "Statistics Canada" in (data.get_attribute("title") or "")
    assert "supported" in page.locator("#verdict-counts").inner_text()
    # every claim row shows where its data and its number come from
    for row in page.locator("#claims tbody tr").all()[:20]:
        assert (row.locator("td").nth(1).get_attribute("title") or "").startswith("Source: ")
    assert laptop.errors == [] and laptop.dialogs == []
    laptop.shot("news-CAN-laptop")


def test_news_page_at_phone_width(live_server: Any, news_loaded: dict[str, Any],
                                  phone: Any) -> None:
    page = phone.page
    phone.goto_ready(live_server.url + "/#/news/EU", "news", timeout=60_000)
    assert page.locator("h1").inner_text() == "News: EU"
    assert page.locator('#dyads tr[data-dyad="EU-CAN"]').count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("innerWidth") + 1
    phone.shot("news-EU-phone")


def test_script_in_an_article_never_runs(live_server: Any, news_loaded: dict[str, Any],
                                         laptop_without_csp: Any, token: str,
                                         tmp_path: Path) -> None:
    """Uploaded through the dashboard's form, shown on the news page with the Content
    Security Policy switched off, so only the escaping stands between the payload and
    the page: nothing runs, no dialog opens, and the payload shows as text."""
    w = laptop_without_csp
    page = w.page
    probe = tmp_path / "probe.jsonl"
    probe.write_text(json.dumps(XSS_ARTICLE) + "\n", "utf-8")
    w.goto_ready(live_server.url + "/#/news", "news", timeout=60_000)
    page.evaluate(f"sessionStorage.setItem('diversify.token', {token!r})")
    page.set_input_files("#news-file", str(probe))
    page.locator("#news-upload button").click()
    page.wait_for_selector("body[data-uploaded]", timeout=60_000)
    assert page.evaluate("document.body.dataset.uploaded") == "1", page.locator(
        "#upload-status").inner_text()
    page.wait_for_selector('body[data-ready="news"] li[data-article="xss-probe"]', timeout=60_000)
    item = page.locator('li[data-article="xss-probe"]')
    item.scroll_into_view_if_needed()
    item.hover()
    link = item.locator(".title a")
    assert link.get_attribute("href") == "#"  # the javascript: URL is not a link target
    link.click()
    shown = item.inner_text()
    assert "<script>window.__xss='text';alert('text')</script>" in shown
    assert "<img src=x onerror=" in shown and "<svg onload=" in shown
    assert "<img src=x onerror=\"window.__xss='title'" in link.inner_text()
    assert "<b onmouseover=" in item.locator(".muted").inner_text()
    page.mouse.move(5, 5)
    page.wait_for_timeout(300)
    injected = page.evaluate("""() => ({
        flag: window.__xss === undefined ? null : String(window.__xss),
        onattrs: [...document.querySelectorAll('*')].filter(n => [...n.attributes]
            .some(a => a.name.startsWith('on'))).map(n => n.outerHTML.slice(0, 80)),
        scripts: [...document.scripts].filter(s => s.textContent.includes('__xss')).length,
        frames: document.querySelectorAll('iframe, svg[onload], img[src="x"]').length,
        jslinks: [...document.querySelectorAll('a[href]')]
            .filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript')).length,
    })""")
    assert injected == {"flag": None, "onattrs": [], "scripts": 0, "frames": 0, "jslinks": 0}
    assert w.dialogs == [] and w.errors == []
    w.shot_of(item, "news-xss-escaped")
