"""The only writers of reporting state: schedules, agency reports and their review, indicator values.

Each function validates, writes in one transaction and records `AuditEntry` rows through the
tracking app's audit helper. Errors a person can fix raise `ActionError`; missing rights raise
`PermissionDenied`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cchc.tracking.actions.audit import record
from cchc.tracking.agency_matching import find_in_database
from cchc.tracking.actions.errors import ActionError
from cchc.tracking.models import Agency, AgencyKind, Plan, ReformArea, TaskStatus
from cchc.tracking.permissions import agency_of, is_admin, tasks_of_agency

from . import periods
from .indicators import measure_for
from .models import (AgencyReport, AreaNarrative, Indicator, IndicatorValue, ProvinceReportingDefaults,
                     ReportingPeriod, ReportStatus, ReportTaskLine)

NARRATIVE_FIELDS = ("results", "shortcomings", "causes", "proposals")


def _require_admin(user) -> None:
    if not is_admin(user):
        raise PermissionDenied("Chỉ Sở Nội vụ (quản trị) được thực hiện thao tác này.")


def _require_own_agency(user, report: AgencyReport) -> None:
    if not (is_admin(user) or agency_of(user) == report.agency):
        raise PermissionDenied("Bạn chỉ được lập báo cáo của cơ quan mình.")


# ---------------------------------------------------------------- schedule and indicators


def _province_defaults(plan: Plan) -> dict | None:
    stored = ProvinceReportingDefaults.objects.filter(province=plan.province).first()
    if not stored:
        return None
    dues = dict(periods.DEFAULT_DUES)
    for key, (day, month) in stored.dues.items():
        period, level = key.split("|")
        dues[(period, level)] = (int(day), month)
    return dues


@transaction.atomic
def create_schedule(user, plan: Plan, year: int | None = None) -> list[ReportingPeriod]:
    """The plan's reporting periods for `year`, due dates from the plan's regime or the province's defaults."""
    _require_admin(user)
    year = year or plan.period_end or plan.period_start
    if not year:
        raise ActionError("Kế hoạch chưa có năm thực hiện nên chưa lập được lịch báo cáo.")
    created = []
    for p in periods.schedule(year, plan.reporting, _province_defaults(plan)):
        values = {"start": p.start, "end": p.end, "due_agency": p.due_agency, "due_department": p.due_department,
                  "label": p.label}
        period, new = ReportingPeriod.objects.update_or_create(plan=plan, code=p.code, year=year, defaults=values)
        if new:
            record(user, "reporting.period.create", period, new=values)
        created.append(period)
    ensure_indicators(user, plan)
    return created


def ensure_indicators(user, plan: Plan) -> list[Indicator]:
    """One indicator per active target; percentages get numerator and denominator wording."""
    indicators = []
    for target in plan.targets.filter(is_active=True):
        indicator = Indicator.objects.filter(target=target).first()
        if indicator is None:
            measure = measure_for(target.text) if target.unit == "%" else None
            indicator = Indicator.objects.create(
                target=target, owner=target.lead_agencies.first(),
                numerator_label=measure.numerator if measure else target.text[:500],
                denominator_label=measure.denominator if measure else "")
            record(user, "reporting.indicator.create", indicator, new={"target": target.pk})
        indicators.append(indicator)
    return indicators


def expected_agencies(plan: Plan) -> list[Agency]:
    """Agencies that must report on the plan: every single agency its active tasks name."""
    return list(Agency.objects.filter(task_links__task__plan=plan, task_links__task__is_active=True,
                                      task_links__ended_on__isnull=True, is_active=True)
                .exclude(kind=AgencyKind.COLLECTIVE).distinct().order_by("name"))


def indicators_of(agency: Agency, plan: Plan) -> list[Indicator]:
    """Indicators an agency reports figures for: those it owns or whose target it leads."""
    return list(Indicator.objects.filter(target__plan=plan, target__is_active=True)
                .filter(Q(owner=agency) | Q(target__lead_agencies=agency)).distinct())


# ---------------------------------------------------------------- agency reports


