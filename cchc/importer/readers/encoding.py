"""Bytes -> text for plain-text and HTML files: BOMs, UTF-8, UTF-16 and legacy Vietnamese code pages.

Windows-1258 writes most tone marks as combining characters, so every decoded text is NFC-normalised.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import UnreadableDocument
from .legacy_fonts import from_tcvn3, from_vni
from .vietnamese import vietnamese_score

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LEGACY_CANDIDATES = ("cp1258", "cp1252")


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode a text file's bytes into NFC text; raise UnreadableDocument if it is not text."""
    encoding = bom_encoding(data)
    if encoding:
        text = _decode_or_fail(data[len(_bom_of(encoding)):], encoding)
    else:
        text = _decode_without_bom(data, declared)
    text = unicodedata.normalize("NFC", text)
    if looks_binary(text):
        raise UnreadableDocument("Tệp không phải văn bản (có ký tự nhị phân), không đọc được nội dung.")
    return text


def looks_binary(text: str) -> bool:
    """Control characters other than tab, newlines and form feed mean the bytes were not text."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


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
    for encoding in ("utf-8", declared):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    if b"\x00" in data:
        raise UnreadableDocument("Tệp không phải văn bản (có ký tự nhị phân), không đọc được nội dung.")
    return _mostly_utf8(data) or _best_legacy_decoding(data)


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
    """Among the detector's guesses and the Vietnamese code pages, keep the most Vietnamese-looking text."""
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
    decoded += [from_tcvn3(latin), from_vni(latin)]  # pre-Unicode font encodings (legacy_fonts.py)
    if not decoded:
        return data.decode("cp1258", errors="replace")
    return max(decoded, key=vietnamese_score)
