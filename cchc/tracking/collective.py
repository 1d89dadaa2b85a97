"""Tasks led by a whole tier ("UBND cấp huyện", "Các sở, ban, ngành"): each member agency of the
province reports on its own, and the task's status sums theirs up.

The task is finished when every member has finished; it is in progress once one member has started,
at the members' mean percent (a member that has not reported counts 0 %). Sở Nội vụ may still set the
task's status itself (see `actions.progress`).
"""
from __future__ import annotations

from dataclasses import dataclass

from .models import Agency, AgencyKind, ProgressUpdate, Task, TaskStatus
from .models.plans import CLOSED_STATUSES


@dataclass
class MemberProgress:
    agency: Agency
    update: ProgressUpdate | None   # the member's latest report, if any

    @property
    def status(self) -> str:
        return self.update.status if self.update else TaskStatus.NOT_STARTED

    @property
    def percent(self) -> int:
        return self.update.percent if self.update else 0


def leading_collective(task: Task) -> Agency | None:
    """The collective that leads `task` and names a tier of agencies, if one does."""
    for agency in task.active_agencies("lead"):
        if agency.kind == AgencyKind.COLLECTIVE and agency.members_kind:
            return agency
    return None


def member_progress(task: Task) -> list[MemberProgress]:
    """Each member of the leading collective in the plan's province with its latest report, by name."""
    collective = leading_collective(task)
    if collective is None:
        return []
    members = list(Agency.objects.filter(kind=collective.members_kind, province_id=task.plan.province_id,
                                         is_active=True).order_by("name"))
    latest: dict[int, ProgressUpdate] = {}
    for update in task.updates.filter(agency__in=members).order_by("created_at", "id"):
        latest[update.agency_id] = update
    return [MemberProgress(member, latest.get(member.pk)) for member in members]


def combined_progress(members: list[MemberProgress]) -> tuple[str, int]:
    """(status, percent) of the task from its members' reports."""
    statuses = [m.status for m in members]
    percent = round(sum(m.percent for m in members) / len(members))
    if all(s in CLOSED_STATUSES for s in statuses):
        if TaskStatus.FAILED in statuses:   # closed, but not done everywhere
            return TaskStatus.FAILED, percent
        return (TaskStatus.DONE_LATE if TaskStatus.DONE_LATE in statuses else TaskStatus.DONE), 100
    if any(s != TaskStatus.NOT_STARTED for s in statuses):
        return TaskStatus.IN_PROGRESS, percent
    return TaskStatus.NOT_STARTED, 0
