"""Reporting periods: Decree 09/2019 cut-off windows and due dates from the plan's own regime."""
from datetime import date

import pytest

from cchc.importer import parse_file
from cchc.reporting.periods import quarter_of, schedule, window
from tests.importer.paths import seed


@pytest.mark.parametrize("code, start, end", [
    ("quarter_1", date(2020, 12, 15), date(2021, 3, 14)),
    ("quarter_2", date(2021, 3, 15), date(2021, 6, 14)),
    ("quarter_4", date(2021, 9, 15), date(2021, 12, 14)),
    ("half_year", date(2020, 12, 15), date(2021, 6, 14)),
    ("nine_months", date(2020, 12, 15), date(2021, 9, 14)),
    ("year", date(2020, 12, 15), date(2021, 12, 14)),
])
def test_decree_09_windows(code, start, end):
    assert window(code, 2021) == (start, end)


def test_quarter_of_a_day_follows_the_windows():
    assert quarter_of(date(2020, 12, 20)) == ("quarter_1", 2021)
    assert quarter_of(date(2021, 3, 14)) == ("quarter_1", 2021)
    assert quarter_of(date(2021, 3, 15)) == ("quarter_2", 2021)
    assert quarter_of(date(2021, 12, 14)) == ("quarter_4", 2021)


def test_defaults_without_a_stated_regime():
    periods = {p.code: p for p in schedule(2021)}
    assert periods["quarter_3"].due_agency == date(2021, 9, 5)
    assert periods["quarter_3"].due_department == date(2021, 9, 10)
    assert periods["year"].due_agency == date(2021, 11, 25)
    assert periods["quarter_2"].label == "Quý II/2021" and periods["half_year"].label == "6 tháng 2021"


def test_binh_phuoc_regime_from_the_plan_text():
    plan = parse_file(seed("001"))
    regime = [r for r in plan.to_dict()["reporting"]]
    periods = {p.code: p for p in schedule(2018, regime)}
    assert periods["quarter_1"].due_agency == date(2018, 3, 5)
    assert periods["half_year"].due_agency == date(2018, 6, 5)
    assert periods["quarter_3"].due_agency == date(2018, 9, 5)
    assert periods["year"].due_agency == date(2018, 12, 1)


def test_gia_lai_regime_with_relative_quarter_days():
    regime = [{"period": "quarter", "level": "agency", "day": 5, "month": None},
              {"period": "quarter", "level": "department", "day": 10, "month": None},
              {"period": "year", "level": "department", "day": 2, "month": 12}]
    periods = {p.code: p for p in schedule(2017, regime)}
    assert periods["quarter_2"].due_agency == date(2017, 6, 5)
    assert periods["quarter_4"].due_department == date(2017, 12, 10)
    assert periods["year"].due_department == date(2017, 12, 2)
