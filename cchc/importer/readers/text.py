"""Plain-text reader: one `Line` per source line, text kept as written.

Tabs, leading indentation and empty lines are kept on purpose: the structure parser finds
tab-separated tables, one-cell-per-line tables (cells start with a tab) and blank-line row
separators in them.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Block, Document, Line, Notice, Table, number_blocks
from ..text import MARKDOWN_TABLE_RULE
from .encoding import decode_bytes
from ..page_numbers import page_number

# and the separators Word (\v for Shift+Enter) and Unicode-aware tools write
_LINE_BREAK = re.compile("\r\n|[\r\n\v\u0085\u2028\u2029]")
# a text this long held mostly on one line lost its line breaks (pasted through a web form, a tool that joins lines)
_RUN_ON_LENGTH = 3000
_RUN_ON_SHARE = 0.8
_RUN_ON = ("Văn bản gần như không có dấu xuống dòng (một dòng dài {length} ký tự): các mục được tách lại theo số "
           "thứ tự, nhưng bảng nhiệm vụ có thể không đọc được; nên nhập bản gốc (Word, PDF).")


def read_text(path: Path) -> Document:
    decoded = decode_bytes(path.read_bytes())
    doc = text_to_document(decoded.text, source=path.name)
    doc.notices[:0] = decoded.notices
    return doc


def text_to_document(text: str, source: str = "") -> Document:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    if ">" in text:
        lines = _unquoted(lines)
    if '\t"' in text:
        lines = _without_sheet_quotes(lines)
    if ("\\" in text or "*" in text or "#" in text or "---" in text) and _is_markdown(lines):
        lines = [_plain(line) for line in lines]
    if _PAGE_BREAK in text:
        lines = _without_page_numbers(lines)
    blocks: list[Block] = [Line(t, i) for i, t in enumerate(lines, start=1)]
    if _TABLE_OPEN.search(text):
        blocks = _with_html_tables(blocks)
    doc = Document(blocks=blocks, source=source)
    longest = max(lines, key=len, default="")
    if len(longest) >= _RUN_ON_LENGTH and len(longest) >= _RUN_ON_SHARE * len(text):
        doc.notices.append(Notice(_RUN_ON.format(length=f"{len(longest):,}".replace(",", "."))))
    return doc


# A plan forwarded or answered by e-mail arrives quoted: "> " (">> " twice over) before each of its lines
_QUOTE = re.compile(r"^(?:[ ]?>)+(?: |$)")
_QUOTED_SHARE = 0.5


def _unquoted(lines: list[str]) -> list[str]:
    """The lines without their quote marks, where most lines carry them."""
    content = [line for line in lines if line.strip()]
    if sum(bool(_QUOTE.match(line)) for line in content) < _QUOTED_SHARE * len(content):
        return lines
    return [_QUOTE.sub("", line) for line in lines]


_SHEET_CELL_REACH = 30   # lines a quoted cell may run over


def _without_sheet_quotes(lines: list[str]) -> list[str]:
    """A TAB table copied from a spreadsheet writes a cell that holds line breaks in quotes, '"' doubled inside:
    '1<TAB>Tự kiểm tra<TAB>"- Kế hoạch kiểm tra' / '- Báo cáo kết quả"<TAB>Văn phòng Sở'. The cell without them."""
    lines = list(lines)
    i = 0
    while i < len(lines):
        head, tab, opened = lines[i].rpartition("\t")
        end = _closing_line(lines, i) if tab and opened.startswith('"') and opened.count('"') % 2 else None
        if end is not None:
            closed, tab, rest = lines[end].partition("\t")
            lines[i] = f"{head}\t" + opened[1:].replace('""', '"')
            lines[end] = closed[:-1].replace('""', '"') + tab + rest
            i = end   # whose last cell may open the next quoted cell
            continue
        i += 1
    return lines


def _closing_line(lines: list[str], start: int) -> int | None:
    """The line after `start` whose first cell closes the quoted cell `start` opened."""
    for k in range(start + 1, min(start + _SHEET_CELL_REACH, len(lines))):
        first = lines[k].partition("\t")[0]
        if first.count('"') % 2:
            return k if first.endswith('"') else None
    return None


# Markdown converters write a table they cannot draw with pipes (a merged cell, two paragraphs in a cell) as
# the HTML it came from: pandoc's "gfm" output, most of a plan's appendices
_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


def _with_html_tables(lines: list[Line]) -> list[Block]:
    """The lines with each HTML table written among them read as the table (and what else it holds)."""
    from .html import html_to_document   # here: a plain text should not load the HTML parser
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        end = _table_end(lines, i) if _TABLE_OPEN.match(lines[i].text.lstrip()) else None
        if end is None:
            blocks.append(lines[i])
            i += 1
            continue
        first, last = lines[i].lineno, lines[end].lineno
        markup = "\n".join(line.text for line in lines[i:end + 1])
        for block in number_blocks(html_to_document(markup).blocks, after=first - 1):
            block.lineno = min(block.lineno, last)
            if isinstance(block, Table):
                block.row_linenos = [min(n, last) for n in block.row_linenos]
            blocks.append(block)
        i = end + 1
    return blocks


def _table_end(lines: list[Line], start: int) -> int | None:
    """The line that closes the table opened on line `start` (tables nested in its cells closed before it)."""
    depth = 0
    for j in range(start, len(lines)):
        depth += len(_TABLE_OPEN.findall(lines[j].text)) - len(_TABLE_CLOSE.findall(lines[j].text))
        if depth <= 0:
            return j
    return None


# Text copied out of a PDF (`pdftotext`) ends each page with a form feed, so the page's number stands
# on its first or last line: "3", "- 3 -", "Trang 3", "Trang 3/6". Set apart from the text (centred or
# right-aligned, or with its word or dashes); a bare number at the margin may be a table's row number.
_PAGE_BREAK = "\f"
_PAGE_NUMBER_INDENT = 10


def _without_page_numbers(lines: list[str]) -> list[str]:
    """The lines with each page's number emptied (the form feed stays: it marks the page break)."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.startswith(_PAGE_BREAK):
            pages.append([])
        if line.strip(_PAGE_BREAK + " \t"):
            pages[-1].append(i)
    out = list(lines)
    for page in pages:
        for i in {page[0], page[-1]} if page else ():
            if _is_page_number(lines[i]):
                out[i] = _PAGE_BREAK if lines[i].startswith(_PAGE_BREAK) else ""
    return out


