"""Ruled tables on a page image: ruling lines -> grid of cells (merged cells included).

Horizontal and vertical rulings are found by morphological opening with long thin
kernels (text strokes are too short to survive it). Each connected group of rulings
that forms at least two columns is a table; its cell grid comes from the positions of
the rulings, and a missing stretch of ruling between two slots means they are one
merged cell.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import cv2
import numpy as np

HORIZONTAL_RULING_IN = 0.4  # a horizontal ink run this long (inches) is a ruling, not text
VERTICAL_RULING_IN = 0.3
MIN_TABLE_WIDTH_IN = 1.0
MIN_TABLE_HEIGHT_IN = 0.25
LINE_MERGE_PX = 4  # ruling rows/columns closer than this are one (thick) line
BORDER_PRESENT = 0.85  # share of a slot edge that must be inked for a ruling to separate two slots
OPEN_BORDER_IN = 0.1  # rulings running this far past the outermost vertical line: open-sided table


@dataclass
class Grid:
    xs: list[int]  # column boundaries, left to right (columns + 1 values)
    ys: list[int]  # row boundaries, top to bottom (rows + 1 values)
    cell_ids: list[list[int]]  # slot (row, column) -> cell id; merged slots share an id

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.ys) - 1, len(self.xs) - 1

    def slot_at(self, x: float, y: float) -> tuple[int, int] | None:
        row, column = bisect_right(self.ys, y) - 1, bisect_right(self.xs, x) - 1
        rows, columns = self.shape
        if 0 <= row < rows and 0 <= column < columns:
            return row, column
        return None


def find_rulings(ink: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical ruling lines in an ink mask (ink = 255)."""
    h_kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, int(dpi * HORIZONTAL_RULING_IN)), 1))
    v_kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, int(dpi * VERTICAL_RULING_IN))))
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, h_kernel), cv2.morphologyEx(ink, cv2.MORPH_OPEN, v_kernel)


def find_grids(ink: np.ndarray, dpi: int) -> tuple[list[Grid], np.ndarray]:
    """The page's ruled tables, and a mask of all ruling lines (to erase before OCR)."""
    horizontal, vertical = find_rulings(ink, dpi)
    rulings = cv2.bitwise_or(horizontal, vertical)
    joined = cv2.dilate(rulings, np.ones((5, 5), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    grids = []
    for label, (left, top, width, height, _) in enumerate(stats[1:count], start=1):
        if width < dpi * MIN_TABLE_WIDTH_IN or height < dpi * MIN_TABLE_HEIGHT_IN:
            continue
        region = (slice(top, top + height), slice(left, left + width))
        if _is_frame(horizontal[region], vertical[region], labels[region] == label):
            continue
        grid = _grid_in(horizontal[region], vertical[region], ink[region], dpi, left, top)
        if grid is not None:
            grids.append(grid)
    return grids, cv2.dilate(rulings, np.ones((3, 3), np.uint8))


def _is_frame(horizontal: np.ndarray, vertical: np.ndarray, own: np.ndarray) -> bool:
    """Rulings that only box something in: a border round the page, or the sheet's edge in a photo.
    The table inside lies within its box, so the frame's own rulings are told from the table's."""
    rows = _line_positions((horizontal * own).any(axis=1))
    columns = _line_positions((vertical * own).any(axis=0))
    return len(rows) <= 2 and len(columns) <= 2


def _grid_in(horizontal: np.ndarray, vertical: np.ndarray, ink: np.ndarray, dpi: int,
             left: int, top: int) -> Grid | None:
    ys = _line_positions(horizontal.any(axis=1))
    xs = _line_positions(vertical.any(axis=0))
    if len(ys) < 2 or len(xs) < 2:
        return None
    xs = _close_open_sides(xs, horizontal, dpi)
    if len(xs) < 3:  # a framed paragraph, not a table
        return None
    cell_ids = _merged_cells(ink, xs, ys)
    return Grid([x + left for x in xs], [y + top for y in ys], cell_ids)


def _line_positions(present: np.ndarray) -> list[int]:
    """Centres of runs of True (each run is one ruling, possibly a few pixels thick)."""
    positions, start = [], None
    indexes = np.flatnonzero(present)
    for i, index in enumerate(indexes):
        if start is None:
            start = index
        if i + 1 == len(indexes) or indexes[i + 1] - index > LINE_MERGE_PX:
            positions.append(int((start + index) // 2))
            start = None
    return positions


def _close_open_sides(xs: list[int], horizontal: np.ndarray, dpi: int) -> list[int]:
    """Tables drawn without outer vertical borders: the rulings' ends are the table's sides."""
    inked = np.flatnonzero(horizontal.any(axis=0))
    first, last = int(inked[0]), int(inked[-1])
    margin = dpi * OPEN_BORDER_IN
    if xs[0] - first > margin:
        xs = [first, *xs]
    if last - xs[-1] > margin:
        xs = [*xs, last]
    return xs


def _merged_cells(ink: np.ndarray, xs: list[int], ys: list[int]) -> list[list[int]]:
    rows, columns = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * columns))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(columns):
            if c + 1 < columns and not _vertical_edge(ink, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * columns + c)] = find(r * columns + c + 1)
            if r + 1 < rows and not _horizontal_edge(ink, ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * columns + c)] = find((r + 1) * columns + c)
    return [[find(r * columns + c) for c in range(columns)] for r in range(rows)]


def _vertical_edge(ink: np.ndarray, x: int, y0: int, y1: int) -> bool:
    inset = max(2, (y1 - y0) // 10)  # corners are inked by the crossing rulings anyway
    band = ink[y0 + inset:y1 - inset, max(0, x - 3):x + 4]
    return band.size == 0 or band.any(axis=1).mean() >= BORDER_PRESENT


def _horizontal_edge(ink: np.ndarray, y: int, x0: int, x1: int) -> bool:
    inset = max(2, (x1 - x0) // 10)
    band = ink[max(0, y - 3):y + 4, x0 + inset:x1 - inset]
    return band.size == 0 or band.any(axis=0).mean() >= BORDER_PRESENT
