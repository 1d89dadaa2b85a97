"""Deadline cells ("Thời gian thực hiện", "Thời gian hoàn thành") -> `Deadline`.

Kinds, tried in this order:
- none: empty cell, or no letters nor digits ("-", "...")
- multi: a cell of bullets ("- ", "+ ", "1.", "2.") of which at least one names a date or period:
  "- Ban hành Kế hoạch trước 30/4/2018 - Hoàn thành báo cáo trước 30/11/2018"; each bullet is a
  milestone, "Thực hiện thường xuyên trong năm 2018" ends on that year's last day; end = the latest
  milestone; also several dates in one sentence, months or quarters listed apart ("Tháng 6 và tháng 12",
  "Quý II và Quý IV/2022"), each ending its own milestone, and standing work beside a dated product
  ("Thường xuyên; báo cáo UBND tỉnh trước ngày 30/11/2013")
- continuous: "Thường xuyên", "Thường xuyên trong năm (2018)", "1. Thực hiện thường xuyên hằng năm; 2. ...":
  start/end = the year's first/last day if the cell names a year or the plan is annual, else null
- recurring: "Định kỳ hàng tháng", "Hàng quý, 6 tháng và năm", "hằng tuần", "BC quý ..., BC 6 tháng ...",
  "theo chế độ báo cáo định kỳ" (quarter, half year, year), a yearly cycle ("trong quý IV của năm trước
  liền kề năm thực hiện kế hoạch"); the first bullet that names a cycle decides (see `recurrence`)
- relative: "Theo Kế hoạch của Bộ Nội vụ", "Theo quy định", "Khi có văn bản ...",
  "Chậm nhất 05 ngày làm việc sau khi ...", "Định kỳ hoặc đột xuất", and any text without a date
- date: one day ("31/01/2018", "trước 30/11/2018", "30/6", "ngày 05 tháng 6 năm 2021"), or a period
  introduced by "đến", "hết", "cuối", "chậm nhất" ("Đến năm 2015" -> 2015-12-31)
- period: "Quý I/2021", "Quý I, II/2018" (listed one after another), "Tháng 5 - tháng 11", quarters as
  Vietnamese OCR misreads them ("Quý IH", "Quý II1" for III, "Quý 1V", "Quý 11" for II, "Quý 12025" for
  I/2025), "Năm 2018", "Trong năm 2018",
  "6 tháng đầu năm", "trong tháng 10/2018", "từ 01/3 đến 30/6/2021", "Tháng 02/2025 - Trước 30/11/2025",
  "Từ tháng 3" (to the year's end);
  months without a year take the year the cell names, if it names one, else the plan year, or the year
  after it where the cell says "năm sau" / "năm tiếp theo" ("Trước 31/01 năm sau")
The date phrases themselves are read by `dates` (`parse_date` for one date phrase is re-exported here).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..plan import Deadline, Milestone
from ..text import clean, fold, fold_words
from .bullets import split_bullets
from .dates import Span, find_spans, folded_text, join_ranges, parse_date
from .recurrence import cycle_units

__all__ = ["parse_date", "parse_deadline"]

_CONTINUOUS = re.compile(r"\bthuong xuyen\b|\blien tuc\b")
_RELATIVE_START = re.compile(r"^(?:theo|dinh ky|khi|sau khi|ngay sau|ngay khi|can cu|tuy theo|tuy)\b")
# a count of days or months, not the day or month of a date ("31/01 năm sau", "Tháng 01 năm sau")
_RELATIVE_DELAY = re.compile(r"(?<![/.-])(?<!thang )\b\d+\s*(?:ngay|thang|tuan|nam)(?:\s*lam viec)?\s*"
                             r"(?:sau|ke tu|truoc|tinh tu|tinh den|ke den)\b|\bsau khi\b|\bke tu khi\b")
# "hoàn thành trong quý IV" is the window itself, as "trong năm 2018" is
_BY_END = re.compile(r"(?:\bden|\bhet|\bcuoi|\bcham nhat|\bhoan thanh|\bxong)(?:\s*(?:la|het|vao))?"
                     r"\s*(?:ngay|nam|thang|quy)?\s*$")
_NEXT_YEAR = re.compile(r"\bnam\s*(?:sau|tiep theo|ke tiep)\b")
_SESSION = re.compile(r"\bky hop\b")
_BEFORE = re.compile(r"\btruoc\s*(?:ngay|nam|thang|quy)?\s*$")
_FROM = re.compile(r"\b(?:tu|bat dau tu|ke tu)\s*(?:ngay|thang|quy)?\s*$")


def parse_deadline(text: str, plan_year: int | None, annual: bool = True) -> Deadline:
    """The normalised deadline of one deadline cell; `plan_year` resolves months/quarters without year."""
    text = clean(text or "")
    if not re.search(r"\w", text):
        return Deadline("none")
    plan_year = _cell_year(text) or plan_year
    parts = split_bullets(text) or [text]
    if len(parts) == 1 and _CONTINUOUS.search(fold_words(text)):
        # "Thường xuyên; báo cáo trước 30/11": the standing work and a dated product, each a milestone
        parts = [clause.strip() for clause in text.split(";") if clause.strip()]
    if len(parts) > 1:
        multi = _multi(parts, plan_year, annual)
        if multi:
            return multi
    return _single(text, parts, plan_year, annual)


def _cell_year(text: str) -> int | None:
    """The one year a cell names for a window ("Năm 2025 (trước 30/9)", "Quý IV/2024 (trước 15/12)"): its days
    and months without a year fall in it. A dated day alone ("Thường xuyên ngày 01/12/2015") sets no year."""
    if not re.search(r"(?:19|20)\d\d", text):
        return None  # most cells name no year: spare the date search
    spans = find_spans(text)
    years = {s.year for s in spans if s.year is not None and s.kind != "day"}
    ranges = [s for s in spans if s.year_end not in (None, s.year)]
    return years.pop() if len(years) == 1 and not ranges else None


def _next_year(text: str, plan_year: int | None) -> int | None:
    """The plan year, or the year after it for a text that names no year but says so ("Trước 31/01 năm sau",
    "Quý I năm tiếp theo"); "01 năm sau khi ..." is a delay, not a year."""
    folded = fold(text)
    if plan_year and _NEXT_YEAR.search(folded) and not _RELATIVE_DELAY.search(folded) \
            and not re.search(r"(?:19|20)\d\d", folded):
        return plan_year + 1
    return plan_year


def _multi(parts: list[str], plan_year: int | None, annual: bool) -> Deadline | None:
    if not any(_is_dated(p, plan_year) for p in parts):
        return None
    milestones = [Milestone(p, _milestone_end(p, plan_year, annual)) for p in parts]
    ends = [m.end for m in milestones if m.end]
    return Deadline("multi", None, max(ends), milestones)


def _milestone_end(part: str, plan_year: int | None, annual: bool) -> str | None:
    """A bullet's own end; a report bullet names its cycle and its date ("Báo cáo 6 tháng: trước 15/6")."""
    end = _single(part, [part], plan_year, annual).end
    if end is None and cycle_units(part):
        dated = _dated(part, _next_year(part, plan_year))
        end = dated.end if dated else None
    return end