@transaction.atomic
def open_report(user, period: ReportingPeriod, agency: Agency | None = None) -> AgencyReport:
    """The agency's report for the period, created as a draft pre-filled from its tasks' progress."""
    agency = agency or agency_of(user)
    if agency is None:
        raise ActionError("Tài khoản chưa gắn với cơ quan nào.")
    report = AgencyReport.objects.filter(period=period, agency=agency).first()
    if report is not None:
        _require_own_agency(user, report)
        return report
    report = AgencyReport(period=period, agency=agency)
    _require_own_agency(user, report)
    report.save()
    tasks = tasks_of_agency(agency).filter(plan=period.plan).select_related("area")
    ReportTaskLine.objects.bulk_create([
        ReportTaskLine(report=report, task=task, status=task.status, percent=task.percent,
                       note=_latest_narrative(task, period)) for task in tasks])
    areas = ReformArea.objects.filter(tasks__in=tasks).distinct()
    AreaNarrative.objects.bulk_create([AreaNarrative(report=report, area=area) for area in areas])
    record(user, "reporting.report.open", report, new={"tasks": len(tasks), "period": period.label})
    return report


def _latest_narrative(task, period: ReportingPeriod) -> str:
    update = task.updates.filter(created_at__date__lte=period.end).order_by("-created_at").first()
    return update.narrative if update else ""


@transaction.atomic
def save_report(user, report: AgencyReport, lines: dict[int, dict] | None = None,
                narratives: dict[str, dict] | None = None, values: dict[int, tuple] | None = None) -> AgencyReport:
    """Write the agency's figures: task lines by task id, narratives by area code, indicator values by id."""
    _require_own_agency(user, report)
    if not report.is_editable:
        raise ActionError("Báo cáo đã nộp hoặc đã được duyệt nên không sửa được.")
    for task_id, data in (lines or {}).items():
        line = report.task_lines.filter(task_id=task_id).first()
        if line is None:
            raise ActionError(f"Nhiệm vụ {task_id} không thuộc báo cáo này.")
        _set(user, line, {"status": _status(data.get("status", line.status)),
                          "percent": _percent(data.get("percent", line.percent)),
                          "note": (data.get("note") or "").strip()})
    for code, data in (narratives or {}).items():
        narrative = report.narratives.filter(area__code=code).first()
        if narrative is None:
            area = ReformArea.objects.filter(code=code).first()
            if area is None:
                raise ActionError(f"Lĩnh vực “{code}” không tồn tại.")
            narrative = AreaNarrative.objects.create(report=report, area=area)
        _set(user, narrative, {f: (data.get(f) or "").strip() for f in NARRATIVE_FIELDS if f in data})
    for indicator_id, (numerator, denominator) in (values or {}).items():
        set_indicator_value(user, report.period, report.agency, indicator_id, numerator, denominator)
    return report


def _set(user, obj, values: dict) -> None:
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    for k, v in changed.items():
        record(user, "reporting.report.edit", obj, field=k, old=getattr(obj, k), new=v)
        setattr(obj, k, v)
    if changed:
        obj.save()


def _status(value: str) -> str:
    if value not in TaskStatus.values:
        raise ActionError("Tình trạng nhiệm vụ không hợp lệ.")
    return value


def _percent(value) -> int:
    try:
        percent = int(value)
    except (TypeError, ValueError):
        raise ActionError("Tiến độ phải là một số từ 0 đến 100.") from None
    if not 0 <= percent <= 100:
        raise ActionError("Tiến độ phải là một số từ 0 đến 100.")
    return percent


def _decimal(value, what: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace(".", "").replace(",", ".")) if isinstance(value, str) \
            else Decimal(str(value))
    except InvalidOperation:
        raise ActionError(f"{what}: “{value}” không phải là số.") from None
    if number < 0:
        raise ActionError(f"{what}: số liệu không được âm.")
    return number


def set_indicator_value(user, period: ReportingPeriod, agency: Agency, indicator_id: int, numerator, denominator,
                        source: str = "report") -> IndicatorValue:
    indicator = Indicator.objects.filter(pk=indicator_id, target__plan=period.plan).first()
    if indicator is None:
        raise ActionError("Chỉ số không thuộc kế hoạch này.")
    numerator = _decimal(numerator, "Tử số")
    denominator = _decimal(denominator, "Mẫu số") if indicator.is_ratio else None
    if indicator.is_ratio and numerator is not None and denominator is not None and numerator > denominator:
        raise ActionError(f"Chỉ số “{indicator}”: tử số lớn hơn mẫu số.")
    value, _ = IndicatorValue.objects.get_or_create(indicator=indicator, period=period, agency=agency)
    old = {"numerator": value.numerator, "denominator": value.denominator}
    value.numerator, value.denominator, value.source = numerator, denominator, source
    value.save()
    record(user, "reporting.indicator.value", value, old=old, new={"numerator": numerator, "denominator": denominator})
    return value


