"""Legacy Word, OpenDocument and RTF through a real LibreOffice conversion."""
import shutil

import pytest

from cchc.importer.errors import ImportFailed
from cchc.importer.readers import read_document
from cchc.importer.readers.converted import read_via_libreoffice

from .reader_samples import EXPECTED_ROWS, NUMBERED_EXPECTED, requires_soffice

pytestmark = requires_soffice


@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_converted_formats_read_back_like_the_docx(converted, fmt):
    doc = read_document(converted(fmt))
    assert doc.source == f"ke-hoach.{fmt}"
    assert doc.tables()[0].rows == EXPECTED_ROWS
    assert [line.text for line in doc.lines()][2:10] == NUMBERED_EXPECTED


def test_doc_misnamed_as_docx_is_read_by_content(converted, tmp_path):
    path = tmp_path / "ke-hoach.docx"
    shutil.copyfile(converted("doc"), path)
    assert read_document(path).tables()[0].rows == EXPECTED_ROWS


def test_damaged_doc_gives_vietnamese_error(converted, tmp_path):
    data = converted("doc").read_bytes()
    path = tmp_path / "hong.doc"
    path.write_bytes(data[:512] + bytes(len(data) - 512))  # OLE2 header, then zeros
    with pytest.raises(ImportFailed, match="LibreOffice|hỏng|không có nội dung"):
        read_document(path)


def test_conversion_timeout_stops_libreoffice(converted, tmp_path):
    with pytest.raises(ImportFailed, match="quá 0 giây"):
        read_via_libreoffice(converted("doc"), "doc", timeout=0.01)


def test_missing_libreoffice_gives_vietnamese_error(converted, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    with pytest.raises(ImportFailed, match="Cần LibreOffice"):
        read_document(converted("doc"))
