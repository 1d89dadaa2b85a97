"""Web archives (.mht, Word's "single file web page", often published with a .doc name):
the HTML part is read like a web page."""
from __future__ import annotations

import email
from email import policy
from pathlib import Path

from ..document import Document
from ..errors import UnreadableDocument
from .encoding import DecodedText
from .html import decode_page, html_to_document


def read_mht(path: Path) -> Document:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            decoded = _markup(part)
            doc = html_to_document(decoded.text, source=path.name)
            doc.notices[:0] = decoded.notices
            return doc
    raise UnreadableDocument("Tệp lưu trữ trang web (.mht) không có phần nội dung HTML.")


def _markup(part) -> DecodedText:
    """The HTML part's text: in the charset the part names, else in the one its page declares."""
    if part.get_content_charset():
        try:
            return DecodedText(part.get_content())
        except (LookupError, ValueError):  # unknown charset or broken transfer encoding
            pass
    return decode_page(part.get_payload(decode=True) or b"")
