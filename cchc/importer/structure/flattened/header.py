"""The table header: where it is, which columns it names, and their left-to-right order."""
from __future__ import annotations

import re
from itertools import permutations, product

from ...text import fold, nfc
from .layouts import _render
from .model import (_CANONICAL_ORDER, BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE,
                    _Fragment)



_HEADER_ROLE_WORDS = {
    NUMBER: ("stt", "tt"),
    TITLE: ("nội dung", "nhiệm vụ", "công việc", "nội dung công việc", "tên nhiệm vụ"),
    OUTPUTS: ("sản phẩm", "kết quả"),
    LEAD: ("chủ trì", "chủ", "trì", "thực hiện"),
    COORDINATING: ("phối hợp", "phối"),
    DEADLINE: ("thời gian", "thời hạn", "hoàn thành", "thời", "gian", "hạn", "hoàn", "thành",
               "tiến độ"),
    BUDGET: ("kinh phí", "dự toán"),
    NOTES: ("ghi chú", "ghi", "chú"),
}
_HEADER_FILLER = {"cơ", "quan", "đơn", "vị", "số", "thứ", "tự", "dự", "kiến", "(triệu", "đồng)", "đầu",
                  "ra", "và", "nhiệm", "vụ", "dung", "nội", "hợp", "/", "sản", "phẩm", "kinh", "phí",
                  "thực", "hiện"}


def _header_words(text: str) -> list[str]:
    return [w.strip(",.;:()") for w in text.lower().split()]


def _is_header_fragment(frag: _Fragment) -> bool:
    words = _header_words(frag.text)
    known = {w for keys in _HEADER_ROLE_WORDS.values() for k in keys for w in k.split()} | _HEADER_FILLER
    return bool(words) and all(w in known for w in words)


def _header_roles(text: str) -> list[str]:
    """Columns named in the (possibly interleaved) header text, in the usual left-to-right order."""
    low = " " + " ".join(_header_words(text)) + " "
    found = set()
    for role, keys in _HEADER_ROLE_WORDS.items():
        if any(f" {k} " in low for k in keys):
            found.add(role)
    found |= {NUMBER, TITLE}
    return [r for r in _CANONICAL_ORDER if r in found]


def _column_orders(header: list[_Fragment], roles: list[str], most: int = 4) -> list[list[str]]:
    """Candidate left-to-right orders of the header's columns. The header is woven like any
    row, so a true order is one whose rendered layout reproduces the order of the header's
    lines; several may, when some headers never share a height (the usual order first)."""
    options = [_fragment_roles(f, roles) or set(roles) for f in header]
    first = tuple(r for r in (NUMBER, TITLE) if r in roles)  # "STT", "Nội dung" lead every table
    scored = []
    for order in permutations([r for r in roles if r not in first]):
        order = first + order
        scored.append((-_header_agreement(options, list(order)), _disorder(order), list(order)))
    scored.sort()
    return [order for key, _, order in scored if key == scored[0][0]][:most] or [roles]


def _header_agreement(options: list[set[str]], order: list[str], limit: int = 64) -> int:
    """Most header lines that a layout of `order` puts where they are."""
    best = 0
    choices = [sorted(o, key=order.index) for o in options]
    for k, assigned in enumerate(product(*choices)):
        if k == limit:
            break
        counts = tuple(assigned.count(r) for r in order)
        if 0 in counts:
            continue
        for centred in (True, False):
            rendered, _ = _render(counts, centred)
            best = max(best, sum(order[c] == r for c, r in zip(rendered, assigned)))
    return best


def _fragment_roles(frag: _Fragment, roles: list[str]) -> set[str]:
    """Columns a header line may belong to; "Cơ quan" alone may head either agency column."""
    words = " " + " ".join(_header_words(frag.text)) + " "
    found = {role for role, keys in _HEADER_ROLE_WORDS.items() if role in roles
             and any(f" {k} " in words for k in keys)}
    if not found and re.search(r" (cơ quan|đơn vị) ", words):
        found = {LEAD, COORDINATING} & set(roles)
    return found


def _disorder(order: tuple[str, ...]) -> int:
    """Pairs out of the usual order."""
    rank = [_CANONICAL_ORDER.index(r) for r in order]
    return sum(a > b for i, a in enumerate(rank) for b in rank[i + 1:])


def _locate_header(frags: list[_Fragment]) -> tuple[int, int] | None:
    """(first, last) fragment index of the table header, found around its "STT" cell."""
    for i, frag in enumerate(frags):
        if fold(frag.text).strip(". ") not in ("stt", "tt", "so tt"):
            continue
        first = i
        while first > 0 and i - first < 12 and _is_header_fragment(frags[first - 1]):
            first -= 1
        last = i
        while last + 1 < len(frags) and last - i < 16 and _is_header_fragment(frags[last + 1]):
            last += 1
        roles = _header_roles(" ".join(f.text for f in frags[first:last + 1]))
        if len(roles) >= 4:
            return first, last
    return None


def find_flattened_table(lines: list[str]) -> int | None:
    """Index of the line where a flattened task table's header ("STT ... Nội dung ... chủ trì ...
    phối hợp ... Thời gian") appears, even with the header's own words interleaved or one
    header line per text line; else None."""
    texts = [nfc(line).replace("\xa0", " ") for line in lines]
    for index, text in enumerate(texts):
        if text.count("\t") >= 3 or text.count("|") >= 3:
            continue  # a header with real cell separators heads a real table
        for m in re.finditer(r"\bS?TT\b", text):
            before = " ".join(texts[max(0, index - 12):index])[-150:] + " " + text[:m.start()]
            after = text[m.end():] + " " + " ".join(texts[index + 1:index + 20])
            window = " " + fold(before[-150:] + " STT " + after[:200]) + " "
            cues = sum(k in window for k in (" noi dung", "phoi hop", " chu ", "tri ", "thoi ", " gian"))
            if cues >= 4:
                return _header_first_line(texts, index, m.start())
    return None


def _header_first_line(texts: list[str], index: int, column: int) -> int:
    """Back up over the header's own short lines printed above its "STT" line."""
    if texts[index][:column].strip():
        return index
    while index > 0 and texts[index - 1].strip() and \
            _is_header_fragment(_Fragment(texts[index - 1].strip(), False, 0)):
        index -= 1
    return index


