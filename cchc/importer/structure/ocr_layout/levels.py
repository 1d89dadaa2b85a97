"""Agency cells that end in "UBND cấp" without the level: the level completed where the text gives it.

A cell "Sở, ban, ngành / tỉnh; UBND cấp / huyện" loses its last line when OCR glues it to another
cell ("huyện" printed among the product's words on the next line) or garbles it beyond the restorer
("huyéun", "uyên"). "UBND cấp" alone names nobody, so snapping drops it. A tier item "UBND" whose
"cấp" OCR garbled ("UBND có") or dropped as debris is read as "UBND cấp" first.

First, where "UBND cấp" runs straight into a name ("tỉnh; UBND cấp Sở Nội vụ", or "huyện; UBND cấp
Công nghệ" under "Sở Khoa học và"), two agency cells were printed side by side: the words up to
"cấp" are the left agency cell's, the name the right one's, whichever column the line went to. And
a piece of the other agency column below that opens with a level ("huyện; UBND cấp", then "xã") is
the truncated cell's next line, since no cell opens with a bare level. Then the level is put back from:

1. the row's next lines: a level word there ("huyện", "xã", typo-tolerant) that no other word turns
   into task text ("cấp huyện", "các xã") is the cell's lost line, and is moved to the cell;
2. otherwise, when the row's agency cells already name one of the two levels ("UBND cấp huyện" as
   the lead), the other one: a list names each agency once and a coordinating cell does not name
   the lead again;
3. otherwise the table's own complete cells: plans repeat the same agency lists row after row, so
   when the complete cells that name the same agency before "UBND cấp" go on with one level (at
   least three times and four in five), that level is meant.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .agencies import agency_key, agency_names, leading_name, match_agency, reads_more_together
from .folding import fold_words
from .model import AGENCY_COLUMNS, Piece, Row, other_agency_column
from .prevailing import prevailing
from .vocabulary import _AGENCY_START, _syllables

_LEVELS = {"huyen": "huyện", "xa": "xã"}  # folded level -> as written
_LEVEL_KEYS = {"ubnd_cap_huyen": "huyện", "ubnd_cap_xa": "xã"}  # registry key -> level as written
_LEVEL_SCORE = 80.0  # "huyéun", "uyên" read as "huyện"; "xa" must be exact (two letters)
_TRUNCATED = (" ubnd cap", " uy ban nhan dan cap")
_BEFORE_LEVEL = frozenset({"cap", "cac", "tinh"})  # "cấp huyện", "các xã", "tỉnh, huyện": task text
_RARE = 10  # corpus count under which a syllable is an OCR slip rather than a word
_PUNCTUATION = ".,;:()"
_CONTINUATION_REACH = 6  # lines below a truncated name where the other agency column may hold its rest
_REACH = 2  # lines below the truncated name (a blank line between two OCR'd lines counts)
_GARBLED_CAP = 4  # characters of a word OCR made of "cấp" ("có", "cáp", "cdp")
_NAME_WORDS = frozenset({"cap", "cac", "tinh", "huyen", "xa"})  # words that go on a tier's name


def complete_levels(rows: list[Row], order: list[str]) -> None:
    """Put the level back after every "UBND cấp" that ends without one in the rows' agency cells."""
    for row in rows:
        if row.kind == "task":
            _split_glued_name(row, order)
            for column in AGENCY_COLUMNS:
                _restore_cap(row, column)
                _restore_cap_before_tier(row, column)
                _pull_continuations(row, column)
    usage = _level_usage(rows)
    for row in rows:
        if row.kind != "task":
            continue
        for column in AGENCY_COLUMNS:
            for index, piece in enumerate(row.cells.get(column, [])):
                cut = _truncation(row, column, index)
                if cut is not None:
                    level = _level_below(row, piece) or _level_from_usage(row, column, index, cut, usage)
                    if level:
                        words = piece.text.split()
                        piece.text = " ".join(words[:cut] + [level] + words[cut:])


