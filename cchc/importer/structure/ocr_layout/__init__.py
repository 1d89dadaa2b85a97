"""Task tables that OCR without table support scattered over text lines (layout repair).

A scanned plan read by an OCR engine that knows neither the table nor Vietnamese comes out as
lines in which the cells of a row are spread out in two ways, often mixed on one page:

* *interleaved*: one text line per visual line of the page, the cells side by side, sometimes
  separated by "|" or a run of junk characters (the table rules), often by a single space;
  each cell is centred vertically in its row, and so is the row number;
* *paragraphs*: the engine found the columns and printed each cell as its own paragraph, in
  column order, one after the other; row numbers are then often lost.

Pages repeat the table header (garbled differently each time), page numbers and stray marks sit
between the rows, row numbers and Roman numerals are misread ("I" for "II", "V1" for "VI",
"o" for "2") or missing, and a row goes on after a page break. `ocr_table` rebuilds one `Table`
with a standard header from such lines:

1. the header, recognised by its words (folded, tolerant of OCR errors), starts the table and
   gives the column order (where OCR lost it, the appendix's first area heading with a row under it
   starts the table, its columns in the genre's usual order); the table ends at the addressees,
   signature or next appendix;
2. lines are sorted into repeated headers, page numbers and furniture (dropped; a page number or
   header marks a page break), headings (letter groups, Roman areas) and content, in blocks;
3. in interleaved blocks, row numbers that fit the sequence anchor the task text: its lines are
   the first runs of the lines around the number, about as many above as below; every line is
   cut into runs (at "|", junk, inline list numbers, agency names glued to other cells' words)
   and the runs get columns left to right by what they read like (agency names, deadline
   wording, products, task text) and by which cell of the lines above they go on (syllable
   bigrams of the restoration model, list numbering, broken words);
4. paragraph blocks take the next column unless they read otherwise; after a page break, text
   that opens no sentence goes on with the unfinished cell it reads on from;
5. rows start at a row number or where the task text opens a new sentence after the row has other
   cells; cells that began above the new row's task text move to it; letters, Roman numerals and
   row numbers are then counted from the sequence under each heading.

Diacritics are restored before this step (`cchc.importer.restore`), so words are compared folded.

Modules, in that order: `header`, `departments` (garbled heads of department names), `lines` (line
classes), `tokens` (runs of a line), `vocabulary`, `cutting` (glued cells), `title_tails` (other cells'
words after the task text), `ranges` (task text around row numbers), `assign` (columns of runs),
`rows`, `repair` (fragments moved after assembly), `levels` and `heads` (collective names OCR cut in
two completed), `tails` (items that lost their "tỉnh", after snapping), `numbering`; `model` holds the
shared types, `agencies` the registry look-ups, `prevailing` what the table's complete cells nearly
always write (asked by `levels`, `heads` and `tails`).
"""
from __future__ import annotations

from ...document import Line, Table
from .agencies import snap_agency_fragments
from .cutting import split_agency_run, split_agency_tail, split_cell_tail
from .header import column_order, find_header, headless_start, is_header_line, table_end
from .heads import complete_heads
from .levels import complete_levels
from .lines import classify_lines
from .model import AGENCY_COLUMNS, NUMBER, STANDARD_HEADER, TITLE, Row, join_fragments
from .numbering import Numbering, number_rows
from .ranges import title_ranges
from .repair import (fill_holes, join_names_across, lead_from_coordinating, shift_broken_names,
                     shift_early_fragments)
from .rows import assemble_rows
from .tails import complete_tails
from .tokens import is_junk, segments

__all__ = ["Numbering", "column_order", "find_header", "is_header_line", "is_junk", "join_fragments",
           "ocr_table", "segments", "split_agency_run", "split_agency_tail", "split_cell_tail",
           "title_ranges"]


def ocr_table(lines: list[Line]) -> Table | None:
    """The task table scattered over OCR'd text lines, with a standard header; None if there is none. A
    table whose header OCR lost starts at the appendix's first area heading, its columns in the usual order."""
    start = find_header(lines)
    start = headless_start(lines) if start is None else start
    if start is None:
        return None
    body = lines[start:table_end(lines, start)]
    order = column_order(body)
    rows = assemble_rows(classify_lines(body), order)
    for row in rows:
        fill_holes(row, order)
        shift_early_fragments(row, order)
        shift_broken_names(row, order)
        join_names_across(row)
        lead_from_coordinating(row)
    complete_levels(rows, order)
    complete_heads(rows)
    rows = [r for r in rows if r.kind != "task" or r.text(TITLE)]
    if not any(r.kind == "task" for r in rows):
        return None
    number_rows(rows)
    columns = [NUMBER] + order
    table_rows = [[STANDARD_HEADER[c] for c in columns]]
    table_rows += _with_tails([_render(row, columns) for row in rows], columns)
    linenos = [lines[start].lineno] + [row.lineno for row in rows]
    return Table(rows=table_rows, lineno=linenos[0], row_linenos=linenos)


def _with_tails(rendered: list[list[str]], columns: list[str]) -> list[list[str]]:
    """The rendered rows with the agency items that lost their "tỉnh" completed (`tails`)."""
    for column in (c for c in AGENCY_COLUMNS if c in columns):
        index = columns.index(column)
        for cells, cell in zip(rendered, complete_tails([r[index] for r in rendered])):
            cells[index] = cell
    return rendered


def _render(row: Row, columns: list[str]) -> list[str]:
    if row.kind != "task":
        return [row.number, row.text(TITLE)] + [""] * (len(columns) - 2)
    return [row.number] + [_cell(row, c) for c in columns[1:]]


def _cell(row: Row, column: str) -> str:
    if column in AGENCY_COLUMNS:
        return snap_agency_fragments([p.text for p in row.cells.get(column, [])])
    return row.text(column)
