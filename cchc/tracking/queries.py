"""Task lists shared by pages (and by later bulk updates and reminders): filtered, annotated with
their deadline status."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from .deadline_status import DeadlineStatus, annotate
from .models import Agency, Plan, Task
from .models.plans import FINISHED_STATUSES
from .permissions import tasks_of_agency
from .workdays import add_working_days


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


class OverdueTasks(Sequence):
    """Overdue tasks, soonest due first, found in SQL through the stored `Task.overdue_after` and
    loaded (with their `.deadline_info`) only a slice at a time: a Paginator shows 50 of thousands."""

    def __init__(self, tasks: QuerySet[Task], today: dt.date):
        self.today = today
        overdue = tasks.exclude(status__in=FINISHED_STATUSES).filter(overdue_after__lt=today)
        rows = overdue.order_by().values_list("pk", "overdue_after", "deadline_kind", "plan__period_start",
                                   "plan__period_end", "plan_id", "position")
        self.ids = [row[0] for row in sorted(rows, key=self._sort_key)]

    def _sort_key(self, row) -> tuple:
        """The due point of an overdue task (as deadline_status gives it), then plan and position.
        It is `overdue_after` except for a continuous task with its own end once its plan is over."""
        _, after, kind, start, end, plan_id, position = row
        year = end or start
        plan_end = dt.date(year, 12, 31) if year else None
        due = plan_end if kind == "continuous" and plan_end and self.today > plan_end else after
        return due, plan_id, position

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index:index + 1][0] if index >= 0 else self[len(self) + index]
        ids = self.ids[index]
        tasks = Task.objects.filter(pk__in=ids).select_related("plan__province", "area")
        by_pk = {task.pk: task for task in annotate(tasks, self.today)}
        return [by_pk[pk] for pk in ids]


def _due_soon_candidates(tasks: QuerySet[Task], today: dt.date) -> QuerySet[Task]:
    """Drop in SQL the tasks that cannot be due soon, before the exact computation in Python:
    finished tasks, tasks without a due point, dated tasks on the wrong side of today or the horizon."""
    tasks = tasks.exclude(status__in=FINISHED_STATUSES).exclude(deadline_kind__in=("relative", "none"))
    tasks = tasks.annotate(fixed_due=Coalesce("deadline_end", "deadline_start"))
    horizon = add_working_days(today, settings.CCHC_DUE_SOON_WORKING_DAYS)
    dated = Q(deadline_kind__in=("date", "period"))
    return tasks.exclude(dated & (Q(fixed_due__lt=today) | Q(fixed_due__gt=horizon)))


def tasks_by_deadline(flt: TaskFilter, today=None) -> Sequence[Task]:
    """Tasks matching `flt`, with `.deadline_info`, keeping only `flt.deadline` if set, soonest first."""
    today = today or timezone.localdate()
    tasks = filtered_tasks(flt, today)
    if flt.deadline == DeadlineStatus.OVERDUE:
        return OverdueTasks(tasks, today)
    if flt.deadline == DeadlineStatus.DUE_SOON:
        tasks = _due_soon_candidates(tasks, today)
    tasks = annotate(tasks, today)
    if flt.deadline:
        tasks = [t for t in tasks if t.deadline_info.status == flt.deadline]
    far = dt.date.max
    return sorted(tasks, key=lambda t: (t.deadline_info.due or far, t.plan_id, t.position))


def data_version() -> str:
    """Changes with every write to a plan, its tasks or their agencies (Task.save, Plan.mark_changed):
    cached task lists are keyed by it, so any process sees a change on its next request."""
    figures = Plan.objects.aggregate(last=Max("updated_at"), plans=Count("pk"))
    return f"{figures['plans']}:{figures['last'].isoformat() if figures['last'] else ''}"


def catalogue_version() -> str:
    """Changes with what the filter menus list: an agency added, renamed, merged or retired (its
    `updated_at`), a plan imported or re-imported (plan versions). Progress on tasks leaves it alone."""
    agencies = Agency.objects.aggregate(last=Max("updated_at"), count=Count("pk", filter=Q(is_active=True)))
    plans = Plan.objects.aggregate(count=Count("pk"), versions=Sum("version"))
    last = agencies["last"].isoformat() if agencies["last"] else ""
    return f"{agencies['count']}:{last}:{plans['count']}:{plans['versions']}"


def agency_dashboard(agency: Agency, today=None, current_only: bool = True) -> dict[str, list[Task]]:
    """What an agency must look at: late, due soon, other open, finished (of running plans by default)."""
    groups = {status: [] for status in DeadlineStatus.values}
    for task in tasks_by_deadline(TaskFilter(agency=agency, current_only=current_only), today):
        groups[task.deadline_info.status].append(task)
    return groups
