"""Indicators page (roll-up, verdicts, trend chart, .xlsx import with row messages), the consolidated
report downloads (Word, Excel, PDF) and the plan year close page, through HTTP."""
from __future__ import annotations

import io

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook
from PIL import Image

from cchc.reporting import actions
from cchc.reporting.models import Indicator
from cchc.tracking import actions as tracking_actions
from cchc.tracking.models import TaskStatus
from cchc.tracking.permissions import tasks_of_agency, agency_of

from tests.reporting.conftest import signed_in

pytestmark = pytest.mark.django_db


def sheet(rows) -> SimpleUploadedFile:
    book = Workbook()
    book.active.append(["Thống kê hồ sơ một cửa"])
    book.active.append(["Đơn vị", "STT chỉ tiêu", "Số đạt", "Tổng số"])
    for r in rows:
        book.active.append(r)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("thong-ke.xlsx", buffer.getvalue())


@pytest.fixture
def first_indicator(plan, schedule):
    return Indicator.objects.filter(target__plan=plan).order_by("target__position").first()


def test_indicator_import_and_rollup(plan, admin, officers, schedule, first_indicator):
    quarter = schedule["quarter_1"]
    client = signed_in(admin)
    url = reverse("reporting:indicators", args=[quarter.pk])
    before = client.get(url).content.decode()
    assert first_indicator.target.text in before and "Không có số liệu" in before

    response = client.post(reverse("reporting:indicator_import", args=[quarter.pk]),
                           {"sheet": sheet([["Sở Nội vụ", 1, 90, 100], ["Sở Tư pháp", 1, 45, 50],
                                            ["Sở Mơ Hồ", 1, 1, 2], ["Sở Tư pháp", 1, "x", 5]])}, follow=True)
    html = response.content.decode()
    assert "Đã nhập 2 dòng số liệu; 2 dòng có lỗi." in html
    assert "Dòng 5: không tìm thấy cơ quan “Sở Mơ Hồ”." in html
    assert "Dòng 6: Tử số: “x” không phải là số." in html
    # 135 / 150 = 90 % against a 100 % target.
    start = html.index(first_indicator.target.text)
    row = html[start:html.index("</tr>", start)]
    assert '<td class="num">90%</td>' in row and "Chưa đạt" in row

    not_a_sheet = client.post(reverse("reporting:indicator_import", args=[quarter.pk]),
                              {"sheet": SimpleUploadedFile("x.xlsx", b"not a workbook")})
    assert not_a_sheet.status_code == 400 and "không phải là bảng tính Excel" in not_a_sheet.content.decode()


def test_trend_chart_is_a_png_across_periods(plan, admin, officers, schedule, first_indicator):
    for code, (num, den) in (("quarter_1", (60, 100)), ("quarter_2", (80, 100))):
        actions.set_indicator_value(admin, schedule[code], agency_of(officers["snv"]), first_indicator.pk, num, den)
    half = schedule["half_year"]
    page = signed_in(officers["stp"]).get(reverse("reporting:indicators", args=[half.pk])).content.decode()
    src = reverse("reporting:trend_png", args=[half.pk, first_indicator.pk])
    assert src in page and "Quý I/2021 60%" in page and "Quý II/2021 80%" in page  # the alt text
    response = signed_in(officers["stp"]).get(src)
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.width > 400 and image.height > 200


def test_consolidated_report_downloads(plan, admin, officers, schedule):
    quarter = schedule["quarter_1"]
    officer = officers["vp"]
    report = actions.open_report(officer, quarter)
    actions.save_report(officer, report, narratives={"thu_tuc_hanh_chinh": {"results": "Công bố 25 TTHC."}})
    actions.submit_report(officer, report)
    actions.approve_report(admin, report)
    leader = signed_in(admin)

    word = leader.get(reverse("reporting:consolidated_docx", args=[quarter.pk]))
    assert word.status_code == 200 and 'filename="bao-cao-cchc-quy-i2021-dak-nong.docx"' in word["Content-Disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert "Quý I/2021" in text and f"{agency_of(officer).name}: Công bố 25 TTHC." in text
    annex = load_workbook(io.BytesIO(leader.get(reverse("reporting:consolidated_xlsx", args=[quarter.pk])).content))
    assert annex.sheetnames == ["Nhiệm vụ", "Chỉ tiêu"]
    assert annex["Nhiệm vụ"]["A1"].value.endswith("Quý I/2021")
    pdf = leader.get(reverse("reporting:consolidated_pdf", args=[quarter.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_year_close_page(plan, admin, officers, schedule):
    officer = officers["snv"]
    tasks = list(tasks_of_agency(agency_of(officer)).filter(plan=plan).order_by("position")[:2])
    tracking_actions.update_task_progress(tasks[0], officer, TaskStatus.DONE, 100, "Đã ban hành kế hoạch.")
    html = signed_in(admin).get(reverse("reporting:year_close", args=[plan.pk])).content.decode()
    open_tasks = plan.tasks.filter(is_active=True).exclude(status__in=["done", "done_late", "failed"]).count()
    assert f"Nhiệm vụ chuyển sang kế hoạch năm sau ({open_tasks})" in html
    carried = html[html.index("Nhiệm vụ chuyển sang"):html.index("Chỉ tiêu so với năm trước")]
    assert reverse("task_detail", args=[tasks[1].pk]) in carried
    assert reverse("task_detail", args=[tasks[0].pk]) not in carried
    assert "kế hoạch cải cách hành chính năm 2022" in html
    assert "Chưa có kế hoạch năm trước của tỉnh trong hệ thống." in html


def test_year_close_compares_targets_with_last_years_plan(plan, admin, officers, schedule):
    import copy

    from cchc.importer import parse_file
    from tests.importer.paths import seed

    last_year = copy.deepcopy(parse_file(seed("002")).to_dict())
    last_year["plan"].update(title="Kế hoạch cải cách hành chính tỉnh Đắk Nông năm 2020", period_start=2020,
                             period_end=2020, decision_number="999/QĐ-UBND")
    previous = tracking_actions.import_plan(last_year, "ke-hoach-2020.txt", admin)
    last_periods = {p.code: p for p in actions.create_schedule(admin, previous, 2020)}
    agency = agency_of(officers["snv"])
    this_indicator = Indicator.objects.filter(target__plan=plan).order_by("target__position").first()
    last_indicator = Indicator.objects.filter(target__plan=previous).order_by("target__position").first()
    actions.set_indicator_value(admin, last_periods["year"], agency, last_indicator.pk, 70, 100)
    actions.set_indicator_value(admin, schedule["year"], agency, this_indicator.pk, 95, 100)

    html = signed_in(admin).get(reverse("reporting:year_close", args=[plan.pk])).content.decode()
    table = html[html.index("Chỉ tiêu so với năm trước"):html.index("Tình trạng cuối năm")]
    assert "Kế hoạch cải cách hành chính tỉnh Đắk Nông năm 2020" in table
    start = table.index(this_indicator.target.text)
    row = table[start:table.index("</tr>", start)]
    assert [cell for cell in ("100", "95", "70") if f'<td class="num">{cell}</td>' in row] == ["100", "95", "70"]
