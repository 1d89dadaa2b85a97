"""OCR table rows built by hand for the layout steps' tests."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.model import COORDINATING, LEAD, Piece, Row


def task_row(cells: dict[str, list[tuple[int, str]]]) -> Row:
    """A task row holding, per column, its (line number, text) pieces."""
    row = Row(kind="task", number="1")
    for column, pieces in cells.items():
        for lineno, text in pieces:
            row.add(Piece(text, lineno, column, True))
    return row


def agency_row(lead: str, coordinating: list[str], first_line: int) -> Row:
    """A task row with a one-line lead cell and a coordinating cell of several lines, from `first_line` on."""
    return task_row({LEAD: [(first_line, lead)],
                     COORDINATING: [(first_line + k, text) for k, text in enumerate(coordinating)]})
