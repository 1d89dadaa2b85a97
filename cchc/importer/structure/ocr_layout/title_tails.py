"""Other cells' words glued after the task text on the same run of a line.

OCR often leaves a single space between the last words of the task text and the next column's
words. Two layouts make that end visible without knowing the columns' positions:

* the task text closes the parenthesis it opened ("... thực hiện đúng quy định)") and the run goes
  on with words that open a product or a deadline ("báo cáo CCHC định kỳ");
* the run ends with an agency list's line ("... thời hạn quy định huyện; UBND cấp"): the word before
  the list mark finishes the agency item above and the words after it open the next item.
"""
from __future__ import annotations

import re

from .folding import fold_words
from .vocabulary import _AGENCY_START, _DEADLINE_START, _OUTPUT_START, _agency_share


def split_title_tail(part: str, title: str) -> list[str]:
    """`part`, a run that goes on with the task text `title`, cut where another cell's words begin."""
    for split in (_after_parenthesis, _before_agency_item):
        cut = split(part, title)
        if cut:
            return cut
    return [part]


def _after_parenthesis(part: str, title: str) -> list[str] | None:
    """Cut after the ")" that closes the task text's open parenthesis when the rest reads as a product
    or deadline: the task text of such tables ends with its parenthesised figures."""
    depth = title.count("(") - title.count(")")
    if depth <= 0:
        return None
    close = _closing_position(part, depth)
    if close is None:
        return None
    head, rest = part[:close + 1].strip(), part[close + 1:].strip()
    if len(rest.split()) < 2 or not _reads_as_other_cell(rest):
        return None
    return [head, rest]


def _closing_position(part: str, depth: int) -> int | None:
    for k, char in enumerate(part):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return k
    return None


def _reads_as_other_cell(text: str) -> bool:
    """Words that open a cell of a product or a deadline: capitalised ("Báo cáo", "Theo quy định"), or
    after a first word OCR read as digits ("46 báo cáo"); lower-case words may go on with the
    sentence ("...(nếu có) theo quy định")."""
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    folded = fold_words(text)
    return bool(_OUTPUT_START.match(folded) or _DEADLINE_START.match(folded))


_LIST_ITEM_TAIL = re.compile(r"\s(\S+;\s*)(\S.*)$")
_MIN_HEAD_WORDS = 3
_MAX_ITEM_WORDS = 3  # an agency column's line holds a few words


def _before_agency_item(part: str, title: str) -> list[str] | None:
    """Cut before "<word>; <agency words>" ending the run ("quy định hiện; UBND cấp"): an agency cell's
    line ("huyện; UBND cấp") glued after the task text, whose own sentence has no list mark there."""
    match = _LIST_ITEM_TAIL.search(part)
    if not match:
        return None
    head, item = part[:match.start()].strip(), match.group(2)
    if len(head.split()) < _MIN_HEAD_WORDS or not 2 <= len(item.split()) <= _MAX_ITEM_WORDS or \
            not item[:1].isupper() or not _AGENCY_START.match(fold_words(item)) or _agency_share(item) < 1.0:
        return None
    if _agency_share(head.split()[-1]) > 0:
        return None  # the task text's own list of agencies ("sở, ban, ngành tỉnh; UBND cấp huyện")
    return [head, part[match.start():].strip()]
