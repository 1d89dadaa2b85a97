"""Row numbers, the anchors rows are decoded around."""
from __future__ import annotations

import re

from ...text import fold
from .model import _Fragment



_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
_ARABIC = re.compile(r"^(\d{1,2})\.?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_MAX_JUMP = 4


def _number_value(text: str) -> tuple[str, int] | None:
    """("roman", n), ("arabic", n) or ("dotted", 100 * n + m) for "n.m"; None if no row number."""
    token = text.strip().rstrip(".")
    if token in _ROMAN:
        return "roman", _ROMAN[token]
    m = _ARABIC.match(text.strip())
    if m:
        return "arabic", int(m.group(1))
    m = _DOTTED.match(text.strip())
    if m:
        return "dotted", 100 * int(m.group(1)) + int(m.group(2))
    return None


def _anchors(frags: list[_Fragment], start: int) -> list[int]:
    """Fragments that are row numbers: Roman headings in sequence, Arabic numbers counting up
    (restarting under each heading; small jumps allowed), "n.1", "n.2" ... under row n."""
    anchors: list[int] = []
    roman, arabic, sub = 0, 0, 0
    for i in range(start, len(frags)):
        value = _number_value(frags[i].text)
        if value is None:
            continue
        kind, n = value
        if kind == "roman" and roman < n <= roman + 2 and not _continues_deadline(frags, i):
            anchors.append(i)
            roman, arabic, sub = n, 0, 0
        elif kind == "arabic" and arabic < n <= arabic + _MAX_JUMP:
            anchors.append(i)
            arabic, sub = n, 0
        elif kind == "dotted" and n // 100 == arabic and sub < n % 100 <= sub + _MAX_JUMP:
            anchors.append(i)
            sub = n % 100
    return anchors


def _continues_deadline(frags: list[_Fragment], i: int) -> bool:
    """"Quý" + "I" split over two lines is a deadline, not heading I."""
    return i > 0 and fold(frags[i - 1].text).endswith("quy")


