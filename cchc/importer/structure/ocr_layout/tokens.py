"""Cutting a line into runs of words between table rules and OCR junk."""
from __future__ import annotations

import re
from functools import lru_cache

from ...text import CAPITALS
from .folding import fold
from .vocabulary import _syllables


_CELL_WIDTH = 45  # a line wider than this holds more than one cell
_TITLE_WIDTH = 42
_ROW_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)(?:\s+(?=[^\d\s.,)%/])|$)")   # "3", "1.2"
_ALLOWED = re.compile(r"^[\w%/&.,;:()\-'\"+]+$")
_CODE = re.compile(r"^\(?\d+([/.\-]\d*)*[/\-]?[A-ZĐa-zđ\-/]*\)?[.,;:)]*$|^\(?\d+%[.,;:)]*$")
_REAL_SINGLE = {"ở", "ý", "y", "và", "à", "ơ"}


@lru_cache(maxsize=1 << 16)
def is_junk(token: str) -> bool:
    """OCR noise: table rules, stray marks, letters mixed with digits ("S6", "1V"), unknown single letters."""
    if not _ALLOWED.match(token):
        return True
    if token in ("-", "+"):
        return False  # list bullets
    core = token.strip(".,;:()'\"")
    if not core:
        return True
    if any(c.isdigit() for c in core):
        return not _CODE.match(token)
    if core == "&":
        return True
    letters = core.replace("-", "").replace("/", "").replace("&", "")
    if not letters.isalpha():
        return True
    if len(letters) == 1:
        return letters.lower() not in _REAL_SINGLE
    if letters.isupper():
        return False
    return len(letters) <= 3 and _syllables().count(letters.lower()) == 0 and not _has_vowel(letters)


_KNOWN_WORD = 20  # corpus count of a syllable that is no OCR debris
_GLUED_LIST = re.compile(r"(?<=[^\W\d_][;,])(?=[^\W\d_])")


def _unglue(token: str, last: bool = False) -> list[str]:
    """Words a list mark glued without its space ("tỉnh;UBND", "Sở,ban,"), which would read as one junk
    token: split after the mark when every part is a word. At the end of a line, where the cell's right
    rule meets its last word, a known word whose mark OCR glued to a stray mark ("như;p,") keeps the word.
    """
    if not is_junk(token):
        return [token]
    parts = _GLUED_LIST.split(token)
    if len(parts) > 1 and not any(is_junk(p) for p in parts):
        return parts
    if last and len(parts) > 1 and _syllables().count(parts[0].rstrip(",;").lower()) >= _KNOWN_WORD and \
            all(is_junk(p) for p in parts[1:]):
        return [parts[0], "".join(parts[1:])]
    return [token]


def _has_vowel(word: str) -> bool:
    return any(c in "aeiouy" for c in fold(word))


def segments(text: str) -> list[str]:
    """The runs of a line between "|" marks and junk, junk removed.

    In a line as wide as one cell, junk is a stray mark inside the cell and does not cut it.
    """
    wide = len(text) > _CELL_WIDTH
    runs: list[list[str]] = [[]]
    tokens = text.replace("|", " | ").split()
    for token in (t for k, glued in enumerate(tokens) for t in _unglue(glued, last=k == len(tokens) - 1)):
        if token == "|" or is_junk(token):
            if runs[-1] and (token == "|" or wide):
                runs.append([])
            continue
        runs[-1].append(token)
    return [piece for r in runs if r and _meaningful(r) for piece in _cut_at_items(" ".join(r))]


_INLINE_ITEM = re.compile(rf"(?<=\S)\s+(?=\d{{1,2}}[.)]\s+[{CAPITALS}])")


def _cut_at_items(text: str) -> list[str]:
    """A numbered item starting in the middle of a run ("... hiện 2. Kế hoạch") starts another cell."""
    return [p for p in _INLINE_ITEM.split(text) if any(c.isalnum() for c in p)]


def split_row_number(parts: list[str]) -> tuple[str, list[str]]:
    """A row number printed at the start of a line ("3 | Kiểm tra ...") and the rest of the line."""
    if not parts:
        return "", parts
    m = _ROW_NUMBER.match(parts[0])
    if not m:
        return "", parts
    rest = parts[0][m.end():].strip()
    return m.group(1), ([rest] if rest else []) + parts[1:]


def _meaningful(tokens: list[str]) -> bool:
    return any(len(t.strip(".,;:()")) >= 2 or t.strip(".,;:()").isdigit() for t in tokens)
