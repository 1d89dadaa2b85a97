"""Tesseract, through pytesseract: availability check and word boxes with confidences."""
from __future__ import annotations

import os
import shlex
import subprocess
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from cchc.importer.errors import UnreadableDocument

MISSING_TESSERACT = "Không tìm thấy Tesseract OCR với dữ liệu tiếng Việt (gói tesseract-ocr-vie)."
MISSING_LANGUAGE = "Tesseract OCR thiếu dữ liệu ngôn ngữ '{lang}' (cài gói tesseract-ocr-{lang})."
OCR_FAILED = "Tesseract OCR không đọc được trang {page}: {reason}"


class OcrTimeout(UnreadableDocument):
    """Tesseract did not finish one page in time (a page of pure noise can do that)."""


@dataclass(frozen=True)
class OcrSettings:
    lang: str = "vie"
    tessdata_dir: str | None = None  # None: Tesseract's own default
    # Sparse text: Tesseract finds every word, even a lone "80" in a table cell that automatic
    # segmentation drops; reading order, columns and cells are rebuilt from the word boxes.
    psm: int = 11
    extra_config: str = ""
    timeout: float = 300  # seconds per page; a runaway Tesseract fails the page instead of hanging

    def config(self, dpi: int | None) -> str:
        parts = [f"--psm {self.psm}"]
        if dpi:
            parts.append(f"--dpi {dpi}")
        if self.tessdata_dir:
            parts.append(f"--tessdata-dir {shlex.quote(self.tessdata_dir)}")
        if self.extra_config:
            parts.append(self.extra_config)
        return " ".join(parts)


@dataclass
class Word:
    text: str
    conf: float  # 0..100
    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def center(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


@dataclass
class OcrClock:
    """Seconds spent inside Tesseract versus in the whole page pipeline (for the benchmark).

    Pages may be read in parallel threads, hence the lock; `total` sums each page's own time.
    """

    tesseract: float = 0.0
    total: float = 0.0
    pages: int = 0
    per_page: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add_tesseract(self, seconds: float) -> None:
        with self._lock:
            self.tesseract += seconds

    def add_page(self, seconds: float) -> None:
        with self._lock:
            self.total += seconds
            self.pages += 1
            self.per_page.append(seconds)

    @property
    def overhead(self) -> float:
        return max(0.0, self.total - self.tesseract)


def ensure_available(settings: OcrSettings) -> None:
    """Raise `UnreadableDocument` unless Tesseract runs and has the language pack."""
    languages = _languages(_tesseract_command(), settings.tessdata_dir)
    if languages is None:
        raise UnreadableDocument(MISSING_TESSERACT)
    if not set(settings.lang.split("+")) <= languages:
        raise UnreadableDocument(MISSING_LANGUAGE.format(lang=settings.lang))


def has_language(settings: OcrSettings) -> bool:
    languages = _languages(_tesseract_command(), settings.tessdata_dir)
    return languages is not None and set(settings.lang.split("+")) <= languages


def _tesseract_command() -> str:
    import pytesseract

    return pytesseract.pytesseract.tesseract_cmd


@lru_cache(maxsize=8)
def _languages(tesseract: str, tessdata_dir: str | None) -> frozenset[str] | None:
    command = [tesseract, "--list-langs"]
    if tessdata_dir:
        command += ["--tessdata-dir", tessdata_dir]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    listed = (result.stdout + result.stderr).splitlines()
    return frozenset(line.strip() for line in listed if line.strip() and " " not in line.strip())


def recognise(image: np.ndarray, settings: OcrSettings, dpi: int | None, clock: OcrClock | None = None,
              page: int = 1) -> list[Word]:
    """Words Tesseract finds on `image` (uint8 grayscale/binary), with their boxes; specks and blots it
    read as words are dropped."""
    import pytesseract

    # Tesseract's OpenMP threads make it several times slower on small machines; one thread per call.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    started = time.perf_counter()
    try:
        data = pytesseract.image_to_data(image, lang=settings.lang, config=settings.config(dpi),
                                         output_type=pytesseract.Output.DICT, timeout=settings.timeout)
    except pytesseract.TesseractNotFoundError as err:
        raise UnreadableDocument(MISSING_TESSERACT) from err
    except RuntimeError as err:  # pytesseract's timeout
        raise OcrTimeout(OCR_FAILED.format(page=page, reason="quá thời gian cho phép")) from err
    except (pytesseract.TesseractError, OSError) as err:
        reason = str(getattr(err, "message", err)).strip().splitlines()[-1:] or ["lỗi không rõ"]
        raise UnreadableDocument(OCR_FAILED.format(page=page, reason=reason[0])) from err
    finally:
        if clock is not None:
            clock.add_tesseract(time.perf_counter() - started)
    return [word for word in _words(data) if not _is_speck(word, dpi)]


def _words(data: dict[str, list]) -> list[Word]:
    words = []
    for text, conf, left, top, width, height in zip(data["text"], data["conf"], data["left"], data["top"],
                                                   data["width"], data["height"]):
        text = str(text).strip()
        if not text or float(conf) < 0:
            continue
        words.append(Word(text, float(conf), int(left), int(top), int(width), int(height)))
    return words


NOISE_CONFIDENCE = 40.0  # below this, a word without letters or digits is a speck, not text
BLOT_HEIGHT_IN = 0.5  # ... and so is an unsure "word" this tall: a shadow or a blot read as letters ("oe")


def _is_speck(word: Word, dpi: int | None) -> bool:
    return word.conf < NOISE_CONFIDENCE and (not any(ch.isalnum() for ch in word.text)
                                             or (dpi is not None and word.height > dpi * BLOT_HEIGHT_IN))
