"""The reporting schedule: plans and their periods (data windows, due dates per level); creating it."""
from __future__ import annotations

from itertools import groupby

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cchc.tracking.actions.errors import ActionError
from cchc.tracking.models import Plan
from cchc.tracking.permissions import agency_of, is_admin, tasks_of_agency

from .. import actions
from ..forms import ScheduleForm
from ..models import AgencyReport
from ..status import NOT_SUBMITTED, submission_status
from .access import admin_required, is_overseer, reader_required


@reader_required
def index(request):
    plans = Plan.objects.select_related("province").prefetch_related("reporting_periods") \
        .order_by("-period_end", "province__name", "title")
    rows = [{"plan": plan, "periods": len(plan.reporting_periods.all())} for plan in plans]
    return render(request, "reporting/index.html", {"rows": rows, "agency": agency_of(request.user)})


def _default_year(plan: Plan) -> int | None:
    return plan.period_end or plan.period_start


@reader_required
def plan_schedule(request, pk: int, form: ScheduleForm | None = None, status: int = 200):
    plan = get_object_or_404(Plan.objects.select_related("province"), pk=pk)
    periods = list(plan.reporting_periods.order_by("year", "due_agency", "end"))
    agency = agency_of(request.user)
    own = {}
    if agency is not None and tasks_of_agency(agency).filter(plan=plan).exists():
        reports = {r.period_id: r for r in AgencyReport.objects.filter(agency=agency, period__in=periods)}
        own = {p.pk: submission_status(reports.get(p.pk)) for p in periods}
    received = _received(periods) if is_overseer(request.user) else {}
    years = [{"year": year, "periods": [{"period": p, "own_status": own.get(p.pk), "received": received.get(p.pk, 0)}
                                        for p in group]}
             for year, group in groupby(periods, key=lambda p: p.year)]
    return render(request, "reporting/schedule.html", {
        "plan": plan, "years": years, "has_periods": bool(periods), "reports_for_agency": bool(own),
        "agency": agency, "overseer": is_overseer(request.user), "not_submitted": NOT_SUBMITTED,
        "expected": len(actions.expected_agencies(plan)) if is_overseer(request.user) else 0,
        "form": form or (ScheduleForm(initial={"year": _default_year(plan)}) if is_admin(request.user) else None),
    }, status=status)


def _received(periods) -> dict[int, int]:
    """Reports submitted at least once, per period."""
    rows = AgencyReport.objects.filter(period__in=periods, first_submitted_at__isnull=False) \
        .values("period").annotate(count=Count("pk"))
    return {row["period"]: row["count"] for row in rows}


@admin_required
@require_POST
def create_schedule(request, pk: int):
    plan = get_object_or_404(Plan, pk=pk)
    form = ScheduleForm(request.POST)
    if form.is_valid():
        year = form.cleaned_data["year"]
        try:
            created = actions.create_schedule(request.user, plan, year)
        except ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, f"Đã lập lịch báo cáo năm {year}: {len(created)} kỳ báo cáo.")
            return redirect("reporting:plan_schedule", pk=plan.pk)
    return plan_schedule.__wrapped__(request, pk, form=form, status=400)

