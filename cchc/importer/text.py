"""Text normalisation shared by every stage: Unicode form, spaces, accent folding."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\f\v\u0085\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\ufeff\u00ad]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-",
                         "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
                         "\u2212": "-", "\uff0d": "-", "\u2026": "...",
                         "\u2044": "/", "\u2215": "/", "\uff0f": "/",   # OCR's fraction slash: "Quý I⁄2021"
                         # Roman numerals as characters of their own ("Quý Ⅲ", Word's Insert Symbol)
                         **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2160, 0x2180)}})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def drop_invisible(text: str) -> str:
    """Without zero-width spaces and joiners, byte-order marks and soft hyphens ("tỉ\u00adnh")."""
    return _ZERO_WIDTH.sub("", text)


# Words a Vietnamese sentence cannot end on: a line that stops on one was cut mid-sentence ("... được công
# khai tại" / "Trung tâm Hành chính công tỉnh", "... phối hợp với" / "UBND cấp huyện")
HANGING_WORDS = frozenset("tại của và với cho theo trên về đến từ bởi do là như hoặc các những thuộc gồm qua vào "
                          "để trong giữa".split())


def ends_on_hanging_word(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1] in HANGING_WORDS


# Letters that look like "Đ"/"đ" and stand for them: the Icelandic eth of legacy keyboards and converters
# ("Ðồng Tháp"), the African D
_LOOKALIKE_D = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ"})


def true_letters(text: str) -> str:
    """The text with "Đ" and "đ" where a look-alike letter stands for them."""
    return text.translate(_LOOKALIKE_D)


def clean(text: str) -> str:
    """NFC, unified dashes, slashes and quotes, single spaces, no zero-width marks, stripped."""
    text = drop_invisible(nfc(text)).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case ASCII skeleton for accent-insensitive comparison: "Sở Nội vụ" -> "so noi vu".

    Called for nearly every word of a document, so Latin letters go through a precomputed table;
    anything the table does not cover takes the general path (`_fold_slowly`), with the same result.
    """
    folded = text.lower().translate(_FOLD_TABLE)
    return folded if folded.isascii() else _fold_slowly(folded)


def _fold_slowly(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


# Latin-1, Latin Extended-A/B, combining marks and Latin Extended Additional (Vietnamese letters).
_FOLD_TABLE = {code: _fold_slowly(chr(code)) for block in ((0x80, 0x250), (0x300, 0x370), (0x1E00, 0x1F00))
               for code in range(*block)}


# Every capital (and every lower-case) letter Vietnamese writes, for regex classes ("[À-Ỹ]" spans both cases).
_LETTERS = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]
CAPITALS = "A-Z" + "".join(c for c in _LETTERS if c.isupper())
LOWER_CASE = "a-z" + "".join(c for c in _LETTERS if c.islower())


# List bullets as Word writes them; the U+F0xx ones come from its Symbol and Wingdings fonts.
BULLET_GLYPHS = "•●▪◦‣⁃∙➢►❖✓\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf02d"


# the rule under a Markdown table's header: "| --- | :---: |", "---|---" (html2text writes no outer bars)
MARKDOWN_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")

_FOLDED_WORD = re.compile(r"[a-z0-9]+")


def fold_words(text: str) -> str:
    """`fold` with punctuation turned into single spaces, for keyword tests."""
    return " ".join(_FOLDED_WORD.findall(fold(text)))


_DATE_HEAD = re.compile(r"(?<=\w)/(\d{0,3})$")
_DATE_TAIL = re.compile(r"\d{1,4}\b")
# thousands grouped with one separator throughout, the last group cut short: "12.000.0", "12.000."
_FIGURE_HEAD = re.compile(r"(?<![\w/.,])\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*(?P=sep)(?P<part>\d{0,2})$")
_FIGURE_TAIL = re.compile(r"(\d{1,3})(?:[.,]\d{3})*(?![\d/])")
# a day then October to December cut after the month's first digit: "15/1" / "2", "30/1" / "1/2015"
_MONTH_HEAD = re.compile(r"(?<![\d/])\d{1,2}/1$")
_MONTH_TAIL = re.compile(r"[0-2](?=/\d|$)")


def breaks_number(line: str, following: str) -> bool:
    """A narrow cell broke a date or a figure over two lines, which join with no space: a date after a
    slash ("Trước 30/" / "6/2025", "Quý II/" / "2022"), inside the year ("30/9/202" / "5", "Tháng 01/202" /
    "5") or inside the month ("Trước ngày 15/1" / "2": a lone digit is no deadline of its own); a figure
    inside a group of thousands ("12.000.0" / "00")."""
    head, tail = _DATE_HEAD.search(line), _DATE_TAIL.match(following)
    if head and tail and (not head[1] or len(head[1]) + len(tail[0]) == 4):
        return True
    if _MONTH_HEAD.search(line) and _MONTH_TAIL.match(following.strip()):
        return True
    head, tail = _FIGURE_HEAD.search(line), _FIGURE_TAIL.match(following)
    return bool(head and tail) and len(head["part"]) + len(tail[1]) == 3
