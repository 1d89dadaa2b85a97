"""Tables whose columns are lined up with spaces: the text `pdftotext -layout` and many viewers give,
and the PDF reader's `Line.spaced` for a table drawn without rules.

    TT    Nội dung, nhiệm vụ            Sản phẩm               Cơ quan chủ trì   Thời gian
    1.1   Kiện toàn Ban chỉ đạo CCHC    - Quyết định kiện      Sở Nội vụ         Quý I/2021
          tỉnh                          toàn của UBND tỉnh

The header line, recognised by its words in chunks two or more spaces apart (or a single space, where
the words either side name different columns: "Thời gian Sản phẩm"), gives where each column starts;
every word below it goes to the column it starts in, so a cell may wrap over several lines and a gap of
a single space still separates two cells (no gap at all, too, where a capitalised word follows a
lower-case letter: "Văn phòngCác phòng"; and a word set a little left of a column but running well into
it is that column's, as a cell never runs past its own). A line with something in the number column
opens a row; the lines under it continue its cells. A header wrapped over two lines is one header row
(also where the number column wrapped its "TT" to "T" / "T"), and so is one
whose long labels start lines above the line that shows most of its columns (set at the bottom of its
cells, or centred vertically: "Kinh phí" / "(triệu" / "đồng)"). Every page is laid out anew, often at
other offsets: a header line sets the columns (and is kept as a row, as a Word table repeats it; the
lines under it that its first reading does not hold go on with the row the page split), and after a page
break (form feed) they are read again off that page's gaps. `pdftotext -layout` also sets the stretch
under each area heading anew: where that stretch's gaps, or the left edges its wrapped cells line up on,
show every column, it is read by them; a row it set apart from the others ("1.1" wider than "1.2") is
read by its own lines where they fit them better. Rows under such a header whose cells are a few spaces
apart but not lined up get TABs for those spaces instead, for the TAB layout of `layouts` (with their
header's second line spread and their rows that a cell's line breaks cut mended, as TAB rows are). Where
the cells are centred vertically, a row's number stands on its middle line and `centred_rows` says which
lines above it are its own.
The table ends at the addressees or the signature. The `Table` goes on to the same row and column
readers as any other.
"""
from __future__ import annotations

import re
from itertools import combinations
from typing import NamedTuple

from ..document import Block, Line, Table
from ..text import CAPITALS, LOWER_CASE, breaks_number, fold_words
from .centred_rows import HEADER, HEADING, MORE, ROW, WRAP, row_owners
from .columns import NUMBER, header_role, is_header_row, is_number_cell
from .ocr_layout.header import ends_table
from .rows import is_total_row
from .split_rows import join_split_rows
from .tab_spans import spread_sub_headers

# a lower-case letter then a capitalised word, with no space: two cells `pdftotext -layout` set side by side
# with no gap ("Văn phòngCác phòng")
_SEAM = rf"(?<=[{LOWER_CASE}])(?=[{CAPITALS}][{LOWER_CASE}])"
_WORD_TEXT = rf"\S+?(?=\s|$|{_SEAM})"
_WORD = re.compile(_WORD_TEXT)
_CHUNK = re.compile(rf"{_WORD_TEXT}(?: {_WORD_TEXT})*")      # words a single space apart: one header cell
_MARK_THEN_WORD = re.compile(r"(\S+) (?=\S)")
_ITEM = re.compile(r"[-+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s")
SLACK = 2             # a word may start this many characters left of its column's header
HEADER_INDENT = 4     # ... and a column's cells this many right of it
MIN_COLUMNS = 3
ALIGNED_SHARE = 0.5   # of the cells below the header starting at a column of the header's
_GAP = re.compile(r" {2,}")
_FIGURES = re.compile(r"[\d.,\s]+")
_PAGE_BREAK = "\f"   # pdftotext ends every page with a form feed
MIN_EDGE_CELLS = 2    # cells starting at one offset that make it a column's left edge
MAX_SHIFT = 12        # how far a stretch's columns may lie from where the header or page set them
MAX_EMPTY_COLUMNS = 2   # columns no line of a stretch writes in ("Kinh phí", "Ghi chú")
MAX_HEADER_LINES = 4    # lines a header's words may wrap over in narrow columns
MAX_LINES_ABOVE = 3     # lines of a header over the line that shows most of its columns
EARLY_START = 3         # further left than `SLACK` that a cell's first word may start, a space after the cell before
MAX_HEADING_GAP = 24    # spaces between a heading's row mark and its words, across the number column


