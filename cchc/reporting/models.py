"""Reporting regime of a plan: periods, agency reports with their review, and indicator values."""
from __future__ import annotations

from django.conf import settings
from django.db import models

from cchc.tracking.models import Agency, Plan, Province, ReformArea, Target, Task, TaskStatus

from .periods import PERIOD_CODES


class ProvinceReportingDefaults(models.Model):
    """A province's own due dates where a plan states none: {"quarter|agency": [5, null], ...}."""

    province = models.OneToOneField(Province, on_delete=models.CASCADE, related_name="reporting_defaults")
    dues = models.JSONField("hạn báo cáo mặc định", default=dict)

    class Meta:
        verbose_name = "hạn báo cáo mặc định của tỉnh"
        verbose_name_plural = "hạn báo cáo mặc định của tỉnh"


class ReportingPeriod(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reporting_periods")
    code = models.CharField("kỳ", max_length=16, choices=[(c, c) for c in PERIOD_CODES])
    year = models.PositiveSmallIntegerField("năm")
    start = models.DateField("số liệu từ ngày")
    end = models.DateField("số liệu đến ngày")
    due_agency = models.DateField("hạn cơ quan gửi Sở Nội vụ")
    due_department = models.DateField("hạn Sở Nội vụ trình UBND tỉnh")
    label = models.CharField("tên kỳ", max_length=40)

    class Meta:
        ordering = ["plan", "due_agency"]
        constraints = [models.UniqueConstraint(fields=["plan", "code", "year"], name="one_period_per_plan")]
        verbose_name = "kỳ báo cáo"
        verbose_name_plural = "kỳ báo cáo"

    def __str__(self) -> str:
        return f"{self.label} — {self.plan}"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Đang soạn"
    SUBMITTED = "submitted", "Đã nộp"
    RETURNED = "returned", "Bị trả lại"
    APPROVED = "approved", "Được duyệt"


class AgencyReport(models.Model):
    """One agency's report for one period. Approved = locked for that agency until an administrator reopens it."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reports")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="reports")
    status = models.CharField("tình trạng", max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    first_submitted_at = models.DateTimeField("nộp lần đầu", null=True, blank=True)
    submitted_at = models.DateTimeField("nộp lần gần nhất", null=True, blank=True)
    reviewed_at = models.DateTimeField("xem xét lúc", null=True, blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    review_comment = models.TextField("ý kiến của Sở Nội vụ", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["period", "agency__name"]
        constraints = [models.UniqueConstraint(fields=["period", "agency"], name="one_report_per_agency_period")]
        verbose_name = "báo cáo của cơ quan"
        verbose_name_plural = "báo cáo của cơ quan"

    def __str__(self) -> str:
        return f"{self.agency} — {self.period.label}"

    @property
    def is_locked(self) -> bool:
        return self.status == ReportStatus.APPROVED

    @property
    def is_editable(self) -> bool:
        return self.status in (ReportStatus.DRAFT, ReportStatus.RETURNED)


class ReportTaskLine(models.Model):
    """Progress of one task in the period, as the agency reports it (pre-filled from its task updates)."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="task_lines")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+")
    status = models.CharField("tình trạng", max_length=16, choices=TaskStatus.choices)
    percent = models.PositiveSmallIntegerField("tiến độ (%)", default=0)
    note = models.TextField("kết quả, ghi chú", blank=True)

    class Meta:
        ordering = ["report", "task__position"]
        constraints = [models.UniqueConstraint(fields=["report", "task"], name="one_line_per_task")]


class AreaNarrative(models.Model):
    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="narratives")
    area = models.ForeignKey(ReformArea, on_delete=models.PROTECT, related_name="+")
    results = models.TextField("kết quả đạt được", blank=True)
    shortcomings = models.TextField("tồn tại, hạn chế", blank=True)
    causes = models.TextField("nguyên nhân", blank=True)
    proposals = models.TextField("đề xuất, kiến nghị", blank=True)

    class Meta:
        ordering = ["report", "area__position"]
        constraints = [models.UniqueConstraint(fields=["report", "area"], name="one_narrative_per_area")]


class Indicator(models.Model):
    """A plan target measured each period: a percentage as numerator / denominator, or a count."""

    target = models.OneToOneField(Target, on_delete=models.CASCADE, related_name="indicator")
    numerator_label = models.CharField("tử số", max_length=500, blank=True)
    denominator_label = models.CharField("mẫu số", max_length=500, blank=True)
    owner = models.ForeignKey(Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="indicators",
                              verbose_name="cơ quan chịu trách nhiệm")

    class Meta:
        ordering = ["target__plan", "target__position"]
        verbose_name = "chỉ số theo dõi"
        verbose_name_plural = "chỉ số theo dõi"

    def __str__(self) -> str:
        return self.target.text[:80]

    @property
    def is_ratio(self) -> bool:
        return self.target.unit == "%"


class IndicatorValue(models.Model):
    """An agency's figures for an indicator in a period (from its report or an imported spreadsheet)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="indicator_values")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="indicator_values")
    numerator = models.DecimalField("tử số / giá trị", max_digits=14, decimal_places=2, null=True, blank=True)
    denominator = models.DecimalField("mẫu số", max_digits=14, decimal_places=2, null=True, blank=True)
    source = models.CharField("nguồn", max_length=32, default="report")  # "report" or "xlsx"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["indicator", "period", "agency"], name="one_value")]
        verbose_name = "số liệu chỉ số"
        verbose_name_plural = "số liệu chỉ số"
