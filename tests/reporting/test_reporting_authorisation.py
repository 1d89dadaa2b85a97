"""Every reporting URL for every role: anonymous, officer of agency A, officer of agency B, leader, administrator.

The table must name every URL of the reporting app (`test_every_url_is_covered`), so a new page cannot be
added without deciding who may open it.
"""
from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from cchc.reporting import actions
from cchc.reporting.forms import ReportForm
from cchc.reporting.models import AgencyReport, Indicator, ReportStatus
from cchc.reporting.urls import urlpatterns
from cchc.reporting.views.agency_reports import report_indicators

from tests.reporting.conftest import signed_in
from tests.support.authorisation import LOGIN, ROLES, row, walk

pytestmark = pytest.mark.django_db

# (url name, method, kwargs key, POST data key, expected status per role)
MATRIX = [
    ("index", "get", None, None, row(LOGIN, 200, 200, 200, 200)),
    ("plan_schedule", "get", "plan", None, row(LOGIN, 200, 200, 200, 200)),
    ("create_schedule", "get", "plan", None, row(LOGIN, 403, 403, 403, 405)),
    ("create_schedule", "post", "plan", "year", row(LOGIN, 403, 403, 403, 302)),
    ("year_close", "get", "plan", None, row(LOGIN, 403, 403, 200, 200)),
    ("my_reports", "get", None, None, row(LOGIN, 200, 200, 403, 403)),
    ("period_dashboard", "get", "period", None, row(LOGIN, 403, 403, 200, 200)),
    ("period_report", "get", "fresh_period", None, row(LOGIN, 200, 200, 403, 403)),
    ("period_report", "post", "fresh_period", None, row(LOGIN, 302, 302, 403, 403)),
    ("indicators", "get", "period", None, row(LOGIN, 200, 200, 200, 200)),
    ("indicator_import", "post", "period", "sheet", row(LOGIN, 403, 403, 403, 302)),
    ("trend_png", "get", "indicator", None, row(LOGIN, 200, 200, 200, 200)),
    ("consolidated_docx", "get", "period", None, row(LOGIN, 403, 403, 200, 200)),
    ("consolidated_xlsx", "get", "period", None, row(LOGIN, 403, 403, 200, 200)),
    ("consolidated_pdf", "get", "period", None, row(LOGIN, 403, 403, 200, 200)),
    ("report_detail", "get", "submitted", None, row(LOGIN, 200, 403, 200, 200)),
    ("report_save", "get", "draft", None, row(LOGIN, 405, 405, 405, 405)),
    ("report_save", "post", "draft", "report", row(LOGIN, 302, 403, 403, 302)),
    ("report_review", "post", "submitted", "approve", row(LOGIN, 403, 403, 403, 302)),
]


def test_every_url_is_covered():
    assert {p.name for p in urlpatterns} == {name for name, *_ in MATRIX}


def value_sheet() -> bytes:
    book = Workbook()
    book.active.append(["Cơ quan", "Chỉ tiêu", "Tử số", "Mẫu số"])
    book.active.append(["Sở Nội vụ", 1, 40, 50])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def posted_form(report: AgencyReport) -> dict:
    """The report form as a browser posts it untouched."""
    form = ReportForm(report, report_indicators(report))
    return {name: field.initial if field.initial is not None else "" for name, field in form.fields.items()}


@pytest.fixture
def world(plan, admin, officers, leader, schedule):
    officer_a, officer_b = officers["snv"], officers["stp"]
    submitted = actions.open_report(officer_a, schedule["quarter_1"])
    actions.submit_report(officer_a, submitted)
    draft = actions.open_report(officer_a, schedule["quarter_2"])
    indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    users = {"officer_a": officer_a, "officer_b": officer_b, "leader": leader, "admin": admin}
    kwargs = {"plan": {"pk": plan.pk}, "period": {"pk": schedule["quarter_1"].pk},
              "fresh_period": {"pk": schedule["quarter_3"].pk},
              "indicator": {"pk": schedule["quarter_1"].pk, "indicator_pk": indicator.pk},
              "submitted": {"pk": submitted.pk}, "draft": {"pk": draft.pk}}
    data = {"year": {"year": "2021"}, "approve": {"decision": "approve", "comment": ""},
            "report": {**posted_form(draft), "save": "1"}}
    return users, kwargs, data


@pytest.mark.parametrize("role", ROLES)
def test_each_url_answers_as_expected_for_role(world, role):
    users, kwargs, data = world

    def url(name, kwargs_key):
        return reverse(f"reporting:{name}", kwargs=kwargs[kwargs_key] if kwargs_key else None)

    def payload(name, data_key):
        if data_key == "sheet":
            return {"sheet": SimpleUploadedFile("so-lieu.xlsx", value_sheet())}
        return dict(data[data_key]) if data_key else {}

    failures = walk(MATRIX, role, users, url, payload)
    assert not failures, "\n".join(failures)


def test_officer_cannot_see_or_edit_another_agencys_report(world):
    users, kwargs, data = world
    other = signed_in(users["officer_b"])
    draft = AgencyReport.objects.get(pk=kwargs["draft"]["pk"])
    line = draft.task_lines.first()
    page = other.get(reverse("reporting:report_detail", kwargs=kwargs["draft"]))
    assert page.status_code == 403 and line.task.title[:40] not in page.content.decode()
    tampered = dict(data["report"], **{f"line-{line.task_id}-percent": "99", "submit": "1"})
    assert other.post(reverse("reporting:report_save", kwargs=kwargs["draft"]), tampered).status_code == 403
    line.refresh_from_db()
    draft.refresh_from_db()
    assert line.percent != 99 and draft.status == ReportStatus.DRAFT
    # The officer's own list shows only the agency's reports.
    listing = other.get(reverse("reporting:my_reports")).content.decode()
    assert reverse("reporting:report_detail", kwargs=kwargs["draft"]) not in listing
    assert "Xem báo cáo" not in listing  # agency B has opened no report; A's are not listed


def test_review_is_the_administrators(world):
    users, kwargs, _ = world
    for role in ("officer_a", "leader"):
        response = signed_in(users[role]).post(reverse("reporting:report_review", kwargs=kwargs["submitted"]),
                                               {"decision": "return", "comment": "tự trả lại"})
        assert response.status_code == 403
    assert AgencyReport.objects.get(pk=kwargs["submitted"]["pk"]).status == ReportStatus.SUBMITTED


def test_django_admin_lists_reports_read_only(world):
    users, kwargs, _ = world
    client = signed_in(users["admin"])
    listing = client.get("/quan-tri/reporting/agencyreport/")
    assert listing.status_code == 200 and "Sở Nội vụ" in listing.content.decode()
    page = client.get(f"/quan-tri/reporting/agencyreport/{kwargs['submitted']['pk']}/change/")
    assert page.status_code == 200 and 'type="submit"' not in page.content.decode().split('id="content-main"')[1]
    assert client.get("/quan-tri/reporting/agencyreport/add/").status_code == 403
    assert signed_in(users["officer_a"]).get("/quan-tri/reporting/agencyreport/").status_code == 302
