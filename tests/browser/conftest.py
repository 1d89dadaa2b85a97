"""Fixtures for browser tests: Playwright (sync API) driving the system Chromium against pytest-django's
live server. The sync API runs an event loop in the test thread, which makes Django refuse database
calls made there unless DJANGO_ALLOW_ASYNC_UNSAFE is set; the calls are plain synchronous ones."""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from cchc.tracking.models import ReformArea
from tests.support.isolation import media_root, shared_cache  # noqa: F401 - autouse fixtures

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # read by Django at each database call

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
PASSWORD = "Mat-khau-trinh-duyet-2026"


@pytest.fixture(scope="module")  # closed with each module: Playwright allows one sync instance at a time
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium không có tại /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open pages in fresh browser contexts (one per signed-in person); all closed after the test."""
    contexts = []

    def open_page():
        context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def reform_areas(transactional_db):
    """The reform areas migration 0002 seeds: emptied with the tables after each transactional test."""
    seeded = importlib.import_module("cchc.tracking.migrations.0002_reform_areas")
    for position, (code, name) in enumerate(seeded.AREAS):
        ReformArea.objects.update_or_create(code=code, defaults={"name": name, "position": position})
