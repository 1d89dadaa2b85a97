"""Diacritic restoration for OCR'd or unaccented Vietnamese text (offline syllable trigram model).

    from cchc.restoration import restore_text
    restore_text("S& Noi vu")  ->  "Sở Nội vụ"
"""
from __future__ import annotations

import gc
from functools import lru_cache
from itertools import groupby

from .confusions import ConfusionTable
from .damage import is_damaged_line
from .ngram import load_counts
from .priors import PRIOR_WEIGHT, prior_phrases
from .restorer import Restorer
from .tokens import CAPITAL, has_letter, lm_sequences, word_tokens

MIN_LINES_TO_JUDGE = 5
OCR_DOCUMENT_SHARE = 0.2   # OCR'd plans: most damaged lines show junk; unaccented text: almost none


@lru_cache(maxsize=1)
def load_restorer() -> Restorer:
    """The shipped corpus counts plus the hand-written priors, and the learned OCR channel; loaded once
    per process.

    The model's nested dicts and its candidate trie live as long as the process. Everything the process
    holds by then is moved out of the garbage collector's reach (`gc.freeze`), else every full collection
    during a parse walks it all again: about 8 % of the CPU time of parsing the seeds."""
    model = load_counts()
    for phrase in prior_phrases():
        for words in lm_sequences(phrase):
            model.add_phrase(words, PRIOR_WEIGHT)
    restorer = Restorer(model, ConfusionTable.load())
    gc.freeze()
    return restorer


def is_damaged(line: str) -> bool:
    """OCR junk, impossible accents or missing marks on at least a quarter of the line's words."""
    return is_damaged_line(load_restorer(), line)


def restore_line(line: str, ocr: bool | None = None) -> str:
    """Restore every word of `line`, damaged-looking or not (`ocr` as in `restore_text`)."""
    return load_restorer().restore_line(line, ocr)


def restore_text(text: str, ocr: bool | None = None) -> str:
    """Restore the damaged lines of `text`; clean lines stay byte-identical, line count is kept.

    Runs of consecutive damaged lines are decoded together, so a phrase wrapped over two lines
    ("thực" | "hiện") keeps its context. `ocr`: whether the text comes from OCR without Vietnamese
    (letters to repair, not only marks to add); by default decided from the whole text when it has
    enough damaged lines, else block by block.
    """
    restorer = load_restorer()
    lines = text.split("\n")
    flags = [is_damaged_line(restorer, line) for line in lines]
    if ocr is None:
        ocr = _looks_ocr(restorer, [line for line, damaged in zip(lines, flags) if damaged])
    if ocr:
        flags = _with_short_neighbours(lines, flags)
    out: list[str] = []
    for damaged, run in groupby(zip(lines, flags), key=lambda pair: pair[1]):
        block = "\n".join(line for line, _ in run)
        out.append(restorer.restore_line(block, ocr) if damaged else block)
    return "\n".join(out)


def association(before: str, after: str) -> float:
    """How much likelier the first word of `after` is right after the last word of `before` than anywhere
    (log ratio under the syllable model): high for one phrase cut in two ("danh mục văn" / "bản hết hiệu
    lực"), low for two that only meet ("Quý I/2023" / "thành phố"); 0 across other punctuation than a comma."""
    before, after = before.rstrip(), after.lstrip()
    if not (before[-1:].isalnum() or before.endswith(",")) or not after[:1].isalnum():
        return 0.0
    *_, last = lm_sequences(before)
    first = next(lm_sequences(after))
    model = load_restorer().model
    word = first[0].lstrip(CAPITAL)
    return model.log_bigram(last[-1].lstrip(CAPITAL), word) - model.log_unigram(word)


SHORT_LINE_WORDS = 2


def _with_short_neighbours(lines: list[str], flags: list[bool]) -> list[bool]:
    """In OCR'd text a line of one or two words beside a damaged line is decoded with it.

    Such a line is usually the end of a wrapped cell ("UBND cấp" / "xd"); alone it gives too little
    evidence to look damaged, and its words are often rare but real tokens ("xd").
    """
    out = list(flags)
    for i, line in enumerate(lines):
        words = [t for t in word_tokens(line) if has_letter(t.text)]
        if flags[i] or not words or len(words) > SHORT_LINE_WORDS:
            continue
        out[i] = (i > 0 and flags[i - 1]) or (i + 1 < len(lines) and flags[i + 1])
    return out


def _looks_ocr(restorer: Restorer, damaged_lines: list[str]) -> bool | None:
    """True/False for a document with enough damaged lines to judge, None (judge each block) otherwise."""
    if len(damaged_lines) < MIN_LINES_TO_JUDGE:
        return None
    ocr_lines = sum(restorer.is_ocr_line(line) for line in damaged_lines)
    return ocr_lines >= OCR_DOCUMENT_SHARE * len(damaged_lines)


__all__ = ["is_damaged", "load_restorer", "restore_line", "restore_text"]
