"""Task lists shared by pages (and by later bulk updates and reminders): filtered, annotated with
their deadline status."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet

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


def filtered_tasks(flt: TaskFilter) -> QuerySet[Task]:
    tasks = tasks_of_agency(flt.agency) if flt.agency else Task.objects.filter(is_active=True)
    if flt.area:
        tasks = tasks.filter(area__code=flt.area)
    if flt.status:
        tasks = tasks.filter(status=flt.status)
    if flt.plan_id:
        tasks = tasks.filter(plan_id=flt.plan_id)
    return tasks.select_related("plan", "area").prefetch_related("task_agencies__agency").order_by("plan", "position")


def tasks_by_deadline(flt: TaskFilter, today=None) -> list[Task]:
    """Tasks matching `flt`, with `.deadline_info`, keeping only `flt.deadline` if set, soonest first."""
    tasks = annotate(filtered_tasks(flt), today)
    if flt.deadline:
        tasks = [t for t in tasks if t.deadline_info.status == flt.deadline]
    far = dt.date.max
    return sorted(tasks, key=lambda t: (t.deadline_info.due or far, t.plan_id, t.position))


def agency_dashboard(agency: Agency, today=None) -> dict[str, list[Task]]:
    """What an agency must look at: late, due soon, other open, finished."""
    groups = {status: [] for status in DeadlineStatus.values}
    for task in tasks_by_deadline(TaskFilter(agency=agency), today):
        groups[task.deadline_info.status].append(task)
    return groups
