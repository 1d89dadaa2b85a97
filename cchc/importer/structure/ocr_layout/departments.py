"""Department names whose head word OCR garbled ("ea Nội vụ", "g4 Tư pháp", "Sỹ Nội và"), read back.

The head "Sở" is two letters, one of them marked: OCR without Vietnamese support prints it as "S&",
"S6", "g4", "$4" or drops the "S", and the restorer has nothing to go on for a word that short.
The words after it ("Nội vụ", "Tư pháp", "Thông tin và") are longer and usually survive. A short
token that is no ordinary word, followed by the capitalised first words of a registry department's
name (one letter of the second word may slip after a head that still reads like "Sở": "Sỹ Nội và";
the capital may be misread as a digit: "1hong tin"), is that department's head. Ordinary words and
list marks before the same words ("về Tài chính", "b) Xây dựng", "Bộ Tư pháp", "cơ sở Văn hóa") are
left alone: run over the 77,000 lines of the 2025 corpus, the repair changes none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ...fields.agency_registry import AgencyRegistry
from .folding import fold, fold_words
from .vocabulary import _syllables

_HEAD = "Sở"
_MAX_HEAD_CHARS = 3  # "S&", "g4", "Sỹ", "$4"
_RARE_WORD = 200  # corpus count under which a short token is no ordinary word ("ea" 116, "về" 3539)
_OTHER_HEADS = frozenset({"bo", "ban", "cuc", "vp", "ub", "chi"})  # heads of other agencies ("Bộ Tư pháp")
_MARKS = "&$@"  # what OCR makes of the "ở" ("S&", "$4", "@")
_OPENERS = "|(\"“'"  # marks before a head that are kept as they are
_TOKEN = re.compile(r"\S+")
_TRAILING = re.compile(r"\W*$")


@lru_cache(maxsize=1)
def _tails() -> dict[str, list[str]]:
    """The first two words of each "Sở X Y" department name (as written), by their first word folded."""
    tails: dict[str, list[str]] = {}
    for agency in AgencyRegistry.default().agencies.values():
        words = agency.name.split()
        if agency.kind == "department" and words[0] == _HEAD and len(words) >= 3:
            tails.setdefault(fold(words[1]), []).append(" ".join(words[1:3]).rstrip(",;"))
    return tails


def repair_department_heads(text: str) -> str:
    """`text` with each garbled department head written "Sở" and the name's first words as the registry
    writes them: "ea Nội vụ tỉnh; UBND" -> "Sở Nội vụ tỉnh; UBND"."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out, position = [], 0
    for k in range(len(tokens) - 2):
        (start, end), (first_start, _), (second_start, second_end) = tokens[k], tokens[k + 1], tokens[k + 2]
        if start < position or end - start > _MAX_HEAD_CHARS + 1 or not text[first_start].isalnum() or \
                text[first_start].islower():
            continue  # cheap tests first: most words are no short head before a capitalised word
        head, pair = text[start:end], text[first_start:second_end]
        slips = _head_slips(head)
        tail = _tail_of(pair, slips) if slips is not None else None
        if tail is None or head.lstrip(_OPENERS) == _HEAD and fold_words(tail) == fold_words(pair):
            continue  # nothing garbled, or a name already written right
        opener = head[:len(head) - len(head.lstrip(_OPENERS))]
        trailing = _TRAILING.search(text[second_start:second_end]).group()  # "vụ)" keeps its ")"
        out.append(f"{text[position:start]}{opener}{_HEAD} {tail}{trailing}")
        position = second_end
    return "".join(out) + text[position:]


def _tail_of(pair: str, slips: int) -> str | None:
    """The department tail ("Nội vụ") that two words read as, or None.

    The first word must be the tail's own (folded), its capital perhaps read as a digit ("1hong" for
    "Thông"); the second one may differ by `slips` letters ("và" for "vụ"). Words in capitals are a
    heading's, not a cell's.
    """
    first, second = pair.split()
    if pair.isupper() or not (first[:1].isupper() or _digit_capital(first)):
        return None
    candidates = _tails().get(fold(first.strip(".,;:")), [])
    if _digit_capital(first):
        candidates = [t for key, tails in _tails().items() if key[1:] == fold(first[1:]) for t in tails]
    second = fold_words(second)
    allowed = min(slips, len(second) - 1)
    return next((tail for tail in candidates if Levenshtein.distance(fold_words(tail.split()[1]), second) <= allowed),
                None)


def _digit_capital(word: str) -> bool:
    return len(word) > 2 and word[0].isdigit() and word[1:].isalpha()


def _head_slips(token: str) -> int | None:
    """None unless the token stands for a garbled "Sở"; else how many letters the name's second word may
    have slipped too.

    A head is short and has a letter (or a mark OCR makes of "ở"). One that still reads like "Sở" (an S, or digits and symbols among
    the letters: "Sỹ", "S&", "g4") lets the next words slip by a letter ("Sỹ Nội và"); a word of one or two
    letters that is no ordinary word ("ea", "o") only stands before the name's words as they are. "Số"
    (a capital S) is the restorer's slip of the head itself; "cơ sở Văn hóa" is a facility. List marks
    ("a)", "-", "3"), ordinary words and other agencies' heads ("Bộ") are no heads.
    """
    core = token.lstrip(_OPENERS)
    if not core or len(core) > _MAX_HEAD_CHARS or not any(c.isalpha() or c in _MARKS for c in core) or \
            not core[-1].isalnum() and core[-1] not in _MARKS:  # "sở:" opens a list, "a)" numbers one
        return None
    folded = fold(core)
    if folded == "so":
        return 1 if core[0] == "S" else None
    if not core.isalpha() or folded.startswith("s") and _rare(core):
        return 1
    return 0 if len(core) <= 2 and folded not in _OTHER_HEADS and _rare(core) else None


def _rare(word: str) -> bool:
    return _syllables().count(word.lower()) < _RARE_WORD
