"""Lead or coordinating: one width per column fitted over the whole table."""
from __future__ import annotations

import math
from functools import lru_cache

from ...text import fold
from .layouts import _Decoded
from .model import COORDINATING, LEAD, _Fragment
from .scoring import _cells



# Approximate advance widths (in em) of a serif font: wide capitals, narrow i/l/t and punctuation.
_NARROW_CHARS = set("iljtfrI.,;:'()/-")
_WIDE_CHARS = set("mwMW")


@lru_cache(maxsize=20_000)
def _visual_width(text: str) -> float:
    width = 0.0
    for ch in text:
        base = fold(ch) or ch
        if ch == " ":
            width += 0.25
        elif base in _NARROW_CHARS or ch in _NARROW_CHARS:
            width += 0.3
        elif base in _WIDE_CHARS or ch in _WIDE_CHARS:
            width += 0.8
        elif ch.isupper():
            width += 0.7
        else:
            width += 0.48
    return width


def _cell_measures(cell: list[_Fragment]) -> tuple[list[float], list[float]]:
    """Widths of a cell's lines, and of each wrapped line plus the word that went to the next."""
    lines = [f.text for f in cell if f.text]
    reaches = [_visual_width(f"{line} {nxt.split()[0]}") for line, nxt in zip(lines, lines[1:])]
    return [_visual_width(line) for line in lines], reaches


def _overflow(measures: tuple[list[float], list[float]], width: float) -> float:
    """How badly a cell's line breaks contradict a column of `width`: lines wider than the
    column, or a break before a word that would have fitted. Counted per break, so that a
    tie (the same text fitting in one column and wrapped in the other) still counts."""
    lines, reaches = measures
    cost = sum(1.0 + w - width for w in lines if w > width + 1e-6)
    return cost + sum(1.0 + width - r for r in reaches if r <= width + 1e-6)


def _orient_agency_cells(frags: list[_Fragment], rows: list[tuple[int, int, _Decoded]]) -> None:
    """Where the weave cannot tell the lead cell from the coordinating one, pick the
    orientation that fits one width per column across the whole table."""
    pairs = []  # (lead measures, coordinating measures, may swap)
    for s, e, decoded in rows:
        cells = _cells(decoded.frags or frags[s:e], decoded.roles)
        pairs.append((_cell_measures(cells.get(LEAD, [])), _cell_measures(cells.get(COORDINATING, [])),
                      decoded.agency_swappable))
    if not any(swap for _, _, swap in pairs):
        return
    widths = sorted({w for lead, coord, _ in pairs for w in lead[0] + coord[0]})
    if not widths:
        return
    costs = [([_overflow(lead, w) for w in widths], [_overflow(coord, w) for w in widths])
             for lead, coord, _ in pairs]
    i, j = _fitted_widths(costs, [swap for _, _, swap in pairs])
    for (s, e, decoded), (lead, coord), (_, _, swap) in zip(rows, costs, pairs):
        if swap and coord[i] + lead[j] < lead[i] + coord[j]:
            decoded.roles = [{LEAD: COORDINATING, COORDINATING: LEAD}.get(r, r) for r in decoded.roles]




def _fitted_widths(costs: list[tuple[list[float], list[float]]], swaps: list[bool],
                   check: int = 4) -> tuple[int, int]:
    """Indices (i, j) of the lead and coordinating widths that cost least over all rows
    (ties: the smallest i, then j), each row oriented the cheaper way where it may swap.
    Every cost is at least 0, so a lead width whose running totals already all exceed the
    best found cannot win: the likeliest lead widths are tried first, and the others given
    up as soon as that shows."""
    count = len(costs[0][0])
    hopeful = sorted(range(count), key=lambda i: sum(lead[i] for lead, _ in costs))
    best = (math.inf, count, count)
    for i in hopeful:
        totals = [0.0] * count  # over the coordinating width j, row by row
        for row, ((lead, coord), swap) in enumerate(zip(costs, swaps), 1):
            if swap:
                totals = [t + min(lead[i] + cj, coord[i] + lj) for t, cj, lj in zip(totals, coord, lead)]
            else:
                totals = [t + (lead[i] + cj) for t, cj in zip(totals, coord)]
            if row % check == 0 and min(totals) > best[0]:
                break
        else:
            j = min(range(count), key=totals.__getitem__)
            best = min(best, (totals[j], i, j))
    return best[1], best[2]
