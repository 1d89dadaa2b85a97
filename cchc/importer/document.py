"""The intermediate form every reader yields: a sequence of text lines and tables.

Readers know file formats; the structure parser knows plans. This module is the
only thing they share, so a new format only needs a reader that builds a
`Document`.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """One line (or paragraph) of running text."""

    text: str
    lineno: int  # 1-based position in the source: text line, paragraph or PDF line
    page: int | None = None
    # the words at their places across the page (a column per character width; two spaces at
    # least across a wide gap), where the reader knows the places (a PDF's text layer, Word's TAB stops,
    # OCR's word boxes): an unruled table's columns line up in it
    spaced: str | None = None


@dataclass
class Table:
    """A real table: rows of cell texts, merged cells repeated in every slot they cover."""

    rows: list[list[str]]
    lineno: int  # source position of the first row
    row_linenos: list[int] = field(default_factory=list)
    page: int | None = None

    def __post_init__(self) -> None:
        if not self.row_linenos:
            self.row_linenos = [self.lineno + i for i in range(len(self.rows))]


Block = Line | Table


@dataclass
class Notice:
    """Something the reader or parser wants a person to check (Vietnamese message)."""

    message: str
    lineno: int | None = None

    def __str__(self) -> str:
        where = f"dòng {self.lineno}: " if self.lineno else ""
        return f"{where}{self.message}"


@dataclass
class Document:
    blocks: list[Block]
    source: str = ""
    notices: list[Notice] = field(default_factory=list)
    damaged: bool = False  # text came from OCR or lost its diacritics

    def lines(self) -> list[Line]:
        return [b for b in self.blocks if isinstance(b, Line)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        """All text, tables flattened one row per line with tab-separated cells, a merged cell's text
        once (a title merged across a letterhead table is one title, not five)."""
        out = []
        for b in self.blocks:
            if isinstance(b, Line):
                out.append(b.text)
            else:
                out.extend("\t".join(cell for i, cell in enumerate(r) if not i or cell != r[i - 1]) for r in b.rows)
        return "\n".join(out)


def number_blocks(blocks: list[Block], after: int = 0) -> list[Block]:
    """Give lines and table rows their positions, in order, from `after` + 1: for sources without
    line numbers (a sheet, content embedded in a Word file), where a position is what warnings point at."""
    position = after
    for block in blocks:
        block.lineno = position + 1
        if isinstance(block, Table):
            block.row_linenos = [position + i for i in range(1, len(block.rows) + 1)]
            position += len(block.rows)
        else:
            position += 1
    return blocks


def last_position(blocks: list[Block]) -> int:
    """The position of the last line or table row of `blocks`, 0 if there is none."""
    if not blocks:
        return 0
    return blocks[-1].row_linenos[-1] if isinstance(blocks[-1], Table) else blocks[-1].lineno
