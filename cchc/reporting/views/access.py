"""Who may open which reporting page, on top of the tracking app's roles.

- every signed-in reader: schedules, indicators, trend charts;
- administrators and leaders: period dashboards, consolidated documents, the year close; any agency report;
- an officer: the reports of their own agency only (another agency's report is refused with 403).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from cchc.tracking.models import Agency, Role
from cchc.tracking.permissions import agency_of, role_of
from cchc.tracking.views.access import _guard, admin_required, reader_required

from ..models import AgencyReport, ReportingPeriod

__all__ = ["admin_required", "reader_required", "overseer_required", "is_overseer", "officer_agency", "report_for",
           "period_for", "can_view_report", "can_edit_report"]


def is_overseer(user) -> bool:
    """Administrators and leaders see every agency's reports and the province's figures."""
    return role_of(user) in (Role.ADMIN, Role.LEADER)


overseer_required = _guard(is_overseer)


def officer_agency(user) -> Agency:
    agency = agency_of(user)
    if agency is None:
        raise PermissionDenied("Chỉ cán bộ của một cơ quan được lập báo cáo của đơn vị.")
    return agency


def can_view_report(user, report: AgencyReport) -> bool:
    return is_overseer(user) or agency_of(user) == report.agency


def can_edit_report(user, report: AgencyReport) -> bool:
    """The agency's own officers write its report while it is a draft or returned."""
    return report.is_editable and agency_of(user) == report.agency


def report_for(user, pk: int) -> AgencyReport:
    report = get_object_or_404(AgencyReport.objects.select_related("period", "period__plan", "agency"), pk=pk)
    if not can_view_report(user, report):
        raise PermissionDenied("Bạn chỉ được xem báo cáo của cơ quan mình.")
    return report


def period_for(pk: int) -> ReportingPeriod:
    return get_object_or_404(ReportingPeriod.objects.select_related("plan", "plan__province"), pk=pk)
