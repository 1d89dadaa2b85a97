"""`cchc restore-eval`: how well restoration works.

(a) Clean text with all marks stripped (case kept), restored and compared syllable by syllable with the
    original: the clean seed plans and the corpus documents held out of training.
(b) The OCR'd seed plan against its hand-made gold: each gold string is aligned, accent-insensitively, to its
    best-matching span of the restored text and of the unrestored text, and the syllables are compared.
(c) Held-out corpus text rendered as pages and read back by Tesseract without Vietnamese data (the damage
    of (b)), restored and aligned word by word with the text rendered.
"""
from __future__ import annotations

import difflib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from cchc.importer.text import fold

from cchc.importer.commands import shared_dir

from .corpus import documents, is_held_out
from .tokens import has_letter, normalize_tone_placement, strip_marks, word_tokens

CLEAN_SEEDS = ("000", "002", "003")
OCR_SEED = "004"
HELD_OUT_OCR_CHARS = 30_000   # about ten pages: half a minute of rendering and OCR


@dataclass
class Score:
    correct: int = 0
    total: int = 0

    def add(self, correct: int, total: int) -> None:
        self.correct += correct
        self.total += total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{100 * self.accuracy:6.2f}% ({self.correct}/{self.total} âm tiết)"


def syllables(text: str) -> list[str]:
    """Syllables of `text`, with one tone placement ("hóa" = "hoá") so both spellings compare equal."""
    return [normalize_tone_placement(t.text) for t in word_tokens(text) if has_letter(t.text)]


def stripped_accuracy(text: str, restore) -> Score:
    """Strip marks, restore, compare with the original syllable by syllable (stripping keeps positions)."""
    score = Score()
    for line in text.split("\n"):
        original = syllables(line)
        if not original:
            continue
        restored = syllables(restore(strip_marks(line)))
        if len(restored) != len(original):
            score.add(0, len(original))
            continue
        score.add(sum(a == b for a, b in zip(original, restored)), len(original))
    return score


def gold_strings(gold: dict) -> list[str]:
    strings = [gold["plan"]["title"]] + [t["text"] for t in gold["targets"]]
    for task in gold["tasks"]:
        strings += [task["title"], task["deadline_text"], task["area_heading"], task.get("group") or ""]
        strings += task["outputs"] + task["lead"] + task["coordinating"]
    seen: dict[str, None] = {}
    for s in strings:
        if s and len(syllables(s)) >= 2:
            seen.setdefault(s, None)
    return list(seen)


def span_accuracy(gold: str, text: str, folded_text: str) -> tuple[int, int, int]:
    """(syllables right, syllables with the right letters whatever their marks, gold syllables).

    Gold syllables are looked for, in order, in the best accent-insensitive match of `gold` in `text`.
    """
    alignment = fuzz.partial_ratio_alignment(fold(gold), folded_text)
    span = text[max(0, alignment.dest_start - 1):alignment.dest_end + 1]
    wanted = [s.lower() for s in syllables(gold)]
    found = [s.lower() for s in syllables(span)]
    matcher = difflib.SequenceMatcher(a=[fold(w) for w in wanted], b=[fold(w) for w in found], autojunk=False)
    letters = exact = 0
    for block in matcher.get_matching_blocks():
        letters += block.size
        exact += sum(wanted[block.a + k] == found[block.b + k] for k in range(block.size))
    return exact, letters, len(wanted)


def gold_accuracy(gold: dict, text: str) -> Score:
    return gold_scores(gold, text)[0]


def gold_scores(gold: dict, text: str) -> tuple[Score, Score]:
    """Syllable accuracy against the gold strings, and the share whose letters (not marks) are right."""
    exact, letters = Score(), Score()
    folded = fold(text)  # fold keeps length for NFC Vietnamese text, so offsets carry over
    for s in gold_strings(gold):
        right, right_letters, total = span_accuracy(s, text, folded)
        exact.add(right, total)
        letters.add(right_letters, total)
    return exact, letters


def seed_path(prefix: str, folder: str, suffix: str) -> Path:
    return next((shared_dir() / folder).glob(f"{prefix}_*{suffix}"))


def run(out=print) -> int:
    from . import load_restorer, restore_line, restore_text

    clock = _Clock()
    load_restorer()
    out(f"Nạp mô hình: {clock.lap()}")
    out("(a) Văn bản sạch bị bỏ dấu, khôi phục lại:")
    overall = Score()
    for prefix in CLEAN_SEEDS:
        score = stripped_accuracy(seed_path(prefix, "seeds", ".txt").read_text(encoding="utf-8"), restore_line)
        overall.add(score.correct, score.total)
        out(f"  mẫu {prefix}: {score}")
    held_out = [text for doc_id, text in sorted(documents()) if is_held_out(doc_id)]
    held = Score()
    for text in held_out:
        held.add(*_pair(stripped_accuracy(text, restore_line)))
    overall.add(held.correct, held.total)
    out(f"  văn bản giữ lại của kho: {held}")
    out(f"  tổng: {overall}")
    text = seed_path(OCR_SEED, "seeds", ".txt").read_text(encoding="utf-8")
    gold = json.loads(seed_path(OCR_SEED, "gold", ".json").read_text(encoding="utf-8"))
    clock = _Clock()
    restored = restore_text(text)
    out(f"(b) Mẫu OCR {OCR_SEED} so với bản chuẩn ({len(gold_strings(gold))} chuỗi; khôi phục {len(text) // 1024} KB: "
        f"{clock.lap()}):")
    for label, version in (("chưa khôi phục", text), ("đã khôi phục  ", restored)):
        exact, letters = gold_scores(gold, version)
        marks = exact.correct / letters.correct if letters.correct else 0.0
        out(f"  {label}: {exact}; đúng chữ cái {100 * letters.accuracy:.2f}%, "
            f"trong đó đúng cả dấu {100 * marks:.2f}%")
    out(f"(c) Văn bản giữ lại của kho, dựng thành trang và OCR không có dữ liệu tiếng Việt "
        f"({HELD_OUT_OCR_CHARS // 1000}K ký tự):")
    for label, score in english_ocr_scores(restore_text, "\n".join(held_out)[:HELD_OUT_OCR_CHARS]).items():
        out(f"  {label}: {score}")
    return 0


def english_ocr_scores(restore_text, text: str) -> dict[str, Score]:
    """Word accuracy of English-only OCR of `text`, before and after restoration; a word counts as right
    when the aligned token equals it, case aside."""
    from .ocr_pairs import aligned_words, english_ocr, words

    source = words(text)
    read = english_ocr(text)
    scores = {}
    for label, version in (("chưa khôi phục", read), ("đã khôi phục  ", restore_text(read, ocr=True))):
        pairs = aligned_words(source, words(version))
        right = sum(normalize_tone_placement(a.lower()) == normalize_tone_placement(b.lower()) for a, b in pairs)
        scores[label] = Score(right, len(source))
    return scores


class _Clock:
    """Wall time and CPU time: on a busy machine the CPU time is the figure that compares across runs."""

    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> str:
        return f"{time.perf_counter() - self.wall:.2f} s, CPU {time.process_time() - self.cpu:.2f} s"


def _pair(score: Score) -> tuple[int, int]:
    return score.correct, score.total
