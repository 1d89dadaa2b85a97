"""The province's periodic report: gathers approved agency reports, task states and indicators
into the context that `documents.render_docx` / `render_annex_xlsx` write out."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.utils import timezone

from cchc.tracking.deadline_status import DeadlineStatus, deadline_status
from cchc.tracking.models import ReformArea, TaskStatus
from cchc.tracking.models.plans import FINISHED_STATUSES

from .actions import NARRATIVE_FIELDS, expected_agencies
from .models import AreaNarrative, Indicator, ReportingPeriod, ReportStatus
from .status import indicator_result, period_rates


def report_context(period: ReportingPeriod, today: dt.date | None = None) -> dict:
    today = today or timezone.localdate()
    plan = period.plan
    tasks = list(plan.tasks.filter(is_active=True).select_related("area").prefetch_related("task_agencies__agency"))
    rates = period_rates(period, expected_agencies(plan))
    return {
        "province": plan.province.name, "date": today, "period_label": period.label,
        "areas": _narratives(period),
        "completion": _completion(tasks, today),
        "targets": _targets(period),
        "reports": {"expected": rates.expected, "received": rates.received, "on_time": rates.on_time},
    }


def _narratives(period: ReportingPeriod) -> list[dict]:
    """Each area's narrative: the approved reports' texts, each introduced by its agency."""
    texts: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    narratives = AreaNarrative.objects.filter(report__period=period, report__status=ReportStatus.APPROVED) \
        .select_related("report__agency", "area").order_by("area__position", "report__agency__name")
    areas = {}
    for n in narratives:
        areas[n.area_id] = n.area
        for name in NARRATIVE_FIELDS:
            text = getattr(n, name).strip()
            if text:
                texts[n.area_id][name].append(f"{n.report.agency.name}: {text}")
    return [{"name": areas[a].name, **{f: " ".join(texts[a][f]) or "Không có." for f in NARRATIVE_FIELDS}}
            for a in sorted(areas, key=lambda a: areas[a].position)]


def _completion(tasks, today: dt.date) -> list[dict]:
    """Task counts per reform area, then per lead agency."""
    by_area: dict[ReformArea, list] = defaultdict(list)
    by_agency: dict[str, list] = defaultdict(list)
    for task in tasks:
        by_area[task.area].append(task)
        for link in task.task_agencies.all():
            if link.role == "lead" and link.ended_on is None:
                by_agency[link.agency.name].append(task)
    # Each task's deadline status once: it counts working days, which is slow for old deadlines.
    overdue = {t.pk for t in tasks
               if t.status not in FINISHED_STATUSES and deadline_status(t, today).status == DeadlineStatus.OVERDUE}
    rows = [_counts(area.name, group, overdue, "area") for area, group in sorted(by_area.items(),
                                                                                 key=lambda kv: kv[0].position)]
    rows += [_counts(name, group, overdue, "agency") for name, group in sorted(by_agency.items())]
    return rows


def _counts(name: str, tasks, overdue: set[int], kind: str) -> dict:
    done = sum(t.status in FINISHED_STATUSES for t in tasks)
    late = sum(t.pk in overdue for t in tasks)
    doing = sum(t.status == TaskStatus.IN_PROGRESS and t.pk not in overdue for t in tasks)
    return {"name": name, "total": len(tasks), "done": done, "doing": doing, "late": late, "kind": kind}


def _targets(period: ReportingPeriod) -> list[dict]:
    rows = []
    for indicator in Indicator.objects.filter(target__plan=period.plan, target__is_active=True) \
            .select_related("target").order_by("target__position"):
        result = indicator_result(indicator, period)
        rows.append({"text": indicator.target.text, "planned": float(indicator.target.value),
                     "actual": float(result.value) if result.value is not None else None,
                     "verdict": result.verdict})
    return rows
