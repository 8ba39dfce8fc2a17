"""The HTML crisis brief in a real browser: it renders its chart offline, without a single
network request or script error.

Needs Debian's chromium at /usr/bin/chromium (``apt-get install -y chromium``) and the
``playwright`` Python package; never ``playwright install``.  Skipped where either is missing.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_brief import END, START, crisis_store

from detente.analysis.brief import write_brief

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL = ("file:", "data:", "about:", "blob:")
PNG = b"\x89PNG\r\n\x1a\n"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}: apt-get install -y chromium"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is missing: pip install playwright (not `playwright install`)"),
]


def test_brief_renders_offline_without_errors(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_path = write_brief(crisis_store(), "PAK", "IRN", START, END, tmp_path / "brief.html")
    shot = tmp_path / "brief.png"
    outside: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL)
                       else (outside.append(route.request.url), route.abort()))
            page.on("request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_path.as_uri())
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=10_000)
            bars, markers = page.locator(".barlayer .point").count(), page.locator(".scatterlayer .point").count()
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert outside == []
    assert errors == []
    assert bars > 0 and markers > 0
    image = shot.read_bytes()
    assert image.startswith(PNG) and len(image) > 50_000
    width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
    assert width == 1280 and height > 1500   # the whole page: chart and tables, not a blank viewport
