"""The running text of a plan as an outline: each paragraph with its list marker.

Plans number their parts "I.", "1.", "1.1.", "a)", "-". Text scraped from PDFs may hold a
whole page on one line; such lines are cut back into paragraphs at their markers first. Web pages
and chat posts set symbols before the markers ("➢ 1.1.", "✅ 1.2.", "👉"): a marker after them
numbers the paragraph, and alone they are a bullet.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..document import Line
from ..text import BULLET_GLYPHS, CAPITALS, ends_on_hanging_word

ROMAN, NUMBER, DECIMAL, LETTER, BULLET, TEXT = "roman", "number", "decimal", "letter", "bullet", "text"

# a number opens an item only where no digit follows its dot ("12.173 tỷ đồng" wrapped to a line's start); a decimal
# number may carry a doubled dot, a slip of the typist ("3.2.. Thực hiện ...")
_MARKER = re.compile(
    r"^\s*(?:(?P<roman>[IVX]{1,5})\s*[.)/]\s+|(?P<decimal>\d{1,2}(?:\.\d{1,2})+)\.{0,2}\s+|"
    rf"(?P<number>\d{{1,2}})\s*[.)](?!\d)\s*(?=\S)|(?P<letter>[a-zđ])\s*\)\s*|(?P<bullet>[-+*–](?=\s)|[{BULLET_GLYPHS}])\s*)")
_PAGE_PREFIX = re.compile(r"^\s{1,3}\d{1,3}\.\s{1,2}(?=\S)")
_REFLOW_AT = re.compile(
    rf"(?<=[.;:!?”\"])\s+(?=(?:[IVX]{{1,5}}\.|\d{{1,2}}(?:\.\d{{1,2}})*\.|[a-zđ]\))\s+\S)|\s{{2,}}(?=-\s+[{CAPITALS}])")
_LONG_LINE = 600
# items a chat app joined on one line: "• a) Ban hành kế hoạch. • b) Tổ chức tuyên truyền ..." (a bullet and a label
# after a sentence's end: no sentence holds one)
_JOINED_ITEMS = re.compile(rf"(?<=[.;!?])\s+(?=[{BULLET_GLYPHS}]\s*(?:[a-zđ]\)|\d{{1,2}}[.)])\s)")


@dataclass
class Paragraph:
    kind: str  # ROMAN, NUMBER, DECIMAL, LETTER, BULLET or TEXT
    marker: str  # "II", "1", "1.2", "a", "-", ""
    text: str  # without the marker
    lineno: int
    closer: str = ""  # what follows a number: "." or ")"

    @property
    def is_heading(self) -> bool:
        return self.kind in (ROMAN, NUMBER, DECIMAL, LETTER) and len(self.text) < 160


def outline(lines: list[Line]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    marker: tuple[str, int] | None = None   # a marker alone on its line ("1."), waiting for the text it numbers
    for line in lines:
        for piece in _pieces(line.text):
            if not piece.strip():
                continue
            if marker is not None and _opens_text(piece):
                piece, lineno = f"{marker[0]} {piece}", marker[1]
            else:
                if marker is not None:
                    _add(paragraphs, parse_paragraph(*marker))
                lineno = line.lineno
                if _BARE_MARKER.match(piece):
                    marker = piece.strip(), lineno
                    continue
            marker = None
            _add(paragraphs, parse_paragraph(piece, lineno))
    if marker is not None:
        _add(paragraphs, parse_paragraph(*marker))
    return _nest_parenthesised_numbers(paragraphs)


def _nest_parenthesised_numbers(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """"1)" items under a "1." heading ("1. Cải cách thể chế" / "1) Rà soát ...") are a level below it,
    where letters "a)" usually stand; elsewhere "1)" numbers as "1." does."""
    under_number = False
    for p in paragraphs:
        if p.kind == ROMAN:
            under_number = False
        elif p.kind == NUMBER and p.closer == ".":
            under_number = True
        elif p.kind == NUMBER and under_number:
            p.kind = LETTER
    return paragraphs


def _add(paragraphs: list[Paragraph], p: Paragraph) -> None:
    if paragraphs and _wraps(paragraphs[-1], p):
        paragraphs[-1].text = f"{paragraphs[-1].text} {p.text}"
    else:
        paragraphs.append(p)


# "1." / "1.1." / "a)" / "II." on a line of its own, as legal databases' text copies set a list's numbers
# (not "4)": that is as often the end of a wrapped parenthesis)
_BARE_MARKER = re.compile(r"^\s*(?:[IVX]{1,5}\s*\.|\d{1,2}(?:\.\d{1,2})*\s*\.|[a-zđ]\s*\))\s*$")


def _opens_text(piece: str) -> bool:
    """The text a bare marker numbers begins a sentence (a page number "2." before a wrapped line does not)."""
    first = piece.lstrip()[:1]
    return first.isupper() or first in "\"“"


_CUT_HEADING_WORDS = 2
_LETTERED_HEADING = re.compile(r"^[A-ZĐ]\s*[.)]\s")   # "II. NHIỆM VỤ" / "A. CẢI CÁCH THỂ CHẾ": a heading of its own
_HEADING_REST_WORDS = 8


def _cut_part_heading(before: Paragraph, line: Paragraph) -> bool:
    """"III. NỘI" / "DUNG, HÌNH THỨC": a Roman heading of a word or two, and a short line in capitals under it."""
    return before.kind == ROMAN and len(before.text.split()) <= _CUT_HEADING_WORDS and before.text.isupper() and \
        line.kind == TEXT and line.text.isupper() and len(line.text.split()) <= _HEADING_REST_WORDS and \
        not before.text.endswith((".", ":", ";")) and not _LETTERED_HEADING.match(line.text)


# "(1) Tỷ trọng kinh tế số ...": an item of a list numbered in parentheses, under a heading without a colon
_PARENTHESISED_NUMBER = re.compile(rf"\(\d{{1,2}}\)\s+[{CAPITALS}]")


def _wraps(before: Paragraph, line: Paragraph) -> bool:
    """A line of a paragraph that PDF or e-mail wrapping cut: it goes on in lower case, or after a word no
    sentence ends on. A heading in capitals goes on in capitals ("... NĂM" / "2018"), not with a sentence
    ("100% thủ tục ..."); a part's heading cut after a word or two goes on in capitals too ("III. NỘI" /
    "DUNG, HÌNH THỨC"), as legal databases' text copies wrap the first line of every paragraph short."""
    if _cut_part_heading(before, line):
        return True
    first = line.text[:1]
    return line.kind == TEXT and not before.text.endswith((".", ";", ":", "!", "?")) and \
        (first.islower() or first.isdigit() or first in "(%" or _hangs(before.text)) and \
        not _PARENTHESISED_NUMBER.match(line.text) and not (before.text.isupper() and any(c.islower() for c in line.text))


