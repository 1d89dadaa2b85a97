"""Columns, the recovered row, and the fragments (visual cell lines) rows are decoded from."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text import fold

NUMBER, TITLE, OUTPUTS, LEAD, COORDINATING, DEADLINE, BUDGET, NOTES = (
    "number", "title", "outputs", "lead", "coordinating", "deadline", "budget", "notes")

_CANONICAL_ORDER = (NUMBER, TITLE, OUTPUTS, LEAD, COORDINATING, DEADLINE, BUDGET, NOTES)


@dataclass
class FlatRow:
    """One recovered table row, cells as raw text (field parsers split and normalise them)."""

    number: str
    kind: str  # "heading" (Roman-numbered area heading) or "task"
    title: str
    lead: str = ""
    coordinating: str = ""
    deadline: str = ""
    notes: str = ""
    lineno: int = 0
    outputs: str = ""
    budget: str = ""


@dataclass
class _Fragment:
    """One visual line of one cell, as cut from the flattened text."""

    text: str
    wrapped: bool | None  # the cell goes on in a later line (None: the text does not say)
    lineno: int
    page: int = 0  # fragments of one PDF page share it (0: pages unknown)
    # On the first half of a split glued fragment: every plausible (first, second) text pair.
    alternatives: tuple[tuple[str, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def words(self) -> tuple[str, ...]:
        return _words(self.text)


@lru_cache(maxsize=20_000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", fold(text)))


@dataclass(frozen=True)
class _Widths:
    """Line widths (in characters) of the narrow columns and the wide content column."""

    narrow: float = 16.0
    wide: float = 45.0


_LinesKey = tuple[tuple[str, "bool | None"], ...]


def _lines_key(frags: list[_Fragment]) -> _LinesKey:
    """All that decoding reads of a row's fragments (text and wrap flag): a hashable key, so
    that the same lines met again (the parts of rows cut by a page break, the rows of each
    trial column order) are decoded once."""
    return tuple((f.text, f.wrapped) for f in frags)


def _fragments(key: _LinesKey) -> list[_Fragment]:
    return [_Fragment(text, wrapped, 0) for text, wrapped in key]
