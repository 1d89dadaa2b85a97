"""Ruling lines -> grid of cells, on drawn tables (no OCR needed)."""
from __future__ import annotations

import cv2
import numpy as np

from cchc.ocr.grid import find_grids

DPI = 200


def _ink(width=1200, height=700) -> np.ndarray:
    return np.zeros((height, width), dtype=np.uint8)


def _hline(ink, y, x0, x1):
    cv2.line(ink, (x0, y), (x1, y), 255, 2)


def _vline(ink, x, y0, y1):
    cv2.line(ink, (x, y0), (x, y1), 255, 2)


def test_full_grid_gives_rows_columns_and_distinct_cells():
    ink = _ink()
    ys, xs = [100, 180, 260, 340], [100, 300, 700, 1000]
    for y in ys:
        _hline(ink, y, xs[0], xs[-1])
    for x in xs:
        _vline(ink, x, ys[0], ys[-1])
    cv2.putText(ink, "Text 12", (120, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)  # text is not a ruling
    grids, rulings = find_grids(ink, DPI)
    assert len(grids) == 1
    grid = grids[0]
    assert grid.shape == (3, 3)
    assert len({cell for row in grid.cell_ids for cell in row}) == 9
    assert all(abs(a - b) <= 2 for a, b in zip(grid.xs, xs))
    assert grid.slot_at(500, 300) == (2, 1)
    assert grid.slot_at(50, 300) is None
    assert rulings[150, 140] == 0  # the text stays for OCR


def test_missing_rulings_make_merged_cells():
    ink = _ink()
    ys, xs = [100, 180, 260, 340], [100, 300, 700, 1000]
    for y in (ys[0], ys[1], ys[3]):
        _hline(ink, y, xs[0], xs[-1])
    _hline(ink, ys[2], xs[1], xs[-1])  # first column's cell spans rows 2-3
    _vline(ink, xs[0], ys[0], ys[-1])
    _vline(ink, xs[3], ys[0], ys[-1])
    _vline(ink, xs[1], ys[0], ys[-1])
    _vline(ink, xs[2], ys[1], ys[-1])  # first row: columns 2-3 are one cell (a heading row)
    grid = find_grids(ink, DPI)[0][0]
    ids = grid.cell_ids
    assert grid.shape == (3, 3)
    assert ids[0][1] == ids[0][2] != ids[0][0]
    assert ids[1][0] == ids[2][0]
    assert ids[1][1] != ids[2][1]


def test_framed_paragraph_and_underline_are_not_tables():
    ink = _ink()
    for y in (100, 300):
        _hline(ink, y, 100, 1000)
    for x in (100, 1000):
        _vline(ink, x, 100, 300)  # a box around a paragraph: one column
    _hline(ink, 500, 200, 900)  # an underline
    grids, _ = find_grids(ink, DPI)
    assert grids == []


def test_table_without_outer_side_borders_keeps_its_edge_columns():
    ink = _ink()
    ys, inner = [100, 200, 300], [400, 700]
    for y in ys:
        _hline(ink, y, 100, 1000)
    for x in inner:
        _vline(ink, x, ys[0], ys[-1])
    grid = find_grids(ink, DPI)[0][0]
    assert grid.shape == (2, 3)
    assert grid.slot_at(150, 150) == (0, 0)
    assert grid.slot_at(950, 250) == (1, 2)


def test_a_frame_round_the_page_is_no_table_and_leaves_the_table_inside_alone():
    """A printed page border, or a photographed sheet's edge against the desk: the table inside is found
    once, and the text between the frame and the table stays out of any table."""
    ink = _ink(1400, 1000)
    for y in (20, 980):
        _hline(ink, y, 20, 1380)
    for x in (20, 1380):
        _vline(ink, x, 20, 980)
    ys, xs = [400, 480, 560, 640], [100, 300, 700, 1000]
    for y in ys:
        _hline(ink, y, xs[0], xs[-1])
    for x in xs:
        _vline(ink, x, ys[0], ys[-1])
    grids, _ = find_grids(ink, DPI)
    assert [(g.shape, g.bbox) for g in grids] == [((3, 3), (100, 400, 1000, 640))]
