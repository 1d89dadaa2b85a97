"""One cell per line without the TABs: give the lines their cell marks back.

A table copied out of a web page or a PDF viewer often arrives with every cell on its own line and
rows separated by blank lines, as in the "one cell per line" layout of `layouts`, but with the TAB
that opens each cell lost:

    3.
    Theo dõi thi hành pháp luật năm 2018
    Kế hoạch, báo cáo của Ủy ban nhân dân tỉnh gửi Bộ Tư pháp
    Sở Tư pháp
    Các sở, ban ngành, Ủy ban nhân dân cấp huyện
    Báo cáo gửi Bộ Tư pháp trước 15/10/2018

Such a stretch is recognised by its rows: blank-line-separated groups that open with a row number
alone on its line ("3.", "1.2", or a letter "a)"), at least `MIN_ROWS` of them, with the area rows ("II"
or "2" alone, then the heading in capitals, or "II. CẢI CÁCH THỂ CHẾ" on one line) and a header group
between them. Every line of such a group then opens a cell, except a
bullet right after a bullet ("- Ban hành ... / - Hoàn thành ..."): one cell of milestones. The
lines get their TAB back and `layouts` reads them as it reads the TAB layout. The same table with
one paragraph per cell, as an OCR that found the columns prints it, is rewritten in that layout too
(below).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..document import Block, Line
from ..fields.areas import is_area_heading
from ..page_numbers import page_number
from ..text import ends_on_hanging_word
from .columns import (BUDGET, DEADLINE, LEAD, NUMBER, TITLE, header_role, is_header_row, is_number_cell,
                      opens_as_deadline, reads_as_agency, reads_as_product)
from .column_fit import BULLET as _BULLET
from .column_fit import column_widths, continued_parts, fitted_starts, placed_holes, whole_name
from .grid_text import is_area_line
from .ocr_layout.header import ends_table

MIN_ROWS = 3        # numbered groups; fewer is a list in the text, not a table
MIN_CELLS = 3       # lines in a numbered group, the number included
_ROW_LINES = 12     # lines of the last row looked at for an empty cell
_NUMBERS_LOST = 3   # row numbers that may go missing in a row; a figure further on is a cell (a budget)
MAX_HEADER_CELL = 60   # characters
_HEADER_REACH = 16     # lines from a page number to the end of the header below it (captions, then cells)
_NUMBER_HEADER = 12    # characters: "STT", "Số TT", "Số thứ tự"
_CONTINUED_LINES = 12   # lines of a row that a page break carried over below the repeated header
_CAPTION_LINES = 4     # lines between a page number and the header below it: "Phụ lục", its title, "(Kèm theo ...)"
_LETTERS = "abcdđeghiklmnopqrstuvxy"   # the order Vietnamese texts letter their points in
# "3.", "1.2", OCR's "4,"; rows lettered "a)", "b)" under each area
_ROW_NUMBER = re.compile(rf"\s*(?:\d{{1,3}}(?:\.\d{{1,2}}){{0,2}}[.,]?|[{_LETTERS}]\))\s*")
_AREA_MARK = re.compile(r"\s*(?:[IVX]{1,5}|[A-Đ])\.?\s*")
_ROMAN_MARK = re.compile(r"[IVX]{1,5}\.?")   # an area row's numeral alone on its line
_NUMBERED = re.compile(r"(?:[IVX]{1,5}|\d+)\b")
_TOTAL = re.compile(r"(?i)(?:tổng cộng|tổng số|cộng)\s*:?\s*$")


def restore_cell_tabs(blocks: list[Block]) -> list[Block]:
    """`blocks` with the lines of TAB-less one-cell-per-line tables opened by a TAB."""
    blocks = _rows_apart(blocks)
    groups = _groups(blocks)
    edits = _Edits()
    for run in _table_runs(blocks, groups):
        _mark_run(blocks, run, edits)
    if not edits.marked:
        return _paragraph_cells(blocks, groups)
    return edits.applied(blocks)


@dataclass
class _Edits:
    """What becomes of a table's lines (block indexes)."""
    marked: set[int] = field(default_factory=set)     # lines that open a cell
    wrapped: set[int] = field(default_factory=set)    # lines that go on the line above (a narrow column wrapped them)
    dropped: set[int] = field(default_factory=set)    # page numbers between the rows
    moved: dict[int, list[int]] = field(default_factory=dict)   # a cell's last line -> its lines on the next page
    empty_before: dict[int, int] = field(default_factory=dict)   # a cell's first line -> empty cells before it

    def applied(self, blocks: list[Block]) -> list[Block]:
        moved = {line for lines in self.moved.values() for line in lines}
        out: list[Block] = []
        for i, block in enumerate(blocks):
            if i in self.dropped or i in moved:
                continue
            if i in self.wrapped:   # one line again: "Văn phòng" / "UBND tỉnh" is one agency, not two
                out[-1] = _joined(out[-1], block)
            elif i in self.marked:
                tabs = "\t" * (1 + self.empty_before.get(i, 0))
                out.append(Line(tabs + _number_mended(block.text.strip()), block.lineno, block.page))
            else:
                out.append(block)
            for line in self.moved.get(i, ()):
                out[-1] = _joined(out[-1], blocks[line])
        return out


