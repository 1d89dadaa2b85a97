"""Excel workbooks (openpyxl): task appendices are often published as spreadsheets.

Each sheet gives its title rows (one value in the row, such as "PHỤ LỤC") as lines and the rest
as one `Table`, merged cells repeated in every slot they cover, as the other readers do.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
import warnings
import zipfile
from pathlib import Path

import openpyxl

from ..document import Block, Document, Line, Notice, Table, last_position, number_blocks
from ..errors import ImportFailed, UnreadableDocument
from ..text import fold_words
from . import libreoffice
from .shading import mark_shaded

_MAX_ROWS = 20000
_MAX_COLUMNS = 60
_TITLE_ROW_VALUES = 2   # a title row above the table: one value, or the letterhead's two blocks side by side
# what a sheet's signature block below the table opens with: the place and date, the signer's title, the addressees
# (on folded words: no punctuation)
_SIGNATURE_START = re.compile(r"^(?:\w+ ){0,6}?ngay (?:\d{1,2} )?thang (?:\d{1,2} )?nam \d{4}$"
                              r"|^(?:kt|tm|tl|q) |^(?:pho )?(?:giam doc|chu tich|truong phong|thu truong)$"
                              r"|^nguoi lap(?: bieu)?\b|^noi nhan\b")
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")   # a cell's <f> element, with or without a namespace prefix
_WHITE_INDEXES = (9, 64)   # the legacy palette's white and "system foreground" (no colour)
_MONTH_ONLY = re.compile(r"(?:\[\$-[^\]]*\])?m{1,2}[/.-]y{2,4}", re.IGNORECASE)   # "mm/yyyy", "[$-42A]m/yyyy"


def read_xlsx(path: Path) -> Document:
    workbook = _open(path)
    if _stores_formulas(path) and _has_uncomputed_formulas(path, workbook):
        return _recalculated(path, workbook)
    return _workbook_document(workbook)


def _open(path: Path, data_only: bool = True):
    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it ignores
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, data_only=data_only)
    except ImportFailed:
        raise
    except Exception:  # openpyxl, zipfile and lxml raise many types for damaged files
        raise UnreadableDocument("Tệp Excel (.xlsx) bị hỏng hoặc không đúng định dạng, không đọc được.") from None


def _workbook_document(workbook) -> Document:
    blocks: list[Block] = []
    for sheet in _visible_sheets(workbook):
        blocks += number_blocks(_sheet_blocks(sheet), after=last_position(blocks))
    return Document(blocks=blocks)


def _visible_sheets(workbook) -> list:
    return [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]  # as printed


def _stores_formulas(path: Path) -> bool:
    """Whether any sheet holds a formula: most plan workbooks hold none, and are then not loaded a
    second time to compare formulas with their values."""
    with zipfile.ZipFile(path) as package:
        return any(_FORMULA.search(package.read(name)) for name in package.namelist()
                   if name.startswith("xl/worksheets/") and name.endswith(".xml"))


def _has_uncomputed_formulas(path: Path, workbook) -> bool:
    """Formulas stored without the value they last computed: the workbook was written by a program
    (openpyxl, a web export), never opened and saved by Excel. An "STT" of "=ROW()-1" then reads
    as empty and every task row runs into the one above."""
    for sheet in _visible_sheets(_open(path, data_only=False)):
        values = workbook[sheet.title]
        for row in sheet.iter_rows(max_row=min(sheet.max_row or 0, _MAX_ROWS), max_col=_MAX_COLUMNS):
            if any(cell.data_type == "f" and values[cell.coordinate].value is None for cell in row):
                return True
    return False


def _recalculated(path: Path, workbook) -> Document:
    """The workbook with its formulas computed by LibreOffice, as Excel computes them on opening."""
    try:
        with libreoffice.converted_copy(path, ".xlsx", "xlsx") as converted:
            doc = _workbook_document(_open(converted))
        doc.notices.append(Notice("Tệp Excel có ô công thức chưa lưu giá trị (tệp do phần mềm tạo ra, chưa mở bằng "
                                  "Excel); đã tính lại bằng LibreOffice, cần kiểm tra các ô này."))
    except UnreadableDocument:
        doc = _workbook_document(workbook)
        doc.notices.append(Notice("Tệp Excel có ô công thức chưa lưu giá trị và không tính lại được (cần "
                                  "LibreOffice); các ô đó được đọc là trống. Hãy mở tệp bằng Excel, lưu lại rồi "
                                  "nhập lại."))
    return doc


def _sheet_blocks(sheet) -> list[Block]:
    return grid_blocks(_sheet_grid(sheet))


def grid_blocks(grid: list[list[str]]) -> list[Block]:
    """A sheet's (or a CSV file's) rows: the title rows above the table as lines, the rest as one
    `Table`; empty rows dropped. A title row holds one value, or two side by side: the letterhead's
    issuer beside the national motto ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ..."). A table's header names
    three columns at least."""
    rows = [row for row in grid if any(row)]
    blocks: list[Block] = []
    while rows and len(_distinct(rows[0])) <= _TITLE_ROW_VALUES:
        blocks += [Line(cell, 0) for cell in _distinct(rows.pop(0))]
    signature = _signature_start(rows)
    rows, closing = rows[:signature], rows[signature:]
    if rows:
        width = max(_last_filled(row) for row in rows)
        blocks.append(Table(rows=[row[:width] + [""] * (width - len(row)) for row in rows], lineno=0))
    return blocks + [Line(cell, 0) for row in closing for cell in _distinct(row)]


def _signature_start(rows: list[list[str]]) -> int:
    """Where the rows of few values at the sheet's foot begin its signature block ("Nghệ An, ngày 19 tháng 01
    năm 2024" / "GIÁM ĐỐC" / the name): typed into the table's columns, it would run into the last task."""
    start = len(rows)
    while start and len(_distinct(rows[start - 1])) <= _TITLE_ROW_VALUES:
        start -= 1
    for i in range(start, len(rows)):
        if any(_SIGNATURE_START.match(fold_words(cell)) for cell in _distinct(rows[i])):
            return i
    return len(rows)


