"""Row numbers: accepted where they fit the sequence, then renumbered from it."""
from __future__ import annotations

from .folding import fold_words
from .model import Row, TITLE
from .vocabulary import _deadline_like


class Numbering:
    """Row numbers read in one section, accepted only where they fit the sequence (OCR invents digits).

    A number must follow the last one accepted; it may run ahead of it by the rows found without
    a number since (their numbers were lost), plus a few.
    """

    def __init__(self) -> None:
        self.last = 0
        self.rows = 0

    def rows_seen(self, count: int) -> None:
        self.rows = count

    def accept(self, number: str, parts: list[str]) -> bool:
        if not number or not self.last < int(number) <= max(self.last, self.rows) + 3:
            return False
        if parts and _deadline_like(parts[0]):
            return False  # a digit misread inside a deadline line ("4 báo cáo CCHC định kỳ")
        self.last = int(number)
        return True


_LETTERS = "ABCDEFGHK"
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
           "XVI", "XVII", "XVIII", "XIX", "XX"]


def number_rows(rows: list[Row]) -> None:
    """Numbers from the sequence: letters A, B, ...; Roman numerals restart under each letter; tasks 1, 2, ..."""
    _demote_misread_letters(rows)
    letter, roman, task = 0, 0, 0
    for row in rows:
        if row.kind == "letter":
            letter, roman, task = _next_letter(letter, row.number), 0, 0
            row.number = _LETTERS[letter - 1] if letter <= len(_LETTERS) else str(letter)
        elif row.kind == "heading":
            roman, task = _next_roman(roman, row.number), 0
            row.number = _ROMANS[roman - 1] if roman <= len(_ROMANS) else str(roman)
        else:
            task += 1
            row.number = str(task)


def _demote_misread_letters(rows: list[Row]) -> None:
    """A "letter" heading with tasks right under it, inside a group divided into Roman areas, is a Roman
    heading whose numeral OCR misread ("A | CẢI CÁCH TTHC" for "III")."""
    romans_in_group = False
    for row, after in zip(rows, rows[1:] + [Row("end")]):
        if row.kind == "heading":
            romans_in_group = True
        elif row.kind == "letter":
            if romans_in_group and after.kind == "task" and not fold_words(row.text(TITLE)).startswith("nhom"):
                row.kind, row.number = "heading", ""
            else:
                romans_in_group = False


def _next_letter(last: int, mark: str) -> int:
    read = _LETTERS.find(mark) + 1 if len(mark) == 1 else 0
    return read if last < read <= last + 2 else last + 1


def _next_roman(last: int, mark: str) -> int:
    read = _ROMANS.index(mark) + 1 if mark in _ROMANS else 0
    return read if last + 1 < read <= last + 2 and len(mark) > 1 else last + 1
