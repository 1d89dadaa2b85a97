"""A page's number as printed on it, which readers drop from the text and the structure parser skips in a
copy that kept it: "3", "- 3 -", "Trang 3", "Trang 3/6". A figure of four digits alone is a year, not a page."""
from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(r"^(?P<word>trang\s*)?(?P<dash>[-–—]\s*)?(?P<page>\d{1,3})\s*[-–—]?(?:\s*/\s*(?P<of>\d{1,4}))?$",
                          re.IGNORECASE)
_MAX_PAGES = 999   # "12/2021" is a month, not page 12 of 2021


def page_number(text: str) -> re.Match | None:
    """The match if the stripped `text` is all a page number; "12/20" is no page of a count."""
    found = _PAGE_NUMBER.match(text.strip())
    if found and found["of"] and not int(found["page"]) <= int(found["of"]) <= _MAX_PAGES:
        return None
    return found
