"""Cutting flattened text into fragments, one per visual cell line."""
from __future__ import annotations

import re

from ...text import fold, nfc
from .model import _Fragment
from .numbers import _number_value



_PAGE_PREFIX = re.compile(r"^[ \t]*\d{1,3}\.[ \t]")
_JUNK_LINE = re.compile(
    r"^\s*(ADSENSE|CÓ THỂ BẠN MUỐN DOWNLOAD|Đồng bộ tài khoản|Download|Vui lòng tải|"
    r"lượt xem|Chia sẻ:|Tài liệu liên quan|\d+=>\d+)", re.IGNORECASE)


def _strip_page_prefix(line: str) -> str:
    return _PAGE_PREFIX.sub("", line, count=1)


def _table_lines(lines: list[str]) -> list[tuple[str, int]]:
    """The table's source lines (page prefixes removed) up to the first scraping junk."""
    kept = []
    for index, line in enumerate(lines):
        text = nfc(line)
        if _JUNK_LINE.match(text.replace("\xa0", " ")) and kept:
            break
        kept.append((_strip_page_prefix(text), index))
    return kept


def _cut_fragments(lines: list[tuple[str, int]]) -> list[_Fragment]:
    """One fragment per visual cell line. Three shapes of scraped text are told apart: words
    joined by no-break spaces (a plain space ends a line), one cell line per text line, and
    runs of two or more spaces ending wrapped lines."""
    texts = [text for text, _ in lines if text.strip()]
    joined = " ".join(texts)
    if joined.count("\xa0") > 50 or joined.count("\xa0") > joined.count(" ") / 2:
        cut = _cut_nbsp
    elif texts and sum(len(t) <= 60 for t in texts) >= 0.8 * len(texts):
        cut = _cut_whole
    else:
        cut = _cut_spaced
    out: list[_Fragment] = []
    for text, index in lines:
        out.extend(cut(text, index + 1))
    return out


def _cut_nbsp(text: str, lineno: int) -> list[_Fragment]:
    pieces = [p for p in re.split(r"[ \t]+", text) if p]
    return [_fragment(p, lineno, wrapped=p.endswith("\xa0") and bool(p.strip("\xa0")), page=lineno)
            for p in pieces]


def _cut_whole(text: str, lineno: int) -> list[_Fragment]:
    """A text line is a cell line; whether it wraps is unknown unless it keeps a trailing space."""
    if not text.strip():
        return []
    return [_fragment(text, lineno, wrapped=True if text != text.rstrip() else None)]


def _cut_spaced(text: str, lineno: int) -> list[_Fragment]:
    """Runs ended by two or more spaces are wrapped lines. Inside a run single spaces hide
    further line ends; only those around a lone row number can be recovered."""
    out = []
    for run in re.findall(r"\S.*?(?: {2,}|\t+|$)", text.strip()):
        pieces = _split_at_numbers(run.split())
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            out.append(_fragment(" ".join(piece), lineno, wrapped=(run != run.rstrip()) if last else False,
                                 page=lineno))
    return out


def _split_at_numbers(words: list[str]) -> list[list[str]]:
    pieces: list[list[str]] = [[]]
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        before = fold(words[k - 1]) if k else ""
        lone = _number_value(word) is not None and before not in ("so", "quy", "do", "thang", "nam", "doan") \
            and fold(after) not in ("thang", "nam", "ngay", "lan", "%", "co", "don", "nguoi", "xa")
        if lone or (k == 1 and fold(words[0]) in ("stt", "tt")) or _starts_cell(words, k):
            if pieces[-1]:
                pieces.append([])
        pieces[-1].append(word)
        if lone and after:
            pieces.append([])
    return [p for p in pieces if p]


_CELL_HEADS = re.compile(r"^(?:Sở|UBND|Văn phòng|Các sở|Các cơ quan|Trung tâm|Đài|Báo|Bưu điện|Công an|"
                         r"Trong năm|Thường xuyên|Quý|Tháng|Hàng|Định kỳ|Khi có)\b")
_CONNECTORS = {"va", "cac", "cua", "theo", "voi", "tai", "den", "cho", "ve", "duoc", "trong", "thuoc", "la"}


def _starts_cell(words: list[str], k: int) -> bool:
    """Does words[k] likely begin another cell's line (agency or deadline head, not inside a
    phrase)? Also: a year or quarter standing first ends its own deadline line."""
    if k == 0:
        return False
    before = words[k - 1]
    if k == 1 and re.fullmatch(r"(?:[IV]+/)?\d{4}\.?", before):
        return True
    return bool(_CELL_HEADS.match(" ".join(words[k:k + 2]))) and not before.endswith((",", ";")) \
        and fold(before) not in _CONNECTORS


def _fragment(piece: str, lineno: int, wrapped: bool | None, page: int = 0) -> _Fragment:
    """A cleaned fragment; in scraped text every long source line is one PDF page."""
    text = re.sub(r"\s+", " ", piece.replace("\xa0", " ")).strip()
    return _Fragment(text=text, wrapped=wrapped if text else False, lineno=lineno, page=page)


