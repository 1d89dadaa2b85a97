"""The plan's stated total budget, checked against the sum of the task rows."""
from __future__ import annotations

from ..document import Document, Notice
from ..fields.money import find_stated_total, parse_money, parse_vietnamese_number
from ..plan import Plan
from .columns import BUDGET, columns_from_header
from .rows import TaskTable, is_total_row


def check_budget(plan: Plan, doc: Document, tables: list[TaskTable]) -> None:
    in_table, in_text = _table_total(tables), _text_total(doc)
    total = in_table if in_table is not None else in_text if in_text is not None else _summary_total(doc)
    plan.info.total_budget_million_vnd = total
    if in_table is not None and in_text is not None and abs(in_table - in_text) > 0.001:
        plan.notices.append(Notice(
            f"Tổng kinh phí ghi trong văn bản ({in_text:g} triệu đồng) khác dòng Tổng cộng của bảng "
            f"({in_table:g} triệu đồng); đã lấy số của bảng."))
    amounts = [t.budget_million_vnd for t in plan.tasks if t.budget_million_vnd is not None]
    if total is None or not amounts:
        return
    rows_sum = round(sum(amounts), 3)
    if abs(rows_sum - total) > 0.001:
        plan.notices.append(Notice(
            f"Tổng kinh phí ghi trong văn bản ({total:g} triệu đồng) khác tổng các dòng nhiệm vụ "
            f"({rows_sum:g} triệu đồng)."))


def _table_total(tables: list[TaskTable]) -> float | None:
    """What the task table's "Tổng cộng" row states, in figures or in words."""
    for table in tables:
        text = table.total_text()
        if text:
            found = find_stated_total(text)
            if found:
                return found[0]
            amount = parse_money(text.split("(")[0].replace("Tổng cộng", ""), table.columns.budget_scale) or \
                (parse_vietnamese_number(text) or 0) * table.columns.budget_scale
            if amount:
                return amount
    return None


def _text_total(doc: Document) -> float | None:
    """The total the text states ("Tổng kinh phí thực hiện Kế hoạch là 936 triệu đồng")."""
    found = find_stated_total("\n".join(line.text for line in doc.lines()))
    return found[0] if found else None


def _summary_total(doc: Document) -> float | None:
    """The "Tổng cộng" row of a table that sums the budget up apart from the tasks ("Lĩnh vực | Kinh phí")."""
    for table in doc.tables():
        columns = columns_from_header(table.rows[:1])
        budget = columns.roles.get(BUDGET)
        total = next((row for row in table.rows if is_total_row(row)), None)
        if budget is not None and total is not None and budget < len(total):
            amount = parse_money(total[budget], columns.budget_scale)
            if amount is not None:
                return amount
    return None
