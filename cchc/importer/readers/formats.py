"""Which reader a file needs: content signatures first, the file name's extension second.

Files arrive misnamed (a .doc that is really .docx, RTF or a Word "web page"), so strong
signatures win over the extension. A binary extension whose signature is missing is an error
rather than a guess: a ".pdf" holding something else is not a PDF.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import UnreadableDocument, UnsupportedFormat
from .encoding import bom_encoding, utf16_without_bom

PDF, DOCX, DOC, ODT, RTF, HTML, TEXT, IMAGE = "pdf", "docx", "doc", "odt", "rtf", "html", "text", "image"
XLSX, XLS, ODS, MHT, CSV, EMAIL = "xlsx", "xls", "ods", "mht", "csv", "email"

_EXTENSIONS = {
    ".pdf": PDF, ".docx": DOCX, ".docm": DOCX, ".doc": DOC, ".odt": ODT, ".rtf": RTF,
    ".xlsx": XLSX, ".xlsm": XLSX, ".xls": XLS, ".ods": ODS, ".csv": CSV, ".tsv": CSV,
    ".mht": MHT, ".mhtml": MHT, ".eml": EMAIL,
    ".htm": HTML, ".html": HTML, ".xhtml": HTML, ".shtml": HTML, ".aspx": HTML, ".php": HTML,
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".png": IMAGE, ".jpg": IMAGE, ".jpeg": IMAGE, ".tif": IMAGE, ".tiff": IMAGE, ".bmp": IMAGE,
}
_FORMAT_NAMES = {PDF: "PDF", DOCX: "Word (.docx)", DOC: "Word (.doc)", ODT: "OpenDocument (.odt)",
                 RTF: "RTF", IMAGE: "ảnh", XLSX: "Excel (.xlsx)", XLS: "Excel (.xls)", ODS: "OpenDocument (.ods)"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF_MIMES = {b"application/vnd.oasis.opendocument.text": ODT,
              b"application/vnd.oasis.opendocument.spreadsheet": ODS}
_HTML_STRONG = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<!doctype\s+html|<html[\s>]", re.I | re.S)
_MHT_START = re.compile(rb"\s*(MIME-Version:|From:|Content-Type:)", re.I)  # a web archive (.mht)
_MIME_VERSION = re.compile(rb"^MIME-Version:", re.I | re.M)
_HTML_TAGS = re.compile(r"<(html|head|body|div|p|table|meta|title|span|br|h[1-6])[\s/>]", re.I)


def detect_format(path: Path, head: bytes) -> str:
    """Return one of the format names above for a file whose first bytes are `head`."""
    ext = path.suffix.lower()
    signed = _format_by_signature(path, head, ext)
    if signed:
        return signed
    expected = _EXTENSIONS.get(ext)
    if expected in _FORMAT_NAMES:
        raise UnreadableDocument(
            f"Tệp có đuôi {ext} nhưng nội dung không phải định dạng {_FORMAT_NAMES[expected]}; "
            "tệp bị hỏng hoặc đặt sai tên.")
    if expected:
        return expected
    return _format_of_unnamed_text(head, ext)


def _format_by_signature(path: Path, head: bytes, ext: str) -> str | None:
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path, ext)
    if head.startswith(_OLE2_MAGIC):
        return _ole2_format(head, ext)
    if head.lstrip().startswith(b"{\\rtf"):
        return RTF
    if _MHT_START.match(head) and b"multipart/related" in head[:4096].lower():
        return MHT
    if _MHT_START.match(head) and _MIME_VERSION.search(head.split(b"\n\n", 1)[0].replace(b"\r", b"")):
        return EMAIL   # a message whose headers say it is in MIME form: an e-mail saved whole
    if head.startswith(_IMAGE_MAGIC) or (head.startswith(b"BM") and _EXTENSIONS.get(ext) == IMAGE):
        return IMAGE
    if _HTML_STRONG.search(_ascii_view(head)):
        return HTML
    return None


def _zip_format(path: Path, ext: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        kind = "Word (.docx)" if ext in (".docx", ".docm", "") else "nén (ZIP)"
        raise UnreadableDocument(f"Tệp {kind} bị hỏng hoặc không đầy đủ, không mở được.") from None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if mimetype.strip() in _ODF_MIMES:
        return _ODF_MIMES[mimetype.strip()]
    if not mimetype and "content.xml" in names:
        return ODT
    raise UnsupportedFormat("Tệp nén này không phải văn bản Word, Excel hay OpenDocument; "
                            "hãy dùng tệp .docx, .doc, .xlsx, .pdf, .html hoặc .txt.")


def _ole2_format(head: bytes, ext: str) -> str:
    """Old Office container: Word or Excel 97-2003, or a password-protected .docx/.xlsx."""
    if "EncryptedPackage".encode("utf-16-le") in head:
        raise UnreadableDocument("Tệp Office được đặt mật khẩu; hãy gỡ mật khẩu rồi nhập lại.")
    if "WordDocument".encode("utf-16-le") in head:
        return DOC
    if "Workbook".encode("utf-16-le") in head or ext == ".xls":
        return XLS
    return DOC


def _format_of_unnamed_text(head: bytes, ext: str) -> str:
    if not _looks_textual(head):
        raise UnsupportedFormat(f"Không nhận ra định dạng tệp{f' {ext}' if ext else ''}; "
                                "hãy dùng tệp .docx, .doc, .xlsx, .pdf, .html hoặc .txt.")
    text = _text_view(head)
    return HTML if _HTML_TAGS.search(text) else TEXT


def _looks_textual(head: bytes) -> bool:
    if bom_encoding(head) or utf16_without_bom(head):
        return True
    sample = head[:4096]
    if b"\x00" in sample:
        return False
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return controls <= len(sample) // 100


def _ascii_view(head: bytes) -> bytes:
    """HTML markers as ASCII bytes, also when the file is UTF-16."""
    encoding = bom_encoding(head) or utf16_without_bom(head)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        return head.decode(encoding, errors="ignore").encode("ascii", errors="ignore")
    return head


def _text_view(head: bytes) -> str:
    return _ascii_view(head).decode("latin-1")
