"""Columns, pieces of cells and rows of an OCR-scattered task table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


NUMBER, TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE, BUDGET, NOTES = (
    "number", "title", "lead", "coordinating", "outputs", "deadline", "budget", "notes")
STANDARD_HEADER = {NUMBER: "TT", TITLE: "Nội dung thực hiện", LEAD: "Đơn vị chủ trì",
                   COORDINATING: "Đơn vị phối hợp", OUTPUTS: "Sản phẩm đầu ra",
                   DEADLINE: "Thời gian hoàn thành", BUDGET: "Kinh phí", NOTES: "Ghi chú"}
AGENCY_COLUMNS = (LEAD, COORDINATING)
_ITEM_START = re.compile(r"^(\d{1,2}\s*[.)]|[-+•])\s*")


@dataclass
class Piece:
    """A run of words on one source line that belongs to one column."""

    text: str
    lineno: int
    column: str = ""
    interleaved: bool = False  # cut from a line that holds several cells
    opens_row: bool | None = None  # True: first line of a task text placed by its row number; False: inside one
    numbered: int = 0  # on the first line of a task text placed around row number `numbered`


@dataclass
class Row:
    kind: str  # "letter", "heading" or "task"
    number: str = ""
    lineno: int = 0
    cells: dict[str, list[Piece]] = field(default_factory=dict)
    numbered: int = 0  # the row number its task text was placed around

    def add(self, piece: Piece) -> None:
        self.cells.setdefault(piece.column, []).append(piece)

    def text(self, column: str) -> str:
        return join_fragments([p.text for p in self.cells.get(column, [])])

    def has(self, column: str) -> bool:
        return bool(self.cells.get(column))


def other_agency_column(column: str) -> str:
    """The agency column beside `column` (lead <-> coordinating)."""
    return AGENCY_COLUMNS[1 - AGENCY_COLUMNS.index(column)]


def join_fragments(fragments: list[str]) -> str:
    """Fragments of one cell: wrapped lines joined by a space, list items kept on their own line."""
    out = ""
    for frag in (f.strip() for f in fragments):
        if not frag:
            continue
        if not out:
            out = frag
        elif _ITEM_START.match(frag):
            out += "\n" + frag
        elif out.endswith("-") and not out.endswith(" -"):
            out = out[:-1] + frag if frag[:1].islower() else out + frag
        else:
            out += " " + frag
    return out
