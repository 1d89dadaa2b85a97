from datetime import date
from decimal import Decimal

from cchc.reporting.formatting import date_short, date_words, money, number, percent


def test_numbers_use_dot_thousands_and_comma_decimals():
    assert number(1234.5) == "1.234,5"
    assert number(936) == "936"
    assert number(Decimal("1234567.25"), decimals=2) == "1.234.567,25"
    assert number(0.05) == "0,1"
    assert number(-2500) == "-2.500"


def test_dates_and_money():
    assert date_words(date(2021, 6, 5)) == "ngày 05 tháng 6 năm 2021"
    assert date_words(date(2020, 12, 18)) == "ngày 18 tháng 12 năm 2020"
    assert date_words(date(2021, 1, 8)) == "ngày 08 tháng 01 năm 2021"
    assert date_short(date(2021, 3, 5)) == "05/03/2021"
    assert money(936) == "936 triệu đồng"
    assert percent(None) == "không có số liệu" and percent(87.25) == "87,3%"
