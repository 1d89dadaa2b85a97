"""Splitting words that OCR glued together: "S&ThongtinVvd" -> "S&" "Thong" "tin" "Vvd", "UBNDcapxd".

OCR without Vietnamese support often drops the spaces between short syllables of a narrow table cell.
Such a token is no syllable and no repair reaches one; cut into pieces that each read as a (possibly
damaged) syllable, or as a known abbreviation at its front ("UBND", "TTHC"), it decodes like any other
text. The cut is chosen by dynamic programming over the token: the cheapest pieces by repair cost, a
cost per cut and a bonus for frequent syllables; the language model then picks each piece's word.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from .tokens import JUNK

MIN_LETTERS = 5          # characters; shorter tokens are single damaged syllables far more often than glued ones
MAX_PIECE = 7            # "nghieng", "truong": the longest syllables
COST_CUT = 2.5           # every extra piece must pay for itself
COST_SINGLE_LETTER = 3.0  # one-letter pieces ("e", "d") read anything: only with strong evidence
RARITY_COST = 0.3        # per nat that the piece's syllable is rarer than a common one
COMMON_COUNT = 1000
MAX_PIECE_COST = 8.0
MARGIN = 3.0             # the split must beat reading the token as one (damaged) syllable by this much
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,}")
# Visible seams between glued syllables: junk before a letter ("S&N6i"), a capital opening a lower-case
# syllable inside the word ("ThongtinVvd"), an abbreviation before lower case ("UBNDcapxa").
_SEAM = re.compile(rf"[{JUNK}][^\W\d_]|[^\W\d_](?<![A-ZĐ])[A-ZĐ][a-zđ]|^[A-ZĐ]{{2,}}[a-zđ]{{2,}}$")


def shows_seams(text: str) -> bool:
    return bool(_SEAM.search(text))


class Segmenter:
    def __init__(self, restorer):
        self.restorer = restorer
        self.piece_cost = lru_cache(maxsize=65536)(self._piece_cost)
        self.split = lru_cache(maxsize=16384)(self._split)

    def _split(self, text: str) -> tuple[tuple[int, int], ...] | None:
        """Piece spans of a glued token, or None when it reads best as one word."""
        if len(text) < MIN_LETTERS or self.restorer.is_valid(text):
            return None
        n = len(text)
        capitals = text.isupper()
        whole = self.piece_cost(text, True, capitals)
        # every piece pays COST_CUT and nothing is cheaper than free: two pieces cost at least 2 cuts
        if self._whole_wins(whole, n, 2 * COST_CUT):
            return None
        best: list[tuple[float, int]] = [(0.0, -1)] + [(math.inf, -1)] * n
        for end in range(1, n + 1):
            for start in range(max(0, end - MAX_PIECE), end):
                if best[start][0] == math.inf or not self._may_cut(text, start) or not self._may_cut(text, end):
                    continue
                cost = self.piece_cost(text[start:end], start == 0, capitals)
                if cost is not None and best[start][0] + cost + COST_CUT < best[end][0]:
                    best[end] = (best[start][0] + cost + COST_CUT, start)
        spans, end = [], n
        while end > 0 and best[end][0] < math.inf:
            start = best[end][1]
            spans.append((start, end))
            end = start
        if end or len(spans) < 2 or self._whole_wins(whole, n, best[n][0]):
            return None
        return tuple(spans[::-1])

    @staticmethod
    def _whole_wins(whole: float | None, length: int, split_cost: float) -> bool:
        """Reading the token as one syllable beats a split of this cost by the margin a split needs.
        A token longer than any syllable is never one: its whole reading is a guess, not a rival."""
        return whole is not None and length <= MAX_PIECE and whole + COST_CUT <= split_cost + MARGIN

    @lru_cache(maxsize=65536)
    def _frequency(self, folded: str) -> int:
        return sum(self.restorer.model.count(w) for w in self.restorer.index.by_fold[folded])

    @staticmethod
    def _may_cut(text: str, i: int) -> bool:
        """Cuts fall between letters or junk, never inside an apostrophe horn ("u'ng") or an abbreviation."""
        if i in (0, len(text)):
            return True
        before, after = text[i - 1], text[i]
        if after == "'" or before == "'":
            return False
        return not (before.isupper() and after.isupper() and i >= 2 and text[i - 2].isupper())

    def _piece_cost(self, piece: str, first: bool, capitals: bool) -> float | None:
        """Cost of reading `piece` as one syllable (or abbreviation), None when it reads as none.

        `capitals`: the whole token is written in capitals ("CONGTAC"); otherwise a capital inside a
        piece starts the next syllable ("ThongtinVvd"), and a capital run at the front is an
        abbreviation the model knows ("UBNDcapxa").
        """
        letters = sum(c.isalpha() for c in piece)
        if not letters:
            return None
        if not capitals:
            if first and _ABBREVIATION.fullmatch(piece):
                return 0.0 if self.restorer.model.knows(piece.lower()) else None
            if any(c.isupper() for c in piece[1:]):
                return None
        best = None
        for folded, cost in self.restorer.repair_costs(piece, MAX_PIECE_COST).items():   # dearer ones are dropped
            total = cost + RARITY_COST * max(0.0, math.log(COMMON_COUNT) - math.log(self._frequency(folded) + 1))
            best = total if best is None or total < best else best
        if best is None or best > MAX_PIECE_COST:
            return None
        return best + (COST_SINGLE_LETTER if letters == 1 else 0.0)
