"""Who may do what. Roles: administrator (Sở Nội vụ), agency officer, leader.

- administrator: everything (import plans, manage agencies and users, read the audit log);
- officer: reads every plan; reports progress and comments only on tasks of their own agency:
  tasks that name it as lead or coordinating agency, and tasks *led* by a collective of its kind
  ("UBND cấp huyện" for a district). A collective named only as coordinator ("Các sở, ban, ngành
  phối hợp") does not open the task to every department: the lead agency reports on it. Only a
  lead agency's report moves the task's status (`report_sets_status`);
- leader: reads everything, changes nothing.
"""
from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import Agency, AgencyKind, Profile, Role, Task


def role_of(user) -> str | None:
    if not user or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.ADMIN
    profile = _profile(user)
    return profile.role if profile else None


def agency_of(user) -> Agency | None:
    """The agency an officer reports for, following merges to its current successor."""
    profile = _profile(user)
    if not profile or not profile.agency_id:
        return None
    return profile.agency.current()


def _profile(user) -> Profile | None:
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def is_admin(user) -> bool:
    return role_of(user) == Role.ADMIN


def can_read(user) -> bool:
    return role_of(user) is not None


def tasks_of_agency(agency: Agency) -> QuerySet[Task]:
    """Active tasks that name `agency`, or that a collective covering its kind leads."""
    direct = Q(task_agencies__agency=agency)
    collective = Q(task_agencies__agency__kind=AgencyKind.COLLECTIVE, task_agencies__role="lead",
                   task_agencies__agency__members_kind=agency.kind)
    if agency.province_id:
        collective &= Q(plan__province_id=agency.province_id)
    links_open = Q(task_agencies__ended_on__isnull=True)
    kind_matters = agency.kind not in ("", AgencyKind.OTHER, AgencyKind.COLLECTIVE)
    condition = (direct | collective) if kind_matters else direct
    return Task.objects.filter(condition & links_open, is_active=True).distinct()


def can_update_task(user, task: Task) -> bool:
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role != Role.OFFICER or not task.is_active:
        return False
    agency = agency_of(user)
    return agency is not None and tasks_of_agency(agency).filter(pk=task.pk).exists()


def report_sets_status(user, task: Task) -> bool:
    """Whether `user`'s progress report moves the task's status: Sở Nội vụ's always; an officer's when
    its agency leads the task, itself or as a member of the tier that leads it, or when the task names
    no lead. A coordinating agency's report is kept in the task's history only: its part of the work
    is not the task's progress."""
    if is_admin(user):
        return True
    agency = agency_of(user)
    leads = task.active_agencies("lead")
    return agency is not None and (not leads or any(_leads_as(agency, lead, task) for lead in leads))


def _leads_as(agency: Agency, lead: Agency, task: Task) -> bool:
    if lead == agency:
        return True
    return (lead.kind == AgencyKind.COLLECTIVE and bool(lead.members_kind) and lead.members_kind == agency.kind
            and agency.province_id == task.plan.province_id)


def can_comment(user, task: Task) -> bool:
    return can_update_task(user, task)
