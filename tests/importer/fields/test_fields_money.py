"""parse_money, parse_vietnamese_number, find_stated_total."""
from __future__ import annotations

import pytest
from gold_cells import appendix_rows_002, match_rows, seed_text
from hypothesis import given, strategies as st

from cchc.importer.fields.money import find_stated_total, parse_money, parse_vietnamese_number


@pytest.mark.parametrize("cell, amount", [
    ("35", 35), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.500", 1500), ("2,500", 2500), ("1,5", 1.5),
    ("0,5", 0.5), ("1,5 tỷ", 1500), ("2 tỷ đồng", 2000), ("500.000.000 đồng", 500), ("500.000.000đ", 500),
    ("1 234 567 đồng", 1.234567), ("800 nghìn đồng", 0.8), ("35 triệu đồng", 35), ("35 tr.đ", 35),
    ("10 (ngân sách tỉnh)", 10), ("Dự kiến 120", 120),
    ("1.000 150", 1000),   # two cells of a row joined: thousands keep one separator throughout
    ("180\n245", 180), ("1\u00a0200", 1200),   # a line break parts two figures; a no-break space groups thousands
    ("3 tỷ 015 triệu", 3015), ("2 tỷ 350 triệu 500 nghìn đồng", 2350.5),   # one amount in descending units
    # a cell listing its funding sources adds them up; one that gives their total beside them does not
    ("Ngân sách Trung ương: 300; Ngân sách tỉnh: 200", 500), ("- NS tỉnh: 1.200\n- Xã hội hóa: 300", 1500),
    ("NST 300; nguồn khác 200", 500), ("500 (trong đó NSTW: 300; NST: 200)", 500),
    ("Tổng: 500; NSTW: 300; NST: 200", 500), ("Năm 2024: 300; năm 2025: 200", 300),
])
def test_parse_money(cell, amount):
    assert parse_money(cell) == pytest.approx(amount)


@pytest.mark.parametrize("cell, unit, amount", [
    ("150 triệu", 0.000001, 150), ("1,2 tỷ", 0.001, 1200),   # a figure's own unit, whatever the column's
    ("150.000", 0.001, 150), ("2,125", 1000, 2125),   # billions are never counted in thousands: "2,125" is 2.125
    ("1.250,5", 1000, 1250500),
])
def test_parse_money_in_the_columns_unit(cell, unit, amount):
    assert parse_money(cell, unit) == pytest.approx(amount)


@pytest.mark.parametrize("cell", ["", "-", "Kinh phí thường xuyên", "Theo dự toán được giao", "Năm 2021",
                                  "Quyết định số 12/QĐ-UBND", "Ngày 30/6", "Lồng ghép Đề án 06",
                                  "Lồng ghép Chương trình 1719", "Theo Quyết định 1291"])
def test_cells_without_amount(cell):
    assert parse_money(cell) is None


@pytest.mark.parametrize("words, number", [
    ("Chín trăm ba mươi sáu", 936), ("một nghìn hai trăm linh năm", 1205), ("mười lăm", 15),
    ("hai mươi mốt", 21), ("bốn mươi tư", 44), ("ba trăm lẻ tư", 304), ("năm mươi nhăm", 55), ("mười", 10),
    ("một trăm", 100), ("hai trăm nghìn", 200_000), ("một tỷ hai trăm triệu", 1_200_000_000),
    ("Chín trăm ba mươi sáu triệu đồng", 936_000_000), ("một triệu rưỡi", 1_500_000),
    ("một nghìn không trăm linh một", 1001), ("CHIN TRAM BA MUOI SAU", 936), ("không", 0),
])
def test_vietnamese_number_words(words, number):
    assert parse_vietnamese_number(words) == number


def test_text_without_number_words():
    assert parse_vietnamese_number("Kinh phí thường xuyên") is None


