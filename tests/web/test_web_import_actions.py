"""import_plan: writing a plan dict, re-importing it, agency mapping, validation."""
import copy
from decimal import Decimal

import pytest

from cchc.tracking import actions
from cchc.tracking.models import Agency, AgencyKind, AuditEntry, Plan, ProgressUpdate, Task, TaskStatus

from conftest import agency, gold_plan, task_led_by


def test_import_writes_plan_tasks_targets_and_agencies(plan):
    data = gold_plan()
    assert plan.province.name == "Đắk Nông"
    assert plan.decision_number == "1887/QĐ-UBND" and plan.decision_date.isoformat() == "2020-12-18"
    assert plan.total_budget_million_vnd == Decimal(936)
    assert plan.tasks.count() == len(data["tasks"])
    assert plan.targets.count() == len(data["targets"])
    first = plan.tasks.get(number="I.1.1")
    assert first.area.code == "chi_dao_dieu_hanh"
    assert first.deadline_kind == "period" and first.deadline_end.isoformat() == "2021-03-31"
    assert [a.name for a in first.active_agencies("lead")] == ["Sở Nội vụ"]
    budget = sum((t.budget_million_vnd or 0) for t in plan.tasks.all())
    assert budget == Decimal(936)
    collective = agency(plan, "UBND cấp huyện")
    assert collective.kind == AgencyKind.COLLECTIVE and collective.members_kind == AgencyKind.DISTRICT
    assert AuditEntry.objects.filter(action="plan.import", object_id=str(plan.pk)).exists()
    assert AuditEntry.objects.filter(action="task.create").count() == len(data["tasks"])


def test_search_column_is_folded(plan):
    task = plan.tasks.get(number="I.1.1")
    assert "kien toan ban chi dao cchc tinh" in task.search_text
    assert "so noi vu" in task.search_text


def test_reimport_updates_changed_fields_and_keeps_history(plan, officer_a, agency_a):
    task = task_led_by(plan, agency_a)
    actions.update_task_progress(task, officer_a, TaskStatus.IN_PROGRESS, 30, "Đang làm")
    data = gold_plan()
    index = next(i for i, t in enumerate(data["tasks"]) if t["id"] == task.number)
    data["tasks"][index]["deadline"] = {"kind": "date", "start": None, "end": "2021-06-30"}
    data["tasks"][index]["deadline_text"] = "30/6/2021"
    dropped = data["tasks"].pop(-1)
    data["tasks"].append({**copy.deepcopy(data["tasks"][0]), "id": "IX.1", "title": "Nhiệm vụ bổ sung mới hoàn toàn"})

    again = actions.import_plan(data, "lan-2.txt", None)

    assert again.pk == plan.pk and again.version == 2
    task.refresh_from_db()
    assert task.deadline_end.isoformat() == "2021-06-30"
    assert task.status == TaskStatus.IN_PROGRESS and ProgressUpdate.objects.filter(task=task).count() == 1
    change = AuditEntry.objects.get(action="task.reimport", object_id=str(task.pk), field="deadline_end")
    assert change.new == "2021-06-30"
    withdrawn = Task.objects.get(plan=plan, number=dropped["id"], title=dropped["title"])
    assert withdrawn.is_active is False
    assert plan.tasks.filter(is_active=True).count() == len(data["tasks"])
    assert Plan.objects.count() == 1


def test_reimport_matches_renumbered_task_by_wording(plan):
    data = gold_plan()
    original = plan.tasks.get(number="I.1.1")
    data["tasks"][0]["id"] = "I.1.9"
    actions.import_plan(data, "lan-2.txt", None)
    original.refresh_from_db()
    assert original.number == "I.1.9" and original.is_active


def test_explicit_mapping_links_existing_agency_and_remembers_alias(plan, agency_a):
    data = gold_plan()
    data["plan"]["decision_number"] = "99/QĐ-UBND"
    data["plan"]["title"] = "Kế hoạch khác"
    data["tasks"] = data["tasks"][:1]
    data["tasks"][0]["lead"] = ["Phòng CCHC - SNV"]
    new_plan = actions.import_plan(data, "khac.txt", None, agency_mapping={"Phòng CCHC - SNV": str(agency_a.pk)})
    task = new_plan.tasks.get()
    assert task.active_agencies("lead") == [agency_a]
    assert "so noi vu" in task.search_text  # the linked agency's name is searchable too
    agency_a.refresh_from_db()
    assert "Phòng CCHC - SNV" in agency_a.aliases
    assert not Agency.objects.filter(name="Phòng CCHC - SNV").exists()


def test_invalid_plan_dict_writes_nothing(db):
    data = gold_plan()
    data["tasks"][3]["deadline"]["end"] = "2021-13-45"
    with pytest.raises(actions.ActionError, match="ngày"):
        actions.import_plan(data, "x.txt", None)
    assert Plan.objects.count() == 0 and Task.objects.count() == 0


def test_only_administrators_import(plan, officer_a):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        actions.import_plan(gold_plan(), "x.txt", officer_a)


@pytest.mark.parametrize("stem", ["000_725f2300aab62d90", "001_cc0ea7f46a772b8e", "003_b27503eb711c215e",
                                  "004_787042f11e9eca44"])
def test_every_gold_plan_imports(db, stem):
    data = gold_plan(stem)
    plan = actions.import_plan(data, f"{stem}.txt", None)
    assert plan.tasks.count() == len(data["tasks"])
    assert plan.period_end == data["plan"]["period_end"]


def test_unattended_import_leaves_unknown_names_unlinked(db):
    data = gold_plan()
    data["tasks"][0]["lead"] = ["Sở Nội vụ", "Sìn phú qx ưởng tỉnh"]  # OCR damage
    plan = actions.import_plan(data, "ocr.txt", None, create_unknown_agencies=False)
    task = plan.tasks.get(position=0)
    assert [a.name for a in task.active_agencies("lead")] == ["Sở Nội vụ"]
    assert task.lead_names == data["tasks"][0]["lead"]  # as written, for people to read
    assert not Agency.objects.filter(name__contains="Sìn phú").exists()
    assert any("Sìn phú qx ưởng tỉnh" in n["message"] for n in plan.notices)
    # the same name in a reviewed import is created
    reviewed = actions.import_plan({**data, "plan": {**data["plan"], "decision_number": "2/QĐ-UBND"}}, "b.txt", None)
    assert "Sìn phú qx ưởng tỉnh" in [a.name for a in reviewed.tasks.get(position=0).active_agencies("lead")]