def _joined(line: Line, following: Block) -> Line:
    return Line(f"{line.text} {following.text.strip()}", line.lineno, line.page)


def _mark_run(blocks: list[Block], run: list[tuple[list[int], str]], edits: _Edits) -> None:
    """Cell marks for one table's groups; a row cut by a page break gets back its lines from the next page."""
    roles = _header_roles(blocks, run[0][0])
    rows: list[list[list[int]]] = []   # each numbered row's cells, the number's excluded
    continued: list[tuple[list[list[int]], list[int]]] = []   # (the row's cells, its lines on the next page)
    for group, kind in run:
        if kind == "continued":
            if rows and roles and len(rows[-1]) == len(roles) - 1:
                continued.append((rows[-1], group))
            continue
        kept = _without_page_numbers(blocks, group, roles)
        edits.dropped.update(set(group) - set(kept))
        starts = _cell_starts(blocks, kept)
        fitted = fitted_starts(blocks, kept, starts, roles)
        if fitted != starts and kind == "row" and _holes_inside(blocks, kept, starts, roles):
            fitted = starts   # a cell left empty, not a cell wrapped: "Phòng Nội vụ" / "Quý I/2018" / ...
        edits.marked.update(fitted)
        if fitted != starts:
            # a line that goes on the cell above is one line with it, unless it is a bullet or a name under
            # a name (one agency a line: a list, not one name)
            edits.wrapped.update(i for before, i in zip(kept, kept[1:]) if i not in fitted and
                                 not _BULLET.match(blocks[i].text) and
                                 not (whole_name(blocks[before].text) and whole_name(blocks[i].text)))
        if kind == "row":
            ends = fitted[2:] + [kept[-1] + 1]
            rows.append([[i for i in kept if a <= i < b] for a, b in zip(fitted[1:], ends)])
            if roles is not None:
                edits.empty_before.update(_empty_cells(blocks, fitted[0], rows[-1], roles))
    widths = column_widths(blocks, rows)
    for cells, lines in continued:
        for cell, part in zip(cells, continued_parts(blocks, cells, lines, roles[1:], widths)):
            if part:
                edits.moved.setdefault(cell[-1], []).extend(part)


def _holes_inside(blocks: list[Block], group: list[int], starts: list[int], roles: list[str | None] | None) -> bool:
    """The row's lines, each a cell, read clearly better with a column inside the row left empty."""
    if roles is None or len(starts) > len(roles):
        return False
    ends = starts[2:] + [group[-1] + 1]
    return bool(_empty_cells(blocks, starts[0], [[i for i in group if a <= i < b] for a, b in zip(starts[1:], ends)],
                             roles))


def _empty_cells(blocks: list[Block], number: int, cells: list[list[int]], roles: list[str | None]) -> dict[int, int]:
    """An empty cell prints no line: where a row opens fewer cells than its columns and its cells read
    clearly better with columns inside it left empty than with its last ones (a date under "Phối hợp"),
    how many empty cells go before each of its cells' first lines. The number and the task stay first;
    of equal readings, the columns further right are the empty ones ("Phối hợp" before "Chủ trì")."""
    texts = [blocks[number].text] + [" ".join(blocks[i].text.strip() for i in cell) for cell in cells]
    holes = placed_holes(texts, roles, first=2, tie=sum)
    if holes is None:
        return {}
    empties: dict[int, int] = {}
    openings = iter(cell[0] for cell in cells)
    count = 0
    for column in range(1, len(roles)):
        if column in holes:
            count += 1
            continue
        first_line = next(openings, None)
        if count and first_line is not None:
            empties[first_line] = count
        count = 0
    return empties


