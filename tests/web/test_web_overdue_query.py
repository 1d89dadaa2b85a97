"""The overdue list found in SQL (stored Task.overdue_after) equals the exact computation in Python."""
import datetime as dt

import pytest

from cchc.tracking.deadline_status import DeadlineStatus, deadline_status, overdue_after
from cchc.tracking.models import Plan, Province, ReformArea, Task, TaskStatus
from cchc.tracking.queries import TaskFilter, tasks_by_deadline

D = dt.date
MILESTONES = [{"text": "Dự thảo", "end": "2025-03-31"}, {"text": "Ban hành", "end": "2025-09-30"}]
DEADLINES = [  # (kind, start, end, every, milestones)
    ("date", None, D(2025, 3, 31), [], []), ("date", None, D(2025, 12, 31), [], []),
    ("period", D(2025, 2, 1), D(2025, 6, 30), [], []), ("period", D(2025, 8, 1), None, [], []),
    ("multi", None, D(2025, 9, 30), [], MILESTONES), ("multi", None, D(2025, 5, 31), [], []),
    ("recurring", None, None, ["quarter"], []), ("continuous", None, None, [], []),
    ("continuous", None, D(2025, 4, 30), [], []), ("relative", None, None, [], []), ("none", None, None, [], []),
]


@pytest.fixture
def tasks(db):
    province = Province.objects.create(name="Tỉnh Kiểm Thử")
    area = ReformArea.objects.first()
    out = []
    for plan_years in ((2025, 2025), (2024, 2026), (None, None)):
        plan = Plan.objects.create(province=province, title=f"Kế hoạch {plan_years}", period_start=plan_years[0],
                                   period_end=plan_years[1])
        for position, (kind, start, end, every, milestones) in enumerate(DEADLINES * 2):
            status = TaskStatus.DONE if position % 5 == 4 else TaskStatus.IN_PROGRESS
            out.append(Task.objects.create(plan=plan, number=str(position), position=position, area=area,
                                           title="Nhiệm vụ", deadline_kind=kind, deadline_start=start,
                                           deadline_end=end, deadline_every=every, deadline_milestones=milestones,
                                           status=status))
    return out


def python_overdue(today):
    tasks = Task.objects.filter(is_active=True).select_related("plan")
    overdue = [t for t in tasks if deadline_status(t, today).status == DeadlineStatus.OVERDUE]
    return sorted(overdue, key=lambda t: (deadline_status(t, today).due, t.plan_id, t.position))


@pytest.mark.parametrize("today", [D(2025, 1, 15), D(2025, 4, 15), D(2025, 7, 1), D(2025, 10, 2),
                                   D(2026, 1, 5), D(2027, 2, 1)])
def test_sql_overdue_list_matches_python(tasks, today):
    expected = python_overdue(today)
    found = tasks_by_deadline(TaskFilter(deadline=DeadlineStatus.OVERDUE, current_only=False), today)
    assert len(found) == len(expected)
    assert [t.pk for t in found[0:len(found)]] == [t.pk for t in expected]
    assert all(t.deadline_info.status == DeadlineStatus.OVERDUE for t in found[0:len(found)])


def test_overdue_after_follows_edits_of_deadline_and_plan_period(tasks):
    task = next(t for t in tasks if t.deadline_kind == "continuous" and t.plan.period_end == 2025)
    today = D(2026, 2, 1)
    ids = lambda: [t.pk for t in tasks_by_deadline(TaskFilter(deadline="overdue", current_only=False), today)[0:999]]
    assert task.pk in ids()
    plan = task.plan
    plan.period_end = 2026
    plan.save()
    for row in plan.tasks.all():  # as a re-import does
        row.save()
    assert task.pk not in ids()
    task.refresh_from_db()
    task.deadline_end = D(2026, 1, 15)
    task.save(update_fields=["deadline_end"])
    assert task.pk in ids()


def test_filter_menus_offer_the_officers_province(client, plan, agency_a, officer_a):
    from django.urls import reverse

    from cchc.tracking.models import Agency

    elsewhere = Agency.objects.create(name="Sở Nội vụ tỉnh Xa Xôi", province=Province.objects.create(name="Xa Xôi"))
    client.force_login(officer_a)
    html = client.get(reverse("overdue")).content.decode()
    assert agency_a.name in html and elsewhere.name not in html
    chosen = client.get(reverse("overdue"), {"agency": elsewhere.pk})
    assert chosen.status_code == 200 and f'value="{elsewhere.pk}" selected' in chosen.content.decode()


def test_cached_overdue_list_follows_progress_reports(client, plan, agency_a, officer_a):
    import re

    from django.urls import reverse

    from cchc.tracking import actions

    client.force_login(officer_a)

    def count() -> int:
        html = client.get(reverse("overdue"), {"plan": plan.pk}).content.decode()
        return int(re.search(r'result-count"><strong>(\d+)</strong>', html).group(1))

    before = count()
    assert before > 0 and count() == before  # a 2021 plan: its dated tasks are late by now
    late = [t for t in tasks_by_deadline(TaskFilter(agency=agency_a, plan_id=plan.pk, deadline="overdue"))[0:3]]
    assert late
    for task in late:
        actions.update_task_progress(task, officer_a, TaskStatus.DONE, 100, "Đã hoàn thành.")
    assert count() == before - len(late)


def test_refresh_due_dates_repairs_rows_written_around_save(tasks):
    from io import StringIO

    from django.core.management import call_command

    Task.objects.update(overdue_after=None)
    out = StringIO()
    call_command("refresh_due_dates", stdout=out)
    assert "Đã tính lại" in out.getvalue()
    for task in Task.objects.select_related("plan"):
        assert task.overdue_after == overdue_after(task)
    assert Task.objects.filter(overdue_after__isnull=False).count() > len(tasks) // 2


def test_cached_filter_menus_follow_agency_renames_and_additions(client, plan, agency_a, admin_user):
    from django.urls import reverse

    from cchc.tracking import actions

    client.force_login(admin_user)
    assert "Sở Nội vụ (đổi tên)" not in client.get(reverse("overdue")).content.decode()
    actions.update_agency(admin_user, agency_a, name="Sở Nội vụ (đổi tên)")
    actions.create_agency(admin_user, "Ban Quản lý khu kinh tế mới", plan.province)
    html = client.get(reverse("overdue")).content.decode()
    assert "Sở Nội vụ (đổi tên)" in html and "Ban Quản lý khu kinh tế mới" in html


def test_filter_menus_stay_cached_through_progress_reports_but_not_plan_imports(plan, agency_a, officer_a):
    from cchc.tracking import actions
    from cchc.tracking.queries import catalogue_version
    from conftest import gold_plan

    before = catalogue_version()
    task = tasks_by_deadline(TaskFilter(agency=agency_a, plan_id=plan.pk))[0]
    actions.update_task_progress(task, officer_a, TaskStatus.IN_PROGRESS, 40, "Đang làm")
    assert catalogue_version() == before
    actions.import_plan(gold_plan(), "lan-2.txt", None)   # a re-import may retitle the plan
    assert catalogue_version() != before
