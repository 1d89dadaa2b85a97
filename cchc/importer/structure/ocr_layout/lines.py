"""Sorting the table's lines into repeated headers, page furniture, headings and content."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Line
from ...text import clean
from .folding import fold_words
from .departments import repair_department_heads
from .header import _HEADER_SYLLABLES, header_roles, is_header_line
from .tokens import is_junk
from .vocabulary import _DEADLINE_CUES, repair_words


_MARKER = re.compile(r"^[\[|(\s]*(?:(?P<mark>[IVXLivxl1]{1,5}|[A-H])(?![^\W_]))?\s*[|.):\]\-]*\s*\[?(?=\S)")


@dataclass
class SourceLine:
    kind: str  # "blank", "header" (repeated table header), "break" (page furniture), "letter", "heading", "content"
    lineno: int
    text: str = ""
    mark: str = ""


def classify_lines(lines: list[Line]) -> list[SourceLine]:
    texts = {line.lineno: repair_department_heads(repair_words(clean(line.text))) for line in lines}
    out = []
    for line in lines:
        text = texts[line.lineno]
        if not text:
            out.append(SourceLine("blank", line.lineno))
        elif is_header_line(text) or _near_header_fragment(text, out):
            out.append(SourceLine("header", line.lineno))
        elif _PAGE_NUMBER.match(text):
            out.append(SourceLine("header", line.lineno))  # a page number: the page breaks here
        elif not any(_good_word(t) for t in text.split()):
            out.append(SourceLine("break", line.lineno))
        else:
            out.append(_heading_or_content(text, line.lineno))
    _mark_lines_before_headers(out, texts)
    return out


def _mark_lines_before_headers(out: list[SourceLine], texts: dict[int, str]) -> None:
    """Short header fragments and stray marks printed just above a repeated header are part of it."""
    for i, line in enumerate(out):
        if line.kind != "header" or _PAGE_NUMBER.match(texts[line.lineno]):
            continue
        k = i - 1
        while k >= 0 and i - k <= 4 and out[k].kind in ("blank", "content", "break"):
            if out[k].kind == "content":
                if not _header_fragment(texts[out[k].lineno]):
                    break
                out[k] = SourceLine("header", out[k].lineno)
            k -= 1


def _header_fragment(text: str) -> bool:
    """A short line of header words once junk is set aside, or of nothing longer than two letters."""
    kept = [t for t in text.split() if not is_junk(t)]
    words = fold_words(" ".join(kept)).split()
    if len(text) > 40 or text.count("(") != text.count(")") or re.search(r"[;.,]$", text):
        return False
    if all(len(w) <= 2 for w in words):
        return True
    longer = [w for w in words if len(w) > 1]
    return bool(header_roles(" ".join(kept))) and \
        sum(w in _HEADER_SYLLABLES for w in longer) >= max(2, 0.6 * len(longer))


_PAGE_NUMBER = re.compile(r"^[(\[\-\s]*\d{1,3}(\s*/\s*\d{1,3})?[\-\s]*$")  # "26", "(47/121", not "4)"


def _near_header_fragment(text: str, before: list[SourceLine]) -> bool:
    """A short garbled header cell ("ứng thực hiện") next to recognised header lines."""
    recent = [s for s in before[-4:] if s.kind != "blank"]
    if not recent or recent[-1].kind not in ("header", "break") or len(text) > 30:
        return False
    words = fold_words(text).split()
    return bool(words) and sum(w in _HEADER_SYLLABLES for w in words) >= max(1, 0.6 * len(words)) and \
        not _DEADLINE_CUES.search(fold_words(text))


def _good_word(token: str) -> bool:
    core = token.strip(".,;:()'\"")
    return len(core) >= 2 and core.isalpha() and not is_junk(token)


def _heading_or_content(text: str, lineno: int) -> SourceLine:
    m = _MARKER.match(text)
    mark = (m.group("mark") or "") if m else ""
    rest = text[m.end():] if m else text
    if _is_caps_heading(rest):
        title = rest.strip(" |[]")
        kind = "letter" if fold_words(title).startswith("nhom") or mark in tuple("ABDEFGH") else "heading"
        return SourceLine(kind, lineno, title, mark)
    return SourceLine("content", lineno, text)


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.85 * len(letters):
        return False
    return sum(1 for w in text.split() if sum(c.isalpha() for c in w) >= 2) >= 2