def _split_glued_name(row: Row, order: list[str]) -> None:
    """"tỉnh; UBND cấp Sở Nội vụ ...": two agency cells side by side on one line, cut apart.

    The words up to "UBND cấp" go to the left agency column, the name after it to the right one, in
    whichever column the line was put. The name opens an agency name ("Sở Khoa học và", no level
    reads so) or finishes the one the right column left unfinished above ("UBND cấp Công nghệ").
    """
    columns = [c for c in order if c in AGENCY_COLUMNS]
    if len(columns) != 2:
        return
    left, right = columns
    for column in columns:
        index = 0
        while index < len(row.cells.get(column, [])):
            piece = row.cells[column][index]
            cut = _truncation(row, column, index)
            words = piece.text.split()
            index += 1
            if cut is None or cut == len(words) or not words[cut][:1].isupper() or \
                    not _opens_or_finishes(row, right, piece.lineno, " ".join(words[cut:])):
                continue
            row.cells[column] = [p for p in row.cells[column] if p is not piece]
            for part, target in ((" ".join(words[:cut]), left), (" ".join(words[cut:]), right)):
                moved = Piece(part, piece.lineno, target, piece.interleaved)
                row.cells[target] = sorted(row.cells.get(target, []) + [moved], key=lambda p: p.lineno)
            index = 0


def _restore_cap(row: Row, column: str) -> None:
    """A cell ending in a list item "UBND" whose "cấp" OCR garbled ("tỉnh; UBND có", "tỉnh; UBND", the
    debris dropped): "UBND cấp", so that the level is completed like any other. "UBND" alone or with
    a short word that names nothing names no tier, and a list of tiers writes each one out; the first
    item of a cell ("UBND" for "UBND tỉnh") is left alone."""
    pieces = row.cells.get(column, [])
    words = " ".join(p.text for p in pieces).split()
    ubnd = next((k for k in (len(words) - 1, len(words) - 2) if k >= 1 and fold_words(words[k]) == "ubnd"), None)
    if ubnd is None or not words[ubnd - 1].endswith(";"):
        return
    last = pieces[-1].text.split()
    if ubnd == len(words) - 2:  # a word after "UBND": a garbled "cấp", or the start of a name
        if len(words[-1]) > _GARBLED_CAP or fold_words(words[-1]) in _NAME_WORDS or len(last) < 2:
            return
        last = last[:-1]
    pieces[-1].text = " ".join(last + ["cấp"])


def _restore_cap_before_tier(row: Row, column: str) -> None:
    """A piece ending in a bare "UBND" right before the cell's next piece "UBND cấp xã" ("UBND cấp}huyện;"
    with the glued rest dropped as junk): "UBND cấp", one tier of a list of tiers."""
    pieces = row.cells.get(column, [])
    for piece, after in zip(pieces, pieces[1:]):
        words, following = piece.text.split(), after.text.split()
        item_start = len(words) == 1 or len(words) > 1 and words[-2].endswith((";", ","))  # not "Văn phòng UBND"
        if item_start and fold_words(words[-1]) == "ubnd" and following and fold_words(following[0]) == "ubnd":
            piece.text += " cấp"


def _opens_or_finishes(row: Row, column: str, lineno: int, text: str) -> bool:
    if leading_name(text) is not None or _AGENCY_START.match(fold_words(text)):
        return True
    above = [p.text for p in row.cells.get(column, []) if p.lineno < lineno]
    return bool(above) and reads_more_together(above[-1], text)


def _pull_continuations(row: Row, column: str) -> None:
    """Pieces of the other agency column that open with a level, taken back by a truncated "UBND cấp"."""
    other = other_agency_column(column)
    while True:
        pieces = row.cells.get(column, [])
        moved = next((found for k in range(len(pieces)) if (found := _continuation(row, column, other, k))), None)
        if moved is None:
            return
        row.cells[other] = [p for p in row.cells[other] if p is not moved]
        row.cells[column] = sorted(pieces + [Piece(moved.text, moved.lineno, column, moved.interleaved)],
                                   key=lambda p: p.lineno)


