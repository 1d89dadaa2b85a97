"""Django admin: read-only views of the reporting tables (every change goes through `actions`)."""
from django.contrib import admin

from cchc.tracking.permissions import is_admin

from .models import (AgencyReport, AreaNarrative, Indicator, IndicatorValue, ProvinceReportingDefaults,
                     ReportingPeriod, ReportTaskLine)


class ReadOnly:
    """Viewable by the application's administrators (Sở Nội vụ) without Django model permissions; never editable."""

    def has_module_permission(self, request):
        return is_admin(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_admin(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnly, admin.ModelAdmin):
    pass


class TaskLineInline(ReadOnly, admin.TabularInline):
    model = ReportTaskLine
    fields = ["task", "status", "percent", "note"]
    readonly_fields = fields
    extra = 0


class NarrativeInline(ReadOnly, admin.StackedInline):
    model = AreaNarrative
    fields = ["area", "results", "shortcomings", "causes", "proposals"]
    readonly_fields = fields
    extra = 0


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(ReadOnlyAdmin):
    list_display = ["label", "plan", "start", "end", "due_agency", "due_department"]
    list_filter = ["year", "code"]


@admin.register(AgencyReport)
class AgencyReportAdmin(ReadOnlyAdmin):
    list_display = ["agency", "period", "status", "first_submitted_at", "submitted_at", "reviewed_at"]
    list_filter = ["status", "period__year"]
    search_fields = ["agency__name"]
    inlines = [TaskLineInline, NarrativeInline]


@admin.register(Indicator)
class IndicatorAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "numerator_label", "denominator_label", "owner"]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(ReadOnlyAdmin):
    list_display = ["indicator", "period", "agency", "numerator", "denominator", "source"]
    list_filter = ["source"]


@admin.register(ProvinceReportingDefaults)
class ProvinceReportingDefaultsAdmin(ReadOnlyAdmin):
    list_display = ["province", "dues"]
