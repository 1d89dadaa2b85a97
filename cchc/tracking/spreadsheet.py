"""The agency task sheet (.xlsx): one format for download and for bulk upload.

An officer downloads the tasks of their agency, fills in the status, percentage and notes, and
uploads the same file back (see `actions.bulk_updates`). Layout of the sheet "Nhiệm vụ":

    row 1   title (agency, date of export)
    row 2   how to fill it in
    row 3   column headers (found by name when reading, so moved or added columns do no harm)
    row 4+  one task per row; "Mã nhiệm vụ" is the task's database id and never changes

Reading is strict about the file (an .xlsx with a task sheet and the needed columns) and lenient
about cells (labels in any case, with or without diacritics; "40%" or 0.4 for a percentage).
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any, Iterable

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cchc.importer.text import fold

from .deadline_status import due_date
from .models import ProgressUpdate, TaskStatus
from .permissions import tasks_of_agency

SHEET_TITLE = "Nhiệm vụ"
HEADER_ROW = 3
MAX_ROWS = 5000  # far more than any agency's tasks; a bigger sheet is not one of ours
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    editable: bool = False


COLUMNS = [
    Column("task_id", "Mã nhiệm vụ", 12),
    Column("plan", "Kế hoạch", 40),
    Column("title", "Nội dung nhiệm vụ", 60),
    Column("role", "Vai trò", 12),
    Column("due", "Hạn", 13),
    Column("status", "Trạng thái", 22, editable=True),
    Column("percent", "Tỷ lệ %", 10, editable=True),
    Column("notes", "Ghi chú / kết quả", 60, editable=True),
]
REQUIRED_KEYS = ("task_id", "status", "percent", "notes")
# Header texts a person may have typed instead of ours (folded, without punctuation).
HEADER_ALIASES = {
    "task_id": {"ma nhiem vu", "ma nv", "ma"},
    "status": {"trang thai", "tinh trang"},
    "percent": {"ty le", "ty le %", "tien do", "tien do %", "ty le hoan thanh", "ty le hoan thanh %"},
    "notes": {"ghi chu / ket qua", "ghi chu ket qua", "ghi chu", "ket qua", "ket qua thuc hien"},
    "plan": {"ke hoach"},
    "title": {"noi dung nhiem vu", "noi dung", "nhiem vu"},
    "role": {"vai tro"},
    "due": {"han", "thoi han", "han hoan thanh"},
}
STATUS_LABELS = [label for _, label in TaskStatus.choices]


class SpreadsheetError(Exception):
    """The file as a whole cannot be read as a task sheet; `str(err)` is a Vietnamese message."""


@dataclass
class ExportRow:
    task_id: int
    plan: str
    title: str
    role: str
    due: dt.date | None
    due_text: str  # shown when there is no due date ("Thường xuyên", ...)
    status: str  # TaskStatus value
    percent: int
    notes: str


@dataclass
class SheetRow:
    """One filled row as read back: raw cell values, interpreted by the bulk update action."""
    number: int  # the row number Excel shows, used in messages ("Dòng 7")
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str) -> str:
        """The cell as one line of text ("" when empty)."""
        return " ".join(self.raw(key).split())

    def raw(self, key: str) -> str:
        """The cell as text, line breaks kept (for notes)."""
        value = self.values.get(key)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return "" if value is None else str(value).strip()


# ---- writing ---------------------------------------------------------------------------------

def write_task_sheet(rows: Iterable[ExportRow], agency_name: str, exported_on: dt.date) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    _write_heading(sheet, agency_name, exported_on)
    count = 0
    for count, row in enumerate(rows, start=1):
        _write_row(sheet, HEADER_ROW + count, row)
    _add_validations(sheet, last_row=HEADER_ROW + max(count, 1) + 200)  # room for pasted rows
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{HEADER_ROW + max(count, 1)}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_heading(sheet: Worksheet, agency_name: str, exported_on: dt.date) -> None:
    sheet.cell(row=1, column=1, value=f"Bảng công việc của {agency_name} – xuất ngày {exported_on:%d/%m/%Y}"
               ).font = Font(bold=True, size=13)
    sheet.cell(row=2, column=1, value=(
        "Cập nhật các cột Trạng thái, Tỷ lệ % và Ghi chú / kết quả rồi tải tệp lên tại trang "
        "“Cập nhật hàng loạt”. Không sửa cột Mã nhiệm vụ; dòng không thay đổi sẽ được bỏ qua.")
    ).font = Font(italic=True, color="555555")
    editable_fill = PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.fill = editable_fill if column.editable else PatternFill("solid", fgColor="D9E1F2")
        sheet.column_dimensions[get_column_letter(index)].width = column.width


def _write_row(sheet: Worksheet, number: int, row: ExportRow) -> None:
    values = {"task_id": row.task_id, "plan": row.plan, "title": row.title, "role": row.role,
              "due": row.due or row.due_text, "status": TaskStatus(row.status).label,
              "percent": row.percent, "notes": row.notes}
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=number, column=index, value=values[column.key])
        cell.alignment = Alignment(wrap_text=column.key in ("plan", "title", "notes"), vertical="top")
        if column.key == "due" and row.due:
            cell.number_format = "DD/MM/YYYY"
        if column.key == "percent":
            cell.number_format = "0"


def _add_validations(sheet: Worksheet, last_row: int) -> None:
    status_letter = get_column_letter(_index("status"))
    percent_letter = get_column_letter(_index("percent"))
    status = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Trạng thái không hợp lệ",
                            error="Chọn một trạng thái trong danh sách.")
    status.add(f"{status_letter}{HEADER_ROW + 1}:{status_letter}{last_row}")
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True,
                             showErrorMessage=True, errorTitle="Tỷ lệ không hợp lệ",
                             error="Nhập một số nguyên từ 0 đến 100.")
    percent.add(f"{percent_letter}{HEADER_ROW + 1}:{percent_letter}{last_row}")
    sheet.add_data_validation(status)
    sheet.add_data_validation(percent)


def _index(key: str) -> int:
    return next(i for i, column in enumerate(COLUMNS, start=1) if column.key == key)


# ---- reading ---------------------------------------------------------------------------------

def read_task_sheet(source: IO[bytes] | bytes) -> list[SheetRow]:
    """The non-empty task rows of an uploaded sheet; raises SpreadsheetError for a bad file."""
    workbook = _open_workbook(source)
    try:
        sheet, header_row, columns = _find_task_sheet(workbook)
        return list(_rows(sheet, header_row, columns))
    finally:
        workbook.close()


def _open_workbook(source: IO[bytes] | bytes):
    data = source if isinstance(source, bytes) else source.read()
    if not data.startswith(b"PK"):
        raise SpreadsheetError("Tệp không phải bảng tính Excel (.xlsx). Hãy dùng bảng công việc đã tải về.")
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise SpreadsheetError("Không đọc được tệp: tệp .xlsx bị hỏng hoặc không đúng định dạng.") from None


def _find_task_sheet(workbook) -> tuple[Worksheet, int, dict[str, int]]:
    """Our sheet by name, else any sheet with our header row; its header row and column positions."""
    sheets = sorted(workbook.worksheets, key=lambda s: fold(s.title) != fold(SHEET_TITLE))
    best: tuple[Worksheet, int, dict[str, int]] | None = None
    for sheet in sheets:
        found = _find_header(sheet)
        if found and (best is None or len(found[1]) > len(best[2])):
            best = (sheet, *found)
        if best and all(key in best[2] for key in REQUIRED_KEYS):
            return best
    if best is None or "task_id" not in best[2]:
        raise SpreadsheetError(f"Không tìm thấy trang tính “{SHEET_TITLE}” có dòng tiêu đề “Mã nhiệm vụ”. "
                               "Hãy dùng bảng công việc tải về từ trang Việc của tôi.")
    missing = [column.header for column in COLUMNS if column.key in REQUIRED_KEYS and column.key not in best[2]]
    raise SpreadsheetError("Bảng tính thiếu cột: " + ", ".join(missing) + ".")


def _find_header(sheet: Worksheet) -> tuple[int, dict[str, int]] | None:
    for number, cells in enumerate(sheet.iter_rows(min_row=1, max_row=10, values_only=True), start=1):
        columns = {}
        for position, value in enumerate(cells, start=1):
            key = _header_key(value)
            if key and key not in columns:
                columns[key] = position
        if "task_id" in columns:
            return number, columns
    return None


def _header_key(value) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(fold(value).replace("(", " ").replace(")", " ").split())
    for column in COLUMNS:
        if text == fold(column.header) or text in HEADER_ALIASES[column.key]:
            return column.key
    return None


def _rows(sheet: Worksheet, header_row: int, columns: dict[str, int]):
    last = header_row + MAX_ROWS
    if sheet.max_row > last:
        raise SpreadsheetError(f"Bảng tính có quá nhiều dòng (tối đa {MAX_ROWS} nhiệm vụ).")
    for number, cells in enumerate(sheet.iter_rows(min_row=header_row + 1, values_only=True),
                                   start=header_row + 1):
        values = {key: _cell(cells, position) for key, position in columns.items()}
        if any(v not in (None, "") for k, v in values.items() if k in REQUIRED_KEYS):
            yield SheetRow(number, values)


def _cell(cells: tuple, position: int):
    value = cells[position - 1] if position <= len(cells) else None
    return value.strip() if isinstance(value, str) else value


# ---- interpreting cells ----------------------------------------------------------------------

def parse_status(text: str) -> str | None:
    """A TaskStatus value from a label typed in any case, with or without diacritics."""
    wanted = " ".join(fold(text).split())
    for value, label in TaskStatus.choices:
        if wanted in (fold(label), value):
            return value
    return None


def parse_percent(value) -> int | None:
    """0..100 from 40, 40.0, "40", "40%"; None when it is not such a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().rstrip("%").strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    if number != int(number) or not 0 <= number <= 100:
        return None
    return int(number)


