"""Reporting periods of a plan year, their data cut-off windows and due dates per level.

Decree 09/2019/NĐ-CP fixes the cut-off windows: a quarter's figures run from the 15th of the
month before the quarter to the 14th of its last month; the half-year from 15/12 of the year
before to 14/06; nine months to 14/09; the year to 14/12. Due dates come from the plan's own
reporting regime ("chế độ báo cáo", found by the importer) and otherwise from the province's
defaults: agencies report to the Department of Home Affairs ("agency" level), which
consolidates for the Provincial People's Committee ("department" level).

Pure Python: no Django, so the schedule can be computed and tested on its own.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

QUARTERS = ("quarter_1", "quarter_2", "quarter_3", "quarter_4")
PERIOD_CODES = QUARTERS + ("half_year", "nine_months", "year")
LEVELS = ("agency", "department")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# Province defaults when a plan states no regime (day, month); month None = the period's last month.
DEFAULT_DUES: dict[tuple[str, str], tuple[int, int | None]] = {
    ("quarter", "agency"): (5, None), ("quarter", "department"): (10, None),
    ("half_year", "agency"): (5, 6), ("half_year", "department"): (10, 6),
    ("nine_months", "agency"): (5, 9), ("nine_months", "department"): (10, 9),
    ("year", "agency"): (25, 11), ("year", "department"): (2, 12),
}


@dataclass(frozen=True)
class Period:
    code: str  # one of PERIOD_CODES
    year: int
    start: date  # first day of the data window
    end: date  # last day of the data window
    due_agency: date  # agencies -> Sở Nội vụ
    due_department: date  # Sở Nội vụ -> UBND tỉnh

    @property
    def label(self) -> str:
        if self.code in QUARTERS:
            return f"Quý {_ROMAN[int(self.code[-1])]}/{self.year}"
        return {"half_year": "6 tháng", "nine_months": "9 tháng", "year": "Năm"}[self.code] + f" {self.year}"

    def due(self, level: str) -> date:
        return self.due_agency if level == "agency" else self.due_department


def last_month(code: str) -> int:
    if code in QUARTERS:
        return 3 * int(code[-1])
    return {"half_year": 6, "nine_months": 9, "year": 12}[code]


def window(code: str, year: int) -> tuple[date, date]:
    """The data cut-off window of Decree 09/2019/NĐ-CP."""
    end_month = last_month(code)
    if code in QUARTERS:
        first_month = end_month - 3  # the month before the quarter
        start = date(year - 1, 12, 15) if first_month == 0 else date(year, first_month, 15)
    else:
        start = date(year - 1, 12, 15)
    return start, date(year, end_month, 14)


def schedule(year: int, regime: list[dict] | None = None,
             defaults: dict[tuple[str, str], tuple[int, int | None]] | None = None) -> list[Period]:
    """Every period of `year`, with due dates from `regime` (the plan's `reporting` list) or defaults."""
    dues = dict(DEFAULT_DUES if defaults is None else defaults)
    for item in regime or []:
        dues[(item["period"], item["level"])] = (int(item["day"]), item.get("month"))
    periods = []
    for code in PERIOD_CODES:
        start, end = window(code, year)
        periods.append(Period(code, year, start, end, *(_due(dues, code, level, year) for level in LEVELS)))
    return periods


def _due(dues: dict, code: str, level: str, year: int) -> date:
    key = next(k for k in ((code, level), ("quarter", level) if code in QUARTERS else (code, level),
                           ("year", level)) if k in dues)
    day, month = dues[key]
    month = month or last_month(code)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def quarter_of(day: date) -> tuple[str, int]:
    """The quarter whose data window holds `day`: 20/12/2020 counts in quarter I of 2021."""
    year = day.year + 1 if (day.month, day.day) >= (12, 15) else day.year
    for code in QUARTERS:
        start, end = window(code, year)
        if start <= day <= end:
            return code, year
    raise AssertionError("the four windows cover the year")  # pragma: no cover
