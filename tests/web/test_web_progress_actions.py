"""update_task_progress, add_comment and merge_agencies: rights, validation, audit, history."""
import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.tracking import actions
from cchc.tracking.models import (Agency, AgencyKind, AuditEntry, EvidenceFile, Role, TaskAgency,
                                  TaskStatus)
from cchc.tracking.permissions import agency_of, can_update_task, report_sets_status, tasks_of_agency

from conftest import agency, coordinated_task, gold_plan, task_led_by


def led_by(agency_obj):
    return TaskAgency.objects.filter(agency=agency_obj, role="lead").values("task")


def pdf(name="bao-cao.pdf", size=1200):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"x" * size, content_type="application/pdf")


def test_officer_updates_own_task_with_evidence(plan, officer_a, agency_a):
    task = task_led_by(plan, agency_a)
    update = actions.update_task_progress(task, officer_a, TaskStatus.IN_PROGRESS, 45, "Đã dự thảo", [pdf()])
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 45)
    assert update.agency == agency_a
    stored = EvidenceFile.objects.get(update=update)
    assert stored.original_name == "bao-cao.pdf" and stored.size > 1200
    assert AuditEntry.objects.filter(action="task.progress", object_id=str(task.pk), field="percent", new=45).exists()


def test_officer_cannot_update_other_agencys_task(plan, officer_b, agency_a, agency_b):
    task = task_led_by(plan, agency_a, not_for=agency_b)
    assert agency_b not in [link.agency for link in task.task_agencies.all()]
    with pytest.raises(PermissionDenied):
        actions.update_task_progress(task, officer_b, TaskStatus.IN_PROGRESS, 10, "")
    with pytest.raises(PermissionDenied):
        actions.add_comment(task, officer_b, "Góp ý")


def test_leader_reads_but_cannot_update(plan, leader, agency_a):
    task = task_led_by(plan, agency_a)
    assert not can_update_task(leader, task)
    with pytest.raises(PermissionDenied):
        actions.update_task_progress(task, leader, TaskStatus.IN_PROGRESS, 10, "")


def test_a_coordinating_agencys_report_is_kept_but_leaves_the_status_to_the_lead(plan):
    task, coordinator = coordinated_task(plan)
    officer = actions.create_user(None, "phoi-hop", "x", Role.OFFICER, agency=coordinator, validate=False)
    assert not report_sets_status(officer, task)
    update = actions.update_task_progress(task, officer, TaskStatus.DONE, 100, "Đã góp ý dự thảo")
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.NOT_STARTED, 0)
    assert task.updates.get() == update and update.agency == coordinator
    lead = task.active_agencies("lead")[0]
    lead_officer = actions.create_user(None, "chu-tri", "x", Role.OFFICER, agency=lead, validate=False)
    assert report_sets_status(lead_officer, task)
    actions.update_task_progress(task, lead_officer, TaskStatus.IN_PROGRESS, 30, "")
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 30)


def test_collective_covers_agencies_of_its_kind(plan):
    district = actions.create_agency(None, "UBND huyện Cư Jút", plan.province, kind=AgencyKind.DISTRICT)
    officer = actions.create_user(None, "cujut", "x", Role.OFFICER, agency=district, validate=False)
    collective = agency(plan, "UBND cấp huyện")
    task = plan.tasks.filter(task_agencies__agency=collective, task_agencies__role="lead").first()
    assert task in tasks_of_agency(district)
    # "Các sở, ban, ngành" as coordinator does not open a task to every department
    departments = agency(plan, "Các sở, ban, ngành")
    sutuphap = agency(plan, "Sở Tư pháp")
    coordinated_only = (plan.tasks.filter(task_agencies__agency=departments, task_agencies__role="coordinating")
                        .exclude(task_agencies__agency=sutuphap)
                        .exclude(pk__in=led_by(departments)).first())
    assert coordinated_only is not None and coordinated_only not in tasks_of_agency(sutuphap)
    actions.update_task_progress(task, officer, TaskStatus.IN_PROGRESS, 5, "")
    # a department is not covered by "UBND cấp huyện"
    department_only = plan.tasks.exclude(task_agencies__agency__kind=AgencyKind.COLLECTIVE).exclude(
        task_agencies__agency=district).first()
    assert department_only not in tasks_of_agency(district)


