"""Progress reports (with evidence files) and comments on tasks."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from ..collective import combined_progress, member_progress
from ..deadline_status import due_date
from ..models import Comment, EvidenceFile, ProgressUpdate, Task, TaskStatus
from ..permissions import agency_of, can_comment, can_update_task, is_admin, report_sets_status
from .audit import apply_changes, record
from .errors import ActionError


# Leading bytes of the formats whose content is easy to recognise; a file must be what its name says.
_SIGNATURES = {
    "pdf": (b"%PDF",), "png": (b"\x89PNG",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",),
    "zip": (b"PK",), "docx": (b"PK",), "xlsx": (b"PK",), "odt": (b"PK",), "ods": (b"PK",),
    "doc": (b"\xd0\xcf\x11\xe0",), "xls": (b"\xd0\xcf\x11\xe0",),
}


def _content_matches(upload, extension: str) -> bool:
    signatures = _SIGNATURES.get(extension)
    if not signatures:
        return True
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    return any(head.startswith(s) for s in signatures)


def validate_evidence(upload) -> None:
    """Refuse files that are too large, empty, or not of a type the province keeps as evidence."""
    name = getattr(upload, "name", "") or ""
    extension = Path(name).suffix.lower().lstrip(".")
    if extension not in settings.CCHC_EVIDENCE_EXTENSIONS:
        allowed = ", ".join(settings.CCHC_EVIDENCE_EXTENSIONS)
        raise ActionError(f"Tệp “{name}” có định dạng không được chấp nhận (chỉ nhận: {allowed}).")
    limit = settings.CCHC_MAX_EVIDENCE_MB * 1024 * 1024
    if upload.size > limit:
        raise ActionError(f"Tệp “{name}” vượt quá {settings.CCHC_MAX_EVIDENCE_MB} MB.")
    if upload.size == 0:
        raise ActionError(f"Tệp “{name}” rỗng.")
    if not _content_matches(upload, extension):
        raise ActionError(f"Nội dung tệp “{name}” không đúng định dạng {extension.upper()}.")


def _validate_progress(status: str, percent) -> int:
    if status not in TaskStatus.values:
        raise ActionError("Tình trạng không hợp lệ.")
    try:
        percent = int(percent)
    except (TypeError, ValueError):
        raise ActionError("Tiến độ phải là một số từ 0 đến 100.") from None
    if not 0 <= percent <= 100:
        raise ActionError("Tiến độ phải là một số từ 0 đến 100.")
    if status in (TaskStatus.DONE, TaskStatus.DONE_LATE):
        return 100
    if status == TaskStatus.NOT_STARTED and percent:
        raise ActionError("Nhiệm vụ chưa triển khai thì tiến độ phải là 0%.")
    return percent


def _finished_status(task: Task, status: str, today) -> str:
    """A task finished after its due date is recorded as "hoàn thành quá hạn"."""
    if status == TaskStatus.DONE:
        due = due_date(task, today)
        if due is not None and today > due:
            return TaskStatus.DONE_LATE
    return status


@transaction.atomic
def update_task_progress(task: Task, user, status: str, percent, narrative: str = "", files=()) -> ProgressUpdate:
    if not can_update_task(user, task):
        raise PermissionDenied("Bạn không có quyền cập nhật nhiệm vụ này.")
    percent = _validate_progress(status, percent)
    narrative = (narrative or "").strip()
    if status in (TaskStatus.DONE, TaskStatus.FAILED) and not narrative:
        raise ActionError("Cần mô tả kết quả (hoặc lý do) khi báo cáo hoàn thành hay không thực hiện được.")
    files = list(files or [])
    for upload in files:
        validate_evidence(upload)
    today = timezone.localdate()
    status = _finished_status(task, status, today)
    agency = agency_of(user)
    update = ProgressUpdate.objects.create(task=task, author=user, agency=agency, status=status,
                                           percent=percent, narrative=narrative)
    for upload in files:
        content_type = getattr(upload, "content_type", "") or mimetypes.guess_type(upload.name)[0] or ""
        EvidenceFile.objects.create(update=update, file=upload, original_name=Path(upload.name).name[:255],
                                    size=upload.size, content_type=content_type[:100])
    record(user, "task.progress", task, new={"status": status, "percent": percent, "update": update.pk,
                                             "files": len(files)})
    apply_changes(user, "task.progress", task, _task_progress(task, user, status, percent, today))
    task.last_update_at = update.created_at
    task.save()
    return update


def _task_progress(task: Task, user, status: str, percent: int, today) -> dict:
    """The task's new status, percent and completion date after `user`'s report.

    A coordinating agency's report changes none of them (`report_sets_status`). On a task a whole
    tier leads, a member's report moves the tier's combined progress; Sở Nội vụ's report always
    applies as it is.
    """
    if not report_sets_status(user, task):
        return {}
    members = member_progress(task) if not is_admin(user) else []
    if members:
        status, percent = combined_progress(members)
    finished = status in (TaskStatus.DONE, TaskStatus.DONE_LATE)
    completed_on = (task.completed_on or today) if finished else None
    return {"status": status, "percent": percent, "completed_on": completed_on}


@transaction.atomic
def add_comment(task: Task, user, body: str) -> Comment:
    if not can_comment(user, task):
        raise PermissionDenied("Bạn không có quyền góp ý nhiệm vụ này.")
    body = (body or "").strip()
    if not body:
        raise ActionError("Nội dung ý kiến không được để trống.")
    if len(body) > 5000:
        raise ActionError("Ý kiến dài quá 5.000 ký tự.")
    comment = Comment.objects.create(task=task, author=user, body=body)
    record(user, "task.comment", task, new={"comment": comment.pk})
    return comment
