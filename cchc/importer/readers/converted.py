"""Formats LibreOffice converts first: legacy Word (.doc), OpenDocument text (.odt) and RTF become
.docx and are read as Word; legacy Excel (.xls) and OpenDocument spreadsheets (.ods) become .xlsx and
are read as Excel."""
from __future__ import annotations

import shutil
import tempfile
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
    with tempfile.TemporaryDirectory(prefix="cchc-convert-") as workdir:
        # A plain name with the suffix of the detected format: LibreOffice picks its import
        # filter partly by suffix, and a misnamed file would otherwise be opened as text.
        source = Path(workdir) / f"input{suffix}"
        shutil.copyfile(path, source)
        outdir = Path(workdir) / "out"
        outdir.mkdir()
        converted = libreoffice.convert(source, target, outdir, timeout=timeout, import_filter=import_filter)
        document = _READERS[target](converted)
    document.source = path.name
    return document
