"""Demo data: import the seed plans with the importer, create demo accounts, add sample progress.

Used by `cchc demo` and `manage.py seed_demo`. Everything is written through actions (as the
system user, `user=None`), so the audit log shows how the data came in.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import slugify

from cchc.importer.text import fold, nfc

from . import actions
from .actions.imports import ImportSource
from .models import Agency, AgencyKind, Plan, Role, TaskStatus

DEMO_PASSWORD = "CchcDemo@2026"
OFFICER_AGENCIES = 4


@dataclass
class DemoAccount:
    username: str
    password: str
    role: str
    agency: str = ""


def parse_seed(path: Path) -> tuple[dict, str]:
    """(plan dict, source text) via the importer library; raises on anything it cannot parse."""
    from cchc.importer import parse_document, read_document

    document = read_document(path)
    plan = parse_document(document)
    data = plan.to_dict()
    data["notices"] = [{"message": n.message, "lineno": n.lineno} for n in plan.notices]
    return data, nfc(document.text())


def import_seeds(seed_dir: Path, say: Callable[[str], None], gold_dir: Path | None = None) -> list[Plan]:
    """Import every *.txt (and other documents) in `seed_dir`; skip (with a message) what fails.

    With `gold_dir`, a seed the importer cannot parse falls back to its hand-made gold JSON.
    """
    plans = []
    for path in sorted(p for p in seed_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            data, text = parse_seed(path)
        except Exception as err:  # noqa: BLE001 - any importer failure only skips this seed
            gold = gold_dir / f"{path.stem}.json" if gold_dir else None
            if gold and gold.exists():
                data, text = json.loads(gold.read_text(encoding="utf-8")), nfc(path.read_text(encoding="utf-8"))
                say(f"  {path.name}: bộ nhập chưa đọc được ({_reason(err)}); dùng bản chuẩn {gold.name}.")
            else:
                say(f"  Bỏ qua {path.name}: bộ nhập chưa đọc được ({_reason(err)}).")
                continue
        try:
            plan = actions.import_plan(data, ImportSource(name=path.name, text=text), None,
                                       create_unknown_agencies=False)
        except actions.ActionError as err:
            say(f"  Bỏ qua {path.name}: {err}")
            continue
        say(f"  Đã nhập {path.name}: {plan.title} ({plan.tasks.filter(is_active=True).count()} nhiệm vụ).")
        plans.append(plan)
    return plans


def _reason(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:160]


def _shift_year(value, years: int):
    if not value:
        return value
    day = dt.date.fromisoformat(value)
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29/02 in a non-leap year
        return day.replace(year=day.year + years, day=28).isoformat()


def current_year_copy(plan: Plan, year: int) -> dict:
    """The plan dict of `plan` moved to `year`, marked as an illustration, so that due-soon and
    overdue lists have something to show on a demo machine."""
    shift = year - (plan.period_end or year)
    tasks = []
    for task in plan.tasks.filter(is_active=True).order_by("position"):
        deadline = {"kind": task.deadline_kind, "start": _shift_year(task.deadline_start and task.deadline_start.isoformat(), shift),
                    "end": _shift_year(task.deadline_end and task.deadline_end.isoformat(), shift),
                    "every": task.deadline_every,
                    "milestones": [{"text": m.get("text", ""), "end": _shift_year(m.get("end"), shift)}
                                   for m in task.deadline_milestones]}
        text = re.sub(r"\b(20\d\d)\b", lambda m: str(int(m.group(1)) + shift), task.deadline_text)
        tasks.append({"id": task.number, "area": task.area.code, "area_heading": task.area_heading,
                      "group": task.group or None, "title": task.title, "outputs": task.outputs,
                      "lead": task.lead_names, "coordinating": task.coordinating_names, "deadline_text": text,
                      "deadline": deadline, "budget_million_vnd": task.budget_million_vnd, "notes": task.notes or None})
    title = re.sub(r"\b(20\d\d)\b", lambda m: str(int(m.group(1)) + shift), plan.title)
    return {"plan": {"province": plan.province.name, "title": f"{title} (bản minh họa)", "kind": plan.kind,
                     "period_start": (plan.period_start or year) + shift, "period_end": year,
                     "decision_number": None, "decision_date": None, "issuer": plan.issuer,
                     "total_budget_million_vnd": plan.total_budget_million_vnd},
            "targets": [], "tasks": tasks, "reporting": copy.deepcopy(plan.reporting)}


def busiest_agencies(plan: Plan, count: int) -> list[Agency]:
    """Real agencies (not collectives) with the most tasks in `plan`."""
    return list(Agency.objects.filter(task_links__task__plan=plan, task_links__ended_on__isnull=True)
                .exclude(kind__in=[AgencyKind.COLLECTIVE, AgencyKind.OTHER])
                .annotate(n=Count("task_links", filter=Q(task_links__task__plan=plan)))
                .order_by("-n", "name")[:count])


def _username(agency: Agency) -> str:
    return "canbo-" + slugify(fold(agency.name))[:40]


def ensure_account(username: str, password: str, role: str, agency: Agency | None = None, full_name: str = ""):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = actions.create_user(None, username, password, role, agency=agency, full_name=full_name, validate=False)
    else:
        actions.set_user_role(None, user, role, agency)
        actions.reset_password(None, user, password, validate=False)
    if role == Role.ADMIN and not user.is_superuser:
        user.is_superuser = user.is_staff = True  # the demo administrator may also use /quan-tri/
        user.save(update_fields=["is_superuser", "is_staff"])
    return user


def create_accounts(plan: Plan | None, password: str = DEMO_PASSWORD) -> list[DemoAccount]:
    accounts = [DemoAccount("admin", password, Role.ADMIN, "Sở Nội vụ (quản trị)")]
    ensure_account("admin", password, Role.ADMIN, full_name="Quản trị Sở Nội vụ")
    ensure_account("lanhdao", password, Role.LEADER, full_name="Lãnh đạo UBND tỉnh")
    accounts.append(DemoAccount("lanhdao", password, Role.LEADER))
    for agency in busiest_agencies(plan, OFFICER_AGENCIES) if plan else []:
        username = _username(agency)
        ensure_account(username, password, Role.OFFICER, agency, full_name=f"Cán bộ {agency.name}")
        accounts.append(DemoAccount(username, password, Role.OFFICER, agency.name))
    return accounts


def add_sample_progress(plan: Plan, officers: list) -> int:
    """A few progress reports by the demo officers, so pages show history (only on a fresh plan)."""
    if plan.tasks.filter(updates__isnull=False).exists():
        return 0
    from .permissions import tasks_of_agency

    made = 0
    samples = [(TaskStatus.IN_PROGRESS, 40, "Đã xây dựng dự thảo, đang lấy ý kiến các cơ quan liên quan."),
               (TaskStatus.DONE, 100, "Đã hoàn thành, văn bản đã được ban hành và gửi các cơ quan."),
               (TaskStatus.IN_PROGRESS, 70, "Đã triển khai tại các đơn vị, đang tổng hợp kết quả.")]
    for user in officers:
        agency = user.profile.agency
        for task, (status, percent, text) in zip(tasks_of_agency(agency).filter(plan=plan).order_by("position"), samples):
            actions.update_task_progress(task, user, status, percent, text)
            made += 1
    return made


def run_demo(seed_dir: Path, say: Callable[[str], None], gold_dir: Path | None = None,
             illustrate: bool = True, password: str = DEMO_PASSWORD) -> list[DemoAccount]:
    say(f"Nhập các kế hoạch mẫu từ {seed_dir} ...")
    plans = import_seeds(seed_dir, say, gold_dir)
    base = max((p for p in plans if p.kind == "annual"), key=lambda p: p.period_end or 0, default=None)
    focus = base
    if base and illustrate:
        year = timezone.localdate().year
        focus = actions.import_plan(current_year_copy(base, year), ImportSource(name=f"{base.source_name} (minh họa)"), None)
        say(f"  Tạo bản minh họa năm {year}: {focus.title}.")
    accounts = create_accounts(focus, password)
    if focus:
        officers = [get_user_model().objects.get(username=a.username) for a in accounts if a.role == Role.OFFICER]
        made = add_sample_progress(focus, officers)
        if made:
            say(f"  Thêm {made} báo cáo tiến độ mẫu.")
    return accounts
