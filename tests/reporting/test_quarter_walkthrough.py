"""A full quarter of the Đắk Nông 2021 plan: schedule, three agencies report (one late, one returned and
resubmitted), rates, indicators rolled up, the province's report generated and opened again."""
import datetime as dt
import subprocess
from decimal import Decimal

import docx
import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from openpyxl import Workbook

from cchc.reporting import actions
from cchc.reporting.consolidation import report_context
from cchc.reporting.documents import render_annex_xlsx, render_docx, render_pdf
from cchc.reporting.models import Indicator
from cchc.reporting.spreadsheets import read_value_rows
from cchc.reporting.status import (APPROVED, LATE, NOT_SUBMITTED, ON_TIME, RETURNED, indicator_result,
                                   period_rates, submission_status)
from cchc.tracking.actions.errors import ActionError
from cchc.tracking.models import AuditEntry, TaskStatus
from cchc.tracking.permissions import agency_of

pytestmark = pytest.mark.django_db


def at(day: int, month: int = 3) -> dt.datetime:
    return timezone.make_aware(dt.datetime(2021, month, day, 10, 0))


@pytest.fixture
def quarter(plan, admin):
    periods = {p.code: p for p in actions.create_schedule(admin, plan)}
    return periods["quarter_1"]


def test_schedule_from_province_defaults(quarter):
    assert (quarter.start, quarter.end) == (dt.date(2020, 12, 15), dt.date(2021, 3, 14))
    assert quarter.due_agency == dt.date(2021, 3, 5) and quarter.due_department == dt.date(2021, 3, 10)
    assert quarter.label == "Quý I/2021"
    assert quarter.plan.reporting_periods.count() == 7


