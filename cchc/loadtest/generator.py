"""A national-scale data set written with bulk_create: provinces, agencies, plans, tasks, updates.

Task deadlines spread over each plan's year; tasks of past years are mostly finished, the current
year's are mixed, so the overdue and due-soon lists have realistic sizes. Everything is seeded
(random.Random(seed)) so two runs give the same data.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import random
from importlib import resources
from dataclasses import dataclass
from typing import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from cchc.importer.text import fold
from cchc.tracking.deadline_status import overdue_after
from cchc.tracking.models import (Agency, AgencyKind, AgencyRole, Plan, PlanKind, Profile, ProgressUpdate,
                                  Province, ReformArea, Role, Task, TaskAgency, TaskStatus)

BATCH = 2000
ADMIN_USERNAME = "loadtest-admin"
DEPARTMENTS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Xây dựng",
               "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
               "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Công an tỉnh",
               "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ"]
COLLECTIVES = [("Các sở, ban, ngành", AgencyKind.DEPARTMENT), ("UBND cấp xã", AgencyKind.COMMUNE)]
VERBS = ["Rà soát", "Xây dựng", "Triển khai", "Kiểm tra", "Tổ chức", "Đánh giá", "Cập nhật", "Số hóa"]
OBJECTS = ["thủ tục hành chính", "văn bản quy phạm pháp luật", "quy chế làm việc", "hệ thống thông tin",
           "Bộ phận Một cửa", "chỉ số CCHC", "vị trí việc làm", "cơ sở dữ liệu chuyên ngành"]


@dataclass
class Scale:
    provinces: int = 34
    plans: int = 5  # yearly plans per province, ending with the current year
    tasks: int = 100  # per plan
    updates: int = 12  # progress updates per task

    @property
    def total_tasks(self) -> int:
        return self.provinces * self.plans * self.tasks


@dataclass
class Counts:
    provinces: int
    agencies: int
    plans: int
    tasks: int
    links: int
    updates: int


def province_names(count: int) -> list[str]:
    """Real province names first (the importer's list), numbered test provinces beyond them."""
    lines = resources.files("cchc.importer.data").joinpath("provinces.txt").read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return (names + [f"Tỉnh thử nghiệm {i}" for i in range(1, count + 1)])[:count]


@contextlib.contextmanager
def historical_timestamps():
    """Let bulk_create keep the `created_at` we set: updates are spread over past months."""
    field = ProgressUpdate._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = True


def generate(scale: Scale, password: str, say: Callable[[str], None] = print, seed: int = 2026,
             today: dt.date | None = None) -> Counts:
    """Write the data set into the (empty) current database; return what was written."""
    rng = random.Random(seed)
    today = today or timezone.localdate()
    with transaction.atomic(), historical_timestamps():
        admin = _admin(password)
        areas = list(ReformArea.objects.all())
        provinces = Province.objects.bulk_create([Province(name=n) for n in province_names(scale.provinces)])
        agencies = _agencies(provinces)
        officers = _officers(provinces, agencies, password)
        say(f"  {len(provinces)} tỉnh, {sum(len(a) for a in agencies.values())} cơ quan")
        plans = _plans(provinces, scale.plans, today, admin)
        tasks = _tasks(plans, scale.tasks, areas, rng, today)
        say(f"  {len(plans)} kế hoạch, {len(tasks)} nhiệm vụ")
        links = _links(tasks, agencies, rng)
        updates = _updates(tasks, scale.updates, officers, agencies, rng, today)
        say(f"  {links} liên kết cơ quan – nhiệm vụ, {updates} cập nhật tiến độ")
    return Counts(len(provinces), sum(len(a) for a in agencies.values()), len(plans), len(tasks), links, updates)


def _admin(password: str):
    User = get_user_model()
    user = User.objects.create(username=ADMIN_USERNAME, password=make_password(password), is_staff=True,
                               is_superuser=True)
    Profile.objects.create(user=user, role=Role.ADMIN, full_name="Quản trị kiểm thử tải")
    return user


def _agency(province: Province, name: str, kind: str, members_kind: str = "") -> Agency:
    return Agency(province=province, name=name, folded_name=fold(name), kind=kind, members_kind=members_kind)


def _agencies(provinces: list[Province]) -> dict[int, list[Agency]]:
    rows = []
    for province in provinces:
        rows.append(_agency(province, f"UBND tỉnh {province.name}", AgencyKind.PEOPLES_COMMITTEE))
        rows += [_agency(province, name, AgencyKind.DEPARTMENT) for name in DEPARTMENTS]
        rows += [_agency(province, name, AgencyKind.COLLECTIVE, members) for name, members in COLLECTIVES]
    created = Agency.objects.bulk_create(rows, batch_size=BATCH)
    by_province: dict[int, list[Agency]] = {}
    for agency in created:
        by_province.setdefault(agency.province_id, []).append(agency)
    return by_province


def _officers(provinces, agencies, password: str) -> dict[int, object]:
    """One officer of Sở Nội vụ per province: the author of that province's updates."""
    User = get_user_model()
    hashed = make_password(password)
    users = User.objects.bulk_create([User(username=f"loadtest-canbo-{p.pk}", password=hashed) for p in provinces])
    home = {p.pk: next(a for a in agencies[p.pk] if a.name == "Sở Nội vụ") for p in provinces}
    Profile.objects.bulk_create([Profile(user=u, role=Role.OFFICER, agency=home[p.pk]) for u, p in zip(users, provinces)])
    return {p.pk: u for u, p in zip(users, provinces)}


def _plans(provinces, count: int, today: dt.date, admin) -> list[Plan]:
    rows = []
    for province in provinces:
        for year in range(today.year - count + 1, today.year + 1):
            title = f"Kế hoạch cải cách hành chính tỉnh {province.name} năm {year}"
            rows.append(Plan(province=province, title=title, folded_title=fold(title), kind=PlanKind.ANNUAL,
                             period_start=year, period_end=year, issuer="UBND tỉnh", imported_by=admin,
                             decision_number=f"{province.pk * 10 + year % 10}/QĐ-UBND",
                             source_name="kiem-thu-tai.txt"))
    return Plan.objects.bulk_create(rows, batch_size=BATCH)


def _deadline(rng: random.Random, year: int) -> dict:
    roll = rng.random()
    if roll < 0.7:
        end = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        return {"deadline_kind": "date", "deadline_end": end, "deadline_text": f"{end:%d/%m/%Y}"}
    if roll < 0.9:
        return {"deadline_kind": "continuous", "deadline_text": "Thường xuyên"}
    return {"deadline_kind": "recurring", "deadline_every": ["quarter"], "deadline_text": "Hằng quý"}


def _status(rng: random.Random, deadline_end: dt.date | None, year: int, today: dt.date) -> str:
    if year < today.year:
        return rng.choices([TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.FAILED], [80, 15, 5])[0]
    if deadline_end and deadline_end < today:
        return rng.choices([TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS], [55, 15, 30])[0]
    return rng.choices([TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE], [30, 60, 10])[0]


def _tasks(plans, count: int, areas, rng: random.Random, today: dt.date) -> list[Task]:
    rows = []
    for plan in plans:
        for position in range(count):
            area = areas[position * len(areas) // count]
            title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} ({area.name.lower()}, nhiệm vụ {position + 1})"
            deadline = _deadline(rng, plan.period_end)
            status = _status(rng, deadline.get("deadline_end"), plan.period_end, today)
            number = f"{area.position + 1}.{position + 1}"
            percent = 100 if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else (
                0 if status == TaskStatus.NOT_STARTED else rng.randrange(5, 95, 5))
            rows.append(Task(plan=plan, number=number, position=position, area=area, area_heading=area.name,
                             title=title, search_text=fold(f"{number} {title}"), status=status, percent=percent,
                             budget_million_vnd=rng.choice([None, 50, 120, 300]), **deadline))
    for task in rows:  # bulk_create skips Task.save, which derives it
        task.overdue_after = overdue_after(task)
    return Task.objects.bulk_create(rows, batch_size=BATCH)


def _links(tasks, agencies, rng: random.Random) -> int:
    province_of = {plan.pk: plan.province_id for plan in Plan.objects.only("id", "province_id")}
    rows = []
    for task in tasks:
        pool = [a for a in agencies[province_of[task.plan_id]] if a.kind == AgencyKind.DEPARTMENT]
        lead, *partners = rng.sample(pool, 3)
        rows.append(TaskAgency(task=task, agency=lead, role=AgencyRole.LEAD, name_as_written=lead.name))
        for position, partner in enumerate(partners[:rng.randint(0, 2)]):
            rows.append(TaskAgency(task=task, agency=partner, role=AgencyRole.COORDINATING,
                                   name_as_written=partner.name, position=position))
    TaskAgency.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def _updates(tasks, per_task: int, officers, agencies, rng: random.Random, today: dt.date) -> int:
    """`per_task` updates for every task, spread over its year, the last one giving its status."""
    province_of = {plan.pk: (plan.province_id, plan.period_end) for plan in Plan.objects.only("id", "province_id", "period_end")}
    home = {pid: next(a for a in group if a.name == "Sở Nội vụ") for pid, group in agencies.items()}
    written, rows, touched = 0, [], []
    for task in tasks:
        province_id, year = province_of[task.plan_id]
        start = timezone.make_aware(dt.datetime(year, 1, 5, 9))
        end = min(timezone.make_aware(dt.datetime(today.year, today.month, today.day)),
                  timezone.make_aware(dt.datetime(year, 12, 31, 17)))
        span = max(end - start, dt.timedelta(days=1))
        idle = task.status == TaskStatus.NOT_STARTED
        for index in range(per_task):
            last = index == per_task - 1
            created = start + span * (index + 1) / (per_task + 1) + dt.timedelta(minutes=rng.randrange(600))
            status = task.status if last or idle else TaskStatus.IN_PROGRESS
            percent = task.percent if last or idle else min(95, 5 + index * 90 // per_task)
            rows.append(ProgressUpdate(task=task, author=officers[province_id], agency=home[province_id],
                                       status=status, percent=percent, created_at=created,
                                       narrative=f"Báo cáo lần {index + 1}: đã thực hiện {percent}% khối lượng."))
        if per_task:
            task.last_update_at = rows[-1].created_at
            task.completed_on = rows[-1].created_at.date() if task.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else None
            touched.append(task)
        if len(rows) >= BATCH * 5:
            ProgressUpdate.objects.bulk_create(rows, batch_size=BATCH)
            written, rows = written + len(rows), []
    ProgressUpdate.objects.bulk_create(rows, batch_size=BATCH)
    Task.objects.bulk_update(touched, ["last_update_at", "completed_on"], batch_size=BATCH)
    return written + len(rows)
