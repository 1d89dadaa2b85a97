"""Assembling rows from blocks of lines: interleaved and paragraph blocks, page breaks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold_words
from .agencies import opens_agency_run
from .assign import assign_block, assign_line
from .cutting import (_join_title_segments, _split_title, _title_width, split_agency_run, split_agency_tail,
                      split_agency_product, split_cell_tail, split_listed_name)
from .lines import SourceLine
from .model import COORDINATING, LEAD, TITLE, Piece, Row, join_fragments
from .numbering import Numbering
from .ranges import title_ranges
from .title_tails import split_title_tail
from .tokens import _CELL_WIDTH, segments, split_row_number
from .vocabulary import (_AGENCY_START, _DEADLINE_CUES, _TERMINAL, _agency_share, _opens_sentence, _opens_task,
                         _task_text, continues, ends_unfinished)


def assemble_rows(source: list[SourceLine], order: list[str]) -> list[Row]:
    """Headings and task rows, in document order, from the classified lines of the table."""
    assembler = _RowAssembler(order)
    blocks = _blocks(source)
    for k, block in enumerate(blocks):
        kind = block[0].kind
        if kind == "header":
            assembler.after_break = True
        elif kind in ("letter", "heading"):
            assembler.heading(block[0])
        else:
            edges = (k > 0 and blocks[k - 1][0].kind in ("header", "content"),
                     k + 1 < len(blocks) and blocks[k + 1][0].kind in ("header", "content"))
            assembler.content(block, edges)
    return assembler.rows


class _RowAssembler:
    """Places the pieces of each block into rows, block after block."""

    def __init__(self, order: list[str]) -> None:
        self.order = order
        self.rows: list[Row] = []
        self.current: Row | None = None
        self.previous: dict[str, str] = {}  # text of each column in the current row
        self.last_column = ""
        self.numbering = Numbering()
        self.section_rows = 0  # task rows under the current heading
        self.after_break = False  # a page break since the last task-text piece

    def heading(self, line: SourceLine) -> None:
        self.rows.append(Row(line.kind, line.mark, line.lineno, {TITLE: [Piece(line.text, line.lineno, TITLE)]}))
        self.current, self.previous, self.last_column = None, {}, ""
        self.numbering, self.section_rows = Numbering(), 0

    def content(self, block: list[SourceLine], open_edges: tuple[bool, bool]) -> None:
        self.numbering.rows_seen(self.section_rows)
        context = BlockContext(self.previous, self.last_column, self.numbering, open_edges)
        if self.after_break:
            context.overflow = _overflowing_column(self.previous, block)
            title = self.previous.get(TITLE, "")
            context.title_goes_on = bool(title) and not _CLOSED.search(title)
        pieces = _block_pieces(block, self.order, context)
        openers = {p.lineno for p in pieces if p.column != TITLE and _opens_cell(p.text)}
        for piece in pieces:
            if self._opens_row(piece, openers):
                self._new_row(piece)
            self.current.add(piece)
            self.current.numbered = self.current.numbered or piece.numbered
            self.previous[piece.column] = self.current.text(piece.column)
            self.last_column = piece.column

    def _opens_row(self, piece: Piece, openers: set[int]) -> bool:
        if self.current is None:
            self.after_break = self.after_break and piece.column != TITLE
            return True
        # right after a page break, task text with no cell opening beside it goes on
        continued = self.after_break and piece.interleaved and not ({piece.lineno, piece.lineno + 1} & openers)
        opens = piece.opens_row if piece.opens_row is not None else \
            not continued and _starts_row(piece, self.current, self.after_break)
        if piece.column == TITLE:
            self.after_break = False
        # one row per row number; a number beyond the rows found so far opens its own row
        return opens or bool(piece.numbered and (self.current.numbered or piece.numbered > self.section_rows))

    def _new_row(self, piece: Piece) -> None:
        self.section_rows += 1
        row = Row("task", lineno=piece.lineno)
        if self.current is not None and piece.interleaved:
            _take_started_cells(self.current, row, piece.lineno)
        self.current = row
        self.rows.append(row)
        self.previous = {c: row.text(c) for c in row.cells}


def _take_started_cells(before: Row, row: Row, lineno: int) -> None:
    """Cells of the new row that began on lines above its task text (cells are centred vertically).

    Below the last line of the previous row's task text, a piece that opens a cell (capital letter,
    first list item) in a column the previous row already filled belongs to the new row, with what
    follows it in that column.
    """
    title_end = max((p.lineno for p in before.cells.get(TITLE, [])), default=0)
    for column, pieces in list(before.cells.items()):
        if column == TITLE:
            continue
        for k, piece in enumerate(pieces):
            if title_end < piece.lineno < lineno and k > 0 and piece.interleaved and _opens_cell(piece.text):
                before.cells[column], moved = pieces[:k], pieces[k:]
                for p in moved:
                    row.add(p)
                break


_FIRST_ITEM = re.compile(r"1\s*[.)]|[-+]\s")  # a list's first item or a dashed one
_CLOSED = re.compile(r"[.)]$")  # a cell that ended its sentence or parenthesis


def _opens_cell(text: str) -> bool:
    return bool(_FIRST_ITEM.match(text)) or (text[:1].isupper() and not text.split()[0].isupper())


def _overflowing_column(previous: dict[str, str], block: list[SourceLine]) -> str | None:
    """After a page break, text that does not open a sentence goes on with an unfinished cell: one that
    stopped on a word no sentence ends with ("... công lập có"), else the one it reads on from, else the
    longest (the longest cell of a row is the one that runs over the page).
    """
    first = next((seg for ln in block for seg in segments(ln.text)), "")
    if not first or _opens_sentence(first) or not first[:1].isalpha() or _AGENCY_START.match(fold_words(first)):
        return None
    open_cells = [(ends_unfinished(text), continues(text, first), len(text), col) for col, text in previous.items()
                  if text and not _CLOSED.search(text)]
    return max(open_cells)[-1] if open_cells else None


def _blocks(source: list[SourceLine]) -> list[list[SourceLine]]:
    """Runs of content lines between blank lines, page furniture and headings; headings alone."""
    blocks: list[list[SourceLine]] = []
    run: list[SourceLine] = []
    for line in source:
        if line.kind == "content":
            run.append(line)
            continue
        if run:
            blocks.append(run)
            run = []
        if line.kind in ("letter", "heading"):
            blocks.append([line])
        elif line.kind == "header":
            blocks.append([line])
    if run:
        blocks.append(run)
    return _join_double_spaced(blocks)


def _join_double_spaced(blocks: list[list[SourceLine]]) -> list[list[SourceLine]]:
    """Interleaved lines that OCR printed with a blank line after each one form one block again.

    Cells printed as paragraphs have several lines each; a run of three or more blocks of one or
    two lines, one of them wider than a cell, is a double-spaced stretch of interleaved lines.
    """
    out: list[list[SourceLine]] = []
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and len(blocks[end]) <= 2 and blocks[end][0].kind == "content" and \
                (end == k or blocks[end][0].lineno - blocks[end - 1][-1].lineno == 2):
            end += 1
        run = blocks[k:end]
        if len(run) >= 3 and sum(len(b) == 1 for b in run) >= 2 and any(_is_interleaved(b) for b in run):
            out.append([line for b in run for line in b])
            k = end
        else:
            out.append(blocks[k])
            k += 1
    return out


def _is_interleaved(block: list[SourceLine]) -> bool:
    return any(len(segments(ln.text)) > 1 or len(ln.text) > _CELL_WIDTH for ln in block)


@dataclass
class BlockContext:
    """What the rows before a block tell about it."""

    previous: dict[str, str]  # text of each column in the current row
    last_column: str  # column of the last piece
    numbering: "Numbering"
    open_edges: tuple[bool, bool] = (False, False)  # a row may go on above / below (page break, blank)
    overflow: str | None = None  # after a page break: the cell that runs over onto this page
    title_goes_on: bool = False  # after a page break: the task text was not finished


def _block_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    if _is_interleaved(block):
        return _interleaved_pieces(block, order, ctx)
    return _paragraph_pieces(block, order, ctx)


def _paragraph_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    """A cell printed as its own paragraph: one column for all its lines."""
    runs = [(ln.lineno, " ".join(segments(ln.text))) for ln in block]
    runs = [(lineno, text) for lineno, text in runs if text]
    if not runs:
        return []
    text = join_fragments([t for _, t in runs])
    column = ctx.overflow or assign_block(text, order, ctx.previous, ctx.last_column)
    return [Piece(t, lineno, column) for lineno, t in runs]


def _interleaved_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    """Lines holding several cells side by side: task text placed around row numbers, the other
    segments given columns line by line."""
    cut = []
    for ln in block:
        number, parts = split_row_number(segments(ln.text))
        accepted = ctx.numbering.accept(number, parts)
        cut.append((ln, accepted, _split_title(parts)))
    ranges = title_ranges([(anchor, parts) for _, anchor, parts in cut], ctx.open_edges)
    width = _title_width([parts for i, (_, _, parts) in enumerate(cut) if i in ranges])
    pieces: list[Piece] = []
    context = dict(ctx.previous)
    # a task text outside the numbered ranges (cut by a page break, or its row number lost) goes on
    loose_title = ctx.title_goes_on
    spill = ctx.overflow  # leading one-run lines after a page break go on with the overflowing cell
    title_line = 0  # line of the last task-text piece of this block
    for i, (ln, _, parts) in enumerate(cut):
        if not parts:
            continue
        if spill and i not in ranges and len(parts) == 1 and not _opens_sentence(parts[0]):
            pieces.append(Piece(parts[0], ln.lineno, spill, interleaved=True))
            context[spill] = f"{context.get(spill, '')} {parts[0]}".strip()
            continue
        spill = None
        mode = _title_mode(i, parts, ranges, loose_title)
        unfinished = mode in ("no", "weak") and ln.lineno - title_line <= _NEXT_LINE_GAP and \
            _goes_on_unfinished(context.get(TITLE, ""), parts)
        if unfinished:
            mode = "loose"  # only this line: the next one goes on only if the text still dangles
        if mode == "yes" and ranges[i] == "inside" and (
                opens_agency_run(parts[0], context.get(TITLE, "")) or
                ranges.get(i + 1, "top") == "top" and _ends_another_cell(parts[0], context)):
            mode = "no"  # the task text has no line here: another cell starts or ends the line
        elif mode == "loose" and opens_agency_run(parts[0], context.get(TITLE, "")):
            mode = "skip"  # likewise below a task text whose row number was lost; it goes on below
        if mode == "yes":
            parts = _join_title_segments(ln.text, parts, width)
        if mode != "no":  # the first run may be task text
            parts = split_title_tail(parts[0], context.get(TITLE, "")) + parts[1:]
        parts = _cut_glued_cells(parts, context)
        number = next((n for _, n, _ in cut[i:] if n), 0) if ranges.get(i) == "top" else 0
        columns = assign_line(parts, order, context, "no" if mode == "skip" else mode)
        if mode == "free" and columns[0] == TITLE:  # junk may have cut the task text found by content
            joined = _join_title_segments(ln.text, parts, width)
            if len(joined) < len(parts) and joined[0][len(parts[0]):].lstrip()[:1].islower():
                parts, columns = joined, assign_line(joined, order, context, mode)
        line_pieces = _line_pieces(ln.lineno, parts, columns, ranges.get(i), number)
        if ranges and line_pieces:
            loose_title = i not in ranges and not unfinished and \
                (line_pieces[0].column == TITLE or mode == "skip")
        for piece in line_pieces:
            context[piece.column] = f"{context.get(piece.column, '')} {piece.text}".strip()
            title_line = piece.lineno if piece.column == TITLE else title_line
        pieces += line_pieces
    return pieces


def _cut_glued_cells(parts: list[str], context: dict[str, str]) -> list[str]:
    """The runs of a line cut where two cells were glued (`cutting`), one kind of cut after the other."""
    for split in (lambda part: split_agency_run(part, context), split_agency_product,
                  lambda part: split_agency_tail(part, context), lambda part: split_cell_tail(part, context),
                  lambda part: split_listed_name(part, context)):
        parts = [piece for part in parts for piece in split(part)]
    return parts


_NEXT_LINE_GAP = 2  # a cell's next line may sit below a blank line


def _goes_on_unfinished(title: str, parts: list[str]) -> bool:
    """Below task text that stopped on a word no sentence ends with ("lãnh đạo cấp sở và"), a first
    run in lower case that can be task text is its next line, though the row number did not reach it."""
    return ends_unfinished(title) and parts[0][:1].islower() and _task_text(parts)


def _ends_another_cell(text: str, context: dict[str, str]) -> bool:
    """Below the last line of a task text, the last words of a deadline or product cell ("độ báo cáo
    CCHC định kỳ." after "2. Báo cáo kết quả theo chế"): deadline wording that goes on with an
    unfinished cell of another column better than with the task text. Text closing a parenthesis
    the task text left open ends the task text."""
    task_text = context.get(TITLE, "")
    if not text[:1].islower() or not _DEADLINE_CUES.search(fold_words(text)) or \
            (task_text.count("(") > task_text.count(")") and ")" in text):
        return False
    title = continues(task_text, text)
    others = [continues(cell, text) for column, cell in context.items()
              if column not in (TITLE, LEAD, COORDINATING) and cell and not _TERMINAL.search(cell)]
    # with no evidence either way, a full stop ends a cell: that of the deadline wording
    return bool(others) and (max(others) > title or title == 0 and text.rstrip().endswith("."))


def _title_mode(i: int, parts: list[str], ranges: dict[int, str], loose_title: bool) -> str:
    """What is known of the task-text column on line `i` (see `assign_line`)."""
    if not ranges:
        return "free"
    if i in ranges:
        return "yes"
    return "loose" if loose_title else "weak" if _opens_task(parts) else "no"


def _line_pieces(lineno: int, parts: list[str], columns: list[str], place: str | None, number: int) -> list[Piece]:
    """The pieces of one line; `place` is "top" or "inside" on lines of task text set by a row number."""
    pieces = []
    for k, (part, column) in enumerate(zip(parts, columns)):
        opens = numbered = None
        if place and column == TITLE:
            opens = place == "top" and (k > 0 or _opens_sentence(part))
            numbered = number if place == "top" else 0
        pieces.append(Piece(part, lineno, column, interleaved=True, opens_row=opens, numbered=numbered or 0))
    return pieces


def _starts_row(piece: Piece, row: Row, after_break: bool = False) -> bool:
    """A task-text piece opening a new sentence after the row already has its text and other cells.

    Right after a page break, a task text left inside an open parenthesis goes on (OCR often
    misreads the first letters of the new page as a capital).
    """
    if piece.column != TITLE or not row.has(TITLE):
        return False
    if not _opens_sentence(piece.text):
        return False  # names, titles of documents and OCR debris go on inside a sentence
    if _agency_share(piece.text) > 0.6 and len(piece.text) < 25:
        return False  # an agency list, not the opening of a task
    title = row.text(TITLE)
    if after_break and title.count("(") > title.count(")"):
        return False
    before = row.cells[TITLE][-1].text
    others = any(row.has(c) for c in row.cells if c != TITLE)
    return others or bool(_TERMINAL.search(before))
