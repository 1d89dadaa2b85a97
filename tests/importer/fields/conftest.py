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


def tsv_rows(document: str) -> list[list[str]]:
    """Rows of a tab-separated seed (002): the task appendix, one row per line."""
    return [line.split("\t") for line in seed_text(document).splitlines() if line.count("\t") >= 5]


def cell_block_rows(document: str) -> list[list[str]]:
    """Rows of a seed with one table cell per line (000): a line opening with a tab starts a cell,
    other lines continue it (a cell of several lines), blank lines end a row."""
    rows, cells = [], []
    for line in seed_text(document).splitlines():
        if not line.strip():
            if cells:
                rows.append(cells)
            cells = []
        elif line.startswith("\t"):
            cells.append(line.strip())
        elif cells:
            cells[-1] += "\n" + line.strip()
    return rows + ([cells] if cells else [])


def match_rows(tasks: list[dict], rows: list[list[str]]) -> list[tuple[dict, list[str]]]:
    """Each gold task with the source row whose cells contain its title best (gold titles are cleaned)."""
    from rapidfuzz import fuzz

    pairs = []
    for task in tasks:
        def score(row: list[str]) -> float:
            return max(fuzz.ratio(task["title"], cell) for cell in row[:3])
        best = max(rows, key=score)
        if score(best) >= 80:
            pairs.append((task, best))
    return pairs
