"""Scanned pages (images, PDFs without a text layer) go to OCR in `scan.py`."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import ImportFailed, UnreadableDocument


def read_image(path: Path, progress: bool = False) -> Document:
    return ocr_or_fail(path, progress, "Tệp ảnh cần nhận dạng ký tự (OCR) nhưng chức năng OCR chưa sẵn sàng.")


def ocr_or_fail(path: Path, progress: bool, message: str) -> Document:
    """Hand the file to the OCR reader; `message` explains why OCR was needed if it is unavailable."""
    try:
        from .scan import read_scan
    except ImportError:
        raise UnreadableDocument(message) from None
    try:
        return read_scan(path, progress=progress)
    except ImportFailed:
        raise
    except Exception:  # image decoders raise many types for damaged files
        raise UnreadableDocument("Tệp ảnh quét bị hỏng hoặc không đúng định dạng, không nhận dạng được.") from None
