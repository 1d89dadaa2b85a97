"""Candidate syllables for one damaged token: accent variants plus OCR-confusion repairs.

Two sources: every known syllable whose accent-folded form equals the token's, and, for OCR'd text, the
syllables reachable by a few character repairs that OCR without Vietnamese support typically needs
("S&" -> "sở", "chirc" -> "chức", "Pon" -> "đơn", "dugc" -> "được"). Each candidate carries a channel cost
(negative log-likelihood of the damage) that the decoder adds to the language-model score.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from cchc.importer.text import fold

from .tokens import has_marks

# OCR confusions, keyed by the raw lower-case character (marks included), then by its folded form.
# Values: replacement strings in folded space, read off OCR'd plan text compared with its hand restoration.
JUNK_REPAIRS = {
    "&": ("o", "e", "a"), "@": ("o", "a"), "¢": ("c", "d", "o", "e"), "€": ("e",), "§": ("a", "o", "e"), "©": ("c", "o"),
    "ﬁ": ("o", "a"), "ﬂ": ("o", "a"),   # ligatures read for a hatted vowel: "Nﬁi dung", "chuﬁn"
    "6": ("o", "oi"),   # "N6" = "Nội": the hatted vowel and the i after it
    "0": ("o",), "4": ("a",), "1": ("l", "i"), "3": ("a",), "5": ("o", "s"), "8": ("a", "s"),
}
LETTER_REPAIRS = {
    # a vowel with a dot below read as a letter with a descender: "hign" = "hiện", "djnh" = "định"
    # a vowel OCR'd with the wrong mark: "béo cdo" = "báo cáo", "tét" = "tốt"
    "é": ("a", "o"), "è": ("a", "o"), "ê": ("a", "o"), "ó": ("a", "e"), "ò": ("a", "e"), "ô": ("a", "e"),
    "á": ("e", "o"), "ă": ("o",), "ơ": ("a",),
    "e": ("a", "o", "c"), "o": ("a", "e", "u"), "f": ("a",), "a": ("o", "e"),
    "d": ("o", "a", "e"), "b": ("o", "d", "h"), "g": ("o", "q", "e"), "i": ("u", "a", "l"), "l": ("i", "u", "t"),
    "y": ("u",), "w": ("u",), "j": ("y", "i"), "k": ("h",), "u": ("a", "o", "i"), "t": ("u", "i", "o", "h"),
    "c": ("e", "o"), "m": ("n",), "n": ("m", "u"), "h": ("n", "b"), "r": ("n",), "q": ("g",),
}
FIRST_LETTER_REPAIRS = {"p": ("d",), "b": ("d",), "y": ("u",), "o": ("c",)}   # "ofp" = "cấp"
PAIR_REPAIRS = {
    "ir": ("u",), "it": ("u",), "ti": ("u",), "tr": ("u",), "ii": ("u", "a"), "im": ("u", "un"),
    "tn": ("u",), "rn": ("m",), "cl": ("d",), "il": ("h",), "li": ("u", "h"), "kl": ("ki",), "ue": ("uc",),
}
INSERTABLE = "aouin"

COST_JUNK = 0.5       # a junk symbol must be replaced anyway
COST_MARKED = 2.0     # a vowel that carries a (wrong) mark is a strong hint of OCR damage
COST_LETTER = 3.0
COST_FIRST_CHOICE_BONUS = 1.0
COST_PAIR = 2.5
COST_DELETE = 4.0
COST_INSERT = 4.5
MAX_EDITS = 2         # repairs of ordinary letters; junk repairs are not counted
MAX_COST = 9.0


class CandidateIndex:
    def __init__(self, words):
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        for word in words:
            if word.isalpha():
                self.by_fold[fold(word)].append(word)
        self.trie = _trie(self.by_fold)
        self.repairs = lru_cache(maxsize=65536)(self._repairs)

    def accent_variants(self, token: str) -> list[str]:
        return self.by_fold.get(fold(token), [])

    def _repairs(self, raw: str, budget: float = MAX_COST) -> dict[str, float]:
        """Folded syllables reachable from `raw` by OCR repairs costing at most `budget`, with the
        cheapest cost of each.

        Depth-first over readings of the characters, walking down a trie of the folded syllables so
        that only outputs that begin some syllable are extended; a move that would pass the cost or
        edit limits is never entered.
        """
        upper = is_capitals(raw)
        chars = raw.lower().replace("'", "")
        moves = [_moves(chars[i], chars[i + 1:i + 2], i == 0, upper) for i in range(len(chars))] + [()]
        end = len(chars)
        # capitals ("ISO", "PAR") are read more reliably: no letters are dropped or added there
        insertable = "" if upper else INSERTABLE
        best: dict[str, float] = {}

        def walk(i: int, node: dict, cost: float, edits: int, inserted: bool) -> None:
            if i == end:
                word = node.get(_WORD)
                if word is not None and cost < best.get(word, 99.0):
                    best[word] = cost
            for step, rep, move_cost, is_edit in moves[i]:
                if cost + move_cost > budget or (is_edit and edits >= MAX_EDITS):
                    continue
                child = node
                for ch in rep:
                    child = child.get(ch)
                    if child is None:
                        break
                else:
                    walk(i + step, child, cost + move_cost, edits + is_edit, False)
            if inserted or edits >= MAX_EDITS or cost + COST_INSERT > budget:
                return
            for ch in insertable:
                child = node.get(ch)
                if child is not None:
                    walk(i, child, cost + COST_INSERT, edits + 1, True)

        walk(0, self.trie, 0.0, 0, False)
        return best


_WORD = ""   # the key under which a trie node holds the syllable that ends there


def _trie(words) -> dict:
    """Nested dicts, one level per character; a node where a word ends holds it under `_WORD`."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_WORD] = word
    return root


def is_capitals(text: str) -> bool:
    """A word written in capitals ("ISO", "PAR"); "N6" and "S&" are one capital letter and junk."""
    return text.isupper() and sum(c.isalpha() for c in text) > 1


@lru_cache(maxsize=4096)
def _moves(ch: str, following: str, first: bool, upper: bool) -> tuple[tuple[int, str, float, int], ...]:
    """Ways to read a character `ch` (then `following`, the next one or ""): (characters consumed,
    folded output, cost, counts as an edit)."""
    plain = fold(ch)
    marked = has_marks(ch)
    moves = []
    if plain.isalpha() and plain.isascii():
        moves.append((1, plain, 0.0, 0))
    moves += [(1, rep, COST_JUNK, 0) for rep in JUNK_REPAIRS.get(ch, ())]
    letter_cost = COST_MARKED if marked else COST_LETTER
    for rank, rep in enumerate(LETTER_REPAIRS.get(ch, ()) + (LETTER_REPAIRS.get(plain, ()) if marked else ())):
        # replacements are listed most frequent first; the first one is cheaper
        moves.append((1, rep, letter_cost - (COST_FIRST_CHOICE_BONUS if rank == 0 else 0.0), 1))
    if first:
        moves += [(1, rep, COST_PAIR, 1) for rep in FIRST_LETTER_REPAIRS.get(plain, ())]
    pair = fold(ch + following)
    if len(pair) == 2:
        moves += [(2, rep, COST_PAIR, 1) for rep in PAIR_REPAIRS.get(pair, ())]
    if not upper:
        moves.append((1, "", COST_DELETE, 1))
    return tuple(moves)
