"""What reminders were sent: one row per agency and attempt, so that a reminder goes out once a day."""
from __future__ import annotations

from django.db import models


class ReminderLog(models.Model):
    class Status(models.TextChoices):
        SENT = "sent", "Đã gửi"
        FAILED = "failed", "Gửi lỗi"

    agency = models.ForeignKey("tracking.Agency", on_delete=models.CASCADE, related_name="reminders",
                               verbose_name="cơ quan")
    sent_on = models.DateField("ngày nhắc", db_index=True)  # the local day the reminder is about
    sent_at = models.DateTimeField("thời điểm gửi", auto_now_add=True)
    recipients = models.JSONField("người nhận", default=list)
    task_ids = models.JSONField("nhiệm vụ", default=list)  # sorted ids, the identity of the reminder
    overdue = models.PositiveIntegerField("số nhiệm vụ quá hạn", default=0)
    due_soon = models.PositiveIntegerField("số nhiệm vụ sắp đến hạn", default=0)
    subject = models.CharField("tiêu đề", max_length=255, blank=True)
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices)
    error = models.TextField("lỗi", blank=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["agency", "sent_on"])]
        verbose_name = "lần nhắc việc"
        verbose_name_plural = "nhật ký nhắc việc"

    def __str__(self) -> str:
        return f"{self.sent_on:%d/%m/%Y} {self.agency} ({self.get_status_display()})"
