"""One row per line, its cells joined by single spaces: give the lines their cell TABs back.

A table whose every cell fits on one line, copied out of a PDF viewer or a portal page, can come out
as one line per row with nothing but a space between the cells, under a header on one line:

    TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành
    I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
    1 Xây dựng Kế hoạch cải cách hành chính năm 2026 của Sở Văn phòng Sở Các phòng thuộc Sở Tháng 01/2026

The header names the columns in their order. Each row is cut where its cells read best: every cell
but the task text opens with a capital or a figure, agency cells open with an agency's head word
and do not run into the next name ("Sở Nội vụ Sở Tư pháp" is two cells), a deadline cell reads as
one, a product cell names a document, and the task text does not stop on a joining word ("... của").
The table is taken only when each of at least `MIN_ROWS` rows has its task text, a lead agency and,
where the header has the column, a deadline; its lines then get their TABs and `layouts` reads
them as it reads the TAB layout. Area rows ("I CÔNG TÁC ...", "2 CẢI CÁCH CHẾ ĐỘ CÔNG VỤ") keep the
mark and the heading as two cells.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from ..document import Block, Line
from ..fields.deadlines import parse_deadline
from ..text import ends_on_hanging_word, fold
from .columns import (BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE, opens_as_deadline,
                      reads_as_agency, reads_as_product)
from .grid_text import is_area_line
from .stacked_cells import numbers_area

MIN_ROWS = 3
# the words that name each column in a header, folded; a column's cell starts with the filler before them.
# Stricter than the flattened reader's: on one line "thực hiện" also ends "Thời gian thực hiện".
_HEADER_KEYS = {
    NUMBER: ("stt", "tt", "so tt"),
    TITLE: ("noi dung", "nhiem vu", "cong viec", "ten nhiem vu"),
    OUTPUTS: ("san pham", "ket qua"),
    LEAD: ("chu tri",),
    COORDINATING: ("phoi hop",),
    DEADLINE: ("thoi gian", "thoi han", "tien do", "hoan thanh"),
    BUDGET: ("kinh phi", "du toan"),
    NOTES: ("ghi chu",),
}
_FILLER = {"co", "quan", "don", "vi", "so"}
_ROW = re.compile(r"(\d{1,2}(?:\.\d{1,2})?\.?) +(?=[^\W\d_])")   # "1 Xây dựng", "1.2. Rà soát"
_DEADLINE_OPENING = re.compile(r"(?i)(trong|hằng|hàng|đến|từ|cả năm|giai đoạn|năm)\b")
_BUDGET = re.compile(r"\d[\d.,]*")
# words that always need a word after them in a name ("Văn phòng" alone, "Các" alone)
_NEEDS_TAIL = {"van", "phong", "cac", "uy", "trung", "cong", "co", "don", "chi", "bo"}
# capitalised words that open a name of their own: inside an agency cell with no list mark before them
# they open the next cell ("Sở" after "Văn phòng" or "thuộc" goes on the name)
_NAME_OPENERS = {"cac", "ubnd", "uy", "so", "van", "phong", "cong", "trung", "ban", "chi", "cuc", "kho"}
_NAME_TAIL_AFTER = {"phong", "thuoc", "cua", "cac", "van", "ban", "chi", "cuc", "trung", "tam"}
_LIST_MARKS = (",", ";")
_MISSING = -math.inf
_MOST_WORDS = {DEADLINE: 8, BUDGET: 1, LEAD: 20, COORDINATING: 25}   # words a cell of the column may hold


def restore_spaced_cells(blocks: list[Block]) -> list[Block]:
    """`blocks` with each space-joined table found cut into TAB-separated cells."""
    out = list(blocks)
    i = 0
    while i < len(out):
        table = _table_at(out, i)
        if table is None:
            i += 1
            continue
        end, lines = table
        out[i:end] = lines
        i += len(lines)
    return out


def _table_at(blocks: list[Block], i: int) -> tuple[int, list[Line]] | None:
    """(end, TAB lines) of the table whose header is line `i`, if one is there."""
    header = blocks[i]
    if not isinstance(header, Line) or "\t" in header.text:
        return None
    low = header.text.lower()
    cells = _header_cells(header.text) if "chủ trì" in low or "chu tri" in low else None
    if cells is None:
        return None
    roles = [role for role, _ in cells]
    rows: list[Line] = [replace(header, text="\t".join(text for _, text in cells))]
    numbered = 0
    k = i + 1
    while k < len(blocks) and isinstance(blocks[k], Line) and "\t" not in blocks[k].text:
        text = blocks[k].text.strip()
        if not text:
            k += 1
            continue
        row = _area_row(text) or _task_row(text, roles)
        if row is None:
            break
        numbered += len(row) > 2
        rows.append(replace(blocks[k], text="\t".join(row)))
        k += 1
    if numbered < MIN_ROWS:
        return None
    return k, rows


def _header_cells(text: str) -> list[tuple[str, str]] | None:
    """The header's (role, label) cells left to right, if the line is a header of at least a number,
    a task text, a lead agency and a deadline or a coordinating column, and nothing else."""
    words = text.split()
    if not words or fold(words[0]).strip(".") not in ("stt", "tt", "so"):
        return None
    folded = [fold(w).strip(",.;:()/") for w in words]
    starts: dict[int, str] = {}
    for role, keys in _HEADER_KEYS.items():
        found = [k for k in range(len(words)) for key in keys if folded[k:k + len(key.split())] == key.split()]
        if found and min(found) not in starts:
            starts[min(found)] = role
    roles = set(starts.values())
    if not {NUMBER, TITLE, LEAD} <= roles or not roles & {DEADLINE, COORDINATING} or min(starts, default=1) != 0:
        return None
    cut = sorted(_cell_start(folded, k, starts) for k in starts)
    if len(words) > 4 * len(cut) + 4:
        return None   # a sentence that names the columns
    bounds = cut + [len(words)]
    return [(starts[k], " ".join(words[a:b])) for k, a, b in zip(sorted(starts), bounds, bounds[1:])]


def _cell_start(folded: list[str], k: int, starts: dict[int, str]) -> int:
    """A label's first word: its key, or the filler right before it ("Đơn vị chủ trì", "Cơ quan phối hợp")."""
    while k > 0 and folded[k - 1] in _FILLER and k - 1 not in starts:
        k -= 1
    return k


