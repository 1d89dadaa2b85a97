"""Vietnamese formatting for reports: "ngày 05 tháng 6 năm 2021", "1.234,5", "1.234,5 triệu đồng"."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def date_short(day: date | None) -> str:
    """dd/mm/yyyy, the form officials write in tables."""
    return day.strftime("%d/%m/%Y") if day else ""


def date_words(day: date) -> str:
    """The form of a document's date line; months 1 and 2 keep a leading zero as officials write them."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def number(value: float | int | Decimal | None, decimals: int = 1) -> str:
    """1234.5 -> "1.234,5": dot for thousands, comma for decimals; trailing zeros dropped."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    frac = frac.rstrip("0")
    return f"{sign}{groups},{frac}" if frac else f"{sign}{groups}"


def money(million_vnd: float | int | Decimal | None) -> str:
    return f"{number(million_vnd)} triệu đồng" if million_vnd is not None else ""


def percent(value: float | None) -> str:
    return f"{number(value)}%" if value is not None else "không có số liệu"
