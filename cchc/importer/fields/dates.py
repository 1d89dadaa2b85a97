"""Date and period phrases inside Vietnamese text, as calendar spans.

Matching runs on the folded text (`fold`), so accents, case and OCR loss of diacritics do not matter.
Handled phrasings:
- days: "31/01/2018", "31-01-2018", "31.01.18", "30/6" (plan year), "ngày 05 tháng 6 năm 2021"
- months: "tháng 10/2018", "10/2018", "Tháng 5 - tháng 11", "Tháng 01 - Tháng 3", "tháng 3-6/2021", "tháng 10 năm 2018"
- quarters: "Quý I/2021", "quý 1 năm 2021", "Quý I, II/2018", "quý II-III", "quý IV", "Quý lV" (OCR), "Quí III"
- weeks of a month: "Tuần đầu tháng 12", "tuần đầu tiên của tháng 12", "tuần thứ hai của tháng 6/2021",
  "tuần cuối cùng tháng 6"
- halves: "6 tháng đầu năm", "6 tháng cuối năm 2021", "9 tháng đầu năm", "nửa đầu năm"
- years: "năm 2018", "2018", "giai đoạn 2021-2025", "trong năm" / "cả năm" (plan year)
- ranges: two spans joined by "-", "đến", "tới" ("từ 01/3 đến 30/6/2021", "Quý IV/2021 - Quý I/2022")
Document references ("Nghị định số 34/2016/NĐ-CP ngày 19/10/2016") are not dates and are skipped.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from ..text import clean, fold

# after a slash, OCR may put a space inside the year ("30/9/202 5", "15/12/20 14": 2014, not 2020)
_SPLIT_YEAR = r"(?<=/)(?:19|20)(?:\d\s\d|\s\d{2})(?!\d)"
_Y = rf"(?P<y>(?:19|20)\d{{2}}|{_SPLIT_YEAR}|(?<=/)\d{{2}}(?![\d/]))"
_Y_SUFFIX = rf"(?:\s*(?:/|-|,)?\s*(?:nam\s*)?{_Y})?"
# OCR reads "I" as "l", "1" or "j", and "II" run together as "h": "Quý IH", "Quý II1", "Quý JIL", "Quý 111" are
# quarter III ("Quý 11/2023" is quarter II, not November)
_ROMAN = r"(?:[il1]v|[il1j]{1,3}|[il]{0,2}h[il1]?|[il1]{0,2}u(?=(?:19|20)\d{2}\b)|[1-4])"
# a quarter's numeral ends at a word's end, or runs into its year where OCR lost the slash ("Quý 12025") or read
# "I/" as one "L" or "U" ("Quý IIL2020", "Quý IU2025": II)
_ROMAN_END = r"(?:\b|(?=(?:19|20)\d{2}\b))"
_DOCREF = re.compile(
    r"(?:\bso\s*)?\b\d+(?:/\d{2,4})?/[a-z][a-z0-9.-]*(?:/[a-z0-9.-]+)*"
    r"(?:\s*,?\s*ngay\s*\d{1,2}\s*(?:[/.-]|thang)\s*\d{1,2}\s*(?:[/.-]|nam)\s*\d{2,4})?")
_LONG_DATE = re.compile(r"\bngay\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})(?:\s*nam\s*(?P<y>\d{4}))?")
_HALF = re.compile(r"\b(?:(?P<n>6|sau|9|chin)\s*thang|nua)\s*(?P<which>dau|cuoi)(?:\s*nam)?\b" + _Y_SUFFIX)
# "tuần đầu tháng 12", "tuần thứ 2 của tháng 6": days 8-14; the last week is the month's last seven days
_WEEK = re.compile(r"\btuan\s*(?:thu\s*)?(?P<w>dau|nhat|mot|1|hai|2|ba|3|tu|bon|4|cuoi)\s*(?:tien\s*|cung\s*)?"
                   r"(?:cua\s*|trong\s*)?"
                   r"thang\s*(?P<m1>1[0-2]|0?[1-9])\b" + _Y_SUFFIX)
_WEEK_NUMBERS = {"dau": 1, "nhat": 1, "mot": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "tu": 4, "bon": 4, "4": 4}
# "tháng 5 - tháng 11" (a range), "tháng 11, 12", "tháng 11 và 12" (a list: the window from first to last);
# in "Tháng 3 - 30/6" the range ends on a day, which the day pass reads
# "T5 - T7/2023": a month as a Gantt chart's columns and tight cells write it
_THANG = r"(?:thang\s*|\bt(?=\d))"
_MONTH = re.compile(rf"\b{_THANG}(?P<m1>\d{{1,2}})\b"
                    rf"(?:\s*(?:-|den|toi|~)\s*(?:het\s*)?{_THANG}?(?P<m2>\d{{1,2}})\b(?!\s?[/.]\s?\d{{1,2}}(?!\d)))?"
                    rf"(?P<more>(?:\s*(?:,|va|&)\s*{_THANG}?(?:1[0-2]|0?[1-9])\b(?![/.]\d))*)" + _Y_SUFFIX)
_QUARTER = re.compile(rf"\bquy\s*(?P<q>{_ROMAN}){_ROMAN_END}"
                      rf"(?P<more>(?:\s*(?:,|-|va|den|toi|&)\s*(?:quy\s*)?{_ROMAN}{_ROMAN_END})*)"
                      + _Y_SUFFIX)
# a slash may have a space on either side, each typed as it came ("30/ 6/2023"); a dash or a dot comes again
_DAY = re.compile(r"(?<![\d/.,])(?P<d>\d{1,2})(?:(?P<slash>\s?/\s?)|(?P<sep>-|\.))(?P<m>\d{1,2})"
                  rf"(?:(?(slash)\s?/\s?|(?P=sep))(?P<y>\d{{4}}|{_SPLIT_YEAR}|\d{{2}}))?(?![\d/]|\.\d|-\d)")
# two or more days of one month: "Ngày 08-09/5/2012", "ngày 12 - 13/6", "ngày 8, 9/5/2012"
_DAY_RANGE = re.compile(r"(?<![\d/.,])(?P<d1>\d{1,2})\s*(?:-|–|,|va|den)\s*(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})"
                        r"(?:\s?/\s?(?P<y>\d{4}|\d{2}))?(?![\d/]|\.\d|-\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?<!/\s)(?P<m1>\d{1,2})\s?/\s?(?P<y>(?:19|20)\d{2})(?![\d/])")
_YEAR_RANGE = re.compile(r"(?:\b(?:giai doan|nam)\s*)?\b(?P<y>(?:19|20)\d{2})\s*(?:-|den|toi)\s*(?:nam\s*)?"
                         r"(?P<y2>(?:19|20)\d{2})\b")
# not the year of a date whose first part is garbled ("Quý JlI/2011"): that says more than the year
_YEAR = re.compile(r"(?:\bnam\s*)?(?<![a-z]/)\b(?P<y>(?:19|20)\d{2})\b")
_THIS_YEAR = re.compile(r"\b(?:trong|ca|het|cuoi|suot)\s+(?P<at>nam)\b(?!\s*(?:\d|truoc|sau|ke|thuc|hoc|nay))"
                        r"|\bnam\s+nay\b")
# "X - Y", "X đến hết Y", also "Tháng 02/2025 - Trước 30/11/2025" (Bắt đầu | Hoàn thành columns read as one)
_CONNECTOR = re.compile(r"\s*(?:-|~|den(?:\s*het)?|toi)\s*(?:(?:truoc|cham nhat)\s*)?(?:ngay\s*)?")
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ROMAN_LOOKALIKES = str.maketrans("lj1u", "iiii")
# OCR reads a "1" that opens a number as "l": "Tháng l2/2018", "l5/10/2018" (same length: positions hold)
_OCR_ONE = re.compile(r"\bl(?=\d)")
# dashes `clean` leaves alone (hyphen, non-breaking hyphen, figure dash, bar, full-width hyphen-minus)
_MORE_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2015\ufe63\uff0d", "-"))


def folded_text(text: str) -> str:
    """`fold(clean(text))` with every dash as "-": the text all positions of this module refer to."""
    folded = re.sub(r"\bqui\b", "quy", fold(clean(text)).translate(_MORE_DASHES))  # "Quí III": old spelling
    return _OCR_ONE.sub("1", folded)


@dataclass(frozen=True)
class Span:
    """A calendar window found in a text: months/days relative to a year that may be unknown."""

    kind: str  # "day", "week", "month", "quarter", "half", "year"
    lo: tuple[int, int]  # (month, day) of the first day
    hi: tuple[int, int | None]  # (month, day) of the last day; None = the month's last day
    year: int | None
    year_end: int | None = None  # for spans that cross years ("2021-2025", joined ranges)
    start_pos: int = 0
    end_pos: int = 0

    def bounds(self, default_year: int | None) -> tuple[date, date] | None:
        """First and last day, with `default_year` for a span that names no year."""
        first_year = self.year if self.year is not None else default_year
        if first_year is None:
            return None
        last_year = self.year_end if self.year_end is not None else first_year
        last_day = self.hi[1] or calendar.monthrange(last_year, self.hi[0])[1]
        try:
            return date(first_year, *self.lo), date(last_year, self.hi[0], last_day)
        except ValueError:
            return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.replace(" ", "")
    return int(raw) if len(raw) == 4 else 2000 + int(raw)


def _quarter_number(raw: str) -> int:
    if raw in ("2", "3", "4"):
        return int(raw)
    plain = raw.translate(_ROMAN_LOOKALIKES).replace("h", "ii")
    return _ROMAN_VALUES.get(plain) or 3  # "iih": III


def _day_span(m: re.Match) -> Span | None:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return Span("day", (month, day), (month, day), _year(m["y"]))


def _day_range_span(m: re.Match) -> Span | None:
    first, last, month = int(m["d1"]), int(m["d"]), int(m["m"])
    if not (1 <= first < last <= 31 and 1 <= month <= 12):
        return None
    return Span("range", (month, first), (month, last), _year(m["y"]))


def _month_span(m: re.Match) -> Span | list[Span] | None:
    first = int(m["m1"])
    last = int(m["m2"]) if m.groupdict().get("m2") else first
    if not (1 <= first <= last <= 12):
        return None
    listed = _listed(m, r"\d{1,2}", int)
    if listed and not m.groupdict().get("m2") and _apart([first] + [n for n, _, _ in listed]):
        return _each(m, "month", first, listed, lambda n: ((n, 1), (n, None)))
    return Span("month", (first, 1), (max([last, *(n for n, _, _ in listed)]), None), _year(m["y"]))


def _quarter_span(m: re.Match) -> Span | list[Span] | None:
    first = _quarter_number(m["q"])
    listed = _listed(m, _ROMAN + _ROMAN_END, _quarter_number)
    numbers = [first] + [n for n, _, _ in listed]
    if listed and _apart(numbers) and not re.search(r"-|\bden\b|\btoi\b", m["more"]):   # "Quý II - IV": a range
        return _each(m, "quarter", first, listed, lambda n: ((3 * n - 2, 1), (3 * n, None)))
    return Span("quarter", (3 * min(numbers) - 2, 1), (3 * max(numbers), None), _year(m["y"]))


def _listed(m: re.Match, item: str, value) -> list[tuple[int, int, int]]:
    """The items listed after the first ("tháng 6 và 12", "quý II, IV"): value, start and end in the text."""
    if not m.groupdict().get("more"):
        return []
    return [(value(found.group()), m.start("more") + found.start(), m.start("more") + found.end())
            for found in re.finditer(item, m["more"])]


def _apart(numbers: list[int]) -> bool:
    """Months or quarters listed with a gap between them ("tháng 6 và tháng 12"): each is a milestone of its
    own; listed one after another ("tháng 11, 12") they make one window."""
    return any(b - a != 1 for a, b in zip(numbers, numbers[1:]))


def _each(m: re.Match, kind: str, first: int, listed: list[tuple[int, int, int]], window) -> list[Span]:
    """One span per listed month or quarter, where it stands in the text; the year after the last is all's."""
    year = _year(m["y"])
    items = [(first, m.start(), m.start("more"))] + listed
    items[-1] = (items[-1][0], items[-1][1], m.end())
    return [Span(kind, *window(n), year, start_pos=start, end_pos=end) for n, start, end in items]


