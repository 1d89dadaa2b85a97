"""Importing a plan: upload -> review (parsed tasks beside the source text) -> confirm."""
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import actions
from ..forms import UploadPlanForm
from ..actions.imports import find_existing_plan, is_stale
from ..models import Agency, PendingImport, PlanKind, Province, ReformArea
from ..review import DEADLINE_KINDS, agency_suggestions, edits_from_post, show_vn_date
from .access import admin_required


@admin_required
def import_upload(request):
    form = UploadPlanForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            pending = actions.start_import(request.user, form.cleaned_data["document"])
        except actions.ActionError as err:
            form.add_error("document", str(err))
        else:
            return redirect("import_review", pk=pending.pk)
    pending = PendingImport.objects.filter(status__in=[PendingImport.Status.PENDING, PendingImport.Status.PARSING,
                                                       PendingImport.Status.FAILED]).select_related("uploaded_by")
    return render(request, "tracking/import_upload.html", {"form": form, "pending": pending},
                  status=400 if form.errors else 200)


def _review_context(pending: PendingImport, errors=()) -> dict:
    parsed = pending.parsed
    suggestions = agency_suggestions(parsed)
    province_name = (parsed["plan"].get("province") or "").strip()
    choices = Agency.objects.filter(is_active=True, province__name=province_name).order_by("name")
    rows = []
    for index, task in enumerate(parsed.get("tasks") or []):
        deadline = task.get("deadline") or {}
        rows.append({"index": index, "task": task, "deadline_kind": deadline.get("kind") or "none",
                     "deadline_start": show_vn_date(deadline.get("start")),
                     "deadline_end": show_vn_date(deadline.get("end"))})
    source_lines = pending.source_text.splitlines()
    province = Province.objects.filter(name=province_name).first()
    existing = find_existing_plan(province, parsed["plan"]) if province and parsed["plan"].get("title") else None
    return {
        "pending": pending, "plan": parsed["plan"], "rows": rows, "targets": parsed.get("targets") or [],
        "decision_date": show_vn_date(parsed["plan"].get("decision_date")),
        "notices": pending.notices, "errors": list(errors),
        "agencies": [(i, s, pending.agency_mapping.get(s.name, "")) for i, s in enumerate(suggestions)],
        "agency_choices": choices, "areas": ReformArea.objects.all(), "plan_kinds": PlanKind.choices,
        "deadline_kinds": DEADLINE_KINDS, "source_lines": source_lines,
        "unknown_agencies": sum(1 for s in suggestions if s.agency is None), "existing": existing,
    }


@admin_required
def import_review(request, pk: int):
    pending = get_object_or_404(PendingImport, pk=pk)
    if pending.status in (PendingImport.Status.PARSING, PendingImport.Status.FAILED):
        return render(request, "tracking/import_parsing.html", {"pending": pending, "stale": is_stale(pending)},
                      status=400 if request.method == "POST" else 200)
    if pending.status != PendingImport.Status.PENDING:
        if pending.plan_id:
            return redirect("plan_detail", pk=pending.plan_id)
        messages.info(request, "Bản nhập này đã được hủy.")
        return redirect("import_upload")
    if request.method != "POST":
        return render(request, "tracking/import_review.html", _review_context(pending))
    edits = edits_from_post(pending.parsed, request.POST)
    if edits.errors:
        return render(request, "tracking/import_review.html", _review_context(pending, edits.errors), status=400)
    try:
        with transaction.atomic():
            actions.update_pending_import(request.user, pending, edits.plan_info, edits.task_edits, edits.mapping,
                                          edits.removed)
            if "confirm" in request.POST:
                plan = actions.confirm_pending_import(request.user, pending)
    except actions.ActionError as err:
        pending.refresh_from_db()
        return render(request, "tracking/import_review.html", _review_context(pending, [str(err)]), status=400)
    if "confirm" in request.POST:
        messages.success(request, f"Đã nhập kế hoạch “{plan.title}” ({plan.tasks.filter(is_active=True).count()} "
                                  "nhiệm vụ).")
        return redirect("plan_detail", pk=plan.pk)
    messages.success(request, "Đã lưu các chỉnh sửa.")
    return redirect("import_review", pk=pending.pk)


@admin_required
@require_POST
def import_discard(request, pk: int):
    _act_on_pending(request, pk, actions.discard_pending_import, "Đã hủy bản nhập “{name}”.")
    return redirect("import_upload")


@admin_required
@require_POST
def import_retry(request, pk: int):
    _act_on_pending(request, pk, actions.retry_parsing, "Đang đọc lại tệp “{name}”.")
    return redirect("import_review", pk=pk)


def _act_on_pending(request, pk: int, action, success: str) -> None:
    """Run `action(user, pending)`; its outcome becomes the message shown on the next page."""
    pending = get_object_or_404(PendingImport, pk=pk)
    try:
        action(request.user, pending)
    except actions.ActionError as err:
        messages.error(request, str(err))
    else:
        messages.success(request, success.format(name=pending.source_name))
