"""A list item's number written as a label in the style a document names ("a", "iv", "IV", "07").

Word's numbering.xml and HTML's ordered lists name the same styles; this module is free of either
format's library so that each reader loads only its own.
"""
from __future__ import annotations

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        label = _letters(value)
        return label.upper() if fmt == "upperLetter" else label
    if fmt in ("lowerRoman", "upperRoman"):
        label = _roman(value)
        return label.upper() if fmt == "upperRoman" else label
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _letters(value: int) -> str:
    """Word repeats the letter: a..z, aa..zz, aaa..."""
    if value < 1:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if value < 1:
        return str(value)
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)