def test_a_full_quarter(plan, admin, officers, quarter, tmp_path):
    snv, stp, vp = officers["snv"], officers["stp"], officers["vp"]
    reports = {name: actions.open_report(user, quarter) for name, user in officers.items()}

    # Pre-filled with the agency's own tasks and one narrative per area of those tasks.
    lines = reports["snv"].task_lines.all()
    assert lines.count() >= 10 and {line.status for line in lines} == {TaskStatus.NOT_STARTED}
    first = lines.first()
    actions.save_report(snv, reports["snv"], lines={first.task_id: {"status": "in_progress", "percent": 40,
                                                                    "note": "Đã trình dự thảo."}},
                        narratives={"chi_dao_dieu_hanh": {"results": "Kiện toàn Ban chỉ đạo CCHC tỉnh."}})
    with pytest.raises(PermissionDenied):
        actions.save_report(stp, reports["snv"], narratives={"the_che": {"results": "x"}})

    # Indicator 1 (100% CBCC,VC được phổ biến ...): every agency reports numerator and denominator.
    indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    assert indicator.is_ratio and indicator.denominator_label.startswith("Tổng số")
    figures = {"snv": (45, 50), "stp": (18, 20), "vp": (30, 40)}
    for name, (num, den) in figures.items():
        actions.save_report(officers[name], reports[name], values={indicator.pk: (num, den)})
    with pytest.raises(ActionError):
        actions.save_report(vp, reports["vp"], values={indicator.pk: (50, 40)})  # numerator above denominator

    actions.submit_report(snv, reports["snv"], now=at(3))  # on time (due 05/03)
    actions.submit_report(stp, reports["stp"], now=at(8))  # late
    actions.submit_report(vp, reports["vp"], now=at(4))  # on time, then returned
    actions.return_report(admin, reports["vp"], "Bổ sung số liệu lĩnh vực thủ tục hành chính.")
    assert submission_status(reports["vp"]) == RETURNED
    actions.save_report(vp, reports["vp"], narratives={"thu_tuc_hanh_chinh": {"results": "Công bố 25 TTHC."}})
    actions.submit_report(vp, reports["vp"], now=at(9))
    actions.approve_report(admin, reports["vp"])
    actions.approve_report(admin, reports["snv"])

    # The period is locked for approved agencies; reopening is the administrator's and is audited.
    with pytest.raises(ActionError):
        actions.save_report(snv, reports["snv"], narratives={"the_che": {"results": "sửa"}})
    with pytest.raises(PermissionDenied):
        actions.reopen_report(snv, reports["snv"], "cần sửa")
    actions.reopen_report(admin, reports["snv"], "Sở Nội vụ xin điều chỉnh số liệu.")
    assert AuditEntry.objects.filter(action="reporting.report.reopen", object_id=str(reports["snv"].pk)).exists()
    actions.submit_report(snv, reports["snv"], now=at(12))
    actions.approve_report(admin, reports["snv"])

    # Statuses and rates: first submissions count for punctuality.
    expected = actions.expected_agencies(plan)
    rates = period_rates(quarter, expected)
    status = {agency.name: s for agency, _, s in rates.rows}
    assert status[agency_of(snv).name] == APPROVED and status[agency_of(vp).name] == APPROVED
    assert status[agency_of(stp).name] == LATE
    assert list(status.values()).count(NOT_SUBMITTED) == len(expected) - 3
    assert (rates.received, rates.on_time) == (3, 2)
    assert rates.on_time_rate == pytest.approx(200 / len(expected))

    # Roll-up sums numerators and denominators: 93 / 110 = 84.55 %, not the 85 % mean of 90, 90, 75.
    result = indicator_result(indicator, quarter)
    assert result.value.quantize(Decimal("0.01")) == Decimal("84.55")
    assert result.verdict == "chưa đạt"

    # The province's report: Word with its tables, the Excel annex, and a PDF page as an image.
    context = report_context(quarter, today=dt.date(2021, 3, 10))
    out = render_docx(context, tmp_path / "bao-cao-quy-1.docx")
    document = docx.Document(out)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Kết quả thực hiện công tác cải cách hành chính Quý I/2021" in text
    assert f"{agency_of(vp).name}: Công bố 25 TTHC." in text
    targets = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    assert [c.text for c in targets.rows[1].cells][2:] == ["100%", "84,5%", "chưa đạt"]
    completion = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Lĩnh vực"))
    total_tasks = sum(int(r.cells[1].text) for r in completion.rows[1:] if r.cells[0].text.isupper() or
                      r.cells[0].text in {row["name"] for row in context["completion"] if row["kind"] == "area"})
    assert total_tasks == plan.tasks.filter(is_active=True).count()
    assert f"Số báo cáo phải nộp: {len(expected)}; đã nộp: 3" in text
    render_annex_xlsx(context, tmp_path / "phu-luc.xlsx")
    pdf = render_pdf(out, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_values_imported_from_another_systems_spreadsheet(plan, admin, officers, quarter, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Thống kê hồ sơ một cửa quý I/2021"])
    sheet.append(["Cơ quan", "Chỉ tiêu", "Tử số", "Mẫu số"])
    sheet.append(["Sở Nội vụ", 1, 120, 125])
    sheet.append(["Sở Tư pháp", 1, "80", "100"])
    sheet.append(["Sở Không Tồn Tại", 1, 1, 2])
    sheet.append(["Văn phòng UBND tỉnh", 99, 1, 2])
    path = tmp_path / "thong-ke.xlsx"
    book.save(path)
    result = actions.import_indicator_values(admin, quarter, read_value_rows(path))
    assert result.applied == 2
    assert result.errors == ["Dòng 5: không tìm thấy cơ quan “Sở Không Tồn Tại”.", "Dòng 6: không có chỉ tiêu số 99."]
    indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    assert indicator_result(indicator, quarter).value.quantize(Decimal("0.1")) == Decimal("88.9")  # 200/225


def test_not_a_spreadsheet(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ActionError, match="không phải là bảng tính"):
        read_value_rows(path)


def test_on_time_status_uses_the_due_date(plan, admin, officers, quarter):
    report = actions.open_report(officers["stp"], quarter)
    assert submission_status(report) == NOT_SUBMITTED
    actions.submit_report(officers["stp"], report, now=at(5))
    assert submission_status(report) == ON_TIME
