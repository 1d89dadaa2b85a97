"""Tables hidden in plain text: recover them as `Table` blocks.

Text copies of plans keep their appendix table in one of a few layouts:

* tab-separated rows, one row per line, a row split by a page break continuing on a
  line whose first cells are empty (Word "save as text"; a cell's paragraph breaks that cut
  a row over several lines are mended first, by `split_rows`; the merged cells that a
  browser's copy writes once are put back in their columns by `tab_spans`);
* one cell per line: every cell starts with a TAB, a cell's further lines do not,
  rows are separated by blank lines (copy-paste from a browser);
* one row per line with single spaces between the cells, under a header on one line (a copy of a
  table whose cells all fit on one line): cut where the cells read best, by `spaced_cells`;
* "|"-separated rows from legal-database text exports, and tables drawn with bars and dashes
  whose cells wrap over several lines: read by `grid_text` before the others.

Inside a tab-separated table, an area row keeps fewer TABs than the others ("I<TAB>CÔNG TÁC CHỈ
ĐẠO", or the heading alone on its line when the merged cell lost its TABs): it stays in the table.
A table of any format written under its own area heading ("I. CẢI CÁCH THỂ CHẾ" above the table)
takes that heading as its first row under the header.

Rows keep their source line numbers so warnings can point at them. Tables that a
PDF-to-text step flattened into interleaved words are handled by the `flattened` package.
"""
from __future__ import annotations

import re

from ..document import Block, Document, Line, Table
from ..fields.areas import is_area_heading
from ..text import CAPITALS
from .columns import is_header_row
from .aligned_columns import aligned_tables
from .grid_text import grid_tables
from .rows import header_rows, task_tables
from .spaced_cells import restore_spaced_cells
from .split_rows import join_split_rows
from .stacked_cells import restore_cell_tabs
from .tab_spans import fill_rowspan_holes, spread_sub_headers

_RULE_CELL = re.compile(r"[\s\-=+:_]*")


def recover_tables(doc: Document) -> Document:
    """Replace runs of table-like text lines by `Table` blocks; other blocks pass through."""
    source = aligned_tables(restore_spaced_cells(restore_cell_tabs(join_split_rows(spread_sub_headers(
        grid_tables(doc.blocks))))))
    blocks: list[Block] = []
    pending: list[Line] = []
    for i, block in enumerate(source):
        if isinstance(block, Line) and (_is_table_line(block.text) or _continues(block, pending) or
                                        _area_row(block, pending, source[i + 1:i + 2])):
            pending.append(block)
            continue
        blocks.extend(_flush(pending))
        pending = []
        blocks.append(block)
    blocks.extend(_flush(pending))
    blocks = _headings_into_tables(blocks)
    return Document(blocks=blocks, source=doc.source, notices=list(doc.notices), damaged=doc.damaged)


def _headings_into_tables(blocks: list[Block]) -> list[Block]:
    """A plan that writes each reform area's heading ("I. CẢI CÁCH THỂ CHẾ", "2. Cải cách thủ tục hành
    chính") above its own task table: the heading becomes the table's first row under its header, as if
    merged across, so the table's rows know their area."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        if isinstance(block, Table) and isinstance(before, Line) and _is_area_line(before.text) and \
                _lacks_area_rows(block):
            block = _with_heading_row(block, before)
        out.append(block)
    return out


def _is_area_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) < 160 and bool(_AREA_LINE.match(text)) and is_area_heading(re.sub(r"^\S+\s*", "", text))


def _lacks_area_rows(table: Table) -> bool:
    found = task_tables([table])
    return bool(found) and not any(r.kind in ("heading", "letter") for t in found for r in t.rows)


def _with_heading_row(table: Table, heading: Line) -> Table:
    end = header_rows(table.rows)
    width = max(len(r) for r in table.rows)
    rows = table.rows[:end] + [[heading.text.strip()] * width] + table.rows[end:]
    linenos = table.row_linenos[:end] + [heading.lineno] + table.row_linenos[end:]
    return Table(rows=rows, lineno=table.lineno, row_linenos=linenos, page=table.page)


def _is_table_line(text: str) -> bool:
    return text.count("\t") >= 2 or text.lstrip(" ").startswith("\t")


def _continues(line: Line, pending: list[Line]) -> bool:
    """Blank lines and a cell's wrapped lines stay inside a table run."""
    if not pending:
        return False
    if not line.text.strip():
        return True
    # A wrapped line of a one-cell-per-line cell follows the cell's line directly.
    if not pending[-1].text.strip() or _looks_like_prose_heading(line.text):
        return False
    last_cell = next((p for p in reversed(pending) if "\t" in p.text), None)
    return last_cell is not None and _cell_per_line(last_cell.text)


