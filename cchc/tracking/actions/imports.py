"""Importing plan documents: upload -> parsed plan kept as a PendingImport -> review -> import_plan.

Parsing is the importer library's job (`cchc.importer`); this module only stores its output and
writes it into the database. `import_plan` also re-imports a plan: tasks are matched by number and
wording, changed fields are updated with audit entries, progress history is kept, tasks that
disappeared are withdrawn (not deleted).
"""
from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from rapidfuzz import fuzz

from cchc.importer.text import fold, fold_words, nfc

from .. import background
from ..agency_matching import suggest
from ..models import (Agency, AgencyKind, AgencyRole, PendingImport, Plan, PlanKind, Province, ReformArea,
                      Target, Task, TaskAgency)
from ..permissions import is_admin
from .agencies import add_alias, create_agency
from .audit import apply_changes, record
from .errors import ActionError

log = logging.getLogger(__name__)

UNKNOWN_PROVINCE = "Chưa xác định"
TASK_TITLE_MATCH = 85  # folded-title similarity that identifies the same task across versions
TARGET_TEXT_MATCH = 85


@dataclass
class ImportSource:
    """Where a plan came from: the file name, its text as read, and optionally the stored file."""

    name: str
    text: str = ""
    file: Any = None  # a FieldFile or File to keep with the plan


def _require_admin(user) -> None:
    if user is not None and not is_admin(user):
        raise PermissionDenied("Chỉ quản trị viên Sở Nội vụ được nhập kế hoạch.")


# ---------------------------------------------------------------- upload and review


def parse_with_importer(path: Path) -> tuple[dict, list[dict], str]:
    """(plan dict, notices, source text) from the importer library; ActionError when it cannot read."""
    from cchc.importer import ImportFailed, parse_document, read_document

    try:
        document = read_document(path)
        plan = parse_document(document)
    except ImportFailed as err:
        raise ActionError(str(err) or "Không đọc được tệp kế hoạch.") from None
    except Exception:  # an importer bug must not reach the user as a traceback
        log.exception("importer failed on %s", path)
        raise ActionError("Không phân tích được tệp này thành kế hoạch. Hãy kiểm tra tệp hoặc thử định "
                          "dạng khác (DOCX, PDF, TXT).") from None
    notices, seen = [], set()
    for notice in [*document.notices, *plan.notices]:
        key = (notice.message, notice.lineno)
        if key not in seen:
            seen.add(key)
            notices.append({"message": notice.message, "lineno": notice.lineno})
    return plan.to_dict(), notices, nfc(document.text())


def start_import(user, upload) -> PendingImport:
    """Store an uploaded plan document and parse it for review.

    A document whose parse outlasts `CCHC_IMPORT_WAIT_SECONDS` (OCR of a long scan) is returned
    PARSING; the parse goes on in the background and `finish_parsing` writes its outcome.
    """
    _require_admin(user)
    name = Path(getattr(upload, "name", "") or "ke-hoach").name
    if upload.size > settings.CCHC_MAX_PLAN_UPLOAD_MB * 1024 * 1024:
        raise ActionError(f"Tệp lớn hơn {settings.CCHC_MAX_PLAN_UPLOAD_MB} MB.")
    if upload.size == 0:
        raise ActionError("Tệp rỗng.")
    pending = PendingImport(uploaded_by=user, source_name=name[:255], parsed={}, status=PendingImport.Status.PARSING)
    pending.source_file.save(name, upload, save=False)
    parsing = background.submit(parse_with_importer, Path(pending.source_file.path))
    try:   # no transaction is held while waiting
        outcome = parsing.result(timeout=settings.CCHC_IMPORT_WAIT_SECONDS)
    except FutureTimeout:
        outcome = None
    except ActionError:
        pending.source_file.delete(save=False)
        raise
    with transaction.atomic():
        if outcome is not None:
            _store_parse(pending, *outcome)
            pending.status = PendingImport.Status.PENDING
        pending.save()
        tasks = len(pending.parsed["tasks"]) if outcome is not None else None
        record(user, "import.upload", pending, new={"file": name, "tasks": tasks})
        if outcome is None:
            transaction.on_commit(lambda: background.submit(finish_parsing, pending.pk, parsing))
    return pending


