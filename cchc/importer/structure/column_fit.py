"""Rows of a table copied cell by cell fitted to their header's columns.

A PDF viewer wraps each cell at its column's width, so a cell's next line may well open with a capital
or a figure ("Văn phòng" / "UBND tỉnh", "Quý II - Quý" / "III/2023", "Nghị định số" / "60/2021/NĐ-CP").
Where a row's lines then open more cells than its header has columns, the row keeps the openings whose
cells read best under the header's columns: agencies under "Cơ quan chủ trì", a deadline under "Thời gian",
a document under "Sản phẩm". A row that a page break cut gets back the lines printed below the repeated
header, each going on from the cell it reads on from. A row with fewer cells than columns (an empty cell
that printed no line, a merged cell a browser wrote once) has its holes where its cells read best
(`placed_holes`).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain, combinations, combinations_with_replacement
from math import comb
from typing import Callable

from ...restoration import association
from ..document import Block
from ..fields.agencies import named_agencies, split_agencies
from ..fields.agency_registry import AgencyRegistry
from ..fields.deadlines import parse_deadline
from ..text import ends_on_hanging_word
from .columns import (BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE, is_number_cell,
                      opens_as_deadline, reads_as_agency, reads_as_product)

BULLET = re.compile(r"\s*[-+•]\s")
_KNOWN_AGENCY = 95   # registry match score of a name taken as known
_WORD = re.compile(r"[^\W\d_]+")
_MAX_CUTS = 5000   # ways of choosing a row's cells; a row beyond it keeps its openings
_MAX_PLACES = 400   # ways of placing the columns a row lacks (3 among 14)
_HOLE_MARGIN = 2.0  # how much better a row must read with columns inside it left out than with its last ones
_SECOND_LEAD = 1.0  # what each further name one a line in the lead cell costs a cut


def fitted_starts(blocks: list[Block], group: list[int], starts: list[int],
                   roles: list[str | None] | None) -> list[int]:
    """`starts`, or, for a numbered row that opens more cells than the columns it must fill (its last
    columns, the budget and the notes, may be empty), those of them whose cells read best under their
    columns (the number and the first cell stay; the openings as they are win a tie)."""
    if roles is None or not is_number_cell(blocks[group[0]].text.strip()):
        return starts
    least = len(roles) - _optional_at_end(roles)
    if len(starts) <= least:
        return starts
    fixed, optional = starts[:2], starts[2:]
    counts = range(least, min(len(roles), len(starts)) + 1)
    if sum(comb(len(optional), n - len(fixed)) for n in counts) > _MAX_CUTS:
        return starts
    texts = {i: blocks[i].text.strip() for i in group}
    cuts = chain([starts] if len(starts) <= len(roles) else [],
                 (fixed + list(kept) for n in counts for kept in combinations(optional, n - len(fixed))))
    return max(cuts, key=lambda cut: _cut_score(group, texts, cut, roles))


def _optional_at_end(roles: list[str | None]) -> int:
    """How many of the last columns a row may leave empty: the budget, the notes, the product (a standing task
    has none), a column of no known role."""
    count = 0
    for role in reversed(roles):
        if role not in (BUDGET, NOTES, OUTPUTS, None):
            break
        count += 1
    return count


def _cut_score(group: list[int], texts: dict[int, str], cut: list[int], roles: list[str | None]) -> float:
    score = 0.0
    bounds = [group.index(i) for i in cut[1:]] + [len(group)]
    for role, first, last in zip(roles[1:], bounds, bounds[1:]):
        lines = [texts[i] for i in group[first:last]]
        score += cell_fit(role, agency_lines(lines) if role in (LEAD, COORDINATING) else " ".join(lines))
        # a line that opens with a capital goes on the cell above where the phrase reads on into it, and
        # more likely after a line that stopped short (",", ";", a joining word) than after a complete one;
        # two whole names, one agency a line, are a list that either cell may hold: the words say nothing
        score += sum(reads_on(a, b) - 0.5 * (not _stops_short(a))
                     for a, b in zip(lines, lines[1:])
                     if not b[:1].islower() and not (whole_name(a) and whole_name(b)))
        # a lead cell names one agency far more often than two: of the names one a line, the first is the lead
        if role == LEAD:
            score -= _SECOND_LEAD * max(0, sum(map(whole_name, lines)) - 1)
        # a name alone on its line after the task's words stopped complete opens the agency cell
        if role == TITLE:
            score -= 2.0 * any(whole_name(b) and not _stops_short(a) for a, b in zip(lines, lines[1:]))
        # a bulleted line below a cell that opened without a bullet opens the next cell
        score -= 2.0 * (not BULLET.match(lines[0]) and any(BULLET.match(b) for b in lines[1:]))
    return score


def placed_holes(cells: list[str], roles: list[str | None], first: int = 0,
                 allowed: Callable[[tuple[int, ...]], bool] | None = None,
                 tie: Callable[[tuple[int, ...]], tuple] | None = None) -> tuple[int, ...] | None:
    """The columns a row of fewer `cells` than `roles` lacks, where they are not its last columns: the
    columns from `first` on, among those `allowed`, whose leaving out lets its cells read best under the
    others (`tie` orders equal readings), if that reads clearly better than its last columns left out."""
    width, count = len(roles), len(roles) - len(cells)
    if count <= 0 or comb(width - first, count) > _MAX_PLACES:
        return None
    places = [holes for holes in combinations(range(first, width), count) if allowed is None or allowed(holes)]
    if not places:
        return None
    best = max(places, key=lambda holes: (_row_fit(cells, roles, holes), tie(holes) if tie else ()))
    at_end = tuple(range(len(cells), width))
    return best if _row_fit(cells, roles, best) >= _row_fit(cells, roles, at_end) + _HOLE_MARGIN else None


def _row_fit(cells: list[str], roles: list[str | None], holes: tuple[int, ...]) -> float:
    """How well a row that lacks some cells reads with its `cells`, in order, under the columns of `roles`
    other than the `holes`: a row number under "TT", agencies under "Chủ trì", ..."""
    texts = iter(cells)
    return sum(_placed_fit(role, next(texts).strip()) for i, role in enumerate(roles) if i not in holes)


def _placed_fit(role: str | None, text: str) -> float:
    if not text:
        return 0.0
    if role == NUMBER:
        return 2.0 if is_number_cell(text) else -2.0
    return (-2.0 if is_number_cell(text) and role != BUDGET else 0.0) + cell_fit(role, text)


@lru_cache(maxsize=4096)
def cell_fit(role: str | None, text: str) -> float:
    """How well `text` reads as a cell of a column of this role."""
    if role in (LEAD, COORDINATING):
        agencies = split_agencies(text)
        share = sum(map(_agency_likeness, agencies)) / len(agencies) if agencies else 0.0
        return 4.0 * (share - 0.5) - (0.5 if role == LEAD and len(agencies) > 1 else 0.0)
    if role == DEADLINE:
        opens = opens_as_deadline(text)
        if parse_deadline(text, None).kind == "relative":
            return 0.5 if opens else -2.0
        # words before the date ("UBND các huyện, Quý I/2023") or after it ("Quý I/2023 thành phố") are
        # another cell's
        after_date = re.split(r"\d", text)[-1] if re.search(r"\d", text) else ""
        return 2.0 if opens and len(_WORD.findall(after_date)) < 2 else 0.5
    if role == OUTPUTS:
        figure = text[:1].isdigit() or re.match(r"[IVX]+/", text) is not None
        if reads_as_product(text):
            return 1.0
        return -2.0 if figure or opens_as_deadline(text) or named_agencies(text) else 0.0
    if role == BUDGET:
        return 2.0 if re.fullmatch(r"[\d.,\s]+", text) else -2.0
    if role == TITLE:
        return -2.0 if named_agencies(text) else 0.0
    return 0.0


def _stops_short(line: str) -> bool:
    """The line stops where a phrase goes on: on a joining word, a comma, a semicolon, a dash or a slash."""
    return ends_on_hanging_word(line) or line.endswith((",", ";", "-", "/"))


def agency_lines(lines: list[str]) -> str:
    """An agency cell's lines as one text: a line goes on the line above, except a name under a name (one
    agency a line is a list of names, not one name)."""
    text = lines[0]
    for above, line in zip(lines, lines[1:]):
        text += ("\n" if whole_name(above) and whole_name(line) else " ") + line
    return text


@lru_cache(maxsize=4096)
def whole_name(line: str) -> bool:
    """A line that names one agency whole: known to the registry, or three words or more that open as an
    agency and stop on no joining word ("Phòng Tư pháp", not "Văn phòng" or "Sở Thông tin và")."""
    line = line.strip()
    if ends_on_hanging_word(line) or len(split_agencies(line)) != 1:
        return False
    return _agency_likeness(line) == 1.0 or (reads_as_agency(line) and len(line.split()) >= 3)


def _agency_likeness(name: str) -> float:
    """1 for a name of the agency registry, less for one that only opens like an agency ("Báo Hải Dương")."""
    match = AgencyRegistry.default().match(name)
    if match is not None and match.score >= _KNOWN_AGENCY:
        return 1.0
    return 0.6 if reads_as_agency(name) else 0.0


def column_widths(blocks: list[Block], rows: list[list[list[int]]]) -> list[int]:
    """The longest line of each column: a PDF viewer wraps a cell's line only when it reaches about that."""
    widths: list[int] = []
    for cells in rows:
        for column, cell in enumerate(cells):
            longest = max((len(blocks[i].text.strip()) for i in cell), default=0)
            if column < len(widths):
                widths[column] = max(widths[column], longest)
            else:
                widths.append(longest)
    return widths