def _is_dated(part: str, plan_year: int | None) -> bool:
    """A bullet that names its own date or period, not a yearly cycle nor a reporting regime."""
    if cycle_units(part) or _relative(part):
        return False
    return any(span.bounds(plan_year) for span in find_spans(part))


def _single(text: str, parts: list[str], plan_year: int | None, annual: bool) -> Deadline:
    plan_year = _next_year(text, plan_year)
    if _CONTINUOUS.search(fold_words(text)):
        return _continuous(text, plan_year, annual)
    for part in parts:
        units = cycle_units(part)
        if units:
            return Deadline("recurring", every=units)
    if _relative(text):
        return Deadline("relative")
    return _dated(text, plan_year) or Deadline("relative")


def _relative(text: str) -> bool:
    folded = fold(text)
    if _SESSION.search(folded):   # "Kỳ họp giữa năm 2026": the council sets its date, the year only frames it
        return all(span.kind == "year" for span in find_spans(text))
    return bool(_RELATIVE_START.match(fold_words(text)) or _RELATIVE_DELAY.search(folded))


def _continuous(text: str, plan_year: int | None, annual: bool) -> Deadline:
    bounds = _overall_bounds(text, plan_year)
    if bounds is None and annual and plan_year:
        bounds = date(plan_year, 1, 1), date(plan_year, 12, 31)
    if bounds is None:
        return Deadline("continuous")
    return Deadline("continuous", bounds[0].isoformat(), bounds[1].isoformat())


