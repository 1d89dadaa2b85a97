import sys
from pathlib import Path

import pytest

# `tests.support` is shared by test packages; make it importable however pytest is started.
_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from reader_samples import build_plan_docx  # noqa: E402


@pytest.fixture
def plan_docx(tmp_path) -> Path:
    return build_plan_docx(tmp_path / "ke-hoach.docx")


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """The sample plan converted by LibreOffice, once per format: converted("pdf") -> Path."""
    from cchc.importer.readers import libreoffice

    if libreoffice.soffice_binary() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("converted")
    source = build_plan_docx(folder / "ke-hoach.docx")
    cache: dict[str, Path] = {}

    def convert(fmt: str) -> Path:
        if fmt not in cache:
            cache[fmt] = libreoffice.convert(source, fmt, folder)
        return cache[fmt]

    return convert
