"""The plan overview's figures and task table: the same HTML for every reader, rendered once per
plan version and day and kept in the cache the server processes share (settings.CACHES).

The key holds `plan.updated_at` (moved by every write to the plan, its tasks or their agencies:
Task.save, Plan.mark_changed) and the day (deadline statuses move with it), so an entry is never
invalidated, only left unused: a write shows on the next request in every process.
"""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .charts import Bar, bar_chart
from .models import Plan
from .stats import plan_figures
from .templatetags.vi_format import money

CACHE_SECONDS = 3600  # bounds staleness after writes that bypass the actions (Django admin)


def cache_key(plan: Plan, today: dt.date) -> str:
    return f"plan-overview:{plan.pk}:{plan.updated_at.isoformat()}:{today}:{settings.CCHC_DUE_SOON_WORKING_DAYS}"


def overview_html(plan: Plan, today: dt.date | None = None) -> SafeString:
    """The cached overview of `plan`, rendered on a miss."""
    today = today or timezone.localdate()
    key = cache_key(plan, today)
    html = cache.get(key)
    if html is None:
        html = render_overview(plan, today)
        cache.set(key, html, CACHE_SECONDS)
    return mark_safe(html)


def warm(plans, today: dt.date | None = None) -> int:
    """Render into the cache the overviews of `plans` that are not there yet; return how many."""
    today = today or timezone.localdate()
    missing = [plan for plan in plans if not cache.has_key(cache_key(plan, today))]
    for plan in missing:
        cache.set(cache_key(plan, today), render_overview(plan, today), CACHE_SECONDS)
    return len(missing)


def render_overview(plan: Plan, today: dt.date) -> str:
    figures, tasks = plan_figures(plan, today)
    charts = {
        "deadline": bar_chart("Nhiệm vụ theo thời hạn", [
            Bar(label, count, f"deadline-{code}") for code, label, count in figures.deadline_rows()]),
        "status": bar_chart("Nhiệm vụ theo tình trạng", [
            Bar(label, count, f"status-{code}") for code, label, count in figures.status_rows()]),
        "areas": bar_chart("Số nhiệm vụ theo lĩnh vực", [Bar(row.area.name, row.tasks) for row in figures.areas]),
    }
    if figures.budget_total:
        charts["budget"] = bar_chart("Kinh phí theo lĩnh vực (triệu đồng)", [
            Bar(row.area.name, float(row.budget), display=money(row.budget)) for row in figures.areas if row.budget])
    return render_to_string("tracking/_plan_overview.html", {
        "plan": plan, "figures": figures, "charts": charts, "sections": _group_by_area(tasks),
        "targets": plan.targets.filter(is_active=True).select_related("area")})


def _group_by_area(tasks):
    sections, current = [], None
    for task in tasks:
        heading = task.area_heading or task.area.name
        if current is None or current["heading"] != heading:
            current = {"heading": heading, "area": task.area, "tasks": []}
            sections.append(current)
        current["tasks"].append(task)
    return sections
