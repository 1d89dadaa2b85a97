"""Row layouts (lines per column, cells top- or centre-aligned) rendered into reading order.

Layouts are enumerated and rendered as arrays, all layouts of one row size at once: a row of
fifty lines has thousands of them, and scoring them is one gather and one sum."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .model import COORDINATING, LEAD, NUMBER, _Fragment, _lines_key, _LinesKey, _Widths
from .scoring import (_MAX_LINES, _PERFECT_CELL, _PERFECT_READ_ON, _READ_ON, _WIDE, _cell_score, _flag_scores,
                      _fragment_scores)


@lru_cache(maxsize=50_000)
def _render(counts: tuple[int, ...], centred: bool) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Reading order of a row whose column i has counts[i] lines: (column of each position,
    whether that position is the column's last line)."""
    width = len(counts)
    cells = _reading_cells(np.array([counts]), centred)[0].tolist()
    return tuple(cell % width for cell in cells), tuple(cell < width for cell in cells)


def _reading_cells(counts: np.ndarray, centred: bool) -> np.ndarray:
    """The lines of each layout (a row of `counts`: lines per column, the same total in every
    row) in reading order, each as its column, plus the number of columns if it is not the
    column's last line (its cell in a score table row).

    Each column's lines stand every other height, from the top or centred on the tallest
    column (lines of different columns interleave at half heights); lines are read by
    height, then left to right."""
    layouts, width = counts.shape
    total = int(counts[0].sum()) if layouts else 0
    n = counts[:, :, None]
    tallest = counts.max(axis=1, initial=0)[:, None, None]
    line = np.arange(max(int(tallest.max(initial=0)), 1))[None, None, :]
    column = np.arange(width)[None, :, None]
    height = (tallest - n if centred else 0) + 2 * line
    cell = column + width * (line < n - 1)
    order = np.where(line < n, (height * width + column) * (2 * width) + cell, np.iinfo(np.int64).max)
    return np.sort(order.reshape(layouts, -1), axis=1)[:, :total] % (2 * width)


class _Layouts(NamedTuple):
    """Layouts of one row size, in the order they are listed (ties go to the earlier)."""

    counts: np.ndarray  # lines per column of each
    centred: np.ndarray  # whether each is centred (else top-aligned)
    # Where each line of each layout finds its score in the flat score table (see `_score_table`):
    # its position in reading order times the table's row length, plus its cell.
    positions: np.ndarray


@dataclass
class _Decoded:
    score: float
    roles: list[str]  # column of each fragment of the row
    reading: _Candidate | None = None  # the reading it was decoded as (None: from column streams)
    frags: list[_Fragment] | None = None  # the row's fragments, where glued ones were cut otherwise

    @property
    def agency_swappable(self) -> bool:
        """Swapping lead and coordinating gives an equally valid layout."""
        return self.reading is not None and self.reading.agency_swappable


@lru_cache(maxsize=8192)
def _layouts_at(total: int, long_lines: int, roles: tuple[str, ...], anchor: int | None) -> _Layouts:
    """Layouts for a row of `total` fragments besides its number, `long_lines` of them too wide
    for a narrow column, whose row number falls at reading position `anchor` (None for the part
    of a row a page break carried over, which has no number)."""
    parts = [_layouts_by_anchor(total, wide_total, roles).get(anchor)
             for wide_total in range(max(1 if NUMBER in roles else 0, long_lines), min(long_lines + 2, total) + 1)]
    parts = [part for part in parts if part is not None]
    if not parts:
        return _Layouts(np.zeros((0, len(roles)), dtype=int), np.zeros(0, dtype=bool),
                        np.zeros((0, total + (NUMBER in roles)), dtype=int))
    return _Layouts(*(np.concatenate(arrays) for arrays in zip(*parts)))


@lru_cache(maxsize=4096)
def _layouts_by_anchor(total: int, wide_total: int, roles: tuple[str, ...]) -> dict[int | None, _Layouts]:
    """`_layouts_at` for one number of lines of the wide column(s), for every position of the
    row number: each line count option centred, then top-aligned."""
    options = _count_options(total, wide_total, roles)
    if not options:
        return {}
    counts = np.array(options)
    width = len(roles)
    # rows: option 0 centred, option 0 top-aligned, option 1 centred, ...
    cells = np.stack([_reading_cells(counts, True), _reading_cells(counts, False)], axis=1)
    cells = cells.reshape(2 * len(options), -1)
    layouts = _Layouts(np.repeat(counts, 2, axis=0), np.tile([True, False], len(options)),
                       cells + np.arange(cells.shape[1]) * (2 * width))
    if NUMBER not in roles:
        return {None: layouts}
    anchors = (cells == roles.index(NUMBER)).argmax(axis=1)  # the number's one line is its last
    return {anchor: _Layouts(*(array[anchors == anchor] for array in layouts))
            for anchor in sorted(set(anchors.tolist()))}   # not np.unique: it imports numpy.ma (20 ms)


