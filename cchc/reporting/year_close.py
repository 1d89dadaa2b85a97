"""End of a plan year: each task's final state, tasks to carry over, targets against last year's."""
from __future__ import annotations

from dataclasses import dataclass

from cchc.tracking.models import Plan, Task
from cchc.tracking.models.plans import CLOSED_STATUSES

from .models import ReportingPeriod
from .status import indicator_result


@dataclass
class TargetComparison:
    text: str
    planned: float
    this_year: float | None
    last_year: float | None


def carried_over(plan: Plan) -> list[Task]:
    """Tasks still open at the year's end: proposed for next year's plan."""
    return list(plan.tasks.filter(is_active=True).exclude(status__in=CLOSED_STATUSES).select_related("area"))


def previous_plan(plan: Plan) -> Plan | None:
    if not plan.period_end:
        return None
    return Plan.objects.filter(province=plan.province, kind=plan.kind, period_end=plan.period_end - 1) \
        .order_by("-version").first()


def compare_targets(plan: Plan) -> list[TargetComparison]:
    """This year's results against last year's for targets worded alike (matched by text similarity)."""
    from rapidfuzz import fuzz

    this_period = ReportingPeriod.objects.filter(plan=plan, code="year").first()
    last = previous_plan(plan)
    last_period = ReportingPeriod.objects.filter(plan=last, code="year").first() if last else None
    last_results = {}
    if last_period:
        for target in last.targets.filter(is_active=True):
            if hasattr(target, "indicator"):
                last_results[target.text] = indicator_result(target.indicator, last_period).value
    rows = []
    for target in plan.targets.filter(is_active=True):
        this_value = indicator_result(target.indicator, this_period).value \
            if this_period and hasattr(target, "indicator") else None
        match = max(last_results, key=lambda t: fuzz.ratio(t, target.text), default=None)
        last_value = last_results[match] if match and fuzz.ratio(match, target.text) >= 80 else None
        rows.append(TargetComparison(target.text, float(target.value),
                                     float(this_value) if this_value is not None else None,
                                     float(last_value) if last_value is not None else None))
    return rows