def _continuation(row: Row, column: str, other: str, index: int) -> Piece | None:
    """The other column's piece that goes on with piece `index` ending in "UBND cấp", if any: below it,
    before the cell's own next piece, opening with a level ("huyện; UBND cấp")."""
    pieces = row.cells[column]
    piece = pieces[index]
    if _truncation(row, column, index) != len(piece.text.split()):
        return None
    limit = min(piece.lineno + _CONTINUATION_REACH,
                pieces[index + 1].lineno - 1 if index + 1 < len(pieces) else piece.lineno + _CONTINUATION_REACH)
    for candidate in row.cells.get(other, []):
        words = candidate.text.split()
        if piece.lineno < candidate.lineno <= limit and _level(words[0]) and \
                (len(words) == 1 or words[0].endswith((";", ","))):
            return candidate
    return None


def _level(word: str) -> str | None:
    """The level a word reads as ("huyện", "XÃ", a garbled "huyéun"), None if none.

    A typo is only read as "huyện" when the word is no common syllable itself ("chuyên", "hiện").
    """
    folded = fold_words(word)
    if folded in _LEVELS and (folded == "xa" or word.strip(_PUNCTUATION).lower() == "huyện"):
        return _LEVELS[folded]
    if folded and fuzz.ratio(folded, "huyen") >= _LEVEL_SCORE and \
            _syllables().count(word.strip(_PUNCTUATION).lower()) < _RARE:
        return _LEVELS["huyen"]
    return None


def _truncation(row: Row, column: str, index: int) -> int | None:
    """Word position right after a "UBND cấp" in the piece that no level follows (in the cell), or None."""
    pieces = row.cells[column]
    words = pieces[index].text.split()
    folded = [fold_words(w) for w in words]
    for end in range(2, len(words) + 1):
        if (" " + " ".join(folded[max(0, end - 5):end])).endswith(_TRUNCATED):
            following = words[end] if end < len(words) else _first_word(pieces[index + 1:])
            if following is None or (_level(following) is None and fold_words(following) != "tinh"):
                return end
    return None


def _first_word(pieces: list[Piece]) -> str | None:
    return next((p.text.split()[0] for p in pieces if p.text.split()), None)


def _level_below(row: Row, piece: Piece) -> str | None:
    """A level word on the next lines of the row that reads as a lost cell line; removed where it was."""
    for line in range(piece.lineno + 1, piece.lineno + _REACH + 1):
        for cells in row.cells.values():
            for other in cells:
                if other.lineno != line or other is piece:
                    continue
                words = other.text.split()
                for k, word in enumerate(words):
                    level = _level(word)
                    if level and (k == 0 or fold_words(words[k - 1]) not in _BEFORE_LEVEL) and \
                            (k + 1 == len(words) or _level(words[k + 1]) is None):
                        other.text = " ".join(words[:k] + words[k + 1:])
                        return level
    return None


def _level_usage(rows: list[Row]) -> dict[str | None, Counter]:
    """Levels that follow "UBND cấp" in the table's complete agency cells, by the agency named before."""
    usage: dict[str | None, Counter] = defaultdict(Counter)
    for row in rows:
        for column in AGENCY_COLUMNS:
            names = agency_names(" ".join(p.text for p in row.cells.get(column, [])), patterns=False)
            for before, name in zip([None] + names, names):
                found = match_agency(name)
                if found and found.key in _LEVEL_KEYS:
                    usage[_key(before)][found.key] += 1
    return usage


def _level_from_usage(row: Row, column: str, index: int, cut: int, usage: dict[str | None, Counter]) -> str | None:
    pieces = row.cells[column]
    before_text = " ".join([p.text for p in pieces[:index]] + pieces[index].text.split()[:cut - 2])
    names = agency_names(before_text, patterns=False)
    named = _levels_named(row, column)
    if len(named) == 1:  # the cell or the other agency cell names one level: "UBND cấp" is the other
        return _LEVEL_KEYS[next(key for key in _LEVEL_KEYS if key not in named)]
    if named:
        return None
    key = prevailing(usage.get(_key(names[-1] if names else None)))
    return _LEVEL_KEYS[key] if key is not None else None


def _levels_named(row: Row, column: str) -> set[str]:
    """Registry keys of the levels the row's agency cells already name (a list names each agency once,
    and a coordinating cell does not name the lead again)."""
    text = " ".join(p.text for c in AGENCY_COLUMNS for p in row.cells.get(c, []))
    return {key for key in map(_key, agency_names(text)) if key in _LEVEL_KEYS}


def _key(name: str | None) -> str | None:
    return agency_key(name) if name else name
