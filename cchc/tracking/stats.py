"""Figures for the plan overview: tasks by status and reform area, budget by area."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from .deadline_status import DeadlineStatus, annotate
from .models import Agency, AgencyRole, Plan, ReformArea, TaskAgency, TaskStatus
from .models.plans import FINISHED_STATUSES


@dataclass
class AreaFigures:
    area: ReformArea
    tasks: int = 0
    finished: int = 0
    overdue: int = 0
    budget: Decimal = Decimal(0)

    @property
    def percent_finished(self) -> int:
        return round(100 * self.finished / self.tasks) if self.tasks else 0


@dataclass
class AgencyFigures:
    agency: Agency | None  # set once the agencies are loaded
    tasks: int = 0
    finished: int = 0
    overdue: int = 0
    due_soon: int = 0


@dataclass
class PlanFigures:
    total: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_deadline: Counter = field(default_factory=Counter)
    areas: list[AreaFigures] = field(default_factory=list)
    lead_agencies: list[AgencyFigures] = field(default_factory=list)  # most overdue first
    budget_total: Decimal = Decimal(0)

    @property
    def finished(self) -> int:
        return sum(self.by_status[s] for s in FINISHED_STATUSES)

    @property
    def percent_finished(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0

    def status_rows(self):
        return [(choice, label, self.by_status[choice]) for choice, label in TaskStatus.choices]

    def deadline_rows(self):
        return [(choice, label, self.by_deadline[choice]) for choice, label in DeadlineStatus.choices]


# What the overview and its figures read of a task (deadline status included): the other columns
# (outputs, notes, search text…) are left in the database.
OVERVIEW_TASK_FIELDS = (
    "plan_id", "number", "position", "area_id", "area_heading", "group", "title", "lead_names", "deadline_text",
    "deadline_kind", "deadline_start", "deadline_end", "deadline_every", "deadline_milestones",
    "budget_million_vnd", "status", "percent", "last_update_at",
)


def plan_figures(plan: Plan, today=None) -> tuple[PlanFigures, list]:
    """Figures for `plan` and its active tasks (annotated with `.deadline_info`, `.plan` and `.area` set)."""
    areas = {area.pk: AreaFigures(area) for area in ReformArea.objects.all()}
    tasks = annotate(plan.tasks.filter(is_active=True).only(*OVERVIEW_TASK_FIELDS), today)  # .plan is `plan`
    figures = PlanFigures(total=len(tasks))
    for task in tasks:
        row = areas[task.area_id]
        task.area = row.area  # one object per area, not one per task
        figures.by_status[task.status] += 1
        figures.by_deadline[task.deadline_info.status] += 1
        row.tasks += 1
        row.finished += task.status in FINISHED_STATUSES
        row.overdue += task.deadline_info.status == DeadlineStatus.OVERDUE
        row.budget += task.budget_million_vnd or 0
        figures.budget_total += task.budget_million_vnd or 0
    figures.areas = [row for row in areas.values() if row.tasks]
    figures.lead_agencies = _lead_agency_figures(plan, {task.pk: task for task in tasks})
    return figures, tasks


def _lead_agency_figures(plan: Plan, tasks: dict[int, object]) -> list[AgencyFigures]:
    """Per current lead agency of the plan's active tasks, most overdue first."""
    links = (TaskAgency.objects.filter(task__plan=plan, task__is_active=True, role=AgencyRole.LEAD,
                                       ended_on__isnull=True).values_list("task_id", "agency_id"))
    rows: dict[int, AgencyFigures] = {}
    for task_id, agency_id in links:
        task, row = tasks[task_id], rows.setdefault(agency_id, AgencyFigures(None))
        row.tasks += 1
        row.finished += task.status in FINISHED_STATUSES
        row.overdue += task.deadline_info.status == DeadlineStatus.OVERDUE
        row.due_soon += task.deadline_info.status == DeadlineStatus.DUE_SOON
    for agency in Agency.objects.filter(pk__in=rows).only("pk", "name"):
        rows[agency.pk].agency = agency
    return sorted(rows.values(), key=lambda r: (-r.overdue, -r.due_soon, -r.tasks, r.agency.name))
