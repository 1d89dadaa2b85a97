"""Fixtures of the field-parser tests."""
from __future__ import annotations

import pytest
from gold_cells import GOLD_FILES, load_gold


@pytest.fixture(scope="session")
def gold_plans() -> list[dict]:
    if not GOLD_FILES:
        pytest.skip("shared gold files are not available")
    return load_gold()
