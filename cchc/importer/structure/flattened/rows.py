"""Cutting the table into rows, each decoded with its layout (dynamic programming)."""
from __future__ import annotations

import math
from dataclasses import replace
from itertools import product

from .layouts import _best, _Candidate, _Decoded, _layout_candidates
from .model import NUMBER, _Fragment, _Widths
from .scoring import _cell_ceiling, _cells_bound, _fragment_scores, _line_bound
from .streams import _LOOSE_COST, _decode_streams


_MAX_ROW = 60  # fragments in one row
_SKIP_COST = 1.0  # per non-empty fragment left out of every row
_MAX_DROPPED = 12  # row numbers given up before the table is given up
_FLAG_COST = 2.0  # least cost of a line that says it ends its cell read as an inner line
_SLACK = 1e-6  # scores compared after sums in another order


def _row_starts(frags: list[_Fragment], low: int, anchor: int) -> list[int]:
    """Where a row holding `anchor` may start: after a cell's last line, not after `anchor`."""
    return [s for s in range(max(low, anchor - _MAX_ROW), anchor + 1)
            if s == low or s == anchor or not frags[s - 1].wrapped]


def _segment_rows(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                  widths: _Widths) -> list[tuple[int, int, _Decoded]]:
    """Cut the fragments into rows (one anchor each) and decode each, choosing cut points
    and layouts together (dynamic programming over cut points)."""
    starts = [_row_starts(frags, start if k == 0 else anchors[k - 1] + 1, a) for k, a in enumerate(anchors)]
    tail = anchors[-1] + 1
    ends = [e for e in range(tail, min(len(frags), tail + _MAX_ROW) + 1)
            if e == len(frags) or not frags[e - 1].wrapped]
    best: dict[int, tuple[float, tuple]] = {
        s: (-_SKIP_COST * _content_count(frags[start:s]), ()) for s in starts[0]}
    bounds = _LineBounds(frags, roles, widths)
    onward = _continuable(bounds, anchors, starts[1:] + [ends], roles)
    for k, anchor in enumerate(anchors):
        targets = starts[k + 1] if k + 1 < len(anchors) else ends
        if any(e in onward[k] for e in targets):  # else let the rows after fail as they will
            targets = [e for e in targets if e in onward[k]]
        tails = {e: -_SKIP_COST * 0.5 * _content_count(frags[e:]) if k + 1 == len(anchors) else 0.0
                 for e in targets}
        # Most promising spans first: a span whose bound cannot beat the best way found to
        # its end is never decoded (ties are decoded, and go to the earlier start).
        spans = sorted(((score + bounds.span(s, e, anchor) + tails[e], s, e) for s, (score, _) in best.items()
                        for e in targets if anchor < e and e - s <= _MAX_ROW), key=lambda t: -t[0])
        reached: dict[int, tuple[float, int, tuple]] = {}
        for hope, s, e in spans:
            if e in reached and hope < reached[e][0]:
                continue
            if not bounds.crosses_page(s, e) and not _may_lay_out(e - s - 1, anchor - s, roles):
                continue  # no layout puts the number where it is
            # Only a reading that would beat (or tie) the best way to `e` found so far matters.
            need = reached[e][0] - best[s][0] - tails[e] - _SLACK if e in reached else -math.inf
            decoded = _decode_span(frags, s, e, anchor, roles, widths, need)
            if decoded is None:
                continue
            total = best[s][0] + decoded.score + tails[e]
            if e not in reached or (total, -s) > reached[e][:2]:
                reached[e] = (total, -s, best[s][1] + ((s, e, decoded),))
        if not reached:
            raise _RowFailed(k)
        best = {e: (reached[e][0], reached[e][2]) for e in sorted(reached)}
    return list(max(best.values(), key=lambda v: v[0])[1])


class _LineBounds:
    """Upper bounds on how well any reading of a run of fragments can score: each line in the
    column it fits best (cell-end evidence only ever costs), an agency or deadline line also
    reading on perfectly from the line before, and each such cell reading as a perfect agency
    list or deadline. Glued fragments count at their best cut. A row within one page has one
    last line per cell: lines beyond that which say they end a cell cost their evidence."""

    def __init__(self, frags: list[_Fragment], roles: list[str], widths: _Widths):
        self.cells = _cells_bound(roles)
        self.most_cells = sum(r != NUMBER for r in roles)
        self.prefix = [0.0]
        self.enders = [0]  # lines that say they end their cell, up to each index
        self.breaks = [0, 0]  # page breaks before each index
        for i, frag in enumerate(frags):
            texts = {frag.text} | {left for left, _ in frag.alternatives}
            if i and frags[i - 1].alternatives:
                texts |= {right for _, right in frags[i - 1].alternatives}
            most = max(_line_bound(replace(frag, text=text), roles, widths) for text in texts)
            self.prefix.append(self.prefix[-1] + most)
            self.enders.append(self.enders[-1] + (frag.empty or frag.wrapped is False))
            if i:
                self.breaks.append(self.breaks[-1] + (frag.page != frags[i - 1].page))

    def crosses_page(self, s: int, e: int) -> bool:
        return self.breaks[e] != self.breaks[s + 1]

    def span(self, s: int, e: int, anchor: int) -> float:
        """Bound for frags[s:e] decoded as one row around `anchor` (whose line scores nothing)."""
        lines = self.prefix[e] - self.prefix[s] - (self.prefix[anchor + 1] - self.prefix[anchor])
        if not self.crosses_page(s, e):  # one layout: flags count
            enders = self.enders[e] - self.enders[s] - (self.enders[anchor + 1] - self.enders[anchor])
            lines -= _FLAG_COST * max(0, enders - self.most_cells)
        return lines + self.cells


