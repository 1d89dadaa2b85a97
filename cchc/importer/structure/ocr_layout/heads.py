"""Agency cells whose item ends in "tỉnh" without its head: the name the table writes there put back.

"Sở, ban, ngành / tỉnh; UBND cấp / huyện" loses its first line when OCR glues it to another cell,
garbles it beyond the restorer ("Sở, ban, nguồn") or drops a word ("Sở, ban, / tỉnh;"). What is left,
"tỉnh" before "UBND cấp huyện", names nobody and snapping drops it. Plans repeat the same agency
lists row after row, so when the table's complete cells nearly always write one name ending in
"tỉnh" right before the same next agency, and the orphan item reads like it (a bare "tỉnh" or a
garbled copy), that name is meant. An item that reads like some other name ("Hội Nông dân tỉnh",
not in the registry) is left alone.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .agencies import agency_names, match_agency
from .folding import fold_words
from .model import AGENCY_COLUMNS, Row
from .prevailing import prevailing

_TAIL = "tinh"
_GARBLED = 75.0  # folded similarity from which an orphan item is a garbled copy of the name


def complete_heads(rows: list[Row]) -> None:
    """Replace every headless "… tỉnh" item of the rows' agency cells by the name the table writes there."""
    usage = _usage(rows)
    for row in rows:
        if row.kind == "task":
            for column in AGENCY_COLUMNS:
                _complete_cell(row, column, usage)


def _usage(rows: list[Row]) -> dict[str, Counter]:
    """Names ending in "tỉnh" (as written) by the registry key of the agency named right after them."""
    usage: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for column in AGENCY_COLUMNS:
            names = agency_names(" ".join(p.text for p in row.cells.get(column, [])), patterns=False)
            for before, after in zip(names, names[1:]):
                found = match_agency(after)
                if found and fold_words(before).endswith(" " + _TAIL):
                    usage[found.key][before] += 1
    return usage


def _complete_cell(row: Row, column: str, usage: dict[str, Counter]) -> None:
    pieces = row.cells.get(column, [])
    words = [(k, w) for k, piece in enumerate(pieces) for w in piece.text.split()]
    start = 0
    for end, (_, word) in enumerate(words):
        if not word.endswith(";"):
            continue
        item = " ".join(w for _, w in words[start:end + 1]).rstrip(";")
        rest = " ".join(w for _, w in words[end + 1:])
        name = _head(item, rest, usage)
        if name:
            _replace(pieces, words, start, end, name + ";")
            return  # one orphan per cell: the cell's words have moved
        start = end + 1


def _head(item: str, rest: str, usage: dict[str, Counter]) -> str | None:
    """The name the orphan `item` stands for, given the agency names that follow it; None if none."""
    folded = fold_words(item)
    if not (folded == _TAIL or folded.endswith(" " + _TAIL)) or agency_names(item):
        return None
    following = agency_names(rest)
    found = match_agency(following[0]) if following else None
    name = prevailing(usage.get(found.key)) if found else None
    if name is None or folded != _TAIL and fuzz.ratio(folded, fold_words(name)) < _GARBLED:
        return None
    return name


def _replace(pieces, words, start: int, end: int, name: str) -> None:
    """Words start..end (over the cell's pieces) replaced by `name`, written in the first one's piece."""
    kept: dict[int, list[str]] = defaultdict(list)
    for position, (k, word) in enumerate(words):
        if position == start:
            kept[k].append(name)
        elif not start < position <= end:
            kept[k].append(word)
    for k, piece in enumerate(pieces):
        piece.text = " ".join(kept.get(k, []))
