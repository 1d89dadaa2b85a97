"""Task-table rows -> typed rows: area headings, groups, tasks, and continuations merged.

Works on the cells of any task table once its columns are known. A row is
* an area heading: Roman number ("II", "IV.") or one text repeated across merged cells; in a
  table without such headings, an Arabic-numbered group that names a reform area ("1 | Cải cách
  thể chế" over "1.1", "1.2"); or a new text in the table's "Lĩnh vực" column;
* a top-level letter group ("A", "B") as in PAR-Index plans;
* a group: a numbered row with no lead, deadline or output whose next rows are numbered
  beneath it ("1" then "1.1", "1.2", or "1" then "1", "2" again);
* a continuation: no number and the previous row was a task broken by a page break;
* a task: anything else with text.

A table of targets (`target_tables`, header words in `columns.target_columns`) is typed the same way; its
"task" rows are indicators, and a figure in a value column makes an unnumbered row a full one.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..document import Block, Line, Notice, Table
from ..fields.agencies import named_agencies
from ..fields.areas import area_code, is_area_heading
from ..fields.deadlines import parse_deadline
from ..fields.money import sum_money
from ..text import BULLET_GLYPHS, CAPITALS, fold, fold_words
from .columns import (AREA, BUDGET, BUDGET_PARTS, COORDINATING, DEADLINE, LEAD, NUMBER, OUTPUTS, PERIOD_CELL, START,
                      TITLE, TOTAL, TOTAL_WORDS, Columns, columns_from_header, header_role, infer_columns,
                      is_header_row, is_numbering_row, is_period_numbering, is_target_header_row, is_value_role,
                      money_scale, settle_number_column, settle_outputs_column, target_columns,
                      target_header_role)
from .removed import lists_removed

DETAIL_ROLES = (OUTPUTS, LEAD, COORDINATING, START, DEADLINE, BUDGET, BUDGET_PARTS)
ROMAN = re.compile(r"^(?=[IVXLC])(X{0,3})(IX|IV|V?I{0,3})$")
_NUMBER = re.compile(r"^\s*\(?((?:\d+\.)*\d+|[IVXLC]+|[A-ZĐ]|[a-zđ])\s*[.)/]?\s*$")   # "1.2", "II", "a)", "(1)", "1/"
_BULLET_NUMBER = re.compile(rf"\s*[-+*–{BULLET_GLYPHS}]\s*")
_MONTH_NUMBERS = re.compile(r"(?:0?[1-9]|1[0-2])(?:\s*[-,;]\s*(?:0?[1-9]|1[0-2]))*")   # "6", "3 - 6", "6, 12"
_SPREADSHEET_NUMBERING = re.compile(r"^(\d{1,2}),(\d)$")
_BULLET_ROW = "-"   # the number of a row marked "-" (or "-a", lettered "a)") until `_number_bullet_rows` numbers it
_LETTER_ITEM = re.compile(r"^\s*([a-zđ])\)\s+(?=\S)")
_LIST_MARKER = re.compile(r"^\s*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s")   # "1. ", "II. ", "a) "
# a part numbered in Arabic: "Phần 1. CẢI CÁCH THỂ CHẾ", or "Phần 2" in the number cell before its title
_PART = re.compile(rf"^\s*(?:Phần|PHẦN|Mục|MỤC)\s+(\d{{1,2}})\s*[.):/-]?\s*(?=[{CAPITALS}]|$)")
_HEADING_PREFIX = re.compile(r"^\s*(?:(?:Phần|PHẦN|Mục|MỤC)\s+)?"
                             rf"((?:[IVXLC]+|[A-ZĐ])\s*[.):/-]|(?:[IVXLC]+|[A-ZĐ])\s+(?=[{CAPITALS}]))\s*")


@dataclass
class Row:
    kind: str  # "heading", "letter", "group", "task"
    number: str
    cells: dict[str, str] = field(default_factory=dict)
    lineno: int | None = None

    @property
    def title(self) -> str:
        return self.cells.get(TITLE, "")

    def has_details(self) -> bool:
        return _has_details(self.cells)


@dataclass
class TaskTable:
    columns: Columns
    rows: list[Row]
    notices: list[Notice] = field(default_factory=list)   # columns whose text no field takes

    def total_text(self) -> str:
        """What the table's closing "Tổng cộng" rows say (the stated total budget)."""
        return " ".join(r.title for r in self.rows if r.kind == "total")


_UNIT_LINE = re.compile(r"^\(?\s*(?:don vi tinh|don vi|dvt)\s*:?\s*(?P<unit>.{1,30}?)\s*\)?$")
_ABOVE_REACH = 3   # lines above a table
_HEADING_LENGTH = 120   # longer, a line above is a paragraph that may only mention tasks taken out


@dataclass(frozen=True)
class Above:
    """What the lines just above a table say of it."""
    scale: float | None = None   # the money unit ("Đơn vị tính: đồng", "ĐVT: nghìn đồng"), as the factor to million VND
    removed: bool = False        # a heading over tasks taken out of the plan ("II. NHIỆM VỤ ĐƯA RA KHỎI KẾ HOẠCH")


