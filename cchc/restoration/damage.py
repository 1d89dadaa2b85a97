"""Deciding whether a line needs restoration: OCR junk, impossible accents or missing marks."""
from __future__ import annotations

from .tokens import has_letter, word_tokens

DAMAGED_SHARE = 0.25


def suspicious_share(restorer, line: str) -> tuple[int, int]:
    """(suspicious words, words) in the line; numbers and codes are not counted."""
    words = [t.text for t in word_tokens(line) if restorer.is_word(t.text, ocr=True)]
    words = [w for w in words if has_letter(w) or len(w) > 1]
    suspicious = sum(restorer.is_ocr_junk(w) or restorer.lacks_marks(w) or not restorer.is_valid(w) for w in words)
    return suspicious, len(words)


def is_damaged_line(restorer, line: str) -> bool:
    suspicious, total = suspicious_share(restorer, line)
    return suspicious > 0 and suspicious / total >= DAMAGED_SHARE
