"""Browser tests: Playwright (sync API) driving the system Chromium against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread, which makes Django refuse database
calls made there unless DJANGO_ALLOW_ASYNC_UNSAFE is set; the calls are plain synchronous ones.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
SEED = SHARED / "seeds" / "002_591ff2b9d60f55ba.txt"
PASSWORD = "Mat-khau-trinh-duyet-2026"


@pytest.fixture(scope="session")
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
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_user(transactional_db):
    from cchc.tracking import actions
    from cchc.tracking.models import Role

    return actions.create_user(None, "quantri", PASSWORD, Role.ADMIN, full_name="Quản trị Sở Nội vụ")


@pytest.fixture
def seed_plan(transactional_db):
    """The seed plan read by the real importer and written by the import action (as the system)."""
    from cchc.tracking import actions
    from cchc.tracking.actions.imports import ImportSource
    from cchc.tracking.demo import parse_seed

    data, text = parse_seed(SEED)
    return actions.import_plan(data, ImportSource(name=SEED.name, text=text), None)