def said_above(blocks: list[Block]) -> dict[int, Above]:
    """What the lines between a table and the block before it say of the table, by its first line."""
    said: dict[int, Above] = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        above: list[str] = []
        for before in reversed(blocks[max(0, i - _ABOVE_REACH):i]):
            if not isinstance(before, Line):
                break
            above.append(before.text)
        scales = (money_scale(m["unit"]) for m in map(_UNIT_LINE.match, (fold(t).strip() for t in above)) if m)
        removed = any(len(t) <= _HEADING_LENGTH and lists_removed(t) for t in above)
        said[block.lineno] = Above(next((s for s in scales if s is not None), None), removed)
    return said


def task_tables(tables: list[Table], above: dict[int, Above] | None = None) -> list[TaskTable]:
    """Tables that hold tasks, with header-less page continuations joined to their table. `above`: what the
    lines just above a table say (`said_above`): the money unit of a budget column whose header names none,
    a heading over tasks taken out of the plan."""
    result: list[TaskTable] = []
    columns: Columns | None = None
    width = target_width = 0
    for table in split_at_new_headers(tables):
        if _lists_documents(table):
            columns = None
            continue
        header_end = header_rows(table.rows)
        if not header_end and target_width and len(table.rows[0]) == target_width:
            continue  # the next page of a table of targets
        target_width = 0
        if header_end:
            columns = columns_from_header(table.rows[:header_end])
            settle_number_column(columns, table.rows[header_end:])
            settle_outputs_column(columns, table.rows[header_end:])
            said = (above or {}).get(table.lineno, Above())
            if not columns.budget_unit_stated and said.scale is not None:
                columns.budget_scale = said.scale
            columns.removed = columns.removed or said.removed
            width = len(table.rows[0])
        elif columns is None or len(table.rows[0]) != width:
            columns = infer_columns(table.rows)
            width = len(table.rows[0]) if table.rows else 0
        if columns is not None and _is_target_table(table, columns, header_end):
            target_width, columns = len(table.rows[0]), None
            continue
        if columns is None or TITLE not in columns.roles or not ({LEAD, DEADLINE} & columns.roles.keys()):
            columns = None
            continue
        rows = typed_rows(table, columns, header_end)
        if _one_text(rows) or _lists_no_tasks(table, columns, header_end):
            columns = None
            continue
        if header_end == 0 and result and result[-1].columns is columns:
            result[-1].rows.extend(rows)
        elif rows:
            result.append(TaskTable(columns, rows, _unread_columns(table, columns, header_end)))
    return [t for t in result if any(r.kind == "task" for r in t.rows)]


def _unread_columns(table: Table, columns: Columns, header_end: int) -> list[Notice]:
    """A notice for each column with text under a header that names no field ("Cấp trình"): the reviewer
    finds that text only in the document."""
    body = table.rows[header_end:]
    return [Notice(f"Cột \"{header}\" của bảng nhiệm vụ không ứng với trường nào của kế hoạch nên nội dung "
                   "của cột không được nhập; hãy đối chiếu với văn bản gốc.", table.lineno)
            for i, header in columns.unclaimed.items() if any(i < len(row) and row[i].strip() for row in body)]


_ONE_TEXT_ROWS = 3
_ONE_TEXT_SHARE = 0.75


def _one_text(rows: list[Row]) -> bool:
    """Rows that nearly all hold one same text where a task would stand: a list of agencies with what each
    names ("Cơ quan, đơn vị | Đầu mối CCHC": "Lãnh đạo phụ trách và 01 công chức"), not a table of tasks."""
    titles = [fold_words(row.title) for row in rows if row.kind == "task"]
    return len(titles) >= _ONE_TEXT_ROWS and Counter(titles).most_common(1)[0][1] >= _ONE_TEXT_SHARE * len(titles)


_REPORT_TITLE = re.compile(r"^(?:bao cao|bc)\b")
_REPORT_SHARE = 0.75
# the task column of a table that says who follows up which area ("Lĩnh vực, nội dung theo dõi | Cơ quan chủ
# trì theo dõi | Thời gian báo cáo"): an assignment of monitoring, not tasks
_FOLLOW_UP = re.compile(r"\b(?:theo doi|don doc)\b")


def _is_report_schedule(table: Table, columns: Columns, header_end: int) -> bool:
    """A table of the reports agencies owe ("DANH MỤC BÁO CÁO ĐỊNH KỲ": "Nội dung báo cáo | Cơ quan thực hiện |
    Thời hạn"), nearly every row a "Báo cáo ...": the plan's reporting regime, not its tasks. A report row of a
    task table, under "Nội dung công việc", stays a task."""
    if DEADLINE not in columns.roles or "bao cao" not in _title_header(table, columns, header_end):
        return False
    titles = [t for t in (fold_words(columns.cell(row, TITLE)) for row in table.rows[header_end:]) if t]
    return len(titles) >= 2 and sum(map(bool, map(_REPORT_TITLE.match, titles))) >= _REPORT_SHARE * len(titles)


def _lists_no_tasks(table: Table, columns: Columns, header_end: int) -> bool:
    """The reports agencies owe, or who follows up which area: tables beside the tasks that hold none."""
    return _is_report_schedule(table, columns, header_end) or \
        bool(_FOLLOW_UP.search(_title_header(table, columns, header_end)))


