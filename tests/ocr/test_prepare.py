"""Image preparation: skew estimation and correction, thresholding, speck removal."""
from __future__ import annotations

import numpy as np
import pytest

from cchc.ocr.prepare import binarise, darken_faint_ink, deskew, despeckle, estimate_skew, text_mask, to_gray
from cchc.ocr.rendering import degrade


@pytest.mark.parametrize("angle", [2.5, -1.7, 6.0])
def test_skew_of_a_rotated_page_is_recovered(prose_page, angle):
    rotated = to_gray(degrade(prose_page, angle=angle, noise=0.3, seed=1))
    assert estimate_skew(rotated) == pytest.approx(angle, abs=0.5)


def test_deskewed_page_measures_level(prose_page):
    level, removed = deskew(to_gray(degrade(prose_page, angle=3.0)))
    assert removed == pytest.approx(3.0, abs=0.5)
    assert abs(estimate_skew(level)) <= 0.5


def test_straight_page_is_left_alone(prose_page):
    gray = to_gray(prose_page)
    level, removed = deskew(gray)
    assert abs(removed) < 0.5
    if abs(removed) < 0.1:
        assert level is gray


def test_blank_page_has_no_ink_and_no_skew():
    paper = np.full((400, 300), 235, dtype=np.uint8)
    assert not text_mask(paper).any()
    assert estimate_skew(paper) == 0.0


def test_binarise_gives_black_text_on_white(prose_page):
    binary = binarise(to_gray(prose_page))
    assert set(np.unique(binary)) <= {0, 255}
    assert (binary == 255).mean() > 0.8  # mostly paper


def test_despeckle_drops_dust_but_keeps_strokes():
    ink = np.zeros((100, 100), dtype=np.uint8)
    ink[10, 10] = 255  # a lone speck
    ink[40:44, 40:43] = 255  # a diacritic dot, 12 px
    ink[60:90, 20:23] = 255  # a stroke
    cleaned = despeckle(ink, dpi=200)
    assert cleaned[10, 10] == 0
    assert cleaned[41, 41] == 255 and cleaned[70, 21] == 255


def test_red_seal_and_blue_signature_vanish_but_black_text_stays():
    import cv2

    from cchc.ocr.prepare import gray_without_stamps

    page = np.full((200, 300, 3), 245, dtype=np.uint8)
    page[20:40, 20:200] = (25, 25, 25)  # a line of black text
    cv2.circle(page, (150, 120), 60, (200, 35, 40), 5)  # the red seal's ring
    cv2.line(page, (20, 180), (120, 160), (40, 50, 170), 3)  # a blue signature stroke
    gray = gray_without_stamps(page)
    assert gray[30, 100] < 60
    assert gray[120, 90] == 255 and gray[170, 70] == 255
    assert not text_mask(gray)[60:, :].any()


def test_low_resolution_text_is_enlarged_and_normal_text_is_not(prose_page):
    from cchc.ocr.prepare import enlarge_small_text

    gray = to_gray(prose_page)
    same, dpi = enlarge_small_text(gray, 200)
    assert same is gray and dpi == 200
    fax = to_gray(prose_page.resize((prose_page.width // 2, prose_page.height // 2)))
    enlarged, dpi = enlarge_small_text(fax, 100)
    assert enlarged.shape[0] > fax.shape[0] * 1.4 and 140 <= dpi <= 300


def test_page_without_letters_is_not_enlarged():
    from cchc.ocr.prepare import enlarge_small_text

    paper = np.full((300, 200), 240, dtype=np.uint8)
    assert enlarge_small_text(paper, 100)[0] is paper


def test_faint_ink_is_darkened_and_black_ink_left_alone():
    page = np.full((100, 100), 250, np.uint8)
    page[40:60, 10:90] = 185   # a faint stroke
    darkened = darken_faint_ink(page)
    assert darkened[50, 50] < 30 and darkened[5, 5] >= 245
    page[40:60, 10:90] = 20    # ordinary black print
    assert (darken_faint_ink(page) == page).all()
