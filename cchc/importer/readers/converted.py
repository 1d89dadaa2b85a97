"""Formats LibreOffice converts first: legacy Word (.doc), OpenDocument text (.odt) and RTF become
.docx and are read as Word; legacy Excel (.xls) and OpenDocument spreadsheets (.ods) become .xlsx and
are read as Excel."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from . import formats, libreoffice
from .docx import read_docx
from .xlsx import read_xlsx

# detected format -> (suffix LibreOffice expects, format it converts to, import filter if one is forced)
_CONVERSIONS = {formats.DOC: (".doc", "docx", None), formats.ODT: (".odt", "docx", None),
                formats.RTF: (".rtf", "docx", None), formats.ODS: (".ods", "xlsx", None),
                # a damaged workbook must fail, not be read as text: its bytes would become a "table"
                formats.XLS: (".xls", "xlsx", "MS Excel 97")}
_READERS = {"docx": read_docx, "xlsx": read_xlsx}


def read_via_libreoffice(path: Path, kind: str, timeout: float = libreoffice.DEFAULT_TIMEOUT) -> Document:
    suffix, target, import_filter = _CONVERSIONS[kind]
    with libreoffice.converted_copy(path, suffix, target, timeout, import_filter) as converted:
        document = _READERS[target](converted)
    document.source = path.name
    return document
