"""Make scans from plan text: text -> Word document -> PDF (LibreOffice) -> page images.

Used by the OCR evaluation, the benchmark and the tests: we have plans as text and need
realistic scanned pages of them. Paragraphs become Word paragraphs; runs of
tab-separated rows become real ruled Word tables (the header row repeats on every page,
as in the printed appendices), set on landscape pages as plan appendices are.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from cchc.importer.errors import ImportFailed

MIN_TABLE_COLUMNS = 3  # fewer tab cells is scraped-text damage, not a table
WIDE_TABLE_COLUMNS = 5  # tables this wide go on landscape pages
CAPTION_MAX_CHARS = 200  # short paragraphs right before a table travel with it
CAPTION_MAX_PARAGRAPHS = 3
SOFFICE_TIMEOUT_S = 180


@dataclass
class TextBlock:
    text: str


@dataclass
class TableBlock:
    rows: list[list[str]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)


def split_blocks(text: str) -> list[TextBlock | TableBlock]:
    """Paragraphs and tables of a plan text; a table's repeated header rows are folded away."""
    blocks: list[TextBlock | TableBlock] = []
    for raw in text.splitlines():
        cells = [c.strip() for c in raw.split("\t")]
        if len(cells) >= MIN_TABLE_COLUMNS:
            _add_row(blocks, cells)
        elif raw.strip():
            blocks.append(TextBlock(" ".join(c for c in cells if c)))
    return blocks


def _add_row(blocks: list[TextBlock | TableBlock], cells: list[str]) -> None:
    table = blocks[-1] if blocks and isinstance(blocks[-1], TableBlock) else None
    if table is None or len(cells) != table.width:
        blocks.append(TableBlock([cells]))
    elif cells != table.rows[0]:  # a header repeated after a page break of the source
        table.rows.append(cells)


def build_docx(text: str, path: Path) -> Path:
    """Write `text` as a Word document: Times New Roman 13pt, ruled tables."""
    from docx import Document as DocxDocument
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt

    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    style.paragraph_format.space_after = Pt(4)
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4, as Vietnamese offices print
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(2.0)

    blocks = split_blocks(text)
    landscape_from = _landscape_starts(blocks)
    for index, block in enumerate(blocks):
        if index in landscape_from:
            _new_section(doc, WD_SECTION.NEW_PAGE, WD_ORIENT.LANDSCAPE, reuse_first=index == 0)
        if isinstance(block, TextBlock):
            doc.add_paragraph(block.text)
        else:
            _add_table(doc, block, Pt(11))
            if index + 1 < len(blocks) and (index + 1) not in landscape_from and block.width >= WIDE_TABLE_COLUMNS:
                _new_section(doc, WD_SECTION.NEW_PAGE, WD_ORIENT.PORTRAIT)
    doc.save(path)
    return path


def _landscape_starts(blocks: list[TextBlock | TableBlock]) -> set[int]:
    """Block indexes where a landscape section starts: wide tables and their captions."""
    starts = set()
    for index, block in enumerate(blocks):
        if not isinstance(block, TableBlock) or block.width < WIDE_TABLE_COLUMNS:
            continue
        if index > 0 and isinstance(blocks[index - 1], TableBlock):
            continue  # continues the landscape section of the table before it
        start = index
        while (index - start < CAPTION_MAX_PARAGRAPHS and start > 0 and isinstance(blocks[start - 1], TextBlock)
               and len(blocks[start - 1].text) <= CAPTION_MAX_CHARS):
            start -= 1
        starts.add(start)
    return starts


def _new_section(doc, start_type, orientation, reuse_first: bool = False) -> None:
    from docx.enum.section import WD_ORIENT

    previous = doc.sections[-1]
    section = previous if reuse_first else doc.add_section(start_type)
    short, long_ = sorted((previous.page_width, previous.page_height))
    section.orientation = orientation
    if orientation == WD_ORIENT.LANDSCAPE:
        section.page_width, section.page_height = long_, short
    else:
        section.page_width, section.page_height = short, long_


