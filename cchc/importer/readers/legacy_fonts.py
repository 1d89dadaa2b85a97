"""Text typed with pre-Unicode Vietnamese fonts: TCVN3 (ABC: .VnTime, .VnArial) and VNI (VNI-Times).

Documents from before about 2013 often use them: the file stores Latin-1 characters that only
the font draws as Vietnamese letters ("KÕ ho¹ch" in TCVN3, "Keá hoaïch" in VNI, both "Kế hoạch").
Whatever the container (.doc, .docx, HTML, PDF, text), the characters come out the same. Word names
the font of every run, so the Word reader converts exactly the runs typed in such a font (`as_drawn`),
whatever the rest of the document is typed in. Elsewhere the decision is made on the text of the whole
document (`repair_document`): it is converted when the result reads as clearly more Vietnamese than before.
"""
from __future__ import annotations

import re
import unicodedata

from ..document import Document, Line, Notice, Table
from .vietnamese import vietnamese_score

# TCVN3 character -> Unicode letter (lower-case letters and the seven upper-case base letters).
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3_TO_UNICODE = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")}
_TCVN3_TABLE = str.maketrans(TCVN3_TO_UNICODE)

# VNI writes a vowel followed by a mark character; a few letters are single characters.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT, _CIRCUMFLEX, _BREVE = (
    "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306")
_VNI_MARKS = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT, "â": _CIRCUMFLEX, "ê": _BREVE,
    "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE,
    "ä": _CIRCUMFLEX + _DOT, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_MARKS |= {mark.upper(): value for mark, value in _VNI_MARKS.items()}
_VNI_LETTERS = {"ñ": "đ", "ó": "ĩ", "æ": "ỉ", "ò": "ị", "ô": "ơ", "ö": "ư", "î": "ỵ"}
_VNI_LETTERS |= {letter.upper(): value.upper() for letter, value in _VNI_LETTERS.items()}
# a vowel and its marks, or a single-character letter; one pass, so that a composed "ô" stays "ô"
_VNI_SEQUENCE = re.compile(f"([aeiouyAEIOUYôöÔÖ])([{''.join(_VNI_MARKS)}])|([{''.join(_VNI_LETTERS)}])")
_VNI_SIGNS = set(_VNI_MARKS) | set(_VNI_LETTERS)

_MIN_GAIN = 0.08  # the converted document must read this much more Vietnamese (score per letter)
_MIN_SCORE = 0.1  # ... and read as Vietnamese at all (about a fifth of Vietnamese letters carry marks)
_LEGACY_SHARE = 0.6  # share of the document's accented text that must be legacy-font candidates
_NOTICE = ("Văn bản dùng phông chữ {name} cũ; nội dung đã được chuyển sang Unicode, "
           "cần kiểm tra lại dấu tiếng Việt.")


# TCVN3's fonts that draw every letter as a capital (.VnTimeH, .VnArialH): it has no codes for capitals with
# tone marks, so "KẾ HOẠCH" is typed with the codes of "kế hoạch" in one of them
_CAPITALS_FONT = re.compile(r"^\.Vn.*H$")
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def is_capitals_font(name: str | None) -> bool:
    return bool(name and _CAPITALS_FONT.match(name))


def drawn_in_capitals(text: str) -> str:
    """What a capitals font shows of typed text: its plain letters as capitals; the letters with marks stay
    codes of lower-case letters, which the conversion then writes as capitals (see `as_drawn`)."""
    return text.translate(_ASCII_UPPER)


_TCVN3_FONT = re.compile(r"^\.Vn", re.IGNORECASE)    # .VnTime, .VnArialH, .VnCentury Schoolbook ...
_VNI_FONT = re.compile(r"^VNI[- ]", re.IGNORECASE)   # VNI-Times, VNI-Helve ...
TCVN3, VNI = "TCVN3 (ABC)", "VNI"


def font_encoding(font: str | None) -> str | None:
    """TCVN3 or VNI for a font of a pre-Unicode encoding, by its name; else None."""
    if font and _TCVN3_FONT.match(font):
        return TCVN3
    if font and _VNI_FONT.match(font):
        return VNI
    return None


