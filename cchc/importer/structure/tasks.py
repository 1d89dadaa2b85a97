"""Typed table rows -> `Task`s: numbering paths, reform areas, groups and parsed fields."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import Notice
from ..fields.agencies import heading_lead, named_agencies, split_agencies, split_lead_line, split_roles
from ..fields.areas import area_code, guess_area
from ..fields.deadlines import parse_deadline
from ..fields.money import sum_money
from ..fields.outputs import split_outputs
from ..plan import Task
from ..text import fold_words
from .columns import (AMENDED, BUDGET, BUDGET_PARTS, COORDINATING, DEADLINE, LEAD, NOTES, OUTPUTS, START, TITLE,
                      Columns)
from .remarks import without_remarks
from .removed import lists_removed, says_removed
from .rows import TaskTable, roman_value, to_roman


@dataclass
class PlanContext:
    """What the rows need to know about the plan around them."""

    year: int | None
    annual: bool
    area_headings: list[str] = field(default_factory=list)  # reform areas as the body lists them
    theme_area: str | None = None   # a thematic plan's area, for the tasks whose words name none
    notices: list[Notice] = field(default_factory=list)


@dataclass
class _Section:
    letter: str = ""
    letter_title: str | None = None
    roman: str = ""
    heading: str = ""
    area: str | None = None
    group_number: str = ""
    group: str | None = None
    nested: bool = False   # the group's rows are numbered beneath it ("1.1"): a "2" after them ends it
    # whether the group's first row is numbered in digits: under "1", rows "a", "b" then a "2" numbered as
    # the group is, not as its rows, is the group's sibling
    digit_rows: bool | None = None
    # a table without a lead column whose section (or group) rows name agencies: each leads the tasks under it
    agencies: list[str] = field(default_factory=list)
    group_agencies: list[str] = field(default_factory=list)
    # tasks taken out of the plan: under the letter row, the heading row or the group row that says so
    letter_removed: bool = False
    removed: bool = False
    group_removed: bool = False


def tasks_from_tables(tables: list[TaskTable], ctx: PlanContext) -> list[Task]:
    tasks: list[Task] = []
    sections: list[_Section] = []
    removed: list[int] = []   # the lines of the tasks taken out of the plan
    openings = _areas_before_tables(tables, ctx)
    for table, opening in zip(tables, openings):
        first = len(tasks)
        section = opening or _Section()
        for row in table.rows:
            if row.kind == "letter":
                out = lists_removed(row.title)
                section = _Section(letter=row.number, letter_title=one_line(row.title) or None, letter_removed=out,
                                   removed=out)
            elif row.kind == "heading":
                title, noted = heading_lead(one_line(row.title))
                agencies = _leads_named(title, table)
                section = _Section(section.letter, section.letter_title, row.number, _heading_text(title),
                                   None if agencies else area_code(title), agencies=agencies or noted,
                                   letter_removed=section.letter_removed,
                                   removed=section.letter_removed or lists_removed(row.title))
            elif row.kind == "group":
                title, noted = heading_lead(one_line(row.title))
                section.group_number, section.group = row.number, title
                section.nested, section.group_agencies = False, _leads_named(title, table) or noted
                section.digit_rows, section.group_removed = None, lists_removed(row.title)
            elif row.kind == "task" and _is_removed(row, section, table):
                removed.append(row.lineno)
            elif row.kind == "task":
                if section.group_number and row.number.startswith(section.group_number + "."):
                    section.nested = True
                elif section.nested or _beside_group(section, row.number):
                    section.group_number, section.group, section.nested = "", None, False
                    section.group_agencies, section.digit_rows = [], None
                elif section.group_number and section.digit_rows is None:
                    section.digit_rows = row.number.isdigit()
                tasks.append(_task(row, section, table, ctx))
                sections.append(section)
        if _restates(table, tasks[first:], tasks[:first]):
            ctx.notices.append(Notice("Bảng này nhắc lại các nhiệm vụ đã có ở bảng trên (bảng dự toán kinh phí hoặc "
                                      "tổng hợp), không tính là nhiệm vụ mới.", tasks[first].lineno))
            del tasks[first:], sections[first:]
    if removed:
        ctx.notices.append(Notice(f"{len(removed)} nhiệm vụ được đưa ra khỏi kế hoạch không được nhập thành nhiệm vụ "
                                  "cần theo dõi.", removed[0]))
    _fill_missing_numbers(tasks)
    _fill_missing_areas(tasks, sections, ctx)
    _fill_blank_leads(tasks, sections, ctx)
    return tasks


def _fill_blank_leads(tasks: list[Task], sections: list[_Section], ctx: PlanContext) -> None:
    """A task that names only coordinating agencies, under a task of the same section that names a lead:
    its lead cell was left blank for "as above", as a spreadsheet that lost the cell's merge shows it (no
    plan gives a task helpers and nobody to lead them). The reviewer is told."""
    filled = []
    for i in range(1, len(tasks)):
        task, above = tasks[i], tasks[i - 1]
        if not task.lead and task.coordinating and above.lead and sections[i] is sections[i - 1]:
            task.lead = list(above.lead)
            filled.append(task)
    if filled:
        ctx.notices.append(Notice(f"{len(filled)} nhiệm vụ để trống ô cơ quan chủ trì; đã lấy cơ quan chủ trì của "
                                  "nhiệm vụ ngay trên, cần kiểm tra lại.", filled[0].lineno))


def _is_removed(row, section: _Section, table: TaskTable) -> bool:
    under = section.removed or (section.group_removed and bool(section.group_number) and
                                (row.number.startswith(section.group_number + ".") or not section.nested))
    return under or table.columns.removed or says_removed(row.cells.get(DEADLINE, "")) or \
        says_removed(row.cells.get(NOTES, ""))


_RESTATED_SHARE = 0.5


def _restates(table: TaskTable, tasks: list[Task], earlier: list[Task]) -> bool:
    """A table without deadlines whose rows name tasks an earlier table gave already: an estimate of their
    budget or a summary ("Nội dung | Đơn vị thực hiện | Dự toán"), not more tasks."""
    if DEADLINE in table.columns.roles or len(tasks) < 2:
        return False
    titles = {fold_words(task.title) for task in earlier}
    return sum(fold_words(task.title) in titles for task in tasks) >= _RESTATED_SHARE * len(tasks)


def _beside_group(section: _Section, number: str) -> bool:
    """A row numbered in the group's own style ("2" after group "1") where the group's rows are not ("a", "b")."""
    return bool(section.group_number) and section.digit_rows is not None and "." not in number and \
        number.isdigit() != section.digit_rows and number.isdigit() == section.group_number.isdigit()


def _leads_named(title: str, table: TaskTable) -> list[str]:
    """The agencies a section row names, where the table has no lead column: "I. SỞ NỘI VỤ" over the
    tasks that department leads, in a plan that assigns its tasks agency by agency."""
    return (LEAD not in table.columns.roles and named_agencies(one_line(title))) or []


def _areas_before_tables(tables: list[TaskTable], ctx: PlanContext) -> list[_Section | None]:
    """A plan that gives each reform area its own table under a numbered heading ("1. Cải cách thể chế",
    then its table): tables without area rows, as many as the body's area headings, take them in order."""
    bare = all(r.kind not in ("heading", "letter") for t in tables for r in t.rows)
    if len(tables) < 2 or not bare or len(ctx.area_headings) != len(tables):
        return [None] * len(tables)
    return [_Section(roman=str(i), heading=_heading_text(h), area=area_code(h))
            for i, h in enumerate(ctx.area_headings, start=1)]


