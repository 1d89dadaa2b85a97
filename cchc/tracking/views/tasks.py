"""Task detail with its history, the progress form, comments and evidence downloads."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import actions
from ..collective import member_progress
from ..deadline_status import deadline_status
from ..forms import CommentForm, ProgressForm
from ..models import AuditEntry, EvidenceFile, Task, TaskStatus
from ..permissions import can_comment, can_update_task, report_sets_status
from .access import reader_required


def _task(pk: int) -> Task:
    return get_object_or_404(Task.objects.select_related("plan", "plan__province", "area"), pk=pk)


def _detail_context(request, task: Task, progress_form=None, comment_form=None) -> dict:
    links = task.task_agencies.select_related("agency", "inherited_from").order_by("ended_on", "role", "position")
    initial = {"status": task.status if task.status != TaskStatus.NOT_STARTED else TaskStatus.IN_PROGRESS,
               "percent": task.percent}
    return {
        "task": task, "plan": task.plan, "info": deadline_status(task),
        "links": links, "members": member_progress(task),
        "updates": task.updates.select_related("author", "agency").prefetch_related("files"),
        "comments": task.comments.select_related("author"),
        "audit": AuditEntry.objects.filter(object_type="task", object_id=str(task.pk))[:100],
        "can_update": can_update_task(request.user, task), "can_comment": can_comment(request.user, task),
        "sets_status": report_sets_status(request.user, task),
        "progress_form": progress_form or ProgressForm(initial=initial),
        "comment_form": comment_form or CommentForm(),
    }


@reader_required
def task_detail(request, pk: int):
    task = _task(pk)
    return render(request, "tracking/task_detail.html", _detail_context(request, task))


@reader_required
@require_POST
def task_update(request, pk: int):
    task = _task(pk)
    if not can_update_task(request.user, task):
        raise PermissionDenied("Bạn không có quyền cập nhật nhiệm vụ này.")
    form = ProgressForm(request.POST, request.FILES)

    def apply(data):
        actions.update_task_progress(task, request.user, data["status"], data["percent"], data["narrative"],
                                     data["files"])

    return _submit(request, task, form, "progress_form", apply, "Đã cập nhật tiến độ nhiệm vụ.")


@reader_required
@require_POST
def task_comment(request, pk: int):
    task = _task(pk)
    if not can_comment(request.user, task):
        raise PermissionDenied("Bạn không có quyền góp ý nhiệm vụ này.")
    form = CommentForm(request.POST)

    def apply(data):
        actions.add_comment(task, request.user, data["body"])

    return _submit(request, task, form, "comment_form", apply, "Đã gửi ý kiến.")


def _submit(request, task, form, form_name: str, apply, done: str):
    """Run the action of a task-page form: back to the task when it succeeds, the form with its errors if not."""
    if form.is_valid():
        try:
            apply(form.cleaned_data)
        except actions.ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, done)
            return redirect("task_detail", pk=task.pk)
    return render(request, "tracking/task_detail.html", _detail_context(request, task, **{form_name: form}),
                  status=400)


@reader_required
def evidence_download(request, pk: int):
    evidence = get_object_or_404(EvidenceFile, pk=pk)
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404("Không tìm thấy tệp.") from None
    return FileResponse(handle, as_attachment=True, filename=evidence.original_name)
