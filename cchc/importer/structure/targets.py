"""Numeric targets ("chỉ tiêu", "mục tiêu cụ thể") found in the running text of a plan.

Targets sit mostly under a "Mục tiêu" / "Các chỉ tiêu cụ thể" heading, or one that announces them ("Phát
triển xã hội số đến năm 2030 với các mục tiêu (14 mục tiêu)"), or in the bullets under an unnumbered label
("Chỉ tiêu năm 2024:"); some plans also state them inside the task sections ("Phấn đấu 100% ..."). Inside a
target section every figure is a target; elsewhere only a sentence that commits to a percentage ("phấn đấu",
"bảo đảm", "đến năm"; "tối thiểu" only where the plan lists no targets of its own, or as the level a figure is
brought to) is one, and it takes the reform area of the section it stands in.

Targets given as a table of indicators (`target_tables`) join them; a table row that restates a target of the
text (same figure, year and words) is not repeated, it only names the agencies the text left out.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import takewhile

from ..document import Table
from ..fields.areas import area_code, is_area_heading
from ..fields.targets import parse_targets, without_label
from ..plan import Target
from ..text import CAPITALS, fold, fold_words
from .outline import BULLET, TEXT, Paragraph, rank, section
from .target_tables import table_targets

# "Chỉ tiêu", "Các mục tiêu cụ thể", also where the objectives' heading names them: "Yêu cầu và chỉ tiêu"
_TARGET_HEADING = re.compile(r"^(cac )?(muc tieu|chi tieu)( cu the)?\b|^(muc dich|yeu cau|muc tieu)\b[a-z ,]*\bchi tieu\b")
# a heading that announces the targets under it: "Phát triển xã hội số đến năm 2030 với các mục tiêu (14 mục tiêu)",
# "Mục tiêu chung (6 mục tiêu)"
_ANNOUNCES_TARGETS = re.compile(r"\b\d+ (?:muc tieu|chi tieu)\b|\bvoi cac (?:muc tieu|chi tieu)\b")
_GENERAL = ("muc tieu chung", "muc tieu tong quat", "yeu cau", "muc dich")
_COMMITMENT = re.compile(r"phấn đấu|bảo đảm|đảm bảo|đến năm \d{4}|đến hết năm", re.IGNORECASE)
# A bound on a figure commits where the plan lists no targets of its own; where it does, only as the level a
# figure is brought to ("đưa tỷ lệ ... lên tối thiểu 80%"): "Kiểm tra công tác cải cách hành chính đối với ít
# nhất 30% cơ quan" is how far a task reaches.
_BOUND = re.compile(r"tối thiểu|ít nhất|trên \d+\s?%|\d\s?%\s+trở lên", re.IGNORECASE)
_REACHED_BOUND = re.compile(r"\b(?:lên|đạt|chiếm|tăng)\s+(?:mức\s+)?(?:tối thiểu|ít nhất|trên \d)", re.IGNORECASE)
_LABEL_HEADING_LENGTH = 60
_INLINE = re.compile(r"^[^:]{0,30}:\s*\S")
_STOP_PARTS = ("to chuc thuc hien", "kinh phi", "giai phap", "can cu")
_OBJECTIVES = ("muc dich", "yeu cau", "muc tieu")
_OPENS_WITH_FIGURE = re.compile(r"^\d{1,3}(?:[.,]\d+)?\s?%")   # "100% văn bản ... được thẩm định"
_LEAD_IN_YEAR = re.compile(r"(?:đến|trong|năm)\s+(?:hết\s+)?năm\s+(\d{4})|đến\s+năm\s+(\d{4})", re.IGNORECASE)


def find_targets(paragraphs: list[Paragraph], default_year: int | None,
                 tables: Sequence[Table] = ()) -> list[Target]:
    """Targets of the running text, then those of its tables of indicators that the text does not state."""
    return merge_targets(_text_targets(paragraphs, default_year), table_targets(list(tables), default_year))


def _text_targets(paragraphs: list[Paragraph], default_year: int | None) -> list[Target]:
    targets: list[Target] = []
    inside: set[int] = set()
    for i, p in enumerate(paragraphs):
        scope = None if id(p) in inside else _headed_targets(paragraphs, i)
        if scope is not None:
            inside.update(id(q) for q in scope)
            targets.extend(_from_paragraphs(scope, default_year))
    targets.extend(_commitments(paragraphs, inside, default_year))
    return _unique(targets)


def _headed_targets(paragraphs: list[Paragraph], i: int) -> list[Paragraph] | None:
    """The paragraphs of targets that paragraph `i` heads, or None when it heads none."""
    p = paragraphs[i]
    if p.is_heading and _is_target_heading(fold_words(p.text)):
        scope = _target_scope(paragraphs, i)
        inline = _INLINE.search(p.text)
        if inline:   # "2. Chỉ tiêu: 100% xã, thị trấn thực hiện ...": the label's own sentence
            scope = [replace(p, text=p.text[inline.end() - 1:]), *scope]
        return scope
    if _is_label_heading(p):   # "Chỉ tiêu năm 2024:" over its bullets
        return list(takewhile(lambda q: q.kind == BULLET, paragraphs[i + 1:]))
    return None


def _is_label_heading(p: Paragraph) -> bool:
    """An unnumbered line that heads the targets listed under it: "Chỉ tiêu năm 2024:", "Các chỉ tiêu cụ thể:"."""
    return p.kind == TEXT and len(p.text) <= _LABEL_HEADING_LENGTH and p.text.rstrip().endswith(":") and \
        bool(_TARGET_HEADING.match(fold_words(p.text)))


def _is_target_heading(folded: str) -> bool:
    return bool(_TARGET_HEADING.match(folded) or _ANNOUNCES_TARGETS.search(folded))


def _target_scope(paragraphs: list[Paragraph], start: int) -> list[Paragraph]:
    scope = section(paragraphs, start)
    subheads = [p for p in scope if p.is_heading and rank(p) > rank(paragraphs[start])]
    specific = [p for p in subheads if _TARGET_HEADING.match(fold_words(p.text))]
    if specific:
        first = paragraphs.index(specific[0])
        return section(paragraphs, first)
    general = {id(p) for p in subheads if fold_words(p.text).startswith(_GENERAL)
               and not _ANNOUNCES_TARGETS.search(fold_words(p.text))}
    kept, skipping = [], None
    for p in scope:
        if p.is_heading and rank(p) > rank(paragraphs[start]):
            skipping = rank(p) if id(p) in general else None
            if skipping is not None:
                continue
        elif skipping is not None and p.kind in (TEXT, BULLET):
            continue
        kept.append(p)
    return kept


def _from_paragraphs(scope: list[Paragraph], default_year: int | None) -> list[Target]:
    """The targets of a part's paragraphs. Those under a heading that names a reform area ("a) Cải cách thể
    chế", "2.4. Xây dựng và phát triển chính quyền số") are in its area, whatever their own words speak of."""
    found: list[Target] = []
    lead_in_year = default_year
    area, area_rank = None, 0
    for p in scope:
        if p.kind != BULLET:
            m = _LEAD_IN_YEAR.search(p.text) if p.text.rstrip().endswith(":") else None
            lead_in_year = int(m.group(1) or m.group(2)) if m else default_year
        if p.is_heading and p.kind != BULLET and (area is None or rank(p) <= area_rank):
            area, area_rank = (area_code(p.text), rank(p)) if is_area_heading(p.text) else (None, 0)
        year = lead_in_year if p.kind == BULLET else default_year
        for sentence in sentences(p.text):
            for target in parse_targets(sentence, year, area):
                target.lineno = p.lineno
                found.append(target)
    return found