@pytest.mark.parametrize("text, amount, phrase", [
    ("IV. KINH PHÍ\nTổng kinh phí: 936 triệu đồng (Bằng chữ: Chín trăm ba mươi sáu triệu đồng). Nguồn: ngân sách",
     936, "Tổng kinh phí: 936 triệu đồng (Bằng chữ: Chín trăm ba mươi sáu triệu đồng)"),
    ("Tổng kinh phí thực hiện Kế hoạch năm 2021 là 1,5 tỷ đồng.", 1500,
     "Tổng kinh phí thực hiện Kế hoạch năm 2021 là 1,5 tỷ đồng"),
    ("Tổng kinh phí: Chín trăm ba mươi sáu triệu đồng.", 936, "Tổng kinh phí: Chín trăm ba mươi sáu triệu đồng"),
    ("Tổng dự toán: 2.350.000.000 đồng", 2350, "Tổng dự toán: 2.350.000.000 đồng"),
    ("Tổng kinh phí thực hiện: 936", 936, "Tổng kinh phí thực hiện: 936"),
    ("Tổng kinh phí năm 2021: 1.200 triệu đồng", 1200, "Tổng kinh phí năm 2021: 1.200 triệu đồng"),
    ("Tổng cộng\t\t\t936", 936, "Tổng cộng 936"),
    ("Tong kinh phi: 936 trieu dong (Bang chu: Chin tram ba muoi sau trieu dong)", 936,
     "Tong kinh phi: 936 trieu dong (Bang chu: Chin tram ba muoi sau trieu dong)"),
    ("Tổng kinh phí: 6,875 tỷ đồng.", 6875, "Tổng kinh phí: 6,875 tỷ đồng"),
    ("Kinh phí thực hiện Kế hoạch bố trí từ ngân sách xã năm 2026 là 85 triệu đồng.", 85,
     "Kinh phí thực hiện Kế hoạch bố trí từ ngân sách xã năm 2026 là 85 triệu đồng"),
])
def test_find_stated_total(text, amount, phrase):
    assert find_stated_total(text) == (amount, phrase)


@pytest.mark.parametrize("text", [
    "Kinh phí thực hiện do các cơ quan cân đối trong dự toán chi thường xuyên.",
    "Tổng kinh phí thực hiện các nhiệm vụ do các cơ quan tự cân đối trong dự toán được giao năm 2021 và 35 đơn vị",
    # the plan's funds named without a figure in their sentence: a task's amount after it is no total
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán của các cơ quan. Hội nghị tập huấn: 50 triệu đồng.",
    "Kinh phí thực hiện: 50 triệu đồng",
])
def test_no_stated_total(text):
    assert find_stated_total(text) is None


def test_seed_002_budget_column_and_total(gold_plans):
    """Every budget cell of seed 002 parses to the gold budget, and they sum to the total the plan states."""
    plan = gold_plans[2]
    pairs = match_rows(plan["tasks"], appendix_rows_002())
    for task, row in pairs:
        assert parse_money(row[5] if len(row) > 5 else "") == task["budget_million_vnd"], task["id"]
    total = find_stated_total(seed_text(plan["document"]))
    assert total is not None and total[0] == plan["plan"]["total_budget_million_vnd"] == 936
    assert sum(parse_money(row[5]) or 0 for _, row in pairs if len(row) > 5) == total[0]


def test_seeds_without_stated_total(gold_plans):
    for plan in gold_plans:
        if plan["plan"]["total_budget_million_vnd"] is None:
            assert find_stated_total(seed_text(plan["document"])) is None, plan["document"]


@given(st.text(max_size=120))
def test_never_raises(text):
    parse_money(text)
    parse_vietnamese_number(text)
    find_stated_total(text)


@given(st.text(alphabet=st.sampled_from(list("0123456789.,  tỷriệuđồngnghìn%/")), max_size=40))
def test_never_raises_on_figures(text):
    amount = parse_money(text)
    assert amount is None or amount >= 0
