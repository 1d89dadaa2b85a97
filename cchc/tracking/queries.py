"""Task lists shared by pages (and by later bulk updates and reminders): filtered, annotated with
their deadline status."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from .deadline_status import DeadlineStatus, annotate
from .models import Agency, Task
from .permissions import tasks_of_agency


@dataclass
class TaskFilter:
    agency: Agency | None = None
    area: str = ""  # ReformArea.code
    status: str = ""  # TaskStatus value
    plan_id: int | None = None
    deadline: str = ""  # DeadlineStatus value
    current_only: bool = True  # without plan_id: only plans whose period has not ended


def current_plans_condition(today: dt.date | None = None) -> Q:
    """Plans still running: their last year is this year or later (or not stated)."""
    year = (today or timezone.localdate()).year
    return Q(plan__period_end__gte=year) | Q(plan__period_end__isnull=True)


def filtered_tasks(flt: TaskFilter, today: dt.date | None = None) -> QuerySet[Task]:
    tasks = tasks_of_agency(flt.agency) if flt.agency else Task.objects.filter(is_active=True)
    if flt.area:
        tasks = tasks.filter(area__code=flt.area)
    if flt.status:
        tasks = tasks.filter(status=flt.status)
    if flt.plan_id:
        tasks = tasks.filter(plan_id=flt.plan_id)
    elif flt.current_only:
        tasks = tasks.filter(current_plans_condition(today))
    return tasks.select_related("plan__province", "area").order_by("plan", "position")


def tasks_by_deadline(flt: TaskFilter, today=None) -> list[Task]:
    """Tasks matching `flt`, with `.deadline_info`, keeping only `flt.deadline` if set, soonest first."""
    tasks = annotate(filtered_tasks(flt, today), today)
    if flt.deadline:
        tasks = [t for t in tasks if t.deadline_info.status == flt.deadline]
    far = dt.date.max
    return sorted(tasks, key=lambda t: (t.deadline_info.due or far, t.plan_id, t.position))


def agency_dashboard(agency: Agency, today=None, current_only: bool = True) -> dict[str, list[Task]]:
    """What an agency must look at: late, due soon, other open, finished (of running plans by default)."""
    groups = {status: [] for status in DeadlineStatus.values}
    for task in tasks_by_deadline(TaskFilter(agency=agency, current_only=current_only), today):
        groups[task.deadline_info.status].append(task)
    return groups