@transaction.atomic
def submit_report(user, report: AgencyReport, now: dt.datetime | None = None) -> AgencyReport:
    _require_own_agency(user, report)
    if not report.is_editable:
        raise ActionError("Báo cáo này đã nộp hoặc đã được duyệt.")
    now = now or timezone.now()
    old = report.status
    report.status = ReportStatus.SUBMITTED
    report.submitted_at = now
    report.first_submitted_at = report.first_submitted_at or now
    report.save()
    record(user, "reporting.report.submit", report, field="status", old=old, new=report.status)
    return report


@transaction.atomic
def return_report(user, report: AgencyReport, comment: str) -> AgencyReport:
    _require_admin(user)
    if report.status != ReportStatus.SUBMITTED:
        raise ActionError("Chỉ trả lại được báo cáo đã nộp và chưa duyệt.")
    if not (comment or "").strip():
        raise ActionError("Cần ghi ý kiến khi trả lại báo cáo.")
    return _review(user, report, ReportStatus.RETURNED, comment.strip(), "reporting.report.return")


@transaction.atomic
def approve_report(user, report: AgencyReport, comment: str = "") -> AgencyReport:
    """Approval locks the period for this agency."""
    _require_admin(user)
    if report.status != ReportStatus.SUBMITTED:
        raise ActionError("Chỉ duyệt được báo cáo đã nộp.")
    return _review(user, report, ReportStatus.APPROVED, (comment or "").strip(), "reporting.report.approve")


@transaction.atomic
def reopen_report(user, report: AgencyReport, reason: str) -> AgencyReport:
    """An administrator unlocks an approved report (the agency may edit and submit again)."""
    _require_admin(user)
    if report.status != ReportStatus.APPROVED:
        raise ActionError("Chỉ mở lại được báo cáo đã duyệt.")
    if not (reason or "").strip():
        raise ActionError("Cần ghi lý do mở lại báo cáo.")
    return _review(user, report, ReportStatus.RETURNED, reason.strip(), "reporting.report.reopen")


def _review(user, report: AgencyReport, status: str, comment: str, action: str) -> AgencyReport:
    old = report.status
    report.status, report.review_comment = status, comment
    report.reviewer, report.reviewed_at = user, timezone.now()
    report.save()
    record(user, action, report, field="status", old=old, new=status)
    return report


# ---------------------------------------------------------------- indicator values from spreadsheets


@dataclass
class ValueImport:
    applied: int = 0
    errors: list[str] = field(default_factory=list)


@transaction.atomic
def import_indicator_values(user, period: ReportingPeriod, rows: list[tuple[int, dict]]) -> ValueImport:
    """Rows read from another system's export ({"agency", "indicator", "numerator", "denominator"}).

    Each row is applied or rejected with its row number; one bad row does not stop the others.
    """
    _require_admin(user)
    result = ValueImport()
    for number, row in rows:
        try:
            agency = _agency_by_name(period.plan.province, row.get("agency"))
            with transaction.atomic():
                set_indicator_value(user, period, agency, _indicator_id(period, row.get("indicator")),
                                    row.get("numerator"), row.get("denominator"), source="xlsx")
            result.applied += 1
        except ActionError as err:
            result.errors.append(f"Dòng {number}: {err}")
    return result


def _agency_by_name(province, name) -> Agency:
    agency = find_in_database(str(name or "").strip(), province) if name else None
    if agency is None:
        raise ActionError(f"không tìm thấy cơ quan “{name}”.")
    return agency


def _indicator_id(period: ReportingPeriod, key) -> int:
    indicators = list(Indicator.objects.filter(target__plan=period.plan).order_by("target__position"))
    try:
        position = int(str(key).strip())
    except (TypeError, ValueError):
        raise ActionError(f"mã chỉ số “{key}” không hợp lệ (ghi số thứ tự của chỉ tiêu).") from None
    if not 1 <= position <= len(indicators):
        raise ActionError(f"không có chỉ tiêu số {position}.")
    return indicators[position - 1].pk
