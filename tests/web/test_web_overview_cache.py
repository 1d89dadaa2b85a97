"""The plan overview is cached per plan; every write to the plan's tasks or agencies shows at once."""
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cchc.tracking import actions
from cchc.tracking.models import TaskStatus

from conftest import gold_plan, overview, task_led_by


def done_percent(html: str) -> str:
    return re.search(r'card-done"><span class="card-number">(\d+)%', html).group(1)


def test_progress_update_shows_on_the_next_overview(reader, plan, agency_a, officer_a):
    before = overview(reader, plan)
    for task in plan.tasks.filter(task_agencies__agency=agency_a, task_agencies__role="lead")[:8]:
        actions.update_task_progress(task, officer_a, TaskStatus.DONE, 100, "Đã ban hành văn bản.")
    after = overview(reader, plan)
    assert int(done_percent(after)) > int(done_percent(before))


def test_agency_rename_shows_on_the_next_overview(reader, plan, agency_a, admin_user):
    assert task_led_by(plan, agency_a) is not None
    assert "Sở Nội vụ mới" not in overview(reader, plan)
    actions.update_agency(admin_user, agency_a, name="Sở Nội vụ mới")
    assert "Sở Nội vụ mới" in overview(reader, plan)


def test_reimport_with_other_period_shows_on_the_next_overview(reader, plan):
    assert overview(reader, plan).count("text-overdue") > 0  # a 2021 plan: late by now
    data = gold_plan()
    data["plan"]["period_end"] = data["plan"]["period_start"] = 2099
    for task in data["tasks"]:
        task["deadline"] = {"kind": "continuous"}
    actions.import_plan(data, "lai.txt", None, replace=plan)
    assert overview(reader, plan).count("text-overdue") == 0


def test_a_cache_miss_reads_the_plan_in_a_few_queries_whatever_its_size(reader, plan):
    """No query per task or agency: the 77 tasks, their lead agencies, areas and targets in one each."""
    with CaptureQueriesContext(connection) as queries:
        html = overview(reader, plan)
    task_queries = [q["sql"] for q in queries.captured_queries if 'FROM "tracking_task"' in q["sql"]]
    assert len(task_queries) == 1, task_queries
    assert len(queries.captured_queries) <= 10, [q["sql"] for q in queries.captured_queries]
    for pk in plan.tasks.filter(is_active=True).values_list("pk", flat=True):
        assert reverse("task_detail", args=[pk]) in html
