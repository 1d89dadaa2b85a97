"""The reporting regime a plan states ("chế độ báo cáo"): which report is due by which date.

Three phrasings cover most plans:
* dates first: "hoàn thành trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng) ...";
* reports first: "BC 6 tháng gửi trước ngày 05/6; BC năm gửi trước ngày 25/11",
  "BC quý gửi trước ngày 05 tháng cuối cùng của quý";
* cycles, each with its date in brackets, after one "báo cáo ... định kỳ": "định kỳ hằng quý (trước
  ngày 10 của tháng cuối quý), 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11)".
Clauses about the Department of Home Affairs consolidating ("Sở Nội vụ tổng hợp") give the
department's own due dates (level "department"); the others are the agencies' (level "agency").
A plan may instead list its reports in a table ("DANH MỤC BÁO CÁO ĐỊNH KỲ": "Nội dung báo cáo | Cơ quan
thực hiện | Thời hạn"); `_schedule_dues` reads its rows.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..plan import ReportDue
from ..text import fold

_PERIOD = r"(quý\s+(?:I{1,3}|IV|[1-4])|quý|6\s*tháng(?:\s+đầu\s+năm)?|9\s*tháng|năm|hằng năm|hàng năm|chuyên đề)"
_DATE = r"(\d{1,2})\s*(?:/\s*(\d{1,2})|\s+(?:của\s+)?tháng\s+cuối(?:\s+cùng)?\s+(?:của\s+)?quý)"
_DATE_THEN_REPORT = re.compile(rf"(?:ngày\s+)?\b{_DATE}\s*\(\s*(?:báo cáo|BC)\s+{_PERIOD}\s*\)", re.IGNORECASE)
_REPORT_THEN_DATE = re.compile(
    rf"(?:báo cáo|BC)\s+{_PERIOD}(?:\s*,\s*(?:báo cáo|BC)\s+[\wÀ-ỹ ]+?)?\s+(?:gửi\s+|hoàn thành\s+)?"
    rf"(?:trước|chậm nhất)\s+(?:ngày\s+)?{_DATE}", re.IGNORECASE)
_CYCLE_THEN_DATE = re.compile(
    rf"(?:hằng\s+|hàng\s+)?{_PERIOD}\s*\(\s*(?:gửi\s+)?(?:trước|chậm nhất)\s+(?:ngày\s+)?{_DATE}[^()]{{0,20}}\)", re.IGNORECASE)
_CELL_DATE = re.compile(rf"{_DATE}|(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\b", re.IGNORECASE)   # ... or "10 tháng 3"
_PERIOD_IN_TITLE = re.compile(rf"(?<!\w){_PERIOD}(?!\w)", re.IGNORECASE)
_DEPARTMENT = re.compile(r"sở nội vụ\s+(tổng hợp|dự thảo|xây dựng báo cáo)|trình ubnd tỉnh|trình ủy ban", re.IGNORECASE)
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def find_reporting(text: str, schedule: Sequence[tuple[str, str, str]] = ()) -> list[ReportDue]:
    """Dues stated in the plan's sentences, then those of its tables of reports (`_schedule_dues`)."""
    dues: list[ReportDue] = []
    for clause in _clauses(text):
        level = "department" if _DEPARTMENT.search(clause) else "agency"
        for m in _DATE_THEN_REPORT.finditer(clause):
            _add(dues, m.group(3), m.group(1), m.group(2), level, m.group(0))
        for m in (*_REPORT_THEN_DATE.finditer(clause), *_CYCLE_THEN_DATE.finditer(clause)):
            _add(dues, m.group(1), m.group(2), m.group(3), level, m.group(0))
    _schedule_dues(dues, schedule)
    return dues


def _schedule_dues(dues: list[ReportDue], rows: Sequence[tuple[str, str, str]]) -> None:
    """Dues of a table of reports, from each row's (report, agency that sends it, due date): "Báo cáo CCHC
    quý I", "Các sở, ban, ngành", "Trước ngày 10/3/2015". The Department of Home Affairs' own reports are
    its dues to the province (level "department")."""
    for report, agency, due in rows:
        periods = [m.group(1) for m in _PERIOD_IN_TITLE.finditer(report)]
        date = _CELL_DATE.search(due)
        if not periods or not date:
            continue
        # "Báo cáo CCHC năm 2015 quý I": the quarter, not the year it falls in
        period = next((p for p in periods if _period(p) != "year"), periods[0])
        day, month = (date.group(1), date.group(2)) if date.group(1) else (date.group(3), date.group(4))
        level = "department" if fold(agency).strip() == "so noi vu" else "agency"
        _add(dues, period, day, month, level, f"{report}: {due}")


def _clauses(text: str) -> list[str]:
    """Bullets and sentences that talk about report dates; a consolidation clause starts a new one."""
    text = re.sub(r"\s+", " ", text)
    parts = re.split(r"(?<=[.;])\s+-\s+|\s+-\s+(?=Sở Nội vụ)|(?<=\.)\s+(?=[A-ZĐ])", text)
    return [p for p in parts if "trước" in p and re.search(r"báo cáo|BC", p, re.IGNORECASE)]


def _add(dues: list[ReportDue], period_text: str, day: str, month: str | None, level: str, source: str) -> None:
    period = _period(period_text)
    if period is None:
        return
    due = ReportDue(period=period, level=level, day=int(day), month=int(month) if month else None,
                    text=source.strip())
    if not (1 <= due.day <= 31) or (due.month is not None and not 1 <= due.month <= 12):
        return
    if all((d.period, d.level) != (due.period, due.level) for d in dues):
        dues.append(due)


def _period(text: str) -> str | None:
    words = fold(text).split()
    if not words:
        return None
    if words[0] == "quy":
        return f"quarter_{_ROMAN_Q[words[1]]}" if len(words) > 1 and words[1] in _ROMAN_Q else "quarter"
    if words[0] == "6":
        return "half_year"
    if words[0] == "9":
        return "nine_months"
    if words[-1] == "nam":
        return "year"
    return None
