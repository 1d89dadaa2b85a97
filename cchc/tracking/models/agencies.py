"""Provinces and agencies: the hierarchy tỉnh -> sở/ban/ngành, huyện, xã, with merges and renames."""
from __future__ import annotations

from django.db import models

from cchc.importer.text import fold


class Province(models.Model):
    name = models.CharField("tên tỉnh", max_length=100, unique=True)  # without the word "tỉnh"

    class Meta:
        ordering = ["name"]
        verbose_name = "tỉnh"
        verbose_name_plural = "tỉnh"

    def __str__(self) -> str:
        return self.name


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "peoples_committee", "UBND tỉnh và văn phòng"
    DEPARTMENT = "department", "Sở, ban, ngành"
    DISTRICT = "district", "Cấp huyện"
    COMMUNE = "commune", "Cấp xã"
    COLLECTIVE = "collective", "Nhóm cơ quan"
    OTHER = "other", "Khác"


class Agency(models.Model):
    """One agency of a province, or a collective ("Các sở, ban, ngành", "UBND cấp huyện").

    A collective names a whole tier: `members_kind` says which, so an officer of any agency of that
    kind may report on the collective's tasks. When an agency is merged or renamed, `successor`
    points to the agency that takes over and its open tasks pass to it (see actions.merge_agencies).
    """

    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="agencies",
                                 null=True, blank=True, verbose_name="tỉnh")
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="children", verbose_name="cơ quan cấp trên")
    key = models.CharField("mã trong danh mục", max_length=100, blank=True, db_index=True)
    name = models.CharField("tên cơ quan", max_length=255)
    aliases = models.JSONField("tên gọi khác", default=list, blank=True)
    kind = models.CharField("loại", max_length=32, choices=AgencyKind.choices, default=AgencyKind.OTHER)
    members_kind = models.CharField("nhóm gồm các cơ quan loại", max_length=32, blank=True,
                                    choices=AgencyKind.choices)
    successor = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="predecessors", verbose_name="cơ quan kế thừa")
    succeeded_on = models.DateField("ngày hợp nhất / đổi tên", null=True, blank=True)
    is_active = models.BooleanField("đang hoạt động", default=True)
    folded_name = models.CharField(max_length=255, editable=False, db_index=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)   # moves the filter menus' cache key

    class Meta:
        ordering = ["province__name", "name"]
        verbose_name = "cơ quan"
        verbose_name_plural = "cơ quan"
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="agency_unique_name_per_province"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.folded_name = fold(self.name)
        super().save(*args, **kwargs)

    def current(self) -> "Agency":
        """The agency that carries this one's duties today (itself unless merged or renamed)."""
        agency, seen = self, {self.pk}
        while agency.successor_id and agency.successor_id not in seen:
            seen.add(agency.successor_id)
            agency = agency.successor
        return agency

    def all_names(self) -> list[str]:
        return [self.name, *[a for a in self.aliases if a != self.name]]