def _task(row, section: _Section, table: TaskTable, ctx: PlanContext) -> Task:
    cells, remarks = without_remarks(row.cells)
    cells, replaced = _amended(_unglued_deadline(cells, table.columns))
    nested = bool(section.group_number) and row.number.startswith(section.group_number + ".")
    restarted = bool(section.group_number) and "." not in row.number and "." not in section.group_number
    in_group = nested or restarted
    group = section.group if in_group else section.letter_title
    deadline_cell = _deadline_cell(cells, ctx)
    lead, coordinating = _agency_cells(cells, table.columns)
    budget = _budget(cells, table.columns.budget_scale)
    # "1.1" under the Arabic area row "1" already carries its heading's number
    roman = "" if row.number.startswith(f"{section.roman}.") else section.roman
    prefix = [p for p in (section.letter, roman, section.group_number if restarted else "") if p]
    return Task(
        id=".".join(prefix + [row.number]) if row.number else "",
        area=section.area or "",
        area_heading=section.heading,
        group=group,
        title=one_line(cells.get(TITLE, "")).rstrip(";, "),
        outputs=split_outputs(cells.get(OUTPUTS, "")),
        lead=split_agencies(lead) or (section.group_agencies if in_group else []) or section.agencies,
        coordinating=split_agencies(coordinating),
        deadline_text=one_line(deadline_cell),
        deadline=parse_deadline(deadline_cell, ctx.year, ctx.annual),
        budget_million_vnd=round(budget, 3) if budget is not None else None,
        notes="; ".join(filter(None, [one_line(cells.get(NOTES, "")), *remarks, replaced])) or None,
        lineno=row.lineno,
    )


