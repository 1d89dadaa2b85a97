"""The tracking pages in a real browser: log in, import a plan, report progress with evidence, see it
as the administrator, and be refused another agency's task.

Playwright (sync API) drives the system Chromium against pytest-django's live server; the browser,
page and data fixtures shared with the other browser tests are in conftest.py.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from cchc.importer import parse_document, read_document
from cchc.tracking import actions
from cchc.tracking.actions.imports import ImportSource
from cchc.tracking.agency_matching import find_in_database
from cchc.tracking.demo import parse_seed
from cchc.tracking.models import AuditEntry, EvidenceFile, Plan, Role, TaskStatus
from cchc.tracking.permissions import tasks_of_agency

from .conftest import PASSWORD, SHARED

# live_server needs committed data, so tests run in transactional mode (tables are emptied after each)
pytestmark = pytest.mark.django_db(transaction=True)
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

SEED = SHARED / "seeds" / "002_591ff2b9d60f55ba.txt"






@pytest.fixture
def screenshots(tmp_path) -> Path:
    """Where the overview screenshots go: docs/screenshots with CCHC_UPDATE_SCREENSHOTS=1 (to refresh
    the README's image), else a temporary folder, so that a test run leaves the repository unchanged."""
    return DOCS_SCREENSHOTS if os.environ.get("CCHC_UPDATE_SCREENSHOTS") == "1" else tmp_path


@pytest.fixture
def admin_user(transactional_db):
    return actions.create_user(None, "quantri", PASSWORD, Role.ADMIN, full_name="Quản trị Sở Nội vụ")


@pytest.fixture
def seed_plan(transactional_db):
    """The seed plan read by the real importer and written by the import action (as the system)."""
    data, text = parse_seed(SEED)
    return actions.import_plan(data, ImportSource(name=SEED.name, text=text), None)



def log_in(page, live_server, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{live_server.url}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button:has-text('Đăng nhập')")


def officer_of(plan, agency_name: str, username: str):
    agency = find_in_database(agency_name, plan.province)
    assert agency is not None, agency_name
    user = actions.create_user(None, username, PASSWORD, Role.OFFICER, agency=agency, full_name=f"Cán bộ {agency.name}")
    return user, agency


def task_of(plan, agency, not_for=None):
    tasks = plan.tasks.filter(task_agencies__agency=agency, task_agencies__role="lead").order_by("position")
    if not_for is not None:
        tasks = tasks.exclude(pk__in=tasks_of_agency(not_for))
    return tasks.first()


def test_log_in_and_out(new_page, live_server, admin_user):
    page = new_page()
    log_in(page, live_server, "quantri", "sai-mat-khau")
    assert page.locator(".error-summary, .notice, [role=alert]").first.inner_text()
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in page.content()
    log_in(page, live_server, "quantri")
    page.wait_for_url(re.compile(r"/ke-hoach/$"))
    assert page.locator(".account-name").inner_text() == "Quản trị Sở Nội vụ"
    page.click("button:has-text('Đăng xuất')")
    page.wait_for_url(re.compile(r"/dang-nhap/"))
    page.goto(f"{live_server.url}/nhat-ky/")
    assert "/dang-nhap/" in page.url


def test_administrator_imports_the_seed_plan_through_the_import_page(new_page, live_server, admin_user):
    expected = parse_document(read_document(SEED)).to_dict()
    page = new_page()
    log_in(page, live_server, "quantri")
    page.wait_for_url(re.compile(r"/ke-hoach/$"))
    page.click("nav >> text=Nhập kế hoạch")
    page.set_input_files("#id_document", str(SEED))
    page.click("button:has-text('Tải lên và phân tích')")
    page.wait_for_url(re.compile(r"/nhap-ke-hoach/\d+/$"))
    assert expected["tasks"][0]["title"][:40] in page.content()

    page.click("button:has-text('Xác nhận nhập kế hoạch')")
    page.wait_for_url(re.compile(r"/ke-hoach/\d+/$"))
    plan = Plan.objects.get()
    assert page.url.endswith(f"/ke-hoach/{plan.pk}/")
    assert "Đã nhập kế hoạch" in page.locator(".messages").inner_text()
    assert plan.title == " ".join(expected["plan"]["title"].split())
    assert plan.tasks.filter(is_active=True).count() == len(expected["tasks"])
    assert plan.source_name == SEED.name
    assert page.locator("h1").first.inner_text().strip() == plan.title


def test_officer_update_with_evidence_is_seen_by_the_administrator(new_page, live_server, admin_user, seed_plan,
                                                                    tmp_path, screenshots):
    officer, agency = officer_of(seed_plan, "Sở Nội vụ", "canbo-noivu")
    task = task_of(seed_plan, agency)
    evidence = tmp_path / "bien-ban-hop-ban-chi-dao.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% bien ban\n" + b"0" * 2048)

    page = new_page()
    log_in(page, live_server, officer.username)
    page.wait_for_url(re.compile(r"/viec-cua-toi/$"))
    page.goto(f"{live_server.url}/nhiem-vu/{task.pk}/")
    page.select_option("#id_status", TaskStatus.IN_PROGRESS)
    page.fill("#id_percent", "60")
    page.fill("#id_narrative", "Đã trình UBND tỉnh dự thảo quyết định kiện toàn Ban Chỉ đạo.")
    page.set_input_files("#id_files", str(evidence))
    page.click("button:has-text('Lưu tiến độ')")
    page.wait_for_selector("text=Đã cập nhật tiến độ nhiệm vụ.")
    assert page.locator(f"a:has-text('{evidence.name}')").count() == 1

    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 60)
    stored = EvidenceFile.objects.get(update__task=task)
    assert stored.original_name == evidence.name and stored.size == evidence.stat().st_size

    _add_sample_progress(seed_plan, admin_user)
    admin = new_page()
    log_in(admin, live_server, "quantri")
    admin.goto(f"{live_server.url}/ke-hoach/{seed_plan.pk}/")
    row = admin.locator("tr", has=admin.locator(f"a[href='/nhiem-vu/{task.pk}/']"))
    assert "Đang thực hiện · 60%" in " ".join(row.inner_text().split())
    whole, top = screenshots / "plan-overview.png", screenshots / "plan-overview-top.png"
    admin.screenshot(path=str(whole), full_page=True)
    # what a 1280 x 1020 screen shows: the README's image
    admin.screenshot(path=str(top), clip={"x": 0, "y": 0, "width": 1280, "height": 1020})
    assert whole.stat().st_size > 50_000 and top.stat().st_size > 20_000

    admin.goto(f"{live_server.url}/nhat-ky/?nguoi-dung={officer.username}")
    log_rows = admin.locator("tbody tr")
    assert log_rows.count() == AuditEntry.objects.filter(username=officer.username).count() >= 3
    text = " ".join(admin.locator("tbody").inner_text().split())
    assert "Cập nhật tiến độ" in text and officer.username in text and task.number in text
    assert "0 → 60" in text  # the percent field's old and new values


