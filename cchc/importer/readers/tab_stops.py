"""Where a Word paragraph's TABs take its text, for tables typed with TABs instead of drawn.

A typist who lays a table out with TABs and no tab stops of their own presses TAB until the text
reaches the column, at Word's default stops (every 1.27 cm): one, two or seven TABs between two cells,
as the text before them is long or short. Counting TABs then reads nothing; where the text lands does.
`TabStops.spaced` measures each line with the widths of the document's font (Times New Roman or
Arial, through the metric-compatible Liberation fonts: `data/font_widths.json`) and writes its text at
those places, as `Line.spaced`, for `structure.aligned_columns` to read by the columns its header sets.
Paragraphs with tab stops of their own put one TAB between two cells: their TABs are read as written.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources

from docx.oxml.ns import qn

from .word_styles import WordStyles, first

_COLUMN = 60        # twips (3 pt) per character column: narrower than a letter at body sizes, so a cell's
                    # text keeps within its place
_MIN_GAP = 2        # spaces between two cells, however close the measure puts them
_DEFAULT_STOP = 720   # twips: Word's default when the settings name none
_DEFAULT_SIZE = 20    # half-points: Word's size when no style sets one
_SANS_FONTS = ("arial", "helvetica", "calibri", "tahoma", "verdana", "segoe", "sans")
_OFF = ("0", "false", "off")

_PPR, _RPR, _R, _T = qn("w:pPr"), qn("w:rPr"), qn("w:r"), qn("w:t")
_VAL = qn("w:val")


class TabStops:
    """The default stops, styles and fonts of one document."""

    def __init__(self, styles: WordStyles | None = None, settings_root=None) -> None:
        self.default_stop = _DEFAULT_STOP
        stop = settings_root.find(qn("w:defaultTabStop")) if settings_root is not None else None
        if stop is not None and (stop.get(_VAL) or "").isdigit() and int(stop.get(_VAL)) > 0:
            self.default_stop = int(stop.get(_VAL))
        self.styles = styles or WordStyles()

    @classmethod
    def of(cls, document_part, styles: WordStyles) -> "TabStops":
        """The stops of a python-docx document part (it may have no settings)."""
        try:
            settings = document_part.settings.element
        except (KeyError, NotImplementedError, AttributeError):
            settings = None
        return cls(styles, settings)

    def spaced(self, paragraph, label: str, text: str) -> list[str | None]:
        """Each line of `label + text` (cut at its line breaks) with its text where the default stops
        place it, or None: a line with no TAB in its text, or a paragraph that sets its own stops."""
        lines = (label + text).split("\n")
        if "\t" not in text or self._sets_stops(paragraph):
            return [None] * len(lines)
        widths, size = self._font(paragraph)
        left, first, hanging = self._indents(paragraph)
        return [self._place(line, widths, size, left + first - hanging if i == 0 else left, left if hanging else None)
                if "\t" in line else None for i, line in enumerate(lines)]

    def _place(self, line: str, widths: dict[str, int], size: int, start: int, hanging_stop: int | None) -> str:
        out, position = "", max(start, 0)
        for k, segment in enumerate(line.split("\t")):
            if k:
                position = hanging_stop if hanging_stop is not None and position < hanging_stop else \
                    (position // self.default_stop + 1) * self.default_stop
            if segment.strip():
                column = round(position / _COLUMN)
                if out.strip():
                    column = max(column, len(out) + _MIN_GAP)
                out = out.ljust(column) + segment
            position += sum(_width(c, widths) for c in segment) * size * 10 // 1000
        return out.rstrip()

    def _sets_stops(self, paragraph) -> bool:
        return any(tab.get(_VAL) != "clear" for ppr in self.styles.chain(paragraph, _PPR)
                   for tab in ppr.iterfind(f"{qn('w:tabs')}/{qn('w:tab')}"))

    def _font(self, paragraph) -> tuple[dict[str, int], int]:
        """The widths table and size (half-points) of the paragraph's first run of text."""
        run = next((r for r in paragraph.iter(_R) if any((t.text or "").strip() for t in r.iter(_T))), None)
        chain = ([run.find(_RPR)] if run is not None and run.find(_RPR) is not None else []) + \
            self.styles.chain(paragraph, _RPR)
        size = first(chain, "w:sz")
        bold = first(chain, "w:b")
        fonts = first(chain, "w:rFonts")
        family = "sans" if fonts is not None and any(
            f in (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "").lower() for f in _SANS_FONTS) else "serif"
        weight = "bold" if bold is not None and bold.get(_VAL, "true") not in _OFF else "regular"
        half_points = int(size.get(_VAL)) if size is not None and (size.get(_VAL) or "").isdigit() else _DEFAULT_SIZE
        return _widths()[f"{family} {weight}"], half_points

    def _indents(self, paragraph) -> tuple[int, int, int]:
        """Left indent, first-line indent and hanging indent, in twips."""
        ind = first(self.styles.chain(paragraph, _PPR), "w:ind")
        if ind is None:
            return 0, 0, 0
        return tuple(_twips(ind, *names) for names in (("w:left", "w:start"), ("w:firstLine",), ("w:hanging",)))

def _twips(ind, *names: str) -> int:
    value = next((ind.get(qn(n)) for n in names if ind.get(qn(n)) is not None), "0")
    return int(value) if value.lstrip("-").isdigit() else 0


def _width(char: str, widths: dict[str, int]) -> int:
    if char in widths:
        return widths[char]
    base = unicodedata.normalize("NFD", char)[:1]   # "ệ" is as wide as "e"
    return widths.get(base, widths["n"])


@lru_cache(maxsize=1)
def _widths() -> dict[str, dict[str, int]]:
    return json.loads(resources.files("cchc.importer.data").joinpath("font_widths.json").read_text(encoding="utf-8"))
