"""Diacritic restoration for OCR'd or unaccented Vietnamese text (offline syllable trigram model).

    from cchc.restoration import restore_text
    restore_text("S& Noi vu")  ->  "Sở Nội vụ"
"""
from __future__ import annotations

from functools import lru_cache
from itertools import groupby

from .damage import is_damaged_line
from .ngram import load_counts
from .priors import PRIOR_WEIGHT, prior_phrases
from .restorer import Restorer
from .tokens import lm_sequences


@lru_cache(maxsize=1)
def load_restorer() -> Restorer:
    """The shipped corpus counts plus the hand-written priors; loaded once per process."""
    model = load_counts()
    for phrase in prior_phrases():
        for words in lm_sequences(phrase):
            model.add_phrase(words, PRIOR_WEIGHT)
    return Restorer(model)


def is_damaged(line: str) -> bool:
    return is_damaged_line(load_restorer(), line)


def restore_line(line: str) -> str:
    return load_restorer().restore_line(line)


def restore_text(text: str) -> str:
    """Restore the damaged lines of `text`; clean lines stay byte-identical, line count is kept.

    Runs of consecutive damaged lines are decoded together, so a phrase wrapped over two lines
    ("thực" | "hiện") keeps its context.
    """
    restorer = load_restorer()
    lines = text.split("\n")
    out: list[str] = []
    for damaged, run in groupby(lines, key=lambda line: is_damaged_line(restorer, line)):
        block = "\n".join(run)
        out.append(restorer.restore_line(block) if damaged else block)
    return "\n".join(out)


__all__ = ["is_damaged", "load_restorer", "restore_line", "restore_text"]
