"""Plans, reform areas, targets and tasks as imported from a plan document."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from cchc.importer.text import fold

from .agencies import Agency, Province


class PlanKind(models.TextChoices):
    ANNUAL = "annual", "Kế hoạch năm"
    MULTI_YEAR = "multi_year", "Kế hoạch giai đoạn"
    THEMATIC = "thematic", "Kế hoạch chuyên đề"


class ReformArea(models.Model):
    """The canonical reform areas of shared/gold/SCHEMA.md (seeded by migration 0002)."""

    code = models.CharField("mã", max_length=32, unique=True)
    name = models.CharField("lĩnh vực", max_length=150)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = "lĩnh vực cải cách"
        verbose_name_plural = "lĩnh vực cải cách"

    def __str__(self) -> str:
        return self.name


class Plan(models.Model):
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="plans", verbose_name="tỉnh")
    title = models.TextField("tên kế hoạch")
    kind = models.CharField("loại", max_length=16, choices=PlanKind.choices, default=PlanKind.ANNUAL)
    period_start = models.PositiveSmallIntegerField("từ năm", null=True, blank=True)
    period_end = models.PositiveSmallIntegerField("đến năm", null=True, blank=True)
    decision_number = models.CharField("số quyết định", max_length=64, blank=True)
    decision_date = models.DateField("ngày quyết định", null=True, blank=True)
    issuer = models.CharField("cơ quan ban hành", max_length=100, default="UBND tỉnh")
    total_budget_million_vnd = models.DecimalField("tổng kinh phí (triệu đồng)", max_digits=14,
                                                   decimal_places=2, null=True, blank=True)
    source_name = models.CharField("tệp nguồn", max_length=255, blank=True)
    source_file = models.FileField("tệp gốc", upload_to="plans/%Y/%m/", blank=True)
    source_text = models.TextField("văn bản nguồn", blank=True)
    reporting = models.JSONField("chế độ báo cáo", default=list, blank=True)  # importer's ReportDue list
    notices = models.JSONField("cảnh báo khi nhập", default=list, blank=True)
    imported_at = models.DateTimeField("nhập lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+", verbose_name="người nhập")
    version = models.PositiveIntegerField("lần nhập", default=1)
    folded_title = models.TextField(editable=False, blank=True)

    class Meta:
        ordering = ["-period_end", "province__name", "title"]
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.folded_title = fold(self.title)
        super().save(*args, **kwargs)

    @classmethod
    def mark_changed(cls, plans: models.QuerySet | None = None, pk: int | None = None) -> None:
        """Move `updated_at` when a plan's tasks or agencies change: cached overviews are keyed by it."""
        rows = plans if plans is not None else cls.objects.filter(pk=pk)
        rows.update(updated_at=timezone.now())

    @property
    def period_label(self) -> str:
        if self.period_start and self.period_end and self.period_start != self.period_end:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_end or self.period_start or "")


