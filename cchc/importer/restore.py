"""Between reader and structure: give damaged text (OCR without Vietnamese, marks lost) its diacritics back.

A clean Vietnamese document has diacritics on most syllables; one where few syllables carry
them, or that an OCR step marked as damaged, goes line by line (and cell by cell) through
`cchc.restoration`, which itself leaves lines that read as clean Vietnamese untouched.
"""
from __future__ import annotations

import re

from .document import Document, Line, Notice, Table
from .text import CAPITALS

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_MIN_MARKED_SHARE = 0.5  # clean plans: 0.84-0.88 of words; OCR without Vietnamese: ~0.2
# Words that are Vietnamese syllables once marks are ignored: plans with their marks stripped ~0.99,
# OCR without Vietnamese (seed 004) 0.66, English 0.2-0.3. Below this the text is not Vietnamese.
_MIN_SYLLABLE_SHARE = 0.4
_MIN_WORDS = 10
# A section number whose I was read as l (or 1 beside an I): "Ill. CÁC GIẢI PHÁP", "Il. NỘI DUNG", "I1."
# (alone on its line too, as a table's area row: "Il")
_SECTION_MARK = re.compile(rf"^(\s*)([IVl1]{{2,4}})(\s*\.\s+(?=[{CAPITALS}])|\.?\s*$)")
_ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}|IX")


def marked_share(text: str) -> float:
    """Share of words written with at least one non-ASCII letter."""
    words = _WORD.findall(text)
    if not words:
        return 1.0
    return sum(not _ASCII_WORD.fullmatch(w) for w in words) / len(words)


def needs_restoration(doc: Document) -> bool:
    return doc.damaged or marked_share(doc.text()) < _MIN_MARKED_SHARE


def restore_document(doc: Document) -> Document:
    if not needs_restoration(doc):
        return doc
    from cchc.restoration import load_restorer, restore_text

    if not _reads_as_vietnamese(doc.text(), load_restorer().is_valid):
        notice = Notice("Văn bản có vẻ không phải tiếng Việt (phần lớn các từ không phải âm tiết tiếng Việt) "
                        "nên không khôi phục dấu; hãy kiểm tra lại tệp đã chọn.")
        return Document(doc.blocks, doc.source, doc.notices + [notice], damaged=doc.damaged)

    # The running text goes through in one piece: a phrase wrapped over two lines keeps its context,
    # and the restorer judges from the whole document whether it reads OCR output. Section numerals
    # are mended first: the restorer would read "Ill" as a word.
    lines = doc.lines()
    restored = iter(restore_text("\n".join(mend_roman_numeral(line.text) for line in lines)).split("\n"))
    blocks = []
    for block in doc.blocks:
        if isinstance(block, Line):
            blocks.append(Line(next(restored), block.lineno, block.page))
        else:
            rows = [[restore_text(cell) for cell in row] for row in block.rows]
            blocks.append(Table(rows, block.lineno, list(block.row_linenos), block.page))
    notice = Notice("Văn bản bị mất dấu hoặc lỗi nhận dạng ký tự; đã khôi phục dấu tiếng Việt tự động, "
                    "cần rà soát lại.")
    return Document(blocks, doc.source, doc.notices + [notice], damaged=True)


def _reads_as_vietnamese(text: str, is_syllable) -> bool:
    words = _WORD.findall(text)
    return len(words) < _MIN_WORDS or sum(map(is_syllable, words)) >= _MIN_SYLLABLE_SHARE * len(words)


def mend_roman_numeral(line: str) -> str:
    """A heading's Roman numeral with its I misread: "Ill. CÁC GIẢI PHÁP" -> "III. CÁC GIẢI PHÁP", "Il" -> "II"."""
    match = _SECTION_MARK.match(line)
    if not match or match[2].isdigit():   # "11." is an Arabic number
        return line
    numeral = match[2].replace("l", "I").replace("1", "I")
    if not _ROMAN.fullmatch(numeral):
        return line
    return match[1] + numeral + match[3] + line[match.end():]
