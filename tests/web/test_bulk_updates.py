"""Bulk updates: the agency task sheet is downloaded, filled in and uploaded back through the pages."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from cchc.tracking.actions.bulk_updates import apply_task_sheet
from cchc.tracking.actions.errors import ActionError
from cchc.tracking.models import AuditEntry, ProgressUpdate, Task, TaskStatus
from cchc.tracking.permissions import tasks_of_agency
from cchc.tracking.spreadsheet import COLUMNS, HEADER_ROW, SHEET_TITLE, parse_percent, parse_status

from conftest import task_led_by

HEADERS = [column.header for column in COLUMNS]
COL = {column.key: index for index, column in enumerate(COLUMNS, start=1)}


@pytest.fixture
def officer_client(client, officer_a):
    client.force_login(officer_a)
    return client


def download(client) -> bytes:
    response = client.get(reverse("bulk_download"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment;" in response["Content-Disposition"]
    return response.content


def upload(client, data: bytes, name="bang-cong-viec.xlsx"):
    return client.post(reverse("bulk_upload"), {"sheet": SimpleUploadedFile(name, data)})


def row_of(sheet, task_id: int) -> int:
    for number in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(number, COL["task_id"]).value == task_id:
            return number
    raise AssertionError(f"task {task_id} not in sheet")


def fill(sheet, number: int, status=None, percent=None, notes=None) -> None:
    for key, value in (("status", status), ("percent", percent), ("notes", notes)):
        if value is not None:
            sheet.cell(number, COL[key]).value = value


def saved(workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_download_lists_the_agencys_tasks_with_a_status_dropdown(officer_client, agency_a):
    workbook = load_workbook(io.BytesIO(download(officer_client)))
    sheet = workbook[SHEET_TITLE]
    assert [sheet.cell(HEADER_ROW, i).value for i in range(1, len(COLUMNS) + 1)] == HEADERS
    ids = [sheet.cell(n, COL["task_id"]).value for n in range(HEADER_ROW + 1, sheet.max_row + 1)]
    assert sorted(ids) == sorted(tasks_of_agency(agency_a).values_list("pk", flat=True))
    assert {sheet.cell(n, COL["role"]).value for n in range(HEADER_ROW + 1, sheet.max_row + 1)} <= {"chủ trì", "phối hợp"}
    assert sheet.cell(HEADER_ROW + 1, COL["status"]).value == "Chưa triển khai"
    dated = [sheet.cell(n, COL["due"]) for n in range(HEADER_ROW + 1, sheet.max_row + 1)
             if isinstance(sheet.cell(n, COL["due"]).value, dt.datetime)]
    assert dated and all(cell.number_format == "DD/MM/YYYY" for cell in dated)
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"Chưa triển khai,Đang thực hiện,Hoàn thành,Hoàn thành quá hạn,Không thực hiện được"'
    assert "F4" in lists[0].sqref


def test_round_trip_unchanged_sheet_writes_nothing(officer_client):
    response = upload(officer_client, download(officer_client))
    assert response.status_code == 200
    result = response.context["result"]
    assert result.applied == [] and result.rejected == []
    assert len(result.unchanged) == result.total > 0
    assert ProgressUpdate.objects.count() == 0


def test_filled_sheet_applies_valid_rows_and_rejects_others(officer_client, plan, agency_a, agency_b, officer_a):
    workbook = load_workbook(io.BytesIO(download(officer_client)))
    sheet = workbook[SHEET_TITLE]
    own = list(tasks_of_agency(agency_a).order_by("plan__period_end", "plan_id", "position"))
    started, finished, bad_status, no_notes = own[:4]
    fill(sheet, row_of(sheet, started.pk), "đang thực hiện", 40, "Đã dự thảo quy chế")
    fill(sheet, row_of(sheet, finished.pk), "Hoan thanh", "", "Đã ban hành Quyết định số 12/QĐ-UBND")
    fill(sheet, row_of(sheet, bad_status.pk), "xong", 100, "Xong rồi")
    fill(sheet, row_of(sheet, no_notes.pk), "Hoàn thành", 100, "")
    foreign = task_led_by(plan, agency_b, not_for=agency_a)
    extra = sheet.max_row + 1
    sheet.cell(extra, COL["task_id"]).value = foreign.pk
    fill(sheet, extra, "Đang thực hiện", 10, "Nhầm nhiệm vụ")

    response = upload(officer_client, saved(workbook))
    assert response.status_code == 200
    result = response.context["result"]
    assert [o.task.pk for o in result.applied] == [started.pk, finished.pk]
    messages = [o.message for o in result.rejected]
    assert f"Dòng {row_of(sheet, bad_status.pk)}: trạng thái 'xong' không hợp lệ" in messages
    assert f"Dòng {extra}: nhiệm vụ không thuộc đơn vị của bạn" in messages
    assert any(m.startswith(f"Dòng {row_of(sheet, no_notes.pk)}: cần mô tả kết quả") for m in messages)
    assert len(result.rejected) == 3
    content = response.content.decode()
    assert "trạng thái &#x27;xong&#x27; không hợp lệ" in content and "đã cập nhật" in content

    started.refresh_from_db()
    finished.refresh_from_db()
    assert (started.status, started.percent) == (TaskStatus.IN_PROGRESS, 40)
    assert started.updates.get().narrative == "Đã dự thảo quy chế"
    assert started.updates.get().author == officer_a
    # the 2021 deadlines are past: the progress action records a late completion
    assert finished.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and finished.percent == 100
    for untouched in (bad_status, no_notes, foreign):
        assert not untouched.updates.exists()
    assert AuditEntry.objects.filter(action="task.progress", object_id=str(started.pk), field="percent").exists()
    summary = AuditEntry.objects.get(action="task.bulk_update")
    assert summary.new["applied"] == 2 and summary.new["rejected"] == 3


def test_export_after_update_round_trips(officer_client, agency_a):
    task = tasks_of_agency(agency_a).order_by("plan_id", "position").first()
    workbook = load_workbook(io.BytesIO(download(officer_client)))
    fill(workbook[SHEET_TITLE], row_of(workbook[SHEET_TITLE], task.pk), "Đang thực hiện", 65, "Dòng một\nDòng hai")
    assert len(upload(officer_client, saved(workbook)).context["result"].applied) == 1

    again = load_workbook(io.BytesIO(download(officer_client)))[SHEET_TITLE]
    number = row_of(again, task.pk)
    assert again.cell(number, COL["status"]).value == "Đang thực hiện"
    assert again.cell(number, COL["percent"]).value == 65
    assert again.cell(number, COL["notes"]).value == "Dòng một\nDòng hai"
    result = upload(officer_client, download(officer_client)).context["result"]
    assert result.applied == [] and result.rejected == []
    assert task.updates.count() == 1


def test_bad_percent_duplicate_and_unknown_rows(officer_client, agency_a):
    workbook = load_workbook(io.BytesIO(download(officer_client)))
    sheet = workbook[SHEET_TITLE]
    first, second = tasks_of_agency(agency_a).order_by("plan_id", "position")[:2]
    fill(sheet, row_of(sheet, first.pk), "Đang thực hiện", "nhiều", "x")
    fill(sheet, row_of(sheet, second.pk), "Đang thực hiện", "30%", "Đã họp")
    duplicate, unknown = sheet.max_row + 1, sheet.max_row + 2
    sheet.cell(duplicate, COL["task_id"]).value = second.pk
    fill(sheet, duplicate, "Đang thực hiện", 50, "Lặp")
    sheet.cell(unknown, COL["task_id"]).value = 99999999
    fill(sheet, unknown, "Đang thực hiện", 50, "Không có")
    result = upload(officer_client, saved(workbook)).context["result"]
    messages = [o.message for o in result.rejected]
    assert f"Dòng {row_of(sheet, first.pk)}: tỷ lệ 'nhiều' không hợp lệ (nhập số nguyên từ 0 đến 100)" in messages
    assert f"Dòng {duplicate}: nhiệm vụ {second.pk} đã có ở dòng {row_of(sheet, second.pk)}" in messages
    assert f"Dòng {unknown}: không tìm thấy nhiệm vụ có mã 99999999" in messages
    second.refresh_from_db()
    assert second.percent == 30


def _workbook(title: str, headers: list[str]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(headers)
    sheet.append([1, "Kế hoạch", "Nội dung", "chủ trì", None, "Hoàn thành", 100, "x"][:len(headers)])
    return saved(workbook)


@pytest.mark.parametrize("name, data, message", [
    ("bang.xlsx", "Mã nhiệm vụ;Trạng thái\n1;xong\n".encode(), "không phải bảng tính Excel"),
    ("bang.csv", b"PK\x03\x04", "không phải bảng tính .xlsx"),
    ("bang.xlsx", b"PK\x03\x04garbage", "tệp .xlsx bị hỏng"),
    ("bang.xlsx", _workbook("Sheet", ["STT", "Tên", "Ghi chú"]), "Không tìm thấy trang tính “Nhiệm vụ”"),
    ("bang.xlsx", _workbook("Nhiệm vụ", ["Mã nhiệm vụ", "Kế hoạch", "Nội dung nhiệm vụ", "Vai trò", "Hạn"]),
     "Bảng tính thiếu cột: Trạng thái, Tỷ lệ %, Ghi chú / kết quả."),
])
def test_bad_files_are_refused_without_writing(officer_client, name, data, message):
    audit_before = AuditEntry.objects.count()
    response = upload(officer_client, data, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ProgressUpdate.objects.count() == 0
    assert AuditEntry.objects.count() == audit_before


def test_missing_file_and_empty_sheet(officer_client):
    response = officer_client.post(reverse("bulk_upload"), {})
    assert response.status_code == 400 and "Hãy chọn tệp bảng công việc" in response.content.decode()
    empty = _workbook("Nhiệm vụ", HEADERS)
    workbook = load_workbook(io.BytesIO(empty))
    workbook.active.delete_rows(2)
    response = upload(officer_client, saved(workbook))
    assert response.status_code == 400 and "không có dòng nhiệm vụ nào" in response.content.decode()


def test_only_officers_use_bulk_pages(client, admin_user, leader):
    for user in (admin_user, leader):
        client.force_login(user)
        assert client.get(reverse("bulk_download")).status_code == 403
        assert client.get(reverse("bulk_upload")).status_code == 403
    client.logout()
    assert client.get(reverse("bulk_download")).status_code == 302


def test_action_refuses_users_without_agency(admin_user):
    with pytest.raises(PermissionDenied):
        apply_task_sheet(admin_user, SimpleUploadedFile("a.xlsx", _workbook("Nhiệm vụ", HEADERS)))


def test_my_tasks_page_links_to_bulk_pages(officer_client):
    content = officer_client.get(reverse("my_tasks")).content.decode()
    assert "Tải bảng công việc (.xlsx)" in content and reverse("bulk_upload") in content


def test_cell_parsers():
    assert parse_status("HOÀN THÀNH QUÁ HẠN") == TaskStatus.DONE_LATE
    assert parse_status("khong thuc hien duoc") == TaskStatus.FAILED
    assert parse_status(" Đang  thực hiện ") == TaskStatus.IN_PROGRESS
    assert parse_status("xong") is None
    assert [parse_percent(v) for v in (40, 40.0, "40", "40 %", "12,0")] == [40, 40, 40, 40, 12]
    assert [parse_percent(v) for v in (101, -1, 12.5, "abc", True)] == [None] * 5


def test_not_started_with_percent_is_rejected_by_the_action(officer_client, agency_a):
    workbook = load_workbook(io.BytesIO(download(officer_client)))
    task = tasks_of_agency(agency_a).order_by("plan_id", "position").first()
    fill(workbook[SHEET_TITLE], row_of(workbook[SHEET_TITLE], task.pk), "Chưa triển khai", 20, "Chờ kinh phí")
    result = upload(officer_client, saved(workbook)).context["result"]
    assert [o.message for o in result.rejected] == [
        f"Dòng {row_of(workbook[SHEET_TITLE], task.pk)}: nhiệm vụ chưa triển khai thì tiến độ phải là 0%."]
    assert not Task.objects.get(pk=task.pk).updates.exists()


def test_action_refuses_a_file_that_is_not_a_workbook(officer_a):
    with pytest.raises(ActionError, match="không phải bảng tính Excel"):
        apply_task_sheet(officer_a, SimpleUploadedFile("a.xlsx", b"not a workbook"))
