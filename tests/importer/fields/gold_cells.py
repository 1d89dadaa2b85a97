"""The gold plans and the raw seed cells they were made from, for the field-parser tests."""
from __future__ import annotations

import json
from pathlib import Path

SHARED = Path("/work/shared")
GOLD_FILES = sorted((SHARED / "gold").glob("[0-9]*.json"))


def load_gold() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in GOLD_FILES]


def seed_text(document: str) -> str:
    return (SHARED / "seeds" / document).read_text(encoding="utf-8")


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
        def score(row: list[str]) -> tuple[float, int]:
            # a group heading row can repeat a task's title: prefer the row that has filled cells
            return max(fuzz.ratio(task["title"], cell) for cell in row[:3]), sum(bool(c.strip()) for c in row)
        best = max(rows, key=score)
        if score(best)[0] >= 80:
            pairs.append((task, best))
    return pairs


def appendix_rows_000() -> list[list[str]]:
    """Task rows of seed 000 without their number cell: [title, outputs, lead, coordinating, deadline]."""
    rows = cell_block_rows("000_725f2300aab62d90.txt")
    return [row[1:] if row[0].rstrip(".").isdigit() else row for row in rows if len(row) >= 5]


def appendix_rows_002() -> list[list[str]]:
    """Task rows of seed 002 without their number cell: [title, outputs, lead, coordinating, deadline, budget]."""
    return [row[1:] for row in tsv_rows("002_591ff2b9d60f55ba.txt")]


def section(document: str, start: str, end: str) -> list[str]:
    """Non-empty lines of a seed between two headings (exclusive)."""
    text = seed_text(document)
    begin = text.index(start)
    return [line for line in text[begin:text.index(end, begin)].splitlines()[1:] if line.strip()]