def _title_header(table: Table, columns: Columns, header_end: int) -> str:
    """The folded header words of the task column ("noi dung bao cao")."""
    return " ".join(fold_words(columns.cell(row, TITLE)) for row in table.rows[:header_end])


def report_schedules(tables: list[Table]) -> list[tuple[str, str, str]]:
    """(report, agency that sends it, due date) of each row of the plan's tables of reports."""
    found: list[tuple[str, str, str]] = []
    for table in split_at_new_headers(tables):
        header_end = header_rows(table.rows)
        columns = columns_from_header(table.rows[:header_end]) if header_end else None
        if columns is not None and _is_report_schedule(table, columns, header_end):
            found += [(row.title, row.cells.get(LEAD, ""), row.cells.get(DEADLINE, ""))
                      for row in typed_rows(table, columns, header_end) if row.kind == "task"]
    return found


def split_at_new_headers(tables: list[Table]) -> list[Table]:
    """Tables cut where a header of another table starts: a sheet or a text copy that holds the table of
    targets, then the task table ("STT | Chỉ tiêu | Năm 2024" ... "STT | Nhiệm vụ | Chủ trì"), with nothing
    between them that a reader could see as their border. A page's repeated header is no new table, also
    where the copy mangled some of its words (it then names fewer columns)."""
    result: list[Table] = []
    for table in tables:
        rows, start = table.rows, 0
        body = header_rows(rows)   # where the current table's header ends; 0: no header, nothing to tell apart
        for i in range(body, len(rows) if body else 0):
            header = rows[start:body]
            if i >= body and is_header_row(rows[i]) and rows[i] not in header and _starts_other_table(header, rows[i]):
                result.append(_rows_slice(table, start, i))
                start, body = i, i + header_rows(rows[i:])
        result.append(_rows_slice(table, start, len(rows)) if start else table)
    return result


def _starts_other_table(header: list[list[str]], row: list[str]) -> bool:
    """A header of targets after the header rows of a task table or the reverse, or one naming columns they
    lack and lacking some of theirs."""
    if is_target_header_row(header[0]) != is_target_header_row(row):
        return True
    roles, new_roles = frozenset(columns_from_header(header).roles), frozenset(columns_from_header([row]).roles)
    return not (roles <= new_roles or new_roles <= roles)


def _rows_slice(table: Table, start: int, end: int) -> Table:
    return Table(rows=table.rows[start:end], lineno=table.row_linenos[start],
                 row_linenos=table.row_linenos[start:end], page=table.page)


_DOCUMENT_LIST = re.compile(r"\b(?:so ky hieu|trich yeu)\b")


def _lists_documents(table: Table) -> bool:
    """A portal's list of documents ("STT | Số ký hiệu | Ngày ban hành | Trích yếu") holds no tasks."""
    return bool(table.rows) and bool(_DOCUMENT_LIST.search(" ".join(fold_words(c) for c in table.rows[0])))


def _is_target_table(table: Table, columns: Columns, header_end: int) -> bool:
    """A table of figures ("Chỉ tiêu | Đơn vị tính | Năm 2024 | Cơ quan theo dõi") has no deadline column
    and names its rows "chỉ tiêu" or gives them units and figures: its rows are targets, not tasks."""
    if DEADLINE in columns.roles or columns.period_columns:
        return False
    head = " ".join(fold_words(c) for c in table.rows[0])
    return bool(re.search(r"\bchi tieu\b", head)) or \
        (header_end > 0 and target_columns(table.rows[:header_end]) is not None)


def target_tables(tables: list[Table]) -> list[TaskTable]:
    """Tables of targets, typed like task tables (area rows, groups, repeated headers, page continuations):
    each "task" row is an indicator with its figures."""
    result: list[TaskTable] = []
    width = 0
    for table in split_at_new_headers(tables):
        header_end = _target_header_end(table.rows)
        columns = target_columns(table.rows[:header_end]) if header_end else None
        if columns is not None:
            result.append(TaskTable(columns, typed_rows(table, columns, header_end)))
            width = len(table.rows[0])
        elif width and not header_rows(table.rows) and len(table.rows[0]) == width:
            result[-1].rows.extend(typed_rows(table, result[-1].columns))
        else:
            width = 0
    return [t for t in result if any(r.kind == "task" for r in t.rows)]


def _target_header_end(rows: list[list[str]]) -> int:
    """Header rows of a table of targets: the header, then "(1) (2) (3)" or a row of years or role words."""
    return header_rows(rows, _is_target_sub_header)


def _is_target_sub_header(row: list[str]) -> bool:
    """"Năm 2024 | Năm 2025" under "Chỉ tiêu phấn đấu", "Chủ trì | Theo dõi" under "Cơ quan"."""
    filled = [c for c in row if c.strip()]
    return bool(filled) and all(target_header_role(c) for c in filled)