def finish_parsing(pending_id: int, parsing: Future) -> None:
    """Write a background parse's outcome: the import is ready for review, or failed with a reason.

    The file of a failed import is kept until the import is discarded: nothing uploaded is lost.
    """
    try:
        outcome, error = parsing.result(), ""
    except ActionError as err:
        outcome, error = None, str(err)
    with transaction.atomic():
        pending = (PendingImport.objects.select_for_update()
                   .filter(pk=pending_id, status=PendingImport.Status.PARSING).first())
        if pending is None:   # discarded while it was being read
            return
        if error:
            apply_changes(None, "import.parse", pending, {"status": PendingImport.Status.FAILED, "error": error})
        else:
            _store_parse(pending, *outcome)
            apply_changes(None, "import.parse", pending, {"status": PendingImport.Status.PENDING})
        pending.save()


@transaction.atomic
def retry_parsing(user, pending: PendingImport) -> PendingImport:
    """Read again a file whose parse was interrupted (its server process stopped)."""
    _require_admin(user)
    if not is_stale(pending):
        raise ActionError("Tệp này không cần đọc lại.")
    pending.save()   # moves updated_at: the new reading is not stale yet
    record(user, "import.retry", pending)
    parsing = background.submit(parse_with_importer, Path(pending.source_file.path))
    transaction.on_commit(lambda: background.submit(finish_parsing, pending.pk, parsing))
    return pending


def is_stale(pending: PendingImport) -> bool:
    """Still being read long after its last change: the process reading it has stopped."""
    limit = timezone.now() - dt.timedelta(minutes=settings.CCHC_IMPORT_STALE_MINUTES)
    return pending.status == PendingImport.Status.PARSING and pending.updated_at < limit


def _store_parse(pending: PendingImport, parsed: dict, notices: list[dict], text: str) -> None:
    if not parsed.get("tasks"):
        notices.insert(0, {"message": "Không tìm thấy nhiệm vụ nào trong văn bản.", "lineno": None})
    pending.parsed, pending.notices, pending.source_text = parsed, notices, text


def _require_pending(pending: PendingImport) -> None:
    if pending.status != PendingImport.Status.PENDING:
        raise ActionError("Bản nhập này đã được xử lý.")


@transaction.atomic
def update_pending_import(user, pending: PendingImport, plan_info: dict | None = None,
                          task_edits: dict[int, dict] | None = None, agency_mapping: dict | None = None,
                          removed_tasks=()) -> PendingImport:
    """Apply the reviewer's corrections to the parsed plan before it is imported.

    `task_edits` maps a task's index to new cell values (keys of SCHEMA.md, deadline as
    {"kind","start","end"}); `agency_mapping` maps a name as written to an agency id or "new".
    """
    _require_admin(user)
    _require_pending(pending)
    parsed = pending.parsed
    for field, value in (plan_info or {}).items():
        old = parsed["plan"].get(field)
        if old != value:
            parsed["plan"][field] = value
            record(user, "import.edit", pending, field=f"plan.{field}", old=old, new=value)
    for index, values in (task_edits or {}).items():
        task = parsed["tasks"][int(index)]
        for field, value in values.items():
            old = task.get(field)
            if old != value:
                task[field] = value
                record(user, "import.edit", pending, field=f"tasks[{task.get('id')}].{field}", old=old, new=value)
    for index in sorted({int(i) for i in removed_tasks}, reverse=True):
        removed = parsed["tasks"].pop(index)
        record(user, "import.edit", pending, field=f"tasks[{removed.get('id')}]", old=removed.get("title"), new=None)
    for name, choice in (agency_mapping or {}).items():
        if pending.agency_mapping.get(name) != choice:
            record(user, "import.map_agency", pending, field=name, old=pending.agency_mapping.get(name), new=choice)
            pending.agency_mapping[name] = choice
    validate_plan_dict(parsed)
    pending.parsed = parsed
    pending.save()
    return pending


@transaction.atomic
def confirm_pending_import(user, pending: PendingImport, replace: Plan | None = None) -> Plan:
    _require_admin(user)
    _require_pending(pending)
    source = ImportSource(name=pending.source_name, text=pending.source_text, file=pending.source_file)
    plan = import_plan(pending.parsed, source, user, agency_mapping=pending.agency_mapping, replace=replace)
    apply_changes(user, "import.confirm", pending, {"status": PendingImport.Status.CONFIRMED, "plan": plan})
    pending.save()
    return plan


@transaction.atomic
def discard_pending_import(user, pending: PendingImport) -> None:
    """Drop an import not yet confirmed: ready for review, still being read, or failed."""
    _require_admin(user)
    if pending.status not in (PendingImport.Status.PENDING, PendingImport.Status.PARSING,
                              PendingImport.Status.FAILED):
        raise ActionError("Bản nhập này đã được xử lý.")
    apply_changes(user, "import.discard", pending, {"status": PendingImport.Status.DISCARDED})
    pending.save()


# ---------------------------------------------------------------- validation of the plan dict