def _week_span(m: re.Match) -> Span:
    month = int(m["m1"])
    year = _year(m["y"])
    if m["w"] == "cuoi":
        last = calendar.monthrange(year or 2001, month)[1]   # no year given: February is taken as 28 days
        return Span("week", (month, last - 6), (month, None), year)
    first = 7 * (_WEEK_NUMBERS[m["w"]] - 1) + 1
    return Span("week", (month, first), (month, first + 6), year)


def _half_span(m: re.Match) -> Span | None:
    months = 9 if m["n"] in ("9", "chin") else 6
    if m["which"] == "dau":
        return Span("half", (1, 1), (months, None), _year(m["y"]))
    return Span("half", (13 - months, 1), (12, None), _year(m["y"]))


def _year_span(m: re.Match) -> Span | None:
    first = _year(m["y"])
    last = _year(m.groupdict().get("y2")) or first
    if first is None or last < first:
        return None
    return Span("year", (1, 1), (12, None), first, last)


def _this_year_span(m: re.Match) -> Span | None:
    return Span("year", (1, 1), (12, None), None)


# Order matters: each pass blanks what it matched, so "tháng 10/2018" is a month before "10/2018" could be read.
_PASSES = ((_LONG_DATE, _day_span), (_WEEK, _week_span), (_HALF, _half_span), (_MONTH, _month_span),
           (_QUARTER, _quarter_span), (_MONTH_YEAR, _month_span), (_DAY_RANGE, _day_range_span),
           (_DAY, _day_span), (_YEAR_RANGE, _year_span),
           (_YEAR, _year_span), (_THIS_YEAR, _this_year_span))


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + "\0" * (end - start) + text[end:]