def _groups(blocks: list[Block]) -> list[list[int]]:
    """Runs of consecutive non-blank lines (block indexes); a table block or a blank line ends one."""
    return _runs(blocks, lambda i, run: bool(blocks[i].text.strip()))


def _runs(blocks: list[Block], belongs: Callable[[int, list[int]], bool]) -> list[list[int]]:
    """Runs of lines without a TAB (block indexes), each line one that `belongs` to the run so far."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, block in enumerate(blocks):
        if isinstance(block, Line) and "\t" not in block.text and belongs(i, current):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


# --- rows run together -------------------------------------------------------------------------
# A PDF viewer's copy prints every cell on its own line without a blank line between rows. The rows
# are found by their numbers: lines that are a row number alone and follow the one before in sequence
# ("1.3" -> "1.4", "1.4.1", "2", "2.1"; "1" after an area row, "II" or "III. CẢI CÁCH THỦ TỤC HÀNH
# CHÍNH"); a figure out of sequence is a cell (a budget "10"). A blank line before each mark, and
# before the header right above the first, gives the layout above. Numbered lines are only rows once such a header has opened a table, or where
# most rows hold an agency cell and a deadline cell: a list of numbered paragraphs stays running text.
# The text that follows the last row with no blank line between (the plan's next part, the addressees,
# the signature) gets a blank line too.


def _rows_apart(blocks: list[Block]) -> list[Block]:
    blocks = _without_empty_cell_lines(blocks)
    breaks: set[int] = set()
    headed = False   # numbered lines are rows once a header has opened a table (pages after it need none)
    header_lines: list[str] = []   # the first header's, which a PDF repeats at the top of each page
    first_header = None
    groups = _groups(blocks)
    for group in groups:
        marks = _sequence_marks(blocks, group)
        if sum(_ROW_NUMBER.fullmatch(blocks[i].text) is not None for i in marks) < MIN_ROWS:
            continue
        header = _header_start(blocks, group[:group.index(marks[0])])
        headed = headed or header is not None or _rows_hold_cells(blocks, group, marks)
        if headed:
            breaks.update(marks)
            breaks.update(_rows_end(blocks, group, marks[-1]))
            if header is not None and not header_lines:
                header_lines = [blocks[i].text.strip() for i in group[group.index(header):group.index(marks[0])]]
                first_header = header
            elif header_lines and _header_repeats(blocks, group, header_lines, first_header):
                header = None   # the first header again, with what the page break cut off after it: found below
            breaks.add(header if header is not None else marks[0])
            if _row_number(blocks[group[0]].text.strip()) and _above_header(blocks, group, 0, _CAPTION_LINES):
                breaks.add(group[1])   # the page's number on its own: the lines below it are no row
    if header_lines:
        for group in groups:
            breaks.update(_header_repeats(blocks, group, header_lines, first_header))
    breaks -= {group[0] for group in groups}   # a blank line is there already
    if not breaks:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in breaks:
            out.append(Line("", block.lineno, block.page))
        out.append(block)
    return out


def _without_empty_cell_lines(blocks: list[Block]) -> list[Block]:
    """Where rows run together, a single blank line inside one of them is an empty cell, not the row's
    end (a copy that writes each cell on a line writes an empty one as an empty line): it goes, and the
    row's cells are placed by what they read (`_empty_cells`). Rows run together where a row beside it
    has no blank line; the rows beside it hold several lines each, and no fewer than its own."""
    blanks: set[int] = set()
    for stretch in _stretches(blocks):
        marks = _sequence_marks(blocks, [i for i in stretch if blocks[i].text.strip()])
        gaps = [[i for i in stretch if a < i < b] for a, b in zip(marks, marks[1:])]
        gaps.append([i for i in stretch if i > marks[-1]][:_ROW_LINES] if marks else [])
        # the rows' lines, between a row's number and the next mark (an area row's are no row's)
        gaps = [gap for mark, gap in zip(marks, gaps) if _ROW_NUMBER.fullmatch(blocks[mark].text)]
        blank = [[i for i in gap if not blocks[i].text.strip()] for gap in gaps]
        sizes = [len(gap) - len(b) for gap, b in zip(gaps, blank)]
        # a row that another follows with no blank line between (the last row can show nothing)
        joined = [not b for b in blank[:-1]] + [False]
        for k, gap_blanks in enumerate(blank):
            beside = [j for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(gaps)]
            # a row short of a cell holds no more lines than the full rows beside it (a caption and the
            # next table's header after a table's last row do)
            if len(gap_blanks) == 1 and len(beside) >= MIN_ROWS - 1 and any(joined[j] for j in beside) and \
                    all(MIN_CELLS - 1 <= sizes[k] <= sizes[j] for j in beside):
                blanks.update(gap_blanks)
    return [block for i, block in enumerate(blocks) if i not in blanks] if blanks else blocks


def _stretches(blocks: list[Block]) -> list[list[int]]:
    """Runs of lines without a TAB (block indexes) in which no two blank lines stand together."""
    return _runs(blocks, lambda i, run: bool(blocks[i].text.strip()) or
                 (bool(run) and run[-1] == i - 1 and bool(blocks[i - 1].text.strip())))


def _rows_end(blocks: list[Block], group: list[int], last_mark: int) -> list[int]:
    """Where the text after the last row starts when no blank line sets it apart: the next part of the
    plan ("II. KINH PHÍ THỰC HIỆN", a Roman heading in capitals that names no reform area), the
    addressees or the signature."""
    for i in group[group.index(last_mark) + 1:]:
        text = blocks[i].text.strip()
        if ends_table(text) or (_PART_HEADING.match(text) and text.isupper() and not is_area_line(text)):
            return [i]
    return []


_PART_HEADING = re.compile(r"[IVX]{1,5}\.\s+\S")


def _rows_hold_cells(blocks: list[Block], group: list[int], marks: list[int]) -> bool:
    """Most rows hold a line that is an agency cell and one that is a deadline cell (a table whose
    header was cut off)."""
    ends = [group.index(m) for m in marks] + [len(group)]
    rows = [[blocks[i].text for i in group[a + 1:b]] for a, b in zip(ends, ends[1:])]
    rows = [row for row in rows if len(row) >= MIN_CELLS - 1]
    full = sum(any(map(reads_as_agency, row)) and any(map(opens_as_deadline, row)) for row in rows)
    return full >= MIN_ROWS and full * 2 >= len(rows)


def _sequence_marks(blocks: list[Block], group: list[int]) -> list[int]:
    """Lines of `group` that are row numbers in sequence, or Roman area marks, each with a line after it."""
    marks: list[int] = []
    last: list[tuple[int, ...]] | None = None   # what the next number may follow; None: anything
    row_above = False   # the line above is a row's number: this one is that row's first cell
    for k, i in enumerate(group[:-1]):
        text = blocks[i].text.strip()
        if _ROMAN_MARK.fullmatch(text) or is_area_line(text) or _TOTAL.match(text):
            marks.append(i)
            last = [(0,)] + ([last[0][:1]] if last else [])   # numbering starts again, or counts on
            row_above = False
            continue
        if numbers_area(text, blocks[group[k + 1]].text):
            marks.append(i)
            last = [(0,), _row_number(text)]   # "1" again, or "2.1" under area "2"
            row_above = False
            continue
        number = _row_number(text)
        is_row = number is not None and not row_above and \
            (not last or any(_follows(before, number) for before in last)) and \
            _row_number(blocks[group[k + 1]].text.strip()) != number and \
            not _above_header(blocks, group, k, _CAPTION_LINES if last is None else 0)
        # ("4" / "4" is a budget, then the row; a page's number above the header is no row)
        if is_row:
            marks.append(i)
            last = [number]
        row_above = is_row
    return marks


def numbers_area(text: str, following: str) -> bool:
    """An area row numbered in Arabic figures: "2" alone, then the area's heading in capitals ("CẢI CÁCH
    CHẾ ĐỘ CÔNG VỤ"); the rows under it number from 1 again."""
    following = following.strip()   # (a figure above "II. CẢI CÁCH THỂ CHẾ" is the last row's budget)
    return _row_number(text) is not None and following.isupper() and not _NUMBERED.match(following) and \
        is_area_heading(following)