def _date(value, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ActionError(f"{what}: ngày “{value}” không hợp lệ.") from None


def _decimal(value, what: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ActionError(f"{what}: “{value}” không phải là số.") from None
    if number < 0:
        raise ActionError(f"{what}: số tiền không được âm.")
    return number


def validate_plan_dict(data: dict) -> None:
    """Refuse a plan dict that cannot be stored; messages name the task row."""
    if not isinstance(data, dict) or not isinstance(data.get("plan"), dict):
        raise ActionError("Dữ liệu kế hoạch không đúng cấu trúc.")
    if not (data["plan"].get("title") or "").strip():
        raise ActionError("Kế hoạch chưa có tên.")
    for index, task in enumerate(data.get("tasks") or [], start=1):
        what = f"Nhiệm vụ {task.get('id') or index}"
        if not (task.get("title") or "").strip():
            raise ActionError(f"{what}: chưa có nội dung nhiệm vụ.")
        deadline = task.get("deadline") or {}
        _date(deadline.get("start"), what)
        _date(deadline.get("end"), what)
        _decimal(task.get("budget_million_vnd"), what)
    _date(data["plan"].get("decision_date"), "Ngày quyết định")
    _decimal(data["plan"].get("total_budget_million_vnd"), "Tổng kinh phí")


# ---------------------------------------------------------------- writing a plan


class AgencyResolver:
    """Turns agency names as written into Agency rows for one province, creating unknown ones.

    `mapping` (name as written -> Agency, agency id, or "new") holds the reviewer's choices; names
    without a choice go to the best existing match (database, then registry) or a new agency.
    With `create_unknown=False` (imports nobody reviews: demo, command line) a name that neither the
    database nor the registry knows is left unlinked
    (`unlinked`): OCR damage must not fill the agency list with garbled names.
    """

    def __init__(self, province: Province, user, mapping: dict | None = None, create_unknown: bool = True):
        self.province, self.user, self.mapping = province, user, mapping or {}
        self.create_unknown = create_unknown
        self._cache: dict[str, Agency | None] = {}
        self.unlinked: list[str] = []

    def resolve(self, name: str) -> Agency | None:
        if name not in self._cache:
            self._cache[name] = self._resolve(name)
            if self._cache[name] is None:
                self.unlinked.append(name)
        return self._cache[name]

    def _resolve(self, name: str) -> Agency | None:
        choice = self.mapping.get(name)
        if isinstance(choice, Agency):
            return add_alias(self.user, choice, name).current()
        if choice not in (None, "", "new", "auto"):
            agency = Agency.objects.filter(pk=int(choice)).first()
            if agency is None:
                raise ActionError(f"Cơ quan được chọn cho “{name}” không còn trong danh mục.")
            return add_alias(self.user, agency, name).current()
        found = suggest(name, self.province)
        if found.agency and choice != "new":
            return found.agency
        if choice != "new" and not self.create_unknown and not found.key:
            return None
        return self._create(name, found)

    def _create(self, name: str, found) -> Agency:
        new_name = found.new_name if not found.agency else name
        existing = Agency.objects.filter(province=self.province, name=new_name).first()
        if existing:
            return add_alias(self.user, existing, name).current()
        parent = self._root() if found.kind in (AgencyKind.DEPARTMENT, AgencyKind.DISTRICT) else None
        aliases = [name] if name != new_name else []
        return create_agency(self.user, new_name, self.province, kind=found.kind, members_kind=found.members_kind,
                             aliases=aliases, parent=parent, key=found.key)

    def _root(self) -> Agency | None:
        if self.province.name == UNKNOWN_PROVINCE:
            return None
        name = f"UBND tỉnh {self.province.name}"
        root = Agency.objects.filter(province=self.province, name=name).first()
        return root or create_agency(self.user, name, self.province, kind=AgencyKind.PEOPLES_COMMITTEE,
                                     aliases=["UBND tỉnh", "Ủy ban nhân dân tỉnh"])


def _province(user, name: str | None) -> Province:
    name = " ".join((name or "").split()) or UNKNOWN_PROVINCE
    province, created = Province.objects.get_or_create(name=name)
    if created:
        record(user, "province.create", province, new=name)
    return province


def _plan_values(info: dict, province: Province) -> dict[str, Any]:
    kind = info.get("kind") if info.get("kind") in PlanKind.values else PlanKind.ANNUAL
    return {"province": province, "title": " ".join(info["title"].split()), "kind": kind,
            "period_start": info.get("period_start"), "period_end": info.get("period_end"),
            "decision_number": info.get("decision_number") or "",
            "decision_date": _date(info.get("decision_date"), "Ngày quyết định"),
            "issuer": info.get("issuer") or "UBND tỉnh",
            "total_budget_million_vnd": _decimal(info.get("total_budget_million_vnd"), "Tổng kinh phí")}


def find_existing_plan(province: Province, info: dict) -> Plan | None:
    """The plan a re-import replaces: same province and decision number, else same title and period."""
    plans = Plan.objects.filter(province=province)
    if info.get("decision_number"):
        found = plans.filter(decision_number=info["decision_number"]).first()
        if found:
            return found
    return plans.filter(folded_title=fold(" ".join(info["title"].split())),
                        period_start=info.get("period_start"), period_end=info.get("period_end")).first()


def _areas() -> dict[str, ReformArea]:
    return {area.code: area for area in ReformArea.objects.all()}


def _every(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def _task_values(data: dict, position: int, areas: dict[str, ReformArea]) -> dict[str, Any]:
    what = f"Nhiệm vụ {data.get('id') or position + 1}"
    deadline = data.get("deadline") or {}
    return {
        "number": str(data.get("id") or position + 1)[:32], "position": position,
        "area": areas.get(data.get("area")) or areas["other"],
        "area_heading": (data.get("area_heading") or "")[:255], "group": (data.get("group") or "")[:500],
        "title": " ".join(data["title"].split()), "outputs": list(data.get("outputs") or []),
        "lead_names": list(data.get("lead") or []), "coordinating_names": list(data.get("coordinating") or []),
        "deadline_text": (data.get("deadline_text") or "")[:500], "deadline_kind": deadline.get("kind") or "none",
        "deadline_start": _date(deadline.get("start"), what), "deadline_end": _date(deadline.get("end"), what),
        "deadline_every": _every(deadline.get("every")), "deadline_milestones": list(deadline.get("milestones") or []),
        "budget_million_vnd": _decimal(data.get("budget_million_vnd"), what), "notes": data.get("notes") or "",
    }


def _similar(a: str, b: str) -> float:
    return fuzz.token_sort_ratio(fold_words(a), fold_words(b))


def match_tasks(old: list[Task], new: list[dict]) -> dict[int, Task]:
    """Index in `new` -> old task it continues: same number and similar wording first, then wording alone."""
    matched: dict[int, Task] = {}
    free = {task.pk: task for task in old}
    for index, data in enumerate(new):
        for task in list(free.values()):
            if task.number == str(data.get("id")) and _similar(task.title, data["title"]) >= 60:
                matched[index] = free.pop(task.pk)
                break
    for index, data in enumerate(new):
        if index in matched or not free:
            continue
        best = max(free.values(), key=lambda t: _similar(t.title, data["title"]))
        if _similar(best.title, data["title"]) >= TASK_TITLE_MATCH:
            matched[index] = free.pop(best.pk)
    return matched


def _sync_task_agencies(task: Task, names: dict[str, list[str]], resolver: AgencyResolver, user, today,
                        reimport: bool) -> None:
    """Open links for the agencies the row names; on re-import, end links to agencies it no longer names."""
    wanted = []
    for role in (AgencyRole.LEAD, AgencyRole.COORDINATING):
        for position, name in enumerate(names[role]):
            agency = resolver.resolve(name)
            if agency is not None:
                wanted.append((role, agency, name, position))
    current = {(link.role, link.agency_id): link for link in task.task_agencies.filter(ended_on__isnull=True)}
    keep = set()
    for role, agency, name, position in wanted:
        key = (role, agency.pk)
        if key in keep:
            continue
        keep.add(key)
        if key not in current:
            TaskAgency.objects.create(task=task, agency=agency, role=role, name_as_written=name[:255],
                                      position=position)
            if reimport:
                record(user, "task.agency_add", task, field=role, new=agency.name)
    for key, link in current.items():
        if reimport and key not in keep and not link.inherited_from_id:
            link.ended_on = today
            link.save(update_fields=["ended_on"])
            record(user, "task.agency_remove", task, field=link.role, old=link.agency.name)


def _write_tasks(plan: Plan, tasks: list[dict], resolver: AgencyResolver, user) -> None:
    areas, today = _areas(), timezone.localdate()
    old = list(plan.tasks.filter(is_active=True))
    matched = match_tasks(old, tasks)
    for index, data in enumerate(tasks):
        values = _task_values(data, index, areas)
        task = matched.get(index)
        if task is None:
            task = Task(plan=plan, **values)
            task.refresh_search_text()
            task.save()
            record(user, "task.create", task, new={"number": task.number, "title": task.title})
        else:
            task.position = values.pop("position")  # display order only, not worth an audit entry
            apply_changes(user, "task.reimport", task, values)
            task.refresh_search_text()
            task.save()
        names = {AgencyRole.LEAD: values["lead_names"], AgencyRole.COORDINATING: values["coordinating_names"]}
        _sync_task_agencies(task, names, resolver, user, today, reimport=index in matched)
        task.refresh_search_text()  # now with the canonical names of the linked agencies
        task.save(update_fields=["search_text"])
    kept = {task.pk for task in matched.values()}
    for task in old:
        if task.pk not in kept:
            apply_changes(user, "task.withdraw", task, {"is_active": False})
            task.save()


def _target_values(data: dict, position: int, areas: dict[str, ReformArea]) -> dict[str, Any]:
    return {"position": position, "text": " ".join(str(data["text"]).split()),
            "value": _decimal(data.get("value"), "Chỉ tiêu") or Decimal(0), "unit": data.get("unit") or "%",
            "comparator": data.get("comparator") or "=", "year": data.get("year"),
            "area": areas.get(data.get("area") or ""), "lead_names": list(data.get("lead") or []),
            "monitor_names": list(data.get("monitor") or [])}


def _write_targets(plan: Plan, targets: list[dict], resolver: AgencyResolver, user) -> None:
    areas = _areas()
    free = {t.pk: t for t in plan.targets.filter(is_active=True)}
    for index, data in enumerate(targets):
        values = _target_values(data, index, areas)
        best = max(free.values(), key=lambda t: _similar(t.text, values["text"]), default=None)
        if best is not None and _similar(best.text, values["text"]) >= TARGET_TEXT_MATCH:
            target = free.pop(best.pk)
            target.position = values.pop("position")
            apply_changes(user, "target.reimport", target, values)
            target.save()
        else:
            target = Target.objects.create(plan=plan, **values)
            record(user, "target.create", target, new=target.text)
        target.lead_agencies.set([a for a in map(resolver.resolve, values["lead_names"]) if a])
        target.monitor_agencies.set([a for a in map(resolver.resolve, values["monitor_names"]) if a])
    for target in free.values():
        apply_changes(user, "target.withdraw", target, {"is_active": False})
        target.save()


def _attach_source(plan: Plan, source: ImportSource) -> None:
    plan.source_name = source.name[:255]
    plan.source_text = source.text or plan.source_text
    if source.file:
        source.file.open("rb")
        try:
            plan.source_file.save(Path(source.file.name).name, ContentFile(source.file.read()), save=False)
        finally:
            source.file.close()


@transaction.atomic
def import_plan(plan_dict: dict, source: ImportSource | str, user, agency_mapping: dict | None = None,
                replace: Plan | None = None, create_unknown_agencies: bool = True) -> Plan:
    """Write a plan dict (shape of shared/gold/SCHEMA.md) into the database; re-import if it exists.

    `agency_mapping`: name as written -> Agency / agency id / "new"; other names are matched
    automatically. `replace`: the plan to update; by default one with the same province and decision
    number (or title and period) is updated, otherwise a new plan is created.
    `create_unknown_agencies=False`: see AgencyResolver; unlinked names are listed in `plan.notices`.
    """
    _require_admin(user)
    validate_plan_dict(plan_dict)
    source = ImportSource(name=source) if isinstance(source, str) else source
    info = plan_dict["plan"]
    province = _province(user, info.get("province"))
    values = _plan_values(info, province)
    plan = replace or find_existing_plan(province, info)
    extra = {"reporting": plan_dict.get("reporting") or [], "notices": plan_dict.get("notices") or []}
    if plan is None:
        plan = Plan(imported_by=user if user is not None and user.is_authenticated else None, **values, **extra)
        _attach_source(plan, source)
        plan.save()
        record(user, "plan.import", plan, new={"title": plan.title, "source": source.name,
                                               "tasks": len(plan_dict.get("tasks") or [])})
    else:
        apply_changes(user, "plan.reimport", plan, {**values, **extra, "version": plan.version + 1})
        _attach_source(plan, source)
        plan.save()
    resolver = AgencyResolver(province, user, agency_mapping, create_unknown=create_unknown_agencies)
    _write_tasks(plan, plan_dict.get("tasks") or [], resolver, user)
    _write_targets(plan, plan_dict.get("targets") or [], resolver, user)
    if resolver.unlinked:
        names = "; ".join(resolver.unlinked)
        plan.notices = [*plan.notices, {"message": f"Chưa gắn với cơ quan trong danh mục: {names}", "lineno": None}]
        plan.save(update_fields=["notices"])
    return plan
