"""Scans made once per session from the seed plans (LibreOffice + Tesseract are slow on 2 cores)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from cchc.importer.document import Document
from cchc.importer.readers.scan import read_scan
from cchc.ocr import rendering

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
TABLE_SEED = "002_591ff2b9d60f55ba.txt"
TABLE_ROWS = 8  # header + task rows that fit one landscape page


@dataclass
class Scan:
    path: Path  # image-only PDF
    images: list[Image.Image]
    source_rows: list[list[str]]  # what the table holds, for tables


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def table_scan(tmp_path_factory) -> Scan:
    """One landscape page: the start of seed 002's ruled task table (with its title above it)."""
    rows = [line.split("\t") for line in seed_text(TABLE_SEED).splitlines() if line.count("\t") >= 6]
    rows = rows[:TABLE_ROWS]
    text = "PHỤ LỤC\nNội dung, nhiệm vụ cải cách hành chính năm 2021\n" + "\n".join("\t".join(r) for r in rows)
    workdir = tmp_path_factory.mktemp("table-scan")
    images = rendering.render_text(text, workdir, dpi=200)
    assert len(images) == 1, "the test table must fit one page"
    path = rendering.save_image_pdf(images, workdir / "bang.pdf", dpi=200)
    return Scan(path, images, rows)


@pytest.fixture(scope="session")
def table_document(table_scan) -> Document:
    return read_scan(table_scan.path)


@pytest.fixture(scope="session")
def prose_page(tmp_path_factory) -> Image.Image:
    """The first page of seed 002 (decision text, no table), clean, 200 dpi."""
    workdir = tmp_path_factory.mktemp("prose-scan")
    pdf = rendering.convert_to_pdf(rendering.build_docx(seed_text(TABLE_SEED), workdir / "qd.docx"), workdir)
    return rendering.rasterise(pdf, dpi=200, indexes=[0])[0]
