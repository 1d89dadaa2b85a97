"""Word automatic numbering (numbering.xml) rendered as the label a reader of the document sees.

Plans number their parts, tasks and bullets with Word lists ("1.", "a)", "II.", "-"); the text of
the paragraph alone does not contain the label, so the structure parser would lose it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn

from .list_labels import format_number

_PLACEHOLDER = re.compile(r"%([1-9])")
_LEVELS = 9


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # isLgl: every placeholder shown as a decimal


def _int_attr(element, name: str, default: int | None = None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(qn(name)))
    except (TypeError, ValueError):
        return default


def _val(element, default: str | None = None) -> str | None:
    return default if element is None else element.get(qn("w:val"), default)


def _parse_level(lvl) -> Level:
    return Level(
        start=_int_attr(lvl.find(qn("w:start")), "w:val", 1),
        fmt=_val(lvl.find(qn("w:numFmt")), "decimal"),
        text=_val(lvl.find(qn("w:lvlText")), ""),
        legal=lvl.find(qn("w:isLgl")) is not None,
    )


class Numbering:
    """Counts numbered paragraphs in document order and returns their labels."""

    def __init__(self, numbering_root, styles_root) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, Level], bool]] = {}
        self._style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self._style_parent: dict[str, str] = {}
        self._counters: dict[str, list[int | None]] = {}   # by abstract list
        self._restarted: set[str] = set()   # lists that restarted numbering at their first paragraph
        self._style_links: dict[str, str] = {}   # abstract list -> the list style it takes its levels from
        if numbering_root is not None:
            self._parse_numbering(numbering_root)
        if styles_root is not None:
            self._parse_styles(styles_root)
        self._follow_style_links()

    @classmethod
    def of(cls, document) -> "Numbering":
        """Numbering of a python-docx `Document` (either part may be missing)."""
        part = document.part
        numbering_root = styles_root = None
        try:
            numbering_root = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            pass
        try:
            styles_root = part.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            pass
        return cls(numbering_root, styles_root)

    def _parse_numbering(self, root) -> None:
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels = {_int_attr(lvl, "w:ilvl", 0): _parse_level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}
            abstract_id = abstract.get(qn("w:abstractNumId"))
            self._abstract[abstract_id] = levels
            link = _val(abstract.find(qn("w:numStyleLink")))
            if link:
                self._style_links[abstract_id] = link
        for num in root.iterchildren(qn("w:num")):
            abstract_id = _val(num.find(qn("w:abstractNumId")))
            overrides: dict[int, Level] = {}
            restarts = False
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = _int_attr(override, "w:ilvl", 0)
                base = self._abstract.get(abstract_id, {}).get(ilvl, Level())
                lvl = override.find(qn("w:lvl"))
                level = _parse_level(lvl) if lvl is not None else Level(base.start, base.fmt, base.text, base.legal)
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    level.start = _int_attr(start, "w:val", level.start)
                    restarts = True
                overrides[ilvl] = level
            self._nums[num.get(qn("w:numId"))] = (abstract_id, overrides, restarts)

    def _parse_styles(self, root) -> None:
        for style in root.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            parent = style.find(qn("w:basedOn"))
            if parent is not None:
                self._style_parent[style_id] = _val(parent)
            numpr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if numpr is not None:
                self._style_numpr[style_id] = _numpr_values(numpr)

    def _follow_style_links(self) -> None:
        """A list defined by a list style ("1 / 1.1 / 1.1.1" of a template) holds no levels: its abstract
        names the style, whose own numbering leads to the abstract that does. Both then count as one list."""
        for num_id, (abstract_id, overrides, restarts) in self._nums.items():
            style = self._style_links.get(abstract_id)
            linked_num = self._style_numpr.get(style, (None, None))[0] if style else None
            target = self._nums.get(linked_num, (None,))[0] if linked_num else None
            if target is not None and target not in self._style_links:
                self._nums[num_id] = (target, overrides, restarts)

    def label(self, paragraph) -> str:
        """The label ("1. ", "a) ", "- ") of a `w:p` element, or ""; counts the paragraph."""
        num_id, ilvl = self._numpr_of(paragraph)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return ""
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self._advance(num_id, ilvl, levels)
        if level.fmt == "bullet":
            return "- "
        if level.fmt == "none" and not _PLACEHOLDER.search(level.text):
            return f"{level.text} " if level.text.strip() else ""
        text = _PLACEHOLDER.sub(lambda m: self._placeholder(int(m.group(1)) - 1, counts, levels, level), level.text)
        return f"{text} " if text.strip() else ""

    def _placeholder(self, index: int, counts: list[int | None], levels: dict[int, Level], shown: Level) -> str:
        source = levels.get(index, Level())
        value = counts[index] if counts[index] is not None else source.start
        return format_number(value, "decimal" if shown.legal else source.fmt)

    def _levels(self, num_id: str) -> dict[int, Level]:
        abstract_id, overrides, _ = self._nums[num_id]
        return {**self._abstract.get(abstract_id, {}), **overrides}

    def _advance(self, num_id: str, ilvl: int, levels: dict[int, Level]) -> list[int | None]:
        abstract_id, _, restarts = self._nums[num_id]
        # Lists sharing an abstract definition continue each other; one that restarts numbering does so
        # at its first paragraph, and the lists after it go on from there (LibreOffice restarts a list by
        # giving only its first paragraph a numbering of its own: numIds 3, 1, 1 read 1, 2, 3).
        counts = self._counters.setdefault(abstract_id, [None] * _LEVELS)
        if restarts and num_id not in self._restarted:
            self._restarted.add(num_id)
            counts[ilvl:] = [None] * (_LEVELS - ilvl)
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            counts[deeper] = None
        return counts

    def _numpr_of(self, paragraph) -> tuple[str | None, int]:
        """(numId, level) from the paragraph's own numPr, completed by its style's."""
        ppr = paragraph.find(qn("w:pPr"))
        numpr = None if ppr is None else ppr.find(qn("w:numPr"))
        num_id, ilvl = _numpr_values(numpr) if numpr is not None else (None, None)
        if num_id is None:
            style_id = None if ppr is None else _val(ppr.find(qn("w:pStyle")))
            num_id, style_ilvl = self._style_numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        return num_id, min(ilvl or 0, _LEVELS - 1)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._style_numpr:
                return self._style_numpr[style_id]
            style_id = self._style_parent.get(style_id)
        return None, None


def _numpr_values(numpr) -> tuple[str | None, int | None]:
    return _val(numpr.find(qn("w:numId"))), _int_attr(numpr.find(qn("w:ilvl")), "w:val")
