"""Readers: a file in any supported format -> `Document` (lines and tables).

    from cchc.importer.readers import read_document
    doc = read_document(Path("ke-hoach.docx"))

Every failure is an `ImportFailed` with a one-line Vietnamese message.
"""
from __future__ import annotations

from pathlib import Path

from ..document import Document, Line, Table
from ..errors import ImportFailed, UnreadableDocument
from ..text import drop_invisible, true_letters
from . import formats
from .legacy_fonts import repair_document

_HEAD_BYTES = 8192


def read_document(path: Path, progress: bool = False) -> Document:
    """Read `path` with the reader its content (then its extension) calls for."""
    path = Path(path)
    try:
        doc = read_raw(path, progress)
    except ImportFailed:
        raise
    except MemoryError:
        raise UnreadableDocument("Tệp quá lớn, không đủ bộ nhớ để đọc.") from None
    except RecursionError:
        raise UnreadableDocument("Tệp có cấu trúc lồng nhau quá sâu, không đọc được.") from None
    except Exception as error:  # a reader's bug must still reach the person as one clear line
        raise UnreadableDocument(f"Không đọc được tệp '{path.name}' do lỗi khi phân tích nội dung.") from error
    if not _has_text(doc):
        raise UnreadableDocument("Tệp không có nội dung văn bản nào đọc được.")
    doc.source = path.name
    return _tidied(repair_document(doc))  # TCVN3 writes "ư" as a soft hyphen


def read_raw(path: Path, progress: bool = False) -> Document:
    """`path` as its format's reader reads it, before the repairs `read_document` makes to every reader's
    output: for a reader of a container (an e-mail's attachment), whose own result gets them."""
    return _read_as(formats.detect_format(path, _read_head(path)), path, progress)


def _tidied(doc: Document) -> Document:
    """Zero-width marks and soft hyphens out of every line and cell: Word and web pages keep them inside
    words, where they would stay in titles and names; and "Đ" where a look-alike letter stands for it."""
    for block in doc.blocks:
        if isinstance(block, Line):
            block.text = true_letters(drop_invisible(block.text))
        else:
            block.rows = [[true_letters(drop_invisible(cell)) for cell in row] for row in block.rows]
    return doc


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except IsADirectoryError:
        raise UnreadableDocument(f"'{path.name}' là thư mục, không phải tệp.") from None
    except FileNotFoundError:
        raise UnreadableDocument(f"Không tìm thấy tệp '{path.name}'.") from None
    except OSError:
        raise UnreadableDocument(f"Không mở được tệp '{path.name}'.") from None
    if not head.strip():
        raise UnreadableDocument("Tệp rỗng, không có nội dung.")
    return head


def _read_as(kind: str, path: Path, progress: bool) -> Document:
    # Imported here so that a missing optional dependency only affects its own format.
    if kind == formats.TEXT:
        from .text import read_text
        return read_text(path)
    if kind == formats.DOCX:
        from .docx import read_docx
        return read_docx(path)
    if kind == formats.PDF:
        from .pdf import read_pdf
        return read_pdf(path, progress=progress)
    if kind == formats.HTML:
        from .html import read_html
        return read_html(path)
    if kind == formats.MHT:
        from .mime import read_mht
        return read_mht(path)
    if kind == formats.EMAIL:
        from .mime import read_email
        return read_email(path)
    if kind == formats.XLSX:
        from .xlsx import read_xlsx
        return read_xlsx(path)
    if kind == formats.CSV:
        from .csv_table import read_csv
        return read_csv(path)
    if kind in (formats.DOC, formats.ODT, formats.RTF, formats.XLS, formats.ODS):
        from .converted import read_via_libreoffice
        return read_via_libreoffice(path, kind)
    from .image import read_image
    return read_image(path, progress=progress)


def _has_text(doc: Document) -> bool:
    for block in doc.blocks:
        if isinstance(block, Line) and block.text.strip():
            return True
        if isinstance(block, Table) and any(cell.strip() for row in block.rows for cell in row):
            return True
    return False
