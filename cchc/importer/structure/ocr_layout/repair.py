"""Repairs of a rebuilt row: fragments moved to the neighbouring column they belong to."""
from __future__ import annotations

from .agencies import leading_name, reads_more_together, registry_words
from .folding import fold_words
from .model import AGENCY_COLUMNS, COORDINATING, LEAD, TITLE, Piece, Row, join_fragments, other_agency_column
from .rows import _opens_cell
from .vocabulary import _agency_share, continues


def fill_holes(row: Row, order: list[str]) -> None:
    """Move a fragment to the neighbouring column whose cell has a gap on exactly that line.

    A cell's lines are consecutive; when a column has text on the lines above and below a line but
    not on it, while the neighbouring column's fragment on that line is at the edge of its own cell,
    that fragment belongs to the gap, unless it names the next agency of a list its own cell left
    open with ";", or opens with a name right under a name the gap's cell did not end with ";".
    """
    columns = [c for c in order if c != TITLE]
    for left, right in zip(columns, columns[1:]):
        for source, target in ((left, right), (right, left)):
            pieces = row.cells.get(source, [])
            lines = {p.lineno for p in row.cells.get(target, [])}
            for k, piece in enumerate(pieces):
                line = piece.lineno
                edge = k == 0 or k == len(pieces) - 1
                if piece.interleaved and edge and len(pieces) > 1 and line not in lines and \
                        line - 1 in lines and line + 1 in lines and not _next_item(pieces, k) and \
                        not _second_name(piece, row.cells.get(target, [])):
                    row.cells[source] = pieces[:k] + pieces[k + 1:]
                    moved = Piece(piece.text, line, target, True)
                    row.cells[target] = sorted(row.cells.get(target, []) + [moved], key=lambda p: p.lineno)
                    break


def _next_item(pieces: list[Piece], k: int) -> bool:
    """Piece `k` names the next agency of a list its cell's previous piece left open with ";"."""
    return k > 0 and pieces[k - 1].text.rstrip().endswith(";") and registry_words(pieces[k].text) > 0


def _second_name(piece: Piece, target: list[Piece]) -> bool:
    """`piece` opens with an agency name, and the gap's line above names one with no list mark after
    it: two names one under the other without ";" are two cells side by side, not one cell."""
    above = next((p.text.rstrip() for p in target if p.lineno == piece.lineno - 1), "")
    return leading_name(piece.text) is not None and registry_words(above) > 0 and not above.endswith((";", ","))


_NEXT_LINES = 2  # a cell's next line may sit below a blank line


def _completes_name(text: str, after: str) -> bool:
    """`after` goes on with the agency name `text` ends with: together the registry reads more.

    Words of other cells after the name ("Sở, ban, ngành Ở cao kết") are set aside first.
    """
    if not after[:1].islower():
        return False
    words = text.split()
    while words and _agency_share(words[-1]) == 0:
        words.pop()
    return any(reads_more_together(name, after) for name in dict.fromkeys((text, " ".join(words))) if name)


def shift_early_fragments(row: Row, order: list[str]) -> None:
    """Give back to the next column the lines a column took above its own cell.

    On a line where only one of two neighbouring columns has text, the text can land in the
    wrong one: "Sở, ban, ngành" (coordinating, three lines, starts higher) read as the lead
    because the one-line lead "Sở Nội vụ" starts a line lower. When a column opens a cell
    below its first fragment and the rest of that line (in this column or the next one) goes on
    with the fragments above, those fragments belong to the next column.
    """
    columns = [c for c in order if c != TITLE]
    for left, right in zip(columns, columns[1:]):
        pieces, nxt = row.cells.get(left, []), row.cells.get(right, [])
        if len(pieces) < 2 or not all(p.interleaved for p in pieces + nxt):
            continue
        opener = next((k for k, p in enumerate(pieces) if k and p.lineno > pieces[0].lineno and
                       _opens_cell(p.text)), None)
        if opener is None:
            continue
        early = pieces[:opener]
        early_text = join_fragments([p.text for p in early])
        # the early cell's next line, printed after the opener on its line
        tail = [p for p in pieces[opener + 1:] if p.lineno == pieces[opener].lineno and
                p.text[:1].islower() and continues(early_text, p.text) > 0][:1]
        if tail:
            moved = early + tail
        elif nxt and nxt[0].lineno >= pieces[opener].lineno and nxt[0].text[:1].islower():
            moved = early
        else:
            continue
        _move(row, moved, left, right)


