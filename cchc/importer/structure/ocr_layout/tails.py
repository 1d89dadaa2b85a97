"""Snapped agency items that lost their last word "tỉnh", written as the table writes them elsewhere.

"Sở, ban, ngành / tỉnh; UBND cấp / huyện" keeps its first line when OCR garbles the second one's
"tỉnh" ("(inty,"): the item snaps to "Sở, ban, ngành". Plans repeat the same agency lists row after
row, so when the table's complete cells nearly always write the same agency with "tỉnh" right before
the same next agency, the item without it is that name (the mirror of `heads`, where the head was
lost and "tỉnh" kept).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .agencies import match_agency
from .folding import fold_words
from .prevailing import prevailing

_TAIL = "tinh"
_SEPARATOR = "; "


def complete_tails(cells: list[str]) -> list[str]:
    """The snapped agency cells ("; "-separated items) with every item that lost its "tỉnh" completed."""
    usage = _usage(cells)
    return [_SEPARATOR.join(_completed(cell.split(_SEPARATOR), usage)) if cell else cell for cell in cells]


def _key(name: str) -> str | None:
    found = match_agency(name)
    return found.key if found else None


def _usage(cells: list[str]) -> dict[tuple[str | None, str | None], Counter]:
    """Items as written, by (their agency, the agency named right after them)."""
    usage: dict[tuple[str | None, str | None], Counter] = defaultdict(Counter)
    for cell in cells:
        items = cell.split(_SEPARATOR) if cell else []
        for item, after in zip(items, items[1:]):
            usage[(_key(item), _key(after))][item] += 1
    return usage


def _completed(items: list[str], usage: dict[tuple[str | None, str | None], Counter]) -> list[str]:
    out = list(items)
    for k, (item, after) in enumerate(zip(items, items[1:])):
        key = _key(item)
        # the item itself is one of the names seen there
        name = prevailing(usage.get((key, _key(after))), own=1) if key else None
        if name is not None and fold_words(name) == f"{fold_words(item)} {_TAIL}":
            out[k] = name
    return out
