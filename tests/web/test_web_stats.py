"""Plan overview figures and SVG charts."""
import datetime as dt
from decimal import Decimal

from cchc.tracking import actions
from cchc.tracking.charts import Bar, bar_chart
from cchc.tracking.deadline_status import DeadlineStatus
from cchc.tracking.models import TaskStatus
from cchc.tracking.stats import plan_figures
from cchc.tracking.templatetags.vi_format import money, vn_date, vn_number

from conftest import gold_plan, task_led_by


def test_plan_figures_add_up(plan, agency_a, officer_a):
    task = task_led_by(plan, agency_a)
    actions.update_task_progress(task, officer_a, TaskStatus.DONE, 100, "Xong")
    figures, tasks = plan_figures(plan, today=dt.date(2021, 6, 15))
    data = gold_plan()
    assert figures.total == len(tasks) == len(data["tasks"])
    assert sum(row.tasks for row in figures.areas) == figures.total
    assert figures.budget_total == Decimal(936) == sum(row.budget for row in figures.areas)
    assert figures.finished == 1 and figures.by_deadline[DeadlineStatus.DONE] == 1
    assert sum(figures.by_deadline.values()) == figures.total
    lead = next(row for row in figures.lead_agencies if row.agency == agency_a)
    expected = sum(1 for t in data["tasks"] if "Sở Nội vụ" in t["lead"])
    assert lead.tasks == expected and lead.finished == 1
    # on 15/06/2021 the first-quarter tasks are overdue
    assert figures.by_deadline[DeadlineStatus.OVERDUE] >= sum(
        1 for t in data["tasks"] if t["deadline"]["end"] and t["deadline"]["end"] < "2021-06-15") - 1


def test_bar_chart_is_accessible_svg_with_escaped_labels():
    svg = bar_chart("Kinh phí <theo> lĩnh vực", [Bar("Cải cách <thể chế>", 90, display="90 triệu đồng"), Bar("Khác", 0)])
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title>Kinh phí &lt;theo&gt; lĩnh vực</title>" in svg
    assert "Cải cách &lt;thể chế&gt;" in svg and "90 triệu đồng" in svg


def test_vietnamese_formats():
    assert vn_number(Decimal("1234567.5")) == "1.234.567,5"
    assert money(936) == "936 triệu đồng"
    assert money(None) == "—"
    assert vn_date(dt.date(2026, 2, 17)) == "17/02/2026"
    assert vn_date("2021-03-31") == "31/03/2021"
