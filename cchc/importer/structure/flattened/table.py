"""Entry point: from a document's lines to the rows of its flattened task table."""
from __future__ import annotations

from .cutting import _cut_fragments, _table_lines
from .glued import _initial_widths, _split_glued
from .header import _column_orders, _header_roles, _locate_header, find_flattened_table
from .layouts import _Decoded
from .model import BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, OUTPUTS, TITLE, FlatRow, _Fragment, _Widths
from .numbers import _anchors, _number_value
from .orientation import _orient_agency_cells
from .rows import _segment_table
from .scoring import _cell_text, _cells
from .streams import _loosen


def recover_flattened_rows(lines: list[str], first_lineno: int = 1) -> list[FlatRow]:
    """Rows of the flattened task table whose header is in `lines` (the document's lines from
    the table's start; `first_lineno` is the 1-based source line number of lines[0])."""
    frags = _cut_fragments(_table_lines(lines))
    header = _locate_header(frags)
    if header is None:
        return []
    header_frags = frags[header[0]:header[1] + 1]
    orders = _column_orders(header_frags, _header_roles(" ".join(f.text for f in header_frags)))
    start = header[1] + 1
    if not _anchors(frags, start):
        return []
    widths = _initial_widths(frags[start:])
    frags = frags[:start] + _split_glued(frags[start:], widths)
    anchors = _anchors(frags, start)
    roles = max(orders, key=lambda order: _trial_score(frags, start, anchors, order, widths)) \
        if len(orders) > 1 else orders[0]
    anchors, rows = _segment_table(frags, start, anchors, roles, widths)
    rows = [(s, e, _loosen(decoded.frags or frags[s:e], anchor - s, roles, widths, decoded))
            for (s, e, decoded), anchor in zip(rows, anchors)]
    _orient_agency_cells(frags, rows)
    return [_flat_row(frags, s, e, anchor, decoded, first_lineno)
            for (s, e, decoded), anchor in zip(rows, anchors)]


def _trial_score(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                 widths: _Widths, rows: int = 8) -> float:
    """How well the first rows decode with this column order (orders the header cannot tell
    apart are told apart by the rows)."""
    kept, decoded = _segment_table(frags, start, anchors[:rows], roles, widths)
    return sum(d.score for _, _, d in decoded) - 10.0 * (min(rows, len(anchors)) - len(kept))


def _flat_row(frags: list[_Fragment], s: int, e: int, anchor: int, decoded: _Decoded,
              first_lineno: int) -> FlatRow:
    cells = {role: _cell_text(lines)
             for role, lines in _cells(decoded.frags or frags[s:e], decoded.roles).items()}
    number = frags[anchor].text.strip().rstrip(".")
    kind = "heading" if (_number_value(number) or ("", 0))[0] == "roman" else "task"
    return FlatRow(number=number, kind=kind, title=cells.get(TITLE, ""), lead=cells.get(LEAD, ""),
                   coordinating=cells.get(COORDINATING, ""), deadline=cells.get(DEADLINE, ""),
                   notes=cells.get(NOTES, ""), outputs=cells.get(OUTPUTS, ""), budget=cells.get(BUDGET, ""),
                   lineno=frags[s].lineno + first_lineno - 1)


def recover_flattened_table(lines: list[str]) -> list[FlatRow]:
    """Find a flattened task table in a whole document's lines and recover its rows."""
    index = find_flattened_table(lines)
    if index is None:
        return []
    return recover_flattened_rows(lines[index:], first_lineno=index + 1)
