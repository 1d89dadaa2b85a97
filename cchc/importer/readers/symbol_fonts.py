"""Characters Word inserts from its symbol fonts: Insert > Symbol writes `<w:sym w:font="Wingdings"
w:char="F0FC"/>`, where the code is the glyph's place in that font (in Unicode's private-use area), not the
character it shows. A timeline ticked this way, or a target's "≥", would otherwise read as nothing."""
from __future__ import annotations

_PRIVATE_USE = 0xF000
# the glyphs a plan uses, by their place in the font; any other stays its private-use character
_GLYPHS = {
    "symbol": {0x2D: "-", 0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB4: "×", 0xB7: "•", 0xAE: "→", 0xBB: "≈",
               0xB9: "≠"},
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6F: "□", 0xA8: "□", 0x6C: "●", 0x6E: "■",
                  0xA7: "▪", 0x76: "❖", 0xD8: "➢", 0xE0: "→"},
}


def symbol_text(font: str | None, code: str | None) -> str:
    """The symbol as Unicode where it is known, else as its private-use character: a mark all the same."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if not 0 < value <= 0xFFFF:
        return ""
    if value < 0x100:   # written without its private-use offset: "FC" for "F0FC"
        value |= _PRIVATE_USE
    place = value - _PRIVATE_USE if value & 0xFF00 == _PRIVATE_USE else None
    return _GLYPHS.get((font or "").strip().lower(), {}).get(place) or chr(value)
