"""The audit log page (administrators)."""
from django.core.paginator import Paginator
from django.shortcuts import render

from ..models import AuditEntry
from .access import admin_required


@admin_required
def audit_log(request):
    entries = AuditEntry.objects.all()
    action = request.GET.get("thao-tac", "").strip()
    user = request.GET.get("nguoi-dung", "").strip()
    if action:
        entries = entries.filter(action__startswith=action)
    if user:
        entries = entries.filter(username__icontains=user)
    page = Paginator(entries, 100).get_page(request.GET.get("trang"))
    actions = AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()
    query = request.GET.copy()
    query.pop("trang", None)
    return render(request, "tracking/audit_log.html", {
        "page": page, "actions": actions, "action": action, "user_filter": user, "query": query.urlencode()})