@pytest.mark.parametrize("status,percent,narrative,message", [
    ("done", 100, "", "mô tả kết quả"),
    ("in_progress", 120, "x", "0 đến 100"),
    ("not_started", 30, "", "0%"),
    ("paused", 10, "", "không hợp lệ"),
])
def test_progress_validation(plan, officer_a, agency_a, status, percent, narrative, message):
    task = task_led_by(plan, agency_a)
    with pytest.raises(actions.ActionError, match=message):
        actions.update_task_progress(task, officer_a, status, percent, narrative)
    assert not task.updates.exists()


def test_evidence_type_and_size_are_checked(plan, officer_a, agency_a, settings):
    task = task_led_by(plan, agency_a)
    with pytest.raises(actions.ActionError, match="định dạng"):
        actions.update_task_progress(task, officer_a, "in_progress", 10, "", [pdf("virus.exe")])
    fake = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(actions.ActionError, match="không đúng định dạng PDF"):
        actions.update_task_progress(task, officer_a, "in_progress", 10, "", [fake])
    settings.CCHC_MAX_EVIDENCE_MB = 0
    with pytest.raises(actions.ActionError, match="vượt quá"):
        actions.update_task_progress(task, officer_a, "in_progress", 10, "", [pdf()])
    assert not task.updates.exists()


def test_finishing_after_the_deadline_is_recorded_late(plan, officer_a, agency_a):
    task = task_led_by(plan, agency_a)  # a 2021 deadline, long passed
    assert task.deadline_end and task.deadline_end.year == 2021
    actions.update_task_progress(task, officer_a, TaskStatus.DONE, 100, "Đã xong")
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE_LATE and task.completed_on is not None


def test_comment_is_stored_and_audited(plan, officer_a, agency_a):
    task = task_led_by(plan, agency_a)
    comment = actions.add_comment(task, officer_a, "  Đề nghị bổ sung số liệu  ")
    assert comment.body == "Đề nghị bổ sung số liệu"
    assert AuditEntry.objects.filter(action="task.comment", object_id=str(task.pk)).exists()
    with pytest.raises(actions.ActionError):
        actions.add_comment(task, officer_a, "   ")


def test_merge_hands_open_tasks_to_successor_and_keeps_history(plan, officer_a, agency_a, admin_user):
    old = agency(plan, "Sở Thông tin và Truyền thông")
    new = agency(plan, "Sở Khoa học và Công nghệ")
    officer = actions.create_user(None, "tttt", "x", Role.OFFICER, agency=old, validate=False)
    tasks = list(plan.tasks.filter(task_agencies__agency=old).exclude(task_agencies__agency=new).order_by("position"))
    assert len(tasks) >= 2
    finished, still_open = tasks[0], tasks[1]
    actions.update_task_progress(finished, officer, TaskStatus.DONE, 100, "Xong")
    actions.update_task_progress(still_open, officer, TaskStatus.IN_PROGRESS, 50, "Đang làm")

    moved = actions.merge_agencies(old, new, dt.date(2025, 3, 1), admin_user)

    assert moved >= 1
    old.refresh_from_db()
    assert old.successor == new and not old.is_active and old.current() == new
    link = TaskAgency.objects.get(task=still_open, agency=new, ended_on__isnull=True)
    assert not TaskAgency.objects.filter(task=still_open, agency=old, ended_on__isnull=True).exists()
    # closed work stays with the agency that did it
    assert not TaskAgency.objects.filter(task=finished, agency=new).exists()
    assert TaskAgency.objects.filter(task=finished, agency=old, ended_on__isnull=True).exists()
    assert link.inherited_from == old
    assert still_open.updates.get().agency == old  # history untouched
    officer.profile.refresh_from_db()
    assert agency_of(officer) == new
    new.refresh_from_db()
    assert old.name in new.aliases
    # a later import that still writes the old name goes to the successor
    data = gold_plan()
    data["plan"].update(decision_number="5/QĐ-UBND", title="Kế hoạch năm sau")
    later = actions.import_plan(data, "sau.txt", None)
    names = {a.name for t in later.tasks.all() for a in t.active_agencies()}
    assert old.name not in names and new.name in names


def test_merge_refuses_cycles_and_non_admins(plan, officer_a, admin_user):
    a, b = agency(plan, "Sở Tài chính"), agency(plan, "Sở Tư pháp")
    with pytest.raises(PermissionDenied):
        actions.merge_agencies(a, b, dt.date(2025, 1, 1), officer_a)
    actions.merge_agencies(a, b, dt.date(2025, 1, 1), admin_user)
    with pytest.raises(actions.ActionError):
        actions.merge_agencies(b, a, dt.date(2025, 2, 1), admin_user)
    assert Agency.objects.get(pk=b.pk).successor is None