class Target(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    position = models.PositiveIntegerField(default=0)
    text = models.TextField("chỉ tiêu")
    value = models.DecimalField("giá trị", max_digits=12, decimal_places=2)
    unit = models.CharField("đơn vị", max_length=16)  # "%" or "count"
    comparator = models.CharField("so sánh", max_length=2)  # ">=", "=", "<="
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    area = models.ForeignKey(ReformArea, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    lead_names = models.JSONField("cơ quan chủ trì (như văn bản)", default=list, blank=True)
    monitor_names = models.JSONField("cơ quan theo dõi (như văn bản)", default=list, blank=True)
    lead_agencies = models.ManyToManyField(Agency, blank=True, related_name="led_targets")
    monitor_agencies = models.ManyToManyField(Agency, blank=True, related_name="monitored_targets")
    is_active = models.BooleanField(default=True)  # False when a re-import dropped it

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"

    def __str__(self) -> str:
        return self.text[:80]


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Chưa triển khai"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    DONE = "done", "Hoàn thành"
    DONE_LATE = "done_late", "Hoàn thành quá hạn"
    FAILED = "failed", "Không thực hiện được"


FINISHED_STATUSES = (TaskStatus.DONE, TaskStatus.DONE_LATE)
CLOSED_STATUSES = (*FINISHED_STATUSES, TaskStatus.FAILED)


class Task(models.Model):
    """One row of the plan's task appendix. Deadline fields hold the importer's normalised deadline."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks", verbose_name="kế hoạch")
    number = models.CharField("số thứ tự", max_length=32)  # the row's numbering path: "I.1.2"
    position = models.PositiveIntegerField(default=0)
    area = models.ForeignKey(ReformArea, on_delete=models.PROTECT, related_name="tasks", verbose_name="lĩnh vực")
    area_heading = models.CharField("đề mục", max_length=255, blank=True)
    group = models.CharField("nhóm nhiệm vụ", max_length=500, blank=True)
    title = models.TextField("nhiệm vụ")
    outputs = models.JSONField("sản phẩm", default=list, blank=True)
    lead_names = models.JSONField("cơ quan chủ trì (như văn bản)", default=list, blank=True)
    coordinating_names = models.JSONField("cơ quan phối hợp (như văn bản)", default=list, blank=True)
    agencies = models.ManyToManyField(Agency, through="TaskAgency", through_fields=("task", "agency"),
                                      related_name="tasks")
    deadline_text = models.CharField("thời hạn (như văn bản)", max_length=500, blank=True)
    deadline_kind = models.CharField("loại thời hạn", max_length=16, default="none")
    deadline_start = models.DateField("bắt đầu", null=True, blank=True)
    deadline_end = models.DateField("hạn hoàn thành", null=True, blank=True)
    deadline_every = models.JSONField("chu kỳ", default=list, blank=True)  # ["month", "quarter", ...]
    deadline_milestones = models.JSONField("mốc", default=list, blank=True)  # [{"text", "end"}]
    budget_million_vnd = models.DecimalField("kinh phí (triệu đồng)", max_digits=14, decimal_places=2,
                                             null=True, blank=True)
    notes = models.TextField("ghi chú", blank=True)
    status = models.CharField("tình trạng", max_length=16, choices=TaskStatus.choices,
                              default=TaskStatus.NOT_STARTED, db_index=True)
    percent = models.PositiveSmallIntegerField("tiến độ (%)", default=0)
    completed_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    last_update_at = models.DateTimeField("cập nhật tiến độ gần nhất", null=True, blank=True)
    is_active = models.BooleanField("còn hiệu lực", default=True)  # False when a re-import dropped it
    search_text = models.TextField(editable=False, blank=True)  # folded: accent-insensitive search
    # Derived from the deadline and the plan's period on every save: see deadline_status.overdue_after
    overdue_after = models.DateField("quá hạn sau ngày", null=True, blank=True, editable=False)

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        indexes = [models.Index(fields=["is_active", "status", "overdue_after"], name="task_overdue_idx")]

    def __str__(self) -> str:
        return f"{self.number} {self.title[:80]}"

    def save(self, *args, **kwargs) -> None:
        from ..deadline_status import overdue_after  # that module imports this one

        self.overdue_after = overdue_after(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "overdue_after" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "overdue_after"]
        super().save(*args, **kwargs)
        Plan.mark_changed(pk=self.plan_id)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def active_agencies(self, role: str | None = None):
        links = self.task_agencies.filter(ended_on__isnull=True)
        if role:
            links = links.filter(role=role)
        return [link.agency for link in links.select_related("agency")]

    def refresh_search_text(self) -> None:
        """Fold every searchable text, including the canonical names of linked agencies."""
        linked = [link.agency.name for link in self.task_agencies.filter(ended_on__isnull=True)
                  .select_related("agency")] if self.pk else []
        parts = [self.number, self.title, self.group, self.area_heading, *self.outputs, *self.lead_names,
                 *self.coordinating_names, *linked, self.deadline_text, self.notes]
        self.search_text = fold(" ".join(p for p in parts if p))


class AgencyRole(models.TextChoices):
    LEAD = "lead", "Chủ trì"
    COORDINATING = "coordinating", "Phối hợp"


class TaskAgency(models.Model):
    """An agency's part in a task. A merge ends the old link (ended_on) and opens one for the successor."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="task_agencies")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="task_links")
    role = models.CharField("vai trò", max_length=16, choices=AgencyRole.choices)
    name_as_written = models.CharField("tên trong văn bản", max_length=255, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    inherited_from = models.ForeignKey(Agency, on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="+", verbose_name="nhận từ cơ quan")
    ended_on = models.DateField("kết thúc", null=True, blank=True)

    class Meta:
        ordering = ["task", "role", "position"]
        verbose_name = "cơ quan thực hiện"
        verbose_name_plural = "cơ quan thực hiện"

    def __str__(self) -> str:
        return f"{self.agency} ({self.get_role_display()})"
