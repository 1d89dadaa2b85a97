"""CSV files: a task appendix saved from Excel as "CSV" (comma, or semicolon where Excel's list
separator is one, as on Vietnamese Windows; TAB for ".tsv").

The rows become what the Excel reader makes of a sheet: title rows as lines, the rest one `Table`.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..document import Document, number_blocks
from ..errors import UnreadableDocument
from .encoding import decode_bytes
from .xlsx import grid_blocks

_DELIMITERS = ",;\t"
_SAMPLE = 16384
_MAX_FIELD = 1_000_000   # characters in one cell: a long task text, not the csv module's 128 KB default


def read_csv(path: Path) -> Document:
    decoded = decode_bytes(path.read_bytes())
    text = decoded.text
    csv.field_size_limit(_MAX_FIELD)
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), _dialect(text))]
    except csv.Error:
        raise UnreadableDocument("Tệp CSV bị hỏng (dấu ngoặc kép không đóng hoặc ô quá dài), không đọc được.") from None
    return Document(blocks=number_blocks(grid_blocks(rows)), source=path.name, notices=decoded.notices)


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The file's separator, as its first lines show it; a comma when they show none."""
    try:
        return csv.Sniffer().sniff(text[:_SAMPLE], delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel
