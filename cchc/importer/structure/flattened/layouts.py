"""Row layouts (lines per column, cells top- or centre-aligned) rendered into reading order."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .model import COORDINATING, LEAD, NUMBER, _Fragment, _fragments, _lines_key, _LinesKey, _Widths
from .scoring import _MAX_LINES, _WIDE, _cell_score, _flag_scores, _fragment_scores


@lru_cache(maxsize=50_000)
def _render(counts: tuple[int, ...], centred: bool) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Reading order of a row whose column i has counts[i] lines: (column of each position,
    whether that position is the column's last line)."""
    height = max(counts)
    keys = []
    for col, n in enumerate(counts):
        offset = height - n if centred else 0
        keys.extend((offset + 2 * j, col, j == n - 1) for j in range(n))
    keys.sort()
    return tuple(k[1] for k in keys), tuple(k[2] for k in keys)


@dataclass
class _Decoded:
    score: float
    roles: list[str]  # column of each fragment of the row
    agency_swappable: bool = False  # swapping lead and coordinating gives an equally valid layout
    frags: list[_Fragment] | None = None  # the row's fragments, where glued ones were cut otherwise


@lru_cache(maxsize=4096)
def _count_options(total: int, long_lines: int, roles: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """Line counts per column worth trying for a row of `total` fragments besides its number,
    `long_lines` of them too wide for a narrow column."""
    wide_roles = [r for r in roles if r in _WIDE]
    narrow_roles = [r for r in roles if r not in _WIDE and r != NUMBER]
    options = []
    numbered = NUMBER in roles
    for wide_total in range(max(1 if numbered else 0, long_lines), long_lines + 3):
        rest = total - wide_total
        if rest < 0:
            break
        least = 1 if len(wide_roles) == 1 and numbered else 0
        for wide_split in _compositions(wide_total, len(wide_roles), least):
            for narrow_split in _compositions(rest, len(narrow_roles), 0,
                                              [_MAX_LINES.get(r, 9) for r in narrow_roles]):
                counts = dict(zip(wide_roles, wide_split)) | dict(zip(narrow_roles, narrow_split))
                if numbered:
                    counts[NUMBER] = 1
                options.append(tuple(counts[r] for r in roles))
    return tuple(options)


@lru_cache(maxsize=4096)
def _layouts_by_anchor(total: int, long_lines: int, roles: tuple[str, ...]) -> dict:
    """Rendered layouts grouped by where the row number falls in the reading order (None for
    the continuation of a row on the next page, which has no number)."""
    number_col = roles.index(NUMBER) if NUMBER in roles else None
    grouped: dict[int, list] = {}
    for counts in _count_options(total, long_lines, roles):
        for centred in (True, False):
            order, last = _render(counts, centred)
            key = order.index(number_col) if number_col is not None else None
            grouped.setdefault(key, []).append((order, last, counts, centred))
    return grouped


def _compositions(total: int, parts: int, minimum: int = 0, caps: list[int] | None = None):
    if parts == 0:
        if total == 0:
            yield ()
        return
    cap = caps[0] if caps else total
    for first in range(minimum, min(total, cap) + 1):
        for rest in _compositions(total - first, parts - 1, minimum, caps[1:] if caps else None):
            yield (first, *rest)


@dataclass
class _Candidate:
    """A reading of a row (or of a page's part of it) before whole-cell evidence is added."""

    score: float
    roles: list[str]
    agency_swappable: bool = False


def _best(frags: list[_Fragment], candidates: list[_Candidate], widths: _Widths) -> _Decoded | None:
    """The candidate that whole-cell evidence likes best: which column each fragment is in."""
    best: _Decoded | None = None
    for candidate in candidates:
        total = candidate.score + _cell_score(frags, candidate.roles, widths)
        if best is None or total > best.score:
            best = _Decoded(total, candidate.roles, candidate.agency_swappable)
    return best


def _layout_candidates(frags: list[_Fragment], anchor: int | None, roles: list[str], widths: _Widths,
                       keep: int = 25, open_end: bool = False) -> list[_Candidate]:
    """The `keep` layouts that best explain the fragments line by line. Without `anchor` the
    fragments are the part of a row that a page break carried to the next page; with
    `open_end` they are the part before such a break, whose cells go on."""
    return list(_ranked_layouts(_lines_key(frags), anchor, tuple(roles), widths, keep, open_end))


@lru_cache(maxsize=4096)
def _ranked_layouts(key: _LinesKey, anchor: int | None, roles: tuple[str, ...], widths: _Widths,
                    keep: int, open_end: bool) -> tuple[_Candidate, ...]:
    frags = _fragments(key)
    if anchor is None:
        roles = [r for r in roles if r != NUMBER]
    table = [_fragment_scores(f, roles, widths) for f in frags]
    for i, frag in enumerate(frags):  # fold the cell-end evidence into the same table
        at_end, inside = _flag_scores(frag)
        at_end = max(at_end, 0.0) if open_end else at_end
        table[i] = ([v + at_end for v in table[i]], [v + inside for v in table[i]])
    long_lines = sum(1 for i, f in enumerate(frags) if i != anchor and len(f.text) > widths.narrow + 3)
    scored = []
    total = len(frags) - (anchor is not None)
    for order, last, counts, centred in _layouts_by_anchor(total, long_lines, tuple(roles)).get(anchor, ()):
        score = sum(table[i][0 if end else 1][col]
                    for i, (col, end) in enumerate(zip(order, last)) if i != anchor)
        scored.append((score, order, counts, centred))
    scored.sort(key=lambda c: -c[0])
    out, seen = [], set()
    for score, order, counts, centred in scored[:keep]:
        if order not in seen:
            seen.add(order)
            out.append(_Candidate(score, [roles[c] for c in order],
                                  _agency_swappable(roles, counts, centred, order)))
    return tuple(out)


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

