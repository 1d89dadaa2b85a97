"""Agencies: creation, edits, and merges/renames that hand open tasks to the successor."""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q

from ..models import Agency, AgencyKind, AgencyRole, Plan, Profile, Province, TaskAgency
from ..models.plans import CLOSED_STATUSES
from ..permissions import is_admin
from .audit import apply_changes, record
from .errors import ActionError

EDITABLE_FIELDS = ("name", "aliases", "kind", "members_kind", "parent", "key", "is_active")


def _require_admin(user) -> None:
    # `user=None` is the system itself (seeding, command-line imports run by the operator).
    if user is not None and not is_admin(user):
        raise PermissionDenied("Chỉ quản trị viên Sở Nội vụ được thay đổi danh mục cơ quan.")


def _clean_aliases(name: str, aliases) -> list[str]:
    seen, out = {name.strip()}, []
    for alias in aliases or []:
        alias = " ".join(str(alias).split())
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return out


@transaction.atomic
def create_agency(user, name: str, province: Province | None, kind: str = AgencyKind.OTHER,
                  members_kind: str = "", aliases=(), parent: Agency | None = None, key: str = "") -> Agency:
    _require_admin(user)
    name = " ".join((name or "").split())
    if not name:
        raise ActionError("Tên cơ quan không được để trống.")
    if kind not in AgencyKind.values:
        raise ActionError(f"Loại cơ quan không hợp lệ: {kind}.")
    if Agency.objects.filter(province=province, name=name).exists():
        raise ActionError(f"Cơ quan “{name}” đã có trong danh mục.")
    agency = Agency.objects.create(name=name, province=province, kind=kind, members_kind=members_kind or "",
                                   aliases=_clean_aliases(name, aliases), parent=parent, key=key or "")
    record(user, "agency.create", agency, new={"name": name, "kind": kind, "province": str(province or "")})
    return agency


@transaction.atomic
def update_agency(user, agency: Agency, **values) -> Agency:
    _require_admin(user)
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ActionError(f"Không sửa được trường: {', '.join(sorted(unknown))}.")
    if "name" in values:
        values["name"] = " ".join((values["name"] or "").split())
        if not values["name"]:
            raise ActionError("Tên cơ quan không được để trống.")
    if "aliases" in values:
        values["aliases"] = _clean_aliases(values.get("name", agency.name), values["aliases"])
    if values.get("kind") and values["kind"] not in AgencyKind.values:
        raise ActionError(f"Loại cơ quan không hợp lệ: {values['kind']}.")
    if apply_changes(user, "agency.update", agency, values):
        try:
            with transaction.atomic():
                agency.save()
        except IntegrityError:
            raise ActionError(f"Cơ quan “{agency.name}” đã có trong danh mục.") from None
        # its name shows on overviews, task lists and filter menus, all cached by plan.updated_at
        Plan.mark_changed(Plan.objects.filter(Q(province=agency.province_id) | Q(tasks__task_agencies__agency=agency)))
    return agency


def add_alias(user, agency: Agency, alias: str) -> Agency:
    """Remember another way of writing the agency's name, so later imports map it directly."""
    if alias.strip() and alias.strip() not in agency.all_names():
        return update_agency(user, agency, aliases=[*agency.aliases, alias.strip()])
    return agency


@transaction.atomic
def merge_agencies(old: Agency, new: Agency, date: dt.date, user) -> int:
    """`old` is merged into (or renamed as) `new` on `date`.

    Open tasks of `old` pass to `new`: the old link is ended, a new link records where it came from,
    so progress history (kept with the agency that reported it) stays intact. Officers of `old` now
    report for `new`, and the old name becomes an alias of `new` for future imports.
    Returns the number of task links handed over.
    """
    _require_admin(user)
    if old.pk == new.pk:
        raise ActionError("Không thể hợp nhất một cơ quan vào chính nó.")
    if new.current().pk == old.pk:
        raise ActionError("Cơ quan kế thừa đang là cơ quan trực thuộc quá trình hợp nhất này (vòng lặp).")
    if old.successor_id:
        raise ActionError(f"“{old.name}” đã được hợp nhất vào “{old.successor.name}”.")
    apply_changes(user, "agency.merge", old, {"successor": new, "succeeded_on": date, "is_active": False})
    old.save()
    add_alias(user, new, old.name)
    for alias in old.aliases:
        add_alias(user, new, alias)
    moved = _hand_over_open_tasks(old, new, date, user)
    for profile in Profile.objects.filter(agency=old).select_related("user"):
        apply_changes(user, "profile.agency_merged", profile, {"agency": new})
        profile.save()
    return moved


def _hand_over_open_tasks(old: Agency, new: Agency, date: dt.date, user) -> int:
    links = (TaskAgency.objects.filter(agency=old, ended_on__isnull=True, task__is_active=True)
             .exclude(task__status__in=CLOSED_STATUSES).select_related("task"))
    moved = 0
    for link in links:
        link.ended_on = date
        link.save(update_fields=["ended_on"])
        already = TaskAgency.objects.filter(task=link.task, agency=new, ended_on__isnull=True).first()
        if already and (already.role == AgencyRole.LEAD or link.role == AgencyRole.COORDINATING):
            continue
        if already:  # new was coordinating, takes over the lead
            already.ended_on = date
            already.save(update_fields=["ended_on"])
        TaskAgency.objects.create(task=link.task, agency=new, role=link.role, position=link.position,
                                  name_as_written=link.name_as_written, inherited_from=old)
        record(user, "task.agency_handover", link.task, field=link.role, old=old.name, new=new.name)
        link.task.refresh_search_text()
        link.task.save(update_fields=["search_text"])
        moved += 1
    return moved
