"""A whole plan, printed, scanned at 200 dpi into an image-only PDF, imported and scored.

This is the slowest OCR test (every page of seed 002 through Tesseract, about a minute or
two on 2 cores); it is the one that shows scans are usable plans, not just readable text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cchc.importer import parse_file
from cchc.importer.evaluation import score_plan
from cchc.ocr import rendering

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "seeds" / "002_591ff2b9d60f55ba.txt"
GOLD = SHARED / "gold" / "002_591ff2b9d60f55ba.json"
SKEW = 0.6  # degrees, alternating direction page by page, like a hand-fed scanner
NOISE = 0.3


@pytest.fixture(scope="module")
def scanned_plan(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("plan-scan")
    pages = rendering.render_text(SEED.read_text(encoding="utf-8"), workdir, dpi=200, name="ke-hoach")
    pages = [rendering.degrade(page, angle=SKEW if i % 2 else -SKEW, noise=NOISE, seed=i)
             for i, page in enumerate(pages)]
    return rendering.save_image_pdf(pages, workdir / "ke-hoach-scan.pdf", dpi=200)


def test_scanned_pdf_has_no_text_layer(scanned_plan):
    import pdfplumber

    with pdfplumber.open(scanned_plan) as pdf:
        assert not any((page.extract_text() or "").strip() for page in pdf.pages)


def test_scanned_plan_parses_to_the_gold_tasks(scanned_plan):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    score = score_plan(parse_file(scanned_plan).to_dict(), gold)
    precision, recall, f1 = score.task_f1
    assert f1 >= 0.9, (score.task_f1, score.misses[:20])
    assert score.field_accuracy("lead") >= 0.9
    assert score.field_accuracy("budget") >= 0.9
    assert score.meta_accuracy >= 0.8, score.misses
