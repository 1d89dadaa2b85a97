"""Where a task stands against its deadline: đúng hạn, sắp đến hạn, quá hạn, hoàn thành.

The deadline is the importer's normalised one (kind date, period, multi, recurring, continuous,
relative, none). The *due point* is the date that matters today:

- date / period: the end date;
- multi: the next milestone not yet passed (the last one once all have passed);
- recurring: the end of the current cycle (week ends Friday, month, quarter, half-year, year);
  a report made since the cycle began keeps the task on track for that cycle;
- continuous: the stated end, else the end of the current year within the plan's period;
- relative / none: no due point ("chưa xác định hạn").

Once the plan's period is over, recurring and continuous tasks are due at its last day.
A task is "sắp đến hạn" when its due point is at most CCHC_DUE_SOON_WORKING_DAYS working days away.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone

from .models.plans import FINISHED_STATUSES, Task
from .workdays import add_working_days, working_days_between


class DeadlineStatus(models.TextChoices):
    ON_TRACK = "on_track", "Đúng hạn"
    DUE_SOON = "due_soon", "Sắp đến hạn"
    OVERDUE = "overdue", "Quá hạn"
    DONE = "done", "Hoàn thành"
    UNDATED = "undated", "Chưa xác định hạn"


@dataclass
class DeadlineInfo:
    status: str
    due: dt.date | None
    cycle: str = ""  # for recurring tasks: which cycle the due point closes
    working_days_left: int | None = None

    @property
    def label(self) -> str:
        return DeadlineStatus(self.status).label

    @property
    def working_days_late(self) -> int:
        return -self.working_days_left if self.working_days_left and self.working_days_left < 0 else 0


CYCLE_LABELS = {"week": "tuần", "month": "tháng", "quarter": "quý", "half_year": "6 tháng", "year": "năm"}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def cycle_bounds(every: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the `every` cycle containing `today` (weeks run Monday to Friday)."""
    if every == "week":
        monday = today - dt.timedelta(days=today.weekday())
        if today.weekday() >= 5:
            monday += dt.timedelta(days=7)
        return monday, monday + dt.timedelta(days=4)
    if every == "month":
        return today.replace(day=1), _month_end(today.year, today.month)
    if every == "quarter":
        first = 3 * ((today.month - 1) // 3) + 1
        return dt.date(today.year, first, 1), _month_end(today.year, first + 2)
    if every == "half_year":
        first = 1 if today.month <= 6 else 7
        return dt.date(today.year, first, 1), _month_end(today.year, first + 5)
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def _plan_end(task: Task) -> dt.date | None:
    year = task.plan.period_end or task.plan.period_start
    return dt.date(year, 12, 31) if year else None


def _recurring_due(task: Task, today: dt.date) -> tuple[dt.date | None, str]:
    cycles = [c for c in (task.deadline_every or []) if c in CYCLE_LABELS] or ["year"]
    every = min(cycles, key=lambda c: cycle_bounds(c, today)[1])
    return cycle_bounds(every, today)[1], every


def _continuous_due(task: Task, today: dt.date) -> dt.date | None:
    if task.deadline_end:
        return task.deadline_end
    year_end = dt.date(today.year, 12, 31)
    plan_end = _plan_end(task)
    return min(year_end, plan_end) if plan_end else year_end


def _multi_due(task: Task, today: dt.date) -> dt.date | None:
    ends = sorted(dt.date.fromisoformat(m["end"]) for m in task.deadline_milestones or [] if m.get("end"))
    if not ends:
        return task.deadline_end
    upcoming = [end for end in ends if end >= today]
    return upcoming[0] if upcoming else ends[-1]


def due_point(task: Task, today: dt.date) -> tuple[dt.date | None, str]:
    """(due date, cycle) for the task as of `today`; cycle is set for recurring tasks only."""
    kind = task.deadline_kind
    plan_end = _plan_end(task)
    if kind in ("recurring", "continuous") and plan_end and today > plan_end:
        return plan_end, ""
    if kind == "recurring":
        return _recurring_due(task, today)
    if kind == "continuous":
        return _continuous_due(task, today), ""
    if kind == "multi":
        return _multi_due(task, today), ""
    if kind in ("date", "period"):
        return task.deadline_end or task.deadline_start, ""
    return None, ""


def overdue_after(task: Task) -> dt.date | None:
    """The last day on which the task, unfinished, is not yet overdue: it is overdue on any later day.

    Unlike the due point this does not move with time, so it is stored (`Task.overdue_after`) and lets
    SQL find the overdue tasks: a recurring cycle's end or the current year's end is never past, so
    recurring and continuous tasks only fall overdue at their stated end or the plan's last day.
    """
    kind, plan_end = task.deadline_kind, _plan_end(task)
    if kind in ("date", "period"):
        return task.deadline_end or task.deadline_start
    if kind == "multi":
        ends = [dt.date.fromisoformat(m["end"]) for m in task.deadline_milestones or [] if m.get("end")]
        return max(ends) if ends else task.deadline_end
    if kind == "recurring":
        return plan_end
    if kind == "continuous":
        return min(d for d in (task.deadline_end, plan_end) if d) if task.deadline_end or plan_end else None
    return None


def due_date(task: Task, today: dt.date | None = None) -> dt.date | None:
    return due_point(task, today or timezone.localdate())[0]


def _reported_this_cycle(task: Task, every: str, today: dt.date) -> bool:
    if not task.last_update_at:
        return False
    return timezone.localdate(task.last_update_at) >= cycle_bounds(every, today)[0]


def deadline_status(task: Task, today: dt.date | None = None, due_soon_days: int | None = None) -> DeadlineInfo:
    today = today or timezone.localdate()
    soon = settings.CCHC_DUE_SOON_WORKING_DAYS if due_soon_days is None else due_soon_days
    due, cycle = due_point(task, today)
    if task.status in FINISHED_STATUSES:
        return DeadlineInfo(DeadlineStatus.DONE, due, cycle)
    if due is None:
        return DeadlineInfo(DeadlineStatus.UNDATED, None, cycle)
    left = working_days_between(today, due)
    if due < today:
        return DeadlineInfo(DeadlineStatus.OVERDUE, due, cycle, left)
    if cycle and _reported_this_cycle(task, cycle, today):
        return DeadlineInfo(DeadlineStatus.ON_TRACK, due, cycle, left)
    if due <= add_working_days(today, soon):
        return DeadlineInfo(DeadlineStatus.DUE_SOON, due, cycle, left)
    return DeadlineInfo(DeadlineStatus.ON_TRACK, due, cycle, left)


def annotate(tasks, today: dt.date | None = None) -> list[Task]:
    """Attach `.deadline_info` to each task (for lists and filters)."""
    today = today or timezone.localdate()
    out = []
    for task in tasks:
        task.deadline_info = deadline_status(task, today)
        out.append(task)
    return out
