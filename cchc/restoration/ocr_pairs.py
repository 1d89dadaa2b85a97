"""Parallel text for the OCR channel: Vietnamese pages read by an OCR without Vietnamese support.

Plans OCR'd without the Vietnamese language data (seed 004: "S& Noi vu", "cia", "dugc") are damaged in
ways an English OCR reproduces when it reads any rendered Vietnamese page. Rendering corpus text and
reading it back with Tesseract's English data gives (OCR token, true syllable) pairs: the token-level
channel that `confusions` learns from, and held-out text to measure restoration of such damage.
"""
from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path

from cchc.importer.text import fold

from .tokens import has_letter, word_tokens

OCR_LANG = "eng"
DPI = 200
CHUNK_CHARS = 9000       # about three pages: one LibreOffice run each
ALIGN_WINDOW = 4000      # words aligned at a time (difflib is quadratic in the worst case)
SCAN_TILT = 0.4          # degrees
SCAN_NOISE = 0.3


def english_ocr_pages(text: str, workdir: Path, seed: int = 0) -> list[str]:
    """Render `text` as pages at `DPI` and read each back with Tesseract's English data.

    Every other page is scanned less cleanly (speckle, a slight tilt), as paper plans are.
    """
    from cchc.ocr import rendering

    pages = rendering.render_text(text, workdir, dpi=DPI)
    pages = [rendering.degrade(page, angle=SCAN_TILT, noise=SCAN_NOISE, seed=seed + i) if (seed + i) % 2 else page
             for i, page in enumerate(pages)]
    return [english_text(page) for page in pages]


def english_text(page, psm: int | None = None) -> str:
    """A page image as Tesseract reads it with its English data only (`psm`: its page segmentation)."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # more threads only cost more CPU on one page
    return pytesseract.image_to_string(page, lang=OCR_LANG, config=f"--psm {psm}" if psm else "")


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut at paragraph ends into pieces of about `size` characters."""
    out, current = [], []
    length = 0
    for paragraph in text.split("\n"):
        current.append(paragraph)
        length += len(paragraph) + 1
        if length >= size:
            out.append("\n".join(current))
            current, length = [], 0
    if any(p.strip() for p in current):
        out.append("\n".join(current))
    return out


def english_ocr(text: str, seed: int = 0) -> str:
    """`text` as an English-only OCR reads it back from rendered pages."""
    parts = []
    for i, piece in enumerate(chunks(text)):
        with tempfile.TemporaryDirectory(prefix="cchc-ocr-pairs-") as tmp:
            parts.extend(english_ocr_pages(piece, Path(tmp), seed + i))
    return "\n".join(parts)


def words(text: str) -> list[str]:
    return [t.text for t in word_tokens(text) if has_letter(t.text)]


def aligned_words(source: list[str], ocr: list[str]) -> list[tuple[str, str]]:
    """(source word, OCR token) pairs where the two sequences correspond one to one.

    Words whose folded forms agree anchor the alignment; between anchors, stretches of equal length
    pair up in order (the damaged words), others (merged or lost words) are left out.
    """
    pairs: list[tuple[str, str]] = []
    for start in range(0, len(source), ALIGN_WINDOW):
        src = source[start:start + ALIGN_WINDOW]
        # the OCR window is found from the source window's share of the text: the two run in step
        lo = round(start * len(ocr) / max(1, len(source)))
        hi = round((start + len(src)) * len(ocr) / max(1, len(source)))
        window = ocr[max(0, lo - 50):hi + 50]
        matcher = difflib.SequenceMatcher(a=[fold(w).lower() for w in src],
                                          b=[fold(w).lower() for w in window], autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal" or (op == "replace" and a2 - a1 == b2 - b1):
                pairs.extend(zip(src[a1:a2], window[b1:b2]))
    return pairs
