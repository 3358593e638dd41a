"""A real server on a free loopback port and real headless Chromium driving it.

Browser tests are marked ``browser``. Without Debian's Chromium at
/usr/bin/chromium they fail with a clear message in CI (``CI=true``) and are
skipped with a reason elsewhere. Screenshots go to ``test-artifacts/web/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TOKEN = "test-token-0123456789abcdef"
LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def start_server(warehouse: Path, *, token: str | None = TOKEN, **settings: Any) -> Any:
    """The real app under uvicorn on a free 127.0.0.1 port, in a thread."""
    from diversify.api import Settings, create_app
    from diversify.api._server import ServerThread

    return ServerThread(create_app(Settings(warehouse=warehouse, token=token, **settings))).start()


@pytest.fixture(scope="session")
def web_warehouse(real_warehouse_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the real-data warehouse: the server writes to it (runs, uploads)."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copyfile(real_warehouse_path, path)
    return path


@pytest.fixture(scope="session")
def live_server(web_warehouse: Path) -> Iterator[Any]:
    server = start_server(web_warehouse)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        message = (f"{CHROMIUM} not found: install Debian's chromium "
                   "(apt-get install chromium fonts-dejavu-core) to run the browser tests")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watched:
    """A page plus what went wrong on it: uncaught errors, console errors, dialogs."""

    page: Any
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def shot(self, name: str, *, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def shot_of(self, locator: Any, name: str) -> Path:
        """A screenshot of one element."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        locator.screenshot(path=str(path))
        return path

    def goto_ready(self, url: str, page: str, timeout: float = 30_000, *,
                   interactive: bool = False) -> None:
        """Open ``url`` and wait until the dashboard says ``page`` has drawn its charts
        (as SVG at first); with ``interactive``, until they are Plotly charts."""
        self.page.goto(url)
        self.wait_ready(page, timeout)
        if interactive:
            self.wait_interactive(page, timeout)

    def wait_interactive(self, page: str, timeout: float = 30_000) -> None:
        """Wait until Plotly.js has loaded and the charts of ``page`` are Plotly charts."""
        self.page.wait_for_selector(
            f'body[data-interactive="{page}"], body[data-interactive="{page}:static"]',
            state="attached", timeout=timeout)
        state = self.page.evaluate("document.body.dataset.interactive")
        if state != page:
            raise AssertionError(f"the charts of {page} stayed static: Plotly.js did not load")

    def wait_ready(self, page: str, timeout: float = 30_000) -> None:
        # a selector, not a JS predicate: the dashboard's CSP forbids eval
        self.page.wait_for_selector(
            f'body[data-ready="{page}"], body[data-ready="{page}:error"]', state="attached",
            timeout=timeout)
        ready = self.page.evaluate("document.body.dataset.ready")
        if ready != page:
            alert = self.page.locator(".error").first
            detail = alert.text_content() if alert.count() else ""
            raise AssertionError(f"page {page} failed to render: {detail}")


def _watch(page: Any) -> Watched:
    w = Watched(page)
    page.on("pageerror", lambda exc: w.errors.append(str(exc)))
    page.on("console", lambda msg: w.console_errors.append(msg.text) if msg.type == "error" else None)

    def on_dialog(dialog: Any) -> None:
        w.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return w


@pytest.fixture()
def laptop(browser: Any) -> Iterator[Watched]:
    ctx = browser.new_context(viewport=LAPTOP)
    yield _watch(ctx.new_page())
    ctx.close()


@pytest.fixture()
def laptop_without_csp(browser: Any) -> Iterator[Watched]:
    """A laptop page that ignores the Content-Security-Policy, so a test sees what the
    escaping alone does."""
    ctx = browser.new_context(viewport=LAPTOP, bypass_csp=True)
    yield _watch(ctx.new_page())
    ctx.close()


@pytest.fixture()
def phone(browser: Any) -> Iterator[Watched]:
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    yield _watch(ctx.new_page())
    ctx.close()


@pytest.fixture(scope="session")
def token() -> str:
    """The bearer token of :func:`live_server`."""
    return TOKEN