def _area_row(text: str) -> list[str] | None:
    """["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] for an area row, with its numeral or figure."""
    mark, _, heading = text.partition(" ")
    heading = heading.strip(" |")
    return [mark.strip("|"), heading] if is_area_line(text) or numbers_area(mark, heading) else None


def _task_row(text: str, roles: list[str]) -> list[str] | None:
    """The row's cells in the header's order, where it reads as a whole row; None otherwise."""
    number = _ROW.match(text)
    if not number:
        return None
    words = text[number.end():].split()
    columns = roles[1:]
    score, cells = _best_cut(words, columns)
    if score == _MISSING:
        return None
    by_role = dict(zip(columns, cells))
    if not by_role[TITLE] or not reads_as_agency(by_role[LEAD]) or (DEADLINE in by_role and not by_role[DEADLINE]):
        return None
    return [number.group(1), *cells]


def _best_cut(words: list[str], columns: list[str]) -> tuple[float, list[str]]:
    """The best-scoring cut of the words into one cell per column (dynamic programming over cut points)."""
    n = len(words)
    # best[c][j]: score of the first c columns holding words[:j], with the cut that gives it
    best: list[dict[int, tuple[float, list[str]]]] = [{0: (0.0, [])}]
    for c, column in enumerate(columns):
        reach: dict[int, tuple[float, list[str]]] = {}
        last = c == len(columns) - 1
        for j, (score, cells) in best[c].items():
            for end in ([n] if last else range(j, min(n, j + _MOST_WORDS.get(column, n)) + 1)):
                cell = words[j:end]
                value = _cell_score(column, cell)
                if value == _MISSING:
                    continue
                total = score + value
                if end not in reach or total > reach[end][0]:
                    reach[end] = (total, cells + [" ".join(cell)])
        best.append(reach)
    return best[-1].get(n, (_MISSING, []))


def _cell_score(column: str, words: list[str]) -> float:
    if not words:
        return {TITLE: _MISSING, LEAD: -3.0, DEADLINE: -2.0}.get(column, -0.5)
    if column != TITLE and not (words[0][:1].isupper() or words[0][:1] in "0123456789("):
        return _MISSING
    text = " ".join(words)
    if column == TITLE:
        return -2.0 if ends_on_hanging_word(text) else 0.0
    if column in (LEAD, COORDINATING):
        return _agency_score(words)
    if column == DEADLINE:
        return 3.0 if _reads_as_deadline(text) else -3.0
    if column == OUTPUTS:
        return (1.0 if reads_as_product(text) else 0.0) - (2.0 if reads_as_agency(text) else 0.0)
    if column == BUDGET:
        return 2.0 if _BUDGET.fullmatch(text) else _MISSING
    return -0.5 if column == NOTES else 0.0


def _agency_score(words: list[str]) -> float:
    """How well the words read as one agency cell: opens with an agency's head word, ends on a whole
    name, and holds no second name without a list mark before it."""
    text = " ".join(words)
    score = 2.0 if reads_as_agency(text) else -3.0
    folded = [fold(w).strip(",.;:()") for w in words]
    if folded[-1] in _NEEDS_TAIL or (len(words) == 1 and folded[0] in _NAME_OPENERS):   # "Văn phòng", "Sở"
        score -= 2.0
    for k in range(1, len(words)):
        opens = words[k][:1].isupper() and folded[k] in _NAME_OPENERS and folded[k - 1] not in _NAME_TAIL_AFTER
        if opens and not words[k - 1].endswith(_LIST_MARKS) and folded[k - 1] not in ("va", "voi"):
            score -= 2.0
    return score


def _reads_as_deadline(text: str) -> bool:
    if not (opens_as_deadline(text) or _DEADLINE_OPENING.match(text)):
        return False
    return parse_deadline(text, None).kind not in ("none", "relative")
