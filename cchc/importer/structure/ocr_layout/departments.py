"""Department names whose head word OCR garbled ("ea Nội vụ", "g4 Tư pháp", "Sỹ Nội và"), read back.

The head "Sở" is two letters, one of them marked: OCR without Vietnamese support prints it as "S&",
"S6", "g4", "$4" or drops the "S", and the restorer has nothing to go on for a word that short.
The words after it ("Nội vụ", "Tư pháp", "Thông tin và") are longer and usually survive. A short
token that is no ordinary word, followed by the capitalised first words of a registry department's
name (typo-tolerant beyond the first word: "Nội và"; its capital may be misread as a digit: "1hong
tin"), is that department's head; an ordinary word before the same words ("về Tài chính", "Bộ Tư
pháp") is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ...fields.agency_registry import AgencyRegistry
from .folding import fold, fold_words
from .vocabulary import _syllables

_HEAD = "Sở"
_MAX_HEAD_CHARS = 3  # "S&", "g4", "Sỹ", "$4,"
_RARE_WORD = 200  # corpus count under which a short token is no ordinary word ("ea" 116, "về" 3539)
_TAIL_SCORE = 80.0  # folded similarity of the tail's first two words ("noi va" ~ "noi vu")
_TOKEN = re.compile(r"\S+")
_TRAILING = re.compile(r"\W*$")


@lru_cache(maxsize=1)
def _tails() -> dict[str, list[str]]:
    """The first two words of each "Sở X Y" department name (as written), by their first word folded."""
    tails: dict[str, list[str]] = {}
    for agency in AgencyRegistry.default().agencies.values():
        words = agency.name.split()
        if agency.kind == "department" and words[0] == _HEAD and len(words) >= 3:
            tails.setdefault(fold(words[1]), []).append(" ".join(words[1:3]))
    return tails


def repair_department_heads(text: str) -> str:
    """`text` with each garbled department head written "Sở" and the name's first words as the registry
    writes them: "ea Nội vụ tỉnh; UBND" -> "Sở Nội vụ tỉnh; UBND"."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out, position = [], 0
    for k in range(len(tokens) - 2):
        (start, end), (first_start, _), (second_start, second_end) = tokens[k], tokens[k + 1], tokens[k + 2]
        if start < position or not _garbled_head(text[start:end]):
            continue
        tail = _tail_of(text[first_start:second_end])
        if tail is None:
            continue
        trailing = _TRAILING.search(text[second_start:second_end]).group()  # "vụ)" keeps its ")"
        out.append(f"{text[position:start]}{_HEAD} {tail}{trailing}")
        position = second_end
    return "".join(out) + text[position:]


def _tail_of(pair: str) -> str | None:
    """The department tail ("Nội vụ") that two words read as, or None."""
    first = pair.split()[0]
    if not first[:1].isupper() and not _digit_capital(first):
        return None
    folded = fold_words(pair)
    candidates = _tails().get(fold(first.strip(".,;:")), [])
    if _digit_capital(first):  # "1hong": the capital misread as a digit ("Thông")
        candidates = [t for key, tails in _tails().items() if key[1:] == fold(first[1:]) for t in tails]
    best = max(candidates, key=lambda tail: fuzz.ratio(fold(tail), folded), default=None)
    return best if best and fuzz.ratio(fold(best), folded) >= _TAIL_SCORE else None


def _digit_capital(word: str) -> bool:
    return len(word) > 2 and word[0].isdigit() and word[1:].isalpha()


def _garbled_head(token: str) -> bool:
    """A token that stands for a garbled "Sở": short, and no ordinary word (digits, symbols, a rare syllable)."""
    core = token.lstrip("|")
    if not core or len(core) > _MAX_HEAD_CHARS or core[-1] in ".,;:":  # "sở:" opens a list, not a name
        return False
    if fold(core) == "so" or not core.isalpha():  # "Số": a restoration slip of the head itself
        return True
    return _syllables().count(core.lower()) < _RARE_WORD
