"""Word's style inheritance: where a paragraph's or a run's formatting comes from.

A property set on the paragraph (or run) itself wins; else its style's, else the styles that style is
based on, in turn; else the document defaults. Tab stops and indents (`tab_stops`) and the font a run
is drawn in (`legacy_fonts`, for text typed in pre-Unicode fonts) are read through it.
"""
from __future__ import annotations

from docx.oxml.ns import qn

_PPR, _RPR = qn("w:pPr"), qn("w:rPr")
_VAL = qn("w:val")
_RFONTS = qn("w:rFonts")
_THEME_ATTRIBUTES = (qn("w:asciiTheme"), qn("w:hAnsiTheme"))


class WordStyles:
    """The styles and defaults of one document."""

    def __init__(self, styles_root=None) -> None:
        self._styles = {} if styles_root is None else \
            {s.get(qn("w:styleId")): s for s in styles_root.iterchildren(qn("w:style"))}
        self._default_style = next((i for i, s in self._styles.items() if s.get(qn("w:type")) == "paragraph"
                                    and s.get(qn("w:default")) in ("1", "true")), None)
        defaults = styles_root.find(qn("w:docDefaults")) if styles_root is not None else None
        self._defaults = [] if defaults is None else \
            [e for e in (defaults.find(f"{qn('w:rPrDefault')}/{_RPR}"), defaults.find(f"{qn('w:pPrDefault')}/{_PPR}"))
             if e is not None]

    @classmethod
    def of(cls, document_part) -> "WordStyles":
        """The styles of a python-docx document part (it may have none)."""
        try:
            return cls(document_part.styles.element)
        except (KeyError, NotImplementedError, AttributeError):
            return cls()

    def chain(self, paragraph, tag: str) -> list:
        """The paragraph's own `tag` properties (`w:pPr` only: a paragraph's `w:rPr` formats its mark, not its
        text), then its style's and the styles it is based on, then the document defaults."""
        ppr = paragraph.find(_PPR)
        own = [ppr] if tag == _PPR and ppr is not None else []
        style_id = (_val(ppr.find(qn("w:pStyle"))) if ppr is not None else None) or self._default_style
        return own + self._style_chain(style_id, tag) + [e for e in self._defaults if e.tag == tag]

    def run_font(self, run, paragraph_chain: list) -> str | None:
        """The name of the font `run` is drawn in; `paragraph_chain`: its paragraph's `chain(..., w:rPr)`.
        None for a theme font (a modern font the theme names) or where nothing names one."""
        rpr = run.find(_RPR)
        own = [] if rpr is None else [rpr] + self._style_chain(_val(rpr.find(qn("w:rStyle"))), _RPR)
        for properties in own + paragraph_chain:
            fonts = properties.find(_RFONTS)
            if fonts is None:
                continue
            if any(fonts.get(name) for name in _THEME_ATTRIBUTES):
                return None
            name = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
            if name:
                return name
        return None

    def _style_chain(self, style_id: str | None, tag: str) -> list:
        found, seen = [], set()
        while style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            found += [e for e in (style.find(tag),) if e is not None]
            style_id = _val(style.find(qn("w:basedOn")))
        return found


def first(chain: list, name: str):
    """The first `name` element set along a chain of properties."""
    return next((e.find(qn(name)) for e in chain if e.find(qn(name)) is not None), None)


def _val(element) -> str | None:
    return element.get(_VAL) if element is not None else None
