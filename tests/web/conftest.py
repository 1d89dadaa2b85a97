"""Fixtures for the web app: a province with an imported plan (from the gold JSON of a seed) and one
user per role. Uses the real actions, database and files; media go to a temporary directory."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.urls import reverse

from cchc.tracking import actions
from cchc.tracking.agency_matching import find_in_database
from cchc.tracking.models import Agency, AgencyKind, Role
from cchc.tracking.permissions import tasks_of_agency
from tests.support.isolation import media_root, shared_cache  # noqa: F401 - autouse fixtures

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
GOLD = SHARED / "gold"
SEEDS = SHARED / "seeds"
PASSWORD = "Mat-khau-thu-nghiem-2026"


def gold_plan(stem: str = "002_591ff2b9d60f55ba") -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))




@pytest.fixture
def plan(db):
    """The Đắk Nông 2021 plan (77 tasks, budget 936 triệu đồng) imported as the system."""
    return actions.import_plan(gold_plan(), "002_591ff2b9d60f55ba.txt", None)


def agency(plan, name: str) -> Agency:
    """The agency of the plan's province that `name` means (names may be canonicalised by the registry)."""
    found = find_in_database(name, plan.province)
    assert found is not None, name
    return found


@pytest.fixture
def agency_a(plan):
    return agency(plan, "Sở Nội vụ")


@pytest.fixture
def agency_b(plan):
    return agency(plan, "Sở Tư pháp")


@pytest.fixture
def admin_user(db):
    return actions.create_user(None, "quantri", PASSWORD, Role.ADMIN, full_name="Quản trị")


@pytest.fixture
def officer_a(agency_a):
    return actions.create_user(None, "canbo-a", PASSWORD, Role.OFFICER, agency=agency_a)


@pytest.fixture
def officer_b(agency_b):
    return actions.create_user(None, "canbo-b", PASSWORD, Role.OFFICER, agency=agency_b)


def overview(client, plan) -> str:
    """The plan overview page as `client` sees it."""
    response = client.get(reverse("plan_detail", args=[plan.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def reader(client, leader):
    """A test client logged in as the leader, who may read every page."""
    client.force_login(leader)
    return client


@pytest.fixture
def leader(db):
    return actions.create_user(None, "lanhdao", PASSWORD, Role.LEADER)


def task_led_by(plan, agency_obj, not_for=None):
    """A task `agency_obj` leads, optionally one that agency `not_for` has no part in."""
    tasks = plan.tasks.filter(task_agencies__agency=agency_obj, task_agencies__role="lead").order_by("position")
    if not_for is not None:
        tasks = tasks.exclude(pk__in=tasks_of_agency(not_for))
    return tasks.first()


def coordinated_task(plan):
    """(task, coordinator): a task of `plan` led by agencies (no tier) that names `coordinator`, an agency
    that does not lead it, among its coordinating agencies."""
    for task in plan.tasks.order_by("pk"):
        leads = task.active_agencies("lead")
        if leads and all(a.kind != AgencyKind.COLLECTIVE for a in leads):
            for candidate in task.active_agencies("coordinating"):
                if candidate.kind != AgencyKind.COLLECTIVE and candidate not in leads:
                    return task, candidate
    raise AssertionError("the plan has no task with a single coordinating agency")
