"""Bulk progress updates: an agency officer uploads the task sheet they downloaded (spreadsheet.py).

The file is read and every row checked before anything is written; a file that cannot be read
raises `ActionError` and writes nothing. Each changed row then goes through `update_task_progress`
(its own transaction for each row), so a row the action refuses is reported without undoing the others.
Rows identical to the task's current state are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import PermissionDenied

from ..models import Agency, Task, TaskStatus
from ..models.plans import FINISHED_STATUSES
from ..permissions import agency_of, tasks_of_agency
from ..spreadsheet import SheetRow, SpreadsheetError, latest_notes, parse_percent, parse_status, read_task_sheet
from .audit import record
from .errors import ActionError
from .progress import update_task_progress

MAX_SHEET_MB = 5


@dataclass
class RowOutcome:
    row: int  # the row number Excel shows
    message: str
    task: Task | None = None


@dataclass
class BulkResult:
    file_name: str
    applied: list[RowOutcome] = field(default_factory=list)
    rejected: list[RowOutcome] = field(default_factory=list)
    unchanged: list[RowOutcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.applied) + len(self.rejected) + len(self.unchanged)


@dataclass
class RowChange:
    row: int
    task: Task
    status: str
    percent: int
    narrative: str


class RowRejected(Exception):
    """A row that cannot be applied; the message is completed with its row number."""


def apply_task_sheet(user, upload) -> BulkResult:
    """Apply an uploaded task sheet for the officer's agency; return what happened to each row."""
    agency = agency_of(user)
    if agency is None:
        raise PermissionDenied("Chỉ cán bộ của một cơ quan được cập nhật hàng loạt nhiệm vụ.")
    name = Path(getattr(upload, "name", "") or "bang-cong-viec.xlsx").name
    rows = _read(upload, name)
    result = BulkResult(file_name=name)
    changes = _plan_changes(rows, agency, result)
    for change in changes:
        _apply(change, user, result)
    result.applied.sort(key=lambda outcome: outcome.row)
    result.rejected.sort(key=lambda outcome: outcome.row)
    record(user, "task.bulk_update", agency, new={"file": name, "applied": len(result.applied),
                                                  "rejected": len(result.rejected),
                                                  "unchanged": len(result.unchanged)})
    return result


def _read(upload, name: str) -> list[SheetRow]:
    if Path(name).suffix.lower() != ".xlsx":
        raise ActionError(f"Tệp “{name}” không phải bảng tính .xlsx. Hãy tải lên bảng công việc đã tải về.")
    if getattr(upload, "size", 0) > MAX_SHEET_MB * 1024 * 1024:
        raise ActionError(f"Tệp “{name}” vượt quá {MAX_SHEET_MB} MB.")
    try:
        rows = read_task_sheet(upload)
    except SpreadsheetError as err:
        raise ActionError(str(err)) from None
    if not rows:
        raise ActionError("Bảng tính không có dòng nhiệm vụ nào.")
    return rows


def _plan_changes(rows: list[SheetRow], agency: Agency, result: BulkResult) -> list[RowChange]:
    """Check every row; fill `result.rejected` / `result.unchanged`, return the rows to apply."""
    own = {task.pk: task for task in tasks_of_agency(agency).select_related("plan")}
    notes = latest_notes(agency, list(own))
    seen: dict[int, int] = {}
    changes = []
    for row in rows:
        task = None
        try:
            task = _task_of(row, own, seen)
            change = _change(row, task, notes.get(task.pk, ""))
        except RowRejected as err:  # `task` is set when the row names one of the agency's tasks
            result.rejected.append(RowOutcome(row.number, f"Dòng {row.number}: {err}", task))
            continue
        if change is None:
            result.unchanged.append(RowOutcome(row.number, f"Dòng {row.number}: không thay đổi", task))
        else:
            changes.append(change)
    return changes


def _task_of(row: SheetRow, own: dict[int, Task], seen: dict[int, int]) -> Task:
    text = row.text("task_id")
    if not text:
        raise RowRejected("thiếu mã nhiệm vụ")
    try:
        task_id = int(float(text))
    except ValueError:
        raise RowRejected(f"mã nhiệm vụ '{text}' không hợp lệ") from None
    if task_id in seen:
        raise RowRejected(f"nhiệm vụ {task_id} đã có ở dòng {seen[task_id]}")
    seen[task_id] = row.number
    if task_id in own:
        return own[task_id]
    existing = Task.objects.filter(pk=task_id).first()
    if existing is None:
        raise RowRejected(f"không tìm thấy nhiệm vụ có mã {task_id}")
    if not existing.is_active:
        raise RowRejected(f"nhiệm vụ {task_id} đã bị rút khỏi kế hoạch")
    raise RowRejected("nhiệm vụ không thuộc đơn vị của bạn")


def _change(row: SheetRow, task: Task, current_notes: str) -> RowChange | None:
    """The update a row asks for, or None when it repeats the task's current state."""
    status = _status(row, task)
    percent = _percent(row, task, status)
    narrative = row.raw("notes")
    same_status = status == task.status or (status in FINISHED_STATUSES and task.status in FINISHED_STATUSES)
    if same_status and percent == task.percent and narrative == current_notes.strip():
        return None
    return RowChange(row.number, task, status, percent, narrative)


def _status(row: SheetRow, task: Task) -> str:
    text = row.text("status")
    if not text:
        return task.status
    status = parse_status(text)
    if status is None:
        raise RowRejected(f"trạng thái '{text}' không hợp lệ")
    return status


def _percent(row: SheetRow, task: Task, status: str) -> int:
    if status in FINISHED_STATUSES:
        return 100  # the progress action records finished tasks at 100% whatever was typed
    value = row.values.get("percent")
    if value in (None, ""):
        if status == TaskStatus.NOT_STARTED:
            return 0
        return task.percent
    percent = parse_percent(value)
    if percent is None:
        raise RowRejected(f"tỷ lệ '{row.text('percent')}' không hợp lệ (nhập số nguyên từ 0 đến 100)")
    return percent


def _apply(change: RowChange, user, result: BulkResult) -> None:
    try:
        update_task_progress(change.task, user, change.status, change.percent, change.narrative)
    except (ActionError, PermissionDenied) as err:
        result.rejected.append(RowOutcome(change.row, f"Dòng {change.row}: {_sentence(err)}", change.task))
        return
    label = TaskStatus(change.task.status).label.lower()
    result.applied.append(RowOutcome(change.row, f"Dòng {change.row}: {label}, {change.task.percent}%",
                                     change.task))


def _sentence(err: Exception) -> str:
    text = str(err).strip()
    return text[:1].lower() + text[1:] if text else "không cập nhật được"