def header_rows(rows: list[list[str]], is_sub_header: Callable[[list[str]], bool] | None = None) -> int:
    """Number of header rows at the top (0 if the table starts with data)."""
    is_sub_header = is_sub_header or _is_sub_header
    end = 0
    for i, row in enumerate(rows[:4]):
        if is_header_row(row) or (end and (is_numbering_row(row) or is_sub_header(row))):
            end = i + 1
        elif end:
            break
    return end


def _is_sub_header(row: list[str]) -> bool:
    """The second header row: cells that name roles, or the periods under "Thời gian thực hiện", or the
    last word of a header cell that wrapped onto a line of its own ("Thời gian hoàn" / "thành").
    A numbered row ("1. Lĩnh vực cải cách thủ tục hành chính", merged across) is the first area. The agencies
    heading a matrix's columns ("Sở Nội vụ | Sở Tư pháp | ...") are two at least: one is a group row."""
    filled = [c.strip() for c in row if c.strip()]
    numbers = [c for c in filled if c.isdigit() and len(c) <= 2]   # the months of a grid headed "1 | 2 | ... | 12"
    if not filled or _LIST_MARKER.match(filled[0]) or (numbers and not is_period_numbering(numbers)):
        return False
    rest = [c for c in filled if not (c in numbers or header_role(c) or PERIOD_CELL.match(c) or _HEADER_TAIL.match(c))]
    return not rest or (len(set(rest)) > 1 and all(named_agencies(c) for c in rest))


_HEADER_TAIL = re.compile(r"^(?:thành|trì|hợp|hiện|phẩm|gian|vụ|dung|chú|phí|đồng\)?|\(triệu đồng\))$")


def typed_rows(table: Table, columns: Columns, skip: int = 0) -> list[Row]:
    rows: list[Row] = []
    header_cells = [c.strip() for c in table.rows[0]] if skip else None
    for cells, lineno in zip(table.rows[skip:], table.row_linenos[skip:]):
        if rows and rows[-1].kind == "total" or is_total_row(cells):
            rows.append(Row("total", "", {TITLE: _total_text(cells, columns)}, lineno))
            continue
        if not any(c.strip() for c in cells) or is_header_row(cells) or is_numbering_row(cells):
            continue  # repeated header rows of later pages
        if header_cells and [c.strip() for c in cells] == header_cells:
            continue
        area = columns.cell(cells, AREA)
        if area and area != _current_area(rows):
            rows.append(_area_column_heading(area, lineno))
        row = _classify(cells, columns, lineno)
        if _continues_heading(row, rows):
            rows[-1].cells[TITLE] = f"{rows[-1].title} {row.title}"
            continue
        if _same_task(row, rows):
            _add_line(rows[-1], row)
            continue
        if row.kind == "continuation":
            if rows and rows[-1].kind == "task" and not _full_row(row, rows[-1]):
                _merge(rows[-1], row)
                continue
            row.kind = "task"
        rows.append(row)
    _fill_dittos(rows)
    _number_bullet_rows(rows)
    _mend_lost_dots(rows)
    _mend_misread_numerals(rows)
    _demote_arabic_headings(rows)
    _mark_groups(rows)
    _promote_area_groups(rows)
    if NUMBER not in columns.roles:
        _number_tasks(rows)
    return rows


# a cell that repeats the one above it: "nt", "-nt-", "(nt)", "Như trên", a lone quotation mark
_DITTO = re.compile(r"^[-–(\s]*(?:nt|n\.t\.?|như trên|[\"”〃])[-–)\s.]*$", re.IGNORECASE)


def _fill_dittos(rows: list[Row]) -> None:
    """Ditto marks take the text of the same column in the task row above ("Văn phòng Sở" then "nt")."""
    above: dict[str, str] = {}
    for row in rows:
        if row.kind != "task":
            continue
        for role, text in row.cells.items():
            if role != TITLE and _DITTO.match(text) and role in above:
                row.cells[role] = above[role]
        above = row.cells


def _number_bullet_rows(rows: list[Row]) -> None:
    """Rows marked "-" in the number column are numbered under the numbered row above them ("1" ->
    "1.1", "1.2", which makes a detail-less "1" their group), or 1, 2, ... right under a heading; rows
    lettered "a)" in their title, "1.a"."""
    parent, count = "", 0
    for row in rows:
        if row.kind in ("heading", "letter"):
            parent, count = "", 0
        elif row.kind == "task" and row.number == _BULLET_ROW:
            count += 1
            row.number = f"{parent}.{count}" if parent else str(count)
        elif row.kind == "task" and row.number.startswith(_BULLET_ROW):   # a lettered sub-task: "-a"
            row.number = f"{parent}.{row.number[1:]}" if parent else row.number[1:]
        elif row.kind == "task":
            parent, count = row.number, 0


def _number_tasks(rows: list[Row]) -> None:
    """Tasks of a table without a number column are numbered 1, 2, ... under each heading."""
    count = 0
    for row in rows:
        if row.kind in ("heading", "letter"):
            count = 0
        elif row.kind == "task" and not row.number:
            count += 1
            row.number = str(count)


def _continues_heading(row: Row, rows: list[Row]) -> bool:
    """The rest of a merged heading row that a page break cut ("II. XÂY DỰNG ... CÁN BỘ, CÔNG" then
    "CHỨC, VIÊN CHỨC"): an unnumbered merged row that names no area of its own."""
    return row.kind == "heading" and not row.number and bool(rows) and rows[-1].kind in ("heading", "letter") \
        and rows[-1].number != "" and area_code(row.title) == "other"


