"""Files in MIME form (RFC 822): web archives and e-mails.

A web archive (.mht, Word's "single file web page", often published with a .doc name) is read by its HTML
part, like a web page. An e-mail (.eml) brings a plan either attached, as the document it is (read as that
file would be), or in its body: the HTML part where it holds a table, else the plain text, whose quote marks
and line breaks the text reader knows.
"""
from __future__ import annotations

import email
import tempfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

from ..document import Document, Notice
from ..errors import UnreadableDocument
from .encoding import DecodedText, decode_bytes
from .html import decode_page, html_to_document
from .text import text_to_document

# attachments that can hold a plan; pictures (a signature's logo) are not looked at
_DOCUMENTS = (".docx", ".doc", ".pdf", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".html", ".htm", ".txt")


def read_mht(path: Path) -> Document:
    message = _message(path)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return _html_document(_content(part, html=True), path.name)
    raise UnreadableDocument("Tệp lưu trữ trang web (.mht) không có phần nội dung HTML.")


def read_email(path: Path) -> Document:
    message = _message(path)
    attached = [part for part in message.walk()
                if part.get_filename() and Path(part.get_filename()).suffix.lower() in _DOCUMENTS]
    if attached:
        return _attachment(attached[0], [part.get_filename() for part in attached[1:]])
    html = message.get_body(preferencelist=("html",))
    page = _content(html, html=True) if html is not None else None
    if page is not None and "<table" in page.text.lower():
        return _html_document(page, path.name)
    body = message.get_body(preferencelist=("plain",))
    if body is None and page is None:
        raise UnreadableDocument("Thư (.eml) không có nội dung văn bản và không đính kèm tài liệu nào đọc được.")
    if body is None:
        return _html_document(page, path.name)
    decoded = _content(body)
    doc = text_to_document(decoded.text, source=path.name)
    doc.notices[:0] = decoded.notices
    return doc


def _message(path: Path) -> EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _attachment(part: EmailMessage, others: list[str]) -> Document:
    """The attached document, read as that file; a notice names it, and the other documents not read."""
    from . import read_raw   # the readers' entry point, which this reader is one of

    name = Path(part.get_filename()).name
    with tempfile.TemporaryDirectory() as folder:
        attached = Path(folder) / name
        attached.write_bytes(part.get_payload(decode=True) or b"")
        doc = read_raw(attached)
    message = f"Kế hoạch được đọc từ tệp đính kèm '{name}' của thư."
    if others:
        message += f" Thư còn đính kèm {', '.join(others)}: nếu kế hoạch nằm ở tệp đó, hãy lưu tệp ra rồi nhập riêng."
    doc.notices.insert(0, Notice(message))
    return doc


def _html_document(decoded: DecodedText, source: str) -> Document:
    doc = html_to_document(decoded.text, source=source)
    doc.notices[:0] = decoded.notices
    return doc


def _content(part: EmailMessage, html: bool = False) -> DecodedText:
    """A text part's text: in the charset the part names, else as its bytes (and an HTML page's own
    declaration) say."""
    if part.get_content_charset():
        try:
            return DecodedText(part.get_content())
        except (LookupError, ValueError):  # unknown charset or broken transfer encoding
            pass
    data = part.get_payload(decode=True) or b""
    return decode_page(data) if html else decode_bytes(data)
