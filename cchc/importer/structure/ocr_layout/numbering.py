"""Row numbers: accepted where they fit the sequence, then renumbered from it."""
from __future__ import annotations

from .folding import fold_words
from .model import Row, TITLE
from .vocabulary import _deadline_like


class Numbering:
    """Row numbers read in one section, accepted only where they fit the sequence (OCR invents digits).

    A number must follow the last one accepted; it may run ahead of it by the rows found without
    a number since (their numbers were lost), plus a few. Numbers of a group's rows ("1.1", "1.2",
    then "2.1") count on from the rows before their group: the sequence is of rows, not of groups.
    """

    def __init__(self) -> None:
        self.last = 0
        self.rows = 0
        self.group_start: dict[int, int] = {}   # group -> position of its row ".0"

    def rows_seen(self, count: int) -> None:
        self.rows = count

    def accept(self, number: str, parts: list[str]) -> int:
        """The row's position in the sequence, or 0 where `number` does not fit it."""
        position, group = self._position(number) if number else (0, None)
        if not self.last < position <= max(self.last, self.rows) + 3:
            return 0
        if parts and _deadline_like(parts[0]):
            return 0  # a digit misread inside a deadline line ("4 báo cáo CCHC định kỳ")
        if group is not None:
            self.group_start.setdefault(group[0], group[1])
        self.last = position
        return position

    def _position(self, number: str) -> tuple[int, tuple[int, int] | None]:
        """Where `number` puts its row, and for a group's first row seen, (group, start) to remember."""
        group, _, item = number.partition(".")
        if not item:
            return (0 if self.group_start else int(number)), None   # "2" above "2.1" is a group, no row
        group, item = int(group), int(item)
        if group in self.group_start:
            return self.group_start[group] + item, None
        if self.group_start and not max(self.group_start) < group <= max(self.group_start) + 2:
            return 0, None   # groups come in order; "7.3" after "2.1" is a misread
        start = self.last + 1 - item
        return start + item, (group, start)


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
