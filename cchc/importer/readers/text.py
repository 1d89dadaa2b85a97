"""Plain-text reader: one `Line` per source line, text kept as written.

Tabs, leading indentation and empty lines are kept on purpose: the structure parser finds
tab-separated tables, one-cell-per-line tables (cells start with a tab) and blank-line row
separators in them.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, Line
from .encoding import decode_bytes

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_text(path: Path) -> Document:
    return text_to_document(decode_bytes(path.read_bytes()), source=path.name)


def text_to_document(text: str, source: str = "") -> Document:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return Document(blocks=[Line(t, i) for i, t in enumerate(lines, start=1)], source=source)
