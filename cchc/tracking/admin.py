"""Django admin: read-mostly views for administrators. Day-to-day changes go through the app's pages
(and so through actions); the admin is for inspecting data and rare repairs."""
from django.contrib import admin

from .models import (Agency, AuditEntry, Comment, EvidenceFile, PendingImport, Plan, Profile, ProgressUpdate,
                     Province, ReformArea, Target, Task, TaskAgency)


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "province", "kind", "members_kind", "successor", "is_active"]
    list_filter = ["province", "kind", "is_active"]
    search_fields = ["name", "folded_name", "key"]
    raw_id_fields = ["parent", "successor"]


class TaskAgencyInline(admin.TabularInline):
    model = TaskAgency
    extra = 0
    raw_id_fields = ["agency", "inherited_from"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "province", "kind", "period_start", "period_end", "version", "imported_at"]
    list_filter = ["province", "kind"]
    search_fields = ["title", "decision_number"]
    exclude = ["source_text"]


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "plan", "area", "status", "percent", "deadline_end", "is_active"]
    list_filter = ["plan", "area", "status", "deadline_kind", "is_active"]
    search_fields = ["title", "search_text", "number"]
    inlines = [TaskAgencyInline]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["text", "plan", "value", "unit", "comparator", "year"]
    list_filter = ["plan"]


class EvidenceInline(admin.TabularInline):
    model = EvidenceFile
    extra = 0


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(admin.ModelAdmin):
    list_display = ["task", "status", "percent", "agency", "author", "created_at"]
    list_filter = ["status"]
    inlines = [EvidenceInline]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "action", "object_type", "object_id", "field"]
    list_filter = ["action", "object_type"]
    search_fields = ["username", "object_repr", "field"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(ReformArea)
admin.site.register(Comment)
admin.site.register(Profile)
admin.site.register(PendingImport)
admin.site.site_header = "CCHC – Quản trị dữ liệu"
admin.site.site_title = "CCHC"
