"""Vietnamese working days: Monday to Friday, minus public holidays (holidays.Vietnam: Tết Dương
lịch, Tết Nguyên đán by the lunar calendar, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh and the days
off the government substitutes), adjusted by the settings

    CCHC_EXTRA_DAYS_OFF       extra days off announced for the year (ISO dates)
    CCHC_EXTRA_WORKING_DAYS   Saturdays worked in exchange for a bridge day off (ISO dates)
"""
from __future__ import annotations

import datetime as dt
import functools

import holidays
from django.conf import settings


@functools.lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.Vietnam(years=year))


def holiday_name(day: dt.date) -> str | None:
    """The Vietnamese name of the holiday on `day`, if any."""
    return holidays.Vietnam(years=day.year, language="vi").get(day)


def _configured_dates(name: str) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(str(value)) for value in getattr(settings, name, []) or [])


def is_working_day(day: dt.date) -> bool:
    if day in _configured_dates("CCHC_EXTRA_WORKING_DAYS"):
        return True
    if day in _configured_dates("CCHC_EXTRA_DAYS_OFF"):
        return False
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The working day `n` working days after `day` (before it when `n` < 0); `day` itself not counted.

    `add_working_days(d, 0)` is `d` if it is a working day, else the next working day.
    """
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    current = day
    if remaining == 0:
        while not is_working_day(current):
            current += dt.timedelta(days=1)
        return current
    while remaining:
        current += dt.timedelta(days=step)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count, current = 0, start
    while current < end:
        current += dt.timedelta(days=1)
        count += is_working_day(current)
    return count
