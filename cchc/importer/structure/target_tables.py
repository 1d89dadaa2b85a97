"""Numeric targets written as a table of indicators rather than in running text.

Many plans list their targets in an appendix: "STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2024 | Cơ quan
chủ trì | Cơ quan theo dõi", rows such as "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn | % | ≥ 98", often
under area rows ("I. Cải cách thủ tục hành chính"). The table is typed like a task table (`rows.target_tables`);
each indicator row gives one target per figure column, the indicator as written being its text. Its year is
the figure column header's ("Năm 2025"), else the one the indicator names ("... đến năm 2025"), else the
plan's; a header may also give the figures' unit ("Kế hoạch 2024 (%)"). A sub-indicator too short to stand alone ("1.1 | Mức độ 3" under "1 | Tỷ lệ TTHC cung cấp trực
tuyến") is read after its group's indicator. A table without figure column states each target inside the
indicator cell ("100% hồ sơ ... đúng hạn"), read as a target sentence.
"""
from __future__ import annotations

from ..document import Table
from ..fields.agencies import split_agencies, split_roles
from ..fields.areas import area_code, guess_area
from ..fields.bullets import trim
from ..fields.targets import parse_targets, parse_value_cell, target_year
from ..plan import Target
from ..text import clean, fold_words
from .columns import LEAD, MONITOR, TITLE, UNIT, is_value_role
from .rows import Row, TaskTable, target_tables


def table_targets(tables: list[Table], default_year: int | None) -> list[Target]:
    """The targets of every table of targets among `tables`, in table order."""
    targets: list[Target] = []
    for table in target_tables(tables):
        targets.extend(_targets_of_table(table, default_year))
    return targets


_SHORT_INDICATOR_WORDS = 4  # "Mức độ 3", "Cấp huyện": a sub-indicator that only its group makes a target


def _targets_of_table(table: TaskTable, default_year: int | None) -> list[Target]:
    found: list[Target] = []
    area: str | None = None
    group: Row | None = None
    for row in table.rows:
        if row.kind == "heading":
            area, group = _area(row), None
        elif row.kind == "letter":  # "A. Chỉ tiêu cấp tỉnh": a part of the table, an area only if it names one
            area, group = _area(row) or area, None
        elif row.kind == "group":
            group = row
        elif row.kind == "task":
            for target in _row_targets(row, _group_title(row, group), table, default_year):
                target.area = area or target.area
                found.append(target)
    return found


def _area(heading: Row) -> str | None:
    code = area_code(heading.title)
    return code if code != "other" else None


def _group_title(row: Row, group: Row | None) -> str:
    """The group's indicator when `row` is numbered beneath it ("1" over "1.1")."""
    nested = group is not None and row.number.startswith(group.number + ".")
    return indicator_text(group.title) if nested else ""


def _row_targets(row: Row, group: str, table: TaskTable, default_year: int | None) -> list[Target]:
    lead = split_agencies(_lead_cell(row.cells.get(LEAD, "")))
    monitor = split_agencies(row.cells.get(MONITOR, ""))
    value_roles = [r for r in table.columns.roles if is_value_role(r)]
    if not value_roles:
        return _targets_in_indicator(row, default_year, lead, monitor)
    text = indicator_text(row.cells.get(TITLE, ""))
    if group and len(text.split()) <= _SHORT_INDICATOR_WORDS:
        text = f"{group}: {text}"
    unit_cell = _unit_cell(row.cells.get(UNIT, ""), text)
    targets = []
    for role in value_roles:
        figure = parse_value_cell(row.cells.get(role, ""), unit_cell or table.columns.value_units.get(role, ""))
        if figure is None or not text:
            continue  # "Đạt", "x", an empty cell: no figure to hold
        value, unit, comparator = figure
        year = table.columns.value_years.get(role) or target_year(text) or default_year
        targets.append(Target(text=text, value=value, unit=unit, comparator=comparator, year=year,
                              area=guess_area(text), lead=list(lead), monitor=list(monitor), lineno=row.lineno))
    return targets


def _targets_in_indicator(row: Row, default_year: int | None, lead: list[str],
                          monitor: list[str]) -> list[Target]:
    """"100% hồ sơ TTHC được giải quyết đúng hạn" in the indicator cell: a target sentence; the agency
    columns name who delivers and who follows it unless the sentence itself does."""
    targets = parse_targets(" ".join(row.cells.get(TITLE, "").split()), default_year)
    for target in targets:
        target.lead = target.lead or list(lead)
        target.monitor = target.monitor or list(monitor)
        target.lineno = row.lineno
    return targets


def _lead_cell(cell: str) -> str:
    """The lead side of an agency cell naming both roles ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính"):
    those who only coordinate neither deliver nor follow the target."""
    roles = split_roles(cell)
    return roles[0] if roles else cell


def indicator_text(cell: str) -> str:
    """The indicator cell on one line, without the colon or full stop it may end with."""
    return trim(clean(" ".join(cell.split())))


def _unit_cell(unit: str, indicator: str) -> str:
    """The row's unit; a rate ("Tỷ lệ ...") without a unit cell is a percentage."""
    if not unit.strip() and fold_words(indicator).startswith("ty le "):
        return "%"
    return unit
