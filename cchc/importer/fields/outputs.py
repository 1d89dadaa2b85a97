"""Output cells ("Sản phẩm", "Sản phẩm đầu ra") -> list of products.

Splits on dash bullets ("- A; - B", "- A - B", one bullet per line), on numbered items ("1. A 2. B", numbering
dropped) and on separate lines; items joined by ";" without bullets stay one item ("Nghị quyết của HĐND tỉnh;
Quyết định của UBND tỉnh"). Trailing ";" "." are removed and a lower-case first letter is capitalised. Words
that only announce the list ("Gồm:", "Sản phẩm gồm:") are no product.
"""
from __future__ import annotations

import re

from .bullets import split_bullets

_LEAD_IN = re.compile(r"^\s*(?:(?:sản phẩm|kết quả)\s+)?(?:bao gồm|gồm có|gồm|cụ thể)\s*:\s*"
                      r"(?=\n|$|[-+•]|\d{1,2}[.)]|[a-zđ]\))", re.IGNORECASE)


def split_outputs(cell: str) -> list[str]:
    """The products named in an output cell, in order."""
    return [_capitalise(item) for item in split_bullets(_LEAD_IN.sub("", cell or "", count=1), lines_are_items=True)]


def _capitalise(item: str) -> str:
    return item[:1].upper() + item[1:] if item[:1].islower() else item