def _current_area(rows: list[Row]) -> str:
    """The "Lĩnh vực" cell the rows so far sit under (a merged cell repeats it in every row)."""
    return next((r.cells.get(AREA, "") for r in reversed(rows) if r.kind == "heading"), "")


def _area_column_heading(cell: str, lineno: int) -> Row:
    """A "Lĩnh vực" cell as a heading; its own number ("I. Cải cách thể chế", "1. ...") is kept."""
    row = _heading_from_text(cell, lineno)
    row.kind = "heading"
    row.cells[AREA] = cell
    return row


_SCALE_UNITS = {0.001: "nghìn đồng", 1000.0: "tỷ đồng", 0.000001: "đồng"}


def _total_text(cells: list[str], columns: Columns) -> str:
    """The total row's words; its budget figure carries the unit the column's header states
    ("Kinh phí (đồng)"), so the stated total is read in million VND like the rows."""
    budget = columns.roles.get(BUDGET)
    unit = _SCALE_UNITS.get(columns.budget_scale)
    cells = [c.strip() for c in cells]
    if budget is not None and columns.budget_parts and budget < len(cells):
        # the sum over the columns under "Kinh phí" stands in the first of them, as in a task row
        total = sum_money([cells[budget], *(cells[i] for i in columns.budget_parts if i < len(cells))],
                          columns.budget_scale)
        cells = [f"{total:g} triệu đồng" if i == budget and total is not None else "" if i in columns.budget_parts
                 else c for i, c in enumerate(cells)]
    if budget is not None and budget < len(cells) and re.search(r"\d", cells[budget]):
        # the figures of other columns (a source's share) would run into its own
        cells = [c if i == budget or not re.fullmatch(r"[\d.,\s]+", c) else "" for i, c in enumerate(cells)]
    words = [f"{c} {unit}" if i == budget and unit and re.search(r"\d$", c) else c for i, c in enumerate(cells)]
    return " ".join(w for w in words if w)


def is_total_row(cells: list[str]) -> bool:
    """A closing "Tổng cộng" row. Folded, so that OCR'd "Tong cong" counts; but a word written with
    other marks is another word: "công" (of "công chức" wrapped into the number column) is no "cộng"."""
    first = next((c for c in cells if c.strip()), "")
    folded = fold_words(first)
    if not TOTAL.match(folded):
        return False
    return fold(first) == first.lower() or " ".join(re.findall(r"\w+", first.lower())) in TOTAL_WORDS


def _classify(cells: list[str], columns: Columns, lineno: int) -> Row:
    by_role = {role: columns.cell(cells, role) for role in columns.roles if role != AREA}
    if columns.budget_parts:
        by_role[BUDGET_PARTS] = columns.cell(cells, BUDGET_PARTS)
    raw_number = by_role.pop(NUMBER, "")
    number = _clean_number(raw_number)
    area_column = columns.roles.get(AREA)
    filled = [c.strip() for i, c in enumerate(cells) if c.strip() and i != area_column]
    if columns.period_columns and not by_role.get(DEADLINE):
        by_role[DEADLINE] = _marked_periods(cells, columns.period_columns)
    if columns.agency_columns:
        _read_marked_agencies(cells, columns.agency_columns, by_role)
    if columns.deadline_in_months and _MONTH_NUMBERS.fullmatch(by_role.get(DEADLINE, "")):
        by_role[DEADLINE] = "Tháng " + by_role[DEADLINE]
    heading = _heading_row(filled, number, by_role, cells, lineno)
    if heading:
        return heading
    if _BULLET_NUMBER.fullmatch(raw_number) and by_role.get(TITLE) and (by_role.get(LEAD) or by_role.get(DEADLINE)):
        return Row("task", _BULLET_ROW, by_role, lineno)   # "- | Rà soát ... | Sở Tư pháp": a row of its own
    lettered = _LETTER_ITEM.match(by_role.get(TITLE, ""))
    if not number and lettered and NUMBER in columns.roles and (by_role.get(LEAD) or by_role.get(DEADLINE)):
        # "| a) Tham mưu ... | Sở Nội vụ | Quý II": a sub-task of its own, numbered under the row above
        by_role[TITLE] = by_role[TITLE][lettered.end():]
        return Row("task", _BULLET_ROW + lettered.group(1), by_role, lineno)
    if not number:
        return _unnumbered_row(by_role, columns, lineno)
    if len(filled) > 2 and len(set(filled[1:])) == 1 and _clean_number(filled[0]) == number:
        # "1 | text merged over the row": an area heading ("4 | Cải cách tổ chức bộ máy"), else a row without
        # details, a group if the rows after it are numbered beneath it (OCR may have misread their numbers)
        return Row("heading" if _names_area(filled[1]) else "task", number, {TITLE: filled[1]}, lineno)
    return Row("task", number, by_role, lineno)


