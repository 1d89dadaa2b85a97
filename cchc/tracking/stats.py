"""Figures for the plan overview: tasks by status and reform area, budget by area."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

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
    agency: Agency
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


def plan_figures(plan: Plan, today=None) -> tuple[PlanFigures, list]:
    """Figures for `plan` and its active tasks (annotated with `.deadline_info`)."""
    lead_links = TaskAgency.objects.filter(role=AgencyRole.LEAD, ended_on__isnull=True).select_related("agency")
    tasks = annotate(plan.tasks.filter(is_active=True).select_related("area", "plan")
                     .prefetch_related(Prefetch("task_agencies", lead_links, to_attr="lead_links")), today)
    figures = PlanFigures(total=len(tasks))
    areas = {area.pk: AreaFigures(area) for area in ReformArea.objects.all()}
    agencies: dict[int, AgencyFigures] = {}
    for task in tasks:
        figures.by_status[task.status] += 1
        figures.by_deadline[task.deadline_info.status] += 1
        row = areas[task.area_id]
        row.tasks += 1
        row.finished += task.status in FINISHED_STATUSES
        row.overdue += task.deadline_info.status == DeadlineStatus.OVERDUE
        row.budget += task.budget_million_vnd or 0
        figures.budget_total += task.budget_million_vnd or 0
        _count_lead_agencies(task, agencies)
    figures.areas = [row for row in areas.values() if row.tasks]
    figures.lead_agencies = sorted(agencies.values(), key=lambda r: (-r.overdue, -r.due_soon, -r.tasks, r.agency.name))
    return figures, tasks


def _count_lead_agencies(task, agencies: dict[int, AgencyFigures]) -> None:
    for link in task.lead_links:  # prefetched: current lead agencies only
        row = agencies.setdefault(link.agency_id, AgencyFigures(link.agency))
        row.tasks += 1
        row.finished += task.status in FINISHED_STATUSES
        row.overdue += task.deadline_info.status == DeadlineStatus.OVERDUE
        row.due_soon += task.deadline_info.status == DeadlineStatus.DUE_SOON
