"""A plan document being imported: parsed JSON kept in the database until it is confirmed.

A slow document (a scan read by OCR) is parsed in the background: the import waits in PARSING,
then becomes PENDING (ready for review) or FAILED (with the reason in `error`).
"""
from __future__ import annotations

from django.conf import settings
from django.db import models


class PendingImport(models.Model):
    class Status(models.TextChoices):
        PARSING = "parsing", "Đang đọc tệp"
        FAILED = "failed", "Không đọc được"
        PENDING = "pending", "Chờ xác nhận"
        CONFIRMED = "confirmed", "Đã nhập"
        DISCARDED = "discarded", "Đã hủy"

    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+", verbose_name="người tải lên")
    created_at = models.DateTimeField("tải lên lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    source_name = models.CharField("tên tệp", max_length=255)
    source_file = models.FileField("tệp gốc", upload_to="plans/%Y/%m/", blank=True)
    source_text = models.TextField("văn bản đọc được", blank=True)
    parsed = models.JSONField("kế hoạch đã phân tích")  # Plan.to_dict(), edited by the reviewer
    notices = models.JSONField("cảnh báo", default=list, blank=True)  # [{"message", "lineno"}]
    agency_mapping = models.JSONField("ánh xạ cơ quan", default=dict, blank=True)  # name -> agency id
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField("lý do không đọc được", blank=True)
    plan = models.ForeignKey("tracking.Plan", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="imports", verbose_name="kế hoạch")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "kế hoạch chờ nhập"
        verbose_name_plural = "kế hoạch chờ nhập"

    def __str__(self) -> str:
        return self.source_name