def _overall_bounds(text: str, plan_year: int | None) -> tuple[date, date] | None:
    """The window a continuous task names ("trong năm 2018", "từ 01/3 đến 30/6"); a lone day is no window."""
    spans = [s for s in join_ranges(text, find_spans(text)) if s.kind != "day"]
    resolved = [b for b in (s.bounds(plan_year) for s in spans) if b]
    if not resolved:
        return None
    return min(b[0] for b in resolved), max(b[1] for b in resolved)


def _dated(text: str, plan_year: int | None) -> Deadline | None:
    """date, period or multi from the date phrases of a cell without bullets."""
    spans = [s for s in join_ranges(text, find_spans(text)) if s.bounds(plan_year)]
    if not spans:
        return None
    days = [s for s in spans if s.kind == "day"]
    # one day inside a window is its due date ("Quý IV/2021 (trước 15/12)"), unless a clause of its own
    # dates something else ("Ban hành kế hoạch trong tháng 3; báo cáo trước 15/11")
    clauses = ";" in folded_text(text)[spans[0].end_pos:spans[-1].start_pos]
    if len(spans) == 1 or (len(days) == 1 and not clauses):
        return _from_span(text, days[0] if len(days) == 1 else spans[0], plan_year)
    return _several_dates(text, spans, plan_year)


def _from_span(text: str, span: Span, plan_year: int | None) -> Deadline:
    start, end = span.bounds(plan_year)
    before = folded_text(text)[:span.start_pos]
    if _FROM.search(before) and _one_unit(span):  # "Từ tháng 3", "Từ 15/3": from then to the end of that year
        return Deadline("period", start.isoformat(), date(start.year, 12, 31).isoformat())
    if span.kind == "day":
        return Deadline("date", None, end.isoformat())
    if _BEFORE.search(before):
        return Deadline("date", None, (start - timedelta(days=1)).isoformat())
    if _BY_END.search(before):
        return Deadline("date", None, end.isoformat())
    return Deadline("period", start.isoformat(), end.isoformat())


def _one_unit(span: Span) -> bool:
    """A day, one month, one quarter or one year; not "tháng 3 đến tháng 6" read as one span."""
    months = span.hi[0] - span.lo[0]
    return span.kind == "day" or (span.kind, months) in (("month", 0), ("quarter", 2)) or \
        (span.kind == "year" and span.year_end in (None, span.year))


_MILESTONE_NOTE = re.compile(r"\s*\([^()]*\)|\s*:[^\n;]*")


def _several_dates(text: str, spans: list[Span], plan_year: int | None) -> Deadline:
    """Several separate dates in one sentence: milestones cut at each date phrase."""
    folded = folded_text(text)
    milestones, start = [], 0
    for span, following in zip(spans, [*spans[1:], None]):
        end = span.bounds(plan_year)[1]
        # what is due then, after it: "30/6/2021 (báo cáo 6 tháng)", "Quý II/2020: trình thẩm định"
        note = _MILESTONE_NOTE.match(folded, span.end_pos, following.start_pos if following else len(folded))
        stop = note.end() if note else span.end_pos
        milestones.append(Milestone(_original_slice(text, folded, start, stop), end.isoformat()))
        start = stop
    return Deadline("multi", None, max(m.end for m in milestones), milestones)


def _original_slice(text: str, folded: str, start: int, end: int) -> str:
    """The cleaned original text between two folded positions (same length when folding keeps length)."""
    cleaned = clean(text)
    source = cleaned if len(fold(cleaned)) == len(cleaned) else folded
    piece = re.sub(r"^(?:và|hoặc|va|hoac)\s+", "", source[start:end].strip().strip(",;.-").strip(), flags=re.I)
    return piece or source.strip()
