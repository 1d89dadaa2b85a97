"""Legacy Word (.doc), OpenDocument text (.odt) and RTF: converted to .docx by LibreOffice, then read as Word."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..document import Document
from . import libreoffice
from .docx import read_docx

_SUFFIX = {"doc": ".doc", "odt": ".odt", "rtf": ".rtf"}


def read_via_libreoffice(path: Path, kind: str, timeout: float = libreoffice.DEFAULT_TIMEOUT) -> Document:
    with tempfile.TemporaryDirectory(prefix="cchc-convert-") as workdir:
        # A plain name with the suffix of the detected format: LibreOffice picks its import
        # filter partly by suffix, and a misnamed file would otherwise be opened as text.
        source = Path(workdir) / f"input{_SUFFIX.get(kind, path.suffix)}"
        shutil.copyfile(path, source)
        outdir = Path(workdir) / "out"
        outdir.mkdir()
        document = read_docx(libreoffice.convert(source, "docx", outdir, timeout=timeout))
    document.source = path.name
    return document
