"""How Vietnamese a decoded text looks: the test that picks a code page or a font conversion."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

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
    # Each distinct character is judged once (a text has a few hundred of them); the counts over
    # the text are then C-level: a character count, and the text translated into one symbol per
    # character for the patterns that span characters.
    counts = Counter(sample)
    letters = sum(n for c, n in counts.items() if c.isalpha()) or 1
    vietnamese = sum(n for c, n in counts.items() if c in _VIETNAMESE)
    odd = sum(n for c, n in counts.items() if _is_odd(c))
    odd += sample.translate({ord(c): _case_class(c) for c in counts}).count("lu")
    words = sample.translate({ord(c): _tone_class(c) for c in counts}).split()
    odd += sum(len(word) > 1 for word in words)
    return (vietnamese - 3 * odd) / letters


def _is_odd(char: str) -> bool:
    if char == "\ufffd" or unicodedata.combining(char):
        return True
    return char.isalpha() and not char.isascii() and char not in _VIETNAMESE


def _case_class(char: str) -> str:
    """"l" lower case, "u" upper case, "." anything else: "lu" is a capital inside a word."""
    return "l" if char.islower() else "u" if char.isupper() else "."


def _tone_class(char: str) -> str:
    """A space between words, within a word one "t" per tone mark: a word of two is misdecoded."""
    if not _WORD.fullmatch(char):
        return " "
    return "t" * sum(mark in _TONE_MARKS for mark in unicodedata.normalize("NFD", char))