# what an amendment's cell says it does before the new wording: "Sửa đổi thành:", "Bổ sung:"
_AMENDING_LABEL = re.compile(r"^\s*(?:sửa đổi|điều chỉnh|bổ sung|thay thế)(?:\s+(?:thành|bằng|nhiệm vụ))?\s*:\s*",
                             re.IGNORECASE)


def _amended(cells: dict[str, str]) -> tuple[dict[str, str], str | None]:
    """The cells with the task as an amendment words it, and a note: the wording it replaces. The new wording is
    the amendment's cell where a label says so ("Sửa đổi thành: ...") or where the task is new; else the cell
    describes the change ("Điều chỉnh thời gian từ Quý II sang Quý IV"), which is the note."""
    cell, first = cells.get(AMENDED, "").strip(), one_line(cells.get(TITLE, ""))
    label = _AMENDING_LABEL.match(cell)
    if not cell:
        return cells, None
    if not label and first:
        return cells, one_line(cell)
    wording = cell[label.end():] if label else cell
    return cells | {TITLE: wording}, f"Nội dung trước khi sửa đổi: {first}" if first else None


# a deadline OCR ran into the agency cell before it, the gap between the columns too narrow to see
_TRAILING_DEADLINE = re.compile(r"\s+((?:[Tt]rước\s+(?:ngày\s+)?)?\d{1,2}/\d{1,2}/\d{4}|[Qq]uý\s+[IVX]+/\d{4}|"
                                r"[Tt]háng\s+\d{1,2}/\d{4}|[Tt]hường xuyên)\s*$")


def _unglued_deadline(cells: dict[str, str], columns: Columns) -> dict[str, str]:
    """"Văn phòng UBND tỉnh 30/6/2025" in the last agency cell of a row whose deadline cell is empty."""
    if DEADLINE not in columns.roles or cells.get(DEADLINE, "").strip():
        return cells
    role = next((r for r in (COORDINATING, LEAD) if cells.get(r, "").strip()), None)
    m = _TRAILING_DEADLINE.search(cells[role]) if role else None
    if not m or not cells[role][:m.start()].strip():
        return cells
    return {**cells, role: cells[role][:m.start()], DEADLINE: m.group(1)}


def _agency_cells(cells: dict[str, str], columns: Columns) -> tuple[str, str]:
    """The lead and coordinating text; a lead cell that names both roles is cut in two, the names it
    gives to coordinate joining those of the coordinating cell. One cell merged across both columns
    reaches us in each: it is the lead's ("Các sở, ban, ngành tỉnh; UBND các xã" coordinates with no one).
    Under one header for both roles, a cell that labels neither leads with its first line."""
    lead, coordinating = cells.get(LEAD, ""), cells.get(COORDINATING, "")
    if one_line(coordinating) == one_line(lead):
        coordinating = ""
    roles = split_roles(lead) or (split_lead_line(lead) if columns.lead_names_both else None)
    if roles is None:
        return lead, coordinating
    return roles[0], "; ".join(text for text in (roles[1], coordinating) if text.strip())


def _budget(cells: dict[str, str], unit: float) -> float | None:
    """The row's budget: its "Kinh phí" cell, plus the other columns under it ("Ngân sách tỉnh | Nguồn khác"),
    in million VND; `unit`: the header's unit, in million VND."""
    return sum_money([cells.get(BUDGET, ""), *cells.get(BUDGET_PARTS, "").split("\t")], unit)


# deadlines that end no window: "Bắt đầu: Tháng 01/2024 | Hoàn thành: Thường xuyên" is ongoing, not January
_NO_END = ("continuous", "recurring", "relative")


def _deadline_cell(cells: dict[str, str], ctx: PlanContext) -> str:
    """The deadline cell; "Bắt đầu | Hoàn thành" sub-columns are read as one window "start - end" where
    the end is a time."""
    start, end = one_line(cells.get(START, "")), cells.get(DEADLINE, "")
    if start and one_line(end) and start != one_line(end) and \
            parse_deadline(end, ctx.year, ctx.annual).kind not in _NO_END:
        return f"{start} - {one_line(end)}"
    return end or start


def one_line(text: str) -> str:
    return " ".join(text.split())


def _heading_text(title: str) -> str:
    return re.sub(r"^[\s.:-]+|[\s.:;]+$", "", one_line(title))


def _fill_missing_numbers(tasks: list[Task]) -> None:
    """A row whose number cell was lost takes the number before the next row's."""
    for i, task in enumerate(tasks):
        if task.id:
            continue
        nxt = tasks[i + 1].id if i + 1 < len(tasks) else ""
        prefix, _, last = nxt.rpartition(".")
        if last.isdigit() and int(last) > 1:
            task.id = f"{prefix}.{int(last) - 1}" if prefix else str(int(last) - 1)
        else:
            task.id = f"{tasks[i - 1].id}+" if i else "1"


