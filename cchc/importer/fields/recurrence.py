"""Cycles a deadline cell names: "Định kỳ hàng tháng", "Hàng quý, 6 tháng và năm", "hằng tuần", "mỗi quý",
"BC quý ..., BC 6 tháng ..., BC năm ..." (when no dated milestone is given), "trước ngày 15 của tháng cuối quý",
"theo chế độ báo cáo định kỳ" (the standard quarter, half-year and year reports), a bare list of report cycles
("6 tháng, năm", "Quý, 6 tháng và năm", "6 tháng và hằng năm"), and yearly cycles of multi-year plans
("trong quý IV của năm trước liền kề năm thực hiện kế hoạch"). The old spelling "quí" is read as "quý".
"""
from __future__ import annotations

import re

from ..plan import EVERY
from ..text import fold_words
from .dates import find_spans

_UNIT_WORDS = r"(?:6 thang|sau thang|nua nam|tuan|thang|quy|nam)"
# "định kỳ 6 tháng và cuối năm": the year-end report is the yearly one
_CYCLE = re.compile(rf"\b(?:dinh ky|hang|moi|tung)\s+(?P<units>{_UNIT_WORDS}(?:\s*(?:,|va|hoac)?\s*(?:hang\s+|cuoi\s+)?"
                    rf"{_UNIT_WORDS})*)(?!\s*\d)")
# "BC quý", "báo cáo 6 tháng", "báo cáo năm" - not "báo cáo quý I" (one report) nor "báo cáo năm trước"
_REPORT_KIND = re.compile(r"\b(?:bao cao|bc)\s+"
                          r"(?P<units>6 thang|quy|thang|tuan|nam(?!\s+(?:truoc|sau|nay|ke|thuc|hoc)\b))"
                          r"\b(?!\s*(?:\d|i|v|dau|cuoi)\b)")
_QUARTER_END = re.compile(r"\b(?:cuoi|dau)\s+(?:moi\s+|cua\s+|cung\s+cua\s+)?quy\b(?!\s*(?:iv|i{1,3}|[1-4])\b)")
# a multi-year plan's yearly cycle: "quý IV của năm trước liền kề", "trong quý III năm (thực hiện) kế hoạch"
_YEARLY_CYCLE = re.compile(r"\b(?:cua )?nam truoc lien\b|\bnam (?:thuc hien )?ke hoach\b|\bnam thuc hien\b"
                           r"|\bquy \w+ cua nam truoc\b")
# a frequency: "06 tháng/lần", "3 tháng một lần" (every N months), "01 lần/quý", "02 kỳ/tháng", "mỗi năm 01 lần"
_EVERY_N = re.compile(r"\b0*(?P<n>\d{1,2}) (?P<unit>tuan|thang|quy|nam) (?:mot |1 )?lan\b")
_TIMES_PER = re.compile(r"\b0*\d{1,2} (?:lan|ky|dot) (?:moi |1 |mot )?(?P<unit>tuan|thang|quy|nam)\b(?! \d)"
                        r"|\b(?:moi|hang) (?P<unit2>tuan|thang|quy|nam) 0*\d{1,2} (?:lan|ky|dot)\b")
_MONTHS_UNIT = {1: "month", 3: "quarter", 6: "half_year", 12: "year"}
_REPORTING_REGIME = re.compile(r"\bche do bao cao\b")
_UNIT_LIST = re.compile(rf"^(?:(?:bao cao|bc|dinh ky)\s+)?(?:hang\s+)?{_UNIT_WORDS}(?:\s+(?:va\s+|hoac\s+)?(?:hang\s+)?{_UNIT_WORDS})+$")
_UNIT_CODES = {"tuan": "week", "thang": "month", "quy": "quarter", "6 thang": "half_year",
               "sau thang": "half_year", "nua nam": "half_year", "nam": "year"}
_REGIME = ["quarter", "half_year", "year"]


def cycle_units(text: str) -> list[str]:
    """Reporting/working cycles the text names, in `EVERY` order."""
    words = re.sub(r"\bqui\b", "quy", fold_words(text))
    if _YEARLY_CYCLE.search(words):
        return ["year"]
    found = {_UNIT_CODES[u] for m in _CYCLE.finditer(words) for u in re.findall(_UNIT_WORDS, m["units"])}
    found |= set(filter(None, map(_frequency_unit, _EVERY_N.finditer(words))))
    found |= {_UNIT_CODES[m["unit"] or m["unit2"]] for m in _TIMES_PER.finditer(words)}
    if _UNIT_LIST.match(words):  # "6 tháng, năm": the reports a cell lists are its cycles
        found |= {_UNIT_CODES[u] for u in re.findall(_UNIT_WORDS, words)}
    if not any(span.year for span in find_spans(text)):  # "BC quý ... trước ngày 05/6": no dated milestones
        found |= {_UNIT_CODES[m["units"]] for m in _REPORT_KIND.finditer(words)}
        found |= {"quarter" for _ in _QUARTER_END.finditer(words)}
    if not found and _REPORTING_REGIME.search(words):
        return list(_REGIME)
    return [unit for unit in EVERY if unit in found]


def _frequency_unit(every: re.Match) -> str | None:
    """"06 tháng/lần" -> half_year; a period that is no reporting cycle ("2 tháng/lần") names none."""
    n, unit = int(every["n"]), every["unit"]
    if unit == "thang":
        return _MONTHS_UNIT.get(n)
    return _UNIT_CODES[unit] if n == 1 else None
