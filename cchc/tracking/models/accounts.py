"""Who a user is in the application: a role, and for officers the agency they report for."""
from __future__ import annotations

from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "Quản trị (Sở Nội vụ)"
    OFFICER = "officer", "Cán bộ cơ quan"
    LEADER = "leader", "Lãnh đạo"


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField("vai trò", max_length=16, choices=Role.choices, default=Role.OFFICER)
    agency = models.ForeignKey("tracking.Agency", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="officers", verbose_name="cơ quan")
    full_name = models.CharField("họ và tên", max_length=150, blank=True)

    class Meta:
        verbose_name = "hồ sơ người dùng"
        verbose_name_plural = "hồ sơ người dùng"

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.get_role_display()})"
