"""Pages scanned sideways or upside down (landscape appendices fed the wrong way into the scanner).

Tesseract's orientation detection (OSD) costs about as much as reading the page, so it runs
only when something points to a turned page: text lines that run vertically (cheap to
see from the ink profile), or a page whose OCR came out with a very low confidence.
"""
from __future__ import annotations

import os

import cv2
import numpy as np

from cchc.importer.errors import UnreadableDocument

from .engine import OcrClock, OcrSettings
from .prepare import profile_sharpness, small_mask

SIDEWAYS_RATIO = 2.0  # vertical text-line profile this much sharper than the horizontal one: turned 90°
MIN_OSD_CONFIDENCE = 2.0
ROTATIONS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def looks_sideways(gray: np.ndarray) -> bool:
    mask = small_mask(gray)
    if not mask.any():
        return False
    return profile_sharpness(mask.T, 0.0) > SIDEWAYS_RATIO * profile_sharpness(mask, 0.0)


def osd_rotation(gray: np.ndarray, settings: OcrSettings, dpi: int, clock: OcrClock | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) that make the page upright, per Tesseract OSD; 0 if unsure."""
    import time

    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    config = f"--psm 0 --dpi {dpi}" + (f" --tessdata-dir {settings.tessdata_dir}" if settings.tessdata_dir else "")
    started = time.perf_counter()
    try:
        result = pytesseract.image_to_osd(gray, config=config, output_type=pytesseract.Output.DICT,
                                          timeout=settings.timeout)
    except (pytesseract.TesseractError, RuntimeError, OSError, UnreadableDocument):
        return 0  # no osd data or too little text: read the page as it is
    finally:
        if clock is not None:
            clock.add_tesseract(time.perf_counter() - started)
    if float(result.get("orientation_conf", 0)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(result.get("rotate", 0)) % 360


def rotate_upright(gray: np.ndarray, clockwise: int) -> np.ndarray:
    return cv2.rotate(gray, ROTATIONS[clockwise]) if clockwise in ROTATIONS else gray
