"""Vietnamese working days: Monday to Friday, minus public holidays (holidays.Vietnam: Tết Dương
lịch, Tết Nguyên đán by the lunar calendar, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh and the days
off the government substitutes), adjusted by the settings

    CCHC_EXTRA_DAYS_OFF       extra days off announced for the year (ISO dates)
    CCHC_EXTRA_WORKING_DAYS   Saturdays worked in exchange for a bridge day off (ISO dates)
"""
from __future__ import annotations

import bisect
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
    return _parse_dates(tuple(str(v) for v in getattr(settings, name, []) or []))


@functools.lru_cache(maxsize=16)
def _parse_dates(values: tuple[str, ...]) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(value) for value in values)


def _calendar() -> "_Calendar":
    """The working-day calendar for the current settings (cached per configuration, so overrides apply)."""
    return _calendar_for(_configured_dates("CCHC_EXTRA_WORKING_DAYS"), _configured_dates("CCHC_EXTRA_DAYS_OFF"))


@functools.lru_cache(maxsize=16)
def _calendar_for(extra_working: frozenset[dt.date], extra_off: frozenset[dt.date]) -> "_Calendar":
    return _Calendar(extra_working, extra_off)


class _Calendar:
    """Working days of each year as a sorted list of ordinals: counting and stepping by bisection
    instead of walking day by day (deadline lists ask this for thousands of tasks)."""

    def __init__(self, extra_working: frozenset[dt.date], extra_off: frozenset[dt.date]) -> None:
        self.extra_working, self.extra_off = extra_working, extra_off
        self._years: dict[int, list[int]] = {}

    def is_working(self, day: dt.date) -> bool:
        if day in self.extra_working:
            return True
        if day in self.extra_off:
            return False
        return day.weekday() < 5 and day not in public_holidays(day.year)

    def year(self, year: int) -> list[int]:
        days = self._years.get(year)
        if days is None:
            first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
            days = [o for o in range(first, last + 1) if self.is_working(dt.date.fromordinal(o))]
            self._years[year] = days
        return days

    def count_up_to(self, day: dt.date) -> int:
        """Working days from 1 January of `day`'s year up to and including `day`."""
        return bisect.bisect_right(self.year(day.year), day.toordinal())

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (start <= end)."""
        total = self.count_up_to(end) - self.count_up_to(start)
        for year in range(start.year, end.year):
            total += len(self.year(year))
        return total

    def step(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after `day` (before it when n < 0)."""
        year, ordinal = day.year, day.toordinal()
        days = self.year(year)
        if n > 0:
            index = bisect.bisect_right(days, ordinal) + n - 1
            while index >= len(days):
                index -= len(days)
                year += 1
                days = self.year(year)
        else:
            index = bisect.bisect_left(days, ordinal) + n
            while index < 0:
                year -= 1
                days = self.year(year)
                index += len(days)
        return dt.date.fromordinal(days[index])


def is_working_day(day: dt.date) -> bool:
    return _calendar().is_working(day)


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The working day `n` working days after `day` (before it when `n` < 0); `day` itself not counted.

    `add_working_days(d, 0)` is `d` if it is a working day, else the next working day.
    """
    calendar = _calendar()
    if n == 0:
        return day if calendar.is_working(day) else calendar.step(day, 1)
    return calendar.step(day, n)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return _calendar().between(start, end)