def _commitments(paragraphs: list[Paragraph], inside: set[int], default_year: int | None) -> list[Target]:
    """Committed figures stated in the task sections of the body."""
    found: list[Target] = []
    area, area_rank, objectives = None, 0, False
    bound = _REACHED_BOUND if inside else _BOUND
    for p in paragraphs:
        if p.is_heading and p.kind != BULLET:
            code = area_code(p.text)
            folded = fold_words(p.text)
            if rank(p) == 0:
                objectives = any(o in folded for o in _OBJECTIVES)   # "I. MỤC ĐÍCH, YÊU CẦU"
            if any(s in folded for s in _STOP_PARTS) and rank(p) <= 1:
                area, area_rank = "stop", rank(p)   # up to the next part as high ("1. Văn phòng ..." is in it)
            elif code != "other":
                area, area_rank = code, rank(p)
            elif rank(p) <= area_rank:   # a heading as high as the area's names another subject
                area = None
        if id(p) in inside or area == "stop":
            continue
        for sentence in sentences(p.text):
            if "%" in sentence and (_COMMITMENT.search(sentence) or bound.search(sentence) or
                                    objectives and _OPENS_WITH_FIGURE.match(without_label(sentence))):
                for target in parse_targets(sentence, default_year):
                    target.lineno = p.lineno
                    target.area = area or target.area
                    found.append(target)
    return found


# abbreviations a full stop does not end a sentence after: "UBND TP. Đà Lạt", "TX. Buôn Hồ", "Tp. Huế"
_SENTENCE_END = re.compile(rf"(?<=[.!?])(?<!\bTP\.)(?<!\bTp\.)(?<!\bTX\.)(?<!\bTT\.)(?<!\bQ\.)(?<!\bP\.)"
                           rf"\s+(?=[{CAPITALS}])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _unique(targets: list[Target]) -> list[Target]:
    seen, out = set(), []
    for t in targets:
        key = fold(t.text)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


_RESTATED_SHARE = 0.9  # of an indicator's own words the text's target must use ("Tỷ lệ" and the like aside)
_GENERIC_WORDS = {"ty", "le", "so", "luong", "cac", "nhung"}


def merge_targets(text_targets: list[Target], from_tables: list[Target]) -> list[Target]:
    """The text's targets, then each table target that neither restates one of them nor repeats an earlier
    table row word for word (a table printed twice); a restated target takes the agencies the text did not name."""
    merged = list(text_targets)
    for target in from_tables:
        twin = next((t for t in text_targets if _same_figure(t, target) and _restates(t, target)), None)
        if twin is not None:
            twin.lead = twin.lead or list(target.lead)
            twin.monitor = twin.monitor or list(target.monitor)
        elif not any(_same_figure(t, target) and fold(t.text) == fold(target.text) for t in merged):
            merged.append(target)
    return merged


def _same_figure(known: Target, other: Target) -> bool:
    return (known.value, known.unit, known.year) == (other.value, other.unit, other.year)


def _restates(known: Target, indicator: Target) -> bool:
    """`known` says what the table's `indicator` says: nearly all of the indicator's own words are in it
    ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" in "Phấn đấu 98% hồ sơ TTHC giải quyết đúng hạn"; "... cấp xã"
    is not "... cấp huyện")."""
    own = [w for w in fold_words(indicator.text).split() if w not in _GENERIC_WORDS]
    words = set(fold_words(known.text).split())
    return bool(own) and sum(w in words for w in own) / len(own) >= _RESTATED_SHARE
