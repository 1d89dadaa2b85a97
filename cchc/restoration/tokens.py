"""Splitting text into syllable tokens and carrying letter case across a restoration.

The language model works on lower-case syllables; everything that is not a syllable (numbers, codes,
punctuation, spaces) is kept verbatim and only breaks or fills the model's context.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A word: letters, optionally joined by apostrophes that OCR uses for horns ("S'O'" = "SỞ", "u'ng" = "ứng"),
# plus the junk symbols and digits that OCR puts inside Vietnamese words ("S&", "¢6", "s6", "ti€u").
JUNK = "&¢€§©®£¥@ﬁﬂ"
_WORD = re.compile(rf"(?:[^\W_]|[{JUNK}])+(?:'(?:[^\W_]|[{JUNK}])*)*")
_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_VOWELS = set("aeiouy")

NUMBER = "<num>"
CAPITAL = "^"   # prefix of a syllable capitalised inside a sentence ("Sở Nội vụ", "Việt Nam"): a name or title
COMMA = "<,>"   # commas stay in the model's context ("Sở, ban, ngành"); other punctuation breaks it


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def word_tokens(line: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(line)]


def has_letter(text: str) -> bool:
    return bool(_LETTER.search(text))


def strip_marks(text: str) -> str:
    """Remove Vietnamese tone and vowel marks but keep case: "Đơn Vị" -> "Don Vi"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def has_marks(text: str) -> bool:
    return strip_marks(text) != text


def has_vowel(folded: str) -> bool:
    return any(c in _VOWELS for c in folded)


_ROMAN = re.compile(r"[IVXLC]+")


def is_roman_numeral(text: str) -> bool:
    """"IV", "VIII": section numbers, never syllables (a lone "I" or "V" is too ambiguous to claim)."""
    return len(text) > 1 and bool(_ROMAN.fullmatch(text))


def is_capitalized(text: str) -> bool:
    """"Sở", "Nam" (not "UBND", "A", "sở")."""
    return text[:1].isupper() and not text.isupper()


def apply_case(pattern: str, word: str) -> str:
    """Give `word` the case shape of `pattern`: "UY" -> "ỦY", "Uy" -> "Ủy", "uy" -> "ủy", "NOi" -> "Nội"."""
    letters = [c for c in pattern if c.isalpha()]
    if not letters:
        return word
    if len(letters) > 1 and sum(c.isupper() for c in letters) * 2 > len(letters) and letters[-1].isupper():
        return word.upper()
    if letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word


def lm_sequences(text: str):
    """Yield lists of LM tokens for each stretch of text between punctuation (used for counting)."""
    current: list[str] = []
    for piece in re.finditer(r"[^\W_]+|\S", text):
        tok = piece.group()
        if has_letter(tok):
            word = normalize_tone_placement(tok.lower())
            current.append(CAPITAL + word if current and is_capitalized(tok) else word)
        elif tok.isdigit():
            current.append(NUMBER)
        elif tok == "," and current:
            current.append(COMMA)
        else:
            if current:
                yield current
            current = []
    if current:
        yield current


_TONES = "\u0301\u0300\u0309\u0303\u0323"   # sắc, huyền, hỏi, ngã, nặng
_FINAL_CLUSTERS = (("o", "a"), ("o", "e"), ("u", "y"))


def _tone_placement_table() -> dict[str, str]:
    """Map "oá", "oẻ", "uỷ" (tone on the second vowel) to "óa", "ỏe", "ủy", in both cases."""
    table = {}
    for first, second in _FINAL_CLUSTERS:
        for tone in _TONES:
            old = first + unicodedata.normalize("NFC", second + tone)
            new = unicodedata.normalize("NFC", first + tone) + second
            table[old] = new
            table[old.upper()] = new.upper()
            table[old[0].upper() + old[1:]] = new[0].upper() + new[1:]
    return table


_PLACEMENT = _tone_placement_table()
_OLD_PLACEMENT = re.compile(rf"(?<![qQ])({'|'.join(map(re.escape, _PLACEMENT))})(?![^\W\d_])")


def normalize_tone_placement(text: str) -> str:
    """One spelling for syllables written both ways: "hoá" -> "hóa", "Uỷ" -> "Ủy" (not "quý", "hoàn")."""
    return _OLD_PLACEMENT.sub(lambda m: _PLACEMENT[m.group(1)], text)
