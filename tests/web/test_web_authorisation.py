"""Every URL for every role: anonymous, officer of agency A, officer of agency B, leader, administrator.

The table below must name every URL of the tracking app (checked by `test_every_url_is_covered`), so a
new page cannot be added without deciding who may open it.
"""
from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from cchc.tracking import actions
from cchc.tracking.models import AgencyKind, PendingImport, TaskStatus
from cchc.tracking.urls import urlpatterns

from conftest import gold_plan, task_led_by
from tests.support.authorisation import LOGIN, ROLES, row, walk

# (url name, method, kwargs key, POST data key, expected status per role)
MATRIX = [
    ("home", "get", None, None, row(302, 302, 302, 302, 302)),
    ("login", "get", None, None, row(200, 302, 302, 302, 302)),
    ("plan_list", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("plan_detail", "get", "plan", None, row(LOGIN, 200, 200, 200, 200)),
    ("task_list", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("task_detail", "get", "task", None, row(LOGIN, 200, 200, 200, 200)),
    ("task_update", "get", "task", None, row(LOGIN, 405, 405, 405, 405)),
    ("task_update", "post", "task", "progress", row(LOGIN, 302, 403, 403, 302)),
    ("task_comment", "post", "task", "comment", row(LOGIN, 302, 403, 403, 302)),
    ("evidence_download", "get", "evidence", None, row(LOGIN, 200, 200, 200, 200)),
    ("overdue", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("due_soon", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("my_tasks", "get", None, None, row(LOGIN, 200, 200, 302, 302)),
    ("agency_list", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("agency_detail", "get", "agency", None, row(LOGIN, 200, 200, 200, 200)),
    ("agency_create", "get", None, None, row(LOGIN, 403, 403, 403, 200)),
    ("agency_create", "post", None, "new_agency", row(LOGIN, 403, 403, 403, 302)),
    ("agency_edit", "get", "agency", None, row(LOGIN, 403, 403, 403, 200)),
    ("agency_edit", "post", "agency", "agency", row(LOGIN, 403, 403, 403, 302)),
    ("agency_merge", "get", "merged", None, row(LOGIN, 403, 403, 403, 200)),
    ("agency_merge", "post", "merged", "merge", row(LOGIN, 403, 403, 403, 302)),
    ("search", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("audit_log", "get", None, None, row(LOGIN, 403, 403, 403, 200)),
    ("import_upload", "get", None, None, row(LOGIN, 403, 403, 403, 200)),
    ("import_upload", "post", None, "upload", row(LOGIN, 403, 403, 403, 400)),
    ("import_review", "get", "pending", None, row(LOGIN, 403, 403, 403, 200)),
    ("import_review", "post", "pending", "review", row(LOGIN, 403, 403, 403, 302)),
    ("import_discard", "post", "pending", None, row(LOGIN, 403, 403, 403, 302)),
    ("import_retry", "post", "pending", None, row(LOGIN, 403, 403, 403, 302)),
    # bulk task sheets (cchc/tracking/views/bulk.py): officers only, for their own agency
    ("bulk_download", "get", None, None, row(LOGIN, 200, 200, 403, 403)),
    ("bulk_upload", "get", None, None, row(LOGIN, 200, 200, 403, 403)),
    ("logout", "get", None, None, row(405, 405, 405, 405, 405)),
    ("logout", "post", None, None, row(302, 302, 302, 302, 302)),
]


def test_every_url_is_covered():
    names = {p.name for p in urlpatterns}
    assert names == {name for name, *_ in MATRIX}


@pytest.fixture
def world(plan, agency_a, agency_b, officer_a, officer_b, leader, admin_user):
    task = task_led_by(plan, agency_a, not_for=agency_b)
    update = actions.update_task_progress(task, officer_a, TaskStatus.IN_PROGRESS, 10, "Bắt đầu", [
        SimpleUploadedFile("minh-chung.pdf", b"%PDF-1.4 bang chung", content_type="application/pdf")])
    merged = actions.create_agency(None, "Sở Cũ", plan.province, kind=AgencyKind.DEPARTMENT)
    successor = actions.create_agency(None, "Sở Mới", plan.province, kind=AgencyKind.DEPARTMENT)
    pending = PendingImport.objects.create(uploaded_by=admin_user, source_name="ke-hoach.txt", parsed=gold_plan(),
                                           source_text="KẾ HOẠCH\nCải cách hành chính")
    users = {"officer_a": officer_a, "officer_b": officer_b, "leader": leader, "admin": admin_user}
    kwargs = {"plan": {"pk": plan.pk}, "task": {"pk": task.pk}, "evidence": {"pk": update.files.get().pk},
              "agency": {"pk": agency_a.pk}, "merged": {"pk": merged.pk}, "pending": {"pk": pending.pk}}
    data = {"progress": {"status": "in_progress", "percent": "60", "narrative": "Tiếp tục"},
            "comment": {"body": "Ý kiến"},
            "agency": {"name": agency_a.name, "kind": agency_a.kind, "aliases": "SNV"},
            "merge": {"merge-successor": successor.pk, "merge-date": "01/07/2025"},
            "new_agency": {"province": plan.province.pk, "name": "UBND huyện Đắk Mil", "kind": AgencyKind.DISTRICT},
            "upload": {"document": SimpleUploadedFile("rong.txt", b"")},
            "review": {"plan-title": "Kế hoạch CCHC tỉnh Đắk Nông năm 2021 (đã sửa)"}}
    return users, kwargs, data


@pytest.mark.parametrize("role", ROLES)
def test_each_url_answers_as_expected_for_role(world, role):
    users, kwargs, data = world

    def url(name, kwargs_key):
        target = reverse(name, kwargs=kwargs[kwargs_key] if kwargs_key else None)
        return target + "?q=so+noi+vu" if name == "search" else target

    def payload(name, data_key):
        body = dict(data[data_key]) if data_key else {}
        if data_key == "upload":
            body["document"] = SimpleUploadedFile("rong.txt", b"")  # a fresh file for each request
        return body

    failures = walk(MATRIX, role, users, url, payload, sends_to_login=lambda name: name not in ("home", "logout"))
    assert not failures, "\n".join(failures)


def test_django_admin_only_for_administrators(world):
    users, _, _ = world
    for role, status in [("officer_a", 302), ("leader", 302), ("admin", 200)]:
        client = Client()
        client.force_login(users[role])
        assert client.get("/quan-tri/").status_code == status, role


def test_post_without_csrf_token_is_refused(world):
    users, kwargs, data = world
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["officer_a"])
    response = client.post(reverse("task_update", kwargs=kwargs["task"]), data["progress"])
    assert response.status_code == 403