def _is_page_number(line: str) -> bool:
    text = line.lstrip(_PAGE_BREAK)
    found = page_number(text)
    if not found:
        return False
    indent = len(text) - len(text.lstrip())
    return indent >= _PAGE_NUMBER_INDENT or bool(found["word"] or found["dash"] or found["of"])


# Markdown, as converters of web pages write it (html2text, pandoc): "1\\. Cải cách thể chế", "\\- Kế hoạch",
# "**CẢI CÁCH THỂ CHẾ**", "*Hà Nội, ngày ...*", "# KẾ HOẠCH", "## I. MỤC TIÊU", a table's "| --- |" rule.
# Plans never write a backslash before punctuation, nor open a line with "#", themselves.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[\w(])(.+?)(?<=[^\s*])\*(?![*\w])")   # not a note mark: "(*)"
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MARKDOWN_LINES = 2


def _is_markdown(lines: list[str]) -> bool:
    def marked(line: str) -> bool:
        return bool(_ESCAPE.search(line) or _EMPHASIS.search(line) or _HEADING.match(line)
                    or MARKDOWN_TABLE_RULE.match(line))

    return sum(map(marked, lines)) >= _MARKDOWN_LINES


def _plain(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    # every "**" goes, not only pairs: a bold run that a grid table's cell wraps opens on one line and
    # closes on another
    return _ESCAPE.sub(r"\1", _ITALIC.sub(r"\1", line.replace("**", "")))
