"""Vietnamese formatting for templates: dates dd/mm/yyyy, numbers 1.234,5, money in triệu đồng."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def vn_date(value) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if timezone.is_aware(value) \
            else value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


@register.filter
def vn_number(value, decimals: int = 1) -> str:
    """1234.5 -> "1.234,5"; integers keep no decimals."""
    if value in (None, ""):
        return ""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        text = f"{int(number):,}"
    else:
        text = f"{number:,.{int(decimals)}f}"
    return text.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")


@register.filter
def money(value) -> str:
    """Millions of VND as a Vietnamese reader expects: "1.250,5 triệu đồng"."""
    if value in (None, ""):
        return "—"
    return f"{vn_number(value)} triệu đồng"


@register.filter
def lines(value) -> str:
    """A list as one item per line (for textareas)."""
    return "\n".join(value or [])


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)


@register.filter
def audit_action(code: str) -> str:
    from ..audit_labels import action_label

    return action_label(code)


@register.filter
def audit_field(field: str) -> str:
    from ..audit_labels import field_label

    return field_label(field)


@register.filter
def audit_value(value) -> str:
    from ..audit_labels import value_label

    return value_label(value)
