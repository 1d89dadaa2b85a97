"""Items of a table cell written as a list.

Handles dash/plus/dot bullets at line starts ("- A\\n- B") or inline on one line ("- A - B", "- A; - B"),
numbered or lettered items in sequence ("1. A; 2. B", "1) A 2) B", "a) A; b) B"), and plain lines (a line that
does not start an item, e.g. in lower case, is text wrapped inside the cell). The bullet marks and numbers are
removed, each item is cleaned and loses its trailing ". ; ,".
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..text import BULLET_GLYPHS, clean

_BULLET = rf"[-+*‐‑–—−{BULLET_GLYPHS}]"
_LINE_BULLET = re.compile(rf"^\s*{_BULLET}\s*")
_NUMBER = re.compile(r"(?:^|(?<=[\s;.,]))(\d{1,2})[.)](?!\d)\s*")
_LETTER = re.compile(r"(?:^|(?<=[\s;.,]))([a-zđ])\)\s*")
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese list order
_RANGE_BEFORE = re.compile(r"(?:\bquý\s*[IVX\d]{1,4}|\btháng\s*\d{1,2}|\b\d{1,2}/\d{1,2}(?:/\d{4})?|\b(?:19|20)\d\d)\s*$",
                           re.IGNORECASE)
_RANGE_AFTER = re.compile(r"(?:quý|tháng|\d{1,2}/\d{1,2}|(?:19|20)\d\d)\b", re.IGNORECASE)
_INLINE_BULLET = re.compile(rf"[;.,]?\s+{_BULLET}\s+(?=\S)")
# a line that is only a dash and the end of a span: "- 2023", "- tháng 12", "- Quý IV/2025", "- 30/6"
_SPAN_END = re.compile(r"\s*[-‐‑–—−]\s*(?:(?:19|20)\d\d|(?:(?:quý|tháng)\s*[IVX\d]{1,4}|\d{1,2}/\d{1,2})"
                       r"(?:/(?:19|20)\d\d|\s*năm\s*(?:19|20)\d\d)?)\W*$", re.IGNORECASE)


def _starts_like_item(rest: str) -> bool:
    return rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'("


def split_bullets(text: str, lines_are_items: bool = False,
                  starts_item: Callable[[str], bool] = _starts_like_item) -> list[str]:
    """The items of a list cell; a cell that is not a list gives one item (or one per line)."""
    lines = _rejoin_spans([line for line in (text or "").replace("\r", "\n").split("\n") if line.strip()])
    if not lines:
        return []
    first = lines[0].lstrip()
    number = _NUMBER.match(first)
    if number and number.group(1).lstrip("0") == "1":
        pieces = _sequenced(" ".join(lines), _NUMBER, lambda i: str(i + 1))
    elif first.startswith("a)"):
        pieces = _sequenced(" ".join(lines), _LETTER, lambda i: _LETTERS[i] if i < len(_LETTERS) else "")
    elif any(_LINE_BULLET.match(line) for line in lines):
        pieces = [p for chunk in _bulleted_chunks(lines) for p in _inline(chunk, starts_item)]
    else:
        pieces = _wrapped_lines(lines, starts_item) if lines_are_items else [" ".join(lines)]
    items = [strip_item(p) for p in pieces]
    return [item for item in items if item]


def _rejoin_spans(lines: list[str]) -> list[str]:
    """A line that is only a dash and the end of a span ("Năm 2022" / "- 2023", "Tháng 01" / "- tháng 12")
    ends a span wrapped before its dash, where the line above, no item of a list, ends with its start; it
    is no list item."""
    out: list[str] = []
    for line in lines:
        above = out[-1].rstrip() if out else ""
        if above and _SPAN_END.match(line) and not above.endswith((";", ".")) and _RANGE_BEFORE.search(above) \
                and not _LINE_BULLET.match(above):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def strip_item(piece: str) -> str:
    """One item without its bullet mark or leading number, cleaned, without trailing punctuation."""
    piece = _LINE_BULLET.sub("", piece.strip(), count=1)
    piece = re.sub(r"^(?:\d{1,2}[.)](?!\d)|[a-zđ]\))\s*", "", piece)
    return trim(clean(piece))


def trim(text: str, marks: str = ".;,:") -> str:
    """`text` without surrounding whitespace of any kind and without the punctuation `marks` at its ends."""
    edge = f"[\\s{re.escape(marks)}]+"
    return re.sub(rf"^{edge}|{edge}$", "", text)


# a line ending on a word that needs more ("Văn phòng UBND tỉnh, các" / "Sở, ban, ngành") goes on below
_OPEN_END = re.compile(r"(?:,|\b(?:các|và|của|thuộc|với))\s*$", re.IGNORECASE)


def _wrapped_lines(lines: list[str], starts_item: Callable[[str], bool]) -> list[str]:
    """One item per line, except lines that do not start an item: text wrapped inside a cell."""
    items: list[str] = []
    for line in (line.strip() for line in lines):
        if items and (not starts_item(line) or _OPEN_END.search(items[-1])):
            items[-1] += " " + line
        else:
            items.append(line)
    return items


def _bulleted_chunks(lines: list[str]) -> list[str]:
    """Bulleted lines start a chunk; other lines continue the previous one (wrapped text)."""
    chunks: list[str] = []
    for line in lines:
        if _LINE_BULLET.match(line) or not chunks:
            chunks.append(line.strip())
        else:
            chunks[-1] += " " + line.strip()
    return chunks


def _inline(chunk: str, starts_item: Callable[[str], bool]) -> list[str]:
    """Split "- A - B" at inline bullets whose following text starts an item."""
    pieces, start = [], 0
    for m in _INLINE_BULLET.finditer(chunk):
        if _RANGE_BEFORE.search(chunk[:m.start()]) and _RANGE_AFTER.match(chunk[m.end():]):
            continue   # "Quý II - Quý III/2026", "tháng 5 - tháng 11", "2011 - 2015": a range, not the next item
        if m.start() > start and starts_item(chunk[m.end():]):
            pieces.append(chunk[start:m.start()])
            start = m.end()
    pieces.append(chunk[start:])
    return pieces


def _sequenced(text: str, marker: re.Pattern, label: Callable[[int], str]) -> list[str]:
    """Split at the markers whose labels follow each other ("1.", "2.", "3." or "a)", "b)"), so "30/6. 2021"
    or a stray "5." inside an item does not cut it."""
    pieces, start, index = [], 0, 0
    for m in marker.finditer(text):
        if m.group(1).lstrip("0") == label(index):
            pieces.append(text[start:m.start()])
            start, index = m.end(), index + 1
    pieces.append(text[start:])
    return pieces
