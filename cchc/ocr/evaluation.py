"""OCR quality and speed on scans rendered from plan texts (`cchc ocr-eval`, `cchc ocr-bench`).

The reference text of a page is the text layer of the PDF LibreOffice printed it from,
so character error rate (CER) measures exactly what OCR lost, table cells included.
"""
from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from cchc.importer.document import Document
from cchc.importer.readers.scan import build_document

from . import rendering
from .batch import read_pages
from .engine import OcrClock, OcrSettings, ensure_available
from .pages import PageImage

WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Whitespace-insensitive form: line breaks, tabs and cell joins must not count as errors."""
    return WHITESPACE.sub(" ", text).strip()


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance over the reference length."""
    reference, hypothesis = normalise(reference), normalise(hypothesis)
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return Levenshtein.distance(hypothesis, reference) / len(reference)


@dataclass
class RenderedScan:
    name: str
    pages: list[PageImage]
    references: list[str]  # text layer of each page


@dataclass
class PageScore:
    errors: int
    length: int


@dataclass
class DocumentScore:
    name: str
    pages: list[PageScore] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def cer(self) -> float:
        length = sum(p.length for p in self.pages)
        return sum(p.errors for p in self.pages) / length if length else 0.0


def render_seed(path: Path, workdir: Path, pages: int | None, dpi: int = 200, angle: float = 0.0,
                noise: float = 0.0) -> RenderedScan:
    """Scan images of a plan text file (`pages` pages spread over it), with each page's reference text."""
    text = path.read_text(encoding="utf-8")
    docx = rendering.build_docx(text, workdir / f"{path.stem}.docx")
    pdf = rendering.convert_to_pdf(docx, workdir)
    indexes = rendering.spread(rendering.page_count(pdf), pages)
    images = rendering.rasterise(pdf, dpi=dpi, indexes=indexes)
    images = [rendering.degrade(img, angle=angle, noise=noise, seed=i) for i, img in zip(indexes, images)]
    return RenderedScan(path.stem, [PageImage(img, dpi, i + 1) for i, img in zip(indexes, images)],
                        text_layer(pdf, indexes))


def text_layer(pdf: Path, indexes: list[int]) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].get_textpage().get_text_range() for i in indexes]
    finally:
        document.close()


def ocr_scan(scan: RenderedScan, settings: OcrSettings, clock: OcrClock,
             workers: int = 1) -> tuple[Document, DocumentScore]:
    """OCR a rendered scan (`workers` pages at a time) and score each page against its reference."""
    score = DocumentScore(scan.name)
    started = time.perf_counter()
    results = read_pages(scan.pages, settings, clock, workers)
    score.seconds = time.perf_counter() - started
    for result, reference in zip(results, scan.references):
        hypothesis = normalise(build_document([result], scan.name).text())
        reference = normalise(reference)
        score.pages.append(PageScore(Levenshtein.distance(hypothesis, reference), len(reference)))
    return build_document(results, scan.name), score


@dataclass
class EvalReport:
    documents: list[DocumentScore]
    clock: OcrClock

    @property
    def cer(self) -> float:
        pages = [p for d in self.documents for p in d.pages]
        length = sum(p.length for p in pages)
        return sum(p.errors for p in pages) / length if length else 0.0

    @property
    def seconds(self) -> float:
        """Wall-clock OCR time (rendering excluded)."""
        return sum(d.seconds for d in self.documents)

    @property
    def pages_per_second(self) -> float:
        return self.clock.pages / self.seconds if self.seconds else 0.0


def evaluate(seed_paths: list[Path], pages: int, dpi: int = 200, angle: float = 0.0, noise: float = 0.0,
             settings: OcrSettings | None = None, workers: int = 1) -> EvalReport:
    """Render `pages` pages of each seed (spread over the document), OCR them, score CER."""
    settings = settings or OcrSettings()
    ensure_available(settings)
    clock = OcrClock()
    documents = []
    with tempfile.TemporaryDirectory(prefix="cchc-ocr-eval-") as tmp:
        for path in seed_paths:
            scan = render_seed(path, Path(tmp), pages, dpi=dpi, angle=angle, noise=noise)
            documents.append(ocr_scan(scan, settings, clock, workers)[1])
    return EvalReport(documents, clock)
