"""Image preparation before OCR: grayscale, deskew, binarise (OpenCV)."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

MAX_SKEW = 10.0  # degrees; scanners and phone photos of plans stay well within this
COARSE_STEP = 0.5
FINE_STEP = 0.05
SKEW_WORK_WIDTH = 1000  # the angle search runs on a downscaled copy
MIN_CORRECTION = 0.1
MIN_INK_CONTRAST = 48
PAPER_NOISE_SIGMAS = 4.0
FAINT_INK = 80  # the darkest ink lighter than this gray (of 255): a faint print or copy
STAMP_MIN_SATURATION = 100  # of 255: clearly coloured ink, not gray toner or yellowed paper
STAMP_MIN_VALUE = 80  # very dark pixels are black text whatever their tint
SPECK_AREA_AT_200_DPI = 6
MIN_GLYPHS = 30
MIN_TEXT_HEIGHT = 14  # pixels of a typical letter blob; 13 pt text at 200 dpi gives about 22
TARGET_TEXT_HEIGHT = 22
MAX_ENLARGE = 3.0  # pixels; the dot of "ị" is about 3x3 at 200 dpi  # smaller angles are not worth a resampling pass


def gray_without_stamps(rgb: np.ndarray) -> np.ndarray:
    """Grayscale of a colour scan with red and blue ink (seals, signatures) turned to paper.

    The red seal over a signature block reads as dark gray and turns into junk words;
    official text is printed black, so strongly coloured pixels carry no text.
    """
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    coloured = (hsv[..., 1] >= STAMP_MIN_SATURATION) & (hsv[..., 2] >= STAMP_MIN_VALUE)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    gray[coloured] = 255
    return gray


def to_gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), dtype=np.uint8)


def text_mask(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0 (inverted Otsu threshold after a light blur against scanner noise).

    On a page with almost no text Otsu splits the paper's own noise in two; ink must also
    be clearly darker than the paper, by several times the paper's noise.
    """
    if int(gray.max()) - int(gray.min()) < MIN_INK_CONTRAST:
        return np.zeros_like(gray)  # a blank page: Otsu would split paper grain into "ink"
    blurred = cv2.GaussianBlur(gray, (3, 3), 0)
    otsu, _ = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    paper = float(np.median(blurred))
    noise = 1.4826 * float(np.median(np.abs(blurred.astype(np.float32) - paper)))
    threshold = min(otsu, paper - max(MIN_INK_CONTRAST, PAPER_NOISE_SIGMAS * noise))
    return np.where(blurred < threshold, 255, 0).astype(np.uint8)


def binarise(gray: np.ndarray) -> np.ndarray:
    """Black text on white; adaptive threshold where the background light is uneven (photos, shadows)."""
    if uneven_background(gray):
        blurred = cv2.GaussianBlur(gray, (3, 3), 0)
        block = max(31, (gray.shape[1] // 40) | 1)
        return cv2.adaptiveThreshold(blurred, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15)
    return 255 - text_mask(gray)


def despeckle(ink: np.ndarray, dpi: int) -> np.ndarray:
    """The ink mask without specks: components smaller than a diacritic dot at this resolution."""
    min_area = max(2, round((dpi / 200) ** 2 * SPECK_AREA_AT_200_DPI))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def darken_faint_ink(gray: np.ndarray) -> np.ndarray:
    """A page printed or copied faint (its darkest ink light gray) stretched so that ink is black and
    paper white: the ink threshold otherwise keeps only the strokes' cores and loses the marks."""
    darkest, paper = float(np.percentile(gray, 0.5)), float(np.median(gray))
    if darkest < FAINT_INK or paper - darkest < MIN_INK_CONTRAST:
        return gray
    stretched = (gray.astype(np.float32) - darkest) * (255.0 / (paper - darkest))
    return np.clip(stretched, 0, 255).astype(np.uint8)


def clean_paper(gray: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """The grayscale page with everything away from the ink set to white paper.

    Tesseract reads the grayscale strokes better than a hard threshold, but scanner noise
    on the paper makes it slow and adds junk words; this keeps the strokes, drops the noise.
    """
    near_ink = cv2.dilate(ink, np.ones((3, 3), np.uint8)) > 0
    return np.where(near_ink, gray, 255).astype(np.uint8)


def uneven_background(gray: np.ndarray) -> bool:
    """The paper's brightness varies by more than a quarter of its range across the page."""
    small = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_AREA)
    background = cv2.dilate(small, np.ones((9, 9), np.uint8))  # max filter removes the text
    return float(np.percentile(background, 95) - np.percentile(background, 5)) > 64


def text_height(gray: np.ndarray) -> float | None:
    """Median height in pixels of the page's glyph-sized ink blobs (None without text)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(text_mask(gray), connectivity=8)
    heights = stats[1:count, cv2.CC_STAT_HEIGHT]
    widths = stats[1:count, cv2.CC_STAT_WIDTH]
    glyphs = heights[(heights >= 4) & (heights <= 200) & (widths <= 4 * heights)]
    return float(np.median(glyphs)) if len(glyphs) >= MIN_GLYPHS else None


def enlarge_small_text(gray: np.ndarray, dpi: int) -> tuple[np.ndarray, int]:
    """Low-resolution scans (fax, 100 dpi) enlarged until letters are big enough for Tesseract.

    Judged from the letters themselves, not the file's dpi field, which phone photos and
    some scanners fill with 72 whatever the real resolution.
    """
    height = text_height(gray)
    if height is None or height >= MIN_TEXT_HEIGHT:
        return gray, dpi
    scale = min(MAX_ENLARGE, TARGET_TEXT_HEIGHT / height)
    enlarged = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return enlarged, round(dpi * scale)


def estimate_skew(gray: np.ndarray) -> float:
    """Counter-clockwise rotation of the page's text lines, in degrees.

    Text lines make the horizontal ink profile sharpest when they are level, so the angle
    that maximises the profile's contrast is the skew (coarse search, then a fine one).
    """
    mask = small_mask(gray)
    if not mask.any():
        return 0.0
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + COARSE_STEP / 2, COARSE_STEP)
    best = max(coarse, key=lambda a: profile_sharpness(mask, a))
    fine = np.arange(best - COARSE_STEP, best + COARSE_STEP + FINE_STEP / 2, FINE_STEP)
    best = max(fine, key=lambda a: profile_sharpness(mask, a))
    return float(round(best, 2))


def small_mask(gray: np.ndarray) -> np.ndarray:
    scale = min(1.0, SKEW_WORK_WIDTH / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    return text_mask(small)


def profile_sharpness(mask: np.ndarray, angle: float) -> float:
    rotated = _rotate(mask, -angle, border=0, interpolation=cv2.INTER_NEAREST)
    profile = rotated.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page turned level, and the skew angle that was removed."""
    angle = estimate_skew(gray)
    if abs(angle) < MIN_CORRECTION:
        return gray, angle
    return _rotate(gray, -angle, border=255, interpolation=cv2.INTER_CUBIC), angle


def _rotate(image: np.ndarray, angle: float, border: int, interpolation: int) -> np.ndarray:
    """Rotate counter-clockwise by `angle` degrees about the centre, keeping the whole page."""
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_width, new_height = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_width / 2 - width / 2
    matrix[1, 2] += new_height / 2 - height / 2
    return cv2.warpAffine(image, matrix, (new_width, new_height), flags=interpolation,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=border)