def _continuable(bounds: _LineBounds, anchors: list[int], targets: list[list[int]],
                 roles: list[str]) -> list[set[int]]:
    """onward[k]: the ends of row `k` after which every later row can still be laid out, as
    far as the position of its number alone tells (a row cut by a page break always can)."""
    onward = [set() for _ in anchors]
    onward[-1] = set(targets[-1])
    for k in range(len(anchors) - 2, -1, -1):
        anchor = anchors[k + 1]
        onward[k] = {s for s in targets[k] if any(
            bounds.crosses_page(s, e) or _may_lay_out(e - s - 1, anchor - s, roles)
            for e in targets[k + 1] if e in onward[k + 1] and anchor < e and e - s <= _MAX_ROW)}
    return onward


def _may_lay_out(lines: int, position: int, roles: list[str]) -> bool:
    """Can a layout of `lines` lines besides the row number put the number at reading
    `position`? Top-aligned, only the first lines of the columns left of it come first;
    centred, about half of each column's lines (see `layouts._reading_cells`)."""
    left = roles.index(NUMBER) if NUMBER in roles else 0
    others = len(roles) - 1
    return position <= left or (lines - others) / 2 <= position <= lines // 2 + left


class _RowFailed(Exception):
    """No layout explains the row of anchor number `args[0]`: that number is not a row's."""


def _segment_table(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                   widths: _Widths) -> tuple[list[int], list[tuple[int, int, _Decoded]]]:
    """`_segment_rows`, dropping row numbers that no layout can explain (a number inside a
    cell's text that happened to continue the sequence)."""
    anchors = list(anchors)
    for _ in range(_MAX_DROPPED + 1):
        if not anchors:
            break
        try:
            return anchors, _segment_rows(frags, start, anchors, roles, widths)
        except _RowFailed as failed:
            del anchors[failed.args[0]]
    return [], []  # not a table this reader understands


def _content_count(frags: list[_Fragment]) -> int:
    return sum(1 for f in frags if not f.empty)


def _decode_span(frags: list[_Fragment], s: int, e: int, anchor: int, roles: list[str],
                 widths: _Widths, need: float = -math.inf) -> _Decoded | None:
    """Decode frags[s:e] as one row; where it crosses a page break, also as two parts: the
    lines above the break, and the rest laid out anew on the next page. Readings that cannot
    score above `need`, or above the best one found, are not looked into (None if none can)."""
    best = None
    for variant in _cut_variants(frags, s, e):
        row = variant[s:e]
        ceiling = _cell_ceiling(row, roles)
        floor = need if best is None else max(need, best.score)
        decoded = _best(row, _layout_candidates(row, anchor - s, roles, widths), widths, ceiling, floor)
        for b in range(s + 1, e):
            if variant[b].page != variant[b - 1].page:
                least = floor if decoded is None else decoded.score
                candidates = _page_split_candidates(variant, s, b, e, anchor, roles, widths, least - ceiling)
                decoded = _best(row, candidates, widths, ceiling, least) or decoded
        if decoded is not None and (best is None or decoded.score > best.score):
            best = decoded
            best.frags = row
    return best


def _cut_variants(frags: list[_Fragment], s: int, e: int, limit: int = 8):
    """The fragment list with each combination of cuts of the glued fragments in frags[s:e]."""
    split = [i for i in range(s, e - 1) if frags[i].alternatives]
    yield frags
    for choice in list(product(*(frags[i].alternatives for i in split)))[1:limit]:
        variant = list(frags)
        for i, (left, right) in zip(split, choice):
            variant[i] = replace(frags[i], text=left)
            variant[i + 1] = replace(frags[i + 1], text=right)
        yield variant


def _page_split_candidates(frags: list[_Fragment], s: int, b: int, e: int, anchor: int, roles: list[str],
                           widths: _Widths, need: float = -math.inf) -> list[_Candidate]:
    """Readings of frags[s:e] as two parts, above and below the page break at `b`, each laid
    out anew or read from its column streams. A part's streams are decoded only if some
    reading with them could score above `need`."""
    parts, streams = [], []
    for p, q in ((s, b), (b, e)):
        own_anchor = anchor - p if p <= anchor < q else None
        parts.append(_layout_candidates(frags[p:q], own_anchor, roles, widths, open_end=p == s))
        lines = sum(max(_fragment_scores(f, roles, widths)) for i, f in enumerate(frags[p:q], p) if i != anchor)
        streams.append((p, q, own_anchor, lines - _LOOSE_COST))
    for k, (p, q, own_anchor, most) in enumerate(streams):
        other = max([c.score for c in parts[1 - k]] + [streams[1 - k][3]])
        if most + other < need:
            continue
        loose = _decode_streams(frags[p:q], own_anchor, roles, widths, open_end=p == s)
        if loose is not None:
            parts[k].append(_Candidate(loose.score - _LOOSE_COST, loose.roles))
    return [_Candidate(a.score + c.score, a.roles + c.roles,
                       None if a.layouts is None or c.layouts is None else a.layouts + c.layouts)
            for a in parts[0] for c in parts[1]]


