"""Bytes -> text for plain-text and HTML files: BOMs, UTF-8, UTF-16 and legacy Vietnamese code pages.

Windows-1258 writes most tone marks as combining characters, so every decoded text is NFC-normalised.
What a file's history did to its text is repaired where that is safe, with a notice: stray NUL
bytes, and UTF-8 or Windows-1258 that was once read as Windows-1252 and saved again ("Cáº£i cÃ¡ch", "CaÒi cách").
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ..document import Notice
from ..errors import UnreadableDocument
from .legacy_fonts import from_tcvn3, from_vni, legacy_font
from .vietnamese import vietnamese_score

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # not \v: Word's line break in copied text
_LEGACY_CANDIDATES = ("cp1258", "cp1252")


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


@dataclass
class DecodedText:
    text: str
    notices: list[Notice] = field(default_factory=list)


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode a text file's bytes into NFC text; raise UnreadableDocument if it is not text."""
    encoding = bom_encoding(data)
    if encoding:
        text = _decode_or_fail(data[len(_bom_of(encoding)):], encoding)
    else:
        text = _decode_without_bom(data, declared)
    decoded = DecodedText(unicodedata.normalize("NFC", text))
    _drop_stray_nuls(decoded)
    if looks_binary(decoded.text):
        raise UnreadableDocument("Tệp không phải văn bản (có ký tự nhị phân), không đọc được nội dung.")
    _fix_mojibake(decoded)
    _note_undecodable(decoded)
    return decoded


def looks_binary(text: str) -> bool:
    """Control characters other than tab, newlines and form feed mean the bytes were not text."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


def _stray_nul_limit(length: int) -> int:
    """NULs a text may hold and still be text: padding from a tool, not the zeros of binary data."""
    return max(8, length // 1000)


def _drop_stray_nuls(decoded: DecodedText) -> None:
    count = decoded.text.count("\x00")
    if 0 < count <= _stray_nul_limit(len(decoded.text)):
        decoded.text = decoded.text.replace("\x00", "")
        decoded.notices.append(Notice(f"Tệp có {count} ký tự rỗng (NUL) lẫn trong văn bản; đã bỏ các ký tự này."))


_MOJIBAKE = re.compile("[ÃÄÆ][\u0080-\u00bf]|á[º»]|â€")  # "Cáº£i cÃ¡ch", "Æ°", "â€œ"
# Windows-1258 text once read as Windows-1252: its combining tone marks became letters after a vowel
# ("CaÒi cách", "tiÒnh"), its "ơ", "ư", "đ" became "õ", "ý", "ð"
_CP1258_MOJIBAKE = re.compile("[aeiouyâêôãõýAEIOUYÂÊÔÃÕÝ][ÌìÒÞò]")
_CP1258_MOJIBAKE_LEAST = 3


def _fix_mojibake(decoded: DecodedText) -> None:
    """Text a tool once read in the wrong code page and saved again: undone when that reads as more
    Vietnamese. UTF-8 read as Windows-1252 is undone by ftfy (Windows keeps the bytes that code page
    leaves undefined, so the repair is whole); Windows-1258 read so, by reading its bytes again."""
    if _MOJIBAKE.search(decoded.text):
        import ftfy   # imported on first use: a fifth of the readers' import time, for a rare repair

        _keep_if_better(decoded, ftfy.fix_encoding(decoded.text), "UTF-8", "“Cáº£i cÃ¡ch”")
    elif len(_CP1258_MOJIBAKE.findall(decoded.text)) >= _CP1258_MOJIBAKE_LEAST:
        lines = decoded.text.split("\n")
        _keep_if_better(decoded, "\n".join(map(_as_cp1258, lines)), "Windows-1258", "“CaÒi cách”")


def _as_cp1258(line: str) -> str:
    try:
        return line.encode("cp1252").decode("cp1258")
    except UnicodeError:   # a character no Windows-1252 reading gives: the line was not garbled so
        return line


def _keep_if_better(decoded: DecodedText, fixed: str, original: str, example: str) -> None:
    fixed = unicodedata.normalize("NFC", fixed)
    if vietnamese_score(fixed) > vietnamese_score(decoded.text):
        decoded.text = fixed
        decoded.notices.append(Notice(f"Văn bản bị lỗi bảng mã (chữ {original} từng bị đọc nhầm theo Windows-1252, "
                                      f"như {example}); đã tự động sửa lại, cần kiểm tra lại dấu tiếng Việt."))


def _note_undecodable(decoded: DecodedText) -> None:
    count = decoded.text.count("\ufffd")
    if count:
        index = decoded.text.index("\ufffd")
        start = decoded.text.rfind("\n", 0, index) + 1
        excerpt = decoded.text[start:index + 30].split("\n")[0].strip()[-60:]
        decoded.notices.append(Notice(f"Có {count} ký tự không giải mã được (hiện là “\ufffd”), ví dụ: “{excerpt}”; "
                                      "hãy đối chiếu với văn bản gốc."))


def _bom_of(encoding: str) -> bytes:
    return next(bom for bom, name in _BOMS if name == encoding)


def _decode_or_fail(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise UnreadableDocument("Tệp văn bản bị lỗi mã hóa ký tự, không đọc được.") from None


def _decode_without_bom(data: bytes, declared: str | None) -> str:
    utf16 = utf16_without_bom(data)
    if utf16:
        return _decode_or_fail(data, utf16)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(0) > _stray_nul_limit(len(data)):
        raise UnreadableDocument("Tệp không phải văn bản (có ký tự nhị phân), không đọc được nội dung.")
    # before the declared charset: a UTF-8 page whose template still declares "iso-8859-1" and holds one
    # Latin-1 byte would otherwise be read whole as Latin-1, which decodes any bytes
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _best_legacy_decoding(data)


_STRAY_SHARE = 0.01   # of the non-ASCII characters
_MIN_UTF8_LETTERS = 10


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a "©" pasted from a Latin-1 footer): the bytes become U+FFFD
    rather than the whole page being read in a legacy code page. A legacy file breaks UTF-8 at nearly
    every accented letter."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    letters = sum(not c.isascii() for c in text) - stray
    return text if letters >= _MIN_UTF8_LETTERS and stray <= max(2, _STRAY_SHARE * letters) else None


def utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _best_legacy_decoding(data: bytes) -> str:
    """Among the detector's guesses and the Vietnamese code pages, keep the most Vietnamese-looking text.
    Text typed in a legacy font is kept as its Latin-1 characters: `legacy_fonts.repair_document`
    converts it line by line (capitals typed in an upper-case font among them) and says so."""
    from charset_normalizer import from_bytes   # imported on first use, as ftfy

    candidates = []
    best = from_bytes(data[:200000]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates.extend(_LEGACY_CANDIDATES)
    decoded = []
    for encoding in dict.fromkeys(candidates):
        try:
            decoded.append(unicodedata.normalize("NFC", data.decode(encoding)))
        except (UnicodeDecodeError, LookupError):
            continue
    latin = data.decode("latin-1")
    fonts = [from_tcvn3(latin), from_vni(latin)]
    if not decoded:
        return data.decode("cp1258", errors="replace")
    best_text = max(decoded + fonts, key=vietnamese_score)
    if best_text in fonts and legacy_font(latin.splitlines()):
        return latin
    return best_text