def _above_header(blocks: list[Block], group: list[int], k: int, captions: int = 0) -> bool:
    """The number on line `k` of `group` is a page's: the header repeated at the top of the page comes right
    after it, or the table's first header with at most `captions` lines between ("3" / "Phụ lục" / ... /
    "STT" / "Nội dung ...")."""
    following = []
    for i in group[k + 1:k + 1 + _HEADER_REACH]:
        text = blocks[i].text.strip()
        if _row_number(text) is not None or _ROMAN_MARK.fullmatch(text):
            break
        following.append(i)
    header = next((n for n, i in enumerate(following[:captions + 1])
                   if len(blocks[i].text) <= _NUMBER_HEADER and header_role(blocks[i].text) == NUMBER), None)
    return header is not None and _header_start(blocks, following) == following[header] and \
        not any(reads_as_agency(blocks[i].text) or opens_as_deadline(blocks[i].text) for i in following[:header])


def _header_repeats(blocks: list[Block], group: list[int], header: list[str], first: int) -> list[int]:
    """Where the `header` lines (the first at line `first`) come again in `group` (a PDF repeats the header at
    the top of each page), and where each repeat ends: the rest of a row cut by the page break may follow."""
    texts = [blocks[i].text.strip() for i in group]
    size = len(header)
    found = [k for k in range(len(group) - size + 1) if texts[k:k + size] == header and group[k] != first]
    return [group[k] for k in found] + [group[k + size] for k in found if k + size < len(group)]


