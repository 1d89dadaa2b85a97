"""Column bands: a spreadsheet printed wider than its paper.

Excel and LibreOffice Calc print a sheet wider than the page in bands of columns: the first columns
on some pages, the next ones on later pages (down then over, or over then down). Every band is drawn
from the same left margin, and its rows stand exactly where the same rows stood in the first band,
since a sheet's row heights are the sheet's, not the band's. So a ruled table that starts where an
earlier table started, ends elsewhere, and whose every row lies where a row of that table lay on one
earlier page, is a band of it: its cells are more columns of those rows. A row that no cell of the
band covers runs under a merged cell across the band (an area heading spanning the sheet); the text
printed over it is that cell's, repeated in each column as merged cells are.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .pdf_tables import PageTable

_TOLERANCE = 1.5   # points between where a row stands in two bands


@dataclass
class Band:
    """The tables of one page, `printed`, that are a band of `target`'s rows from `page`."""
    target: PageTable
    page: int
    printed: int
    rows: dict[int, list[str]]   # target row -> the band's cells in it
    width: int


def find_band(tables: list[PageTable], earlier: list[PageTable]) -> tuple[Band | None, list[PageTable]]:
    """The band among a page's `tables`, and the page's other tables. A page holds one band, of one earlier
    page's rows: the one most of its tables fit (a table of a few rows may also fit another page's rows
    by chance)."""
    fits = [_fits(table, earlier) for table in tables]
    votes = Counter(key for found in fits for key in found)
    if not votes:
        return None, tables
    bottom = max(table.spans[-1][2] for table in tables)
    best = max(votes, key=lambda key: (_ends_alike(earlier[key[0]], key[1], bottom), votes[key],
                                       sum(len(found.get(key, ())) for found in fits)))
    band = Band(earlier[best[0]], best[1], tables[0].page, {}, 0)
    others = []
    for table, found in zip(tables, fits):
        if best not in found:
            others.append(table)
            continue
        band.rows.update({row: table.rows[i] for i, row in found[best].items()})
        band.width = max(band.width, table.width)
    return band, others


def _ends_alike(target: PageTable, page: int, bottom: float) -> bool:
    """Whether the rows of `target` on `page` end where the band does: a page break cuts every band of a
    sheet at the same row, which tells the page apart from another whose rows happen to stand alike
    (a sheet's rows are often all of one height)."""
    return abs(max(b for p, _, b in target.spans if p == page) - bottom) <= _TOLERANCE


def join_band(band: Band, lines: list[tuple[float, str]]) -> set[int]:
    """Add the band's cells to its rows; a row it has no cell in takes the text printed over it from
    `lines` (top, text) or, with none, goes on with the merged cell the row ends with. The indexes of the
    lines used."""
    used: set[int] = set()
    target = band.target
    for row, (page, top, bottom) in enumerate(target.spans):
        if page != band.page:
            continue
        cells = band.rows.get(row)
        if cells is None:
            over = [i for i, (at, _) in enumerate(lines) if top - _TOLERANCE <= at < bottom]
            used.update(over)
            text = " ".join(lines[i][1] for i in over)
            cells = [text or _merged_end(target.rows[row])] * band.width
            if text:
                _fill_open_end(target.rows[row], text)
        target.rows[row] = target.rows[row] + cells + [""] * (band.width - len(cells))
    target.last_page = max(target.last_page, band.printed)
    return used


def _merged_end(row: list[str]) -> str:
    """The text of a merged cell the row ends with (repeated in its last columns), which a band without a
    cell or text in the row goes on with."""
    return row[-1] if len(row) > 1 and row[-1] == row[-2] else ""


def _fill_open_end(row: list[str], text: str) -> None:
    """The empty cells at the end of a row, after a filled one, are the start of the merged cell whose
    text the band shows."""
    end = len(row)
    while end > 1 and not row[end - 1]:
        end -= 1
    for j in range(end, len(row)):
        row[j] = text


def _fits(table: PageTable, earlier: list[PageTable]) -> dict[tuple[int, int], dict[int, int]]:
    """{(earlier table's index, page): {row of `table`: row of that table}} for each earlier table and page
    whose rows `table` can be a band of."""
    found = {}
    for index, target in enumerate(earlier):
        if abs(target.left - table.left) > _TOLERANCE or abs(target.right - table.right) <= _TOLERANCE:
            continue
        by_page: dict[int, dict[int, int]] = defaultdict(dict)
        for i, (_, top, bottom) in enumerate(table.spans):
            for row, (page, row_top, row_bottom) in enumerate(target.spans):
                if page < table.page and abs(row_top - top) <= _TOLERANCE and abs(row_bottom - bottom) <= _TOLERANCE:
                    by_page[page][i] = row
        found.update({(index, page): rows for page, rows in by_page.items() if len(rows) == len(table.rows)})
    return found
