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
# Characters TCVN3 text is full of and Unicode Vietnamese prose does not contain ("§" and "«"
# are left out: legal texts use them as such).
_MARKERS = set("µ¸¶·¹¨»¾¼½©ª¬\u00ad¡¢£¤¥¦")
NOTICE = ("Văn bản dùng phông chữ TCVN3 (ABC) cũ; nội dung đã được chuyển sang Unicode, "
          "cần kiểm tra lại dấu tiếng Việt.")


def from_tcvn3(text: str) -> str:
    converted = text.translate(_TABLE)
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return converted.upper()  # typed in an upper-case font (.VnTimeH): lower-case codes, capitals drawn
    return converted


def repair(text: str, require_markers: bool = True) -> str:
    """`text` converted from TCVN3 when it is TCVN3, else unchanged. Short texts such as
    "Së Néi vô" (Sở Nội vụ) carry no marker: they are converted with `require_markers=False`
    once the document is known to use TCVN3."""
    signs = _MARKERS if require_markers else TCVN3_TO_UNICODE
    if not any(c in signs for c in text) or any(c.isalpha() and ord(c) > 0xFF for c in text):
        return text  # no TCVN3 signs, or already Unicode Vietnamese (TCVN3 is all Latin-1)
    converted = from_tcvn3(text)
    return converted if vietnamese_score(converted) > vietnamese_score(text) else text


def repair_document(doc: Document) -> Document:
    """Convert every TCVN3 line and cell; add a notice when anything was converted."""
    if _repair_blocks(doc, require_markers=True):
        _repair_blocks(doc, require_markers=False)
        doc.notices.append(Notice(NOTICE))
    return doc


def _repair_blocks(doc: Document, require_markers: bool) -> bool:
    changed = False
    for block in doc.blocks:
        if isinstance(block, Line):
            fixed = repair(block.text, require_markers)
            changed |= fixed != block.text
            block.text = fixed
        elif isinstance(block, Table):
            for row in block.rows:
                for j, cell in enumerate(row):
                    fixed = repair(cell, require_markers)
                    changed |= fixed != cell
                    row[j] = fixed
    return changed
