"""Bad input of every kind ends in ImportFailed with a one-line Vietnamese message, never a traceback."""
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.importer.errors import ImportFailed, UnsupportedFormat
from cchc.importer.readers import read_document

EXTENSIONS = [".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".tif",
              ".tiff", ".bmp", ".xlsx", ".xls", ".ods", ".mht", "", ".xyz"]
# Prefixes that steer bytes into each reader; OLE2 and RTF are left out because every such
# example would start LibreOffice (their damaged forms are tested in test_reader_doc.py).
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"<!DOCTYPE html>", b"\xef\xbb\xbf",
            b"\xff\xfe", b"\xfe\xff", b"<table><tr><td rowspan='0' colspan='99999'>",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
            b"Content-Type: text/html; charset=windows-1258\r\nContent-Transfer-Encoding: base64\r\n\r\n"]
VIETNAMESE_LETTERS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def assert_vietnamese_one_line(error: ImportFailed) -> None:
    message = str(error)
    assert message and "\n" not in message
    assert set(message.lower()) & VIETNAMESE_LETTERS, message


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_empty_file(tmp_path, extension):
    path = tmp_path / f"rong{extension}"
    path.write_bytes(b"")
    with pytest.raises(ImportFailed, match="rỗng") as caught:
        read_document(path)
    assert_vietnamese_one_line(caught.value)


@pytest.mark.parametrize("extension", [".txt", ".docx", ".pdf", ".html", ".png", "", ".xyz"])
def test_random_bytes(tmp_path, extension):
    path = tmp_path / f"rac{extension}"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    with pytest.raises(ImportFailed) as caught:
        read_document(path)
    assert_vietnamese_one_line(caught.value)


def test_missing_file_and_directory(tmp_path):
    for path in (tmp_path / "khong-co.docx", tmp_path):
        with pytest.raises(ImportFailed) as caught:
            read_document(path)
        assert_vietnamese_one_line(caught.value)


def test_presentation_is_unsupported(tmp_path):
    path = tmp_path / "trinh-chieu.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ppt/presentation.xml", "<presentation/>")
    with pytest.raises(UnsupportedFormat) as caught:
        read_document(path)
    assert_vietnamese_one_line(caught.value)


def test_unknown_binary_format(tmp_path):
    path = tmp_path / "anh.gif"
    path.write_bytes(b"GIF89a" + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormat, match="Không nhận ra định dạng"):
        read_document(path)


@pytest.mark.parametrize("extension", [".png", ".jpg", ".tif", ".bmp"])
def test_image_extension_with_other_content(tmp_path, extension):
    path = tmp_path / f"scan{extension}"
    path.write_bytes(b"\x01\x02garbage" * 50)
    with pytest.raises(ImportFailed, match="không phải định dạng ảnh"):
        read_document(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000), extension=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_only_ever_raise_import_failed(tmp_path, prefix, body, extension):
    path = tmp_path / f"input{extension}"
    path.write_bytes(prefix + body)
    try:
        doc = read_document(path)
    except ImportFailed as error:
        assert_vietnamese_one_line(error)
    else:
        assert doc.source == path.name
