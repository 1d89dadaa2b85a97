"""Cutting the table into rows, each decoded with its layout (dynamic programming)."""
from __future__ import annotations

from dataclasses import replace
from itertools import product

from .layouts import _best, _Candidate, _Decoded, _layout_candidates
from .model import _Fragment, _Widths
from .streams import _LOOSE_COST, _decode_streams



_MAX_ROW = 60  # fragments in one row
_SKIP_COST = 1.0  # per non-empty fragment left out of every row
_MAX_DROPPED = 12  # row numbers given up before the table is given up


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
    for k, anchor in enumerate(anchors):
        targets = starts[k + 1] if k + 1 < len(anchors) else ends
        reached: dict[int, tuple[float, tuple]] = {}
        for s, (score, path) in best.items():
            for e in targets:
                if e <= anchor or e - s > _MAX_ROW:
                    continue
                decoded = _decode_span(frags, s, e, anchor, roles, widths)
                if decoded is None:
                    continue
                total = score + decoded.score
                if k + 1 == len(anchors):
                    total -= _SKIP_COST * 0.5 * _content_count(frags[e:])
                if e not in reached or total > reached[e][0]:
                    reached[e] = (total, path + ((s, e, decoded),))
        if not reached:
            raise _RowFailed(k)
        best = reached
    return list(max(best.values(), key=lambda v: v[0])[1])


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
                 widths: _Widths) -> _Decoded | None:
    """Decode frags[s:e] as one row; where it crosses a page break, also as two parts: the
    lines above the break, and the rest laid out anew on the next page."""
    best = None
    for variant in _cut_variants(frags, s, e):
        candidates = _layout_candidates(variant[s:e], anchor - s, roles, widths)
        for b in range(s + 1, e):
            if variant[b].page != variant[b - 1].page:
                candidates += _page_split_candidates(variant, s, b, e, anchor, roles, widths)
        decoded = _best(variant[s:e], candidates, widths)
        if decoded is not None and (best is None or decoded.score > best.score):
            best = decoded
            best.frags = variant[s:e]
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


def _page_split_candidates(frags: list[_Fragment], s: int, b: int, e: int, anchor: int,
                           roles: list[str], widths: _Widths, keep: int = 5) -> list[_Candidate]:
    parts = []
    for p, q in ((s, b), (b, e)):
        own_anchor = anchor - p if p <= anchor < q else None
        options = _layout_candidates(frags[p:q], own_anchor, roles, widths, keep=keep, open_end=p == s)
        loose = _decode_streams(frags[p:q], own_anchor, roles, widths, open_end=p == s)
        if loose is not None:
            options.append(_Candidate(loose.score - _LOOSE_COST, loose.roles))
        parts.append(options)
    return [_Candidate(a.score + c.score, a.roles + c.roles, a.agency_swappable and c.agency_swappable)
            for a in parts[0] for c in parts[1]]


