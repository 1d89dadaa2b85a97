"""The restorer: turns a line into candidate slots, decodes them and writes the words back in place."""
from __future__ import annotations

from dataclasses import dataclass

from cchc.importer.text import fold, nfc

from .candidates import CandidateIndex
from .decoder import best_path
from .ngram import SyllableModel
from .tokens import NUMBER, Token, apply_case, has_letter, has_marks, has_vowel, word_tokens

MAX_CANDIDATES = 12
MARK_PENALTY_OCR = 1.0      # in OCR'd text an accented word is often wrong anyway ("béo" for "báo")
MARK_PENALTY_PLAIN = 4.0    # in merely unaccented text, words that carry marks were typed by a person
VALID_REPAIR_PENALTY = 2.0  # repairing a token that is already a real syllable needs more evidence
UNACCENTED_SHARE = 0.2      # an unmarked form rarer than this within its accent group is "missing marks"
JUNK = set("&¢€§©")


@dataclass
class Slot:
    token: Token
    candidates: list[tuple[str, float]]   # empty: fixed token, emitted unchanged
    lm_word: str


class Restorer:
    def __init__(self, model: SyllableModel):
        self.model = model
        self.index = CandidateIndex(w for w in model.unigrams if w.isalpha())

    # --- token classification -------------------------------------------------------------
    def is_word(self, text: str, ocr: bool) -> bool:
        """A token that names a syllable (possibly damaged), as opposed to a number or a code."""
        digits = sum(c.isdigit() for c in text)
        others = len(text) - digits - text.count("'")
        if not has_letter(text) and not (ocr and any(c in JUNK for c in text) and len(text) > 1):
            return False
        if digits and not (ocr and digits <= others):
            return False
        folded = fold(text)
        if not has_vowel(folded) and not any(c in JUNK for c in text):
            return ocr and not text.isupper() and len(text) <= 3
        return True

    def is_valid(self, text: str) -> bool:
        """An existing syllable written with possible marks: "Sở", "ban", "hiện" (not "hién", "S&")."""
        lower = text.lower()
        if has_marks(lower):
            return self.model.knows(lower)
        return bool(self.index.accent_variants(lower)) and lower.isalpha()

    def lacks_marks(self, text: str) -> bool:
        lower = text.lower()
        if has_marks(lower) or not lower.isalpha():
            return False
        group = self.index.accent_variants(lower)
        total = sum(self.model.count(w) for w in group)
        return bool(group) and self.model.count(lower) < UNACCENTED_SHARE * total

    def is_ocr_junk(self, text: str) -> bool:
        return any(c in JUNK or c.isdigit() or c == "'" for c in text) or (has_marks(text) and not self.is_valid(text))

    # --- candidates ------------------------------------------------------------------------
    def candidates(self, text: str, ocr: bool) -> list[tuple[str, float]]:
        lower = nfc(text.lower())
        marked = has_marks(lower)
        penalty = MARK_PENALTY_OCR if ocr else MARK_PENALTY_PLAIN
        found: dict[str, float] = {}
        for word in self.index.accent_variants(lower):
            found[word] = 0.0 if (word == lower or not marked) else penalty
        if ocr:
            extra = VALID_REPAIR_PENALTY if self.is_valid(text) else 0.0
            for folded, cost in self.index.repairs(lower).items():
                for word in self.index.by_fold[folded]:
                    if word not in found or found[word] > cost + extra:
                        found[word] = cost + extra
        found.setdefault(lower, 0.0)
        ranked = sorted(found.items(), key=lambda wc: wc[1] - 0.3 * _log_count(self.model, wc[0]))
        return ranked[:MAX_CANDIDATES]

    # --- lines -----------------------------------------------------------------------------
    def is_ocr_line(self, line: str) -> bool:
        tokens = [t.text for t in word_tokens(line) if has_letter(t.text) or any(c in JUNK for c in t.text)]
        words = [t for t in tokens if self.is_word(t, ocr=True)]
        if not words:
            return False
        junk = sum(self.is_ocr_junk(t) for t in words)
        unknown = sum(not self.index.accent_variants(t) and not t.isupper() for t in words)
        return junk > 0 or unknown / len(words) >= 0.15

    def segments(self, line: str, ocr: bool) -> list[list[Slot]]:
        segments: list[list[Slot]] = [[]]
        previous_end = 0
        for token in word_tokens(line):
            gap = line[previous_end:token.start]
            previous_end = token.end
            if gap.strip() and segments[-1]:
                segments.append([])
            if self.is_word(token.text, ocr):
                segments[-1].append(Slot(token, self.candidates(token.text, ocr), ""))
            else:
                lm_word = NUMBER if token.text.isdigit() else token.text.lower()
                segments[-1].append(Slot(token, [], lm_word))
        return [s for s in segments if s]

    def restore_line(self, line: str, ocr: bool | None = None) -> str:
        if ocr is None:
            ocr = self.is_ocr_line(line)
        replacements: list[tuple[Token, str]] = []
        for segment in self.segments(line, ocr):
            slots = [slot.candidates or [(slot.lm_word, 0.0)] for slot in segment]
            for slot, word in zip(segment, best_path(self.model, slots)):
                if slot.candidates and word != nfc(slot.token.text.lower()):
                    replacements.append((slot.token, apply_case(slot.token.text, word)))
        return _replace(line, replacements)


def _log_count(model: SyllableModel, word: str) -> float:
    import math
    return math.log(model.count(word) + 1)


def _replace(line: str, replacements: list[tuple[Token, str]]) -> str:
    parts, cursor = [], 0
    for token, text in replacements:
        parts.append(line[cursor:token.start])
        parts.append(text)
        cursor = token.end
    parts.append(line[cursor:])
    return "".join(parts)
