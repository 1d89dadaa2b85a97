"""An agency officer's reports: the periods to report on, opening, filling, saving and submitting a report,
and reading any report (read-only once submitted or approved)."""
from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cchc.tracking.actions.errors import ActionError
from cchc.tracking.models import AuditEntry, Plan
from cchc.tracking.permissions import is_admin, tasks_of_agency

from .. import actions
from ..forms import NARRATIVE_LABELS, ReportForm, ReviewForm
from ..models import AgencyReport, Indicator, IndicatorValue, ReportingPeriod
from ..status import submission_status
from .access import can_edit_report, officer_agency, period_for, reader_required, report_for


@reader_required
def my_reports(request):
    """Every period of the plans the officer's agency has tasks in, with the agency's report status."""
    agency = officer_agency(request.user)
    plans = Plan.objects.filter(pk__in=tasks_of_agency(agency).values("plan")).order_by("-period_end", "title")
    periods = ReportingPeriod.objects.filter(plan__in=plans).select_related("plan").order_by("-year", "due_agency")
    reports = {r.period_id: r for r in AgencyReport.objects.filter(agency=agency, period__in=periods)}
    rows = [{"period": p, "report": reports.get(p.pk), "status": submission_status(reports.get(p.pk))}
            for p in periods]
    return render(request, "reporting/my_reports.html", {"agency": agency, "rows": rows, "plans": plans})


@reader_required
def period_report(request, pk: int):
    """The agency's report for a period: GET shows it (or offers to start it), POST starts it."""
    period = period_for(pk)
    agency = officer_agency(request.user)
    report = AgencyReport.objects.filter(period=period, agency=agency).first()
    if report is not None:
        return redirect("reporting:report_detail", pk=report.pk)
    if request.method == "POST":
        try:
            report = actions.open_report(request.user, period, agency)
        except ActionError as err:
            messages.error(request, str(err))
        else:
            messages.success(request, "Đã lập báo cáo; số liệu nhiệm vụ được điền sẵn theo tiến độ đã cập nhật.")
            return redirect("reporting:report_detail", pk=report.pk)
    tasks = tasks_of_agency(agency).filter(plan=period.plan).count()
    return render(request, "reporting/period_report_start.html", {"period": period, "agency": agency, "tasks": tasks})


def report_indicators(report: AgencyReport) -> list[Indicator]:
    """Every indicator of the plan: the agency's own first (it leads or owns them), then the others, since
    province-wide targets (dossiers on time, staff trained...) take figures from every agency."""
    own = {i.pk for i in actions.indicators_of(report.agency, report.period.plan)}
    indicators = Indicator.objects.filter(target__plan=report.period.plan, target__is_active=True) \
        .select_related("target").order_by("target__position")
    for indicator in indicators:
        indicator.is_own = indicator.pk in own
    return sorted(indicators, key=lambda i: not i.is_own)


def _detail_context(request, report: AgencyReport, form: ReportForm | None = None,
                    review_form: ReviewForm | None = None) -> dict:
    editable = can_edit_report(request.user, report)
    indicators = report_indicators(report)
    if form is None and editable:
        form = ReportForm(report, indicators)
    values = {v.indicator_id: v for v in IndicatorValue.objects.filter(period=report.period, agency=report.agency)}
    return {
        "report": report, "period": report.period, "plan": report.period.plan, "form": form, "editable": editable,
        "submission": submission_status(report),
        "lines": report.task_lines.select_related("task", "task__area"),
        "narratives": [{"narrative": n, "texts": [(label, getattr(n, name)) for name, label in NARRATIVE_LABELS.items()]}
                       for n in report.narratives.select_related("area")],
        "values": [{"indicator": i, "value": values.get(i.pk)} for i in indicators if i.is_own or i.pk in values],
        "can_review": is_admin(request.user), "review_form": review_form or ReviewForm(),
        "audit": AuditEntry.objects.filter(object_type="agencyreport", object_id=str(report.pk))[:50],
    }


@reader_required
def report_detail(request, pk: int):
    report = report_for(request.user, pk)
    return render(request, "reporting/report_detail.html", _detail_context(request, report))


@reader_required
@require_POST
def report_save(request, pk: int):
    """Save the draft; with the "submit" button, save and submit it to the Department in one step."""
    report = report_for(request.user, pk)
    form = ReportForm(report, report_indicators(report), request.POST)
    submitting = "submit" in request.POST
    if form.is_valid():
        try:
            with transaction.atomic():
                actions.save_report(request.user, report, **form.payload())
                if submitting:
                    actions.submit_report(request.user, report)
        except ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, "Đã nộp báo cáo cho Sở Nội vụ." if submitting else "Đã lưu bản nháp báo cáo.")
            return redirect("reporting:report_detail", pk=report.pk)
    report.refresh_from_db()
    return render(request, "reporting/report_detail.html", _detail_context(request, report, form=form), status=400)


REVIEWS = {
    "approve": (actions.approve_report, "Đã duyệt báo cáo; kỳ báo cáo đã khóa đối với cơ quan này."),
    "return": (actions.return_report, "Đã trả lại báo cáo kèm ý kiến."),
    "reopen": (actions.reopen_report, "Đã mở lại báo cáo để cơ quan chỉnh sửa."),
}


@reader_required
@require_POST
def report_review(request, pk: int):
    """The administrator's decision on a report: approve, return with a comment, or reopen with a reason."""
    report = report_for(request.user, pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        action, done = REVIEWS[form.cleaned_data["decision"]]
        try:
            action(request.user, report, form.cleaned_data["comment"])
        except ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, done)
            return redirect("reporting:report_detail", pk=report.pk)
    report.refresh_from_db()
    return render(request, "reporting/report_detail.html", _detail_context(request, report, review_form=form),
                  status=400)

