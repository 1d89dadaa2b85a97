"""Task counts of the consolidated report: an unfinished task past its deadline is late, not in progress."""
import datetime as dt

import pytest

from cchc.reporting.consolidation import report_context
from cchc.tracking import actions as tracking_actions
from cchc.tracking.models import TaskStatus
from cchc.tracking.permissions import agency_of, tasks_of_agency

pytestmark = pytest.mark.django_db


def test_late_and_in_progress_are_counted_once(plan, officers, schedule):
    officer = officers["snv"]
    day = dt.date(2021, 7, 1)
    tasks = tasks_of_agency(agency_of(officer)).filter(plan=plan, deadline_end__isnull=False).order_by("deadline_end")
    past, future = tasks.filter(deadline_end__lt=day).first(), tasks.filter(deadline_end__gt=day).last()
    for task in (past, future):
        tracking_actions.update_task_progress(task, officer, TaskStatus.IN_PROGRESS, 50, "Đang làm.")
    before = {r["name"]: r for r in report_context(schedule["quarter_2"], today=day)["completion"]}
    tracking_actions.update_task_progress(past, officer, TaskStatus.DONE_LATE, 100, "Xong muộn.")
    after = {r["name"]: r for r in report_context(schedule["quarter_2"], today=day)["completion"]}
    area = past.area.name
    assert after[area]["done"] == before[area]["done"] + 1
    assert after[area]["late"] == before[area]["late"] - 1
    assert after[area]["doing"] == before[area]["doing"]  # the late task was never counted as in progress
    for row in after.values():
        assert row["done"] + row["doing"] + row["late"] <= row["total"]
    assert sum(r["total"] for r in after.values() if r["kind"] == "area") == plan.tasks.filter(is_active=True).count()