def _hangs(text: str) -> bool:
    """A line of more than a few words cut after a word no sentence ends on, also before a name in capitals."""
    return len(text.split()) > 3 and ends_on_hanging_word(text)


def _pieces(text: str) -> list[str]:
    if len(text) < _LONG_LINE:
        return _JOINED_ITEMS.split(text)
    text = _PAGE_PREFIX.sub("", text)  # "  2. " page numbers of scraped PDFs
    return _REFLOW_AT.split(text)


# a number on a key, as chat posts number their parts: "2️⃣ CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "🔟"
_KEYCAP = re.compile(r"^(\d)\ufe0f?\u20e3\s*|^\U0001f51f\s*")


def parse_paragraph(text: str, lineno: int) -> Paragraph:
    text = " ".join(text.replace("\t", " ").split())
    text = _KEYCAP.sub(lambda m: f"{m.group(1) or '10'}. ", text)
    start = _decoration_end(text)
    glyphs, text = text[:start].strip(), text[start:].lstrip()
    m = _MARKER.match(text)
    if glyphs and (not m or m.group(BULLET)):   # symbols that number nothing: a bullet
        return Paragraph(BULLET, glyphs[0], text[m.end():].strip() if m else text, lineno)
    if not m:
        return Paragraph(TEXT, "", text, lineno)
    kind = next(k for k in (ROMAN, DECIMAL, NUMBER, LETTER, BULLET) if m.group(k))
    closer = m.group(0).strip()[-1] if kind == NUMBER else ""
    return Paragraph(kind, m.group(kind), text[m.end():].strip(), lineno, closer)


_JOINERS = "\ufe0f\u200d"   # the emoji presentation selector and joiner


def _decoration_end(text: str) -> int:
    """Where the symbols a line opens with end (0 if it opens with none): bullets as Word writes them and
    any pictograph or emoji, with the selectors that go with them."""
    end = 0
    for i, char in enumerate(text):
        if char in BULLET_GLYPHS or char in _JOINERS or unicodedata.category(char) == "So":
            end = i + 1
        elif not (char == " " and end):
            break
    return end


def rank(p: Paragraph) -> int:
    """Nesting depth a marker kind usually has in Vietnamese official documents."""
    return {ROMAN: 0, NUMBER: 1, DECIMAL: 2, LETTER: 3, BULLET: 4, TEXT: 5}[p.kind]


def section(paragraphs: list[Paragraph], start: int) -> list[Paragraph]:
    """The paragraphs under heading `start`, up to the next heading of the same or higher rank."""
    head = paragraphs[start]
    out = []
    for p in paragraphs[start + 1:]:
        if p.kind != TEXT and p.kind != BULLET and rank(p) <= rank(head):
            break
        out.append(p)
    return out
