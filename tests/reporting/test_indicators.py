from decimal import Decimal

from cchc.reporting.indicators import ACHIEVED, NO_DATA, NOT_ACHIEVED, achievement, measure_for, rollup


def test_measure_of_percentage_targets():
    m = measure_for("100% hồ sơ TTHC được giải quyết đúng hạn")
    assert m.numerator == "Số hồ sơ TTHC được giải quyết đúng hạn"
    assert m.denominator == "Tổng số hồ sơ TTHC"
    m = measure_for("Phấn đấu 100% các TTHC của các cơ quan chuyên môn cấp tỉnh được thực hiện theo cơ chế một cửa")
    assert m.denominator == "Tổng số TTHC của các cơ quan chuyên môn cấp tỉnh"
    m = measure_for("80% trở lên văn bản trao đổi giữa các cơ quan hành chính nhà nước được xử lý qua phần mềm")
    assert m.denominator == "Tổng số văn bản trao đổi giữa các cơ quan hành chính nhà nước"
    assert measure_for("Tăng thêm tối thiểu 35 dịch vụ công trực tuyến mức độ 3") is None


def test_rollup_sums_numerators_and_denominators_not_percentages():
    # A department: 2,970 of 3,000 on time (99%); a commune: 1 of 3 (33.3%).
    value = rollup([(2970, 3000), (1, 3)])
    assert value.quantize(Decimal("0.01")) == Decimal("98.93")  # not the 66.2% an average would give
    assert rollup([(None, 10), (5, None)]) is None
    assert rollup([(0, 0)]) is None


def test_achievement():
    assert achievement(Decimal("98.93"), 100, "=") == NOT_ACHIEVED
    assert achievement(100, 100, "=") == ACHIEVED
    assert achievement(81, 80, ">=") == ACHIEVED
    assert achievement(12, 10, "<=") == NOT_ACHIEVED
    assert achievement(None, 80, ">=") == NO_DATA