def as_drawn(text: str, font: str) -> str:
    """The letters a pre-Unicode `font` draws for `text`, in Unicode. Letters beyond Latin-1 were typed in
    Unicode, which Word draws with another font: such text keeps them as they are."""
    capitals = is_capitals_font(font)
    if capitals:
        text = drawn_in_capitals(text)
    if _has_unicode_letters(text):
        return text
    if font_encoding(font) == VNI:
        return from_vni(text)
    converted = text.translate(_TCVN3_TABLE)
    return converted.upper() if capitals else converted


def legacy_notice(encoding: str) -> Notice:
    return Notice(_NOTICE.format(name=encoding))


def from_tcvn3(text: str) -> str:
    converted = text.translate(_TCVN3_TABLE)
    return converted.upper() if _typed_in_capitals(text) else converted


def _typed_in_capitals(text: str) -> bool:
    """A line typed in a capitals font: its plain letters are all capitals, and a word with a letter code
    shows a capital after its first letter ("HO¹CH", "NH©N"). "Sè: 05/KH-UBND" is "Số", not "SỐ": its
    one word with a code has a capital only in front, and "KH-UBND" is an abbreviation in any font."""
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    coded = [word for word in text.split() if any(c in TCVN3_TO_UNICODE for c in word)]
    return not coded or any(c.isascii() and c.isupper() for word in coded for c in word[1:])


def from_vni(text: str) -> str:
    def compose(match: re.Match) -> str:
        if match.group(3):
            return _VNI_LETTERS[match.group(3)]
        base = _VNI_LETTERS.get(match.group(1), match.group(1))
        return unicodedata.normalize("NFC", base + _VNI_MARKS[match.group(2)])

    return _VNI_SEQUENCE.sub(compose, text)


_CONVERTERS = ((TCVN3, from_tcvn3, set(TCVN3_TO_UNICODE)), (VNI, from_vni, _VNI_SIGNS))


def could_be_legacy(text: str, signs: set[str]) -> bool:
    """Legacy text is all Latin-1; Unicode Vietnamese has letters beyond it (ư, ạ, đ, ...)."""
    return any(c in signs for c in text) and not _has_unicode_letters(text)


def _has_unicode_letters(text: str) -> bool:
    return any(c.isalpha() and ord(c) > 0xFF for c in text)


def legacy_font(texts: list[str]):
    """(name, converter, signs) of the legacy font the texts are typed in, or None. Decided on
    the whole document: a few odd symbols (OCR noise, "§", "«") are not enough, and a Unicode
    document whose short lines happen to be Latin-1 only ("khác", "Công báo") is not legacy."""
    unicode_text = sum(len(t) for t in texts if _has_unicode_letters(t))
    best, best_gain = None, _MIN_GAIN
    for name, convert, signs in _CONVERTERS:
        before = "\n".join(t for t in texts if could_be_legacy(t, signs))
        if not before or len(before) < _LEGACY_SHARE * (len(before) + unicode_text):
            continue
        after = vietnamese_score(convert(before))
        gain = after - vietnamese_score(before)
        if gain >= best_gain and after >= _MIN_SCORE:
            best, best_gain = (name, convert, signs), gain
    return best


def repair(text: str) -> str:
    """`text` converted when it reads as legacy-font text on its own, else unchanged."""
    found = legacy_font([text])
    return found[1](text) if found else text


def repair_document(doc: Document) -> Document:
    """Convert a legacy-font document's lines and cells to Unicode, with a notice."""
    found = legacy_font(list(_texts(doc)))
    if found is None:
        return doc
    name, convert, signs = found

    def fix(text: str) -> str:
        if not could_be_legacy(text, signs):
            return text
        converted = convert(text)
        return converted if vietnamese_score(converted) >= vietnamese_score(text) else text

    for block in doc.blocks:
        if isinstance(block, Line):
            block.text = fix(block.text)
        elif isinstance(block, Table):
            block.rows = [[fix(cell) for cell in row] for row in block.rows]
    if legacy_notice(name) not in doc.notices:   # the Word reader converts runs it knows the font of
        doc.notices.append(legacy_notice(name))
    return doc


def _texts(doc: Document):
    for block in doc.blocks:
        if isinstance(block, Line):
            yield block.text
        else:
            yield from (cell for row in block.rows for cell in row)
