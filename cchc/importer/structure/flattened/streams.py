"""Rows off the reading-order model, decoded from what each column's stream must look like."""
from __future__ import annotations

from functools import lru_cache

from .layouts import _Candidate, _Decoded
from .model import COORDINATING, LEAD, NUMBER, _Fragment, _fragments, _lines_key, _LinesKey, _Widths
from .scoring import _READ_ON, _cell_score, _cells_bound, _fragment_scores, _line_bound, _reads_on


_LOOSE_COST = 2.0  # evidence needed before giving up the reading-order model for a row
STREAM_BEAM = 10   # states kept per line; 30 recovered no more cells (see `layouts.KEEP_LAYOUTS`)


def _loosen(frags: list[_Fragment], anchor: int, roles: list[str], widths: _Widths,
            strict: _Decoded) -> _Decoded:
    """Cells of different columns sometimes have different line spacing, so their lines
    interleave off the model. Decode such a row again only from what each column's stream
    must look like: its own lines in order, ended by exactly one last line. Keep that reading
    when it is clearly better (never, when even a perfect reading would not be)."""
    lines = sum(_line_bound(f, roles, widths) for i, f in enumerate(frags) if i != anchor)
    if lines + _cells_bound(roles) - _LOOSE_COST <= strict.score:
        return strict
    loose = _decode_streams(frags, anchor, roles, widths)
    if loose is None:
        return strict
    total = loose.score - _LOOSE_COST + _cell_score(frags, loose.roles, widths)
    return _Decoded(total, loose.roles, frags=frags) if total > strict.score else strict


def _decode_streams(frags: list[_Fragment], anchor: int | None, roles: list[str],
                    widths: _Widths, open_end: bool = False) -> _Candidate | None:
    """Best column per fragment such that no column gets a line after its last line, and the
    lines of an agency or deadline cell read on from each other (beam search over which
    columns have started and ended and which line each narrow cell ended on so far)."""
    return _decoded_streams(_lines_key(frags), anchor, tuple(roles), widths, open_end, STREAM_BEAM)


@lru_cache(maxsize=4096)
def _decoded_streams(key: _LinesKey, anchor: int | None, roles: tuple[str, ...], widths: _Widths,
                     open_end: bool, beam: int) -> _Candidate | None:
    frags = _fragments(key)
    table = [_fragment_scores(f, roles, widths) for f in frags]
    number = roles.index(NUMBER) if NUMBER in roles else -1
    lead_bit = 1 << roles.index(LEAD) if LEAD in roles else 0
    coordinating = roles.index(COORDINATING) if COORDINATING in roles else -1
    others = [c for c in range(len(roles)) if c != number]
    read_on = {c for c, r in enumerate(roles) if r in _READ_ON}
    # state: started and ended columns (bit sets), then the last line so far of each agency
    # or deadline column (the only columns whose lines are read on from each other), packed
    # into one int (see `_State`) -> (search score, line-by-line score, path as nested
    # (column, rest) pairs); how lines read on guides the search but is left to the cell
    # score, as for layouts.
    packing = _State(len(roles), len(frags))
    states: dict[int, tuple[float, float, tuple | None]] = {0: (0.0, 0.0, None)}
    for i in range(len(frags)):
        # Per column: its bit, its score for this line alone, where its last line is packed.
        columns = [(col, 1 << col, 0.0 if col == number else table[i][col],
                    packing.shift(col) if col in read_on else -1)
                   for col in ([number] if i == anchor else others)]
        reach, rest = _step(states, frags, i, columns, roles, coordinating, lead_bit, packing)
        kept = sorted(reach, key=reach.__getitem__, reverse=True)[:beam]  # ties: reached first
        states = {state: (reach[state], *rest[state]) for state in kept}
    if not states:
        return None
    # Unless a page break cuts the row, a cell whose last line never came costs.
    unended = {state: 0.0 if open_end else 2.0 * packing.unended(state) for state in states}
    best = max(states, key=lambda state: states[state][0] - unended[state])
    _, base, path = states[best]
    columns = []
    while path is not None:
        col, path = path
        columns.append(roles[col])
    return _Candidate(base - unended[best], columns[::-1])


class _State:
    """A search state as one int: the started columns' bits, the ended columns' bits, then
    per agency or deadline column a field holding its last line so far plus one (0: none)."""

    def __init__(self, width: int, lines: int):
        self.width = width
        self.columns = (1 << width) - 1
        self.field = (lines + 1).bit_length()  # bits per line field

    def shift(self, col: int) -> int:
        return 2 * self.width + self.field * col

    def unended(self, state: int) -> int:
        return (state & self.columns & ~(state >> self.width)).bit_count()


def _step(states: dict[int, tuple], frags: list[_Fragment], i: int,
          columns: list[tuple[int, int, float, int]], roles: tuple[str, ...], coordinating: int,
          lead_bit: int, packing: _State) -> tuple[dict[int, float], dict[int, tuple]]:
    """Every state reached by putting line `i` in one of `columns` after one of `states`: its
    search score, and its line-by-line score and path."""
    frag = frags[i]
    empty, text = frag.empty, frag.text
    # Whether this line ends its cell; both when the text does not say.
    ends_options = (True,) if empty or frag.wrapped is False else (False,) if frag.wrapped else (False, True)
    width, field = packing.width, (1 << packing.field) - 1
    readings: dict[tuple[int, int], float] = {}  # (earlier line, column) -> reading on
    reach: dict[int, float] = {}
    rest: dict[int, tuple[float, tuple]] = {}
    for state, (score, base, path) in states.items():
        started, ended = state & packing.columns, state >> width
        for col, bit, gain, shift in columns:
            if ended & bit:
                continue
            if empty and started & bit:
                gain -= 3.0  # an empty cell has one (blank) line
            if col == coordinating and lead_bit and not started & lead_bit:
                gain -= 0.5  # the lead cell is usually the first agency cell to show
            reached = score + gain
            moved = state | bit
            if shift >= 0:
                last = (state >> shift & field) - 1
                if last >= 0 and text:
                    reading = readings.get((last, col))
                    if reading is None:
                        reading = readings[last, col] = _reads_on(frags[last].text, text, roles[col])
                    reached += reading
                moved = moved & ~(field << shift) | (i + 1) << shift
            step = None
            for ends in ends_options:
                key = moved | bit << width if ends else moved
                old = reach.get(key)
                if old is None or reached > old:
                    reach[key] = reached
                    rest[key] = step = step or (base + gain, (col, path))
    return reach, rest