def continued_parts(blocks: list[Block], cells: list[list[int]], lines: list[int], roles: list[str | None],
                     widths: list[int]) -> list[list[int]]:
    """The lines a page break carried over, shared out among the row's cells in column order: the way the
    cells then read best, each part going on from a line that filled its column and reads on into it."""
    if comb(len(lines) + len(cells) - 1, len(cells) - 1) > _MAX_CUTS:
        return [[] for _ in cells]
    texts = [" ".join(blocks[i].text.strip() for i in cell) for cell in cells]
    lasts = [blocks[cell[-1]].text.strip() if cell else "" for cell in cells]

    def parts(cuts: tuple[int, ...]) -> list[list[int]]:
        bounds = (0, *cuts, len(lines))
        return [lines[a:b] for a, b in zip(bounds, bounds[1:])]

    def score(cuts: tuple[int, ...]) -> float:
        total = 0.0
        for column, part in enumerate(parts(cuts)):
            if not part:
                continue
            if not lasts[column]:
                return -math.inf   # an empty cell has no line for the page break to have cut
            more = [blocks[i].text.strip() for i in part]
            role = roles[column]
            total += cell_fit(role, " ".join([texts[column], *more])) - cell_fit(role, texts[column])
            total += sum(reads_on(a, b) for a, b in zip([lasts[column], *more], more))
            total += 2.0 * (min(1.0, len(lasts[column]) / max(widths[column], 1)) - 0.8)
        return total

    return parts(max(combinations_with_replacement(range(len(lines) + 1), len(cells) - 1), key=score))


@lru_cache(maxsize=4096)
def reads_on(line: str, following: str) -> float:
    """How well `following` goes on with the phrase `line` ends with ("danh mục văn" / "bản hết hiệu lực")."""
    return 0.5 * max(-3.0, min(3.0, association(line, following)))
