"""Deadline status of tasks from their normalised deadline, with real dates and holidays."""
import datetime as dt

import pytest
from django.utils import timezone

from cchc.tracking.deadline_status import DeadlineStatus, cycle_bounds, deadline_status, due_point
from cchc.tracking.models import Plan, Task, TaskStatus

D = dt.date


def make_task(kind, start=None, end=None, every=(), milestones=(), status=TaskStatus.NOT_STARTED, plan_end=2026,
              plan_start=None, last_update=None):
    plan = Plan(title="Kế hoạch", period_start=plan_start or plan_end, period_end=plan_end)
    return Task(plan=plan, number="1", title="Nhiệm vụ", deadline_kind=kind, deadline_start=start, deadline_end=end,
                deadline_every=list(every), deadline_milestones=list(milestones), status=status,
                last_update_at=last_update)


def test_date_deadline_overdue_due_soon_on_track():
    task = make_task("date", end=D(2026, 3, 31))
    assert deadline_status(task, D(2026, 4, 1)).status == DeadlineStatus.OVERDUE
    assert deadline_status(task, D(2026, 3, 25), due_soon_days=10).status == DeadlineStatus.DUE_SOON
    assert deadline_status(task, D(2026, 1, 5), due_soon_days=10).status == DeadlineStatus.ON_TRACK


def test_due_soon_counts_working_days_across_tet():
    # From Thursday 12/02/2026, five working days end on 26/02 because of the Tết week.
    task = make_task("date", end=D(2026, 2, 27))
    assert deadline_status(task, D(2026, 2, 12), due_soon_days=5).status == DeadlineStatus.ON_TRACK
    assert deadline_status(task, D(2026, 2, 12), due_soon_days=6).status == DeadlineStatus.DUE_SOON
    info = deadline_status(task, D(2026, 2, 12), due_soon_days=6)
    assert info.working_days_left == 6


def test_finished_task_is_done_whatever_the_date():
    task = make_task("date", end=D(2026, 1, 31), status=TaskStatus.DONE_LATE)
    assert deadline_status(task, D(2026, 6, 1)).status == DeadlineStatus.DONE


def test_multi_shows_next_milestone_then_last():
    milestones = [{"text": "Ban hành kế hoạch", "end": "2026-04-30"}, {"text": "Báo cáo", "end": "2026-11-30"}]
    task = make_task("multi", end=D(2026, 11, 30), milestones=milestones)
    assert due_point(task, D(2026, 3, 1))[0] == D(2026, 4, 30)
    assert due_point(task, D(2026, 5, 4))[0] == D(2026, 11, 30)
    assert deadline_status(task, D(2026, 12, 1)).status == DeadlineStatus.OVERDUE


def test_recurring_next_due_point_is_end_of_cycle():
    monthly = make_task("recurring", every=["month"])
    assert due_point(monthly, D(2026, 2, 10)) == (D(2026, 2, 28), "month")
    several = make_task("recurring", every=["quarter", "half_year", "year"])
    assert due_point(several, D(2026, 5, 4)) == (D(2026, 6, 30), "quarter")
    weekly = make_task("recurring", every=["week"])
    assert due_point(weekly, D(2026, 11, 22))[0] == D(2026, 11, 27)  # Sunday -> next Friday
    assert cycle_bounds("half_year", D(2026, 9, 2)) == (D(2026, 7, 1), D(2026, 12, 31))


def test_recurring_report_in_this_cycle_keeps_it_on_track():
    today = D(2026, 6, 25)
    unreported = make_task("recurring", every=["quarter"])
    assert deadline_status(unreported, today, due_soon_days=10).status == DeadlineStatus.DUE_SOON
    reported_at = timezone.make_aware(dt.datetime(2026, 6, 2, 9, 0))
    reported = make_task("recurring", every=["quarter"], last_update=reported_at)
    assert deadline_status(reported, today, due_soon_days=10).status == DeadlineStatus.ON_TRACK


def test_continuous_uses_stated_end_or_year_end_within_plan():
    annual = make_task("continuous", start=D(2021, 1, 1), end=D(2021, 12, 31), plan_end=2021)
    assert due_point(annual, D(2021, 5, 1))[0] == D(2021, 12, 31)
    multi_year = make_task("continuous", plan_start=2016, plan_end=2020)
    assert due_point(multi_year, D(2018, 3, 1))[0] == D(2018, 12, 31)
    # after the plan period, recurring and continuous tasks are due at the plan's last day
    assert due_point(multi_year, D(2023, 3, 1))[0] == D(2020, 12, 31)
    assert deadline_status(multi_year, D(2023, 3, 1)).status == DeadlineStatus.OVERDUE


@pytest.mark.parametrize("kind", ["relative", "none"])
def test_relative_and_missing_deadlines_have_no_due_point(kind):
    assert deadline_status(make_task(kind), D(2026, 3, 1)).status == DeadlineStatus.UNDATED
