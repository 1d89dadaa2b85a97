"""What kind of document the text says it is, from the genre word of its heading ("NGHỊ ĐỊNH").

A decree, a circular or a decision that publishes procedures has numbered lists and tables too
(articles, forms, the steps of a procedure); read as a plan they would give tasks that are not there.
"""
from __future__ import annotations

import re

# Genres that are never a plan themselves. A decision or a resolution may issue one: then the plan's
# own heading ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN") follows in the same text.
NOT_PLANS = ("NGHỊ ĐỊNH", "THÔNG TƯ", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "THÔNG BÁO", "CÔNG ĐIỆN", "BÁO CÁO",
             "TỜ TRÌNH", "QUY CHẾ", "QUY ĐỊNH")
PLANS = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN")
LETTER = "CÔNG VĂN"
_LETTER_SUBJECT = re.compile(r"^(?:V/v|V/V|Về việc)\s")
_HEADING_REACH = 60  # lines: the genre stands under the letterhead
_GENRE = re.compile(r"^\s*(" + "|".join(NOT_PLANS + PLANS) + r")(?=[\s:]|$)")
# a plan appended to the decision that issues it: "KẾ HOẠCH" / "(Ban hành kèm theo Quyết định số ...)"
_APPENDED_PLAN = re.compile(r"^\s*(?:" + "|".join(PLANS) + r")\b(?P<rest>[^\n]*)\n(?:[^\n]*\n){0,3}?"
                            r"\s*\(?\s*(?i:ban hành\s+)?(?i:kèm theo)", re.MULTILINE)
# the subject under a decision's heading: "Về việc ban hành Kế hoạch ...", "Phê duyệt Đề án ...", or one that
# amends a plan, whose changed tasks it appends: "Về việc sửa đổi, bổ sung Phụ lục kèm theo Kế hoạch số ..."
_ISSUES_PLAN = re.compile(r"\b(?:ban hành|phê duyệt|thông qua|sửa đổi|bổ sung|điều chỉnh)\b[^.;]{0,40}?"
                          r"\b(?:kế hoạch|chương trình|đề án)\b", re.IGNORECASE)
# the subject ends where the body begins: at its grounds ("Căn cứ ..."), its addressee ("Kính gửi: ..."), its parts
_SUBJECT_END = re.compile(r"^(?:Căn cứ|Theo đề nghị|Xét|Thực hiện|Kính gửi|Điều\s|Chương\s|Phần\s|[IVX]+\.|\d+\.)")


def _heading(text: str) -> str | None:
    """The genre a line in capitals opens with."""
    m = _GENRE.match(text)
    return m.group(1) if m and not any(c.islower() for c in text) else None


def _genre_at(texts: list[str]) -> tuple[str, int] | None:
    for i, (text, after) in enumerate(zip(texts, texts[1:] + [""])):
        genre = _heading(text) or _heading(f"{text} {after}")
        if genre:
            return genre, i
    return None


def not_a_plan(lines: list[str]) -> str | None:
    """The genre of a document that is no plan and issues none, else None."""
    texts = [t.strip() for t in lines[:_HEADING_REACH] if t.strip()]
    found = _genre_at(texts)
    # a plan's own heading below another genre's: a portal's menu ("THÔNG BÁO") above the plan
    if any(_heading(text) in PLANS for text in texts):
        return None
    if found is None:   # an official letter has no genre heading, only its subject: "V/v đôn đốc thực hiện ..."
        found = next(((LETTER, i) for i, text in enumerate(texts) if _LETTER_SUBJECT.match(text)), None)
    if found is None or found[0] not in NOT_PLANS + (LETTER,):
        return None
    genre, at = found
    subject = []
    for text in texts[at:at + 8]:
        if subject and _SUBJECT_END.match(text):
            break
        subject.append(text)
    if _ISSUES_PLAN.search(" ".join(subject)) or any(
            not any(c.islower() for c in m["rest"]) for m in _APPENDED_PLAN.finditer("\n".join(lines))):
        return None
    return genre
