"""The structured plan: what the importer produces, in the shape of shared/gold/SCHEMA.md."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .document import Notice

AREAS = ("chi_dao_dieu_hanh", "the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu",
         "tai_chinh_cong", "hien_dai_hoa", "mot_cua", "other")
DEADLINE_KINDS = ("date", "period", "multi", "recurring", "continuous", "relative", "none")
EVERY = ("week", "month", "quarter", "half_year", "year")


@dataclass
class Milestone:
    text: str
    end: str | None  # ISO date


@dataclass
class Deadline:
    kind: str = "none"
    start: str | None = None  # ISO dates
    end: str | None = None
    milestones: list[Milestone] = field(default_factory=list)  # kind "multi"
    every: list[str] = field(default_factory=list)  # kind "recurring"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end}
        if self.kind == "multi":
            d["milestones"] = [asdict(m) for m in self.milestones]
        if self.kind == "recurring":
            d["every"] = self.every[0] if len(self.every) == 1 else list(self.every)
        return d


@dataclass
class Target:
    text: str
    value: float
    unit: str  # "%" or "count"
    comparator: str  # ">=", "=", "<="
    year: int | None = None
    area: str | None = None
    lead: list[str] = field(default_factory=list)
    monitor: list[str] = field(default_factory=list)
    lineno: int | None = None

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "unit": self.unit, "comparator": self.comparator,
                "year": self.year, "area": self.area, "lead": self.lead, "monitor": self.monitor}


@dataclass
class Task:
    id: str
    area: str
    area_heading: str
    title: str
    group: str | None = None
    outputs: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    coordinating: list[str] = field(default_factory=list)
    deadline_text: str = ""
    deadline: Deadline = field(default_factory=Deadline)
    budget_million_vnd: float | None = None
    notes: str | None = None
    lineno: int | None = None

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget_million_vnd
        if budget is not None and float(budget).is_integer():
            budget = int(budget)
        return {"id": self.id, "area": self.area, "area_heading": self.area_heading,
                "group": self.group, "title": self.title, "outputs": self.outputs,
                "lead": self.lead, "coordinating": self.coordinating,
                "deadline_text": self.deadline_text, "deadline": self.deadline.to_dict(),
                "budget_million_vnd": budget, "notes": self.notes}


@dataclass
class PlanInfo:
    province: str | None = None
    title: str | None = None
    kind: str = "annual"
    period_start: int | None = None
    period_end: int | None = None
    decision_number: str | None = None
    decision_date: str | None = None
    issuer: str = "UBND tỉnh"
    total_budget_million_vnd: float | None = None


@dataclass
class ReportDue:
    """One reporting deadline the plan states (chế độ báo cáo), e.g. quarter I before 05/03."""

    period: str  # "quarter_1".."quarter_4", "half_year", "nine_months", "year", "quarter"
    level: str  # "agency" (agencies -> Sở Nội vụ) or "department" (Sở Nội vụ -> UBND tỉnh)
    day: int
    month: int | None  # None: relative to the quarter ("ngày 05 tháng cuối quý")
    text: str = ""


@dataclass
class Plan:
    document: str
    info: PlanInfo = field(default_factory=PlanInfo)
    targets: list[Target] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    reporting: list[ReportDue] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        info = asdict(self.info)
        total = info["total_budget_million_vnd"]
        if total is not None and float(total).is_integer():
            info["total_budget_million_vnd"] = int(total)
        return {"document": self.document, "plan": info,
                "targets": [t.to_dict() for t in self.targets],
                "tasks": [t.to_dict() for t in self.tasks],
                "reporting": [asdict(r) for r in self.reporting]}