def _fill_missing_areas(tasks: list[Task], sections: list[_Section], ctx: PlanContext) -> None:
    """Rows before the first area heading (a table whose start was cut off), or tables without
    area rows: the body's area heading the numbering points to, else the area their titles suggest,
    voted table by table (one table per area); in a single table without area rows, each task's own.
    Under a section that sorts its tasks by no reform area, each task's own too."""
    unsorted = [t for t, s in zip(tasks, sections) if s.area == "other"]
    if unsorted:   # sections that sort tasks by no reform area: "Nhiệm vụ trọng tâm", "Chỉ số PCI"
        _guess_each_area(unsorted, ctx.theme_area or "other", ctx,
                         "dòng của bảng nằm dưới tiêu đề mục không ghi lĩnh vực")
    orphans = [(t, s) for t, s in zip(tasks, sections) if s.area is None]
    by_agency = [t for t, s in orphans if s.agencies]
    if by_agency:   # sections by agency say nothing of the area
        _guess_each_area(by_agency, "other", ctx, "dòng của bảng nằm dưới dòng nhóm ghi cơ quan chủ trì, không ghi lĩnh vực")
        orphans = [(t, s) for t, s in orphans if not s.agencies]
    if not orphans or all(t.area for t, _ in orphans):
        return
    first_roman = next((s.roman for s in sections if s.roman and not s.agencies), "")
    index = roman_value(first_roman) - 2 if first_roman else -1
    if 0 <= index < len(ctx.area_headings):
        heading = ctx.area_headings[index]
        _assign_area([t for t, _ in orphans], area_code(heading), heading, to_roman(index + 1), ctx)
        return
    by_section: dict[int, list[Task]] = {}
    for task, section in orphans:
        by_section.setdefault(id(section), []).append(task)
    # one table and no area row at all: a list of tasks of every area, not the cut-off start of one
    one_list = len(by_section) == 1 and all(s.area is None for s in sections)
    for group in by_section.values():
        votes = Counter(guess_area(t.title) for t in group)
        voted = votes.most_common(1)[0][0] or ctx.theme_area or "other"   # a tie: the first row's
        if one_list:
            _guess_each_area(group, voted, ctx)
        else:
            _assign_area(group, voted, "", "", ctx)


def _guess_each_area(tasks: list[Task], fallback: str, ctx: PlanContext,
                     why: str = "dòng của bảng không có tiêu đề lĩnh vực") -> None:
    for task in tasks:
        task.area = guess_area(task.title) or fallback
    ctx.notices.append(Notice(f"{len(tasks)} {why}; đã đoán lĩnh vực theo nội dung từng nhiệm vụ.", tasks[0].lineno))


def _assign_area(tasks: list[Task], code: str, heading: str, roman: str, ctx: PlanContext) -> None:
    for task in tasks:
        task.area, task.area_heading = code, task.area_heading or heading
        if roman and "." not in task.id:
            task.id = f"{roman}.{task.id}"
    ctx.notices.append(Notice(f"{len(tasks)} dòng đầu bảng không có tiêu đề lĩnh vực; "
                              f"đã suy ra lĩnh vực \"{heading or code}\".", tasks[0].lineno))


def without_repeats(tasks: list[Task]) -> tuple[list[Task], list[Notice]]:
    """The tasks without those that repeat an earlier one in every field (an appendix pasted twice), which
    would count the plan's work and budget twice; a notice names the lines dropped."""
    kept: list[Task] = []
    dropped: list[Task] = []
    seen: set[str] = set()
    for task in tasks:
        key = repr(task.to_dict())
        (dropped if key in seen else kept).append(task)
        seen.add(key)
    if not dropped:
        return tasks, []
    lines = ", ".join(str(t.lineno) for t in dropped if t.lineno)
    where = f" (dòng {lines})" if lines else ""
    return kept, [Notice(f"Đã bỏ {len(dropped)} nhiệm vụ lặp lại y hệt nhiệm vụ ở trên{where}: phụ lục có thể "
                         "đã bị dán hai lần, cần rà soát.")]


def dedupe_ids(tasks: list[Task]) -> None:
    """Ids made unique ("IV.1", "IV.1-2"): a plan that numbers two tasks alike, in a table or in prose."""
    seen: dict[str, int] = {}
    for task in tasks:
        if task.id in seen:
            seen[task.id] += 1
            task.id = f"{task.id}-{seen[task.id]}"
        else:
            seen[task.id] = 1