def _distinct(row: list[str]) -> list[str]:
    """The row's values in order, a merged cell's value once."""
    return list(dict.fromkeys(cell for cell in row if cell))


def _sheet_grid(sheet) -> list[list[str]]:
    height = min(sheet.max_row or 0, _MAX_ROWS)
    width = min(sheet.max_column or 0, _MAX_COLUMNS)
    grid = [["" for _ in range(width)] for _ in range(height)]
    shaded: list[tuple[int, int]] = []
    for r, row in enumerate(sheet.iter_rows(max_row=height, max_col=width)):
        for c, cell in enumerate(row):
            grid[r][c] = cell_text(cell.value, cell.number_format)
            if not grid[r][c] and _is_shaded(cell.fill):
                shaded.append((r, c))
    mark_shaded(grid, shaded)
    for merged in sheet.merged_cells.ranges:
        _spread(grid, merged.min_row - 1, merged.min_col - 1, merged.max_row - 1, merged.max_col - 1)
    # hidden rows and columns are not printed: an old deadline column kept for reference, a dropped task
    hidden_columns = {c - 1 for dim in sheet.column_dimensions.values() if dim.hidden
                      for c in range(dim.min or 0, (dim.max or 0) + 1)}
    hidden_rows = {r - 1 for r, dim in sheet.row_dimensions.items() if dim.hidden}
    return [[value for c, value in enumerate(row) if c not in hidden_columns]
            for r, row in enumerate(grid) if r not in hidden_rows]


def _is_shaded(fill) -> bool:
    """A solid fill of a colour other than white."""
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None:
        return False
    colour = fill.fgColor
    if colour.type == "rgb":
        return isinstance(colour.rgb, str) and colour.rgb[-6:].upper() != "FFFFFF"
    if colour.type == "theme":
        return colour.theme != 0 or bool(colour.tint)   # theme colour 0: the background, white
    return colour.type == "indexed" and colour.indexed not in _WHITE_INDEXES


def _spread(grid: list[list[str]], top: int, left: int, bottom: int, right: int) -> None:
    """Repeat a merged range's value (kept in its top-left cell) in every cell of the range."""
    if top >= len(grid) or left >= len(grid[0]):
        return
    value = grid[top][left]
    for r in range(top, min(bottom, len(grid) - 1) + 1):
        for c in range(left, min(right, len(grid[0]) - 1) + 1):
            grid[r][c] = value


def cell_text(value, number_format: str = "General") -> str:
    """Cell values as a person reads them: whole numbers without ".0", decimal commas, percentages as
    the cell shows them ("98%" for 0.98), dd/mm/yyyy dates, or mm/yyyy where the format shows no day."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (int, float)) and "%" in (number_format or ""):
        return _number_text(round(value * 100, 6)) + "%"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%m/%Y" if _MONTH_ONLY.fullmatch(number_format or "") else "%d/%m/%Y")
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("_x000D_", "")
    return "\n".join(part.strip() for part in text.split("\n") if part.strip())


def _number_text(value: float) -> str:
    """A decimal comma: "2.5" would read as 25 in Vietnamese."""
    return str(int(value)) if float(value).is_integer() else repr(value).replace(".", ",")


def _last_filled(row: list[str]) -> int:
    return max((i + 1 for i, cell in enumerate(row) if cell), default=0)
