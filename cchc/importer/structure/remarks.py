"""A reviewer's remark left in a draft's cell, in square brackets: "Rà soát ... [Đ/c Hùng: đề nghị xem lại phạm vi]",
"Sở Nội vụ [Sở Nội vụ đề nghị giao Văn phòng UBND tỉnh]". It is no part of the task's title or agencies (whose
names it would add to); it is kept as a note for the person who reviews the import. So is a note in parentheses
that says it is one: "Tuyển dụng công chức cấp xã (Ghi chú: theo chỉ tiêu biên chế được giao)"."""
from __future__ import annotations

import re

from ..text import fold

_BRACKETED = re.compile(r"\s*\[([^\[\]\n]{3,300})\]")
_NOTE = re.compile(r"\s*\(\s*((?:ghi chú|lưu ý)\s*:[^()]{1,300})\)", re.IGNORECASE)
# who speaks ("Đ/c Hùng:", "Sở Tư pháp:"), or what a remark asks
_REMARK = re.compile(r"^(?:[^:\s]+\s+){0,5}[^:\s]+\s*:|^(?:d/c|dong chi|y kien|gop y|ghi chu|luu y)\b|"
                     r"\b(?:de nghi|xem lai|can nhac)\b")


def without_remarks(cells: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The cells with their remarks taken out, and the remarks."""
    remarks: list[str] = []

    def take(m: re.Match) -> str:
        if not _REMARK.search(fold(m.group(1).strip())):
            return m.group(0)
        remarks.append(m.group(1).strip())
        return ""

    def take_note(m: re.Match) -> str:
        remarks.append(" ".join(m.group(1).split()))
        return ""

    return {role: _NOTE.sub(take_note, _BRACKETED.sub(take, text)) for role, text in cells.items()}, remarks
