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
where the header has the column, a deadline (later rows need only their task text: OCR garbles a
name now and then); its lines then get their TABs and `layouts` reads them as it reads the TAB layout.
Area rows ("I CÔNG TÁC ...", "2 CẢI CÁCH CHẾ ĐỘ CÔNG VỤ") keep the mark and the heading as two cells.

OCR without table support prints an unruled table the same way, but a row's cells wrap: the lines
under its first one hold the rest of several cells side by side. Each such line is cut into runs,
each added to the cell it reads on from (`_wrapped_cells`), until a blank line, a heading or the
addressees.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from ..document import Block, Line
from ..fields.agency_registry import AgencyRegistry
from ..fields.areas import is_area_heading
from ..fields.deadlines import parse_deadline
from ..page_numbers import page_number
from ..text import HANGING_WORDS, ends_on_hanging_word, fold
from .columns import (BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE, opens_as_deadline,
                      reads_as_agency, reads_as_product)
from .grid_text import is_area_line
from .rows import roman_value, to_roman
from .stacked_cells import numbers_area

MIN_ROWS = 3
_MOST_WRAPPED = 12   # lines a row's cells may wrap over
_RUN_COST = 0.3      # each run a wrapped line is cut into: the fewest runs that read well
_HEADER_TAIL = re.compile(r"[a-zà-ỹđ()][^\d]{0,20}")   # the last label's words wrapped: "thành", "(triệu đồng)"
_MISREAD_NUMERAL = re.compile(r"[IVXLli1|]{1,4}\.?")   # an area's numeral as OCR reads it: "Il", "lil"
# the words that end a name the line above left unfinished, lower-case
_NAME_TAIL_WORDS = frozenset("tinh huyen xa thi tran thanh pho phuong quan lien co cap nganh ban dia cac va thuoc "
                             "truc nha nuoc".split())
_LEVELS = {"xa", "huyen", "thi"}
_HANGING_FOLDED = frozenset(fold(w) for w in HANGING_WORDS)
_TIME_WORDS = frozenset("trong nam quy thang hang dinh ky thuong xuyen den tu va ngay cuoi dau truoc i ii iii iv "
                        "nhu hoan thanh".split())
_NUMBERED_HEADING = re.compile(r"(?:[IVX]+|\d{1,2})[.)]\s")
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
    rows: list[tuple[Line, list[str]]] = [(header, [text for _, text in cells])]
    numbered, wrapped, after_gap = 0, 0, False
    k = i + 1
    while k < len(blocks) and isinstance(blocks[k], Line) and "\t" not in blocks[k].text:
        text = blocks[k].text.strip()
        if not text or page_number(text):
            after_gap = after_gap or not text
            k += 1
            continue
        row = _area_row(text) or _task_row(text, roles, strict=numbered < MIN_ROWS)
        if row is None:
            # a line of the row above whose cells wrapped: never after a blank line, an area row or the header
            line, last = rows[-1]
            if line is header and _HEADER_TAIL.fullmatch(text):   # "Thời gian hoàn" / "thành"
                rows[-1] = (line, last[:-1] + [f"{last[-1]} {text}"])
            elif line is header or after_gap or len(last) <= 2 or wrapped >= _MOST_WRAPPED or _ends_rows(text):
                break
            else:
                cells = _wrapped_cells(_words(text), roles[1:], last[1:])
                if cells is None:
                    break
                rows[-1] = (line, [last[0], *cells])
            wrapped += 1
            k += 1
            continue
        if len(row) == 2 and _MISREAD_NUMERAL.fullmatch(row[0]) and not roman_value(row[0].rstrip(".")):
            row = [to_roman(_last_area(rows) + 1), row[1]]   # "Il" after "I": the areas count on
        numbered += len(row) > 2
        rows.append((blocks[k], row))
        wrapped, after_gap = 0, False
        k += 1
    if numbered < MIN_ROWS:
        return None
    return k, [replace(line, text="\t".join(cells)) for line, cells in rows]


def _last_area(rows: list[tuple[Line, list[str]]]) -> int:
    return next((roman_value(cells[0]) for _, cells in reversed(rows) if len(cells) == 2), 0)


def _ends_rows(text: str) -> bool:
    """A line that no row wraps onto: a numbered heading ("III. TỔ CHỨC THỰC HIỆN"), a line in capitals, the
    addressees or the signature."""
    from .ocr_layout.header import ends_table   # loads with the OCR table reader, which few documents need

    return bool(_NUMBERED_HEADING.match(text)) or _in_capitals(text) or ends_table(text)


def _wrapped_cells(words: list[str], columns: list[str], cells: list[str]) -> list[str] | None:
    """The row's `cells` with the words of the line it wrapped onto, each run of them added to the column it
    reads on in (left to right, any column may get none); None where the line reads as no such continuation."""
    def score(c: int, run: list[str], at_end: bool) -> float:
        return _wrap_score(columns[c], cells[c], run, at_end) - _RUN_COST if run else 0.0

    total, runs = _best_cut(words, columns, score)
    if total == _MISSING:
        return None
    return [f"{cell} {run}".strip() for cell, run in zip(cells, runs)]