def test_a_task_led_by_a_tier_is_done_when_every_member_has_done_it(plan, admin_user):
    from django.test import Client
    from django.urls import reverse

    collective = agency(plan, "UBND cấp huyện")
    task = plan.tasks.filter(task_agencies__agency=collective, task_agencies__role="lead").first()
    officers = []
    for name in ("UBND huyện Cư Jút", "UBND huyện Đắk Mil", "UBND huyện Krông Nô"):
        district = actions.create_agency(None, name, plan.province, kind=AgencyKind.DISTRICT)
        officers.append(actions.create_user(None, name.split()[-1].lower(), "x", Role.OFFICER, agency=district,
                                            validate=False))
    actions.update_task_progress(task, officers[0], TaskStatus.DONE, 100, "Đã ban hành kế hoạch.")
    task.refresh_from_db()
    assert (task.status, task.percent, task.completed_on) == (TaskStatus.IN_PROGRESS, 33, None)
    actions.update_task_progress(task, officers[1], TaskStatus.IN_PROGRESS, 50, "")
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 50)

    client = Client()
    client.force_login(admin_user)
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "Tiến độ của từng cơ quan" in page and "Chưa báo cáo" in page   # Krông Nô has not reported
    assert page.index("UBND huyện Cư Jút") < page.index("UBND huyện Krông Nô")

    actions.update_task_progress(task, officers[1], TaskStatus.DONE, 100, "Xong.")
    actions.update_task_progress(task, officers[2], TaskStatus.DONE, 100, "Xong.")
    task.refresh_from_db()
    assert task.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and task.percent == 100 and task.completed_on


def test_sở_nội_vụ_sets_a_tier_task_status_itself(plan, admin_user):
    collective = agency(plan, "UBND cấp huyện")
    task = plan.tasks.filter(task_agencies__agency=collective, task_agencies__role="lead").first()
    district = actions.create_agency(None, "UBND huyện Cư Jút", plan.province, kind=AgencyKind.DISTRICT)
    officer = actions.create_user(None, "cujut", "x", Role.OFFICER, agency=district, validate=False)
    actions.create_agency(None, "UBND huyện Đắk Mil", plan.province, kind=AgencyKind.DISTRICT)
    actions.update_task_progress(task, officer, TaskStatus.IN_PROGRESS, 40, "")
    actions.update_task_progress(task, admin_user, TaskStatus.FAILED, 40, "Dừng theo chỉ đạo của UBND tỉnh.")
    task.refresh_from_db()
    assert task.status == TaskStatus.FAILED


def test_a_coordinating_agencys_report_leaves_a_tier_task_status_alone(plan):
    collective = agency(plan, "UBND cấp huyện")
    led = plan.tasks.filter(task_agencies__agency=collective, task_agencies__role="lead")
    task = next(t for t in led if any(a.kind != AgencyKind.COLLECTIVE for a in t.active_agencies("coordinating")))
    coordinator = next(a for a in task.active_agencies("coordinating") if a.kind != AgencyKind.COLLECTIVE)
    officer = actions.create_user(None, "phoihop", "x", Role.OFFICER, agency=coordinator, validate=False)
    actions.update_task_progress(task, officer, TaskStatus.DONE, 100, "Đã phối hợp xong phần việc của Sở.")
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.NOT_STARTED, 0)
    assert task.updates.get().agency == coordinator     # the report itself is kept in the history


@pytest.mark.parametrize("reports, expected", [
    ([None, None], (TaskStatus.NOT_STARTED, 0)),
    ([("in_progress", 40), None], (TaskStatus.IN_PROGRESS, 20)),
    ([("done", 100), ("done_late", 100)], (TaskStatus.DONE_LATE, 100)),
    ([("done", 100), ("failed", 30)], (TaskStatus.FAILED, 65)),
    ([("done", 100), ("in_progress", 50)], (TaskStatus.IN_PROGRESS, 75)),
])
def test_combined_progress_of_a_tier(reports, expected):
    from cchc.tracking.collective import MemberProgress, combined_progress
    from cchc.tracking.models import ProgressUpdate

    members = [MemberProgress(Agency(name=f"Huyện {i}"), ProgressUpdate(status=r[0], percent=r[1]) if r else None)
               for i, r in enumerate(reports)]
    assert combined_progress(members) == expected
