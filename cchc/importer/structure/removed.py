"""Tasks an amending plan takes out of the plan it amends ("NHIỆM VỤ ĐƯA RA KHỎI KẾ HOẠCH", "Nhiệm vụ không
thực hiện"): listed so that readers know, but no work to follow up. They are left out of the tasks, with a
notice that says how many and where, for the person who reviews the import."""
from __future__ import annotations

import re

from ..text import fold_words

# "đưa ra khỏi Kế hoạch", "rút khỏi kế hoạch", "loại khỏi KH" say it wherever they stand
_OUT_OF_PLAN = re.compile(r"\bkhoi (?:ke hoach|kh)\b")
# the other words only in a heading that opens with what it lists: "Nhiệm vụ bãi bỏ", "Các nội dung không thực
# hiện" (not a task that abolishes: "Rà soát, bãi bỏ thủ tục ...")
_DROPPED_ITEMS = re.compile(r"^(?:cac )?(?:nhiem vu|noi dung|hoat dong)\b.{0,30}?"
                            r"\b(?:bai bo|huy bo|khong thuc hien|dung thuc hien|ngung thuc hien|khong tiep tuc)\b")


def lists_removed(heading: str) -> bool:
    """Whether a section heading, or a task column's header, lists tasks taken out of the plan."""
    words = fold_words(heading)
    return bool(_OUT_OF_PLAN.search(words) or _DROPPED_ITEMS.match(words))


def says_removed(cell: str) -> bool:
    """Whether a row's deadline or note cell says its task is taken out: "Đưa ra khỏi Kế hoạch"."""
    return bool(_OUT_OF_PLAN.search(fold_words(cell)))