def _heading_row(filled: list[str], number: str, by_role: dict[str, str], cells: list[str],
                 lineno: int) -> Row | None:
    """Area headings and letter groups: merged rows, Roman or letter numbers, an area in the title cell."""
    if not number and filled and filled[0][:1].islower():
        return None   # cells that go on in lower case continue a row ("thành phố" twice after a page break)
    if len(filled) > 1 and len(set(filled)) == 1 or (not number and len(set(filled)) == 1 and
                                                       (_HEADING_PREFIX.match(filled[0]) or _PART.match(filled[0]))):
        return _heading_from_text(filled[0], lineno)
    if len(filled) >= 2 and len(set(filled[1:])) == 1 and not number and \
            (_clean_number(filled[0]) or _PART.fullmatch(filled[0])):
        return _heading_from_text(f"{filled[0]} {filled[1]}", lineno)
    if len(filled) > 2 and len(set(filled[1:])) == 1 and not number:   # merged across, as OCR cut it:
        if _HEADING_PREFIX.match(filled[0]):   # at a letter's stem that lined up with a rule ("V. HIỆN" | "ĐẠI ...")
            return _heading_from_text(f"{filled[0]} {filled[1]}", lineno)
        if len(filled[0]) <= 4:   # its numeral misread ("Vv", "In", "HI.")
            return _heading_from_text(filled[1], lineno)
    if ROMAN.match(number):
        return Row("heading", number, {TITLE: _first_text(by_role, cells)}, lineno)
    # a letter's part: its title merged across the row repeats in every column, and is no detail of a task
    if re.fullmatch(r"[A-ZĐ]", number) and not _has_details(_other_than(_first_text(by_role, cells), by_role)):
        return Row("letter", number, {TITLE: _first_text(by_role, cells)}, lineno)
    if not number and filled == [by_role.get(TITLE, "").strip()] and (
            _names_area(filled[0]) or (filled[0].isupper() and named_agencies(filled[0]))):
        return _heading_from_text(filled[0], lineno)  # an area's or an agency's row in the title cell only
    return None


_LEAD_MARK = re.compile(r"^(?:ct|chu tri)$")
_COORDINATING_MARK = re.compile(r"^(?:ph|phoi hop)$")
_MARK_LENGTH = 10


def _read_marked_agencies(cells: list[str], agencies: dict[int, tuple[str, str]], by_role: dict[str, str]) -> None:
    """The agencies a row marks in a matrix of agency columns: "CT" (chủ trì) leads, "PH" (phối hợp)
    coordinates, any other mark ("x") takes the role its header group names. A lead or coordinating column of
    text beside the matrix keeps its own."""
    marked: dict[str, list[str]] = {LEAD: [], COORDINATING: []}
    for i, (agency, role) in sorted(agencies.items()):
        mark = fold_words(cells[i]) if i < len(cells) else ""
        if mark and len(mark) <= _MARK_LENGTH:   # a longer cell says more than who takes part
            role = LEAD if _LEAD_MARK.match(mark) else COORDINATING if _COORDINATING_MARK.match(mark) else role
            marked[role].append(agency)
    for role, names in marked.items():
        if names and not by_role.get(role, "").strip():
            by_role[role] = "; ".join(names)


_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?:/(?:19|20)?\d{2})?")


def _marked_periods(cells: list[str], periods: dict[int, str]) -> str:
    """"x" under 2022 and 2023 -> "2022 - 2023", under "Quý II" alone -> "Quý II": the window a row marks;
    marks apart ("Quý II" and "Quý IV") are milestones, "Quý II, Quý IV". A day typed for the mark ("30/6"
    under T6) is the row's time there."""
    runs: list[list[str]] = []
    previous_marked = False
    for i, label in sorted(periods.items()):
        marked = i < len(cells) and bool(cells[i].strip())
        if marked and _DAY_MONTH.fullmatch(cells[i].strip()):
            label = cells[i].strip()
        if marked and previous_marked:
            runs[-1].append(label)
        elif marked:
            runs.append([label])
        previous_marked = marked
    if len(runs) == 1 and len(runs[0]) == 1:
        return f"Năm {runs[0][0]}" if runs[0][0].isdigit() else runs[0][0]
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]} - {run[-1]}" for run in runs)


def _unnumbered_row(by_role: dict[str, str], columns: Columns, lineno: int) -> Row:
    """A page-break continuation; or, in a table without a "STT" column, each full row is a task,
    numbered in its own text ("1. Rà soát ...") or later by `_number_tasks`."""
    figures = any(text.strip() for role, text in by_role.items() if is_value_role(role))
    if NUMBER in columns.roles or not by_role.get(TITLE) or not (by_role.get(LEAD) or by_role.get(DEADLINE) or
                                                                 figures):
        return Row("continuation", "", by_role, lineno)
    own = _ARABIC_PREFIX.match(by_role[TITLE])
    if own:
        by_role[TITLE] = by_role[TITLE][own.end():]
    return Row("task", own.group(1) if own else "", by_role, lineno)


_ARABIC_PREFIX = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s+(?=\S)")


def _names_area(text: str) -> bool:
    """"CẢI CÁCH THỂ CHẾ", "1. Cải cách thể chế": a reform area's heading, not the rest of a task's title."""
    arabic = _ARABIC_PREFIX.match(text)
    rest = text[arabic.end():] if arabic else text
    return rest[:1].isupper() and is_area_heading(rest)


