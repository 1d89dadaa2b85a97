"""Text typed with the pre-Unicode Vietnamese fonts of TCVN3 (ABC: .VnTime, .VnArial, ...).

Documents from before about 2013 often use them: the file stores Latin-1 characters that only
the font draws as Vietnamese letters ("KÕ ho¹ch" is "Kế hoạch"). Whatever the container (.doc,
.docx, HTML, PDF, text), the characters come out the same, so lines are repaired on their text:
a line holding symbols that Unicode Vietnamese never uses is converted if the result reads as
more Vietnamese than before.
"""
from __future__ import annotations

from ..document import Document, Line, Notice, Table
from .vietnamese import vietnamese_score

# TCVN3 character -> Unicode letter (lower-case letters and the seven upper-case base letters).
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3_TO_UNICODE = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")}
_TABLE = str.maketrans(TCVN3_TO_UNICODE)
_MIN_GAIN = 0.08  # the converted document must read this much more Vietnamese (score per letter)
_MIN_SCORE = 0.1  # ... and read as Vietnamese at all (about a fifth of Vietnamese letters carry marks)
NOTICE = ("Văn bản dùng phông chữ TCVN3 (ABC) cũ; nội dung đã được chuyển sang Unicode, "
          "cần kiểm tra lại dấu tiếng Việt.")


def from_tcvn3(text: str) -> str:
    converted = text.translate(_TABLE)
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return converted.upper()  # typed in an upper-case font (.VnTimeH): lower-case codes, capitals drawn
    return converted


def could_be_tcvn3(text: str) -> bool:
    """TCVN3 text is all Latin-1; Unicode Vietnamese has letters beyond it (ư, ạ, đ, ...)."""
    return any(c in TCVN3_TO_UNICODE for c in text) and not any(c.isalpha() and ord(c) > 0xFF for c in text)


def is_tcvn3(texts: list[str]) -> bool:
    """Decided on the whole document: a few odd symbols (OCR noise, "§", "«") are not enough."""
    before = "\n".join(t for t in texts if could_be_tcvn3(t))
    if not before:
        return False
    after = from_tcvn3(before)
    gain = vietnamese_score(after) - vietnamese_score(before)
    return gain >= _MIN_GAIN and vietnamese_score(after) >= _MIN_SCORE


def repair(text: str) -> str:
    """`text` converted from TCVN3 when it reads as TCVN3 on its own, else unchanged."""
    return from_tcvn3(text) if could_be_tcvn3(text) and is_tcvn3([text]) else text


def repair_document(doc: Document) -> Document:
    """Convert a TCVN3 document's lines and cells to Unicode, with a notice."""
    if not is_tcvn3(list(_texts(doc))):
        return doc
    for block in doc.blocks:
        if isinstance(block, Line):
            block.text = _convert(block.text)
        elif isinstance(block, Table):
            block.rows = [[_convert(cell) for cell in row] for row in block.rows]
    doc.notices.append(Notice(NOTICE))
    return doc


def _texts(doc: Document):
    for block in doc.blocks:
        if isinstance(block, Line):
            yield block.text
        else:
            yield from (cell for row in block.rows for cell in row)


def _convert(text: str) -> str:
    if not could_be_tcvn3(text):
        return text
    converted = from_tcvn3(text)
    return converted if vietnamese_score(converted) >= vietnamese_score(text) else text