def _wrap_score(column: str, cell: str, words: list[str], at_end: bool) -> float:
    """How well `words` go on the cell of `column` that reads `cell` so far (`at_end`: the line's last run)."""
    text = " ".join(words)
    if column == TITLE:
        return -2.0 if not at_end and ends_on_hanging_word(text) else 0.0
    if column in (LEAD, COORDINATING):
        last = fold(cell.split()[-1]) if cell else ""
        word = last.rstrip(",;.")
        unfinished = last.endswith(",") or word in _NEEDS_TAIL or word in _HANGING_FOLDED or word in _LEVELS
        if unfinished and words[0][:1].islower():
            # the rest of a name: "UBND các huyện, thị" / "xã, thành phố", "Các cơ quan có" / "liên quan",
            # "UBND các huyện," / "thị xã" (a list of levels goes on after a whole one: "thị xã" / "thành phố")
            return 1.0 if all(fold(w).strip(",;.") in _NAME_TAIL_WORDS for w in words) else _MISSING
        if unfinished and not last.endswith(","):   # "Sở Thông tin và" / "Truyền thông"
            return _agency_score(re.split(r"[,;]\s+", cell)[-1].split() + words) - 1.0
        if not cell or words[0][:1].isupper():
            # a second name on the next line comes after a list mark; without one it is rather the task text's
            return _agency_score(words) - (0.0 if not cell or cell.endswith(_LIST_MARKS) else 2.5)
        return _MISSING
    if column == DEADLINE:
        # the rest of a time: "Thường xuyên" / "trong năm", "Quý II và" / "Quý IV/2026"
        goes_on = all(fold(w).strip(",;.") in _TIME_WORDS or any(c.isdigit() for c in w) for w in words)
        return 1.0 if goes_on and _reads_as_deadline(f"{cell} {text}".strip()) else -2.0
    if column == BUDGET:
        return 1.0 if _BUDGET.fullmatch(text) else _MISSING
    if column == OUTPUTS:
        if fold(words[0]).strip(",;.") in _LEVELS:
            return -1.0   # "thị" / "xã" ends the agency name beside it, opens no product
        return _cell_score(OUTPUTS, words) if not cell else -0.2   # the task text's own lines wrap the most
    return 0.0


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
    misread = _MISREAD_NUMERAL.fullmatch(mark) and _in_capitals(heading) and is_area_heading(heading)
    return [mark.strip("|"), heading] if is_area_line(text) or numbers_area(mark, heading) or misread else None


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _task_row(text: str, roles: list[str], strict: bool = True) -> list[str] | None:
    """The row's cells in the header's order, where it reads as a whole row; None otherwise. Once the
    table has shown itself (not `strict`), a row whose agency or deadline OCR garbled ("Số. Tài chính") is
    still a row."""
    number = _ROW.match(text)
    if not number:
        return None
    words = _words(text[number.end():])
    columns = roles[1:]
    score, cells = _best_cut(words, columns)
    if score == _MISSING:
        return None
    by_role = dict(zip(columns, cells))
    whole = reads_as_agency(by_role[LEAD]) and (DEADLINE not in by_role or by_role[DEADLINE])
    if not by_role[TITLE] or (strict and not whole):
        return None
    return [number.group(1), *cells]


def _words(text: str) -> list[str]:
    """The words of a line without the marks OCR makes of table rules and specks ("—-", "=", "_")."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def _best_cut(words: list[str], columns: list[str], score=None) -> tuple[float, list[str]]:
    """The best-scoring cut of the words into one run per column (dynamic programming over cut points);
    `score(c, run, at_end)` scores column c's run, by default as a whole cell (`_cell_score`)."""
    score = score or (lambda c, run, at_end: _cell_score(columns[c], run))
    n = len(words)
    # best[j]: score of the columns so far holding words[:j], with the runs they took
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for c, column in enumerate(columns):
        reach: dict[int, tuple[float, list[str]]] = {}
        last = c == len(columns) - 1
        for j, (total, runs) in best.items():
            for end in ([n] if last else range(j, min(n, j + _MOST_WORDS.get(column, n)) + 1)):
                value = score(c, words[j:end], end == n)
                if value != _MISSING and (end not in reach or total + value > reach[end][0]):
                    reach[end] = (total + value, runs + [" ".join(words[j:end])])
        best = reach
    return best.get(n, (_MISSING, []))


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
        # after a comma a list goes on with a name or a level ("UBND các huyện, thị xã"), not other words
        if words[k - 1].endswith(",") and words[k][:1].islower() and folded[k] not in _NAME_TAIL_WORDS:
            score -= 2.0
    # the lower-case words of a name are those names are made of: not "rà soát" of "-kết quả rà soát"
    vocabulary = AgencyRegistry.default().word_cases
    return score - 1.5 * sum(w[:1].islower() and w.strip(",;.()-–").lower() not in vocabulary for w in words[1:])


def _reads_as_deadline(text: str) -> bool:
    if not (opens_as_deadline(text) or _DEADLINE_OPENING.match(text)):
        return False
    return parse_deadline(text, None).kind not in ("none", "relative")
