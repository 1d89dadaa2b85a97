"""Autouse fixtures that keep a Django test's files to itself: uploaded media and the shared cache go
to the test's own temporary directory, never into the application's var/ (import them in a conftest)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def shared_cache(settings, tmp_path):
    """The production cache backend (files shared by the server processes), in a directory of this
    test's own: no entry leaks between tests or into the application's var/cache."""
    settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": str(tmp_path / "cache")}}
    return settings.CACHES["default"]
