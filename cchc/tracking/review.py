"""The import review form: reading the reviewer's corrections out of the POST data.

Field names: `plan-<field>`; `t<index>-<field>` per task; `a<index>-name` / `a<index>-choice` per
agency name. Only values that differ from the parsed plan are returned, so saving twice is a no-op.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .agency_matching import Suggestion, suggest
from .models import Province

PLAN_TEXT_FIELDS = ("title", "province", "decision_number", "issuer")
TASK_TEXT_FIELDS = ("id", "area", "group", "title", "deadline_text", "notes")
TASK_LIST_FIELDS = ("outputs", "lead", "coordinating")
DEADLINE_KINDS = [("date", "Ngày cụ thể"), ("period", "Khoảng thời gian"), ("multi", "Nhiều mốc"),
                  ("recurring", "Định kỳ"), ("continuous", "Thường xuyên"), ("relative", "Theo sự kiện / quy định"),
                  ("none", "Không ghi thời hạn")]


@dataclass
class ReviewEdits:
    plan_info: dict = field(default_factory=dict)
    task_edits: dict[int, dict] = field(default_factory=dict)
    removed: list[int] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse_vn_date(text: str) -> str | None:
    """"31/01/2018" (or ISO) -> "2018-01-31"; "" -> None; ValueError otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(text)


def show_vn_date(iso: str | None) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def _number(text: str):
    text = (text or "").strip().replace(" ", "")
    if not text:
        return None
    if "," in text:  # Vietnamese decimal comma, dots as thousands
        text = text.replace(".", "").replace(",", ".")
    value = float(text)
    return int(value) if value.is_integer() else value


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _plan_edits(parsed: dict, post, edits: ReviewEdits) -> None:
    info = parsed["plan"]
    for name in PLAN_TEXT_FIELDS:
        key = f"plan-{name}"
        if key in post and post[key].strip() != (info.get(name) or ""):
            edits.plan_info[name] = post[key].strip() or None
    for name in ("period_start", "period_end"):
        key = f"plan-{name}"
        if key in post:
            try:
                value = int(post[key]) if post[key].strip() else None
            except ValueError:
                edits.errors.append("Năm của kế hoạch phải là số.")
                continue
            if value != info.get(name):
                edits.plan_info[name] = value
    _converted(post, "plan-decision_date", info.get("decision_date"), parse_vn_date,
               "Ngày quyết định phải theo dạng dd/mm/yyyy.", edits, lambda v: edits.plan_info.__setitem__("decision_date", v))
    _converted(post, "plan-total_budget", info.get("total_budget_million_vnd"), _number,
               "Tổng kinh phí phải là số (triệu đồng).", edits,
               lambda v: edits.plan_info.__setitem__("total_budget_million_vnd", v))
    if post.get("plan-kind") and post["plan-kind"] != info.get("kind"):
        edits.plan_info["kind"] = post["plan-kind"]


def _converted(post, key, current, convert, message, edits, store) -> None:
    if key not in post:
        return
    try:
        value = convert(post[key])
    except ValueError:
        edits.errors.append(message)
        return
    if value != current:
        store(value)


def _task_edits(index: int, task: dict, post, edits: ReviewEdits) -> None:
    prefix, changed = f"t{index}-", {}
    for name in TASK_TEXT_FIELDS:
        if prefix + name in post:
            value = post[prefix + name].strip()
            if value != (task.get(name) or ""):
                changed[name] = value or (None if name in ("group", "notes") else "")
    for name in TASK_LIST_FIELDS:
        if prefix + name in post and _lines(post[prefix + name]) != list(task.get(name) or []):
            changed[name] = _lines(post[prefix + name])
    what = f"Nhiệm vụ {task.get('id') or index + 1}"
    _converted(post, prefix + "budget", task.get("budget_million_vnd"), _number,
               f"{what}: kinh phí phải là số (triệu đồng).", edits, lambda v: changed.__setitem__("budget_million_vnd", v))
    deadline = _deadline_edit(prefix, task.get("deadline") or {}, post, what, edits)
    if deadline is not None:
        changed["deadline"] = deadline
    if changed:
        edits.task_edits[index] = changed
    if post.get(prefix + "remove"):
        edits.removed.append(index)


def _deadline_edit(prefix: str, deadline: dict, post, what: str, edits: ReviewEdits) -> dict | None:
    if prefix + "deadline_kind" not in post:
        return None
    try:
        start = parse_vn_date(post.get(prefix + "deadline_start", ""))
        end = parse_vn_date(post.get(prefix + "deadline_end", ""))
    except ValueError:
        edits.errors.append(f"{what}: ngày của thời hạn phải theo dạng dd/mm/yyyy.")
        return None
    kind = post[prefix + "deadline_kind"]
    if (kind, start, end) == (deadline.get("kind"), deadline.get("start"), deadline.get("end")):
        return None
    new = dict(deadline) if kind == deadline.get("kind") else {}
    new.update({"kind": kind, "start": start, "end": end})
    return new


def edits_from_post(parsed: dict, post) -> ReviewEdits:
    edits = ReviewEdits()
    _plan_edits(parsed, post, edits)
    for index, task in enumerate(parsed.get("tasks") or []):
        _task_edits(index, task, post, edits)
    index = 0
    while f"a{index}-name" in post:
        edits.mapping[post[f"a{index}-name"]] = post.get(f"a{index}-choice", "")
        index += 1
    return edits


def agency_names(parsed: dict) -> list[str]:
    """Every agency name the plan uses, in order of first appearance."""
    names: dict[str, None] = {}
    for task in parsed.get("tasks") or []:
        for name in [*(task.get("lead") or []), *(task.get("coordinating") or [])]:
            names.setdefault(name, None)
    for target in parsed.get("targets") or []:
        for name in [*(target.get("lead") or []), *(target.get("monitor") or [])]:
            names.setdefault(name, None)
    return list(names)


def agency_suggestions(parsed: dict) -> list[Suggestion]:
    province = Province.objects.filter(name=(parsed["plan"].get("province") or "").strip()).first()
    return [suggest(name, province) for name in agency_names(parsed)]