def _heading_from_text(text: str, lineno: int) -> Row:
    """A row of one text merged across: "II. CẢI CÁCH ..." is a heading, "1. Cải cách thể chế" an
    Arabic-numbered area heading, "1. Kiện toàn tổ chức" a numbered row without details (a group)."""
    text = " ".join(text.split())
    part = _PART.match(text)
    if part:   # numbered as the Roman parts are, so that the Arabic rows under it stay its groups and tasks
        return Row("heading", to_roman(int(part.group(1))), {TITLE: text[part.end():].strip()}, lineno)
    arabic = _ARABIC_PREFIX.match(text)
    if arabic:
        rest = text[arabic.end():].strip()
        kind = "heading" if is_area_heading(rest) else "task"
        return Row(kind, arabic.group(1), {TITLE: rest}, lineno)
    m = _HEADING_PREFIX.match(text)
    number = ""
    if m:
        number = re.sub(r"[^A-ZĐ]", "", m.group(1))
        text = text[m.end():]
    kind = "letter" if re.fullmatch(r"[A-ZĐ]", number) and not ROMAN.match(number) else "heading"
    return Row(kind, number, {TITLE: text.strip()}, lineno)


def _first_text(by_role: dict[str, str], cells: list[str]) -> str:
    return by_role.get(TITLE) or next((c for c in cells[1:] if c.strip()), "")


def _has_details(by_role: dict[str, str]) -> bool:
    """Anything beside the title: agencies, deadline, products, budget, or a target's figures."""
    return any(by_role.get(r, "").strip() for r in DETAIL_ROLES) or \
        any(text.strip() for role, text in by_role.items() if is_value_role(role))


def _other_than(text: str, by_role: dict[str, str]) -> dict[str, str]:
    return {role: cell for role, cell in by_role.items() if cell.strip() != text.strip()}


def _clean_number(cell: str) -> str:
    # "1,2": a spreadsheet's "1.2" typed as a number, shown with the decimal comma
    m = _NUMBER.match(_SPREADSHEET_NUMBERING.sub(r"\1.\2", cell.replace(" ", "")))
    return m.group(1) if m else ""


def _full_row(row: Row, before: Row) -> bool:
    """An unnumbered row that gives a task of its own in full, its number forgotten or Word's numbering lost: a
    title opening in capitals, a lead and a deadline that reads alone, under a task that has its own. The rest of a
    row a page break cut ("III/2016", "thuộc UBND tỉnh") gives some of these at most."""
    cells = row.cells
    return cells.get(TITLE, "").lstrip()[:1].isupper() and not _BROKEN_PHRASE.search(before.title) and \
        all(cells.get(role, "").strip() and before.cells.get(role, "").strip() for role in (LEAD, DEADLINE)) and \
        parse_deadline(cells[DEADLINE], None).kind not in ("none", "relative")


def _merge(task: Row, more: Row) -> None:
    """A row broken by a page break: its pieces continue the cells of the previous row, on a line of their
    own unless the text broke mid-phrase ("Các cơ quan, đơn vị thuộc" / "UBND thành phố")."""
    for role, text in more.cells.items():
        if text.strip():
            before = task.cells.get(role, "")
            joint = " " if _BROKEN_PHRASE.search(before) or text.lstrip()[:1].islower() else "\n"
            task.cells[role] = f"{before}{joint}{text}" if before else text


def _same_task(row: Row, rows: list[Row]) -> bool:
    """A task set on several lines, one for each lead agency, under its number and task merged over them
    (a rowspan, Word's vertical merge): the readers give each line the merged cells' text again."""
    before = rows[-1] if rows else None
    return (before is not None and before.kind == row.kind == "task" and bool(row.number)
            and row.number == before.number and bool(row.title.strip()) and row.title == before.title)


def _add_line(task: Row, line: Row) -> None:
    """One more line of a task: its own cells (an agency, its output, its deadline) go on each on a
    line of their own, the merged ones it repeats are kept once, and its budget adds to the task's."""
    for role, text in line.cells.items():
        budget = role in (BUDGET, BUDGET_PARTS)
        key = BUDGET_PARTS if budget else role   # `_budget` in tasks.py adds up its TAB-separated amounts
        joint = "\t" if budget else "; " if role == DEADLINE else "\n"
        before = task.cells.get(key, "")
        if text.strip() and text.strip() not in (piece.strip() for piece in before.split(joint)):
            task.cells[key] = f"{before}{joint}{text}" if before else text


# a cell's last words that cannot end it: a preposition or conjunction, a comma, a hyphen
_BROKEN_PHRASE = re.compile(r"(?:\b(?:thuộc|của|và|với|các|cho|tại|trên|về|theo|trong)|[,–-])\s*$", re.IGNORECASE)