# ---- the agency's tasks ----------------------------------------------------------------------

def agency_task_rows(agency, today: dt.date) -> list[ExportRow]:
    """The rows of `agency`'s sheet: its active tasks in plan order, with its own latest notes."""
    tasks = list(tasks_of_agency(agency).select_related("plan").prefetch_related("task_agencies__agency")
                 .order_by("plan__period_end", "plan_id", "position"))
    notes = latest_notes(agency, [task.pk for task in tasks])
    return [ExportRow(task_id=task.pk, plan=task.plan.title, title=f"{task.number}. {task.title}",
                      role=role_in_task(task, agency), due=due_date(task, today), due_text=task.deadline_text,
                      status=task.status, percent=task.percent, notes=notes.get(task.pk, ""))
            for task in tasks]


def latest_notes(agency, task_ids: list[int]) -> dict[int, str]:
    """Task id -> the narrative of the agency's most recent progress update on it."""
    notes: dict[int, str] = {}
    updates = (ProgressUpdate.objects.filter(agency=agency, task_id__in=task_ids)
               .order_by("task_id", "-created_at", "-id").values_list("task_id", "narrative"))
    for task_id, narrative in updates:
        notes.setdefault(task_id, narrative)
    return notes


def role_in_task(task, agency) -> str:
    """"chủ trì" or "phối hợp": the agency's own link first, else the collective that covers it."""
    links = [link for link in task.task_agencies.all() if link.ended_on is None]
    own = [link for link in links if link.agency_id == agency.pk]
    through = [link for link in links if link.agency.members_kind and link.agency.members_kind == agency.kind]
    for candidates in (own, through):
        if candidates:
            return "chủ trì" if any(link.role == "lead" for link in candidates) else "phối hợp"
    return ""


def agency_workbook(agency, today: dt.date) -> bytes:
    return write_task_sheet(agency_task_rows(agency, today), agency.name, today)
