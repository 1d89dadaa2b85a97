"""How Vietnamese a decoded text looks: the test that picks a code page or a font conversion."""
from __future__ import annotations

import re
import unicodedata

# Letters only Vietnamese uses among Latin scripts: a decoding that yields many of them is the right one.
_VIETNAMESE = set(unicodedata.normalize("NFC", (
    "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")))
_VIETNAMESE |= {c.upper() for c in _VIETNAMESE}
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"\w+")


def vietnamese_score(text: str) -> float:
    """Vietnamese letters per letter, minus signs of a wrong code page: stray combining marks,
    foreign accented letters, capitals inside lower-case words ("caÒi") and syllables with two
    tone marks ("kờỡ"), which Vietnamese spelling never has."""
    sample = text[:50000]
    letters = sum(c.isalpha() for c in sample) or 1
    vietnamese = sum(c in _VIETNAMESE for c in sample)
    odd = sum(_is_odd(c) for c in sample) + _case_flips(sample) + _double_tones(sample)
    return (vietnamese - 3 * odd) / letters


def _is_odd(char: str) -> bool:
    if char == "\ufffd" or unicodedata.combining(char):
        return True
    return char.isalpha() and not char.isascii() and char not in _VIETNAMESE


def _case_flips(text: str) -> int:
    return sum(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _double_tones(text: str) -> int:
    return sum(_tones(word) > 1 for word in _WORD.findall(text))


def _tones(word: str) -> int:
    return sum(mark in _TONE_MARKS for mark in unicodedata.normalize("NFD", word))
