"""End of the plan year: each task's final state, tasks carried over to next year, targets against last year."""
from __future__ import annotations

from collections import Counter

from django.shortcuts import get_object_or_404, render

from cchc.tracking.models import Plan, TaskStatus

from ..year_close import carried_over, compare_targets, previous_plan
from .access import overseer_required


@overseer_required
def year_close(request, pk: int):
    plan = get_object_or_404(Plan.objects.select_related("province"), pk=pk)
    tasks = list(plan.tasks.filter(is_active=True).select_related("area").order_by("position"))
    counts = Counter(task.status for task in tasks)
    return render(request, "reporting/year_close.html", {
        "plan": plan, "tasks": tasks, "carried": carried_over(plan), "comparisons": compare_targets(plan),
        "previous": previous_plan(plan),
        "counts": [(label, counts.get(code, 0), code) for code, label in TaskStatus.choices],
    })
