"""Where each agency stands for a period (chưa nộp / nộp đúng hạn / nộp muộn / được duyệt / bị trả lại),
reporting and on-time rates, and indicator values rolled up to the province."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from cchc.tracking.models import Agency

from .indicators import achievement, rollup
from .models import AgencyReport, Indicator, IndicatorValue, ReportingPeriod, ReportStatus

NOT_SUBMITTED, ON_TIME, LATE, APPROVED, RETURNED = ("chưa nộp", "nộp đúng hạn", "nộp muộn", "được duyệt",
                                                   "bị trả lại")


def submitted_on_time(report: AgencyReport) -> bool:
    first = report.first_submitted_at
    return first is not None and timezone.localdate(first) <= report.period.due_agency


def submission_status(report: AgencyReport | None) -> str:
    if report is None or report.first_submitted_at is None:
        return NOT_SUBMITTED
    if report.status == ReportStatus.APPROVED:
        return APPROVED
    if report.status in (ReportStatus.RETURNED, ReportStatus.DRAFT):
        return RETURNED
    return ON_TIME if submitted_on_time(report) else LATE


@dataclass
class Rates:
    expected: int = 0
    received: int = 0
    on_time: int = 0
    rows: list[tuple[Agency, AgencyReport | None, str]] = field(default_factory=list)

    @property
    def reporting_rate(self) -> float | None:
        return 100 * self.received / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        return 100 * self.on_time / self.expected if self.expected else None


def period_rates(period: ReportingPeriod, agencies: list[Agency]) -> Rates:
    """Expected = `agencies`; received = submitted at least once; on time = first submission by the due date."""
    reports = {r.agency_id: r for r in period.reports.select_related("period")}
    rates = Rates(expected=len(agencies))
    for agency in agencies:
        report = reports.get(agency.pk)
        rates.rows.append((agency, report, submission_status(report)))
        if report is not None and report.first_submitted_at is not None:
            rates.received += 1
            rates.on_time += submitted_on_time(report)
    return rates


def agency_on_time_rate(agency: Agency, periods: list[ReportingPeriod]) -> float | None:
    """Across periods already due: share of the agency's reports first submitted on time."""
    due = [p for p in periods if p.due_agency <= timezone.localdate()]
    if not due:
        return None
    reports = AgencyReport.objects.filter(agency=agency, period__in=due).select_related("period")
    return 100 * sum(submitted_on_time(r) for r in reports) / len(due)


@dataclass
class IndicatorResult:
    indicator: Indicator
    value: Decimal | None
    verdict: str


def indicator_result(indicator: Indicator, period: ReportingPeriod) -> IndicatorResult:
    """The province's value: summed numerators over summed denominators (percentages), or summed counts."""
    values = IndicatorValue.objects.filter(indicator=indicator, period=period)
    if indicator.is_ratio:
        value = rollup([(v.numerator, v.denominator) for v in values])
    else:
        numbers = [v.numerator for v in values if v.numerator is not None]
        value = sum(numbers, Decimal(0)) if numbers else None
    target = indicator.target
    return IndicatorResult(indicator, value, achievement(value, float(target.value), target.comparator))
