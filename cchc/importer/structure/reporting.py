"""The reporting regime a plan states ("chế độ báo cáo"): which report is due by which date.

Three phrasings cover most plans:
* dates first: "hoàn thành trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng) ...";
* reports first: "BC 6 tháng gửi trước ngày 05/6; BC năm gửi trước ngày 25/11",
  "BC quý gửi trước ngày 05 tháng cuối cùng của quý";
* cycles, each with its date in brackets, after one "báo cáo ... định kỳ": "định kỳ hằng quý (trước
  ngày 10 của tháng cuối quý), 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11)".
Clauses about the Department of Home Affairs consolidating ("Sở Nội vụ tổng hợp") give the
department's own due dates (level "department"); the others are the agencies' (level "agency").
"""
from __future__ import annotations

import re

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
_DEPARTMENT = re.compile(r"sở nội vụ\s+(tổng hợp|dự thảo|xây dựng báo cáo)|trình ubnd tỉnh|trình ủy ban", re.IGNORECASE)
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def find_reporting(text: str) -> list[ReportDue]:
    dues: list[ReportDue] = []
    for clause in _clauses(text):
        level = "department" if _DEPARTMENT.search(clause) else "agency"
        for m in _DATE_THEN_REPORT.finditer(clause):
            _add(dues, m.group(3), m.group(1), m.group(2), level, m.group(0))
        for m in (*_REPORT_THEN_DATE.finditer(clause), *_CYCLE_THEN_DATE.finditer(clause)):
            _add(dues, m.group(1), m.group(2), m.group(3), level, m.group(0))
    return dues


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