def _add_sample_progress(plan, admin) -> None:
    """A few more reports through the action, so that the overview screenshot shows every status."""
    tasks = list(plan.tasks.filter(is_active=True, status=TaskStatus.NOT_STARTED).order_by("position"))
    samples = [(TaskStatus.DONE, 100, "Đã ban hành kế hoạch"), (TaskStatus.IN_PROGRESS, 30, "Đang rà soát"),
               (TaskStatus.FAILED, 0, "Chưa bố trí được kinh phí"), (TaskStatus.IN_PROGRESS, 75, "Đang hoàn thiện")]
    for index, task in enumerate(tasks[1:40:3]):
        status, percent, narrative = samples[index % len(samples)]
        actions.update_task_progress(task, admin, status, percent, narrative)


def test_officer_cannot_edit_another_agencys_task(new_page, live_server, seed_plan):
    _, agency_a = officer_of(seed_plan, "Sở Nội vụ", "canbo-noivu")
    officer_b, agency_b = officer_of(seed_plan, "Sở Tư pháp", "canbo-tuphap")
    task = task_of(seed_plan, agency_a, not_for=agency_b)

    page = new_page()
    log_in(page, live_server, officer_b.username)
    page.wait_for_url(re.compile(r"/viec-cua-toi/$"))
    page.goto(f"{live_server.url}/nhiem-vu/{task.pk}/")
    assert page.locator("h1").inner_text().startswith(task.number)
    assert page.locator("#id_status").count() == 0 and page.locator("button:has-text('Lưu tiến độ')").count() == 0
    assert "Chỉ cơ quan chủ trì, phối hợp và Sở Nội vụ được cập nhật tiến độ" in page.content()

    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(f"{live_server.url}/nhiem-vu/{task.pk}/cap-nhat/",
                                 form={"status": TaskStatus.DONE, "percent": "100", "narrative": "Giả mạo"},
                                 headers={"X-CSRFToken": token, "Referer": page.url})
    assert response.status == 403
    task.refresh_from_db()
    assert task.status == TaskStatus.NOT_STARTED and not task.updates.exists()


def test_officer_bulk_update_round_trip(new_page, live_server, seed_plan, tmp_path):
    from openpyxl import load_workbook

    from cchc.tracking.spreadsheet import COLUMNS, HEADER_ROW, SHEET_TITLE

    officer, agency = officer_of(seed_plan, "Sở Nội vụ", "canbo-noivu")
    page = new_page()
    log_in(page, live_server, officer.username)
    page.wait_for_url(re.compile(r"/viec-cua-toi/$"))
    with page.expect_download() as download_info:
        page.click("text=Tải bảng công việc (.xlsx)")
    sheet_path = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(sheet_path)
    assert sheet_path.suffix == ".xlsx"

    workbook = load_workbook(sheet_path)
    sheet = workbook[SHEET_TITLE]
    column = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
    first = HEADER_ROW + 1
    task_id = sheet.cell(first, column["task_id"]).value
    sheet.cell(first, column["status"]).value = "Đang thực hiện"
    sheet.cell(first, column["percent"]).value = 35
    sheet.cell(first, column["notes"]).value = "Đã xây dựng dự thảo"
    sheet.cell(first + 1, column["status"]).value = "xong"
    workbook.save(sheet_path)

    page.click("text=Cập nhật hàng loạt")
    page.set_input_files("#id_sheet", str(sheet_path))
    page.click("button:has-text('Tải lên và cập nhật')")
    page.wait_for_selector("h1:has-text('Kết quả cập nhật hàng loạt')")
    assert page.locator("#so-da-cap-nhat").inner_text() == "1"
    assert page.locator("#so-bi-tu-choi").inner_text() == "1"
    rejected = page.locator("tr.rejected").inner_text()
    assert f"Dòng {first + 1}: trạng thái 'xong' không hợp lệ" in rejected
    assert seed_plan.tasks.get(pk=sheet.cell(first + 1, column["task_id"]).value).number in rejected
    task = seed_plan.tasks.get(pk=task_id)
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 35)
    assert task.updates.get().author == officer
