"""Tasks of a plan without a task table: the lettered items of its "Nhiệm vụ" / "Nội dung" part.

Such plans list under "II. NỘI DUNG" (or "NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP") one numbered
part per reform area and lettered items "a)", "b)" in each. An item's title is its first
sentence; sub-bullets belong to the item. Lead agencies are filled only where the item
itself names them: opening the item ("Các sở, ban, ngành ... tiến hành rà soát ..."), labelled
("Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: ...; thời gian hoàn thành: Quý II/2019") or in
a closing parenthesis ("(Sở Nội vụ chủ trì; thời gian thực hiện: thường xuyên)"); the labelled
time, else a year the item commits to ("Đến năm 2015, ..."), is its deadline.
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

_TASK_PART = re.compile(r"^((?:cac|nhung) )?(noi dung|nhiem vu)\b")
_AGENCY_SUBJECT = re.compile(
    r"^((?:các|Các)\s+(?:sở|Sở)|Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Ban\s)(?P<rest>.{0,160}?)\s+"
    r"(?=tiến hành|có trách nhiệm|chịu trách nhiệm|chủ động|chủ trì|thực hiện|triển khai|xây dựng|rà soát|"
    r"tổ chức|phối hợp|tham mưu|báo cáo)")
_LEAD_IN = re.compile(r"^(Trên cơ sở|Căn cứ|Để|Nhằm|Với|Theo|Sau khi)\b")
_UNTIL_YEAR = re.compile(r"\b[Đđ]ến (?:hết )?năm (\d{4})")
# labelled responsibilities and time inside an item; a value runs to ";", ")" or the sentence's end
_VALUE = r"\s*:\s*(?P<value>[^;()]+?)\s*(?=[;)]|\.\s|\.?$)"
_LABELLED_LEAD = re.compile(r"(?:cơ quan|đơn vị)?\s*chủ trì" + _VALUE, re.IGNORECASE)
_LABELLED_COORDINATING = re.compile(r"(?:cơ quan|đơn vị)?\s*phối hợp" + _VALUE, re.IGNORECASE)
_LABELLED_TIME = re.compile(r"(?:thời gian|thời hạn|tiến độ)(?: hoàn thành| thực hiện)?" + _VALUE, re.IGNORECASE)
_CLAUSE_LEAD = re.compile(r"[(;]\s*(?P<value>[A-ZĐÀ-Ỹ][^();:]{2,120}?)\s+chủ trì\b")  # "(Sở Nội vụ chủ trì; ..."
_RESPONSIBILITY_NOTE = re.compile(r"\s*\([^()]*(?:chủ trì|phối hợp|thời gian|thời hạn)[^()]*\)\s*$", re.IGNORECASE)


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
    title = _RESPONSIBILITY_NOTE.sub("", title.rstrip(".;: "))
    task = Task(id=task_id, area=area, area_heading=heading, title=title.rstrip(".;: "), lineno=item.lineno)
    task.lead = _labelled_lead(text) or _subject_lead(parts)
    coordinating = _LABELLED_COORDINATING.search(text)
    task.coordinating = split_agencies(coordinating["value"]) if coordinating else []
    time = _LABELLED_TIME.search(text) or _UNTIL_YEAR.search(text)
    if time:
        task.deadline_text = time["value"] if "value" in time.groupdict() else time.group(0)
        task.deadline = parse_deadline(task.deadline_text, year, annual=False)
    else:
        task.deadline = Deadline()
    return task


def _labelled_lead(text: str) -> list[str]:
    m = _LABELLED_LEAD.search(text) or _CLAUSE_LEAD.search(text)
    return split_agencies(m["value"]) if m else []


def _subject_lead(parts: list[str]) -> list[str]:
    """Agencies that open a sentence of the item as its subject."""
    for sentence in parts:
        m = _AGENCY_SUBJECT.match(sentence)
        if m:
            return split_agencies(sentence[:m.end()])
    return []
