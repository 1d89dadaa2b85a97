"""Vietnamese working days with real holidays (holidays.Vietnam) and configured compensatory days."""
import datetime as dt

from cchc.tracking.workdays import add_working_days, holiday_name, is_working_day, working_days_between

D = dt.date


def test_tet_2026_is_five_days_off():
    # Tết Bính Ngọ: 16/02/2026 (29 Tết) to 20/02/2026 are days off
    for day in range(16, 21):
        assert not is_working_day(D(2026, 2, day))
    assert is_working_day(D(2026, 2, 13))
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert holiday_name(D(2026, 2, 17)) == "Tết Nguyên Đán"


def test_reunification_and_labour_day_2026_skip_to_monday():
    # 30/4 (Thursday) and 1/5 (Friday)
    assert add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)


def test_hung_kings_on_sunday_gives_monday_off():
    # Giỗ Tổ Hùng Vương 10/3 âm lịch falls on Sunday 26/04/2026 -> Monday 27/04 off
    assert not is_working_day(D(2026, 4, 27))
    assert add_working_days(D(2026, 4, 24), 1) == D(2026, 4, 28)


def test_national_day_2025():
    # 1/9 and 2/9/2025 (Monday, Tuesday)
    assert add_working_days(D(2025, 8, 29), 1) == D(2025, 9, 3)


def test_configured_working_saturday_and_extra_day_off(settings):
    saturday = D(2026, 3, 7)
    assert not is_working_day(saturday)
    settings.CCHC_EXTRA_WORKING_DAYS = ["2026-03-07"]
    settings.CCHC_EXTRA_DAYS_OFF = ["2026-03-09"]
    assert is_working_day(saturday)
    assert not is_working_day(D(2026, 3, 9))
    assert add_working_days(D(2026, 3, 6), 2) == D(2026, 3, 10)


def test_backwards_zero_and_between():
    assert add_working_days(D(2026, 2, 23), -1) == D(2026, 2, 13)
    assert add_working_days(D(2026, 2, 14), 0) == D(2026, 2, 23)  # Saturday before Tết week
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 24)) == 2
    assert working_days_between(D(2026, 2, 24), D(2026, 2, 13)) == -2
