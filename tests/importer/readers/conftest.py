from pathlib import Path

import pytest

from cchc.importer.readers import libreoffice

from .reader_samples import build_plan_docx


@pytest.fixture
def plan_docx(tmp_path) -> Path:
    return build_plan_docx(tmp_path / "ke-hoach.docx")


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """The sample plan converted by LibreOffice, once per format: converted("pdf") -> Path."""
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
