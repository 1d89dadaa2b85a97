"""Text set as superscript, as the readers hand it on: a footnote's marker typed after a word ("31/3/2023" and a
raised "2", "120" and a raised "(*)") is no part of that word, and would make another date or figure of it; a
power after a unit ("m" and a raised "2") is written as one ("m²")."""
from __future__ import annotations

import re

_MARK = re.compile(r"\s*(?:\d{1,3}|\*{1,3}|\(\s*(?:\d{1,3}|\*{1,3})\s*\)|\[\s*\d{1,3}\s*\])\s*")
_UNIT = re.compile(r"(?<![^\W\d_])[kcdm]?m$")  # m², km³, not "Nam²"
_POWERS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def raised_text(text: str, before: str) -> str:
    """How superscript `text`, set right after `before`, reads in the line."""
    if not _MARK.fullmatch(text):
        return text     # raised words ("th", "o" of "No") are kept as they are
    if text.strip().isdigit() and _UNIT.search(before):
        return text.strip().translate(_POWERS)
    return ""
