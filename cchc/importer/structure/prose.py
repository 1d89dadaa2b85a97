"""Tasks of a plan without a task table: the lettered items of its "Nhiệm vụ" / "Nội dung" part.

Such plans list under "II. NỘI DUNG" (or "NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP") one numbered
part per reform area and lettered items "a)", "b)" in each. An item's title is its first
sentence; sub-bullets belong to the item. Lead agencies are filled only where the item
itself opens with them ("Các sở, ban, ngành ... tiến hành rà soát ..."); a year the item
commits to ("Đến năm 2015, ...") is its deadline.
"""
from __future__ import annotations

import re

from ..fields.agencies import split_agencies
from ..fields.areas import area_code
from ..fields.deadlines import parse_deadline
from ..plan import Deadline, Task
from ..text import fold_words
from .outline import LETTER, NUMBER, ROMAN, Paragraph, section
from .targets import sentences

_TASK_PART = re.compile(r"^(noi dung|nhiem vu)\b")
_AGENCY_SUBJECT = re.compile(
    r"^((?:các|Các)\s+(?:sở|Sở)|Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Ban\s)(?P<rest>.{0,160}?)\s+"
    r"(?=tiến hành|có trách nhiệm|chịu trách nhiệm|chủ động|chủ trì|thực hiện|triển khai|xây dựng|rà soát|"
    r"tổ chức|phối hợp|tham mưu|báo cáo)")
_LEAD_IN = re.compile(r"^(Trên cơ sở|Căn cứ|Để|Nhằm|Với|Theo|Sau khi)\b")
_UNTIL_YEAR = re.compile(r"\b[Đđ]ến (?:hết )?năm (\d{4})")


def prose_tasks(paragraphs: list[Paragraph], year: int | None) -> list[Task]:
    part = _task_part(paragraphs)
    if part is None:
        return []
    tasks: list[Task] = []
    area_heading, area, number = "", "other", ""
    for p in part:
        if p.kind == NUMBER:
            area_heading, area, number = p.text.rstrip(". :"), area_code(p.text), p.marker
        elif p.kind == LETTER and number:
            tasks.append(_task(f"{number}.{p.marker}", p, area, area_heading, year))
    return tasks


def _task_part(paragraphs: list[Paragraph]) -> list[Paragraph] | None:
    for i, p in enumerate(paragraphs):
        if p.kind == ROMAN and _TASK_PART.match(fold_words(p.text)):
            return section(paragraphs, i)
    return None


def _first_sentence(parts: list[str]) -> str:
    """The item's first sentence; a lead-in phrase cut off by a stray full stop keeps its clause."""
    first = parts[0]
    if _LEAD_IN.match(first) and len(parts) > 1:
        rest = parts[1]
        first = f"{first.rstrip('.')}, {rest[0].lower()}{rest[1:]}"
    return first


def _task(task_id: str, item: Paragraph, area: str, heading: str, year: int | None) -> Task:
    text = item.text
    parts = sentences(text)
    title = _first_sentence(parts) if parts else text
    task = Task(id=task_id, area=area, area_heading=heading, title=title.rstrip(".;: "), lineno=item.lineno)
    for sentence in parts:
        m = _AGENCY_SUBJECT.match(sentence)
        if m:
            task.lead = split_agencies(sentence[:m.end()])
            break
    m = _UNTIL_YEAR.search(text)
    if m:
        task.deadline_text = m.group(0)
        task.deadline = parse_deadline(m.group(0), year, annual=False)
    else:
        task.deadline = Deadline()
    return task
