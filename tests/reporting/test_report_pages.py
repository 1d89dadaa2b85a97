"""The officer's report pages and the Department's review through HTTP: open, fill, save, submit, return,
resubmit, approve (locked), reopen; the schedule and the period dashboard."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from cchc.reporting import actions
from cchc.reporting.models import AgencyReport, Indicator, IndicatorValue, ReportStatus
from cchc.tracking.models import AuditEntry, TaskStatus
from cchc.tracking.permissions import agency_of

from tests.reporting.conftest import signed_in

pytestmark = pytest.mark.django_db


def form_fields(html: str) -> dict[str, str]:
    """The values a browser would post for the report form (inputs, selected options, textareas)."""
    form = html[html.index('class="report-form"'):html.index("</form>", html.index('class="report-form"'))]
    fields = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form):
        fields[name] = value
    for name in re.findall(r'<input[^>]*name="([^"]+)"', form):
        fields.setdefault(name, "")
    for name, options in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        fields[name] = re.search(r'<option value="([^"]*)"[^>]*selected', options).group(1)
    for name, text in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
        fields[name] = text.strip()
    fields.pop("csrfmiddlewaretoken", None)
    return fields


def test_schedule_page_creates_and_lists_periods(plan, admin, officers):
    client = signed_in(admin)
    page = client.get(reverse("reporting:plan_schedule", args=[plan.pk]))
    assert "Lập lịch báo cáo" in page.content.decode() and "chưa có lịch báo cáo" in page.content.decode()
    response = client.post(reverse("reporting:create_schedule", args=[plan.pk]), {"year": "2021"}, follow=True)
    html = response.content.decode()
    assert "Đã lập lịch báo cáo năm 2021: 7 kỳ báo cáo." in html
    assert "Quý I/2021" in html and "15/12/2020 – 14/03/2021" in html and "05/03/2021" in html
    assert plan.reporting_periods.count() == 7
    assert client.post(reverse("reporting:create_schedule", args=[plan.pk]), {"year": "abc"}).status_code == 400

    officer_page = signed_in(officers["stp"]).get(reverse("reporting:plan_schedule", args=[plan.pk])).content.decode()
    assert "Lập lịch báo cáo" not in officer_page and "Lập, nộp báo cáo" in officer_page
    assert "Chưa nộp" in officer_page and "Đã nộp</th>" not in officer_page

    quarter = plan.reporting_periods.get(code="quarter_1")
    actions.submit_report(officers["stp"], actions.open_report(officers["stp"], quarter))
    html = client.get(reverse("reporting:plan_schedule", args=[plan.pk])).content.decode()
    row = html[html.index("Quý I/2021</th>"):]
    row = row[:row.index("</tr>")]
    assert f'<td class="num">1/{len(actions.expected_agencies(plan))}</td>' in row


def test_officer_fills_saves_and_submits(plan, admin, officers, schedule):
    quarter = schedule["quarter_1"]
    snv = signed_in(officers["snv"])
    start = snv.get(reverse("reporting:period_report", args=[quarter.pk]))
    assert start.status_code == 200 and "Lập báo cáo" in start.content.decode()
    detail = snv.post(reverse("reporting:period_report", args=[quarter.pk]), follow=True)
    report = AgencyReport.objects.get(period=quarter, agency=agency_of(officers["snv"]))
    assert detail.redirect_chain[-1][0] == reverse("reporting:report_detail", args=[report.pk])

    html = detail.content.decode()
    fields = form_fields(html)
    line = report.task_lines.order_by("task__position").first()
    assert fields[f"line-{line.task_id}-status"] == TaskStatus.NOT_STARTED
    indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    assert indicator.numerator_label in html and indicator.denominator_label in html
    assert "Kết quả đạt được" in html and "Tồn tại, hạn chế" in html and "Đề xuất, kiến nghị" in html

    fields.update({f"line-{line.task_id}-status": "in_progress", f"line-{line.task_id}-percent": "60",
                   f"line-{line.task_id}-note": "Đã trình dự thảo quyết định.",
                   "area-chi_dao_dieu_hanh-results": "Kiện toàn Ban chỉ đạo CCHC.",
                   f"value-{indicator.pk}-numerator": "1.045", f"value-{indicator.pk}-denominator": "1.100",
                   "save": "1"})
    saved = snv.post(reverse("reporting:report_save", args=[report.pk]), fields, follow=True)
    assert "Đã lưu bản nháp báo cáo." in saved.content.decode()
    line.refresh_from_db()
    assert (line.status, line.percent, line.note) == ("in_progress", 60, "Đã trình dự thảo quyết định.")
    value = IndicatorValue.objects.get(indicator=indicator, period=quarter, agency=report.agency)
    assert (value.numerator, value.denominator) == (1045, 1100)
    assert report.narratives.get(area__code="chi_dao_dieu_hanh").results == "Kiện toàn Ban chỉ đạo CCHC."

    # Numerator above denominator: refused with the action's message, nothing submitted.
    bad = dict(form_fields(saved.content.decode()), **{f"value-{indicator.pk}-numerator": "2.000", "submit": "1"})
    refused = snv.post(reverse("reporting:report_save", args=[report.pk]), bad)
    assert refused.status_code == 400 and "tử số lớn hơn mẫu số" in refused.content.decode()
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT

    good = dict(form_fields(saved.content.decode()), submit="1")
    submitted = snv.post(reverse("reporting:report_save", args=[report.pk]), good, follow=True)
    html = submitted.content.decode()
    assert "Đã nộp báo cáo cho Sở Nội vụ." in html and 'class="report-form"' not in html
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.first_submitted_at is not None
    # Submitted: read-only; a crafted post is refused.
    again = snv.post(reverse("reporting:report_save", args=[report.pk]), good)
    assert again.status_code == 400 and "không sửa được" in again.content.decode()


def test_return_resubmit_approve_lock_and_reopen(plan, admin, officers, schedule):
    quarter = schedule["quarter_1"]
    officer = officers["vp"]
    report = actions.open_report(officer, quarter)
    actions.submit_report(officer, report)
    review_url = reverse("reporting:report_review", args=[report.pk])
    department = signed_in(admin)

    missing = department.post(review_url, {"decision": "return", "comment": " "})
    assert missing.status_code == 400 and "Cần ghi ý kiến khi trả lại báo cáo." in missing.content.decode()
    department.post(review_url, {"decision": "return", "comment": "Bổ sung số liệu thủ tục hành chính."})
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED

    agency_page = signed_in(officer).get(reverse("reporting:report_detail", args=[report.pk])).content.decode()
    assert "Ý kiến của Sở Nội vụ" in agency_page and "Bổ sung số liệu thủ tục hành chính." in agency_page
    assert 'class="report-form"' in agency_page  # editable again
    fields = dict(form_fields(agency_page), submit="1")
    fields["area-thu_tuc_hanh_chinh-results"] = "Công bố 25 thủ tục hành chính."
    signed_in(officer).post(reverse("reporting:report_save", args=[report.pk]), fields)
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED

    department.post(review_url, {"decision": "approve", "comment": ""})
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED
    locked = signed_in(officer).get(reverse("reporting:report_detail", args=[report.pk])).content.decode()
    assert 'class="report-form"' not in locked and "kỳ báo cáo đã khóa" in locked
    assert "Công bố 25 thủ tục hành chính." in locked

    assert department.post(review_url, {"decision": "reopen", "comment": ""}).status_code == 400
    department.post(review_url, {"decision": "reopen", "comment": "Văn phòng xin điều chỉnh số liệu."})
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED
    assert AuditEntry.objects.filter(action="reporting.report.reopen", object_id=str(report.pk)).exists()


def test_period_dashboard_counts_and_rates(plan, admin, officers, schedule):
    quarter = schedule["quarter_1"]
    report = actions.open_report(officers["snv"], quarter)
    actions.submit_report(officers["snv"], report)
    actions.open_report(officers["stp"], quarter)  # draft: not received
    expected = actions.expected_agencies(plan)
    html = signed_in(admin).get(reverse("reporting:period_dashboard", args=[quarter.pk])).content.decode()
    assert f'<span class="card-number">{len(expected)}</span><span class="card-label">báo cáo phải nộp' in html
    assert '<span class="card-number">1</span><span class="card-label">đã nộp' in html
    for agency in expected:
        assert agency.name in html
    assert html.count("Chưa nộp") == len(expected) - 1
    assert reverse("reporting:report_detail", args=[report.pk]) in html


def test_invalid_figures_are_reported_next_to_their_task(plan, officers, schedule):
    officer = officers["stp"]
    report = actions.open_report(officer, schedule["quarter_1"])
    client = signed_in(officer)
    fields = form_fields(client.get(reverse("reporting:report_detail", args=[report.pk])).content.decode())
    line = report.task_lines.order_by("task__position").first()
    fields.update({f"line-{line.task_id}-percent": "150", f"line-{line.task_id}-note": "Giữ lại khi lỗi", "save": "1"})
    response = client.post(reverse("reporting:report_save", args=[report.pk]), fields)
    html = response.content.decode()
    assert response.status_code == 400
    assert f"Tiến độ (%) nhiệm vụ {line.task.number}: phải từ 0 đến 100." in html
    assert "Giữ lại khi lỗi" in html  # what the officer typed is kept
    line.refresh_from_db()
    assert line.percent == 0 and line.note == ""
