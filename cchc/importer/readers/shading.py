"""Schedules marked by shading alone: the cells under "Quý I ... Quý IV" or "T1 ... T12" filled with colour
where a task runs, nothing typed. Each reader of formatted tables (Excel, Word, web pages) finds its empty
shaded cells; an "x" is written where a typed schedule has one, for the structure parser to read alike."""
from __future__ import annotations

import re

MARK = "x"
_HEADER_VALUES = 2   # values a schedule's column holds above its marks: its period ("T5"), under a merged title
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,5})[.)]?")   # the first cell of the table's first row under its header
# what other rows may type in a schedule's column: a mark, or the day it is due
_TYPED_MARK = re.compile(r"[xX✓✔●•+*]|\d{1,2}/\d{1,2}(?:/(?:19|20)?\d{2})?")
_NO_COLOUR = {"", "auto", "none", "transparent", "inherit", "initial", "ffffff", "#ffffff", "#fff", "white", "window"}


def is_colour(value: str | None) -> bool:
    """Whether a fill named as Word or a web page names it ("FFC000", "#ffc000", "yellow") is a colour, not
    white or none."""
    return value is not None and value.strip().lower() not in _NO_COLOUR


def mark_shaded(grid: list[list[str]], shaded: list[tuple[int, int]]) -> None:
    """Write an "x" into the empty shaded cells (row, column) of `grid` that mark a schedule."""
    for r, c in _schedule_cells(grid, shaded):
        grid[r][c] = MARK


def _schedule_cells(grid: list[list[str]], shaded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The empty shaded cells of columns that name a period above the first numbered row and hold below it
    nothing but marks, while other rows leave them blank (a column shaded all the way down is decoration)."""
    body = next((r for r, row in enumerate(grid) if _ROW_NUMBER.fullmatch(next((v for v in row if v), ""))), 0)
    by_column: dict[int, list[int]] = {}
    for r, c in shaded:
        if r >= body and not grid[r][c]:
            by_column.setdefault(c, []).append(r)
    cells = []
    for c, rows in by_column.items():
        above = [r for r in range(body) if grid[r][c]]
        typed = [grid[r][c] for r in range(body, len(grid)) if grid[r][c] and not _merged_from_left(grid[r], c)]
        blank = sum(1 for r in range(body, len(grid)) if not grid[r][c] and any(grid[r])) - len(rows)
        if 0 < len(above) <= _HEADER_VALUES and all(_TYPED_MARK.fullmatch(v.strip()) for v in typed) and blank > 0:
            cells += [(r, c) for r in rows]
    return cells


def _merged_from_left(row: list[str], c: int) -> bool:
    """A row's text merged across the columns (an area's heading), repeated in each."""
    return c > 0 and row[c] == row[c - 1]