def _count_options(total: int, wide_total: int, roles: tuple[str, ...]) -> list[tuple[int, ...]]:
    """Line counts per column for a row of `total` fragments besides its number, `wide_total`
    of them in the wide column(s)."""
    wide_roles = [r for r in roles if r in _WIDE]
    narrow_roles = [r for r in roles if r not in _WIDE and r != NUMBER]
    numbered = NUMBER in roles
    least = 1 if len(wide_roles) == 1 and numbered else 0
    # Counts are built as (number, wide..., narrow...), then put in the columns' order.
    grouped = [NUMBER] * numbered + wide_roles + narrow_roles
    order = [grouped.index(r) for r in roles]
    narrow = _compositions(total - wide_total, (0,) * len(narrow_roles),
                           tuple(_MAX_LINES.get(r, 9) for r in narrow_roles))
    options = []
    for wide_split in _compositions(wide_total, (least,) * len(wide_roles), (wide_total,) * len(wide_roles)):
        head = (1,) * numbered + wide_split
        if order == sorted(order):  # the columns' usual order
            options += [head + narrow_split for narrow_split in narrow]
        else:
            options += [tuple(map((head + narrow_split).__getitem__, order)) for narrow_split in narrow]
    return options


@lru_cache(maxsize=4096)
def _compositions(total: int, least: tuple[int, ...], most: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """Ways to write `total` as a sum of parts between `least` and `most`, in increasing order."""
    if not least:
        return ((),) if total == 0 else ()
    low = max(least[0], total - sum(most[1:]))  # the other parts cannot hold more
    high = min(most[0], total - sum(least[1:]))
    return tuple((first, *rest) for first in range(low, high + 1)
                 for rest in _compositions(total - first, least[1:], most[1:]))


@dataclass
class _Candidate:
    """A reading of a row (or of a page's part of it) before whole-cell evidence is added."""

    score: float
    roles: list[str]
    # The layouts it is made of, as `_agency_swappable` arguments (None: from column streams);
    # whether lead and coordinating may swap is only asked of the rows finally chosen.
    layouts: tuple[tuple, ...] | None = None
    _ceiling: float | None = field(default=None, repr=False, compare=False)  # see `cell_ceiling`

    @property
    def agency_swappable(self) -> bool:
        return self.layouts is not None and all(_agency_swappable(*layout) for layout in self.layouts)

    @property
    def cell_ceiling(self) -> float:
        """No whole-cell evidence (`_cell_score`) of this reading is higher: read from its
        layouts' line counts alone, every agency and deadline cell it has perfect and each of
        its lines reading on perfectly from the one before."""
        if self._ceiling is None:
            self._ceiling = math.inf if self.layouts is None else _cells_ceiling(self.layouts)
        return self._ceiling


def _cells_ceiling(layouts: tuple[tuple, ...]) -> float:
    """See `_Candidate.cell_ceiling`."""
    lines, cells = 0, set()
    for roles, counts, _, _ in layouts:
        for role, n in zip(roles, counts):
            if n and role in _READ_ON:
                lines += n
                cells.add(role)
    return _PERFECT_READ_ON * lines + (_PERFECT_CELL - _PERFECT_READ_ON) * len(cells)


def _best(frags: list[_Fragment], candidates: list[_Candidate], widths: _Widths,
          ceiling: float = math.inf, floor: float = -math.inf) -> _Decoded | None:
    """The candidate that whole-cell evidence likes best (which column each fragment is in),
    if it scores above `floor`. Whole-cell evidence is at most `ceiling`, and at most
    what a candidate's own cells allow: candidates that cannot win even so are not scored."""
    best: _Decoded | None = None
    for candidate in candidates:
        beat = floor if best is None else best.score
        if candidate.score + ceiling + _EPSILON < beat or \
                candidate.score + candidate.cell_ceiling + _EPSILON < beat:  # the cheaper test first
            continue
        total = candidate.score + _cell_score(frags, candidate.roles, widths)
        if total > beat:
            best = _Decoded(total, candidate.roles, candidate)
    return best


_EPSILON = 1e-9  # bounds are sums in another order than the scores they bound
# Layouts kept per candidate row or page-cut part. 5 recover as many cells as 25: seed 001 unchanged
# (30 % less CPU), and 656 vs 653 of 1,558 cells on 100 synthetic weaves of the gold tasks of all seeds
# (60 % less CPU; scripts/measure_flattened_search.py).
KEEP_LAYOUTS = 5


def _layout_candidates(frags: list[_Fragment], anchor: int | None, roles: list[str], widths: _Widths,
                       open_end: bool = False) -> list[_Candidate]:
    """The `KEEP_LAYOUTS` layouts that best explain the fragments line by line. Without `anchor` the
    fragments are the part of a row that a page break carried to the next page; with
    `open_end` they are the part before such a break, whose cells go on."""
    return list(_ranked_layouts(_lines_key(frags), anchor, tuple(roles), widths, KEEP_LAYOUTS, open_end))


@lru_cache(maxsize=4096)
def _ranked_layouts(key: _LinesKey, anchor: int | None, roles: tuple[str, ...], widths: _Widths,
                    keep: int, open_end: bool) -> tuple[_Candidate, ...]:
    if anchor is None:
        roles = tuple(r for r in roles if r != NUMBER)
    table = _score_table(key, anchor, roles, widths, open_end)
    long_lines = sum(1 for i, (text, _) in enumerate(key) if i != anchor and len(text) > widths.narrow + 3)
    total = len(key) - (anchor is not None)
    layouts = _layouts_at(total, long_lines, roles, anchor)
    scores = _sums(np.array(table)[layouts.positions])
    width = len(roles)
    out, seen = [], set()
    for best in np.argsort(-scores, kind="stable")[:keep].tolist():  # ties: listed first
        counts, centred = tuple(layouts.counts[best].tolist()), bool(layouts.centred[best])
        order = tuple((layouts.positions[best] % width).tolist())  # the rendered columns
        if order not in seen:
            seen.add(order)
            out.append(_Candidate(float(scores[best]), list(map(roles.__getitem__, order)),
                                  ((roles, counts, centred, order),)))
    return tuple(out)


def _sums(scores: np.ndarray) -> np.ndarray:
    """Each row's sum, added left to right as Python's `sum` adds (numpy's own sum pairs terms
    otherwise, and equal layouts must tie exactly)."""
    if not scores.shape[1]:
        return np.zeros(len(scores))
    return np.cumsum(scores, axis=1)[:, -1]


def _score_table(key: _LinesKey, anchor: int | None, roles: tuple[str, ...], widths: _Widths,
                 open_end: bool) -> list[float]:
    """Score of each line (see `_lines_key`) in each column, as its cell's last line and as an
    inner line, flattened (line, last or inner, column) so that a layout's score is one sum
    over precomputed positions. The row number's own line scores nothing."""
    table: list[float] = []
    for i, (text, wrapped) in enumerate(key):
        if i == anchor:
            table += [0.0] * (2 * len(roles))
        else:
            table += _table_row(text, wrapped, roles, widths, open_end)
    return table


@lru_cache(maxsize=20_000)
def _table_row(text: str, wrapped: bool | None, roles: tuple[str, ...], widths: _Widths,
               open_end: bool) -> tuple[float, ...]:
    """One line's part of `_score_table`; the same lines come back in many candidate rows."""
    frag = _Fragment(text, wrapped, 0)
    scores = _fragment_scores(frag, roles, widths)
    at_end, inside = _flag_scores(frag)
    at_end = max(at_end, 0.0) if open_end else at_end
    return tuple([v + at_end for v in scores] + [v + inside for v in scores])


def _agency_swappable(roles: list[str], counts: tuple[int, ...], centred: bool,
                      order: tuple[int, ...]) -> bool:
    """Would the same reading order arise with the lead and coordinating cells exchanged?
    Then only the column widths can tell which is which."""
    if LEAD not in roles or COORDINATING not in roles:
        return False
    lead, coord = roles.index(LEAD), roles.index(COORDINATING)
    swapped = list(counts)
    swapped[lead], swapped[coord] = counts[coord], counts[lead]
    exchange = {lead: coord, coord: lead}
    return _render(tuple(swapped), centred)[0] == tuple(exchange.get(c, c) for c in order)

