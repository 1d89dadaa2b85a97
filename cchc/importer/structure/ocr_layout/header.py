"""The repeated table header: recognising its lines, where the table starts and ends, the column order."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Line
from ...fields.areas import area_code
from .folding import fold_words
from .model import BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE
from .tokens import is_junk


# Folded patterns for each column's header, loose enough for OCR damage ("Đơn vị chỉ trì",
# "hợp/thực hiện" without its "phối").
_HEADER_PATTERNS: list[tuple[str, re.Pattern]] = [
    (COORDINATING, re.compile(r"phoi hop|\bhop\s*/\s*th|co quan phoi|don vi phoi|^don vi ph\w*$")),
    (LEAD, re.compile(r"chu tri|chi tri|chiu tri|chiu trach nhiem|co quan thuc hien|don vi thuc hien")),
    (OUTPUTS, re.compile(r"san p\w*m|dau ra|ket qua san pham")),
    (DEADLINE, re.compile(r"thoi gian|thoi han|tien do|hoan thanh")),
    (BUDGET, re.compile(r"kinh phi|du toan")),
    (NOTES, re.compile(r"ghi chu")),
    (TITLE, re.compile(r"noi dung|\bnhiem vu\b|cong viec|ten de an")),
    (NUMBER, re.compile(r"^(s?tt|so tt)\b|\bstt\b|^tt\b")),
]
_HEADER_SYLLABLES = set(
    "tt stt noi dung thuc hien don vi chu tri chi phoi hop san pham dau ra thoi gian hoan thanh co quan "
    "kinh phi ghi nhiem vu cong viec ket qua tien do han trach nhiem so thu tu phai".split())
_NUMBERING_ROW = re.compile(r"^\(?1\)?(\s+\(?\d\)?){2,}$")


@lru_cache(maxsize=1 << 14)
def header_roles(text: str) -> tuple[tuple[int, str], ...]:
    """(position, column) of each header phrase in a line, in the line's order."""
    folded = fold_words(text.replace("/", " / "))
    folded = folded.replace(" / ", "/")
    found = []
    for role, pattern in _HEADER_PATTERNS:
        m = pattern.search(folded)
        if m:
            found.append((m.start(), role))
    return tuple(sorted(found))


@lru_cache(maxsize=1 << 14)
def is_header_line(text: str) -> bool:
    """A line made of table header words (repeated on every page), or the "1 2 3 4" row under it."""
    stripped = text.strip()
    if _NUMBERING_ROW.match(stripped):
        return True
    kept = " ".join(t for t in stripped.split() if not is_junk(t))
    if kept.count("(") != kept.count(")") or re.search(r"[;.,]$", kept):
        return False  # the end of a sentence or of a parenthesis is cell text
    words = fold_words(kept).split()
    if not words or not header_roles(stripped) or _goes_on_a_sentence(kept):
        return False
    known = sum(w in _HEADER_SYLLABLES for w in words)
    if known >= max(2, 0.7 * len(words)) or (len(words) <= 4 and known >= len(words) / 2):
        return True
    # a garbled copy of the whole header: several column names on one short line
    roles = len(header_roles(stripped))
    return len(words) <= 20 and roles >= 3 and known >= (0.5 if len(words) <= 12 else 0.6) * len(words)


# Words a line of cell text goes on with but no header cell opens with ("với các nhiệm vụ").
_SENTENCE_WORDS = frozenset("với của cho về theo để được trong tại đối".split())


def _goes_on_a_sentence(text: str) -> bool:
    first = text.split(None, 1)[0]
    return first[:1].islower() and first in _SENTENCE_WORDS


def find_header(lines: list[Line]) -> int | None:
    """Index of the first line of a table header: three or more column names within a few header lines."""
    for i, line in enumerate(lines):
        if not is_header_line(line.text):
            continue
        window = [ln.text for ln in lines[i:i + 8] if ln.text.strip()][:6]
        roles = {r for text in window if is_header_line(text) for _, r in header_roles(text)}
        if len(roles) >= 3 and ({LEAD, COORDINATING} & roles) and ({TITLE, DEADLINE, OUTPUTS} & roles):
            return i
    return None


# the addressees, the signature, the next appendix, and a portal page's own links under the document
_TABLE_END = re.compile(r"^(noi nhan|tm|kt|phu luc|facebook|in bai viet|tin noi bat|tin lien quan|tin khac|"
                        r"y kien ban doc|ban quyen thuoc)\b")


def table_end(lines: list[Line], start: int) -> int:
    """Where the table stops: the addressees, the signature block or the next appendix."""
    return next((i for i in range(start + 1, len(lines)) if ends_table(lines[i].text)), len(lines))


def ends_table(text: str) -> bool:
    """A line that no table of tasks goes on past: "Nơi nhận", "TM. ỦY BAN NHÂN DÂN", "PHỤ LỤC II", "Tin liên
    quan"."""
    return bool(_TABLE_END.match(fold_words(text)))


_APPENDIX = re.compile(r"^phu luc\b")
_AREA_HEADING = re.compile(r"^[\W_]*[IVXLl1]{1,4}[\W_]*\s+\S")   # OCR reads "I" as "1", "l", "|1___|"
_ROW = re.compile(r"^\s*\d{1,2}[.)]?\s+\S")
_ROWS_BELOW = 3   # lines under an area heading where its first row starts


def headless_start(lines: list[Line]) -> int | None:
    """Where a table whose header OCR lost starts: the appendix's first reform-area heading ("I | CÔNG TÁC
    CHỈ ĐẠO, ĐIỀU HÀNH") with a numbered row right under it."""
    appendix = next((i for i, line in enumerate(lines) if _APPENDIX.match(fold_words(line.text))), None)
    if appendix is None:
        return None
    for i in range(appendix + 1, len(lines)):
        text = lines[i].text
        if ends_table(text):
            return None
        if _AREA_HEADING.match(text) and area_code(text) != "other" and \
                any(_ROW.match(line.text) for line in lines[i + 1:i + 1 + _ROWS_BELOW]):
            return i
    return None


def column_order(lines: list[Line]) -> list[str]:
    """Columns left to right: from the header line naming the most, the others in standard order; the
    genre's usual order where OCR lost the header.

    Every page repeats the header, so all header lines of the table are read: OCR garbles each
    copy differently.
    """
    headers = [ln.text for ln in lines if is_header_line(ln.text)]
    if not headers:
        return [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]
    best: list[str] = []
    seen: set[str] = set()
    for text in headers:
        roles = [r for _, r in header_roles(text) if r != NUMBER]
        seen.update(roles)
        if len(roles) > len(best):
            best = roles
    order = list(dict.fromkeys(best))
    for role in [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE, BUDGET, NOTES]:
        if role in seen and role not in order:
            position = next((i for i, r in enumerate(order) if _DEFAULT_RANK.get(r, 9) > _DEFAULT_RANK[role]),
                            len(order))
            order.insert(position, role)
    if TITLE not in order:
        order.insert(0, TITLE)
    return order


_DEFAULT_RANK = {TITLE: 0, LEAD: 1, COORDINATING: 2, OUTPUTS: 3, DEADLINE: 4, BUDGET: 5, NOTES: 6}
