"""The quarterly report in a real browser: the administrator lays out the schedule; an agency officer fills
and submits the report; the administrator returns it with a comment; the officer resubmits; the
administrator approves, and the period is locked for that agency (the form is gone).

Playwright (sync API) drives the system Chromium against pytest-django's live server, launched as in
test_browser_tracking.py; fixtures shared with the other browser tests are in conftest.py.
"""
from __future__ import annotations

import json
import re

import pytest

from cchc.reporting.models import AgencyReport, Indicator, IndicatorValue, ReportStatus
from cchc.tracking import actions
from cchc.tracking.agency_matching import find_in_database
from cchc.tracking.models import Role

from .conftest import PASSWORD, SHARED

pytestmark = pytest.mark.django_db(transaction=True)  # the live server needs committed data

GOLD = SHARED / "gold" / "002_591ff2b9d60f55ba.json"






@pytest.fixture
def world(transactional_db):
    admin = actions.create_user(None, "quantri", PASSWORD, Role.ADMIN, full_name="Quản trị Sở Nội vụ")
    plan = actions.import_plan(json.loads(GOLD.read_text(encoding="utf-8")), GOLD.name, None)
    agency = find_in_database("Sở Tư pháp", plan.province)
    officer = actions.create_user(None, "canbo-tuphap", PASSWORD, Role.OFFICER, agency=agency,
                                  full_name="Cán bộ Sở Tư pháp")
    return admin, officer, agency, plan


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector(".account-name")


def submit_report(page) -> None:
    page.click("button:has-text('Nộp báo cáo')")
    page.wait_for_selector("text=Đã nộp báo cáo cho Sở Nội vụ.")


def test_quarterly_report_submitted_returned_resubmitted_and_approved(new_page, live_server, world):
    admin_user, officer, agency, plan = world

    # The administrator lays out the year's reporting schedule.
    admin = new_page()
    log_in(admin, live_server, "quantri")
    admin.click("nav >> text=Báo cáo định kỳ")
    admin.click(f"a:has-text('{plan.title}')")
    admin.click("button:has-text('Lập lịch báo cáo')")
    admin.wait_for_selector("text=Đã lập lịch báo cáo năm 2021: 7 kỳ báo cáo.")
    quarter = plan.reporting_periods.get(code="quarter_1")
    assert "15/12/2020 – 14/03/2021" in admin.locator("tr", has_text="Quý I/2021").inner_text()

    # The officer opens the agency's report for quarter I and fills it in.
    page = new_page()
    log_in(page, live_server, officer.username)
    page.click("nav >> text=Báo cáo định kỳ")
    page.click("a:has-text('Báo cáo của đơn vị')")
    page.locator("tr", has_text="Quý I/2021").locator("a:has-text('Lập báo cáo')").click()
    page.click("button:has-text('Lập báo cáo')")
    page.wait_for_selector("form.report-form")
    report = AgencyReport.objects.get(period=quarter, agency=agency)
    line = report.task_lines.order_by("task__position").first()
    narrative = report.narratives.order_by("area__position").first()
    indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    page.select_option(f"[name='line-{line.task_id}-status']", "in_progress")
    page.fill(f"[name='line-{line.task_id}-percent']", "40")
    page.fill(f"[name='line-{line.task_id}-note']", "Đã trình dự thảo quyết định.")
    page.get_by_label(f"Kết quả đạt được ({narrative.area.name})").fill("Rà soát 12 văn bản quy phạm pháp luật.")
    page.fill(f"[name='value-{indicator.pk}-numerator']", "18")
    page.fill(f"[name='value-{indicator.pk}-denominator']", "20")
    submit_report(page)
    assert page.locator("form.report-form").count() == 0  # read-only while the Department reviews it

    # The administrator returns it with a comment from the period dashboard.
    admin.goto(f"{live_server.url}/bao-cao/ky/{quarter.pk}/")
    row = admin.locator("tr", has_text=agency.name)
    assert "Nộp muộn" in row.inner_text()  # due 05/03/2021, submitted today
    row.locator("a:has-text('Xem')").click()
    assert "Rà soát 12 văn bản quy phạm pháp luật." in admin.content()
    admin.fill("#id_comment", "Bổ sung số liệu kiểm soát thủ tục hành chính.")
    admin.click("button:has-text('Trả lại')")
    admin.wait_for_selector("text=Đã trả lại báo cáo kèm ý kiến.")

    # The officer sees the comment, completes the report and submits it again.
    page.reload()
    assert "Bổ sung số liệu kiểm soát thủ tục hành chính." in page.locator("#y-kien-so-noi-vu").inner_text()
    assert page.locator(f"[name='line-{line.task_id}-percent']").input_value() == "40"
    page.fill(f"[name='line-{line.task_id}-percent']", "70")
    submit_report(page)

    # The administrator approves: the period is locked for the agency.
    admin.reload()
    admin.click("button:has-text('Duyệt báo cáo')")
    admin.wait_for_selector("text=Đã duyệt báo cáo")
    page.reload()
    assert page.locator("form.report-form").count() == 0
    assert "kỳ báo cáo đã khóa" in page.content()
    assert page.locator("button:has-text('Nộp báo cáo')").count() == 0

    report.refresh_from_db()
    line.refresh_from_db()
    assert report.status == ReportStatus.APPROVED and line.percent == 70
    value = IndicatorValue.objects.get(indicator=indicator, period=quarter, agency=agency)
    assert (value.numerator, value.denominator) == (18, 20)
    page.goto(f"{live_server.url}/bao-cao/don-vi/")
    assert re.search(r"Quý I/2021.*Được duyệt", " ".join(page.locator("tbody").inner_text().split()))
