"""Scoring a reading: how well a fragment fits a column, and how well whole cells read."""
from __future__ import annotations

import re
from functools import lru_cache

from .model import BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE, _Fragment, _Widths
from .vocabulary import (_AGENCY_HEADS, _DEADLINE_RE, _agency_coverage, _agency_share, _deadline_fit,
                         _deadline_share, _joined, _product_share)


_WIDE = (TITLE,)
_MAX_LINES = {OUTPUTS: 8, LEAD: 9, COORDINATING: 9, DEADLINE: 7, NOTES: 2, BUDGET: 3}
_IMPOSSIBLE = -1e6


def _fragment_scores(frag: _Fragment, roles: list[str], widths: _Widths) -> list[float]:
    """How well one fragment fits each column, ignoring its neighbours."""
    return list(_text_scores(frag.text, frag.wrapped, tuple(roles), widths.narrow, widths.wide))


@lru_cache(maxsize=20_000)
def _text_scores(text: str, wrapped: bool, roles: tuple[str, ...], narrow: float,
                 wide: float) -> tuple[float, ...]:
    frag = _Fragment(text, wrapped, 0)
    widths = _Widths(narrow, wide)
    words = frag.words
    size = len(frag.text)
    too_wide = size > widths.narrow + 3
    deadline = _deadline_share(words) + (0.5 if _DEADLINE_RE.search(" ".join(words)) else 0.0)
    agency = _agency_share(words) + (0.3 if words and words[0] in _AGENCY_HEADS else 0.0)
    scores = []
    for role in roles:
        if role == NUMBER:
            scores.append(_IMPOSSIBLE)
        elif frag.empty:
            scores.append({TITLE: -4.0, NOTES: 1.0, LEAD: -0.5}.get(role, 0.3))
        elif role in _WIDE:
            short_wrap = frag.wrapped and size < 0.5 * widths.wide
            scores.append(2.0 if too_wide else (-2.5 if short_wrap else 0.0) - deadline - 0.5 * agency)
        elif role == OUTPUTS:  # products: a medium column of document kinds
            scores.append((-3.0 if too_wide else 0.0) + 2.0 * _product_share(words) - 0.8
                          - 0.5 * agency - deadline)
        elif too_wide:
            scores.append(-8.0 - (size - widths.narrow) * 0.3)
        elif role in (LEAD, COORDINATING):
            scores.append(2.0 * agency - 1.0 - 1.5 * max(0.0, deadline - 0.8))
        elif role == DEADLINE:
            scores.append(2.5 * deadline - 1.5 - 1.5 * (words[0] in _AGENCY_HEADS and deadline < 1))
        elif role == BUDGET:
            scores.append(1.0 if re.fullmatch(r"[\d.,\s]+", frag.text) else -3.0)
        else:  # notes
            scores.append(-2.0)
    return tuple(scores)


def _flag_scores(frag: _Fragment) -> tuple[float, float]:
    """(score if the fragment is its cell's last line, score if a later line follows)."""
    if frag.empty:
        return 0.0, -3.0
    if frag.wrapped is None:
        return 0.0, 0.0
    return (-2.0, 0.0) if frag.wrapped else (0.0, -2.0)



def _cells(frags: list[_Fragment], assigned: list[str]) -> dict[str, list[_Fragment]]:
    cells: dict[str, list[_Fragment]] = {}
    for frag, role in zip(frags, assigned):
        cells.setdefault(role, []).append(frag)
    return cells


def _cell_text(lines: list[_Fragment]) -> str:
    return " ".join(f.text for f in lines if f.text).strip()


def _cell_score(frags: list[_Fragment], assigned: list[str], widths: _Widths) -> float:
    """Whole-cell evidence: agency cells read as agency lists, deadline cells as deadlines
    (other cells have none)."""
    shown: dict[str, list[str]] = {}
    for frag, role in zip(frags, assigned):
        if frag.text and role in _READ_ON:
            shown.setdefault(role, []).append(frag.text)
    score = sum(_cell_evidence(role, tuple(lines)) for role, lines in shown.items())
    if LEAD not in shown and COORDINATING in shown:
        score -= 2.0
    return score


@lru_cache(maxsize=50_000)
def _cell_evidence(role: str, lines: tuple[str, ...]) -> float:
    """One cell's share of `_cell_score`; layouts of neighbouring rows share most cells."""
    text = " ".join(lines).strip()
    if not text:
        return 0.0
    score = 0.0
    if role in (LEAD, COORDINATING):
        score += 5.0 * (_agency_coverage(_joined(*lines)) - 0.6)
    elif role == DEADLINE:
        score += 5.0 * (_deadline_fit(_joined(*lines)) - 0.6)
    return score + sum(_reads_on(a, b, role) for a, b in zip(lines, lines[1:]))


_READ_ON = (LEAD, COORDINATING, DEADLINE)  # cells whose lines are scored as reading on
_PERFECT_CELL = 5.0 * (1.0 - 0.6)  # best whole-cell evidence (see `_cell_evidence`)
_PERFECT_READ_ON = 2.0 * (1.0 - 0.7)  # best line-to-line reading (see `_reads_on`)


def _line_bound(frag: _Fragment, roles: list[str], widths: _Widths) -> float:
    """No reading scores this line higher: in the column it fits best (cell-end evidence
    only ever costs), reading on perfectly from the line before if that is a narrow cell."""
    scores = _fragment_scores(frag, roles, widths)
    return max(max(scores), *(v + _PERFECT_READ_ON for v, r in zip(scores, roles) if r in _READ_ON))


def _cells_bound(roles: list[str]) -> float:
    """No reading's whole-cell evidence is higher: every agency and deadline cell perfect."""
    return _PERFECT_CELL * sum(r in _READ_ON for r in roles)


def _cell_ceiling(frags: list[_Fragment], roles: list[str]) -> float:
    """No reading of these lines gets more whole-cell evidence (`_cell_score`): every agency
    and deadline cell perfect, every line reading on perfectly from the one before."""
    return _cells_bound(roles) + _PERFECT_READ_ON * len(frags)


@lru_cache(maxsize=50_000)
def _reads_on(previous: str, line: str, role: str) -> float:
    """Does `line` continue `previous` within one cell of this column?"""
    if role in (LEAD, COORDINATING):
        return 2.0 * (_agency_coverage(_joined(previous, line)) - 0.7)
    if role == DEADLINE:
        return 2.0 * (_deadline_fit(_joined(previous, line)) - 0.7)
    return 0.0


