"""Page images of a scanned file: image-only PDFs and image files (PNG, JPEG, multi-page TIFF)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from cchc.importer.errors import UnreadableDocument

from .prepare import gray_without_stamps

RENDER_DPI = 300  # PDF pages are rendered at this resolution unless they hold one usable scan image
MIN_NATIVE_DPI = 150  # an embedded scan below this is rendered (upsampled) instead
MAX_NATIVE_DPI = 400
FULL_PAGE_SHARE = 0.85  # an image covering this share of the page is the scan itself
A4_LONG_INCHES = 11.69
MIN_PAGE_INCHES, MAX_PAGE_INCHES = 3.0, 17.5   # a long side from a half-page crop to an A3 sheet

PDF_SUFFIXES = {".pdf"}
BROKEN_IMAGE = "Không đọc được ảnh quét {name}: tệp hỏng hoặc không phải ảnh."
BROKEN_PDF = "Không đọc được tệp PDF {name}: tệp hỏng hoặc được bảo vệ."


@dataclass
class PageImage:
    image: Image.Image  # grayscale ("L")
    dpi: int
    number: int  # 1-based


class PageSource:
    """The pages of one file, counted up front (for progress bars) and decoded one at a time; only the
    page `numbers` given (1-based), if any: the scanned pages of a PDF whose other pages have text."""

    def __init__(self, path: Path, numbers: set[int] | None = None):
        self.path = path
        self._is_pdf = path.suffix.lower() in PDF_SUFFIXES or _starts_with(path, b"%PDF")
        self._count = _count_pdf_pages(path) if self._is_pdf else _count_image_frames(path)
        self._numbers = numbers

    def __len__(self) -> int:
        if self._numbers is None:
            return self._count
        return sum(1 <= number <= self._count for number in self._numbers)

    def __iter__(self) -> Iterator[PageImage]:
        if self._is_pdf:
            return _pdf_pages(self.path, self._numbers)
        pages = _image_pages(self.path)
        return pages if self._numbers is None else (page for page in pages if page.number in self._numbers)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _count_image_frames(path: Path) -> int:
    try:
        with Image.open(path) as image:
            return getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError) as err:
        raise UnreadableDocument(BROKEN_IMAGE.format(name=path.name)) from err


def _image_pages(path: Path) -> Iterator[PageImage]:
    try:
        with Image.open(path) as image:
            dpi = _image_dpi(image)
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                frame.load()  # decode now so truncated data fails here, not later
                yield PageImage(_to_gray(frame), dpi, number)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as err:
        raise UnreadableDocument(BROKEN_IMAGE.format(name=path.name)) from err


def _image_dpi(image: Image.Image) -> int:
    """The resolution the image states, unless that makes the page no paper size: phones, screenshots and
    many converters write 72 dpi whatever they hold, and a 300-dpi scan read as 72 dpi is read as text
    four times too large. Then, and where the image states none, the page is taken for the A4 sheet plans
    are printed on (a 200-dpi page taken for 300 dpi loses the dots below its vowels: "Nôi vu")."""
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    long_side = max(image.size)
    if 72 <= value <= 1200 and MIN_PAGE_INCHES <= long_side / value <= MAX_PAGE_INCHES:
        return value
    return min(max(round(long_side / A4_LONG_INCHES), 72), 1200)


def _to_gray(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    if image.mode in ("RGB", "CMYK", "YCbCr"):
        return Image.fromarray(gray_without_stamps(np.asarray(image.convert("RGB"))))
    return image.convert("L")


def _count_pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as err:
        raise UnreadableDocument(BROKEN_PDF.format(name=path.name)) from err
    try:
        return len(document)
    finally:
        document.close()


def _pdf_pages(path: Path, numbers: set[int] | None = None) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as err:
        raise UnreadableDocument(BROKEN_PDF.format(name=path.name)) from err
    try:
        for index in range(len(document)):
            if numbers is not None and index + 1 not in numbers:
                continue   # not rendered: a text page of a PDF that is only partly scanned
            page = document[index]
            try:
                image, dpi = _scan_image(page) or _render(page)
            except pdfium.PdfiumError as err:
                raise UnreadableDocument(BROKEN_PDF.format(name=path.name)) from err
            finally:
                page.close()
            yield PageImage(image, dpi, index + 1)
    finally:
        document.close()


def _scan_image(page) -> tuple[Image.Image, int] | None:
    """The page's single embedded scan at its own resolution, if that is what the page is."""
    import pypdfium2.raw as pdfium_c

    if page.get_rotation():
        return None
    images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
    if len(images) != 1:
        return None
    matrix = images[0].get_matrix()
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None  # rotated or flipped placement: let pdfium draw it
    left, bottom, right, top = images[0].get_bounds()
    width_pt, height_pt = page.get_size()
    if (right - left) * (top - bottom) < FULL_PAGE_SHARE * width_pt * height_pt:
        return None
    pixel_width, _ = images[0].get_px_size()
    dpi = round(pixel_width / ((right - left) / 72))
    if not MIN_NATIVE_DPI <= dpi <= MAX_NATIVE_DPI:
        return None
    bitmap = images[0].get_bitmap(render=False)
    return _to_gray(bitmap.to_pil()), dpi


def _render(page) -> tuple[Image.Image, int]:
    bitmap = page.render(scale=RENDER_DPI / 72)  # in colour, so that seals can be told from text
    return _to_gray(bitmap.to_pil()), RENDER_DPI
