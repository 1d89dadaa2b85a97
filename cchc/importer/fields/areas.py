"""Reform areas: section headings and target sentences -> canonical area codes (SCHEMA.md).

`area_code` reads a section heading as written: with or without numbering ("III.", "3.", "A.", "PHẦN II"),
upper or lower case, with or without diacritics, including the 2021-2030 programme names ("Cải cách chế
độ công vụ", "Xây dựng và phát triển Chính quyền điện tử, chính quyền số"), short forms ("CẢI CÁCH TTHC",
"ĐỘI NGŨ CB,CCVC", "VĂN BẢN QPPL") and OCR damage (fuzzy match as a last resort). When a heading names
several areas the first one named wins ("Cải cách thủ tục hành chính và thực hiện cơ chế một cửa" is TTHC).
`guess_area` classifies a target sentence by keywords, most specific first (one-stop targets go to "mot_cua"
when the document has such a section).
`is_area_heading` tells whether a line is such a heading rather than a task.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from rapidfuzz import fuzz, process

from ..text import clean, fold_words

_OCR_CONFUSIONS = str.maketrans("l10", "iio")  # made equal on both sides of a comparison: "HlEN DAl" = "HIEN DAI"
_OCR_Q = re.compile(r"q(?!u)")   # a Q outside "qu" is an O with a dot below: "BQ MAY" = "BỘ MÁY"


def _ocr_key(text: str) -> str:
    return _OCR_Q.sub("o", text.translate(_OCR_CONFUSIONS))


_NUMBERING = re.compile(r"^\s*(?:phan|muc|chuong|linh vuc)?\s*(?:[ivxlc]+|\d+|[a-z])(?:\s*[.)/:-]\s*|\s+)(?=\S)")
# Heading phrases per area: (folded phrase, area). Order inside a heading decides, not list order.
_HEADING_PHRASES = (
    ("chi dao", "chi_dao_dieu_hanh"), ("dieu hanh", "chi_dao_dieu_hanh"),
    ("tuyen truyen", "chi_dao_dieu_hanh"),
    ("the che", "the_che"), ("qppl", "the_che"), ("quy pham phap luat", "the_che"),
    ("thu tuc hanh chinh", "thu_tuc_hanh_chinh"), ("tthc", "thu_tuc_hanh_chinh"),
    ("mot cua", "mot_cua"), ("bo may", "to_chuc_bo_may"),
    ("phan cap", "to_chuc_bo_may"), ("phan quyen", "to_chuc_bo_may"), ("uy quyen", "to_chuc_bo_may"),
    # the two-level local government of 2025: the apparatus reorganised
    ("chinh quyen dia phuong 2 cap", "to_chuc_bo_may"), ("chinh quyen dia phuong hai cap", "to_chuc_bo_may"),
    ("chinh quyen 2 cap", "to_chuc_bo_may"), ("chinh quyen hai cap", "to_chuc_bo_may"),
    ("che do cong vu", "cong_vu"), ("cong vu", "cong_vu"), ("doi ngu", "cong_vu"), ("cbccvc", "cong_vu"),
    ("can bo cong chuc", "cong_vu"), ("cb ccvc", "cong_vu"),
    ("tai chinh cong", "tai_chinh_cong"), ("tai chinh", "tai_chinh_cong"),
    ("hien dai hoa", "hien_dai_hoa"), ("chinh quyen dien tu", "hien_dai_hoa"), ("chinh quyen so", "hien_dai_hoa"),
    ("chinh phu dien tu", "hien_dai_hoa"), ("chinh phu so", "hien_dai_hoa"), ("chuyen doi so", "hien_dai_hoa"),
    ("cong nghe thong tin", "hien_dai_hoa"), ("cntt", "hien_dai_hoa"), ("iso", "hien_dai_hoa"),
    ("ha tang ky thuat", "hien_dai_hoa"), ("ha tang so", "hien_dai_hoa"), ("an toan thong tin", "hien_dai_hoa"),
    ("co so du lieu", "hien_dai_hoa"), ("du lieu so", "hien_dai_hoa"),
    ("quan tri dien tu", "hien_dai_hoa"),   # PAPI's e-governance dimension
    # Đề án 06 (population data, electronic identity) and Nghị quyết 57-NQ/TW (science, technology,
    # innovation, digital transformation): the digital-government tasks of 2022-2026 plans
    # (science and technology alone is not: "Khoa học, công nghệ và hợp tác quốc tế" of a sector plan)
    ("de an 06", "hien_dai_hoa"), ("57 nq tw", "hien_dai_hoa"), ("doi moi sang tao", "hien_dai_hoa"),
    # the reform's own index, checked and scored: steering work, as `_SENTENCE_RULES` has it
    ("chi so cchc", "chi_dao_dieu_hanh"), ("chi so cai cach hanh chinh", "chi_dao_dieu_hanh"),
    ("par index", "chi_dao_dieu_hanh"),
)
# the heading phrases with a number of their own ("2 cấp", "57-NQ/TW"): no task's date or count
_NUMBERED_PHRASES = re.compile("|".join(rf"\b{phrase}\b" for phrase, _ in _HEADING_PHRASES if re.search(r"\d", phrase)))
# the document a heading's work follows, after it: "... theo Nghị quyết số 57-NQ/TW" (folded)
_REFERENCE = re.compile(r"\s+theo (?:nghi quyet|quyet dinh|chi thi|ke hoach|de an|chuong trinh) so \S+(?: \S+){0,3}$")
_OCR_HEADING_PHRASES = tuple((_ocr_key(phrase), area) for phrase, area in _HEADING_PHRASES)
_FUZZY_HEADINGS = (
    ("cong tac chi dao dieu hanh", "chi_dao_dieu_hanh"), ("cai cach the che", "the_che"),
    ("cai cach thu tuc hanh chinh", "thu_tuc_hanh_chinh"), ("cai cach to chuc bo may", "to_chuc_bo_may"),
    ("cai cach che do cong vu", "cong_vu"), ("nang cao chat luong doi ngu can bo cong chuc", "cong_vu"),
    ("cai cach tai chinh cong", "tai_chinh_cong"), ("hien dai hoa hanh chinh", "hien_dai_hoa"),
    ("xay dung chinh quyen dien tu", "hien_dai_hoa"), ("co che mot cua mot cua lien thong", "mot_cua"),
)
_FUZZY_WORD = 75  # rapidfuzz ratio for one word: "chlnh" is "chinh", "tai" is not "hanh"
_HEADING_STARTS = ("cai cach", "cong tac", "xay dung", "hien dai hoa", "thuc hien co che", "nang cao chat luong",
                   "doi moi", "phat trien chinh quyen", "chinh quyen dien tu", "to chuc bo may", "tai chinh cong",
                   "co che mot cua", "chuyen doi so", "the che", "kiem soat thu tuc", "dao tao", "kien toan",
                   "day manh cai cach", "tiep tuc cai cach", "hoan thien the che", "sap xep", "tinh gian",
                   "linh vuc",   # "Lĩnh vực cải cách thủ tục hành chính", as PAR Index plans name them
                   "van hanh chinh quyen", "phat trien khoa hoc")   # 2025-2026: two-level government, NQ 57
# Target-sentence keywords, most specific rule first: the first rule with a hit wins.
_SENTENCE_RULES = (
    ("hien_dai_hoa", r"truc tuyen muc do|muc do [1-4]\b|thu (?:dien tu )?cong vu|hop thu|chu ky so|phan mem"
                     r"|\biso\b|\bcntt\b|cong nghe thong tin|van phong dien tu|mang dien tu|giao ban truc tuyen"
                     r"|website|dang dien tu|he thong quan ly chat luong|chinh (?:quyen|phu) (?:dien tu|so)"
                     r"|chuyen doi so|dich vu cong truc tuyen|truc tuyen toan trinh|cung cap truc tuyen|so hoa"
                     r"|ho so cong viec"   # an office's work files handled online, not TTHC dossiers
                     r"|cong dich vu cong"),
    # checking or reviewing the reform's own work, wherever it is done: "Kiểm tra công tác CCHC tại các cơ quan
    # chuyên môn" is steering work, not bộ máy
    ("chi_dao_dieu_hanh", r"pho bien|quan triet|tuyen truyen|chi dao dieu hanh|cong tac chi dao"
                          r"|(?:kiem tra|danh gia|so ket|tong ket)(?: cong tac| ket qua(?: thuc hien)?)? "
                          r"(?:cchc|cai cach hanh chinh)\b"),
    ("tai_chinh_cong", r"tu chu|tu bao dam|tai chinh|ngan sach|kiem toan|kinh phi|khoan chi"),
    ("thu_tuc_hanh_chinh", r"\btthc\b|\bthu tuc\b|mot cua|tiep nhan va tra ket qua|dich vu cong"
                           r"|\bho so\b|phan anh,? kien nghi|phuc vu hanh chinh cong"),
    ("the_che", r"\bqppl\b|quy pham phap luat|the che|thi hanh phap luat|van ban phap luat"),
    ("to_chuc_bo_may", r"bo may|bien che|to chuc va hoat dong|chuc nang nhiem vu|phan cap|sap xep"
                       r"|co quan chuyen mon|don vi su nghiep"),
    ("cong_vu", r"\bcbcc|can bo cong chuc|cong chuc|vien chuc|dao tao|boi duong|vi tri viec lam|cong vu"),
    # "được ký số"; trade online is no work of the administration: "sàn thương mại điện tử"
    ("hien_dai_hoa", r"(?<!thuong mai )dien tu|truc tuyen|\bky so\b|(?:qua|tren|moi truong) mang\b"
                     r"|he thong thong tin(?! co so)"),   # not the loudspeakers of the communes
    # what is about the reform as a whole (its plan, checks, reports, index, steering board) is steering work
    ("chi_dao_dieu_hanh", r"\bcchc\b|cai cach hanh chinh|\bpar index\b|ban chi dao|che do bao cao"),
)
_ONE_STOP = r"mot cua|tiep nhan va tra ket qua"


def _heading_words(heading: str) -> str:
    words = fold_words(clean(heading))
    return _NUMBERING.sub("", words, count=1) if len(words.split()) > 1 else words


def area_code(heading: str) -> str:
    """Canonical area code of a section heading; "other" when it names no reform area."""
    words = f" {_ocr_key(_heading_words(heading))} "
    hits = [(words.find(f" {phrase} "), area) for phrase, area in _OCR_HEADING_PHRASES if f" {phrase} " in words]
    if hits:
        return min(hits)[1]
    return _fuzzy_area(words.strip()) or "other"


def _fuzzy_area(words: str) -> str | None:
    """The heading OCR-damaged text spells ("CAI CACH THU TUC HANH CHlNH"): every word of the heading
    phrase must have a look-alike in the text, so "Cải cách hành chính" is no "Cải cách tài chính công"."""
    heading = words.split()
    if not heading:
        return None
    best = (0.0, None)
    for phrase, area in _FUZZY_HEADINGS:
        similarity = [process.extractOne(word, heading, scorer=fuzz.ratio)[1] for word in _ocr_key(phrase).split()]
        if min(similarity) >= _FUZZY_WORD and sum(similarity) / len(similarity) > best[0]:
            best = (sum(similarity) / len(similarity), area)
    return best[1]



def guess_area(text: str, sections: Collection[str] = ()) -> str | None:
    """The reform area a target sentence is about, or None when no keyword says it.

    `sections`: area codes of the document's own sections, if known; a document with its own "một cửa"
    section files one-stop targets there rather than under TTHC."""
    words = fold_words(clean(text))
    for area, pattern in _SENTENCE_RULES:
        if re.search(pattern, words):
            if area == "thu_tuc_hanh_chinh" and "mot_cua" in sections and re.search(_ONE_STOP, words):
                return "mot_cua"
            return area
    return None


def is_area_heading(text: str) -> bool:
    """A short line that names a reform area the way section headings do (not a task sentence)."""
    words = _REFERENCE.sub("", _heading_words(text))
    if not words or len(words.split()) > 20 or re.search(r"\d", _NUMBERED_PHRASES.sub(" ", words)):
        return False
    if not words.startswith(_HEADING_STARTS) and not clean(text).isupper():
        return False
    return area_code(text) != "other"


_LABEL_WORDS = 12   # a run-in label is a heading's length, not a clause
_SHORT_LABEL = 4    # "Chính quyền số", "Về TTHC": short enough to be a label unless it names what is measured
_INDICATOR = re.compile(r"(?:ty le|chi so|muc do|so luong)\b")


def area_label(text: str) -> tuple[str | None, str]:
    """(area, rest) for a sentence that opens with a run-in label naming a reform area ("Về cải cách tổ
    chức bộ máy: Hằng năm, 100% ..." -> ("to_chuc_bo_may", "Hằng năm, 100% ...")); (None, text) otherwise.
    An indicator before a colon ("Tỷ lệ hồ sơ ...: đạt 80%") is no label."""
    label, colon, rest = text.partition(":")
    words = fold_words(clean(label))
    if not colon or not rest.strip() or not words or len(words.split()) > _LABEL_WORDS or re.search(r"\d", words):
        return None, text
    plain = words.removeprefix("ve ")
    if plain == words and not is_area_heading(label) and (len(words.split()) > _SHORT_LABEL or _INDICATOR.match(words)):
        return None, text
    area = area_code(plain)
    return (area, rest.strip()) if area != "other" else (None, text)
