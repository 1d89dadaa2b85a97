"""Indicators from plan targets: numerator/denominator, roll-up to the province, achievement.

A percentage target ("100% hồ sơ TTHC được giải quyết đúng hạn") becomes an indicator measured
as numerator / denominator ("Số hồ sơ TTHC được giải quyết đúng hạn" / "Tổng số hồ sơ TTHC").
Agencies report both numbers; the province's value sums numerators and denominators — never an
average of percentages, which would weigh a commune with 3 dossiers like a department with 3,000.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

ACHIEVED, NOT_ACHIEVED, NO_DATA = "đạt", "chưa đạt", "không có số liệu"

# Where the measured things end and what is said of them begins.
_PREDICATE = re.compile(
    r"\s(được|đã|có|đều|phải|thực hiện|triển khai|sử dụng|áp dụng|công khai|công bố|đạt|hoàn thành|"
    r"ứng dụng|rà soát|trình|xử lý|tiếp nhận|giải quyết|kiểm tra|bố trí|cung cấp)\b")
_LEADING_FIGURE = re.compile(r"^.*?\d+(?:[.,]\d+)?\s*%\s*(?:trở lên\s*)?(?:(?:các|số|tổng số)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    numerator: str
    denominator: str


def measure_for(target_text: str) -> Measure | None:
    """Numerator and denominator wording for a percentage target; None when it is not "N% of X"."""
    m = _LEADING_FIGURE.match(target_text)
    if not m:
        return None
    rest = target_text[m.end():].strip().rstrip(".;")
    cut = _PREDICATE.search(rest)
    if not cut or cut.start() == 0:
        return None
    subject = rest[:cut.start()].strip(" ,")
    return Measure(numerator=f"Số {subject}{rest[cut.start():]}", denominator=f"Tổng số {subject}")


def rollup(values: list[tuple[Decimal | float | None, Decimal | float | None]]) -> Decimal | None:
    """Province percentage from agencies' (numerator, denominator) pairs; pairs with gaps are skipped."""
    pairs = [(Decimal(str(n)), Decimal(str(d))) for n, d in values if n is not None and d is not None]
    total = sum((d for _, d in pairs), Decimal(0))
    if not pairs or total == 0:
        return None
    return sum((n for n, _ in pairs), Decimal(0)) * 100 / total


def achievement(value: Decimal | float | None, target: float, comparator: str) -> str:
    if value is None:
        return NO_DATA
    value = Decimal(str(value))
    target_d = Decimal(str(target))
    ok = {">=": value >= target_d, "<=": value <= target_d, "=": value >= target_d}[comparator]
    return ACHIEVED if ok else NOT_ACHIEVED
