"""Shared inputs of the field-parser tests: the gold plans and the seed texts they were made from."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path("/work/shared")
GOLD_FILES = sorted((SHARED / "gold").glob("[0-9]*.json"))


def load_gold() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in GOLD_FILES]


def seed_text(document: str) -> str:
    return (SHARED / "seeds" / document).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_plans() -> list[dict]:
    if not GOLD_FILES:
        pytest.skip("shared gold files are not available")
    return load_gold()