_ROW_NUMBER_CELL = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s*\t\s*\S")
_AREA_LINE = re.compile(rf"^\s*(?:(?:[IVXLC]+|[A-Z]|\d{{1,2}})\s*[.)/-]\s*\S|[IVX]+\s+[{CAPITALS}]{{2,}})")


def _area_row(line: Line, pending: list[Line], following: list[Block]) -> bool:
    """A heading row of a tab-separated table that kept one TAB or none: "I<TAB>CẢI CÁCH THỂ CHẾ",
    or "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" ("III CẢI CÁCH ...") alone between rows of the table, a
    task row or a group row ("1<TAB>Kiểm soát quy định TTHC") under it."""
    rows = [p.text.split("\t") for p in pending if p.text.count("\t") >= 2]
    if len(rows) < 2 and not any(is_header_row(r) for r in rows):
        return False
    if line.text.count("\t") == 1 and _ROW_NUMBER_CELL.match(line.text):
        return True
    nxt = following[0] if following else None
    return "\t" not in line.text and bool(_AREA_LINE.match(line.text)) and len(line.text) < 160 and \
        isinstance(nxt, Line) and (nxt.text.count("\t") >= 2 or bool(_ROW_NUMBER_CELL.match(nxt.text))) and \
        is_area_heading(line.text)


def _looks_like_prose_heading(text: str) -> bool:
    return bool(re.match(rf"^\s*(PHỤ LỤC|Phụ lục|[IVX]+\.\s+[{CAPITALS}])", text))


def _cell_per_line(text: str) -> bool:
    return text.lstrip(" ").startswith("\t") and text.count("\t") == 1


def _flush(lines: list[Line]) -> list[Block]:
    while lines and not lines[-1].text.strip():
        lines = lines[:-1]
    if not lines:
        return []
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) < 2:
        return list(lines)
    if sum(_cell_per_line(ln.text) for ln in content) > len(content) / 3 and \
            sum(ln.text.count("\t") >= 2 for ln in content) < len(content) / 3:
        return _cell_per_line_tables(lines)
    return _delimited_tables(lines)


def _delimited_tables(lines: list[Line]) -> list[Block]:
    """Tab-separated rows; blank lines between rows are ignored."""
    rows, linenos = [], []
    for ln in lines:
        if not ln.text.strip():
            continue
        cells = ln.text.split("\t")
        if all(_RULE_CELL.fullmatch(c) for c in cells):
            continue  # TABs around nothing, or dashes: no row
        rows.append([c.strip() for c in cells])
        linenos.append(ln.lineno)
    return [Table(rows=_pad(fill_rowspan_holes(rows)), lineno=linenos[0], row_linenos=linenos)]


def _cell_per_line_tables(lines: list[Line]) -> list[Block]:
    """Rows separated by blank lines; a TAB opens a cell, other lines continue it."""
    rows: list[list[str]] = []
    linenos: list[int] = []
    current: list[str] | None = None
    for ln in lines:
        if not ln.text.strip():
            current = None
            continue
        if current is None:
            current = []
            rows.append(current)
            linenos.append(ln.lineno)
        if "\t" in ln.text:
            head, _, rest = ln.text.partition("\t")
            if head.strip():  # text before the TAB still belongs to the cell before
                _append_to_cell(current, head.strip())
            elif head and not current:
                current.append("")  # " \t...": the row's number cell is empty
            current.extend(part.strip() for part in rest.split("\t"))
        else:
            _append_to_cell(current, ln.text.strip())
    return [Table(rows=_pad(rows), lineno=linenos[0], row_linenos=linenos)]


def _append_to_cell(row: list[str], text: str) -> None:
    if row:
        row[-1] = f"{row[-1]}\n{text}"
    else:
        row.append(text)


def _pad(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]
