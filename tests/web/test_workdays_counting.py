"""The bisecting working-day calendar agrees with counting day by day, over random spans."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.tracking import workdays

days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))


def count_by_walking(start: dt.date, end: dt.date) -> int:
    if end < start:
        return -count_by_walking(end, start)
    total, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        total += workdays.is_working_day(day)
    return total


def step_by_walking(day: dt.date, n: int) -> dt.date:
    direction, remaining = (1 if n >= 0 else -1), abs(n)
    if remaining == 0:
        while not workdays.is_working_day(day):
            day += dt.timedelta(days=1)
        return day
    while remaining:
        day += dt.timedelta(days=direction)
        remaining -= workdays.is_working_day(day)
    return day


@settings(max_examples=300, deadline=None)
@given(days, st.integers(min_value=-700, max_value=700))
def test_counting_matches_walking(start, span):
    end = start + dt.timedelta(days=span)
    assert workdays.working_days_between(start, end) == count_by_walking(start, end)


@settings(max_examples=300, deadline=None)
@given(days, st.integers(min_value=-300, max_value=300))
def test_stepping_matches_walking(start, n):
    assert workdays.add_working_days(start, n) == step_by_walking(start, n)


def test_configured_days_change_the_calendar(settings):
    saturday = dt.date(2026, 5, 9)
    assert not workdays.is_working_day(saturday)
    settings.CCHC_EXTRA_WORKING_DAYS = ["2026-05-09"]
    assert workdays.is_working_day(saturday)
    assert workdays.working_days_between(dt.date(2026, 5, 8), dt.date(2026, 5, 11)) == 2
