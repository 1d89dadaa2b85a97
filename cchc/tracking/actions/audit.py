"""Writing audit entries. Values are stored as JSON: dates as ISO text, decimals as numbers,
model instances as their primary key."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import models

from ..models import AuditEntry


def json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def record(user, action: str, obj: models.Model, field: str = "", old: Any = None, new: Any = None) -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        username=user.get_username() if user is not None and user.is_authenticated else "hệ thống",
        action=action, object_type=obj._meta.model_name, object_id=str(obj.pk),
        object_repr=str(obj)[:255], field=field, old=json_value(old), new=json_value(new))


def apply_changes(user, action: str, obj: models.Model, values: dict[str, Any]) -> list[str]:
    """Set `values` on `obj`, record one entry per field that really changes; return those fields."""
    changed = []
    for field, new in values.items():
        old = getattr(obj, field)
        if json_value(old) == json_value(new):
            continue
        setattr(obj, field, new)
        record(user, action, obj, field=field, old=old, new=new)
        changed.append(field)
    return changed
