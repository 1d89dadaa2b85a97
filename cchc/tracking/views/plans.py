"""Plan list and plan overview."""
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from ..charts import Bar, bar_chart, progress_bar
from ..models import Plan
from ..models.plans import FINISHED_STATUSES
from ..stats import plan_figures
from ..templatetags.vi_format import money
from .access import reader_required


@reader_required
def plan_list(request):
    plans = (Plan.objects.select_related("province")
             .annotate(task_count=Count("tasks", filter=Q(tasks__is_active=True)),
                       finished=Count("tasks", filter=Q(tasks__is_active=True, tasks__status__in=FINISHED_STATUSES)))
             .order_by("-period_end", "province__name", "title"))
    rows = [(plan, progress_bar(plan.finished, plan.task_count)) for plan in plans]
    return render(request, "tracking/plan_list.html", {"rows": rows})


OVERVIEW_CACHE_SECONDS = 3600


@reader_required
def plan_detail(request, pk: int):
    plan = get_object_or_404(Plan.objects.select_related("province"), pk=pk)
    return render(request, "tracking/plan_detail.html", {"plan": plan, "overview": _overview(plan)})


def _overview(plan: Plan) -> str:
    """The figures and task table, the same for every reader: cached until the plan changes.

    `plan.updated_at` moves with every write to the plan, its tasks or their agencies
    (Task.save, Plan.mark_changed), and the key holds the day because deadline statuses move with
    it; keys are never invalidated, so each server process may keep its own (local memory) cache.
    """
    today = timezone.localdate()
    key = f"plan-overview:{plan.pk}:{plan.updated_at.isoformat()}:{today}:{settings.CCHC_DUE_SOON_WORKING_DAYS}"
    html = cache.get(key)
    if html is None:
        html = _render_overview(plan, today)
        cache.set(key, html, OVERVIEW_CACHE_SECONDS)
    return mark_safe(html)


def _render_overview(plan: Plan, today) -> str:
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
