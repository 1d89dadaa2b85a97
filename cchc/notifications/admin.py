from django.contrib import admin

from .models import ReminderLog


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["sent_on", "agency", "status", "overdue", "due_soon", "sent_at"]
    list_filter = ["status", "sent_on"]
    search_fields = ["agency__name", "subject"]
    readonly_fields = [f.name for f in ReminderLog._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
