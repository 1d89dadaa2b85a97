"""The restorer: turns a line into candidate slots, decodes them and writes the words back in place."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from cchc.importer.text import fold, nfc

from .candidates import MAX_COST as MAX_REPAIR_COST, CandidateIndex, is_capitals
from .confusions import ConfusionTable
from .decoder import best_path
from .ngram import SyllableModel
from .segmentation import Segmenter, shows_seams
from .tokens import (CAPITAL, COMMA, JUNK, NUMBER, Token, apply_case, has_letter, has_marks, has_vowel, is_capitalized,
                     is_roman_numeral, normalize_tone_placement, word_tokens)

MAX_CANDIDATES = 8
OTHER_READINGS = 2            # letter readings other than a valid token's own kept beside its variants
MAX_CANDIDATES_DAMAGED = 12   # a token that is no syllable at all needs a wider choice of repairs
MARK_PENALTY_OCR = 1.0      # in OCR'd text an accented word is often wrong anyway ("béo" for "báo")
VALID_REPAIR_PENALTY = 2.0  # repairing a token that is already a real syllable needs more evidence
UNACCENTED_SHARE = 0.2      # an unmarked form rarer than this within its accent group is "missing marks"
CODE_DOMINANCE = 3          # "QD" becomes "QĐ" only if the corpus writes it with Đ this many times more often
OCR_UNKNOWN_SHARE = 0.15
RARE_COUNT = 5
CASE_MISMATCH = 1.5    # a capitalised word read as an ordinary one, or the reverse
RANKING_PRIOR = 0.3   # which candidates are kept when there are too many
LEARNED_WEIGHT = 0.5  # scale of the learned -log P(token | syllable) against the repair costs (best on dev text)


def key(text: str) -> str:
    """The form the model counts: NFC, lower case, one tone placement."""
    return normalize_tone_placement(nfc(text.lower()))


@dataclass
class Slot:
    token: Token | None                   # None: a comma, context only
    candidates: list[tuple[str, float]]   # empty: fixed token
    lm_word: str                          # the fixed token's word for the model's context
    fixed_output: str | None = None       # the fixed token's replacement, if any ("QD" -> "QĐ")
    glued: bool = False                   # a piece of a glued token: a space is written after it


class Restorer:
    def __init__(self, model: SyllableModel, confusions: ConfusionTable | None = None):
        self.model = model
        self.confusions = confusions or ConfusionTable({}, {})
        # sorted: equal-cost candidates keep one order whatever the process's hash seed
        self.index = CandidateIndex(sorted({w.lstrip(CAPITAL) for w in model.vocabulary} - {""}))
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        # Per-token judgements depend only on the token and the fixed model: a document asks them
        # tens of thousands of times for a few thousand distinct tokens.
        for name in ("is_word", "is_valid", "lacks_marks", "is_ocr_junk", "is_rare", "ranking_prior"):
            setattr(self, name, lru_cache(maxsize=65536)(getattr(self, name)))
        self.segmenter = Segmenter(self)

    # --- token classification -------------------------------------------------------------
    def is_word(self, text: str, ocr: bool) -> bool:
        """A token that names a syllable (possibly damaged), as opposed to a number or a code."""
        junk = any(c in JUNK for c in text)
        digits = sum(c.isdigit() for c in text)
        if is_roman_numeral(text) or (not has_letter(text) and not (ocr and junk)):
            return False
        if digits and not (ocr and digits <= len(text) - digits - text.count("'")
                           and sum(c.isupper() for c in text) <= 1):
            return False   # "s6", "B6" are OCR'd syllables; "TH2", "30c" are codes
        if not has_vowel(fold(text)) and not junk and not digits:
            # "cdng" (công), "tt" (tốt), "S" (Sở): OCR lost the vowel; "UBND", "TT" are abbreviations
            return ocr and len(text) <= 5 and not (text.isupper() and len(text) > 1)
        return True

    def is_valid(self, text: str) -> bool:
        """An existing syllable written with possible marks: "Sở", "ban", "hiện" (not "hién", "S&")."""
        word = key(text)
        if has_marks(word):
            return self.model.knows(word)
        return word.isalpha() and bool(self.index.accent_variants(word))

    def lacks_marks(self, text: str) -> bool:
        word = key(text)
        if has_marks(word) or not word.isalpha():
            return False
        group = self.index.accent_variants(word)
        total = sum(self.model.count(w) for w in group)
        return bool(group) and self.model.count(word) < UNACCENTED_SHARE * total

    def is_ocr_junk(self, text: str) -> bool:
        if any(c in JUNK or c.isdigit() or c == "'" for c in text):
            return True
        return has_marks(text) and not self.is_valid(text)

    def is_rare(self, text: str) -> bool:
        """No syllable, or only rare ones (names, typos), are written with these letters: "Pon", "chirc"."""
        return sum(self.model.count(w) for w in self.index.accent_variants(key(text))) < RARE_COUNT

    def code_variant(self, text: str) -> str | None:
        """"QD" -> "QĐ", "HDND" -> "HĐND": an abbreviation the corpus nearly always writes with Đ."""
        if "D" not in text or not text.isupper():
            return None
        plain = key(text)
        best = max(self.index.accent_variants(plain), key=self.model.count, default=plain)
        if best != plain and self.model.count(best) >= CODE_DOMINANCE * self.model.count(plain) + CODE_DOMINANCE:
            return best.upper()
        return None

    # --- candidates ------------------------------------------------------------------------
    def ranking_prior(self, form: str) -> float:
        """How much a frequent form is preferred when a token has more candidates than are kept."""
        return RANKING_PRIOR * math.log(self.model.form_count(form) + 1)

    def repair_costs(self, text: str, budget: float = MAX_REPAIR_COST) -> dict[str, float]:
        """Folded syllables that OCR repairs of `text` costing at most `budget` reach, with their cost."""
        return self.index.repairs(_repair_form(text), budget)

    def _candidates(self, text: str, ocr: bool, capital: bool, wide: bool = False) -> list[tuple[str, float]]:
        """(model form, cost) pairs; `capital`: a capitalised word inside a sentence, likely a name or title.

        `wide`: the whole document reads as OCR output, so even real syllables are often misread ones.
        """
        word = key(text)
        marked = has_marks(word)
        found: dict[str, float] = {}
        if marked and not ocr and self.model.knows(word):
            found[word] = 0.0   # typed with valid marks by a person: kept as it is
        else:
            for variant in self.index.accent_variants(word):
                found[variant] = 0.0 if (variant == word or not marked) else MARK_PENALTY_OCR
        if ocr:
            # a real syllable's repairs pay a penalty on top, under the same ceiling as any repair
            extra = VALID_REPAIR_PENALTY if self.is_valid(text) else 0.0
            for folded, cost in self.index.repairs(_repair_form(text), MAX_REPAIR_COST - extra).items():
                for variant in self.index.by_fold[folded]:
                    if found.get(variant, 99.0) > cost + extra:
                        found[variant] = cost + extra
        if wide and len(text) > 1:
            # what an OCR without Vietnamese was seen to make of each syllable ("cia" for "của"); only
            # for a document that reads as such OCR throughout: text that merely lost its marks has
            # no letters to repair, and the table's other-letter readings would only compete. A single
            # letter is as often a table rule or a speck as a syllable: its readings prove little.
            for syllable, cost in self.confusions.costs(text).items():
                if found.get(syllable, 99.0) > LEARNED_WEIGHT * cost:
                    found[syllable] = LEARNED_WEIGHT * cost
        found.setdefault(word, 0.0)
        if capital:
            forms = {CAPITAL + w: c for w, c in found.items()}
            forms.update({w: c + CASE_MISMATCH for w, c in found.items()})
        else:
            forms = found
        prior = self.ranking_prior
        ranked = sorted(forms, key=lambda w: forms[w] - prior(w))
        if ocr and not self.is_valid(text):
            return [(w, forms[w]) for w in ranked[:MAX_CANDIDATES_DAMAGED]]
        if not wide:
            return [(w, forms[w]) for w in ranked[:MAX_CANDIDATES]]
        kept = ranked[:MAX_CANDIDATES]
        # a real syllable's own accent variants fill the list; keep the best other readings too
        # ("Tiếp thuc" -> "tục", "Thu hiện" -> "Thực")
        own = {fold(w.lstrip(CAPITAL)) for w in kept}
        # a lazy scan: the ranking can run to dozens of readings, only the first few others are wanted
        others = list(islice((w for w in ranked[MAX_CANDIDATES:] if fold(w.lstrip(CAPITAL)) not in own),
                             OTHER_READINGS))
        return [(w, forms[w]) for w in kept + others]

    # --- lines -----------------------------------------------------------------------------
    def is_ocr_line(self, line: str) -> bool:
        words = [t.text for t in word_tokens(line) if self.is_word(t.text, ocr=True)]
        if not words:
            return False
        junk = sum(self.is_ocr_junk(w) for w in words)
        unknown = sum(self.is_rare(w) for w in words)
        return junk > 0 or unknown / len(words) >= OCR_UNKNOWN_SHARE

    def slot(self, token: Token, ocr: bool, initial: bool, wide: bool = False) -> Slot:
        if self.is_word(token.text, ocr):
            capital = not initial and is_capitalized(token.text)
            return Slot(token, self.candidates(token.text, ocr, capital, ocr and wide), "")
        if token.text.isdigit():
            return Slot(token, [], NUMBER)
        replacement = self.code_variant(token.text)
        return Slot(token, [], key(replacement or token.text), replacement)

    def token_slots(self, token: Token, ocr: bool, initial: bool, ocr_document: bool) -> list[Slot]:
        """One slot per token, or one per piece of a token that OCR glued together ("UBNDcapxa").

        `ocr_document`: the whole document reads as OCR output, so any long non-word may be glued
        syllables ("Sobannganh") and real syllables get other readings too; otherwise only tokens
        with visible seams are split.
        """
        spans = None
        if ocr and ((ocr_document and self.is_word(token.text, ocr)) or shows_seams(token.text)):
            spans = self.segmenter.split(token.text)
        if not spans:
            return [self.slot(token, ocr, initial, ocr_document)]
        slots = []
        for i, (start, end) in enumerate(spans):
            piece = Token(token.text[start:end], token.start + start, token.start + end)
            slot = self.slot(piece, ocr, initial and i == 0, ocr_document)
            if not slot.candidates and not slot.fixed_output:
                slot.fixed_output = piece.text
            slot.glued = i < len(spans) - 1
            slots.append(slot)
        return slots

    def segments(self, text: str, ocr: bool, ocr_document: bool = False) -> list[list[Slot]]:
        """Slots grouped into stretches without punctuation (a line break alone does not split; a TAB,
        between two cells of a table row, does)."""
        segments: list[list[Slot]] = [[]]
        previous_end = 0
        for token in word_tokens(text):
            between = text[previous_end:token.start]
            gap = between.strip()
            if gap == "," and segments[-1]:
                segments[-1].append(Slot(None, [], COMMA))
            elif (gap or "\t" in between) and segments[-1]:
                segments.append([])
            previous_end = token.end
            segments[-1].extend(self.token_slots(token, ocr, not segments[-1], ocr_document))
        return [s for s in segments if s]

    def restore_line(self, text: str, ocr: bool | None = None) -> str:
        """Restore every word of `text` (one line, or several lines decoded as one stretch)."""
        text = nfc(text)   # decomposed marks would split words
        ocr_document = ocr is True
        if ocr is None:
            ocr = self.is_ocr_line(text)
        replacements: list[tuple[Token, str]] = []
        for segment in self.segments(text, ocr, ocr_document):
            slots = [slot.candidates or [(slot.lm_word, 0.0)] for slot in segment]
            for slot, form in zip(segment, best_path(self.model, slots)):
                word = form.lstrip(CAPITAL)
                if slot.token is None:
                    continue
                space = " " if slot.glued else ""
                if slot.fixed_output:
                    replacements.append((slot.token, slot.fixed_output + space))
                elif slot.candidates and (word != key(slot.token.text) or space):
                    replacements.append((slot.token, apply_case(slot.token.text, word) + space))
        return _replace(text, replacements)


def _repair_form(text: str) -> str:
    """The token as the repair search reads it: lower case, except that all-capitals stays recognisable."""
    return text if is_capitals(text) else key(text)


def _replace(line: str, replacements: list[tuple[Token, str]]) -> str:
    parts, cursor = [], 0
    for token, text in replacements:
        parts.append(line[cursor:token.start])
        parts.append(text)
        cursor = token.end
    parts.append(line[cursor:])
    return "".join(parts)