def shift_broken_names(row: Row, order: list[str]) -> None:
    """Give the next agency column the lines above a cell opener that begin a name it goes on with.

    "Sở, ban, ngành" alone on a line, then "Sở Tư pháp | tỉnh; UBND cấp": the lead is the one-line
    "Sở Tư pháp" and the coordinating cell reads "Sở, ban, ngành tỉnh; UBND cấp ...", since together
    the registry reads more names than apart.
    """
    columns = [c for c in order if c in AGENCY_COLUMNS]
    for left, right in zip(columns, columns[1:]):
        pieces, nxt = row.cells.get(left, []), row.cells.get(right, [])
        for k in range(1, len(pieces)):
            opener = pieces[k]
            if opener.lineno <= pieces[k - 1].lineno or not opener.text[:1].isupper():
                continue
            early_text = join_fragments([p.text for p in pieces[:k]])
            if any(_completes_name(early_text, p.text) for p in nxt if 0 <= p.lineno - opener.lineno <= 1):
                _move(row, pieces[:k], left, right)
                break


_UNFINISHED = ("va", "cua")  # folded last words a name cannot end with ("Sở Thông tin và")


def join_names_across(row: Row) -> None:
    """A name left unfinished in one agency column ("Sở Thông tin và") and finished by the other agency
    column's piece on the next lines ("Truyền thông"): that piece is the cell's next line. When the
    finishing piece shares its line with a name in the unfinished name's column ("UBND cấp huyện |
    Truyền thông;"), that line's two agency cells stand side by side and the name moves instead."""
    for column in AGENCY_COLUMNS:
        other = other_agency_column(column)
        pieces = row.cells.get(column, [])
        for k, piece in enumerate(pieces):
            words = fold_words(piece.text).split()
            if not words or words[-1] not in _UNFINISHED:
                continue
            limit = pieces[k + 1].lineno if k + 1 < len(pieces) else piece.lineno + _NEXT_LINES
            after = next((p for p in row.cells.get(other, []) if piece.lineno < p.lineno <= limit and
                          p.lineno <= piece.lineno + _NEXT_LINES), None)
            if after is None or not reads_more_together(piece.text, after.text):
                continue
            if any(p.lineno == after.lineno and registry_words(p.text) for p in pieces):
                _move(row, [piece], column, other)  # two agency cells on the rest's line: its column is sure
            else:
                _move(row, [after], other, column)
            return


def lead_from_coordinating(row: Row) -> None:
    """A lead cell of debris beside a coordinating cell that opens with a registry name: that first
    name is the lead (every task has one; OCR lost the lead's own line or glued it to the
    coordinating cell's first line: "Sở Tài chính tỉnh; UBND cấp")."""
    lead, coordinating = row.cells.get(LEAD, []), row.cells.get(COORDINATING, [])
    lead_text = join_fragments([p.text for p in lead])
    if not coordinating or (lead_text and _agency_share(lead_text) >= 0.5) or registry_words(lead_text):
        return
    first, following = coordinating[0], coordinating[1:]
    split = leading_name(first.text)
    if split is None or not (split[1] or following):
        return  # a coordinating cell of one name alone is not taken from
    name, rest = split
    if not rest and any(_completes_name(name, p.text) for p in following
                        if p.lineno - first.lineno <= _NEXT_LINES):
        return  # the name goes on on the next lines ("Sở, ban, ngành" + "tỉnh; UBND cấp"), maybe after debris
    row.cells[COORDINATING] = ([Piece(rest, first.lineno, COORDINATING, first.interleaved)] if rest else []) + \
        following
    row.cells[LEAD] = [Piece(name, first.lineno, LEAD, first.interleaved)]


def _move(row: Row, moved: list[Piece], source: str, target: str) -> None:
    row.cells[source] = [p for p in row.cells.get(source, []) if p not in moved]
    shifted = [Piece(p.text, p.lineno, target, True) for p in moved]
    row.cells[target] = sorted(shifted + row.cells.get(target, []), key=lambda p: p.lineno)