def _add_table(doc, block: TableBlock, font_size) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table = doc.add_table(rows=len(block.rows), cols=block.width)
    table.style = "Table Grid"  # single ruling lines around every cell
    table.autofit = False
    section = doc.sections[-1]
    widths = _column_widths(block, section.page_width - section.left_margin - section.right_margin)
    for column, width in zip(table.columns, widths):
        column.width = width
    for r, cells in enumerate(block.rows):
        row = table.rows[r]
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # rows stay whole, as in the source
        for c, value in enumerate(cells):
            row.cells[c].width = widths[c]
            paragraph = row.cells[c].paragraphs[0]
            paragraph.paragraph_format.space_after = 0
            paragraph.add_run(value).font.size = font_size
    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _column_widths(block: TableBlock, total: int) -> list[int]:
    """Column widths (EMU) that grow with the amount of text a column holds, never below a minimum."""
    weights = []
    for c in range(block.width):
        lengths = [len(row[c]) for row in block.rows if c < len(row)]
        weights.append(max(3.0, (sum(lengths) / len(lengths)) ** 0.5))
    scale = total / sum(weights)
    return [int(w * scale) for w in weights]


def convert_to_pdf(source: Path, outdir: Path) -> Path:
    """Convert an office document to PDF with LibreOffice headless, with a private profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise ImportFailed("Không tìm thấy LibreOffice (soffice) để chuyển văn bản sang PDF.")
    with tempfile.TemporaryDirectory(prefix="lo-cchc-ocr-") as profile:
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(outdir), str(source)]
        subprocess.run(command, check=False, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
                       env={**os.environ, "HOME": profile})
    pdf = outdir / (source.stem + ".pdf")
    if not pdf.exists():
        raise ImportFailed(f"LibreOffice không chuyển được {source.name} sang PDF.")
    return pdf


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def spread(total: int, wanted: int | None) -> list[int]:
    """`wanted` page indexes spread evenly over `total` pages (all pages when None)."""
    if wanted is None or wanted >= total:
        return list(range(total))
    if wanted <= 1:
        return [0]
    return sorted({round(i * (total - 1) / (wanted - 1)) for i in range(wanted)})


def rasterise(pdf: Path, dpi: int = 200, indexes: list[int] | None = None) -> list[Image.Image]:
    """Grayscale page images of a PDF at `dpi` (all pages, or the 0-based `indexes`)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for index in range(len(document)) if indexes is None else indexes:
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            pages.append(bitmap.to_pil().convert("L"))
            page.close()
        return pages
    finally:
        document.close()


def degrade(page: Image.Image, angle: float = 0.0, noise: float = 0.0, seed: int = 0) -> Image.Image:
    """A scanner's imperfections: rotation by `angle` degrees, speckle noise of strength `noise` (0..1)."""
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if noise:
        rng = np.random.default_rng(seed)
        pixels = np.asarray(page, dtype=np.int16)
        pixels = pixels + rng.normal(0, 40 * noise, pixels.shape)
        specks = rng.random(pixels.shape) < 0.002 * noise
        pixels[specks] = 0
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return page


def save_image_pdf(pages: list[Image.Image], path: Path, dpi: int = 200) -> Path:
    """An image-only PDF (no text layer), the way a scanner writes one."""
    first, *rest = [p.convert("L") for p in pages]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return path


def render_text(text: str, workdir: Path, dpi: int = 200, indexes: list[int] | None = None,
                name: str = "plan") -> list[Image.Image]:
    """Page images of a plan text, as a clean scan at `dpi`."""
    docx = build_docx(text, workdir / f"{name}.docx")
    pdf = convert_to_pdf(docx, workdir)
    return rasterise(pdf, dpi=dpi, indexes=indexes)