def _mark_groups(rows: list[Row]) -> None:
    """A detail-less numbered row is a group when the rows after it are numbered beneath it,
    either as "1" -> "1.1", "1.2", by numbering again from 1 ("1 Kiện toàn ..." -> "1", "2") or by
    letters ("1 Công tác tuyên truyền" -> "a", "b")."""
    for i, row in enumerate(rows):
        if row.kind != "task" or row.has_details():
            continue
        nxt = _next_task_in_section(rows, i)
        if nxt is not None and (nxt.number.startswith(row.number + ".") or
                                (nxt.number in ("1", "a") and nxt.has_details() and row.number != "a")):
            row.kind = "group"


def _next_task_in_section(rows: list[Row], i: int) -> Row | None:
    for r in rows[i + 1:]:
        if r.kind in ("heading", "letter", "total"):
            return None
        if r.kind == "task":
            return r
    return None


def _mend_lost_dots(rows: list[Row]) -> None:
    """Under the Arabic area row "4", whose other tasks are "4.2", "4.3", a task "41" is "4.1" that OCR lost
    the dot of; a table that numbers its tasks on across the areas has no "4.2" beside it."""
    for heading, tasks in _task_sections(rows):
        dotted = {r.number for r in tasks if r.number.startswith(heading + ".")}
        for row in tasks:
            mended = f"{heading}.{row.number[len(heading):]}"
            if heading.isdigit() and dotted and re.fullmatch(rf"{heading}\d", row.number) and mended not in dotted:
                row.number = mended


def _task_sections(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    """(heading number, its task rows) for each stretch under a heading, "" before the first."""
    sections: list[tuple[str, list[Row]]] = [("", [])]
    for row in rows:
        if row.kind in ("heading", "letter"):
            sections.append((row.number, []))
        elif row.kind == "task":
            sections[-1][1].append(row)
    return sections


def _mend_misread_numerals(rows: list[Row]) -> None:
    """In a table of Roman area rows, a row without details whose title is an area heading in capitals
    is one, whatever OCR made of its numeral ("M" or "1" for "V" or "I"): numbered on from the one before;
    and a Roman numeral that repeats the one before over another area ("II" for "III") counts on."""
    if not any(r.kind == "heading" and ROMAN.match(r.number) for r in rows):
        return
    last, last_title, part = 0, "", ""
    for row in rows:
        if row.kind == "heading" and ROMAN.match(row.number):
            if roman_value(row.number) == last and fold_words(row.title) != last_title:
                row.number = to_roman(last + 1)   # "II" again over another area: "III" lost a stroke
            last, last_title = roman_value(row.number), fold_words(row.title)
        elif row.kind in ("task", "heading", "letter") and not ROMAN.match(row.number) and AREA not in row.cells \
                and not row.has_details() and row.title.isupper() and is_area_heading(row.title) \
                and not _opens_part(row, part):
            last += 1
            row.kind, row.number = "heading", to_roman(last)
        elif row.kind == "letter":   # a new part ("B. Nhiệm vụ mới") numbers its areas from "I" again
            last, last_title, part = 0, "", row.number


def _opens_part(row: Row, part: str) -> bool:
    """A lettered row that is a part of the plan, whatever area its words name ("PHẦN B. CHUYỂN ĐỔI SỐ"): it
    calls itself one, or its letter follows the last part's; not a Roman numeral OCR misread as a letter."""
    return row.kind == "letter" and (row.title.upper().startswith("PHẦN ") or _follows(row.number, part))


_ALPHABETS = ("ABCDĐEGHIKLMNOPQRSTUVXY", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")   # Vietnamese ("D", "Đ", "E", "G"), Latin


def _follows(letter: str, previous: str) -> bool:
    return any(previous and previous in abc and abc[abc.index(previous) + 1:abc.index(previous) + 2] == letter
               for abc in _ALPHABETS)


def _demote_arabic_headings(rows: list[Row]) -> None:
    """Under a Roman heading that names a reform area, a row numbered "2." merged across the table is
    a group of that area, even where its words name one ("2. Thực hiện cơ chế một cửa, một cửa liên
    thông" under "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")."""
    under_area = False
    for row in rows:
        if row.kind != "heading" or AREA in row.cells:
            continue
        if ROMAN.match(row.number):
            under_area = area_code(row.title) != "other"
        elif under_area and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", row.number):
            row.kind = "task"   # a numbered row without details: `_mark_groups` makes it a group


_INDEX_DIMENSION = re.compile(r"^\s*chỉ số (?:nội dung|thành phần)\s+\d", re.IGNORECASE)


def _promote_area_groups(rows: list[Row]) -> None:
    """District plans number their area rows "1", "2" or "A", "B" (not "I", "II") over their tasks:
    in a table with no area headings but such rows merged across, top-level groups or letters that all
    name a reform area are those headings; so are an index plan's dimensions ("Chỉ số nội dung 2: Công
    khai, minh bạch" of PAPI), whatever area each names."""
    if any(r.kind == "heading" and not r.number.isdigit() for r in rows):
        return
    for kind in ("group", "letter"):
        groups = [r for r in rows if r.kind == kind and "." not in r.number]
        if groups and (all(is_area_heading(r.title) for r in groups) or
                       all(_INDEX_DIMENSION.match(r.title) for r in groups)):
            for row in groups:
                row.kind = "heading"


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(roman: str) -> int:
    if not ROMAN.match(roman):
        return 0
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def to_roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out
