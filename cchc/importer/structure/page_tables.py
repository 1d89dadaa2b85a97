"""Tables that page breaks cut apart, joined back into one.

Converters from PDF to Word or HTML write one table per page, each opening with the header again or
not, with nothing but the page number between them. Joined, a row the page break split is one row again
(its second half merges into the task above it) and the rows of later pages stay under their area row.
"""
from __future__ import annotations

from ..document import Block, Line, Table
from ..page_numbers import page_number
from .rows import header_rows


def join_page_tables(blocks: list[Block]) -> list[Table]:
    """The document's tables, each run of one table's pages as one table."""
    tables: list[Table] = []
    adjacent = False   # nothing a reader sees stands between the last table and this block
    for block in blocks:
        if isinstance(block, Table):
            repeated = _continues(tables[-1], block) if adjacent else None
            if repeated is not None:
                tables[-1] = _joined(tables[-1], block, repeated)
            else:
                tables.append(block)
            adjacent = True
        elif isinstance(block, Line) and block.text.strip() and not page_number(block.text):
            adjacent = False
    return tables


def _continues(before: Table, table: Table) -> int | None:
    """If `table` is the next page of `before` (as wide, under the same header repeated or under none),
    the number of header rows it repeats."""
    if not before.rows or not table.rows or len(table.rows[0]) != len(before.rows[0]):
        return None
    header, own = header_rows(before.rows), header_rows(table.rows)
    if header and (not own or _cells(table.rows[:own]) == _cells(before.rows[:header])):
        return own
    return None


def _cells(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(c.split()) for c in row] for row in rows]


def _joined(before: Table, table: Table, repeated: int) -> Table:
    return Table(rows=before.rows + table.rows[repeated:], lineno=before.lineno,
                 row_linenos=before.row_linenos + table.row_linenos[repeated:], page=before.page)