def _row_number(text: str) -> tuple[int, ...] | None:
    if not _ROW_NUMBER.fullmatch(text):
        return None
    letter = text.strip()[0]
    if letter in _LETTERS:
        return (_LETTERS.index(letter) + 1,)
    return tuple(int(n) for n in re.findall(r"\d+", text))


def _follows(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """`number` comes right after `last`: one of its levels counted on, or a first sub-number."""
    if number == last + (1,):
        return True
    depth = len(number)
    return depth <= len(last) and number[:-1] == last[:depth - 1] and number[-1] == last[depth - 1] + 1


def _header_start(blocks: list[Block], before: list[int]) -> int | None:
    """The first line of the header the lines `before` the first row end with, if they end with one: the
    longest such run of lines, or the longest that opens with "STT" (a caption above the header, "NHIỆM VỤ
    CẢI CÁCH HÀNH CHÍNH NĂM 2023", has header words too)."""
    found = [before[-size] for size in range(min(len(before), 12), MIN_CELLS - 1, -1)
             if max(len(blocks[i].text) for i in before[-size:]) <= MAX_HEADER_CELL
             and is_header_row([blocks[i].text for i in before[-size:]])]
    numbered = [i for i in found if len(blocks[i].text) <= _NUMBER_HEADER and header_role(blocks[i].text) == NUMBER]
    return (numbered or found or [None])[0]


def _table_runs(blocks: list[Block], groups: list[list[int]]) -> list[list[tuple[list[int], str]]]:
    """Groups that read as rows of one table, with only blank lines between them, and at least
    `MIN_ROWS` numbered rows; each with its kind ("row", "group", "area", "header", "continued")."""
    kinds = [_group_kind(blocks, group) for group in groups]
    for i in range(2, len(groups) - 1):
        # the header repeated at the top of a page, then the rest of the row the page break cut
        if kinds[i - 2] == "row" and kinds[i - 1] is None and kinds[i] is None and kinds[i + 1] is not None and \
                len(groups[i]) <= _CONTINUED_LINES and _is_header(blocks, groups[i - 1]) and \
                not _is_header(blocks, groups[i]):
            kinds[i - 1], kinds[i] = "header", "continued"
    for i, group in enumerate(groups[:-1]):
        if kinds[i] is None and kinds[i + 1] is not None and _is_header(blocks, group):
            kinds[i] = "header"   # only a group right above the rows can be their header
    runs: list[list[tuple[list[int], str]]] = [[]]
    rows: list[int] = [0]   # numbered rows per run
    for group, kind in zip(groups, kinds):
        if kind is None or (runs[-1] and not _only_blanks_between(blocks, runs[-1][-1][0][-1], group[0])):
            runs.append([])
            rows.append(0)
        if kind is not None:
            runs[-1].append((group, kind))
            rows[-1] += kind == "row"
    return [run for run, count in zip(runs, rows) if count >= MIN_ROWS]


def _only_blanks_between(blocks: list[Block], last: int, first: int) -> bool:
    return all(isinstance(b, Line) and not b.text.strip() for b in blocks[last + 1:first])


def _group_kind(blocks: list[Block], group: list[int]) -> str | None:
    texts = [blocks[i].text for i in group]
    if _ROW_NUMBER.fullmatch(texts[0]) and len(texts) >= MIN_CELLS:
        return "row"
    if _ROW_NUMBER.fullmatch(texts[0]) and len(texts) == 2:
        return "group"   # a numbered heading over its rows, its other cells empty: "1" / "Kiện toàn tổ chức"
    if _AREA_MARK.fullmatch(texts[0]) and len(texts) >= 2:
        return "area"
    if len(texts) == 1 and is_area_line(texts[0]):
        return "area"   # the merged area cell copied as one line: "I. CẢI CÁCH THỂ CHẾ"
    return None


def _is_header(blocks: list[Block], group: list[int]) -> bool:
    texts = [blocks[i].text for i in group]
    # header cells are short; running text is not worth asking
    return len(texts) >= MIN_CELLS and max(map(len, texts)) <= MAX_HEADER_CELL and is_header_row(texts)


def _cell_starts(blocks: list[Block], group: list[int]) -> list[int]:
    starts = []
    for before, i in zip([None] + group, group):
        if before is not None and _BULLET.match(blocks[i].text) and _BULLET.match(blocks[before].text):
            continue   # the next milestone of a bulleted cell
        if before is not None and before != group[0] and _wraps_on(blocks[before].text, blocks[i].text):
            continue
        starts.append(i)
    return starts


def _wraps_on(line: str, following: str) -> bool:
    """`following` goes on with the cell `line` is in, wrapped in a narrow column: it opens in lower case
    ("... của Ban Chỉ đạo" / "tỉnh"), or `line` stopped on a comma, a semicolon or a joining word and
    `following` opens no agency or deadline cell ("...; UBND cấp" / "huyện" but "... quy định;" / "Sở Nội vụ")."""
    if following.strip()[:1].islower():
        return True
    stopped = line.rstrip().endswith((",", ";")) or ends_on_hanging_word(line)
    return stopped and not reads_as_agency(following) and not opens_as_deadline(following)


# --- a PDF viewer's copy: the header's columns and the page numbers (`column_fit` fits the rows) ----

def _header_roles(blocks: list[Block], group: list[int]) -> list[str | None] | None:
    """The column role of each cell of a header group (the row numbers' column first), or None when the
    group is no header of tasks (a table of targets has columns of figures instead)."""
    if not _is_header(blocks, group):
        return None
    # "Kinh phí" / "(Triệu đồng)": a unit in brackets is the cell above's
    starts = [i for i in _cell_starts(blocks, group) if i == group[0] or not blocks[i].text.lstrip().startswith("(")]
    ends = starts[1:] + [group[-1] + 1]
    roles = [header_role(" ".join(blocks[i].text.strip() for i in range(a, b))) for a, b in zip(starts, ends)]
    if TITLE not in roles or not {LEAD, DEADLINE} & set(roles):
        return None
    return roles if roles[0] == NUMBER else [NUMBER, *roles]


def _without_page_numbers(blocks: list[Block], group: list[int], roles: list[str | None] | None) -> list[int]:
    """A numbered row's lines without the page numbers a PDF viewer's copy left among them ("4" alone on its
    line), in a table whose header names every column and no column of figures."""
    if roles is None or BUDGET in roles or None in roles or not is_number_cell(blocks[group[0]].text.strip()):
        return group
    return group[:1] + [i for i in group[1:] if not page_number(blocks[i].text)]


# --- one paragraph per cell ------------------------------------------------------------------
# An OCR engine or a PDF-to-text step that found the columns prints each cell as a paragraph of its
# own, blank lines between them, the row number alone before the row's cells:
#
#     5.
#
#     Kiểm tra, xử lý văn bản quy phạm pháp luật
#     năm 2018
#
#     Báo cáo của Ủy ban nhân dân tỉnh
#     ...
#
# The row's cells are the paragraphs up to the next row number; a row whose number was lost makes
# the row before it about twice as long as the others, and is cut off from it.


def _paragraph_cells(blocks: list[Block], groups: list[list[int]]) -> list[Block]:
    out = list(blocks)
    for run, width, lead in reversed(_paragraph_runs(blocks, groups)):
        first, last = run[0][0][0], run[-1][-1][-1]
        out[first:last + 1] = _tabbed_rows(blocks, run, width, lead)
    return out


def _paragraph_runs(blocks: list[Block], groups: list[list[int]]) -> list[tuple[list, int, int | None]]:
    """Runs of rows (each a list of groups: the mark, then its cell paragraphs) with at least `MIN_ROWS`
    numbered rows, a typical row of at least `MIN_CELLS` - 1 cells, and only blank lines between; the
    addressees or the signature end a run. Each with its typical width and lead column."""
    runs: list[list[list[list[int]]]] = [[]]
    last = None   # the run's last row number
    for i, group in enumerate(groups):
        ends = ends_table(blocks[group[0]].text)
        if ends or (i and not _only_blanks_between(blocks, groups[i - 1][-1], group[0])):
            runs.append([])
            last = None
        text = blocks[group[0]].text.strip()
        if _is_row_mark(blocks, group) and (not runs[-1] or _continues(last, text)):
            runs[-1].append([group])
            last = text if _ROW_NUMBER.fullmatch(text) else None
        elif runs[-1] and not ends:
            runs[-1][-1].append(group)   # a cell, also a figure out of the rows' sequence (a budget "10")
    kept = []
    for run in runs:
        numbered = [row for row in run if _ROW_NUMBER.fullmatch(blocks[row[0][0]].text)]
        if len(numbered) < MIN_ROWS:
            continue
        width = _typical_width(blocks, numbered)
        if width < MIN_CELLS - 1:
            continue
        # the last row ends the table: what follows it in the same run is text after the table
        # (whole rows that lost their numbers excepted)
        last = _cells(blocks, run[-1][1:])
        keep = width * max(1, len(last) // width)
        run[-1] = run[-1][:1 + sum(len(cell) for cell in last[:keep])]
        kept.append((run, width, _lead_column(blocks, numbered, width)))
    return kept


def _continues(last: str | None, mark: str) -> bool:
    """A row number (or area mark) that can follow the row numbered `last`: one a little further on
    (numbers get lost), the same one's sub-number, or "1" again under a new group."""
    if last is None or not _ROW_NUMBER.fullmatch(mark):
        return True
    before, number = int(re.match(r"\s*\d+", last)[0]), int(re.match(r"\s*\d+", mark)[0])
    return number == 1 or before <= number <= before + _NUMBERS_LOST


def _is_row_mark(blocks: list[Block], group: list[int]) -> bool:
    text = blocks[group[0]].text
    return len(group) == 1 and bool(_ROW_NUMBER.fullmatch(text) or _AREA_MARK.fullmatch(text))


def _cells(blocks: list[Block], paragraphs: list[list[int]]) -> list[list[list[int]]]:
    """Paragraphs grouped into cells: a bulleted paragraph right after a bulleted one is the same cell."""
    cells: list[list[list[int]]] = []
    for paragraph in paragraphs:
        if cells and _BULLET.match(blocks[paragraph[0]].text) and _BULLET.match(blocks[cells[-1][-1][0]].text):
            cells[-1].append(paragraph)
        else:
            cells.append([paragraph])
    return cells


def _typical_width(blocks: list[Block], rows: list[list[list[int]]]) -> int:
    widths = sorted(len(_cells(blocks, row[1:])) for row in rows)
    return widths[len(widths) // 2]


def _tabbed_rows(blocks: list[Block], run: list[list[list[int]]], width: int, lead: int | None) -> list[Block]:
    """The run written in the TAB layout: a blank line between rows, a TAB opening each cell."""
    out: list[Block] = []
    for row in run:
        mark = blocks[row[0][0]]
        cells = _cells(blocks, row[1:])
        # a row about twice as long as the others holds a second row that lost its number
        pieces = [cells[k:k + width] for k in range(0, len(cells), width)] if len(cells) > width * 3 // 2 else [cells]
        number = _number_mended(mark.text.strip())
        for n, piece in enumerate(pieces):
            out.append(Line("\t" + _following_number(number, n), mark.lineno, mark.page))
            empty = 0   # empty cells before this one: a TAB each on its first line ("\t\tSở Nội vụ")
            for cell in _deadline_cut(blocks, _with_empty_cells(blocks, piece, width, lead), width):
                lines = [blocks[i] for paragraph in cell for i in paragraph]
                if not lines:
                    empty += 1
                    continue
                out.append(Line("\t" * (1 + empty) + lines[0].text.strip(), lines[0].lineno, lines[0].page))
                out.extend(Line(ln.text.strip(), ln.lineno, ln.page) for ln in lines[1:])
                empty = 0
            out.append(Line("", mark.lineno, mark.page))
    return out


def _cell_text(blocks: list[Block], cell: list[list[int]]) -> str:
    return " ".join(blocks[i].text.strip() for paragraph in cell for i in paragraph)


def _lead_column(blocks: list[Block], rows: list[list[list[int]]], width: int) -> int | None:
    """The first column whose cells mostly name an agency, in the rows of the typical width."""
    full = [_cells(blocks, row[1:]) for row in rows]
    full = [cells for cells in full if len(cells) == width]
    for column in range(1, width):
        if full and sum(reads_as_agency(_cell_text(blocks, cells[column])) for cells in full) > len(full) / 2:
            return column
    return None


def _with_empty_cells(blocks: list[Block], cells: list, width: int, lead: int | None) -> list:
    """A row short of cells (an empty cell prints nothing; OCR ran two together): its first agency
    cell is moved to the lead column, empty cells before it."""
    if lead is None or len(cells) >= width:
        return cells
    first = next((i for i in range(1, len(cells)) if reads_as_agency(_cell_text(blocks, cells[i]))), None)
    if first is None or first >= lead or len(cells) + lead - first > width:
        return cells
    if first == 1 and lead == 2:   # the task text and its product run together: cut at the product
        return _product_cut(blocks, cells[0]) + cells[1:]
    return cells[:first] + [[]] * (lead - first) + cells[first:]


def _product_cut(blocks: list[Block], cell: list[list[int]]) -> list[list[list[int]]]:
    """A task text with its product's lines run on ("Xây dựng Kiến trúc ... / Quyết định phê duyệt ..."):
    the two cells, cut at the first later line that names a product; else the text and an empty cell."""
    lines = [i for paragraph in cell for i in paragraph]
    cut = next((k for k in range(1, len(lines)) if reads_as_product(blocks[lines[k]].text)), None)
    if cut is None:
        return [cell, []]
    return [[lines[:cut]], [lines[cut:]]]


def _deadline_cut(blocks: list[Block], cells: list, width: int) -> list:
    """A row still one cell short whose last cell ends on a line that opens a deadline ("30/11/2018",
    "Quý IV"): that line is the deadline cell, run on to the cell before it."""
    if len(cells) != width - 1 or not cells[-1]:
        return cells
    lines = [i for paragraph in cells[-1] for i in paragraph]
    if len(lines) < 2 or not opens_as_deadline(blocks[lines[-1]].text):
        return cells
    return cells[:-1] + [[lines[:-1]], [lines[-1:]]]


def _following_number(number: str, steps: int) -> str:
    """The row number `steps` rows after `number` ("2." -> "3."), recovered from the sequence."""
    if not steps:
        return number
    match = re.fullmatch(r"(.*?)(\d+)(\.?)", number)
    return f"{match[1]}{int(match[2]) + steps}{match[3]}" if match else ""


def _number_mended(text: str) -> str:
    """A row number as the table wrote it: OCR reads "4." as "4," now and then."""
    return text[:-1] + "." if _ROW_NUMBER.fullmatch(text) and text.endswith(",") else text