def find_spans(text: str) -> list[Span]:
    """Every date or period phrase in `text`, in text order, ranges not yet joined."""
    folded = folded_text(text)
    folded = _DOCREF.sub(lambda m: "\0" * len(m.group()), folded)
    spans: list[Span] = []
    for pattern, build in _PASSES:
        for m in pattern.finditer(folded):
            span = build(m)
            if span is None:
                continue
            if isinstance(span, list):
                spans.extend(span)   # a list of months or quarters apart: each where it stands
            else:
                start = m.start("at") if "at" in m.groupdict() and m["at"] else m.start()
                spans.append(replace(span, start_pos=start, end_pos=m.end()))
            folded = _blank(folded, m.start(), m.end())
    return sorted(spans, key=lambda s: s.start_pos)


def _joined(first: Span, second: Span) -> Span:
    """One span from `first` to `second`; a first part without year takes the second's year."""
    year = first.year
    if year is None and second.year is not None:
        year = second.year if first.lo <= (second.hi[0], second.hi[1] or 31) else second.year - 1
    last_year = second.year_end or second.year
    return Span("range", first.lo, second.hi, year, last_year, first.start_pos, second.end_pos)


def join_ranges(text: str, spans: list[Span]) -> list[Span]:
    """Merge neighbouring spans written as a range ("X - Y", "X đến Y")."""
    folded = folded_text(text)
    joined: list[Span] = []
    for span in spans:
        if joined and _CONNECTOR.fullmatch(folded[joined[-1].end_pos:span.start_pos]):
            joined[-1] = _joined(joined[-1], span)
        else:
            joined.append(span)
    return joined


def parse_date(text: str, plan_year: int | None) -> date | None:
    """The first day-precise date in `text` ("31/01/2018", "30/6", "ngày 05 tháng 6 năm 2021")."""
    for span in find_spans(text):
        if span.kind == "day":
            bounds = span.bounds(plan_year)
            if bounds:
                return bounds[1]
    return None