def aligned_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with each run of space-aligned table lines replaced by a `Table`."""
    out: list[Block] = []
    i = text_from = 0   # blocks from `text_from` on went to `out` as they are
    while i < len(blocks):
        starts = _header_starts(blocks, i)
        if starts is None:
            out.append(blocks[i])
            i += 1
            continue
        end = _table_end(blocks, i)
        first = max(_header_block(blocks, i, starts)[0], text_from)
        del out[len(out) - (i - first):]   # the header's top lines, taken for text
        lines = blocks[first:end]
        placed = _placed_lines(lines)
        if _aligned(placed):
            out.append(_table(placed))
        else:   # cells two or more spaces apart, but not lined up: the spaces stand for TABs
            tabbed = [line if line.spaced is not None else
                      Line(_GAP.sub("\t", line.text.strip()), line.lineno, line.page) for line in lines]
            out.extend(join_split_rows(spread_sub_headers(tabbed)))   # as TAB rows are, before they get here
        i = text_from = end
    return out


class _Placed(NamedTuple):
    line: Line
    header: list[int] | None   # the column starts, if the line is a header line
    starts: list[int]          # the column starts the line is read by
    wraps_header: bool         # the line carries the header's wrapped words ("trì   hợp   thực hiện")


def _aligned(placed: list[_Placed]) -> bool:
    """Whether the cells below the header start where its columns do (within `SLACK`), as lined-up
    text does; rows written with a few spaces between cells start them anywhere."""
    near = total = 0
    for line, header, starts, wraps_header in placed:
        if header is not None or wraps_header:
            continue
        for chunk in list(_CHUNK.finditer(_spaced(line).lstrip(_PAGE_BREAK)))[1:]:
            total += 1
            near += any(abs(chunk.start() - start) <= SLACK for start in starts)
    return total == 0 or near >= ALIGNED_SHARE * total


def _spaced(line: Line) -> str:
    """The line with its words at their places: as the reader measured them (PDF), else as written."""
    return line.spaced if line.spaced is not None else line.text


def _header_starts(blocks: list[Block], i: int) -> list[int] | None:
    """Where the columns start, if block `i` is the (first) header line of an aligned table: its cells
    two or more spaces apart, named by header words, on this line or with the words that the lines
    under it wrap into each of them ("Nội" / "dung" / "nhiệm vụ" in a narrow column). A header
    centred vertically shows its long cells first ("Cơ quan chủ   Cơ quan phối") and its short ones
    ("TT   Nhiệm vụ", "Sản phẩm") on the next line, in the gaps left of or between them: the columns of both."""
    block = blocks[i]
    if not isinstance(block, Line):
        return None
    text = _spaced(block)
    if "\t" in text or text.strip().count("  ") < MIN_COLUMNS - 1:
        return None
    chunks = list(_CHUNK.finditer(text))   # a chunk ends where two spaces follow
    if len(chunks) < MIN_COLUMNS:
        return None
    starts = [m.start() for m in chunks]
    cells = [m.group() for m in chunks]
    if is_header_row(cells):
        return _with_label_starts(text, starts)
    below = blocks[i + 1:i + 1 + MAX_HEADER_LINES]
    between = _in_gaps(_spaced(below[0]), chunks) if below and isinstance(below[0], Line) else []
    if between:
        starts, cells = map(list, zip(*sorted([*zip(starts, cells), *((start, "") for start in between)])))
    for block in below:
        more = _spaced(block) if isinstance(block, Line) else ""
        if not more.strip() or _opens_row(more, starts, cells):
            break   # a row opens in the first column: the header ended
        cells = [join_wrapped(a, b) for a, b in zip(cells, _cells(more, starts))]
        if is_header_row(cells):
            return _with_label_starts(text, starts)
    return None


def _header_block(blocks: list[Block], i: int, starts: list[int]) -> tuple[int, int, list[int]]:
    """The lines from the header's top to its last wrapped line, and its columns, where header line `i`
    has labels over it that a narrow column wrapped: set centred vertically or at the bottom of the
    header, a label longer than the others starts lines above them ("Kinh phí" / "(triệu" / "đồng)"
    beside "Cơ quan chủ" / "trì"), where `_header_starts` does not see it. A line is the top of a
    label where each of its runs of words stands over one label under it, outside the number column;
    the columns are then the runs of all the header's lines that stand over one another. `(i, i + 1,
    starts)` where no line above goes on the header."""
    block = [_spaced(blocks[i]).lstrip(_PAGE_BREAK)]
    cells = _cells(block[0], starts)
    for more in blocks[i + 1:i + 1 + MAX_HEADER_LINES]:
        text = _spaced(more) if isinstance(more, Line) else ""
        if not text.strip() or _opens_row(text, starts, cells):
            break
        block.append(text)
    spans = _stacked_spans(block)
    first = i
    while first > 0 and i - first < MAX_LINES_ABOVE and not _spaced(blocks[first]).startswith(_PAGE_BREAK):
        above = blocks[first - 1]
        if not isinstance(above, Line) or not _tops_labels(_spaced(above), spans):
            break
        block.insert(0, _spaced(above))
        spans = _stacked_spans(block)
        first -= 1
    if first == i:
        return i, i + 1, starts
    wide = [next((x for x in starts if start - SLACK <= x < end), start) for start, end in spans]
    joined = [" ".join(column).strip() for column in zip(*(_cells(text, wide) for text in block))]
    if not _apart(wide) or not is_header_row(joined):
        return i, i + 1, starts
    return first, first + len(block), wide


def _stacked_spans(texts: list[str]) -> list[tuple[int, int]]:
    """The spans of the lines' runs of words, those that overlap merged: the columns of a header."""
    merged: list[list[int]] = []
    for start, end in sorted(span for line in _chunk_spans(texts) for span in line):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _tops_labels(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether each run of words of `text` is the top of a label: in the slot of one of the header's
    columns `spans` (not the first: row numbers never wrap), clear of its neighbours and centred on it
    or set at its left edge. A title, a paragraph's end or "(Kèm theo Kế hoạch số …)" is none."""
    if "\t" in text or not text.strip():
        return False
    return all(_tops_label(run, spans) for run in _CHUNK.finditer(text.lstrip(_PAGE_BREAK)))


def _tops_label(run: re.Match, spans: list[tuple[int, int]]) -> bool:
    over = [k for k, (start, end) in enumerate(spans) if run.start() < end and start < run.end()]
    if len(over) != 1 or over[0] == 0 or run.group().isupper() or any(c.isdigit() for c in run.group()):
        return False
    k = over[0]
    start, end = spans[k]
    clear = spans[k - 1][1] + SLACK <= run.start() and (k + 1 == len(spans) or run.end() <= spans[k + 1][0] - SLACK)
    narrow, wide = sorted([(start, end), run.span()], key=lambda span: span[1] - span[0])
    return clear and (wide[0] <= (narrow[0] + narrow[1]) / 2 <= wide[1] or abs(start - run.start()) <= SLACK)


def _with_label_starts(text: str, starts: list[int]) -> list[int]:
    """A header line's column `starts`, with a start added inside a run of words where the words either
    side of a capitalised one name different columns: labels set a single space apart in narrow
    columns ("Thời gian Sản phẩm")."""
    found = set(starts)
    for chunk in _CHUNK.finditer(text):
        start = chunk.start()
        for word in _WORD.finditer(text, start + 1, chunk.end()):
            if not word.group()[:1].isupper():
                continue
            before, after = header_role(text[start:word.start()]), header_role(text[word.start():chunk.end()])
            if before and after and before != after:
                found.add(word.start())
                start = word.start()
    return sorted(found)


def _in_gaps(text: str, chunks: list[re.Match]) -> list[int]:
    """Where the cells of `text` start, if every one stands in a gap between the `chunks` of the line
    above: the short labels of a header centred vertically ("TT   Nội dung   Sản phẩm" under and between
    "Cơ quan chủ   Cơ quan phối   Thời gian")."""
    found = list(_CHUNK.finditer(text))
    apart = all(m.end() < c.start() - SLACK or m.start() > c.end() + SLACK for m in found for c in chunks)
    return [m.start() for m in found] if apart else []


def _opens_row(text: str, starts: list[int], header: list[str]) -> bool:
    """Words in the number column, other than the header's own: "TT" where the `header` cells above
    have none (a header centred vertically), or the rest of it where a narrow column wrapped it ("T" /
    "T", "ST" / "T")."""
    number = text[:starts[1] - SLACK].strip()
    if not number:
        return False
    if header[0]:
        return header_role(header[0]) == NUMBER or header_role(header[0] + number) != NUMBER
    return header_role(number) != NUMBER


def _table_end(blocks: list[Block], start: int) -> int:
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Line) or ends_table(block.text.strip()):
            return i
    return len(blocks)


def _table(placed: list[_Placed]) -> Table:
    items = _table_lines(placed)
    owners = row_owners([kind for kind, _, _ in items], [cells[1] if len(cells) > 1 else "" for _, cells, _ in items])
    rows: list[list[str]] = []
    headings: list[bool] = []
    linenos: list[int] = []
    last = -1            # the row that lines with no row number go on
    pending: list[list[str]] = []   # lines over a row's number, where it stands in the middle of its row
    pending_lineno = 0
    for i, (kind, cells, lineno) in enumerate(items):
        if kind == WRAP:
            rows[-1] = [join_wrapped(a, b) for a, b in zip(rows[-1], cells)]
        elif kind in (HEADER, HEADING, ROW) or not rows:
            for above in reversed(pending):
                cells = [join_wrapped(a, b) for a, b in zip(above, cells)]
            rows.append(cells)
            headings.append(kind == HEADING)
            linenos.append(pending_lineno if pending else lineno)
            pending = []
            # a repeated header: a row split by the page goes on after it
            last = last if kind == HEADER and last >= 0 else len(rows) - 1
        elif owners[i] is not None:
            pending_lineno = pending_lineno if pending else lineno
            pending.append(cells)
        elif headings[last] and not any(rows[last][2:]):
            # a heading merged across the row wraps as one run of words, whatever columns they fall in
            rows[last][1] = join_wrapped(rows[last][1], " ".join(cell for cell in cells if cell))
        else:
            rows[last] = [join_wrapped(a, b) for a, b in zip(rows[last], cells)]
    width = max(len(r) for r in rows)
    return Table(rows=[r + [""] * (width - len(r)) for r in rows], lineno=linenos[0], row_linenos=linenos)


def _table_lines(placed: list[_Placed]) -> list[tuple[str, list[str], int]]:
    """The table's lines that hold words, each as (kind, cells, line number): a `HEADER` line or one
    that `WRAP`s it, a `HEADING` or a `ROW` that a number opens, or `MORE` of a row's cells."""
    items: list[tuple[str, list[str], int]] = []
    opens_rows = False   # the header's first column numbers the rows
    header_starts: list[int] = []
    number_label = ""    # the header's first label, over its wrapped lines ("T" / "T")
    for line, header, starts, wraps_header in placed:
        text = _spaced(line)
        if header is not None or wraps_header:
            header_starts = header or header_starts
            cells = _cells(text, header_starts)
            # "TT" may also stand under a header centred vertically
            number_label = join_wrapped(number_label, cells[0]) if wraps_header else cells[0]
            opens_rows = header_role(number_label) == NUMBER
            items.append((WRAP if wraps_header else HEADER, cells, line.lineno))
            continue
        if not line.text.strip():
            continue
        text = text.lstrip(_PAGE_BREAK)
        cells = _cells(text, starts, opens_rows)
        if opens_rows and cells[0] and not _is_row_number(cells[0].split(" ")[0]) and \
                not is_total_row(cells[:1]):
            # words in the number column that are no number: a heading wrapped in that narrow column
            cells = ["", f"{cells[0]} {cells[1]}".strip()] + cells[2:]
        if _is_total_line(cells):
            kind = ROW
        elif (opens_rows and cells[0]) or (not opens_rows and cells[1] and opens_item(cells[1])):
            heading = _is_heading(text, starts) or (cells[1].isupper() and not any(cells[2:]))   # "I. CẢI CÁCH THỂ CHẾ"
            kind = HEADING if opens_rows and heading else ROW
        else:
            kind = MORE
        items.append((kind, cells, line.lineno))
    return items


def _is_total_line(cells: list[str]) -> bool:
    """A closing "Tổng cộng" line with only figures beside it: a row of its own, wherever the merged
    cell centres its words (under "Sản phẩm", say), never more of the last task."""
    filled = [c for c in cells if c]
    return is_total_row(filled) and all(_FIGURES.fullmatch(c) for c in filled[1:])


def _placed_lines(lines: list[Line]) -> list[_Placed]:
    """Each line with its column starts if it is a header line (else None), and the column starts it
    is read by: a header sets them and a page break reads them again off the new page; the stretch
    under an area heading is read on its own where its cells show every column, as `pdftotext -layout`
    lays out each such stretch anew."""
    headers, ends = _headers(lines)
    wraps = _header_wraps(lines, headers, ends)
    placed: list[_Placed] = []
    page: list[int] = []
    starts: list[int] = []
    row: list[int] = []   # the starts the current row is read by
    for k, (line, header) in enumerate(zip(lines, headers)):
        text = _spaced(line)
        if header is not None or text.startswith(_PAGE_BREAK):
            page = _page_starts(_stretch(lines[k:], headers[k:], wraps[k:], by_heading=False), header or page)
        if header is not None or text.startswith(_PAGE_BREAK) or _run_after_mark(text.lstrip(_PAGE_BREAK)):
            starts = row = _stretch_starts(lines[k:], headers[k:], wraps[k:], page)
        elif not wraps[k] and _opens_numbered(text, row):
            # a row laid out apart from the others under its heading: read by its own lines where they
            # fit them better
            texts = _stretch(lines[k:], headers[k:], wraps[k:], by_heading=True, row_starts=row)
            own = _exact_starts(texts, page)
            row = own if own and _misfit(text, texts, own) < _misfit(text, texts, starts) else starts
        placed.append(_Placed(line, header, row, wraps[k]))
    return placed


def _headers(lines: list[Line]) -> tuple[list[list[int] | None], dict[int, int]]:
    """The column starts of each header's first line (None for other lines), and where each header
    whose labels start above the line that shows most of its columns ends."""
    headers = [_header_starts(lines, k) for k in range(len(lines))]
    for k in range(1, len(headers)):
        if headers[k] and headers[k - 1] and len(headers[k]) < len(headers[k - 1]):
            headers[k] = None   # the header's wrapped second line ("nhiệm vụ   trì   hợp"): a row joined to it
    ends: dict[int, int] = {}
    for k, starts in enumerate(headers):
        if starts is not None:
            first, end, wide = _header_block(lines, k, starts)
            if first < k:
                headers[first:end] = [wide] + [None] * (end - first - 1)
                ends[first] = end
    return headers, ends


def _header_wraps(lines: list[Line], headers: list[list[int] | None], ends: dict[int, int]) -> list[bool]:
    """Which lines carry a header's wrapped words: the lines right under a header line, none blank,
    with no row number, that complete the header. A header repeated on a later page must come out as
    the first one did; the line that breaks that is a row's text that the page split ("chính không phụ
    thuộc ..." under the header, the rest of the row above it)."""
    wraps = [False] * len(lines)
    first: list[str] | None = None
    for k, starts in enumerate(headers):
        if starts is None:
            continue
        cells = _cells(_spaced(lines[k]).lstrip(_PAGE_BREAK), starts)
        for j in range(k + 1, min(ends.get(k, k + 1 + MAX_HEADER_LINES), len(lines))):
            more = _spaced(lines[j])
            if headers[j] is not None or not more.strip() or _opens_row(more, starts, cells):
                break
            joined = [join_wrapped(a, b) for a, b in zip(cells, _cells(more, starts))]
            if first is not None and not all(f.startswith(fold_words(c)) for f, c in zip(first, joined)):
                break
            wraps[j], cells = True, joined
        if first is None:
            first = [fold_words(c) for c in cells]
    return wraps


def _stretch_starts(lines: list[Line], headers: list[list[int] | None], wraps: list[bool],
                    page: list[int]) -> list[int]:
    """The columns of the stretch from the first line (a header, a page's first line or a heading) to
    the next heading, read off its own lines. Under a header, lines too few for that (the end of a row
    the page split) are read by the columns the rest of the page shows, not by the header's centred
    words; else by the page's columns."""
    found = _exact_starts(_stretch(lines, headers, wraps, by_heading=True), page)
    if found is None and headers[0] is not None:
        found = _exact_starts(_stretch(lines, headers, wraps, by_heading=False), page)
    return found or page


def _opens_numbered(text: str, starts: list[int]) -> bool:
    """A line whose first word is a row number, left of the task column."""
    first = _WORD.search(text)
    return first is not None and first.start() < starts[1] - SLACK and _is_row_number(first.group())


# a year is no row number: "2026 - 2030" that a wrapped task title put first on its line, left of where
# the task column's centred header says the column starts
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _is_row_number(word: str) -> bool:
    return is_number_cell(word) and not _YEAR.match(word)


def _misfit(first: str, texts: list[str], starts: list[int]) -> tuple[bool, int]:
    """How badly `starts` fit a row's lines, worst first: a task's first word after the row number in a
    later column than the task's (in the number column, `_cells` moves it on); then the runs of words a
    single space apart that a column starts inside or that start in no column's place."""
    words = list(_WORD.finditer(first))
    misplaced = len(words) > 1 and _column(words[1].start(), starts) > 1
    chunks = [chunk for text in texts for chunk in _CHUNK.finditer(text)]
    crossings = sum(chunk.start() < start - SLACK < chunk.end() - 1 for chunk in chunks for start in starts)
    astray = sum(all(abs(chunk.start() - start) > SLACK for start in starts) for chunk in chunks)
    return misplaced, crossings + astray


def _column(at: int, starts: list[int]) -> int:
    """The column a word starting at `at` goes to: the last one it starts in, or a little left of."""
    return max((j for j, start in enumerate(starts) if at >= start - SLACK), default=0)


def _stretch(lines: list[Line], headers: list[list[int] | None], wraps: list[bool], by_heading: bool,
             row_starts: list[int] | None = None) -> list[str]:
    """The text of the lines from the first up to the next page break or header (or area heading, or
    row opening by `row_starts`), without headers, their wrapped words and headings, which may run
    across the columns."""
    texts = []
    for i, (line, header, wrap) in enumerate(zip(lines, headers, wraps)):
        spaced = _spaced(line)
        text = spaced.lstrip(_PAGE_BREAK)
        heading = _run_after_mark(text) is not None
        if i and (spaced.startswith(_PAGE_BREAK) or header is not None or (by_heading and heading)):
            break
        if i and row_starts and _opens_numbered(text, row_starts):
            break
        if header is None and not heading and not wrap:
            texts.append(text)
    return texts


def _page_starts(page: list[str], starts: list[int]) -> list[int]:
    """Column starts on this page, read off the page's own gaps: every page is laid out anew, often
    at other offsets, and only some pages repeat the header. Kept as they are when the gaps do not
    show as many columns."""
    runs = _gap_starts(page)
    if len(runs) == len(starts):
        return [runs[0]] + [_seen_start(r) for r in runs[1:]]
    # cells a single space apart leave no gap between their columns: shift the columns known so far
    # so that the second (after the narrow number column, always a gap) starts where it shows
    if len(runs) < 2:
        return starts
    shift = runs[1] - starts[1]
    if abs(shift) <= MAX_SHIFT and sum(s + shift in runs for s in starts[1:]) >= 2:
        return [starts[0]] + [s + shift for s in starts[1:]]
    # else each column starts where the first of its cells that stand clear of the cell before start,
    # by its header (a header is set a little left of its cells, or the gaps are not clean)
    clear = [m.start() for text in page for m in _CHUNK.finditer(text) if m.start() >= 2]
    return [starts[0]] + [min((_seen_start(x) for x in clear if start - SLACK <= x <= start + HEADER_INDENT),
                              default=start) for start in starts[1:]]


def _seen_start(x: int) -> int:
    """A column start set where the page's cells show its edge: the slack allowed to a header's start
    must not apply to it, only the one place left of it where `pdftotext -layout`, placing each row
    anew, may set a cell."""
    return x + SLACK - 1


def _exact_starts(texts: list[str], known: list[int]) -> list[int] | None:
    """The columns' starts where the lines' gaps, or else their cells' left edges, show as many columns
    as `known` has, or all but a few that no line writes in (a "Ghi chú" column left empty). A word may
    still start `SLACK` left of its column's edge: where a cell's first word is long,
    `pdftotext -layout` sets it a little left of the others."""
    gaps, edges = _gap_starts(texts), _left_edges(texts)
    # where a cell runs into the next one a single space apart, its column shows a left edge and no
    # gap; where a column's cells start a little apart, a gap and no edge: where the two agree on all
    # but those columns, together they show every column
    agreed = sum(any(abs(g - e) <= SLACK for e in edges) for g in gaps)
    both = [group[0] for group in _near_groups(gaps + edges)] if agreed >= len(known) - 2 else []
    for found in (gaps, edges, both):
        if known and len(found) == len(known) and _apart(found):
            return found
    found = both or edges
    if len(found) >= MIN_COLUMNS and 0 < len(known) - len(found) <= MAX_EMPTY_COLUMNS:
        return _with_empty_columns(found, known)
    return None


def _with_empty_columns(found: list[int], known: list[int]) -> list[int] | None:
    """`found` with the columns it lacks put back where they lie from the known columns: the choice of
    empty columns that leaves the others nearest their known places, if none moved by more than
    `MAX_SHIFT`."""
    best = None
    for empty in combinations(range(1, len(known)), len(known) - len(found)):   # the number column shows
        kept = [x for j, x in enumerate(known) if j not in empty]
        cost = max(abs(f - k) for f, k in zip(found, kept))
        if cost <= MAX_SHIFT and (best is None or cost < best[0]):
            best = (cost, empty)
    if best is None:
        return None
    starts, shift, rest = [], 0, iter(found)
    for j, x in enumerate(known):
        # an empty column keeps its place relative to the column before it
        starts.append(x + shift if j in best[1] else next(rest))
        shift = starts[-1] - x
    return starts if _apart(starts) else None


def _apart(starts: list[int]) -> bool:
    """Columns far enough apart that `SLACK` cannot put a word in the wrong one."""
    return all(b - a > SLACK + 1 for a, b in zip(starts, starts[1:]))


def _gap_starts(texts: list[str]) -> list[int]:
    """Where each run of positions that (nearly) no line leaves blank starts."""
    occupied = [0] * (max((len(t) for t in texts), default=0) + 1)
    for spans in _chunk_spans(texts):   # a single space inside a cell is no gap
        for start, end in spans:
            for x in range(start, end):
                occupied[x] += 1
    tolerance = len(texts) // 20
    return [x for x in range(len(occupied)) if occupied[x] > tolerance and (x == 0 or occupied[x - 1] <= tolerance)]


def _left_edges(texts: list[str]) -> list[int]:
    """Where the number column starts (the leftmost cell) and where two or more other cells start: the
    columns' left edges, as a cell's wrapped lines all start at its own. `pdftotext -layout` sets each
    row anew, so one column's cells may start up to `SLACK` apart from row to row ("2    Thành lập" /
    " 4    Đo lường"): starts that near are one edge, at the leftmost. Empty unless every line's first
    cell starts at one of them."""
    groups = _near_groups(m.start() for text in texts for m in _CHUNK.finditer(text))
    found = [g for i, g in enumerate(groups) if i == 0 or len(g) >= MIN_EDGE_CELLS]
    firsts = {m.start() for m in (_CHUNK.search(t) for t in texts) if m}
    if not all(any(x in g for g in found) for x in firsts):
        return []
    return [g[0] for g in found]


def _chunk_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Each line's chunks (words a single space apart) as (start, end). A row number a single space
    before its title ("1.1 Ban hành") is a chunk of its own on a line that starts at the left margin:
    the number column is narrow, and `pdftotext -layout` may leave a single space after it."""
    spans = [[m.span() for m in _CHUNK.finditer(text)] for text in texts]
    margin = min((line[0][0] for line in spans if line), default=0)
    for text, line in zip(texts, spans):
        mark = _MARK_THEN_WORD.match(text, line[0][0]) if line and line[0][0] <= margin + SLACK else None
        if mark and is_number_cell(mark[1]):
            line[0:1] = [mark.span(1), (mark.end(), line[0][1])]
    return spans


def _near_groups(positions) -> list[list[int]]:
    """The positions sorted and grouped where they lie within `SLACK` of each other: one column's
    starts, set a little apart from row to row."""
    groups: list[list[int]] = []
    for x in sorted(positions):
        if groups and x - groups[-1][-1] <= SLACK and x - groups[-1][0] <= 2 * SLACK:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def _cells(text: str, starts: list[int], numbered: bool = False) -> list[str]:
    """The words of a line by column. `numbered`: the first column holds a row number, one word
    ("III CẢI CÁCH" in a narrow number column: "CẢI CÁCH" opens the next cell)."""
    cells: list[list[str]] = [[] for _ in starts]
    if numbered and _is_heading(text, starts):
        number, _, heading = text.strip().partition(" ")
        return [number, heading.strip()] + [""] * (len(starts) - 2)
    found = list(_WORD.finditer(text))
    columns = [_column(w.start(), starts) for w in found]
    opens_row = numbered and bool(found) and columns[0] == 0 and is_number_cell(found[0].group())
    for i in range(1, len(found) - 1 if opens_row else 0):   # a wrapped line's capitals go on with its cell
        if columns[i + 1] == columns[i] + 1 and _opens_cell_early(*found[i - 1:i + 2], starts[columns[i + 1]]):
            columns[i] = columns[i + 1]
    _keep_set_cells_whole(text, found, columns, starts)
    _move_words_crossing_into_the_next_column(found, columns, starts)
    for word, column in zip(found, columns):
        if column == 0 and numbered and cells[0]:
            column = 1
        cells[column].append(word.group())
    return [" ".join(words) for words in cells]


def _keep_set_cells_whole(text: str, found: list[re.Match], columns: list[int], starts: list[int]) -> None:
    """A run of words a single space apart that stands clear of the text before it, away from its
    column's edge, and reaches into the next column is one cell of that next column, set left of its
    place ("Đề án sắp xếp      Sở Nội vụ" where this row drifted left): a cell never runs past its
    own column's end, and a run starting at its column's edge is two cells side by side instead."""
    i = 0
    for chunk in _CHUNK.finditer(text):
        first = i
        while i < len(found) and found[i].end() <= chunk.end():
            i += 1
        last = i - 1
        column = columns[first] if last > first else 0
        if (column and columns[last] == column + 1   # the number column's edge is no column's to drift from
                and chunk.start() > starts[column] + HEADER_INDENT and _stands_clear(text, chunk.start())):
            columns[first:i] = [columns[last]] * (i - first)


def _move_words_crossing_into_the_next_column(found: list[re.Match], columns: list[int], starts: list[int]) -> None:
    """A word a single space after the one before that starts a little left of the next column but runs
    well into it, and the words after it on its line, are that column's: a cell never runs past its own
    column's end, but `pdftotext -layout` may set a cell's line a few places left of its column
    ("chuyên môn 30/11/201" under "Trước")."""
    for i in range(1, len(found)):
        column, word = columns[i], found[i]
        if not column or column + 1 == len(starts) or columns[i - 1] != column:
            continue
        edge = starts[column + 1]
        if (edge - SLACK - EARLY_START <= word.start() < edge - SLACK and word.end() > edge + SLACK
                and found[i - 1].end() == word.start() - 1):
            columns[i:] = [max(c, column + 1) for c in columns[i:]]
            return


def _stands_clear(text: str, at: int) -> bool:
    return at >= 2 and text[at - 2:at] == "  "


def _opens_cell_early(before: re.Match, word: re.Match, after: re.Match, start: int) -> bool:
    """On a row's first line, a capitalised word between a lower-case one and the words of the next
    column, a single space either side, a little further left of that column than `SLACK` allows: the
    first word of that column's cell, which `pdftotext -layout` set left of its place ("... thủ tục
    hành Quyết định thông"). After a capitalised word it goes on with a name ("Sở Nội vụ")."""
    at = word.start()
    return (start - SLACK - EARLY_START <= at < start - SLACK and before.end() == at - 1
            and after.start() == word.end() + 1 and word.group()[:1].isupper() and before.group()[:1].islower())


def _is_heading(text: str, starts: list[int]) -> bool:
    """A row number, then one run of words a single space apart reaching past the next column: an
    area or group heading merged across the row ("1     Cải cách thủ tục hành chính")."""
    run = _run_after_mark(text)
    return run is not None and len(starts) > 2 and run.end() > starts[2]


def _run_after_mark(text: str) -> re.Match | None:
    """The one run of words after a row mark ("III CẢI CÁCH", "1     Cải cách"), if that is all the line holds.
    A run far right of the mark is in another column: "2.0" ending a wrapped title, then "thông"."""
    mark = re.match(rf"\s*(\S+) {{1,{MAX_HEADING_GAP}}}(?=\S)", text)
    if not mark or not is_number_cell(mark[1]):
        return None
    runs = list(_CHUNK.finditer(text, mark.end()))
    return runs[0] if len(runs) == 1 else None


def join_wrapped(cell: str, more: str) -> str:
    """A cell and its next line: the line wraps the same text unless it opens a bullet or list item."""
    if not more:
        return cell
    if not cell:
        return more
    if breaks_number(cell, more):
        return cell + more
    return f"{cell}\n{more}" if _ITEM.match(more) else f"{cell} {more}"


def opens_item(text: str) -> bool:
    """A wrapped cell's line that starts a new row rather than going on: a capital or a digit."""
    return text[:1].isupper() or text[:1].isdigit()
